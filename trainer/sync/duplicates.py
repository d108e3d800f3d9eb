"""Which learner profiles are probably the same person registered on two laptops."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


def normalise_name(name: str) -> str:
    """Compare names regardless of case, Unicode form and spacing ("  Aliya  KASYMOVA" = "aliya kasymova")."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    role: str
    region: str
    created: str
    person_id: str


def likely_duplicates(profiles: Iterable[Profile], new_ids: set[str] | None = None) -> list[tuple[Profile, Profile]]:
    """Pairs (duplicate, keep) of profiles with the same normalised name, role and region.

    Profiles already linked to the same person are not offered again. ``keep`` is the earliest
    registered profile of the group; with ``new_ids`` only pairs involving one of those are given.
    """
    groups: dict[tuple[str, str, str], list[Profile]] = {}
    for p in profiles:
        groups.setdefault((normalise_name(p.name), p.role, p.region), []).append(p)
    pairs: list[tuple[Profile, Profile]] = []
    for members in groups.values():
        persons: dict[str, Profile] = {}
        for p in sorted(members, key=lambda p: (p.created, p.id)):
            # One representative per person: the profile the links point at, else the earliest.
            current = persons.get(p.person_id)
            if current is None or p.id == p.person_id:
                persons[p.person_id] = p
        ordered = sorted(persons.values(), key=lambda p: (p.created, p.id))
        keep = ordered[0]
        for dup in ordered[1:]:
            if new_ids is None or dup.id in new_ids or keep.id in new_ids:
                pairs.append((dup, keep))
    return pairs
