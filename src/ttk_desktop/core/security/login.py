"""Log in to a protected database: unlock its key with a password, with a growing delay.

After :data:`FREE_ATTEMPTS` wrong passwords in a row an account must wait
before the next try, twice as long after each further miss (30 s, 1 min,
2 min, ... up to an hour). The count lives in the key file, so it holds
across restarts of the app; a right password clears it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from ttk_desktop.core.db.connect import is_encrypted, is_protected
from ttk_desktop.core.db.engine import Database, open_database
from ttk_desktop.core.errors import TtkError
from ttk_desktop.core.i18n import translate
from ttk_desktop.core.security import keyfile
from ttk_desktop.core.security.roles import Account

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 3600.0


class LoginError(TtkError):
    """The name or password is wrong, the account is disabled, or it must wait."""

    def __init__(self, message: str, wait_seconds: float = 0.0) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


def delay_after(failures: int) -> float:
    """Seconds an account waits after ``failures`` wrong passwords in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_S)


def needs_login(path: Path) -> bool:
    """True when ``path`` is a protected (encrypted, with accounts) database."""
    return is_protected(path) and is_encrypted(path)


def unlock(
    path: Path, name: str, password: str, *, clock: Callable[[], float] = time.time
) -> bytes:
    """The database key of ``path`` if ``password`` is ``name``'s.

    Raises:
        LoginError: wrong name or password (one message for both, so that a
            guesser learns nothing about which names exist), or the account
            must still wait after too many wrong passwords.
        KeyFileError: the key file is missing or damaged.
    """
    keys = keyfile.read_key_file(path)
    name = name.strip()
    failures = keys.failures.get(name, keyfile.Failures())
    wait = failures.last + delay_after(failures.count) - clock()
    if wait > 0:
        raise LoginError(
            translate(
                "Security",
                "Too many wrong passwords for {name}. Try again in {seconds} seconds.",
                name=name,
                seconds=int(wait + 0.999),
            ),
            wait,
        )
    wrapped = keys.accounts.get(name)
    if wrapped is None:
        keyfile.burn_time(password)
        raise LoginError(translate("Security", "The account name or the password is wrong."))
    key = keyfile.unwrap(wrapped, name, password)
    if key is None:
        failures.count += 1
        failures.last = clock()
        keys.failures[name] = failures
        keyfile.write_key_file(path, keys)
        wait = delay_after(failures.count)
        if wait:
            raise LoginError(
                translate(
                    "Security",
                    "The account name or the password is wrong. After {n} wrong passwords "
                    "{name} must wait {seconds} seconds before the next try.",
                    n=failures.count,
                    name=name,
                    seconds=int(wait),
                ),
                wait,
            )
        raise LoginError(translate("Security", "The account name or the password is wrong."))
    if failures.count:
        keys.failures.pop(name, None)
        keyfile.write_key_file(path, keys)
    return key


def login(
    path: Path | str,
    name: str,
    password: str,
    *,
    clock: Callable[[], float] = time.time,
    busy_timeout: float | None = None,
) -> Database:
    """Open the protected database at ``path`` as ``name``; the login is audited.

    Raises:
        LoginError: see :func:`unlock`; also for a disabled account.
    """
    from ttk_desktop.core.security.accounts import account_role

    path = Path(path)
    key = unlock(path, name, password, clock=clock)
    name = name.strip()
    db = open_database(path, key=key, create=False, busy_timeout=busy_timeout)
    try:
        found = account_role(db, name)
        if found is None or found[1]:
            raise LoginError(translate("Security", "The account {name} is disabled.", name=name))
        db.account = Account(name, found[0])
        db.actor = name
        db.log_event("login", "accounts", name)
    except BaseException:
        db.close()
        raise
    return db
