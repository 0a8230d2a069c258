"""What the dashboard reads of a period, kept small by triggers in the same transaction as every write
(a desk, an import, a merge, a cascade), so a period's figures no longer walk the register:

- ``served_person``: each person ever served, with the facts the people served are counted by (region,
  gender, birth date, household members) and the day of their last delivery. The people served in a
  period are still counted once each, at their last delivery in it (migration 0023), but the facts come
  from this narrow table instead of the wide ``beneficiary`` rows and a count of family members per
  person; a period that ends on or after the last delivery of all (this month, this year, the last
  twelve months) reads the people whose last delivery falls in it from this table's own index alone.
- ``delivery_day_total``: the services given and the cash paid per day and program.
- ``application_day_total`` and ``application_month_total``: the applications received per day (UTC)
  or month, program and state, and, of those decided, how many took each number of days (computed as
  the dashboard computes it, so the median and the share within the target read a few rows, not every
  application of the period); a period's whole months are read from the months' totals.
- ``inquiry_day_total``: the inquiries received per day (UTC) and channel.

And three indexes: the complaints of a period counted from the index alone, the surveys asked for in a
period found without reading every request, and the deliveries of a period with their next dates, so
the people served of a period long past are read from that period's deliveries, not from every
delivery whose next one came after it.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

_MEMBERS = "(SELECT count(*) FROM family_member f WHERE f.beneficiary_id = b.id)"
#: The person (an id expression) added to the people served, unless already there.
_ADD_PERSON = ("INSERT INTO served_person (beneficiary_id, region, gender, birth_date, household_members)"
               f" SELECT b.id, b.region, b.gender, b.birth_date, {_MEMBERS} FROM beneficiary b WHERE b.id = {{person}}"
               " ON CONFLICT (beneficiary_id) DO NOTHING")
_LAST_ON = ("UPDATE served_person SET last_on = (SELECT max(d.delivered_on) FROM service_delivery d"
            " WHERE d.beneficiary_id = {person}) WHERE beneficiary_id = {person}")
_PERSON_FACTS = ("UPDATE served_person SET region = NEW.region, gender = NEW.gender, birth_date = NEW.birth_date"
                 " WHERE beneficiary_id = NEW.id")
_RECOUNT_MEMBERS = ("UPDATE served_person SET household_members = (SELECT count(*) FROM family_member f"
                    " WHERE f.beneficiary_id = {person}) WHERE beneficiary_id = {person}")
_CASH = "CASE WHEN {row}.kind = 'cash' THEN {row}.amount ELSE 0 END"
_ADD_DAY = ("INSERT INTO delivery_day_total (delivered_on, program_id, services, cash)"
            f" VALUES (NEW.delivered_on, NEW.program_id, 1, {_CASH.format(row='NEW')})"
            " ON CONFLICT (delivered_on, program_id) DO UPDATE SET services = delivery_day_total.services + 1,"
            " cash = delivery_day_total.cash + excluded.cash")
_TAKE_DAY = (f"UPDATE delivery_day_total SET services = services - 1, cash = cash - {_CASH.format(row='OLD')}"
             " WHERE delivered_on = OLD.delivered_on AND program_id = OLD.program_id")
_DAY_COLUMNS = "delivered_on, program_id, kind, amount"

#: Days from receipt to decision as the dashboard has always computed them, per dialect.
_DAYS = {"sqlite": "julianday({row}.decided_at) - julianday({row}.submitted_at)",
         "postgresql": "extract(epoch from {row}.decided_at - {row}.submitted_at) / 86400.0"}
#: The day (UTC) of a timestamp, as the dashboard's periods (whole UTC days) count it, and its month.
_UTC_DAY = {"sqlite": "date({column})", "postgresql": "({column} AT TIME ZONE 'UTC')::date"}
_UTC_MONTH = {"sqlite": "date({column}, 'start of month')",
              "postgresql": "date_trunc('month', {column} AT TIME ZONE 'UTC')::date"}
#: The applications' totals: per day, and per month (its first day) for the whole months of a period.
_APPLICATION_TOTALS = {"application_day_total": _UTC_DAY, "application_month_total": _UTC_MONTH}
_APPLICATION_KEY = ("{on}, {row}.program_id, {row}.state, CASE WHEN {row}.decided_at IS NULL THEN 0 ELSE 1 END,"
                    " CASE WHEN {row}.decided_at IS NULL THEN 0 ELSE {days} END")
_APPLICATION_COLUMNS = "submitted_on, program_id, state, decided, decision_days"


def _application_key(dialect: str, row: str, table: str = "application_day_total") -> str:
    on = _APPLICATION_TOTALS[table][dialect].format(column=f"{row}.submitted_at")
    return _APPLICATION_KEY.format(on=on, row=row, days=_DAYS[dialect].format(row=row))


def _add_application(dialect: str) -> str:
    return "; ".join(
        f"INSERT INTO {table} ({_APPLICATION_COLUMNS}, applications)"
        f" VALUES ({_application_key(dialect, 'NEW', table)}, 1) ON CONFLICT ({_APPLICATION_COLUMNS})"
        f" DO UPDATE SET applications = {table}.applications + 1" for table in _APPLICATION_TOTALS)


def _take_application(dialect: str) -> str:
    return "; ".join(
        f"UPDATE {table} SET applications = applications - 1"
        f" WHERE ({_APPLICATION_COLUMNS}) = ({_application_key(dialect, 'OLD', table)})"
        for table in _APPLICATION_TOTALS)


_APPLICATION_WRITES = "state, submitted_at, decided_at, program_id"


def _add_inquiry(dialect: str) -> str:
    return ("INSERT INTO inquiry_day_total (received_on, channel, inquiries)"
            f" VALUES ({_UTC_DAY[dialect].format(column='NEW.received_at')},"
            " NEW.channel, 1) ON CONFLICT (received_on, channel)"
            " DO UPDATE SET inquiries = inquiry_day_total.inquiries + 1")


def _take_inquiry(dialect: str) -> str:
    on = _UTC_DAY[dialect].format(column="OLD.received_at")
    return f"UPDATE inquiry_day_total SET inquiries = inquiries - 1 WHERE received_on = {on} AND channel = OLD.channel"

_SQLITE_TRIGGERS = {
    "application_day_total_on_insert": f"AFTER INSERT ON application BEGIN {_add_application('sqlite')}; END",
    "application_day_total_on_update": f"AFTER UPDATE OF {_APPLICATION_WRITES} ON application BEGIN"
                                       f" {_take_application('sqlite')}; {_add_application('sqlite')}; END",
    "application_day_total_on_delete": f"AFTER DELETE ON application BEGIN {_take_application('sqlite')}; END",
    "inquiry_day_total_on_insert": f"AFTER INSERT ON inquiry BEGIN {_add_inquiry('sqlite')}; END",
    "inquiry_day_total_on_update": f"AFTER UPDATE OF received_at, channel ON inquiry BEGIN"
                                   f" {_take_inquiry('sqlite')}; {_add_inquiry('sqlite')}; END",
    "inquiry_day_total_on_delete": f"AFTER DELETE ON inquiry BEGIN {_take_inquiry('sqlite')}; END",
    "served_person_on_delivery_insert": f"AFTER INSERT ON service_delivery BEGIN"
                                        f" {_ADD_PERSON.format(person='NEW.beneficiary_id')};"
                                        f" {_LAST_ON.format(person='NEW.beneficiary_id')}; {_ADD_DAY}; END",
    "served_person_on_delivery_move": f"AFTER UPDATE OF beneficiary_id, delivered_on ON service_delivery BEGIN"
                                      f" {_ADD_PERSON.format(person='NEW.beneficiary_id')};"
                                      f" {_LAST_ON.format(person='OLD.beneficiary_id')};"
                                      f" {_LAST_ON.format(person='NEW.beneficiary_id')}; END",
    "delivery_day_total_on_update": f"AFTER UPDATE OF {_DAY_COLUMNS} ON service_delivery BEGIN"
                                    f" {_TAKE_DAY}; {_ADD_DAY}; END",
    "delivery_day_total_on_delete": f"AFTER DELETE ON service_delivery BEGIN {_TAKE_DAY};"
                                    f" {_LAST_ON.format(person='OLD.beneficiary_id')}; END",
    "served_person_facts": f"AFTER UPDATE OF region, gender, birth_date ON beneficiary BEGIN {_PERSON_FACTS}; END",
    "served_person_member_added": f"AFTER INSERT ON family_member BEGIN"
                                  f" {_RECOUNT_MEMBERS.format(person='NEW.beneficiary_id')}; END",
    "served_person_member_removed": f"AFTER DELETE ON family_member BEGIN"
                                    f" {_RECOUNT_MEMBERS.format(person='OLD.beneficiary_id')}; END",
    "served_person_member_moved": f"AFTER UPDATE OF beneficiary_id ON family_member BEGIN"
                                  f" {_RECOUNT_MEMBERS.format(person='OLD.beneficiary_id')};"
                                  f" {_RECOUNT_MEMBERS.format(person='NEW.beneficiary_id')}; END",
}

#: (function, trigger) on PostgreSQL; the functions are replaced if there (a server restored from a copy).
_POSTGRES = {
    "dashboard_delivery_counters": (f"""
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            {_TAKE_DAY};
            {_LAST_ON.format(person='OLD.beneficiary_id')};
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            {_ADD_PERSON.format(person='NEW.beneficiary_id')};
            {_LAST_ON.format(person='NEW.beneficiary_id')};
            {_ADD_DAY};
        END IF;""", f"AFTER INSERT OR DELETE OR UPDATE OF beneficiary_id, {_DAY_COLUMNS} ON service_delivery"),
    "dashboard_person_facts": (f"{_PERSON_FACTS};", "AFTER UPDATE OF region, gender, birth_date ON beneficiary"),
    "dashboard_household_members": (f"""
        IF TG_OP IN ('UPDATE', 'DELETE') THEN {_RECOUNT_MEMBERS.format(person='OLD.beneficiary_id')}; END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN {_RECOUNT_MEMBERS.format(person='NEW.beneficiary_id')}; END IF;""",
                                    "AFTER INSERT OR DELETE OR UPDATE OF beneficiary_id ON family_member"),
    "dashboard_application_counters": (f"""
        IF TG_OP IN ('UPDATE', 'DELETE') THEN {_take_application('postgresql')}; END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN {_add_application('postgresql')}; END IF;""",
                                       f"AFTER INSERT OR DELETE OR UPDATE OF {_APPLICATION_WRITES} ON application"),
    "dashboard_inquiry_counters": (f"""
        IF TG_OP IN ('UPDATE', 'DELETE') THEN {_take_inquiry('postgresql')}; END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN {_add_inquiry('postgresql')}; END IF;""",
                                   "AFTER INSERT OR DELETE OR UPDATE OF received_at, channel ON inquiry"),
}


_INDEXES = (
    ("ix_complaint_received_status", "complaint", ["received_on", "status", "due_on", "closed_on"]),
    ("ix_service_delivery_period_next", "service_delivery",
     ["delivered_on", "next_on", "program_next_on", "program_id", "beneficiary_id"]),
    ("ix_survey_request_created_at", "survey_request", ["created_at"]),
)


def upgrade() -> None:
    op.create_table(
        "served_person",
        sa.Column("beneficiary_id", sa.Integer(), sa.ForeignKey("beneficiary.id", ondelete="CASCADE"),
                  primary_key=True, autoincrement=False),
        sa.Column("region", sa.String(40), nullable=False),
        sa.Column("gender", sa.String(10), nullable=False),
        sa.Column("birth_date", sa.Date()),
        sa.Column("household_members", sa.Integer(), nullable=False),
        sa.Column("last_on", sa.Date()),
    )
    op.create_index("ix_served_person_last", "served_person",
                    ["last_on", "region", "gender", "birth_date", "household_members"])
    op.create_table(
        "delivery_day_total",
        sa.Column("delivered_on", sa.Date(), primary_key=True),
        sa.Column("program_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("services", sa.Integer(), nullable=False),
        sa.Column("cash", sa.Numeric(14, 2), nullable=False),
        sqlite_with_rowid=False,  # the rows kept in the order of their key: a period is one range read
    )
    dialect = op.get_bind().dialect.name
    for table in _APPLICATION_TOTALS:
        op.create_table(
            table,
            # The day the applications were received (UTC), or the first day of their month.
            sa.Column("submitted_on", sa.Date(), primary_key=True),
            sa.Column("program_id", sa.Integer(), primary_key=True, autoincrement=False),
            sa.Column("state", sa.String(30), primary_key=True),
            sa.Column("decided", sa.Integer(), primary_key=True, autoincrement=False),
            # Exact (NUMERIC on PostgreSQL, as its own computation gives it): the median reads these values.
            sa.Column("decision_days", sa.Numeric(), primary_key=True),
            sa.Column("applications", sa.Integer(), nullable=False),
            sqlite_with_rowid=False,
        )
        key = _application_key(dialect, "application", table)
        op.execute(f"INSERT INTO {table} ({_APPLICATION_COLUMNS}, applications) SELECT {key}, count(*)"
                   f" FROM application GROUP BY {key}")
    op.create_table(
        "inquiry_day_total",
        sa.Column("received_on", sa.Date(), primary_key=True),
        sa.Column("channel", sa.String(40), primary_key=True),
        sa.Column("inquiries", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    received_on = _UTC_DAY[dialect].format(column="inquiry.received_at")
    op.execute(f"INSERT INTO inquiry_day_total (received_on, channel, inquiries) SELECT {received_on}, channel,"
               f" count(*) FROM inquiry GROUP BY {received_on}, channel")
    op.execute(f"INSERT INTO served_person (beneficiary_id, region, gender, birth_date, household_members, last_on)"
               f" SELECT b.id, b.region, b.gender, b.birth_date, {_MEMBERS}, last.on_ FROM beneficiary b JOIN"
               " (SELECT beneficiary_id, max(delivered_on) AS on_ FROM service_delivery GROUP BY beneficiary_id) last"
               " ON last.beneficiary_id = b.id")
    op.execute("INSERT INTO delivery_day_total (delivered_on, program_id, services, cash)"
               f" SELECT delivered_on, program_id, count(*), coalesce(sum({_CASH.format(row='service_delivery')}), 0)"
               " FROM service_delivery GROUP BY delivered_on, program_id")
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)
    for table in ("complaint", "survey_request", "service_delivery", "served_person", "delivery_day_total",
                  *_APPLICATION_TOTALS, "inquiry_day_total"):
        op.execute(f"ANALYZE {table}")
    if dialect == "postgresql":
        for name, (body, when) in _POSTGRES.items():
            op.execute(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body}"
                       " RETURN NULL; END $$ LANGUAGE plpgsql")
            op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {name}()")
    else:
        for name, body in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (_body, when) in _POSTGRES.items():
            op.execute(f"DROP TRIGGER {name} ON {when.rsplit(' ON ', 1)[1]}")
            op.execute(f"DROP FUNCTION {name}()")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    for name, table, _columns in _INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_table("inquiry_day_total")
    op.drop_table("application_month_total")
    op.drop_table("application_day_total")
    op.drop_table("delivery_day_total")
    op.drop_index("ix_served_person_last", table_name="served_person")
    op.drop_table("served_person")
