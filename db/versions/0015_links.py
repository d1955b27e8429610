"""a finding names the task it concerns and the evidence of its rectification; a score names the
evidence records and tasks it rests on

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("finding") as batch:
        batch.add_column(sa.Column("task_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("evidence_ids", sa.JSON(), nullable=True))
        batch.create_foreign_key("fk_finding_task", "task", ["task_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("assess_score") as batch:
        batch.add_column(sa.Column("evidence_ids", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("task_codes", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assess_score") as batch:
        batch.drop_column("task_codes")
        batch.drop_column("evidence_ids")
    with op.batch_alter_table("finding") as batch:
        batch.drop_constraint("fk_finding_task", type_="foreignkey")
        batch.drop_column("evidence_ids")
        batch.drop_column("task_id")
