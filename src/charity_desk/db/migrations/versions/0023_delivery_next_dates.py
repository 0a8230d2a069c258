"""Each delivery carries the date of the same person's next delivery, and of their next one in the
same program ('9999-12-31' when there is none yet), kept by triggers on every insert, update and
delete, whoever writes (a desk, an import, a merge, a cascade). A person served in a period is
counted once, at their last delivery in it (in the period, the next one after its end): the
dashboard reads those rows from an index in the order of that next date, a few per person served,
instead of gathering the distinct people of every delivery in the period.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

#: No next delivery yet (sorts after every real date, so "next after the period's end" reads one range).
NONE_YET = "9999-12-31"
#: The next delivery of the row's person (and of the row's person in its program): the earliest one
#: after it in (date, id) order, so two deliveries on one day are counted once.
_AFTER = ("n.beneficiary_id = service_delivery.beneficiary_id AND n.delivered_on >= service_delivery.delivered_on"
          " AND (n.delivered_on > service_delivery.delivered_on OR n.id > service_delivery.id)")
_RECOUNT = (f"UPDATE service_delivery SET next_on = coalesce((SELECT min(n.delivered_on) FROM service_delivery n"
            f" WHERE {_AFTER}), '{NONE_YET}'), program_next_on = coalesce((SELECT min(n.delivered_on)"
            f" FROM service_delivery n WHERE {_AFTER} AND n.program_id = service_delivery.program_id), '{NONE_YET}')")
_OF_PERSON = " WHERE beneficiary_id = {person}"

_SQLITE_TRIGGERS = {
    "service_delivery_next_insert": f"""AFTER INSERT ON service_delivery BEGIN
        {_RECOUNT}{_OF_PERSON.format(person="NEW.beneficiary_id")}; END""",
    "service_delivery_next_delete": f"""AFTER DELETE ON service_delivery BEGIN
        {_RECOUNT}{_OF_PERSON.format(person="OLD.beneficiary_id")}; END""",
    "service_delivery_next_update": f"""AFTER UPDATE OF beneficiary_id, program_id, delivered_on
        ON service_delivery BEGIN
        {_RECOUNT}{_OF_PERSON.format(person="OLD.beneficiary_id")};
        {_RECOUNT}{_OF_PERSON.format(person="NEW.beneficiary_id")}; END""",
}

#: Replaced if there (a server restored from a copy taken before this revision keeps its functions).
_POSTGRES_FUNCTION = f"""CREATE OR REPLACE FUNCTION service_delivery_next() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {_RECOUNT}{_OF_PERSON.format(person="OLD.beneficiary_id")};
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        {_RECOUNT}{_OF_PERSON.format(person="NEW.beneficiary_id")};
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql"""
_POSTGRES_TRIGGER = ("CREATE TRIGGER service_delivery_next AFTER INSERT OR DELETE OR UPDATE OF beneficiary_id,"
                     " program_id, delivered_on ON service_delivery FOR EACH ROW EXECUTE FUNCTION"
                     " service_delivery_next()")

_INDEXES = (
    ("ix_service_delivery_last_of_person", ["next_on", "delivered_on", "beneficiary_id"]),
    ("ix_service_delivery_last_in_program", ["program_next_on", "delivered_on", "program_id", "beneficiary_id"]),
)


def upgrade() -> None:
    with op.batch_alter_table("service_delivery") as table:
        for column in ("next_on", "program_next_on"):
            table.add_column(sa.Column(column, sa.Date(), nullable=False, server_default=NONE_YET))
    op.execute(_RECOUNT)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_POSTGRES_FUNCTION)
        op.execute(_POSTGRES_TRIGGER)
    else:
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    for name, columns in _INDEXES:
        op.create_index(name, "service_delivery", columns)
    op.execute("ANALYZE service_delivery")


def downgrade() -> None:
    for name, _columns in _INDEXES:
        op.drop_index(name, table_name="service_delivery")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER service_delivery_next ON service_delivery")
        op.execute("DROP FUNCTION service_delivery_next()")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    with op.batch_alter_table("service_delivery") as table:
        table.drop_column("program_next_on")
        table.drop_column("next_on")
