"""two tables a server needs and a single PC's file does not (made on servers only): evidence inside
the database, for an office without a file share — each stored file as a PostgreSQL large object,
found by its SHA-256 (storage/blobstore.py); and who runs the import, backup or restore that others
wait for (storage/postgres.work_lock), kept apart from the campaign's own rows

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.create_table(
        "stored_blob",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("oid", sa.BigInteger(), nullable=False),  # the large object holding the content
        sa.Column("size", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "work_running",
        sa.Column("lock", sa.BigInteger(), primary_key=True),
        sa.Column("who", sa.String(100), nullable=False),
        sa.Column("work", sa.String(200), nullable=False),
        sa.Column("since", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.drop_table("work_running")
    op.execute("SELECT lo_unlink(oid) FROM stored_blob")
    op.drop_table("stored_blob")
