"""Alembic environment: run with a connection handed in by desktop_app.storage.migrate,
or from the command line: ``alembic -c db/alembic.ini upgrade head`` with
``sqlalchemy.url`` set in that file or ``-x url=...``."""

from alembic import context
from sqlalchemy import create_engine

from desktop_app.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    with create_engine(url).connect() as conn:
        run(conn)
        conn.commit()
