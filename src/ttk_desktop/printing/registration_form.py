"""A blank participant registration form with the KVKK consent statement.

The fields follow the participant form of the app (first/last name, the same
names in Arabic script, gender, birth date or year, nationality, phone,
register number, disability, consent with date and signature), so a paper
form is typed in top to bottom. The consent statement is printed in both
chosen languages side by side; it says what is recorded, why, who sees it
and that consent can be withdrawn (see ``labels.CONSENT_TEXT``). One page.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QPainter

from ttk_desktop.printing import labels
from ttk_desktop.printing.layout import GREY, Canvas, PageGeometry, is_rtl
from ttk_desktop.printing.options import PrintOptions
from ttk_desktop.printing.table import TableDocument, fmt_date

FIELD_HEIGHT = 15.0
SIGN_HEIGHT = 22.0
LABEL_SIZE = 6.8
DATE_GUIDE = "___ . ___ . ______"


class RegistrationForm:
    """One blank form (a document of one page)."""

    def __init__(self, options: PrintOptions, *, printed_on: dt.date | None = None) -> None:
        self.options = options
        self.langs = options.languages
        self.printed_on = printed_on or dt.date.today()
        # The masthead and footer are the tables' own; reuse them.
        self._frame = TableDocument(options, self.printed_on)

    def file_stem(self) -> str:
        return "kayit_formu"

    def page_count(self, geo: PageGeometry) -> int:
        return 1

    def _texts(self, key: str) -> list[str]:
        return [labels.text(key, lang) for lang in self.langs]

    def _inline(self, key: str) -> str:
        return " / ".join(self._texts(key))

    def _field(self, c: Canvas, x: float, y: float, w: float, h: float, key: str) -> None:
        c.box(x, y, w, h, width=0.3)
        c.pair(x + 1.2, y + 0.4, w - 2.4, 3.6, self._texts(key), size=LABEL_SIZE, color=GREY)

    def _choices(self, c: Canvas, x: float, y: float, w: float, keys: list[str]) -> float:
        """Tick boxes with their labels on one line, spread over ``w`` mm; returns the end x."""
        texts = [self._inline(key) for key in keys]
        size = 8.5
        widths = [c.text_width(t, size) + 4.5 for t in texts]
        gap = (w - sum(widths)) / len(texts)
        if gap < 3.0:  # too long for the line: smaller letters, fixed gaps
            size = c.fit_size(texts, w - 7.5 * len(texts), size)
            widths = [c.text_width(t, size) + 4.5 for t in texts]
            gap = 3.0
        for text, width in zip(texts, widths, strict=True):
            c.checkbox(x, y + 1.1)
            c.text(x + 4.5, y, width - 4.0, 5.4, text, size=size)
            x += width + gap
        return x

    def paint_page(self, painter: QPainter, geo: PageGeometry, index: int) -> None:
        c = Canvas(painter, geo)
        x0, w = geo.left, geo.content_width
        half = w / 2
        inner = 6.5  # from a field's top to its tick boxes / writing guide
        y = self._frame.masthead(c, "registration_title") + 2.0

        for left, right in (("first_name", "last_name"), ("first_name_ar", "last_name_ar")):
            self._field(c, x0, y, half, FIELD_HEIGHT, left)
            self._field(c, x0 + half, y, half, FIELD_HEIGHT, right)
            y += FIELD_HEIGHT

        self._field(c, x0, y, w, FIELD_HEIGHT, "gender")
        self._choices(c, x0 + 2, y + inner, w - 4, ["female", "male", "other", "not_stated"])
        y += FIELD_HEIGHT

        self._field(c, x0, y, half, FIELD_HEIGHT, "birth_date_or_year")
        c.text(x0 + 3, y + inner, half * 0.55, 6, DATE_GUIDE, size=10, color=GREY)
        self._choices(c, x0 + half * 0.6, y + inner, half * 0.4 - 2, ["estimated"])
        self._field(c, x0 + half, y, half, FIELD_HEIGHT, "phone")
        y += FIELD_HEIGHT

        self._field(c, x0, y, w, FIELD_HEIGHT, "nationality")
        keys = ["syria", "turkiye", "stateless", "other_country"]
        self._choices(c, x0 + 2, y + inner, w * 0.72, keys)
        c.hline(x0 + 2 + w * 0.72, x0 + w - 3, y + inner + 4.5, width=0.2, color=GREY)
        y += FIELD_HEIGHT

        self._field(c, x0, y, half, FIELD_HEIGHT, "disability")
        self._choices(c, x0 + 2, y + inner, half - 4, ["yes", "no_answer"])
        self._field(c, x0 + half, y, half, FIELD_HEIGHT, "register_no")
        c.text(
            x0 + half + 1.2,
            y + 4.2,
            half - 2.4,
            3.4,
            self._inline("staff_only"),
            size=LABEL_SIZE,
            align="center",
            color=GREY,
        )
        y += FIELD_HEIGHT + 4.0

        y = self._consent(c, y)

        self._field(c, x0, y, w / 3, SIGN_HEIGHT, "consent_date")
        c.text(x0 + 3, y + SIGN_HEIGHT / 2, w / 3 - 6, 6, DATE_GUIDE, size=10, color=GREY)
        self._field(c, x0 + w / 3, y, w * 2 / 3, SIGN_HEIGHT, "participant_signature")
        y += SIGN_HEIGHT
        self._field(c, x0, y, half, SIGN_HEIGHT, "guardian_signature")
        self._field(c, x0 + half, y, half, SIGN_HEIGHT, "registered_by")
        self._frame.paint_footer(c, 1, 1)

    def _consent(self, c: Canvas, y: float) -> float:
        """The statement in each language side by side, then the tick box; returns y below."""
        geo = c.geo
        x0, w = geo.left, geo.content_width
        o = self.options
        titles = self._texts("consent_title")
        if c.fit_size(titles, w, 9.5, bold=True) >= 9.5:
            c.pair(x0, y, w, 5.5, titles, size=9.5, bold=True)
            y += 6.5
        else:  # one line each, Arabic on the right
            for t in titles:
                c.text(
                    x0, y, w, 5.5, t, size=9.5, bold=True, align="right" if is_rtl(t) else "left"
                )
                y += 5.5
            y += 1.0
        texts = [
            labels.CONSENT_TEXT.get(lang, labels.CONSENT_TEXT["en"]).format(
                association=o.association(lang), unit=o.unit(lang)
            )
            for lang in self.langs
        ]
        if len(texts) == 2 and is_rtl(texts[0]) and not is_rtl(texts[1]):
            texts.reverse()  # Arabic in the right-hand column
        gap = 5.0
        col = (w - gap * (len(texts) - 1)) / len(texts)
        size = 7.6
        height = 0.0
        for n, t in enumerate(texts):
            height = max(height, c.paragraph(x0 + n * (col + gap), y, col, t, size=size))
        if len(texts) == 2:
            c.vline(x0 + col + gap / 2, y, y + height, width=0.2, color=GREY)
        y += height + 3.0
        c.checkbox(x0, y + 0.6)
        ticks = self._texts("consent_tick")
        for n, t in enumerate(ticks):
            c.text(
                x0 + 5,
                y + n * 4.6,
                w - 5,
                4.6,
                t,
                size=8.5,
                bold=True,
                align="right" if is_rtl(t) else "left",
            )
        return y + 4.6 * len(ticks) + 2.5

    def footer_note(self) -> str:
        return labels.text("printed", self.langs[0], date=fmt_date(self.printed_on))
