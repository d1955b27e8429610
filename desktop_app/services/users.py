"""People who may use the program and what each may do (core.roles), when the office turns users on.

Off by default: one clerk on one PC starts straight into the campaign, as before. Turned on, the
first administrator is made and a recovery code printed once (kept only as a hash): with it and the
data folder, a forgotten administrator password can be set anew. Passwords are kept as argon2id
hashes; five wrong ones in a row lock the login for ten minutes. The history records the person
logged in (never an environment variable), and every change to people is in it too — without the
hashes.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop_app.core import roles
from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.services.reads.settings import USERS_ON_KEY, users_on
from desktop_app.storage import audit
from desktop_app.storage.database import Database, LoggedIn
from desktop_app.storage.models import AppUser, Setting, utcnow

if TYPE_CHECKING:
    from argon2 import PasswordHasher

ENABLED_KEY = USERS_ON_KEY
RECOVERY_KEY = "users.recovery"


class LoginFailed(KnownError):
    """The name or password is wrong, or the login is locked; ``str()`` says which, for the person."""


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    active: bool
    locked: bool


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id, memory-hard, with the library's current defaults


def _check_password(password: str) -> None:
    if len(password) < roles.MIN_PASSWORD:
        raise KnownError(tr("Users", "A password needs at least {0} characters.").format(roles.MIN_PASSWORD))


def _check_role(role: str) -> None:
    if role not in roles.ROLES:
        raise KnownError(tr("Users", "The role must be one of {0}.").format("、".join(roles.ROLES)))


def enabled(db: Database) -> bool:
    return users_on(db)


def enable(db: Database, admin: str, password: str) -> str:
    """Turn users on with a first administrator; returns the recovery code, shown this once."""
    _check_password(password)
    name = admin.strip()
    if not name:
        raise KnownError(tr("Users", "The administrator needs a name."))
    code = "-".join(secrets.token_hex(2).upper() for _ in range(5))
    with db.session(need=roles.USERS) as session:
        on = session.get(Setting, ENABLED_KEY)
        if on is not None and on.value:
            raise KnownError(tr("Users", "Users are on already."))
        user = session.scalar(select(AppUser).where(AppUser.name == name))
        if user is None:
            session.add(AppUser(name=name, role=roles.ADMIN, password_hash=_hasher().hash(password), failures=0))
        else:
            user.role, user.password_hash, user.active = roles.ADMIN, _hasher().hash(password), True
        _set(session, ENABLED_KEY, True)
        _set(session, RECOVERY_KEY, _hasher().hash(code))
        audit.record(session, "create", "app_user", name, after={"name": name, "role": roles.ADMIN})
        audit.record(session, "update", "setting", ENABLED_KEY, before={"value": False}, after={"value": True})
    return code


def disable(db: Database) -> None:
    """Turn users off: no login at start; the people stay listed for next time."""
    with db.session(need=roles.USERS) as session:
        _set(session, ENABLED_KEY, False)
        audit.record(session, "update", "setting", ENABLED_KEY, before={"value": True}, after={"value": False})


def _set(session: Session, key: str, value: object) -> None:
    """Kept outside the ORM's audit hook: the history holds what the service records of it, never the
    recovery code's hash."""
    session.execute(delete(Setting).where(Setting.key == key))
    session.execute(insert(Setting).values(key=key, value=value))


def add(db: Database, name: str, role: str, password: str) -> UserInfo:
    _check_role(role)
    _check_password(password)
    name = name.strip()
    if not name:
        raise KnownError(tr("Users", "A person needs a name."))
    with db.session(need=roles.USERS) as session:
        if session.scalar(select(AppUser).where(AppUser.name == name)) is not None:
            raise KnownError(tr("Users", "There is already someone called “{0}”.").format(name))
        session.add(AppUser(name=name, role=role, password_hash=_hasher().hash(password), failures=0))
        audit.record(session, "create", "app_user", name, after={"name": name, "role": role})
    return UserInfo(name, role, True, False)


def _find(session: Session, name: str) -> AppUser:
    user = session.scalar(select(AppUser).where(AppUser.name == name.strip()))
    if user is None:
        raise NotFoundError(tr("Users", "There is no one called “{0}”.").format(name))
    return user


