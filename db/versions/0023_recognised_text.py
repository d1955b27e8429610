"""text recognised from scans and pictures: each page as it is read (kept, so a reading killed halfway
goes on where it stopped), and the confidence of a file's recognised text

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-08 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ocr_page",
        sa.Column("sha256", sa.String(64), sa.ForeignKey("stored_file.sha256", ondelete="CASCADE"), primary_key=True),
        sa.Column("page", sa.Integer(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("confidence", sa.Float(), nullable=False, server_default="0"),
    )
    with op.batch_alter_table("evidence_text") as batch:
        batch.add_column(sa.Column("recognised", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence_text") as batch:
        batch.drop_column("recognised")
    op.drop_table("ocr_page")
