"""The schema revision this code expects, readable without importing Alembic.

Start-up compares it with the database's ``alembic_version`` row through the
plain ``sqlite3`` module; Alembic (slow to import) is loaded only when they
differ. A test checks this constant equals Alembic's head.
"""

HEAD_REVISION = "20261205_0005"