def set_role(db: Database, name: str, role: str) -> None:
    _check_role(role)
    with db.session(need=roles.USERS) as session:
        user = _find(session, name)
        if user.role == roles.ADMIN and role != roles.ADMIN and _admins(session) == 1:
            raise KnownError(tr("Users", "“{0}” is the only administrator; make someone else one first.").format(name))
        audit.record(session, "update", "app_user", user.name, before={"role": user.role}, after={"role": role})
        user.role = role


def _admins(session: Session) -> int:
    return len(list(session.scalars(select(AppUser.id).where(AppUser.role == roles.ADMIN, AppUser.active))))


def reset_password(db: Database, name: str, password: str) -> None:
    _check_password(password)
    with db.session(need=roles.USERS) as session:
        user = _find(session, name)
        user.password_hash, user.failures, user.locked_until = _hasher().hash(password), 0, None
        audit.record(session, "update", "app_user", user.name, after={"password": "reset"})


def recover(db: Database, code: str, name: str, password: str) -> None:
    """A forgotten administrator password set anew with the recovery code printed when users were
    turned on (the data folder is needed too: this runs on its database)."""
    _check_password(password)
    with db.read() as session:
        stored = session.get(Setting, RECOVERY_KEY)
    if stored is None or not _verify(str(stored.value), code.strip().upper()):
        raise LoginFailed(tr("Users", "The recovery code is not right."))
    saved, db.user = db.user, None  # the code stands for the administrator
    try:
        with db.session(need=roles.USERS, actor=name) as session:
            user = _find(session, name)
            if user.role != roles.ADMIN:
                raise KnownError(tr("Users", "The recovery code sets an administrator's password only."))
            user.password_hash, user.failures, user.locked_until = _hasher().hash(password), 0, None
            audit.record(session, "update", "app_user", user.name, after={"password": "recovered"})
    finally:
        db.user = saved


def _verify(hashed: str, secret: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(hashed, secret))
    except (VerificationError, InvalidHashError):
        return False


def list_users(db: Database) -> list[UserInfo]:
    now = utcnow()
    with db.read() as session:
        return [
            UserInfo(u.name, u.role, u.active, bool(u.locked_until and u.locked_until > now))
            for u in session.scalars(select(AppUser).order_by(AppUser.id))
        ]


def login(db: Database, name: str, password: str) -> LoggedIn:
    """Check the password; on success the database acts for this person from now on. A wrong one
    counts towards the lock, and every try is in the history."""
    now = utcnow()
    failed: LoginFailed | None = None
    who: LoggedIn | None = None
    with db.session(need=roles.SYSTEM, actor=name.strip() or "?") as session:
        user = session.scalar(select(AppUser).where(AppUser.name == name.strip(), AppUser.active))
        if user is None:
            audit.record(session, "login_failed", "app_user", name.strip())
            failed = LoginFailed(tr("Users", "The name or the password is not right."))
        elif user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            failed = LoginFailed(
                tr("Users", "Too many wrong passwords: the login of “{0}” is locked for {1} more minute(s).").format(
                    user.name, minutes
                )
            )
        elif not _verify(user.password_hash, password):
            user.failures += 1
            if user.failures >= roles.MAX_FAILURES:
                user.locked_until, user.failures = now + dt.timedelta(minutes=roles.LOCK_MINUTES), 0
            audit.record(session, "login_failed", "app_user", user.name)
            failed = LoginFailed(tr("Users", "The name or the password is not right."))
        else:
            user.failures, user.locked_until = 0, None
            audit.record(session, "login", "app_user", user.name)
            who = LoggedIn(user.name, user.role)
    if failed is not None or who is None:
        raise failed or LoginFailed(tr("Users", "The name or the password is not right."))
    db.user = who
    return who


def require(db: Database, need: str) -> None:
    """Refuse, with the reason, what the logged-in person may not do (for work that writes no row
    itself, such as a restore)."""
    if db.user is not None and not roles.allows(db.user.role, need):
        raise KnownError(
            tr("Storage", "{0} ({1}) may not do this; ask an administrator.").format(db.user.name, db.user.role)
        )
