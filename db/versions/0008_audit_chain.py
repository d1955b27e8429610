"""the audit trail as a hash chain: each entry's chain value covers it and the entry before

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 14:00:00
"""

import sqlalchemy as sa
from alembic import op

from desktop_app.core.audit_chain import GENESIS, link

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain", sa.String(length=64), nullable=True))
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.String),
        sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
        sa.column("chain", sa.String),
    )
    conn = op.get_bind()
    previous = GENESIS
    rows = conn.execute(sa.select(log).order_by(log.c.id)).mappings().all()
    for row in rows:  # the entries written so far are chained as they stand today
        previous = link(previous, dict(row))
        conn.execute(sa.update(log).where(log.c.id == row["id"]).values(chain=previous))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("chain")
