"""a task carries its version: a clerk who saves over a change another clerk made meanwhile is told
what changed and by whom, instead of overwriting it

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("task") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("task") as batch:
        batch.drop_column("version")
