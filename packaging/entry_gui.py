"""Entry script of the bundled ``ttk-desktop`` program (PyInstaller runs it as __main__)."""

import sys

from ttk_desktop.gui.app import main

sys.exit(main())
