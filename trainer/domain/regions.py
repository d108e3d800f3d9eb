"""Kazakhstan's 17 regions and 3 cities of republican significance, as stable codes.

The UI turns codes into words in the learner's language.
"""

REGIONS: tuple[str, ...] = (
    "abai",
    "akmola",
    "aktobe",
    "almaty_region",
    "atyrau",
    "east_kazakhstan",
    "jambyl",
    "jetisu",
    "karaganda",
    "kostanay",
    "kyzylorda",
    "mangystau",
    "north_kazakhstan",
    "pavlodar",
    "turkistan",
    "ulytau",
    "west_kazakhstan",
)
CITIES: tuple[str, ...] = ("astana", "almaty", "shymkent")
ALL_REGIONS: tuple[str, ...] = CITIES + REGIONS
