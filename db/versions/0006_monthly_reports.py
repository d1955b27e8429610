"""monthly reports: the campaign's uid, each report's rows and source file, replaced reports kept

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 22:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=32), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE campaign SET uid = lower(hex(randomblob(16))) WHERE uid = ''")
    else:  # PostgreSQL: 32 random hex digits as well
        op.execute("UPDATE campaign SET uid = md5(random()::text || clock_timestamp()::text) WHERE uid = ''")
    with op.batch_alter_table("monthly_report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("file_name", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("imported_at", sa.DateTime(), nullable=True))
    op.create_table(
        "monthly_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("progress", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("examples", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("percent", sa.Float(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["monthly_report.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("monthly_row", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_monthly_row_report_id"), ["report_id"], unique=False)
    op.create_table(
        "monthly_report_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["monthly_report.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("monthly_report_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_monthly_report_history_report_id"), ["report_id"], unique=False)


def downgrade() -> None:
    op.drop_table("monthly_report_history")
    op.drop_table("monthly_row")
    with op.batch_alter_table("monthly_report", schema=None) as batch_op:
        batch_op.drop_column("imported_at")
        batch_op.drop_column("file_sha256")
        batch_op.drop_column("file_name")
        batch_op.drop_column("source")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_column("uid")
