"""A small JSONL corpus the corpus tests share: two stories, duplicates by text, URL and
near copy, a malformed record and one too short to be an article."""

from __future__ import annotations

import json
from pathlib import Path

DAM = [
    "A crack opened in the spillway of the Velmar dam on Thursday after three days of record rainfall, "
    "the regional water authority said, and engineers lowered the reservoir by two metres overnight. "
    "Inspectors will examine the concrete once the water level falls further, and the authority expects "
    "to publish a first assessment of the damage early next week, after divers have checked the gates "
    "and the foundations below the waterline on both banks of the river.",
    "Engineers at the Velmar dam drew the reservoir down by two metres after the spillway cracked on Thursday "
    "following record rain, and about 1,200 residents of Lower Velmar were moved to a school gym.",
]
CUP = [
    "Orlen Rovers beat Castel Athletic on penalties on Saturday to lift the regional cup for the first time "
    "in a decade, with goalkeeper Tamsin Greer saving two spot kicks in front of 8,000 fans.",
    "Goalkeeper Tamsin Greer was the hero as Orlen Rovers won the regional cup final against Castel Athletic "
    "on penalties on Saturday, ending a ten-year wait for a trophy.",
]


def record(text: str, url: str, title: str) -> str:
    outlet = url.split("/")[2].split(".")[0].title() + " News"  # https://echo.invalid/ -> Echo News
    return json.dumps({"url": url, "title": title, "text": text, "source": outlet})


def corpus(path: Path) -> Path:
    lines = [
        record(DAM[0], "https://valley.invalid/dam", "Velmar dam spillway cracks"),
        record(CUP[0], "https://sport.invalid/cup", "Rovers lift the cup"),
        record(DAM[1], "https://river.invalid/dam", "Velmar reservoir drawn down"),
        record(CUP[1], "https://echo.invalid/cup", "Greer the hero for Rovers"),
        record(DAM[0], "https://copy.invalid/dam", "Velmar dam spillway cracks"),  # same text, other URL
        record(CUP[1] + " ", "https://echo.invalid/cup", "Greer the hero"),  # same URL
        record(
            DAM[0].replace("next week", "next month"), "https://repost.invalid/a", "Dam cracks"
        ),  # near copy
        '{"url": "https://broken.invalid/", "text": "unterminated',
        record("Too short.", "https://short.invalid/", "Short"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
