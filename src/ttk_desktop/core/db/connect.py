"""Open a database file with the right driver: plain SQLite, or SQLCipher with a key.

A protected database (one with accounts, #16) is encrypted by SQLCipher with a
random 256-bit key that only the accounts' passwords unlock (see
``core/security/dbkey.py``). Everything that opens the file — the engine, the
migrations, the search index, the first page, backups — goes through
:func:`connect`, so no reader forgets the key. ``sqlcipher3`` is imported only
when a key is given: an unprotected database starts as fast as before.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` starts with SQLite's own header (readable without a key).

    An encrypted file starts with a random salt instead, so any SQLite tool
    sees noise. A missing or empty file is not plain (it is nothing yet).
    """
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """True when ``path`` holds data but not SQLite's plain header."""
    try:
        if path.stat().st_size == 0:
            return False
    except OSError:
        return False
    return not is_plain_sqlite(path)


def key_file_path(path: Path) -> Path:
    """The file beside a protected database holding its key, wrapped once per account.

    Without a password it reveals nothing: each copy of the key is encrypted
    with a key stretched from that account's password by Argon2id.
    """
    return path.with_name(path.name + ".keys")


def is_protected(path: Path) -> bool:
    """True when ``path`` has accounts: its key file exists beside it."""
    return key_file_path(path).is_file()


def cipher_module() -> ModuleType:
    """SQLCipher's DB-API module (``sqlcipher3``), imported on first use."""
    from sqlcipher3 import dbapi2

    return _with_fast_binding(dbapi2)


def driver(key: bytes | None) -> ModuleType:
    """The DB-API module to open a database with ``key`` (None: plain sqlite3)."""
    return cipher_module() if key is not None else _with_fast_binding(sqlite3)


def _with_fast_binding(module: ModuleType) -> ModuleType:
    """``module`` with NULLs and blobs bound without the drivers' slow adaptation path.

    Both drivers bind ints, floats and text directly, but pass None and bytes
    through their adapter lookup, which fails twice (``__adapt__``,
    ``__conform__``) before binding the value as it is; sqlcipher3 pays for the
    failures with exceptions. An import binds a few million of them: measured
    on 1.15 M values, None took 0.71 s (sqlite3) and 1.6 s (sqlcipher3), with an
    adapter that returns the value unchanged 0.15 and 0.14 s. The adapter
    finds the value in the lookup's first step, and the value is bound as before.
    The adapters are C functions (``{}.get`` gives None, ``bytes`` gives the
    same bytes), not Python ones: Python code run while a statement binds lets
    the GIL go back and forth with the import's other thread, which made the
    import slower than the failures did.
    """
    if module not in _FAST_BINDING:
        module.register_adapter(type(None), {}.get)
        module.register_adapter(bytes, bytes)
        _FAST_BINDING.add(module)
    return module


_FAST_BINDING: set[ModuleType] = set()


def key_pragma(key: bytes) -> str:
    """``PRAGMA key`` with a raw key: SQLCipher then skips its passphrase KDF.

    The key is random and already strong, so stretching it again would only
    slow every connection down (the password stretching is Argon2id's job).
    """
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(dbapi_connection: Any, key: bytes | None) -> None:
    """Give a fresh SQLCipher connection its key; must be its first statement.

    Its temporary data (the sorts and groupings of the statistics, a VACUUM's
    copy) is then kept in memory: SQLCipher does not encrypt temporary files,
    and a sort spilled to a file was found holding the attendance dates in
    the clear. SQLCipher's build defaults to memory already; saying so keeps
    it so with any build. It costs the statistics about 0.4 s at a million
    attendances, the same as a plain database kept in memory (measured).
    """
    if key is None:
        return
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(key_pragma(key))
        cursor.execute("PRAGMA temp_store = MEMORY")
        # SQLCipher's own log goes to the standard error; our messages say what failed.
        cursor.execute("PRAGMA cipher_log_level = NONE")
    finally:
        cursor.close()


def connect(
    target: Path | str,
    key: bytes | None = None,
    *,
    readonly: bool = False,
    **kwargs: Any,
) -> Any:
    """A DB-API connection to ``target`` (a path), keyed when ``key`` is given.

    ``readonly`` opens through a ``mode=ro`` URI, as the quick readers do, so
    that they can never create or change the file. Other keyword arguments go
    to the driver's ``connect`` (``isolation_level``, ``check_same_thread``...).
    """
    module = driver(key)
    if readonly:
        uri = f"{Path(target).resolve().as_uri()}?mode=ro"
        con = module.connect(uri, uri=True, **kwargs)
    else:
        con = module.connect(str(target), **kwargs)
    try:
        apply_key(con, key)
    except BaseException:
        con.close()
        raise
    return con


def database_errors() -> tuple[type[BaseException], ...]:
    """The error classes of every driver loaded so far (for ``except`` clauses)."""
    errors: list[type[BaseException]] = [sqlite3.Error]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        errors.append(cipher.Error)
    return tuple(errors)


def is_database_error(error: BaseException) -> bool:
    """True for an error raised by sqlite3 or SQLCipher's driver."""
    return isinstance(error, database_errors())
