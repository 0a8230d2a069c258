"""Inquiries from anyone, answered from the answer library, with response time."""

import pytest

from charity_desk.services.errors import InvalidInput
from charity_desk.services.inquiries import InquiryInput


def test_unregistered_person_asks_and_gets_a_library_answer(services, admin):
    inquiries = services.acting_as(admin).inquiries
    template = inquiries.save_template(
        "مواعيد الدوام", "من الأحد إلى الخميس، 8 صباحًا حتى 2 ظهرًا", question="متى أوقات الدوام؟"
    )
    assert [t.title for t in inquiries.templates()] == ["مواعيد الدوام"]
    open_id = inquiries.log(
        InquiryInput("social_media", "متى أوقات الدوام؟", person_name="زائر", phone="٠٥٥١٢٣٤٥٦٧")
    )
    assert [i.id for i in inquiries.recent(open_only=True)] == [open_id]
    inquiries.answer(open_id, inquiries.templates()[0].answer, template_id=template)
    (answered,) = inquiries.recent()
    assert answered.phone == "+966551234567"
    assert answered.answered_by == "مدير النظام"
    assert answered.response_minutes == 0
    assert inquiries.recent(open_only=True) == []
    inquiries.retire_template(template)
    assert inquiries.templates() == []


def test_answered_on_the_spot(services, admin):
    inquiries = services.acting_as(admin).inquiries
    inquiries.log(InquiryInput("phone_letter", "هل تقدمون سلالًا غذائية؟", answer="نعم، في رمضان"))
    assert inquiries.recent()[0].answered_at is not None


def test_bad_inquiry_names_each_field(services, admin):
    with pytest.raises(InvalidInput) as error:
        services.acting_as(admin).inquiries.log(InquiryInput("fax", " ", phone="123"))
    assert set(error.value.fields) == {"channel", "question", "phone"}
