"""The automatic daily backup: taken off the GUI thread after start-up, and at exit if the day turned.

The backup service (and with it the backup and crypto modules) is loaded in that thread, not at start-up.
"""

from __future__ import annotations

import logging
import threading

from charity_desk.services.actor import SYSTEM
from charity_desk.services.registry import Services

log = logging.getLogger(__name__)


class DailyBackup:
    def __init__(self, services: Services):
        self._services = services.acting_as(SYSTEM)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._take, name="daily-backup", daemon=True)
        self._thread.start()

    def finish(self) -> None:
        """At exit: let the start-up copy end, then take today's if the desk stayed open past midnight."""
        if self._thread is not None:
            self._thread.join()
        self._take()

    def _take(self) -> None:
        try:
            self._services.backups.create_daily()
        except Exception:  # a failed automatic copy must never stop the desk; it is logged instead
            log.exception("the automatic daily backup failed")
