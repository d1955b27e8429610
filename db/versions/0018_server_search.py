"""evidence search on a server: each record's two-character pieces (storage/pg_search.py); SQLite keeps
its FTS5 index, so the table is made on servers only

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30 23:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.create_table(
        "search_gram",
        sa.Column("gram", sa.String(8), nullable=False),
        sa.Column("evidence_id", sa.Integer(), sa.ForeignKey("evidence.id", ondelete="CASCADE"), nullable=False),
        sa.PrimaryKeyConstraint("gram", "evidence_id"),
    )
    op.create_index("ix_search_gram_evidence_id", "search_gram", ["evidence_id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.drop_index("ix_search_gram_evidence_id", "search_gram")
    op.drop_table("search_gram")
