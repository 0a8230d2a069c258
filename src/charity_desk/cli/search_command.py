"""``search``: the front desk's search, for the signed-in user (a social researcher sees only the
files of their caseload), recorded in the audit trail because it shows national IDs and mobiles."""

from __future__ import annotations

from charity_desk.cli.output import print_json, say, tell
from charity_desk.cli.session import signed_in
from charity_desk.cli.texts import text
from charity_desk.domain.messages import QT_TRANSLATE_NOOP

NO_MATCH = 1


def search(args) -> int:
    from charity_desk.services import audit

    acting = signed_in(args).acting
    results = acting.beneficiaries.search(args.query)
    with acting.db.session() as session:
        audit.record(session, acting.actor, "beneficiary.searched", "beneficiary", "",
                     found=len(results), shown=[r.id for r in results])
    if args.json:
        print_json([r._asdict() for r in results])
    else:
        for r in results:
            say(f"{r.id}\t{r.national_id}\t{r.mobile}\t{r.full_name}\t{r.city}")
    if not results:
        tell(text(QT_TRANSLATE_NOOP("Cli", "Nobody matches «{query}»."), query=args.query))
        return NO_MATCH
    return 0
