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
    from charity_desk.services.beneficiaries import SEARCH_LIMIT

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
        if len(results) == SEARCH_LIMIT:  # as the front desk does: the true number, and how to narrow it
            tell(text(QT_TRANSLATE_NOOP("Cli", "{shown} of {total} matches shown: add another word to narrow "
                                               "the search."),
                      shown=len(results), total=acting.beneficiaries.search_count(args.query)))
    if not results:
        tell(text(QT_TRANSLATE_NOOP("Cli", "Nobody matches «{query}»."), query=args.query))
        return NO_MATCH
    return 0
