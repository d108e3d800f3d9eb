"""Words for the domain's codes (roles, regions, tracks, competencies) in the chosen language.

Only QtCore is needed, so documents (certificates, reports) use these as well as the UI.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_name(code: str) -> str:
    return {
        "police": _t("Police officer"),
        "judge": _t("Judge"),
        "prosecutor": _t("Prosecutor"),
        "social_worker": _t("Social worker"),
    }.get(code, code)


def region_name(code: str) -> str:
    return {
        "astana": _t("Astana"),
        "almaty": _t("Almaty"),
        "shymkent": _t("Shymkent"),
        "abai": _t("Abai Region"),
        "akmola": _t("Akmola Region"),
        "aktobe": _t("Aktobe Region"),
        "almaty_region": _t("Almaty Region"),
        "atyrau": _t("Atyrau Region"),
        "east_kazakhstan": _t("East Kazakhstan Region"),
        "jambyl": _t("Jambyl Region"),
        "jetisu": _t("Jetisu Region"),
        "karaganda": _t("Karaganda Region"),
        "kostanay": _t("Kostanay Region"),
        "kyzylorda": _t("Kyzylorda Region"),
        "mangystau": _t("Mangystau Region"),
        "north_kazakhstan": _t("North Kazakhstan Region"),
        "pavlodar": _t("Pavlodar Region"),
        "turkistan": _t("Turkistan Region"),
        "ulytau": _t("Ulytau Region"),
        "west_kazakhstan": _t("West Kazakhstan Region"),
    }.get(code, code)


def track_name(code: str) -> str:
    return {
        "core": _t("Core curriculum"),
        "police": _t("Police track"),
        "justice": _t("Judges and prosecutors track"),
        "social_work": _t("Social work track"),
    }.get(code, code)


def competency_name(code: str) -> str:
    return {
        "legal_framework": _t("Legal framework"),
        "enforcement": _t("Enforcement"),
        "gender_sensitivity": _t("Gender sensitivity"),
        "victim_centred": _t("Victim-centred practice"),
        "access_to_justice": _t("Access to justice"),
        "interagency": _t("Inter-agency work"),
    }.get(code, code)
