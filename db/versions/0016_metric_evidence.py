"""a measured value keeps the evidence it was taken from (the 第三方测评报告, the 抽检 statistics)

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 22:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("metric_value") as batch:
        batch.add_column(sa.Column("evidence_ids", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("metric_value") as batch:
        batch.drop_column("evidence_ids")
