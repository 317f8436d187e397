"""Protect the office PC (#16): accounts and roles, the database key, backups, erasure.

Submodules are imported where used: the engine needs only :mod:`.roles`, and
start-up must not pay for argon2 or cryptography before a login is asked for.
"""
