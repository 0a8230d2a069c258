"""Printing an appointment's slip: produced off the GUI thread, then shown in the print preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from charity_desk.services.registry import ActorServices
from charity_desk.ui.document_jobs import DocumentJobs


def preview_slip(jobs: DocumentJobs, services: ActorServices, appointment_id: int) -> None:
    appointments = services.appointments
    jobs.run(QCoreApplication.translate("AppointmentSlips", "Preparing the slip…"),
             QCoreApplication.translate("AppointmentSlips", "Appointment slip"), "appointment.pdf",
             lambda _progress, _cancelled: appointments.slip(appointment_id))
