"""monthly bulletin texts, the archive of generated reports, an index covering evidence coverage

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 23:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monthly_bulletin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("date_style", sa.String(length=10), nullable=False),
        sa.Column("overview", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("campaign_id", "month"),
    )
    with op.batch_alter_table("monthly_bulletin", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_monthly_bulletin_campaign_id"), ["campaign_id"], unique=False)
    op.create_table(
        "report_archive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(
            "ix_evidence_coverage", ["item_id", "unit_id", "review_state", "deleted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_coverage")
    op.drop_table("report_archive")
    op.drop_table("monthly_bulletin")
