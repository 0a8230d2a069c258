"""Every table, imported here so that ``Base.metadata`` knows them all."""

from charity_desk.db.models.association import AssociationProfile, Setting
from charity_desk.db.models.audit import AuditEntry
from charity_desk.db.models.beneficiaries import Beneficiary
from charity_desk.db.models.users import UserAccount

__all__ = ["AssociationProfile", "AuditEntry", "Beneficiary", "Setting", "UserAccount"]
