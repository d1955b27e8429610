"""reporting rounds: a campaign reports monthly, quarterly or on fixed dates only, and keeps its fixed
rounds (8月25日, 11月1日 …) with what each asks for (progress, or a unit's 自查报告)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 23:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(sa.Column("report_cycle", sa.String(16), nullable=False, server_default="monthly"))
    op.create_table(
        "report_round",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("campaign_id", sa.Integer(), sa.ForeignKey("campaign.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(7), nullable=False),
        sa.Column("name", sa.String(100), nullable=False, server_default=""),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(16), nullable=False, server_default="progress"),
        sa.UniqueConstraint("campaign_id", "key"),
    )
    op.create_index("ix_report_round_campaign_id", "report_round", ["campaign_id"])


def downgrade() -> None:
    op.drop_index("ix_report_round_campaign_id", "report_round")
    op.drop_table("report_round")
    with op.batch_alter_table("campaign") as batch:
        batch.drop_column("report_cycle")
