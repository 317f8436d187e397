"""Why a key or an export cannot be used; each message says what to do.

A refused data file is not an exception: the merge reports it (MergeReport).
"""

from __future__ import annotations

from ttk_desktop.core.errors import TtkError


class ExchangeError(TtkError):
    """A data file or key cannot be used; nothing was changed."""
