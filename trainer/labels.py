"""Words for the domain's codes (roles, regions, tracks, competencies) in the chosen language.

Only QtCore is needed, so documents (certificates, reports) use these as well as the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate




def role_name(code: str) -> str:
    return {
        "police": translate("Labels", "Police officer"),
        "judge": translate("Labels", "Judge"),
        "prosecutor": translate("Labels", "Prosecutor"),
        "social_worker": translate("Labels", "Social worker"),
    }.get(code, code)


def region_name(code: str) -> str:
    return {
        "astana": translate("Labels", "Astana"),
        "almaty": translate("Labels", "Almaty"),
        "shymkent": translate("Labels", "Shymkent"),
        "abai": translate("Labels", "Abai Region"),
        "akmola": translate("Labels", "Akmola Region"),
        "aktobe": translate("Labels", "Aktobe Region"),
        "almaty_region": translate("Labels", "Almaty Region"),
        "atyrau": translate("Labels", "Atyrau Region"),
        "east_kazakhstan": translate("Labels", "East Kazakhstan Region"),
        "jambyl": translate("Labels", "Jambyl Region"),
        "jetisu": translate("Labels", "Jetisu Region"),
        "karaganda": translate("Labels", "Karaganda Region"),
        "kostanay": translate("Labels", "Kostanay Region"),
        "kyzylorda": translate("Labels", "Kyzylorda Region"),
        "mangystau": translate("Labels", "Mangystau Region"),
        "north_kazakhstan": translate("Labels", "North Kazakhstan Region"),
        "pavlodar": translate("Labels", "Pavlodar Region"),
        "turkistan": translate("Labels", "Turkistan Region"),
        "ulytau": translate("Labels", "Ulytau Region"),
        "west_kazakhstan": translate("Labels", "West Kazakhstan Region"),
    }.get(code, code)


def track_name(code: str) -> str:
    return {
        "core": translate("Labels", "Core curriculum"),
        "police": translate("Labels", "Police track"),
        "justice": translate("Labels", "Judges and prosecutors track"),
        "social_work": translate("Labels", "Social work track"),
    }.get(code, code)


def competency_name(code: str) -> str:
    return {
        "legal_framework": translate("Labels", "Legal framework"),
        "enforcement": translate("Labels", "Enforcement"),
        "gender_sensitivity": translate("Labels", "Gender sensitivity"),
        "victim_centred": translate("Labels", "Victim-centred practice"),
        "access_to_justice": translate("Labels", "Access to justice"),
        "interagency": translate("Labels", "Inter-agency work"),
    }.get(code, code)


def question_type_name(code: str) -> str:
    return {
        "single_choice": translate("Labels", "Single choice"),
        "multiple_response": translate("Labels", "Multiple response"),
        "true_false": translate("Labels", "True or false"),
        "ordering": translate("Labels", "Ordering"),
        "matching": translate("Labels", "Matching"),
        "numeric": translate("Labels", "Number"),
        "scenario": translate("Labels", "Scenario"),
    }.get(code, code)


def number(value: float, digits: int = 1) -> str:
    """A number in the current language's style (decimal comma in Russian and Kazakh)."""
    return QLocale().toString(float(value), "f", digits)


def percent(fraction: float, digits: int = 0) -> str:
    """A share between 0 and 1 as a percentage in the current language's style."""
    return f"{number(fraction * 100, digits)}%"


def duration(seconds: float) -> str:
    """Minutes, or hours and minutes, in words of the current language."""
    minutes = round(seconds / 60)
    if minutes >= 60:
        return translate("Labels", "{0} h {1} min").format(minutes // 60, f"{minutes % 60:02d}")
    return translate("Labels", "{0} min").format(minutes)
