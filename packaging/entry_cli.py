"""Entry script of the bundled ``ttk`` command line (PyInstaller runs it as __main__)."""

import sys

from ttk_desktop.cli import main

sys.exit(main())
