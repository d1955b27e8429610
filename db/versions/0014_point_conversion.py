"""points scored from a measured value (根据实际测评结果进行折算) carry their conversion rule

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 20:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

#: the 2021 national rule set's measured points, as resources/rulesets/national-2021.json has them
NATIONAL_2021 = {
    "24": {"metric": "M04", "full_at": 80.0, "zero_at": 0.0, "steps": []},
    "25": {"metric": "M05", "full_at": 85.0, "zero_at": 0.0, "steps": []},
    "26": {"metric": "M03", "full_at": 98.0, "zero_at": 0.0, "steps": []},
}


def upgrade() -> None:
    with op.batch_alter_table("rs_point") as batch:
        batch.add_column(sa.Column("conversion", sa.JSON(), nullable=True))
    point = sa.table(
        "rs_point",
        sa.column("id", sa.Integer),
        sa.column("category_id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("conversion", sa.JSON),
    )
    category = sa.table("rs_category", sa.column("id", sa.Integer), sa.column("rule_set_id", sa.Integer))
    rule_set = sa.table("rule_set", sa.column("id", sa.Integer), sa.column("code", sa.String))
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(point.c.id, point.c.code)
        .join(category, category.c.id == point.c.category_id)
        .join(rule_set, rule_set.c.id == category.c.rule_set_id)
        .where(rule_set.c.code == "national-2021", point.c.code.in_(list(NATIONAL_2021)))
    ).all()
    for point_id, code in rows:
        conn.execute(point.update().where(point.c.id == point_id).values(conversion=NATIONAL_2021[code]))


def downgrade() -> None:
    with op.batch_alter_table("rs_point") as batch:
        batch.drop_column("conversion")
