"""Corpus stories on cases of the project's own, through ingest into a real store: outlets
wording one event differently join; two events of one kind, in one town on one day, stay apart."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from newsprism.corpus.ingest import ingest
from newsprism.settings import Settings
from newsprism.store import Store

# A town's paper: every article names the town, so the town's name tells no story from another.
BAKERY = {
    "https://harbour.invalid/bakery": (
        "Fire at Brenmoor bakery",
        "Fire crews were called to Kettle Row in Brenmoor before dawn on Tuesday after flames broke out in "
        "the ovens of Ashcombe's bakery. The owner, Jory Ashcombe, said the shop would stay shut for weeks.",
    ),
    "https://coast.invalid/ovens": (
        "Ovens blamed for Kettle Row blaze",
        "An early-morning blaze gutted the kitchen of a family bakery on Brenmoor's Kettle Row on Tuesday, "
        "and investigators believe it began in the ovens. Jory Ashcombe, whose family has run it for decades, "
        "thanked neighbours who raised the alarm.",
    ),
    "https://wire.invalid/baker": (
        "Baker vows to reopen",
        "Jory Ashcombe has promised to reopen the Brenmoor bakery that burned on Tuesday, after crews spent "
        "three hours damping down the building on Kettle Row. Customers have offered to help rebuild it.",
    ),
}
SCHOOL = {
    "https://valley.invalid/school": (
        "Brenmoor school roof fire",
        "Pupils of Larchfield Primary in Brenmoor were sent home on Tuesday after a fire broke out in the "
        "school's roof, where contractors had been working. No child was hurt, the head teacher said.",
    ),
    "https://echo.invalid/larchfield": (
        "Larchfield pupils evacuated",
        "About 300 children were led out of Larchfield Primary in Brenmoor on Tuesday when smoke was seen "
        "coming from the roof, where contractors were repairing the flashing. Parents collected them from the church hall.",
    ),
}
TOWN = [
    (
        "Brenmoor council agrees budget",
        "Brenmoor council approved a budget on Monday that raises spending on roads "
        "and libraries, after a debate in which the opposition called the plan far too cautious.",
    ),
    (
        "Brenmoor library hours extended",
        "The library in Brenmoor will open on Sundays from next month, the council "
        "said, after a survey of readers asked for longer hours. Volunteers will help staff the desk.",
    ),
    (
        "Brenmoor Athletic reach final",
        "Brenmoor Athletic reached the final of the county shield with a late goal "
        "from their captain on Saturday, and will meet the holders at home next month.",
    ),
    (
        "Roadworks on Brenmoor bypass",
        "Drivers on the Brenmoor bypass face delays for six weeks from Monday while "
        "the surface is relaid between the two roundabouts. Buses will follow a diversion through the old town.",
    ),
    (
        "Brenmoor market returns",
        "The farmers' market returns to Brenmoor's square on Saturday, with thirty stalls "
        "and a brass band, after a winter break. Parking will be free for the morning.",
    ),
    (
        "New mayor for Brenmoor",
        "Councillor Wenna Trask was chosen as mayor of Brenmoor at the council's annual "
        "meeting, the first from the village of Pollard to hold the office in its long history.",
    ),
    (
        "Brenmoor choir wins award",
        "Brenmoor Male Voice Choir won first prize at the regional eisteddfod on Sunday, "
        "its third win in five years, singing a setting of an old hymn in four parts.",
    ),
    (
        "Bus route to be cut in Brenmoor",
        "The evening bus from Brenmoor to the coast will stop running in May, the "
        "operator said, blaming a fall in passengers since the winter. Campaigners plan a petition.",
    ),
    (
        "Brenmoor swimming pool to close",
        "Brenmoor's swimming pool will close for a year from June for a new roof "
        "and changing rooms, paid for by the council and a lottery grant of two million.",
    ),
    (
        "Brenmoor woman turns 100",
        "A Brenmoor woman who worked at the town's mill for forty years celebrated her "
        "hundredth birthday on Friday with a party at the care home and a card from the king.",
    ),
]
OTHERS = {f"https://town.invalid/{k}": item for k, item in enumerate(TOWN)}


def _stories(tmp_path: Path) -> dict[str, int]:
    """Each article's corpus story, by its URL, after ingesting the cases in an interleaved order."""
    events = [BAKERY, SCHOOL]
    order = [*OTHERS, *(url for k in range(3) for event in events for url in list(event)[k : k + 1])]
    everything = {url: item for event in [*events, OTHERS] for url, item in event.items()}
    source = tmp_path / "cases.jsonl"
    source.write_text(
        "".join(
            json.dumps({"url": url, "title": everything[url][0], "text": everything[url][1]}) + "\n"
            for url in order
        ),
        encoding="utf-8",
    )
    with Store(tmp_path / "c.db") as store:
        outcome = ingest([str(source)], store, Settings())
        assert outcome.ok == len(order)
    with sqlite3.connect(tmp_path / "c.db") as db:
        return dict(db.execute("SELECT url, story FROM corpus").fetchall())


def test_outlets_wording_one_event_differently_join_and_events_of_one_kind_stay_apart(tmp_path: Path) -> None:
    story = _stories(tmp_path)
    found = [{story[url] for url in event} for event in (BAKERY, SCHOOL)]
    assert [len(stories) for stories in found] == [1, 1]  # each event one story
    assert len(set.union(*found)) == 2  # the town's two fires of one day apart
    assert not {story[url] for url in OTHERS} & set.union(*found)
