"""Who may do what, when the office turns users on (管理员, 录入员, 审核员, 只读).

Every writing service names what it needs (a ``Need``); the database refuses a write whose need
the logged-in person's role lacks, so no window or command can go round it. With users off (one
clerk on one PC) everything is allowed, as before. Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

ADMIN, CLERK, REVIEWER, READER = "管理员", "录入员", "审核员", "只读"
ROLES = (ADMIN, CLERK, REVIEWER, READER)

#: what a write needs
EDIT = "edit"  # tasks, monthly forms, evidence, units
REVIEW = "review"  # 合格 / 退回
CAMPAIGN = "campaign"  # the campaign, its phases, its rule set, settings
PURGE = "purge"  # deleting for good
RESTORE = "restore"  # replacing the data with a backup
USERS = "users"  # people and their roles
MOVE = "move"  # the whole campaign — rows, files, the people's password hashes — to another database
SYSTEM = "system"  # what the program keeps for itself (text read for search, the last check) — always allowed

ALLOWED = {
    ADMIN: frozenset({EDIT, REVIEW, CAMPAIGN, PURGE, RESTORE, USERS, MOVE, SYSTEM}),
    CLERK: frozenset({EDIT, SYSTEM}),
    REVIEWER: frozenset({REVIEW, SYSTEM}),
    READER: frozenset({SYSTEM}),
}

MIN_PASSWORD = 8
MAX_FAILURES = 5  # wrong passwords in a row before the login is locked
LOCK_MINUTES = 10


def allows(role: str, need: str) -> bool:
    return need in ALLOWED.get(role, frozenset())
