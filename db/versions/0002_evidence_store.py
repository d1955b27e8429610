"""evidence store: stored files by content hash; review, recycle bin and more fields on evidence

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 17:01:17
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stored_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.Column("text_state", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    # records written before this version name their content only by hash
    op.execute(
        "INSERT INTO stored_file (sha256, size, stored_at, text_state) "
        "SELECT sha256, MAX(size), MIN(created_at), 'pending' FROM evidence GROUP BY sha256"
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.add_column(sa.Column("task_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("public", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("review_state", sa.String(length=10), nullable=False, server_default="待审核"))
        batch_op.add_column(sa.Column("review_comment", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_evidence_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_review_state"), ["review_state"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_task_id"), ["task_id"], unique=False)
        batch_op.create_foreign_key("fk_evidence_task_id_task", "task", ["task_id"], ["id"], ondelete="SET NULL")
        batch_op.create_foreign_key("fk_evidence_sha256_stored_file", "stored_file", ["sha256"], ["sha256"])


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_constraint("fk_evidence_sha256_stored_file", type_="foreignkey")
        batch_op.drop_constraint("fk_evidence_task_id_task", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_evidence_task_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_review_state"))
        batch_op.drop_index(batch_op.f("ix_evidence_deleted_at"))
        batch_op.drop_column("deleted_at")
        batch_op.drop_column("review_comment")
        batch_op.drop_column("review_state")
        batch_op.drop_column("public")
        batch_op.drop_column("note")
        batch_op.drop_column("task_id")
    op.drop_table("stored_file")
