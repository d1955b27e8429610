"""units and evidence records carry their version too: a clerk who saves over a change another clerk
made meanwhile is told who made it, instead of overwriting it

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("unit", "evidence"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in ("unit", "evidence"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
