"""What pages and read-only commands show, read with plain SQL (``storage.plain``) and no ORM.

Each module here is the one place its figures are computed; the service of the same name
re-exports it, so the command line, every page, the dashboard and the reports call the same
code whether the rows come from an opened ``Database`` or, as the program starts, from a
``PlainReader`` on the file (首页 and ``units list`` / ``framework show`` then answer without
importing SQLAlchemy). Nothing here imports SQLAlchemy or the models; a test checks.
"""
