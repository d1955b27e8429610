"""what an import kept as the office wrote it: a task's 备注, the earlier dates its deadline names
(milestones), the cells to check (需核对) on tasks and units, and the word a plan used for a unit's
part in a task (配合, 参与, 按职责分工负责 …)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("task") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("checks", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("milestones", sa.JSON(), nullable=True))
    with op.batch_alter_table("unit") as batch:
        batch.add_column(sa.Column("checks", sa.JSON(), nullable=True))
    with op.batch_alter_table("task_unit") as batch:
        batch.add_column(sa.Column("wording", sa.String(20), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("task_unit") as batch:
        batch.drop_column("wording")
    with op.batch_alter_table("unit") as batch:
        batch.drop_column("checks")
    with op.batch_alter_table("task") as batch:
        batch.drop_column("milestones")
        batch.drop_column("checks")
        batch.drop_column("note")
