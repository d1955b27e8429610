"""task details: order, deadline kind, targets, 督办, extensions, source; linked items, history; item assignments

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 19:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("deadline_kind", sa.String(length=12), nullable=False, server_default="none"))
        batch_op.add_column(sa.Column("targets", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("supervised", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("supervise_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("extensions", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("extension_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("source", sa.String(length=300), nullable=False, server_default=""))
    # tasks written before this version: in the order they were made, dated ones due on a date
    op.execute("UPDATE task SET position = id, deadline_kind = CASE WHEN deadline IS NULL THEN 'none' ELSE 'date' END")
    op.create_table(
        "task_item",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["rs_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("task_id", "item_id"),
    )
    with op.batch_alter_table("task_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_item_item_id"), ["item_id"], unique=False)
    op.create_table(
        "task_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.Column("new", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_event_task_id"), ["task_id"], unique=False)
    op.create_table(
        "item_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["item_id"], ["rs_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("campaign_id", "item_id", "unit_id", "role"),
    )
    with op.batch_alter_table("item_assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_assignment_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_assignment_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_item_assignment_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    op.drop_table("item_assignment")
    op.drop_table("task_event")
    op.drop_table("task_item")
    with op.batch_alter_table("task", schema=None) as batch_op:
        for column in (
            "source",
            "extension_reason",
            "extensions",
            "supervise_note",
            "supervised",
            "targets",
            "deadline_kind",
            "position",
        ):
            batch_op.drop_column(column)
