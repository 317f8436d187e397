"""File → Settings: the interface language and, with a database open, the office's print defaults.

With a database open it also lists the headquarters public keys data files
are encrypted for (:class:`~ttk_desktop.gui.dialogs.hq_keys.HqKeysBox`, saved
as soon as a key is added or removed, not by Save).

The language is this computer's own (QSettings) and is used after a restart.
The print defaults (association and unit names printed on every sheet, paper,
empty rows for walk-ins, printed languages) belong to the office's database:
they are read off the GUI thread when the dialog opens, checked under each
field, and saved off the GUI thread by
:func:`~ttk_desktop.printing.options.save_print_settings`, which stamps and
audits the change. Every print options dialog then starts from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ttk_desktop.core.errors import TtkError
from ttk_desktop.gui.dialogs.hq_keys import HqKeysBox
from ttk_desktop.gui.dialogs.saving import SavingDialog
from ttk_desktop.gui.errors import show_error
from ttk_desktop.gui.i18n import LANGUAGES, language_name
from ttk_desktop.gui.settings_store import SettingsStore

if TYPE_CHECKING:
    from ttk_desktop.gui.context import AppContext
    from ttk_desktop.printing.options import PrintOptions

# The spin box takes three digits so that a number over the limit gets a message
# under the field instead of a keystroke silently refused.
WALK_IN_ROWS_TYPABLE = 999


class SettingsDialog(SavingDialog):
    """Change the language (after a restart) and the office's print defaults.

    ``ctx`` is None when no database is open: the printing section is hidden
    and Save only keeps the language. ``print_defaults`` holds the settings
    as read from the database (None until they arrive).
    """

    notice = None  # no screen shows the print defaults: nothing to refresh

    def __init__(
        self,
        settings: SettingsStore,
        database: Path | None = None,
        parent: QWidget | None = None,
        *,
        ctx: AppContext | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.settings = settings
        self.print_defaults: PrintOptions | None = None
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.restart_note = QLabel(
            self.tr("The new language is used after you restart TTK Desktop."), self
        )
        self.restart_note.setObjectName("restart_note")
        self.restart_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.restart_note)
        if database is not None:
            where = QLabel(str(database), self)
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Database file"), where)
        self.hq_keys: HqKeysBox | None = None
        if ctx is not None:
            self.hq_keys = HqKeysBox(ctx.tasks, self)
            ctx.when_ready(lambda: self._set_keys_database())
        self.idle_lock_box = None
        if ctx is not None:  # shown for a protected database only (#16)
            from ttk_desktop.gui.dialogs.idle_lock_box import IdleLockBox

            self.idle_lock_box = IdleLockBox(ctx, self)
        self.printing_box = self._build_printing()
        self.printing_box.setVisible(ctx is not None)
        self.printing_box.setEnabled(False)  # until the settings are read
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.label("form"))
        layout.addLayout(form)
        layout.addWidget(self.printing_box)
        if self.hq_keys is not None:
            layout.addWidget(self.hq_keys)
        if self.idle_lock_box is not None:
            layout.addWidget(self.idle_lock_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560 if self.hq_keys is not None else 480)
        if ctx is not None:
            ctx.when_ready(self._load_print_settings)
            ctx.when_ready(self._apply_role)

    def _build_printing(self) -> QGroupBox:
        from ttk_desktop.gui.printing.preview import LANGUAGE_CHOICES
        from ttk_desktop.printing.options import (
            DEFAULT_ASSOCIATION,
            DEFAULT_ASSOCIATION_AR,
            DEFAULT_UNIT,
            DEFAULT_UNIT_AR,
            PAGE_SIZES,
        )

        box = QGroupBox(self.tr("Printing"), self)
        box.setObjectName("printing_box")
        note = QLabel(
            self.tr(
                "The office's defaults for printed sheets and forms, kept in the database. "
                "Each print can still change the paper, the empty rows and the languages."
            ),
            box,
        )
        note.setWordWrap(True)
        self.association_name = self._name_edit("association_name", DEFAULT_ASSOCIATION, box)
        self.association_name_ar = self._name_edit(
            "association_name_ar", DEFAULT_ASSOCIATION_AR, box, arabic=True
        )
        self.unit_name = self._name_edit("unit_name", DEFAULT_UNIT, box)
        self.unit_name_ar = self._name_edit("unit_name_ar", DEFAULT_UNIT_AR, box, arabic=True)
        self.walk_in_rows = QSpinBox(box)
        self.walk_in_rows.setObjectName("walk_in_rows")
        self.walk_in_rows.setRange(0, WALK_IN_ROWS_TYPABLE)
        self.page_size = QComboBox(box)
        self.page_size.setObjectName("page_size")
        for name in PAGE_SIZES:
            self.page_size.addItem(name, name)
        self.print_languages = QComboBox(box)
        self.print_languages.setObjectName("print_languages")
        for langs, label in LANGUAGE_CHOICES:
            self.print_languages.addItem(label, langs)

        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        f = self.errors.field
        form.addRow(note)
        form.addRow(self.tr("Association name"), f("association_name", self.association_name))
        form.addRow(
            self.tr("Association name in Arabic"),
            f("association_name_ar", self.association_name_ar),
        )
        form.addRow(self.tr("Protection unit name"), f("unit_name", self.unit_name))
        form.addRow(self.tr("Protection unit name in Arabic"), f("unit_name_ar", self.unit_name_ar))
        form.addRow(self.tr("Empty rows for walk-ins"), f("walk_in_rows", self.walk_in_rows))
        form.addRow(self.tr("Paper"), f("page_size", self.page_size))
        form.addRow(self.tr("Printed languages"), f("languages", self.print_languages))
        return box

    def _name_edit(
        self, name: str, default: str, parent: QWidget, *, arabic: bool = False
    ) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setPlaceholderText(default)  # left empty, the default is printed
        if arabic:
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        return edit

    # -- reading --------------------------------------------------------------------
    def _set_keys_database(self) -> None:
        if isValid(self) and self.hq_keys is not None:
            self.hq_keys.set_database(self.ctx.db)

    def _load_print_settings(self) -> None:
        from ttk_desktop.printing.options import load_print_settings

        if not isValid(self):
            return  # closed before the database was open
        db = self.ctx.db
        self.ctx.tasks.run(
            lambda: load_print_settings(db),
            on_success=self._on_print_settings_loaded,
            on_failure=self._on_print_settings_failed,
        )

    def _on_print_settings_loaded(self, options: PrintOptions) -> None:
        if not isValid(self):
            return
        self.print_defaults = options
        for key in ("association_name", "association_name_ar", "unit_name", "unit_name_ar"):
            edit: QLineEdit = getattr(self, key)
            edit.setText(getattr(options, key))
            edit.setCursorPosition(0)  # long names show their beginning
        self.walk_in_rows.setValue(options.walk_in_rows)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(options.page_size)))
        # findData compares Python objects by identity, so tuples are compared here.
        combo = self.print_languages
        index = next(
            (n for n in range(combo.count()) if tuple(combo.itemData(n)) == options.languages), -1
        )
        if index < 0:  # an order the list does not offer: keep it as it is
            self.print_languages.addItem(" + ".join(options.languages), options.languages)
            index = self.print_languages.count() - 1
        self.print_languages.setCurrentIndex(index)
        # Watched only now, so filling the fields does not count as editing them.
        self.watch("association_name", self.association_name.textEdited)
        self.watch("association_name_ar", self.association_name_ar.textEdited)
        self.watch("unit_name", self.unit_name.textEdited)
        self.watch("unit_name_ar", self.unit_name_ar.textEdited)
        self.watch("walk_in_rows", self.walk_in_rows.valueChanged)
        self.printing_box.setEnabled(True)

    def _on_print_settings_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, TtkError):  # e.g. the file is locked: say so, keep the language
            self.errors.show({"form": error.message})
        else:
            show_error(self, error)

    # -- saving ---------------------------------------------------------------------
    def validate(self) -> tuple[PrintOptions | None, dict[str, str]]:
        """The print defaults as typed (None when not shown) and their problems."""
        from ttk_desktop.printing.options import NAME_FIELDS, validate_print_settings

        if self.print_defaults is None:
            return None, {}
        names = {key: getattr(self, key).text().strip() for key in NAME_FIELDS}
        rows = self.walk_in_rows.value()
        errors = validate_print_settings(rows, names)
        if errors:
            return None, errors
        chosen = replace(
            self.print_defaults,
            walk_in_rows=rows,
            page_size=self.page_size.currentData(),
            languages=tuple(self.print_languages.currentData()),
            **names,
        )
        return chosen, {}

    def _apply_role(self) -> None:
        """Who may not change the office's settings sees them, or not at all (#16)."""
        from ttk_desktop.core.security.roles import Action

        if not isValid(self):
            return
        db = self.ctx.db
        if self.hq_keys is not None and not db.may(Action.MANAGE_KEYS):
            self.hq_keys.setVisible(False)
        if not db.may(Action.CHANGE_SETTINGS):
            self.printing_box.setVisible(False)

    def save_work(self, data: PrintOptions | None) -> Callable[[], Any] | None:
        """The print defaults' write, then the idle lock's (#16); None when nothing changed."""
        printing = self._print_save_work(data)
        idle = self.idle_lock_box.save_work() if self.idle_lock_box is not None else None
        if idle is None:
            return printing

        def save() -> Any:
            result = printing() if printing is not None else None
            idle()
            return result

        return save

    def _print_save_work(self, data: PrintOptions | None) -> Callable[[], PrintOptions] | None:
        """The write of changed print defaults; the language is kept in :meth:`accept`."""
        from ttk_desktop.printing.options import load_print_settings, save_print_settings

        if data is None or data == self.print_defaults:
            return None
        db = self.ctx.db

        def save() -> PrintOptions:
            save_print_settings(db, data)
            return load_print_settings(db)

        return save

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.sync()
        if self.idle_lock_box is not None:
            self.idle_lock_box.apply(self.parentWidget())
        super().accept()
