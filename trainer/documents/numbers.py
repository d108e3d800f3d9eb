"""Numbers as printed documents show them: in the document's language, with a real minus sign.

Qt's locale data gives the decimal separator (a comma in Russian and Kazakh) but an ASCII
hyphen for the minus sign, which reads as a dash in print. Every figure of a document goes
through these functions so one page never mixes ``45,0`` with ``+30.0`` or ``-12.8``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

MINUS = "\u2212"
PLUS = "+"


def locale_for(language: str | None = None) -> QLocale:
    """The locale of ``language`` (``ru``, ``kk``...), or the application's default one."""
    return QLocale(language) if language else QLocale()


def number(value: float, digits: int = 1, language: str | None = None) -> str:
    """``value`` with ``digits`` decimals; a negative one with U+2212 (never ``−0,0``)."""
    rounded = round(float(value), digits)
    text = locale_for(language).toString(abs(rounded), "f", digits)
    return MINUS + text if rounded < 0 else text


def signed(value: float, digits: int = 1, language: str | None = None) -> str:
    """A change (a gain, a shift): always with its sign, ``+3,5`` or ``−0,25``; zero has none."""
    text = number(value, digits, language)
    return PLUS + text if round(float(value), digits) > 0 else text


def percent(fraction: float, digits: int = 0, language: str | None = None) -> str:
    """A share between 0 and 1 as a percentage."""
    return number(fraction * 100, digits, language) + "%"


def interval(low: float, high: float, digits: int = 1, language: str | None = None) -> str:
    """A confidence interval of a change, both ends signed: ``−2,1 … +8,4``. A narrow column may break
    it after the ellipsis only, so no end is ever parted from its sign or the ellipsis."""
    return f"{signed(low, digits, language)}\u00a0… {signed(high, digits, language)}"
