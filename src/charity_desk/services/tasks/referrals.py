"""Referrals to follow up (clause 5-10): the task of whoever made the referral, on its follow-up date;
gone when the outcome is final (declined or served) or the follow-up date is cleared."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from charity_desk.db.models import Beneficiary, PartnerAssociation, Referral
from charity_desk.domain.messages import QT_TRANSLATE_NOOP
from charity_desk.services.referral_views import FINAL_STATUSES
from charity_desk.services.tasks.source import TaskSource, Whose, task_columns


class ReferralTasks(TaskSource):
    kind = "referral"
    label = QT_TRANSLATE_NOOP("Tasks", "Referrals to follow up")
    place = "file:referrals"

    def open_tasks(self, whose: Whose, until: date):
        return (select(*task_columns(Referral.id, Referral.follow_up_on, Referral.beneficiary_id,
                                     Beneficiary.full_name, PartnerAssociation.name, Referral.created_by_id))
                .select_from(Referral)
                .join(Beneficiary, Beneficiary.id == Referral.beneficiary_id)
                .join(PartnerAssociation, PartnerAssociation.id == Referral.partner_id)
                .where(Referral.created_by_id == whose.user_id, Referral.status.not_in(FINAL_STATUSES),
                       Referral.follow_up_on <= until))
