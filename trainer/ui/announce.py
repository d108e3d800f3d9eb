"""Spoken announcements for screen readers (Qt's QAccessibleAnnouncementEvent, Qt 6.8 and later).

A screen reader hears what changed without hunting for it: the feedback after an answer, a
scenario's consequence, the result of an attempt, which lesson is open. The text is also kept
on the widget (property ``announcement``), so tests can check what a listener would hear.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

PROPERTY = "announcement"


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have assistive technology speak ``text`` on behalf of ``widget``."""
    text = " ".join(text.split())
    if not text:
        return
    widget.setProperty(PROPERTY, text)
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def last_announcement(widget: QWidget) -> str:
    value = widget.property(PROPERTY)
    return value if isinstance(value, str) else ""
