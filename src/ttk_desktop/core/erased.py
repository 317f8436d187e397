"""How an erased person is recognised (#16): both names become one marker.

Kept apart from :mod:`ttk_desktop.core.security.privacy` (which erases) so
that the services, the duplicate finder and the merge can recognise an erased
person without importing the erasure itself.
"""

from __future__ import annotations

ERASED_NAME = "[erased]"
"""First and last name of an erased person (stored; never translated)."""


def is_erased(first_name: str, last_name: str) -> bool:
    """True for the names an erasure leaves."""
    return first_name == ERASED_NAME and last_name == ERASED_NAME
