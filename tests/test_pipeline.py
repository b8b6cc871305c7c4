from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsprism
from newsprism.corpus.ingest import ingest
from newsprism.errors import DocumentError, NoUsableInput
from newsprism.nlp import _pipeline
from newsprism.pipeline import analyze_corpus_story
from newsprism.settings import Settings, make_settings
from newsprism.store import Store
from tests.corpus.corpora import corpus
from tests.helpers import ROOT, SHARED, STORIES, article_paragraphs, assert_valid_story, written_story

EXAMPLE = ROOT / "examples" / "footbridge"


def test_the_example_story() -> None:
    story = newsprism.analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv")
    assert_valid_story(story.to_json())
    outlets = {a.source for a in story.articles}
    assert outlets == {"The Almira Courier", "Coastline Wire", "Harbour Daily", "Southbank Observer"}
    assert story.counts() == {"ok": 4, "skipped": 0, "failed": 0}
    assert all(r.article for r in story.inputs)
    wire = next(a for a in story.articles if a.source == "Coastline Wire")
    assert wire.published == "2024-05-17T21:40:00+00:00"
    assert wire.author == "Marta Quill"


@pytest.mark.parametrize(
    ("inputs", "manifest"),
    [(sorted((SHARED / "seeds").glob("*.txt")), None), ([EXAMPLE / "articles"], EXAMPLE / "manifest.csv")],
    ids=["seeds", "example"],
)
def test_no_file_name_stands_for_an_outlet_or_a_title(inputs: list[Path], manifest: Path | None) -> None:
    from newsprism.model import article_title, outlet_names
    from newsprism.render.html import render_html
    from newsprism.render.report import Report

    story = newsprism.analyze(inputs, manifest=manifest)
    names = outlet_names(story.articles)
    files = {Path(a.path).name for a in story.articles} | {Path(a.path).stem for a in story.articles}
    shown = [*names.values(), *map(article_title, story.articles)]
    shown += [g for group in story.groups for g in (*group.sources, *group.independent)]
    shown += [item.text for item in story.brief]
    assert not [s for s in shown for f in files if f in s]
    assert all(a.language == "en" and (a.language_probability or 0) > 0.9 for a in story.articles)
    timeline = Report(story).timeline()
    assert [a.published for a in timeline] == sorted(a.published or "" for a in timeline)
    page = render_html(story)
    for a in story.articles:  # in the page only as the input an article without an address came from
        assert page.count(Path(a.path).name) == (0 if a.url else 1), a.path


def test_the_example_timeline_is_in_order_with_times() -> None:
    from newsprism.render.report import Report

    story = newsprism.analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv")
    assert [(a.source, a.published) for a in Report(story).timeline()] == [
        ("Coastline Wire", "2024-05-17T21:40:00+00:00"),
        ("Harbour Daily", "2024-05-17T23:05:00+00:00"),
        ("Southbank Observer", "2024-05-18T08:15:00+00:00"),
        ("The Almira Courier", "2024-05-18T09:30:00+00:00"),  # the page's own time, kept
    ]


def test_the_seeds_against_the_public_gold(tmp_path: Path) -> None:
    story = newsprism.analyze(sorted((SHARED / "seeds").glob("*.txt")))
    out = tmp_path / "story.json"
    out.write_text(story.to_json())
    scorer = SHARED / "tools" / "score_story.py"
    gold = SHARED / "gold" / "seeds.gold.json"
    result = subprocess.run(
        [sys.executable, scorer, out, gold, "--min", "boilerplate_removed=0.9", "--min", "content_kept=1.0"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


MEASURES = ("boilerplate_removed", "content_kept", "entity_merge", "entity_apart", "quote_recall",
            "speaker_accuracy", "quote_precision", "attribution", "corroborates", "contradicts", "single_source",
            "framing", "reuse_recall", "reuse_precision", "off_story", "brief_cited", "brief_both_sides")  # fmt: skip
# Measures of the newer stories not yet at 1.00: two statements of one fact that the groups
# keep apart (hallendra).
# Floors at what they reach, to be raised as they are fixed.
# ferrindale: the governor's two statements taken for one point (FALSE_POINTS).
# harlowe: the wire's toll inside its sentence of the verdict ("sentenced ... over the fire
# that killed 23 passengers ... in 2024") is not matched with another outlet's "The fire
# killed 23 people"; one dispute left out of the brief as uncertain.
# ombrevale: "more than 300 have fallen ill" beside the toll in the wire's lead, against "More
# than 300 people have fallen ill since the first cases were reported last week" (another
# time, by its "last week"); "Investigators have traced the outbreak to contaminated water"
# against "its supply was never contaminated" (no predicate in common).
# tarnbridge: "rampage" and "chaos" are in no lexicon the project cites, so not marked.
# aldous: "Aldous said he would remain a member of parliament" is the best match of his
# denial and of his admission of wrongdoing in two other outlets (one subject, different
# facts), so not single-sourced.
# brackenholt: "the names ... of 2.3 million customers" stolen and "about 2.3 million people"
# exposed are not joined, nor is the copy's 3.2 million set against the second: a count of
# customers and one of people are two quantities, and neither figure's measure is read.
# halvercote: the buyer "Tolvane Re", which the model does not read as a name. The wire's
# "annual profit fell 18 percent ... on Tuesday" against a union's "profit rose 3 percent
# last year" is found (opposite predicates of one thing) but uncertain, so out of the brief.
# ardwyn: "More than 3,000 people were moved out of their homes" says no evacuation in a word
# the table knows, and "two days after the river burst its banks" takes its place; the
# defences "had held" against the wall "failed" ("hold" is in no lexicon of opposites: most
# of its uses are not that sense).
# kelder: "acted lawfully" (in the clause "ruling that ...") against "the court ruled that
# the refusal ... had been unlawful": the subjects differ (the government, its refusal) and
# what a court rules is read as no frame of its own. "upheld" and "dismissed the challenge"
# are one fact only through the contested point they share.
# thornwell: the result "3-1" is a tally, no figure, so the local paper's "The 3-1 win over
# Dunloe City" is no point with the wire's sentence of the final; "scored twice" against
# "scored all three" (no figure in "twice"), taken for one point (FALSE_POINTS).
# velsund: "its fourth increase this year", inside the wire's sentence of the rise, against
# "raised rates four times this year" (an ordinal is read as no count, "four times" as a
# multiple).
# kavrosh: "released after weeks of negotiations" against "freed ... in a raid by government
# troops": how a thing came about is read only as a cause ("caused by"), and neither claim
# says one.
# tornmouth: "A broken rail caused the derailment, the rail operator, Aldmoor Trains, said":
# the parser hangs the operator on "derailment" and leaves "said" without a subject, so the
# claim has no source.
BELOW_TARGET = {
    "hallendra": {"corroborates": 0.5},
    "ferrindale": {"single_source": 0.75},
    "harlowe": {"corroborates": 0.66, "brief_both_sides": 0.85},
    "ombrevale": {"corroborates": 0.66, "contradicts": 0.75},
    "halvercote": {"entity_merge": 0.8},
    "brackenholt": {"corroborates": 0.66, "contradicts": 0.75, "brief_both_sides": 0.75},
    "aldous": {"single_source": 0.75},
    "tarnbridge": {"framing": 0.5},
    "ardwyn": {"corroborates": 0.75, "contradicts": 0.8, "brief_both_sides": 0.8},
    "kelder": {"contradicts": 0.8, "brief_both_sides": 0.8},
    "velsund": {"corroborates": 0.66},
    "thornwell": {"corroborates": 0.66, "contradicts": 0.8},
    "kavrosh": {"contradicts": 0.83},
    "tornmouth": {"attribution": 0.66},
}


@pytest.mark.parametrize(
    "name",
    [
        "dunmore",
        "vostrel",
        "kestrava",
        "hallendra",
        "brisselmoor",
        "tallisk",
        "ferrindale",
        "orlivane",
        "harlowe",
        "veldmark",
        "ombrevale",
        "halvercote",
        "ambray",
        "carrowby",
        "brackenholt",
        "cadrebury",
        "aldous",
        "orlen",
        "tarnbridge",
        "solenne",
        "vantory",
        "brindlecombe",
        "korrindal",
        "droskel",
        "ardwyn",
        "kelder",
        "velsund",
        "thornwell",
        "merrowvale",
        "hesselby",
        "saltmarrow",
        "brannerly",
        "sorrel",
        "quarrendon",
        "kavrosh",
        "merrisk",
        "halcyon",
        "wexmoor",
        "tornmouth",
    ],
)
def test_stories_of_other_events_against_their_gold(tmp_path: Path, name: str) -> None:
    """Stories written for the tests, scored like the seeds by the shared scorer: a wire
    report, a copy, an independent report with another figure and a distractor
    (dunmore); a wire report, a rewrite in other words with a name spelled another way,
    an independent report with another count and a distractor about another fire (vostrel);
    a storm's damage in dollars with one outlet off by ten, "at least nine" injured against
    11, a headline summing up three body claims (kestrava); a trial reported met and missed,
    a copy with one figure changed, an article of unknown outlet (hallendra); a council vote
    reported as approved and as rejected, a mayor and a councillor on opposite sides in one
    outlet (brisselmoor); a toll as "at least seven", five and nine in three outlets' own words,
    repairs at EUR 9.5 million against 95 million euros, a copy of unknown outlet with the
    injured changed from 52 to 25, a mayor and an operator on opposite sides in one outlet
    (tallisk); a toll as "at least 12", eight and twelve, homes destroyed as more than 600 and
    340, insured losses as $2.3 billion and $230 million, a power company's denial against fire
    officials' account, an independent article of unknown outlet (ferrindale); jobs cut as
    1,400 in three outlets' words and "about 1,100" in a fourth, an investment of 250 million
    euros against EUR 25 million, shares up 4 percent against down 2, a minister and a
    governor on opposite sides in one outlet, a company named in full and short, a distractor
    about another company's plant (orlivane); a prison term as nine years in three outlets
    and seven in a fourth, a fine of £4.5 million against £450,000, an appeal announced and
    ruled out, a plea of not guilty against guilty, a toll of 23 against 21 (harlowe); a vote
    share as 54 percent against 51, a turnout given with the last election's beside it, a
    defeat conceded and not conceded, a rewrite of the wire, a winner named in full by a
    given name the tagger does not know (veldmark); a toll of "at least six" on one day and
    eleven the next, no dispute, vaccine doses as 12,000, 1,200 and, in a copy, 21,000, a
    company's denial reported by two outlets, an anonymous official (ombrevale); a bank's
    profit down 18 percent against up 3, provisions of 900 million euros against 90 million,
    700 of the 2,000 jobs cut in one town, "no plans to sell" against "in talks to sell"
    (halvercote); a risk "20 percent more likely" against "twice as likely", a study of 40,000
    children against 4,000, a link found and not found (ambray); a "48-hour" strike that is
    a "two-day" one, a pay offer of 4.5 percent against 5 percent by one subject and
    predicate, "no new talks have been scheduled" against "talks are due to resume", two
    counts of strikers from two sources in one article, a rewrite that shares a word-for-word
    run with a claim it rewrites (carrowby); a copy with 2.3 million changed to 3.2 million, a
    company's denial that card details were "taken" or "stolen" against an article of unknown
    outlet's "were also taken", a researcher and the company on opposite sides in one
    article, "a year" of credit monitoring that is "12 months" (brackenholt); an earthquake's
    magnitude as 6.1 and 6.4 and its depth as 10 and 15 kilometres, a national paper that
    gives both magnitudes in one sentence, "no tsunami warning was issued" against
    "authorities issued a tsunami warning", a clock time, a 12th-century church and tents
    that are no figures (cadrebury); a minister who "resigned" against one "sacked", €2.8 million
    against €28 million paid, "denied any wrongdoing" against "admitted wrongdoing", 18 months
    in the post against two years, a prime minister named by her family name alone in a
    headline (aldous); a recall of 120,000 cars against 1.2 million vehicles, "no injuries have
    been reported" against "two drivers were hurt", a distractor about another maker's
    recall (orlen); a march of "about 5,000" by the police and "more than 20,000" by the
    organisers in one article against a tabloid's "some 20,000", "officers had not used tear
    gas" against "police fired tear gas", a place the model cuts short ("Ashby" of "Ashby
    Fold"), loaded words (tarnbridge); an emergency landing, "no one was injured" against "three
    passengers were treated in hospital for minor injuries", a fire "caused by a fault in the
    engine's fuel line" against "a bird strike caused the fire", "166 passengers and six crew"
    beside "172 people on board" (no dispute), a destination and an airport's town read as
    places, an airline's name with its model's code (solenne); a bid of "$12 a share" against
    "$12.50-a-share" beside one total value, a board that "rejected" the offer against one
    that "accepted" it, shares up 22 percent against 18, an article that ends "Greyholm
    declined to comment." (vantory); a roof that "collapsed on Tuesday evening" against one
    that "fell in on Wednesday morning", repairs at "between £2 million and £3 million" and
    "about £2.5 million" against "an estimated £25 million" (brindlecombe); a ban "from June
    1" against one "from January", fines of "up to €5,000" against "up to €50,000", a
    minister and a retailers' chief on opposite sides in one article (korrindal); a toll as "at
    least 14" miners against "Nineteen miners", 31 miners "pulled out alive" against 27
    workers "brought to the surface alive", a tunnel that "passed" a safety inspection against
    one that "failed" it, a fine of "1.2 million dollars" against "$12 million", a depth of 800
    metres against 600, a company's denial beside its silence in another outlet, a union leader
    and the company on opposite sides in one article, a distractor about a strike at another
    mine (droskel); evacuations as "more than 3,000" in two outlets' words against "about
    1,500", "two people are still missing" against "no one else is missing", a river's peak
    as 5.2 metres against 4.8, the damage as £40 million against £4 million, defences that
    "held" against a wall that "failed", the highest "since records began in 1884", a
    distractor about flooded roads in another town (ardwyn); a court's ban "upheld" against
    "overturned", the developer's challenge "dismissed" against its case "won", "would appeal"
    against "had not decided whether to appeal", "acted lawfully" against "unlawful", a
    "40-turbine" farm against a "32-turbine" project, "18 million euros in damages" that are
    "€18 million in compensation", a distractor about a solar park elsewhere (kelder); a rate
    raised by "a quarter of a percentage point to 4.25 percent" against "half a percentage
    point to 4.5 percent", a bank named with its country's name and without it, another
    bank of the same initials, six of nine votes against "unanimous", a distractor about
    retail sales (velsund); a cup final's result as "3-1" in three outlets, a crowd as
    "52,000 fans" against "A crowd of 25,000" and, in a copy of unknown outlet, 62,000, a
    striker who "scored twice" against "scored all three", a manager to "stay at the club"
    against "leave the club", a captain "sent off" against his club's "had not been sent
    off", a council leader and a councillor on opposite sides in one outlet, a club named in
    full and by its last word, a distractor about a tennis final (thornwell); a heatwave's
    temperature as 44.1C, a national record, against 41.4C short of it and, in a copy of
    unknown outlet, 48.1C, "at least nine" dead against 22, a hosepipe ban that "would begin
    on Friday" against "no plans for a hosepipe ban", a distractor about a regatta
    (merrowvale); a raid's arrests as three against two, £2.4 million stolen against £240,000
    and, in a copy of unknown outlet, £4.2 million, "charged with robbery" against "released
    without charge", "no shots were fired" against a guard "shot" and shots heard, a
    councillor and the mayor on opposite sides in one outlet, a distractor about the same
    town's library (hesselby); a fraud verdict "unanimous" against "by a majority of ten to
    two", a barrister's "he would appeal" against her "client had not decided whether to
    appeal", about £300,000 recovered against none, a sum stolen over six years against four
    and, in a copy of unknown outlet, £1.5 million against £1.2 million, a council leader and
    a councillor on opposite sides in one outlet, a distractor about the same town's fete
    (saltmarrow); a club's appeal "rejected" and "thrown out" against "won their appeal", a
    chairman's "the club would take the case" to a higher court against "considering whether
    to take the case further", a supporters' trust named after the club in an article of
    unknown outlet, a distractor about another club's stand (brannerly); a spill's size as
    "About 3,000 tonnes ... leaked" in two outlets against "30,000 tonnes ... escaped", "The
    leak was stopped" against "Oil was still leaking", an owner's "it would pay for the
    clean-up" against "has not decided whether to pay", a distractor about the same town's
    market (sorrel); a power cut's homes as "About 180,000" in two outlets' words against
    250,000, power "restored to all homes" against 18,000 homes "still without electricity"
    (no dispute with the 180,000 that lost it), a fire "not treated as suspicious" against
    "treated as suspicious", rail services suspended for three hours against five, a start
    "shortly after 6 p.m." against "just before 9 p.m.", a rewrite of the wire, a mayor and
    the operator's chief on opposite sides in one outlet, a distractor about the same city's
    buses (quarrendon); aid workers freed as "All 12" against "Ten of the 12" and, in a copy of
    unknown outlet, "All 14", "released after weeks of negotiations" against freed "in a raid
    by government troops", "No ransom was paid" against "A ransom of $2 million was paid", an
    armed group's claim of responsibility against "No group has claimed responsibility",
    held for 19 days against 26, the day of a statement beside the day of the release, a
    minister and the families on opposite sides in one outlet, a distractor about the same
    province's apple festival (kavrosh); a ferry's toll as "At least 30" against 43, no
    dispute, 120 passengers on board by its operator against "more than 200 people" by
    survivors, the search "called off" against divers "still searching", "not overloaded"
    credited by a verb the parser joins to the sentence against "overloaded", a captain
    "arrested" against "missing", a copy of unknown outlet with 52 rescued changed to 25, a
    minister and the operator on opposite sides in one outlet, a distractor about the same
    town's library (merrisk); a rocket that "failed to reach orbit" against one that "reached
    orbit", a lift-off "at 9.14 a.m." against "at 9.41 a.m.", a satellite "worth about $85
    million" against "$58 million", an independent article of unknown outlet, the weather
    agency's director and the company's chief on opposite sides in one outlet, a distractor
    about the same town's lifeboat (halcyon); a transfer fee of £45 million against £54
    million and, in a copy of unknown outlet, £4.5 million, a "five-year contract" against a
    "four-year contract", "He passed his medical" against "failed his medical", the fans
    and the selling club's chairman on opposite sides in one outlet, a distractor about the
    same town's leisure centre (wexmoor); a derailment's injured as "Forty-two passengers were
    taken to hospital" against 24, no dispute between "shortly after 8 a.m." and "at about
    8.15 a.m.", "A broken rail caused the derailment" against "excessive speed caused the
    derailment", "The line will reopen on Wednesday" against "will stay closed until at
    least next week", a distractor about the same town's fair (tornmouth)."""
    out = tmp_path / "story.json"
    out.write_text(written_story(name).to_json())
    floors = {m: BELOW_TARGET.get(name, {}).get(m, 1.0) for m in MEASURES}
    result = subprocess.run(
        [sys.executable, SHARED / "tools" / "score_story.py", out, STORIES / f"{name}.gold.json",
         *(f"--min={m}={f}" for m, f in floors.items())],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


# Every point of each story that more than one independent outlet states (its claims
# corroborated or contested, by the first 40 characters of their text) and every
# contradiction, each read and judged right by hand: any other is a false finding.
# ("At least nine people were injured" is borne out by "treated 11 people": one point.)
RELATIONS: dict[str, tuple[list[tuple[str, ...]], list[tuple[str, str]]]] = {
    "dunmore": (
        [
            (
                "Boil-water notice issued for 42,000 in D",
                "DUNMORE — Calder Water ordered 42,000 re",
                "Dunmore told to boil tap water after bac",
                "Calder Water told 42,000 people in Dunmo",
                "About 38,000 people in Dunmore were told",
            ),
            ("Officials suspect that runoff from last ", "Priya Ramanathan, the utility's chief ex"),
            ("Three schools in the Dunmore district cl", "Three Dunmore schools shut their doors o"),
        ],
        [
            ("DUNMORE — Calder Water ordered 42,000 re", "About 38,000 people in Dunmore were told"),
        ],
    ),
    "vostrel": (
        [
            (
                "Firefighters brought the blaze under con",
                "It took firefighters roughly five hours ",
                "Fire service spokesman Dmytro Kovalchuk ",
            ),
            (
                "Norvane Chemicals said the warehouse hel",
                "According to Norvane Chemicals, the buil",
                "Norvane Chemicals denied that any solven",
            ),
        ],
        [],
    ),
    "kestrava": (
        [
            (
                "Storm Idrenne topples crane at Kestrava ",
                "At least nine people were injured when S",
                "The storm injured at least nine people, ",
                "St. Brennagh's Hospital said on Tuesday ",
            ),
            (
                "A ship-to-shore crane at the container t",
                "One of the port's container cranes toppl",
                "The 60-metre crane, one of six at the co",
            ),
            (
                "Two tugboats sank at their moorings in t",
                "Two tugs also went to the bottom of the ",
                "Two harbour tugs went down at their bert",
            ),
            ("Gusts of up to 150 km/h were recorded at", "The weather service measured gusts of 15"),
            (
                "The Kestrava Port Authority put its init",
                "The Kestrava Port Authority's initial es",
                "The Kestrava Port Authority has estimate",
            ),
            ("The port will remain closed to shipping ", "The authority said the port would stay s"),
        ],
        [
            ("The Kestrava Port Authority's initial es", "The Kestrava Port Authority has estimate"),
            ("The Kestrava Port Authority put its init", "The Kestrava Port Authority's initial es"),
        ],
    ),
    "hallendra": (
        [
            ("The SOLVEIG-3 trial met its primary goal", "The SOLVEIG-3 trial missed its primary g"),
            (
                "The trial enrolled 1,180 adults with mod",
                "The trial enrolled 1,810 adults with mod",
                "The trial followed adults with moderate ",
            ),
            ("Nausea was the most common side effect, ", "The side effect reported most often in t"),
            ("He said detailed results would be presen", "The detailed results are due to be prese"),
        ],
        [
            ("The trial enrolled 1,180 adults with mod", "The trial enrolled 1,810 adults with mod"),
            ("The SOLVEIG-3 trial met its primary goal", "The SOLVEIG-3 trial missed its primary g"),
        ],
    ),
    "brisselmoor": (
        [
            (
                "Council approves sale of Tanner's Yard f",
                "Brisselmoor city council voted 8-5 on Tu",
                # not the local paper's headline "councillors reject ... sale": it was in the
                # point as a paraphrase of the wire's headline "Council approves sale", and
                # opposite predicates are no one point unless found as the contradiction
                "Councillors in Brisselmoor backed the sa",
                "Brisselmoor city council on Tuesday nigh",
            ),
            ("The site has stood empty since the tanne", "Tanner's Yard, on the south bank of the "),
            ("The city will also spend EUR 38 million ", "The city has pledged EUR 38 million for "),
            (
                "Mayor Ottilie Brandvold, who has champio",
                "Mayor Ottilie Brandvold has argued that ",
                "Mayor Ottilie Brandvold had urged counci",
            ),
            (
                "Councillor Ragnar Feeney, who led the op",
                "Opponents on the council, led by Ragnar ",
                "Councillor Ragnar Feeny argued during th",
            ),
            (
                "Athletic, who play in the second divisio",
                "Athletic have played their home matches ",
                "The club has played at the city rugby gr",
            ),
            (
                "The decision still needs the approval of",
                "A decision is expected in the autumn.",
                "The regional planning board, which would",
            ),
        ],
        [
            ("Brisselmoor city council voted 8-5 on Tu", "Brisselmoor city council on Tuesday nigh"),
            ("Councillors in Brisselmoor backed the sa", "Brisselmoor city council on Tuesday nigh"),
        ],
    ),
    "tallisk": (
        [
            (
                "Passenger train derails near Tallisk, ki",
                "A passenger train left the tracks on a b",
                "Five people died and dozens were hurt wh",
                "Nine people were killed when the morning",
                "Tallisk General Hospital said it had tre",
            ),
            ("The regional express was carrying about ", "The express was carrying about 300 passe"),
            ("Corvane Rail, which operates the line, e", "Repairs to the line and to the Alder Cre"),
            ("The company said the signalling on the l", "The signals on the line had been inspect"),
            ("The Rail Accident Board has opened an in", "Odile Marchetti, a spokeswoman for the R"),
            ("Services between Tallisk and Sarnow will", "Trains between Tallisk and Sarnow will n"),
            ("The Federation of Train Crews said the d", "Corvane Rail denied that its staff had r"),
        ],
        [
            ("A passenger train left the tracks on a b", "A passenger train left the tracks on a b"),
            ("Corvane Rail, which operates the line, e", "Repairs to the line and to the Alder Cre"),
            ("Five people died and dozens were hurt wh", "A passenger train left the tracks on a b"),
            ("Five people died and dozens were hurt wh", "Nine people were killed when the morning"),
            ("The Federation of Train Crews said the d", "Corvane Rail denied that its staff had r"),
            ("Tallisk General Hospital said it had tre", "A passenger train left the tracks on a b"),
        ],
    ),
    "ferrindale": (
        [
            (
                "Ferrindale wildfire kills at least 12, f",
                "At least 12 people have died in a wildfi",
                "Eight people were killed when a fast-mov",
                "Twelve people died in the fire, the coun",
            ),
            ("The fire has burned 18,000 hectares of f", "The fire has burned about 18,000 hectare"),
            ("more than 600 homes were destroyed.", "The fire destroyed 340 homes in Ferrinda"),
            ("Insurers estimate losses from the fire a", "Halvorsen Mutual put insured losses at $"),
            ("Westvale Power said its equipment did no", "Fire officials said a power line owned b"),
        ],
        [
            ("At least 12 people have died in a wildfi", "Eight people were killed when a fast-mov"),
            ("Insurers estimate losses from the fire a", "Halvorsen Mutual put insured losses at $"),
            ("Eight people were killed when a fast-mov", "Twelve people died in the fire, the coun"),
            ("more than 600 homes were destroyed.", "The fire destroyed 340 homes in Ferrinda"),
            ("Westvale Power said its equipment did no", "Fire officials said a power line owned b"),
        ],
    ),
    "orlivane": (
        [
            (
                "Orlivane to close Dessenbrook van plant,",
                "Orlivane Motors said on Wednesday it wou",
                "Orlivane Motors will shut its Dessenbroo",
                "The closure will cost 1,400 jobs at the ",
                "Orlivane Motors is closing its van plant",
                "about 1,400 jobs will go.",
            ),
            ("The company said sales of its diesel van", "Chief executive Hanne Ruusk blamed weak "),
            (
                "Orlivane said it would move van producti",
                "Production will move to the company's pl",
                "Van production will move to Vaskora, whe",
            ),
            ("The Metalworkers' Federation said worker", "Workers at the Orlivane van plant in Des"),
            ("Shares in Orlivane rose 4 percent in ear", "Orlivane's shares fell 2 percent on the "),
            ("Federation leader Teodor Brask said the ", "The company said in a statement that the"),
        ],
        [
            ("Orlivane said it would move van producti", "Production will move to the company's pl"),
            ("Production will move to the company's pl", "Van production will move to Vaskora, whe"),
            ("Orlivane Motors said on Wednesday it wou", "Orlivane Motors will shut its Dessenbroo"),
            ("Shares in Orlivane rose 4 percent in ear", "Orlivane's shares fell 2 percent on the "),
            ("Orlivane Motors will shut its Dessenbroo", "The closure will cost 1,400 jobs at the "),
            ("Orlivane Motors will shut its Dessenbroo", "about 1,400 jobs will go."),
            ("Federation leader Teodor Brask said the ", "The company said in a statement that the"),
        ],
    ),
    "harlowe": (
        [
            (
                "Former Castellane chief jailed for nine ",
                "A court in Harlowe on Friday sentenced O",
                "Osric Vell, who ran Castellane Shipping ",
                "Relatives of the victims of the Merrow S",
                "Osric Vell, the former head of Castellan",
            ),
            ("Judge Marit Halloway said Vell had ignor", "Judge Marit Halloway told the court that"),
            ("The court also fined Castellane Shipping", "Castellane Shipping was fined £450,000."),
            ("Vell's lawyer, Desmond Achterberg, said ", "His lawyer said Vell would not appeal."),
            ("Vell had pleaded not guilty to 23 counts", "Vell pleaded guilty to the charges in Ma"),
            ("The fire killed 23 people, most of them ", "The Merrow Star fire killed 21 people."),
        ],
        [
            ("The court also fined Castellane Shipping", "Castellane Shipping was fined £450,000."),
            ("Osric Vell, who ran Castellane Shipping ", "Osric Vell, the former head of Castellan"),
            ("A court in Harlowe on Friday sentenced O", "Osric Vell, who ran Castellane Shipping "),
            ("Vell had pleaded not guilty to 23 counts", "Vell pleaded guilty to the charges in Ma"),
            ("Osric Vell, who ran Castellane Shipping ", "Relatives of the victims of the Merrow S"),
            ("Vell's lawyer, Desmond Achterberg, said ", "His lawyer said Vell would not appeal."),
            ("The fire killed 23 people, most of them ", "The Merrow Star fire killed 21 people."),
        ],
    ),
    "veldmark": (
        [
            (
                "Orsola Denz wins Veldmark mayoral race w",
                "Orsola Denz won the race for mayor of Ve",
                "Denz elected Veldmark mayor",
                "Orsola Denz was elected mayor of Veldmar",
                "Orsola Denz won the Veldmark mayoral ele",
                "She won 54 percent of the vote.",
            ),
            (
                "Turnout was 62 percent, up from 48 perce",
                "Turnout reached 62 percent, against 48 p",
                "Turnout was 62 percent.",
                "Turnout rose to 62 percent.",
            ),
            (
                "Arkwright conceded defeat late on Sunday",
                "Late on Sunday Arkwright conceded defeat",
                "Arkwright refuses to concede as Denz cla",
                "Piet Arkwright refused to concede, sayin",
            ),
        ],
        [
            ("Orsola Denz won the race for mayor of Ve", "Orsola Denz won the Veldmark mayoral ele"),
            ("Orsola Denz won the Veldmark mayoral ele", "She won 54 percent of the vote."),
            ("Arkwright conceded defeat late on Sunday", "Piet Arkwright refused to concede, sayin"),
        ],
    ),
    "ombrevale": (
        [
            ("Health ministry spokesman Joost Varnier ", "Investigators have traced the outbreak t"),
            ("Callowmere Water, which runs the reservo", "Callowmere Water has said its supply was"),
            (
                "The ministry has sent 12,000 doses of or",
                "The ministry has sent 1,200 doses of ora",
                "The ministry has sent 21,000 doses of or",
            ),
        ],
        [
            ("The ministry has sent 12,000 doses of or", "The ministry has sent 21,000 doses of or"),
            ("The ministry has sent 12,000 doses of or", "The ministry has sent 1,200 doses of ora"),
            ("The ministry has sent 1,200 doses of ora", "The ministry has sent 21,000 doses of or"),
        ],
    ),
    "halvercote": (
        [
            (
                "Halvercote Bank profit falls 18% as loan",
                "Halvercote Bank said on Tuesday its annu",
                "Halvercote Bank's profit dropped 18 perc",
                "Halvercote's profit rose 3 percent last ",
                "Halvercote Bank made a profit of 2.4 bil",
            ),
            (
                "The bank set aside 900 million euros for",
                "Provisions for bad loans rose to EUR 900",
                "It set aside 90 million euros for bad lo",
            ),
            (
                "Chief executive Aurelie Brannstrom said ",
                "Halvercote profit slides, bank to cut 2,",
                "The bank plans to cut 2,000 jobs by 2028",
            ),
            ("Shares in Halvercote fell 6 percent by m", "Shares in the bank closed 6 percent lowe"),
            ("Brannstrom said the bank had no plans to", "People familiar with the matter said the"),
        ],
        [
            ("Brannstrom said the bank had no plans to", "People familiar with the matter said the"),
            ("The bank set aside 900 million euros for", "It set aside 90 million euros for bad lo"),
            ("Provisions for bad loans rose to EUR 900", "It set aside 90 million euros for bad lo"),
            ("Halvercote Bank's profit dropped 18 perc", "Halvercote's profit rose 3 percent last "),
            ("Halvercote Bank said on Tuesday its annu", "Halvercote's profit rose 3 percent last "),
        ],
    ),
    "ambray": (
        [
            (
                "Living near busy roads raises child asth",
                "Children who live within 200 metres of a",
                "The researchers followed 40,000 children",
                "Busy roads double asthma risk for kids",
                "Children living near busy roads are twic",
                "Scientists tracked 4,000 children across",
                "Researchers at Ambray University studied",
                "A study of 40,000 children found a 20 pe",
            ),
            ("The study did not find a link between ro", "Road noise was also linked to asthma, th"),
        ],
        [
            ("Children living near busy roads are twic", "A study of 40,000 children found a 20 pe"),
            ("Children who live within 200 metres of a", "Children living near busy roads are twic"),
            ("The study did not find a link between ro", "Road noise was also linked to asthma, th"),
            ("The researchers followed 40,000 children", "Scientists tracked 4,000 children across"),
            ("Scientists tracked 4,000 children across", "Researchers at Ambray University studied"),
            ("Scientists tracked 4,000 children across", "A study of 40,000 children found a 20 pe"),
        ],
    ),
    "carrowby": (
        [
            (
                "Nurses begin 48-hour strike at Carrowby ",
                "Nurses at three hospitals in Carrowby wa",
                "Thousands of nurses in Carrowby stopped ",
                "Wards at Carrowby General Hospital were ",
                "Carrowby nurses strike for two days afte",
            ),
            (
                "The union is seeking a 9 percent pay ris",
                "The union wants a pay rise of 9 percent ",
                "The Nursing and Midwifery Union wants a ",
            ),
            ("The health board has offered 4.5 percent", "The health board offered nurses a rise o"),
            (
                "The board said 1,150 planned operations ",
                "Some 1,150 planned operations and clinic",
                "more than 1,100 planned operations were ",
            ),
            ("No new talks between the two sides have ", "Talks between the union and the board ar"),
        ],
        [
            ("The health board has offered 4.5 percent", "The health board offered nurses a rise o"),
            ("No new talks between the two sides have ", "Talks between the union and the board ar"),
        ],
    ),
    "brackenholt": (
        [
            ("Brackenholt Home says hackers stole data", "Brackenholt Home, the DIY chain, said on"),
            (
                "The company said no payment card details",
                "This looks like card data skimmed at che",
                "Brackenholt has said that no payment car",
                "Payment card details were also taken, ac",
            ),
            ("Customers will be offered a year of free", "The chain is offering affected customers"),
        ],
        [
            ("Brackenholt Home, the DIY chain, said on", "Brackenholt Home, the DIY chain, said on"),
            ("The company said no payment card details", "Payment card details were also taken, ac"),
            ("Brackenholt has said that no payment car", "Payment card details were also taken, ac"),
        ],
    ),
    "cadrebury": (
        [
            (
                "Earthquake kills at least 14 near Cadreb",
                "A magnitude 6.1 earthquake struck near t",
                "A powerful magnitude 6.4 earthquake shoo",
                "The International Geophysical Survey mea",
                "At least 14 people were killed, accordin",
                "What we know about the Cadrebury earthqu",
                "The earthquake had a magnitude of 6.1, a",
            ),
            (
                "The quake hit at 3:12 a.m. at a depth of",
                "The National Seismological Centre put th",
                "It struck at a depth of 10 km.",
            ),
            ("No tsunami warning was issued.", "Authorities issued a tsunami warning for"),
            ("We have teams digging by hand because th",),
            ("Inés Arbolay, a seismologist at the cent", "The last earthquake this strong in the r"),
        ],
        [
            ("The quake hit at 3:12 a.m. at a depth of", "The National Seismological Centre put th"),
            ("A magnitude 6.1 earthquake struck near t", "A powerful magnitude 6.4 earthquake shoo"),
            ("The National Seismological Centre put th", "It struck at a depth of 10 km."),
            ("A powerful magnitude 6.4 earthquake shoo", "The earthquake had a magnitude of 6.1, a"),
            ("No tsunami warning was issued.", "Authorities issued a tsunami warning for"),
        ],
    ),
    "aldous": (
        [
            (
                "Transport Minister Corvin Aldous resigne",
                "Corvin Aldous was sacked as transport mi",
                "Corvin Aldous, who represents Harboursid",
                "He quit after auditors discovered that t",
            ),
            (
                "Aldous denied any wrongdoing.",
                "Aldous admitted wrongdoing in a short st",
                "Aldous said he would remain a member of ",
            ),
            ("Prime Minister Ysolde Brennagh accepted ", "Petra Salmanova, 44, was appointed actin"),
            ("Aldous had been in the post for 18 month", "Aldous had held the post for two years."),
        ],
        [
            ("Aldous had been in the post for 18 month", "Aldous had held the post for two years."),
            ("Transport Minister Corvin Aldous resigne", "Corvin Aldous was sacked as transport mi"),
            ("Aldous denied any wrongdoing.", "Aldous admitted wrongdoing in a short st"),
            ("Corvin Aldous was sacked as transport mi", "He quit after auditors discovered that t"),
            ("Corvin Aldous was sacked as transport mi", "Corvin Aldous, who represents Harboursid"),
        ],
    ),
    "orlen": (
        [
            (
                "Orlen Motors recalls 120,000 cars over b",
                "Orlen Motors is recalling 120,000 cars i",
                "Orlen Motors will call back 1.2 million ",
                "Orlen Motors has asked owners of 120,000",
            ),
            ("No injuries have been reported, the comp", "Two drivers were hurt in crashes that ma"),
            (
                "Orlen said the recall would cost about €",
                "The carmaker expects the recall to cost ",
            ),
            ("the repair will take about two hours at ", "The fix takes around two hours, dealers "),
        ],
        [
            ("Orlen Motors is recalling 120,000 cars i", "Orlen Motors will call back 1.2 million "),
            ("Orlen Motors will call back 1.2 million ", "Orlen Motors has asked owners of 120,000"),
            ("No injuries have been reported, the comp", "Two drivers were hurt in crashes that ma"),
        ],
    ),
    "tarnbridge": (
        [
            (
                "About 5,000 people marched through Tarnb",
                "Some 20,000 protesters poured into Tarnb",
                "Thousands of people joined a march throu",
            ),
            (
                "Police arrested 12 people after scuffles",
                "A dozen people were arrested.",
                "Police made 12 arrests.",
            ),
            ("A police spokesman said officers had not", "Police fired tear gas at a mob outside t"),
            (
                "The regional health authority plans to m",
                "The hospital's 300 beds are due to move ",
                "All 300 beds at Tarnbridge General Hospi",
            ),
        ],
        [
            ("About 5,000 people marched through Tarnb", "Some 20,000 protesters poured into Tarnb"),
            ("A police spokesman said officers had not", "Police fired tear gas at a mob outside t"),
        ],
    ),
    "solenne": (
        [
            (
                "Solenne Air jet makes emergency landing ",
                "A Solenne Air passenger jet made an emer",
                "Solenne Air A320 returns to Pellingham w",
                "A Solenne Air A320 bound for Marrasay re",
            ),
            ("The Airbus carrying 166 passengers and s", "The aircraft landed safely 20 minutes af"),
            ("No one was injured, the airline said.", "Three passengers were treated in hospita"),
            ("The airport closed for two hours, delayi", "The airport was closed for about two hou"),
            ("The airline said the fire was caused by ", "Investigators believe a bird strike caus"),
        ],
        [
            ("The airline said the fire was caused by ", "Investigators believe a bird strike caus"),
            ("No one was injured, the airline said.", "Three passengers were treated in hospita"),
        ],
    ),
    "vantory": (
        [
            (
                "Greyholm bids $3.4 billion for rival Van",
                "Greyholm Group has offered $12 a share i",
                "Greyholm Group made a $12.50-a-share off",
            ),
            (
                "Vantory's board rejected the offer, sayi",
                "The Vantory board accepted the offer, ac",
                "Vantory's board turned down the $12-a-sh",
            ),
            ("Shares in Vantory jumped 22 percent on M", "Vantory shares rose 18 percent on Monday"),
        ],
        [
            ("Greyholm Group has offered $12 a share i", "Greyholm Group made a $12.50-a-share off"),
            ("Shares in Vantory jumped 22 percent on M", "Vantory shares rose 18 percent on Monday"),
            ("Vantory's board rejected the offer, sayi", "The Vantory board accepted the offer, ac"),
            ("The Vantory board accepted the offer, ac", "Vantory's board turned down the $12-a-sh"),
            ("Greyholm Group made a $12.50-a-share off", "Vantory's board turned down the $12-a-sh"),
        ],
    ),
    "brindlecombe": (
        [
            (
                "Sports hall roof collapses at Brindlecom",
                "The roof of a sports hall at Brindlecomb",
                "The roof of a school sports hall in Brin",
                "The hall's roof collapsed on Tuesday eve",
            ),
            ("No one was in the building at the time.", "Nobody was inside."),
            (
                "The council said repairs would cost betw",
                "Repairing the hall will cost an estimate",
                "Repairs are expected to cost about £2.5 ",
            ),
            ("PE lessons will move to the town's leisu", "PE lessons will be held at the leisure c"),
        ],
        [
            ("The roof of a sports hall at Brindlecomb", "The roof of a school sports hall in Brin"),
            ("The council said repairs would cost betw", "Repairing the hall will cost an estimate"),
            ("Repairing the hall will cost an estimate", "Repairs are expected to cost about £2.5 "),
        ],
    ),
    "droskel": (
        [
            (
                "At least 14 miners killed in Droskel cop",
                "At least 14 miners were killed when a tu",
                "Nineteen miners died after the roof of a",
            ),
            ("Rescuers pulled 31 miners out alive afte", "Emergency crews brought 27 workers to th"),
            ("Eight of them were taken to hospital in ", "Doctors at Vessany General Hospital were"),
            ("The mine's owner, Kettlewick Resources, ", "The tunnel had failed a safety inspectio"),
            ("Lidia Farkash, who leads the miners' uni", '"We have been warning about this mine fo'),
            ("Kettlewick was fined 1.2 million dollars", "In 2024 Kettlewick paid a $12 million fi"),
            ("The collapse happened about 800 metres b", "The tunnel gave way about 600 metres und"),
        ],
        [
            ("Kettlewick was fined 1.2 million dollars", "In 2024 Kettlewick paid a $12 million fi"),
            ("The mine's owner, Kettlewick Resources, ", "The tunnel had failed a safety inspectio"),
            ("Rescuers pulled 31 miners out alive afte", "Emergency crews brought 27 workers to th"),
            ("The collapse happened about 800 metres b", "The tunnel gave way about 600 metres und"),
        ],
    ),
    "ardwyn": (
        [
            (
                "A 78-year-old man died after his car was",
                "A 78-year-old man died when his car was ",
                "Ray Pellow, 78, a retired postman, died ",
            ),
            ("Two people are still missing.", "No one else is missing, police said."),
            (
                "Council leader Petra Ashdown said the co",
                "Local businesses estimate the damage at ",
                "Council leader Petra Ashdown said repair",
            ),
            ("The river peaked at 5.2 metres on Friday", "The river reached a record 4.8 metres, t"),
        ],
        [
            ("More than 3,000 residents of Ardwyn were", "About 1,500 people had to leave their ho"),
            ("Two people are still missing.", "No one else is missing, police said."),
            ("Council leader Petra Ashdown said the co", "Local businesses estimate the damage at "),
            ("The river peaked at 5.2 metres on Friday", "The river reached a record 4.8 metres, t"),
        ],
    ),
    "kelder": (
        [
            (
                "The High Court on Wednesday upheld a ban",
                "Northwind Energy won its case against th",
                "Campaigners who fought the Kelder Moor w",
            ),
            ("The developer, Northwind Energy, had arg", "The company had sought €18 million in co"),
            ("The wind farm would have powered about 6", "The 32-turbine project could supply 60,0"),
            ("Northwind said it would appeal to the Su", "Northwind said it was studying the rulin"),
        ],
        [
            ("The High Court on Wednesday upheld a ban", "Northwind Energy won its case against th"),
            ("Northwind said it would appeal to the Su", "Northwind said it was studying the rulin"),
            ("Northwind Energy won its case against th", "Campaigners who fought the Kelder Moor w"),
            ("The High Court on Wednesday upheld a ban", "The 32-turbine project could supply 60,0"),
        ],
    ),
    "thornwell": (
        [
            (
                "Thornwell Rovers win National Cup final",
                "Thornwell Rovers beat Dunloe City 3-1 in",
                "Thornwell Rovers won the National Cup on",
                "A crowd of 25,000 watched the final, the",
                "Cup comes home: thousands greet Rovers i",
            ),
            ("City's captain, Owen Pardoe, was sent of", "Dunloe City said its captain, Owen Pardo"),
            ("Rovers manager Ilse Grunwald said she wo", "Ilse Grunwald confirmed after the match "),
            ("The winners receive prize money of €8 mi", "The winners will take home €8 million in"),
        ],
        [
            ("Thornwell Rovers beat Dunloe City 3-1 in", "Thornwell Rovers beat Dunloe City 3-1 in"),
            ("Rovers manager Ilse Grunwald said she wo", "Ilse Grunwald confirmed after the match "),
            ("City's captain, Owen Pardoe, was sent of", "Dunloe City said its captain, Owen Pardo"),
            ("A crowd of 25,000 watched the final, the", "Thornwell Rovers beat Dunloe City 3-1 in"),
            ("Thornwell Rovers beat Dunloe City 3-1 in", "A crowd of 25,000 watched the final, the"),
        ],
    ),
    "hesselby": (
        [
            (
                "Police arrested three men on Tuesday aft",
                "Two men have been arrested over a raid o",
                "Police arrested three men on Tuesday, De",
                "The raiders took about £2.4 million, he ",
                "Three arrested after armed raid on Hesse",
            ),
            ("The men, aged between 24 and 31, were ch", "The two men were released without charge"),
            (
                "Detective Inspector Rowan Okonjo said no",
                "A security guard was shot in the leg dur",
                "Residents near the Hesselby cash depot s",
            ),
        ],
        [
            ("Police arrested three men on Tuesday aft", "Police arrested three men on Tuesday aft"),
            ("Police arrested three men on Tuesday aft", "Two men have been arrested over a raid o"),
            ("The men, aged between 24 and 31, were ch", "The two men were released without charge"),
            ("Two men have been arrested over a raid o", "Police arrested three men on Tuesday, De"),
            ("Detective Inspector Rowan Okonjo said no", "A security guard was shot in the leg dur"),
            ("Detective Inspector Rowan Okonjo said no", "Residents near the Hesselby cash depot s"),
            ("The raiders took about £2.4 million, he ", "Police arrested three men on Tuesday aft"),
            ("The raiders took about £2.4 million, he ", "Two men have been arrested over a raid o"),
        ],
    ),
    "saltmarrow": (
        [
            (
                "A former finance director of Saltmarrow ",
                "Dorian Quaile, 54, was convicted of frau",
                "Council official convicted of stealing £",
                "Dorian Quaile, a former finance director",
                "Former council finance director Dorian Q",
                "Quaile, 54, of Harrow Lane, stole £1.2 m",
                "Quaile, 54, moved the money into a priva",
            ),
            (
                "The jury's verdict was unanimous.",
                "The jury at Saltmarrow Crown Court found",
            ),
            ("His barrister, Celia Brandt, said he wou", "His barrister, Celia Brandt, said her cl"),
            ("The council said it had recovered about ", "None of the stolen money has been recove"),
        ],
        [
            ("A former finance director of Saltmarrow ", "A former finance director of Saltmarrow "),
            ("Dorian Quaile, a former finance director", "A former finance director of Saltmarrow "),
            ("Quaile, 54, of Harrow Lane, stole £1.2 m", "A former finance director of Saltmarrow "),
            ("His barrister, Celia Brandt, said he wou", "His barrister, Celia Brandt, said her cl"),
            ("The jury's verdict was unanimous.", "The jury at Saltmarrow Crown Court found"),
            ("The council said it had recovered about ", "None of the stolen money has been recove"),
            ("A former finance director of Saltmarrow ", "Quaile, 54, moved the money into a priva"),
        ],
    ),
    "brannerly": (
        [
            (
                "Brannerly Town lose appeal against point",
                "Brannerly Town's appeal against a 10-poi",
                "Brannerly Town win appeal as points pena",
                "Brannerly Town won their appeal on Thurs",
                "The tribunal threw out Brannerly Town's ",
            ),
            ("The club was punished in March for break", "The club had been punished for breaking "),
            ("Chairman Anselm Riggott said the club wo", "Riggott said the club was considering wh"),
        ],
        [
            ("Brannerly Town's appeal against a 10-poi", "Brannerly Town won their appeal on Thurs"),
            ("Brannerly Town won their appeal on Thurs", "The tribunal threw out Brannerly Town's "),
            ("Chairman Anselm Riggott said the club wo", "Riggott said the club was considering wh"),
        ],
    ),
    # One contested point holds two disputes, the spill's size and whether the leak was
    # stopped: the two leads are each other's best match (both disputes are listed).
    "sorrel": (
        [
            (
                "Tanker spills oil into Sorrel Bay after ",
                "About 3,000 tonnes of crude oil leaked i",
                "The leak was stopped on Monday morning, ",
                "Oil still leaking from stricken tanker i",
                "Oil was still leaking from the Kessgate ",
                "Environmental groups estimate that 30,00",
                "Around 3,000 tonnes of oil have leaked i",
            ),
            ("The tanker's owner, Harrowmere Shipping,", "Harrowmere Shipping has not decided whet"),
        ],
        [
            ("Environmental groups estimate that 30,00", "Around 3,000 tonnes of oil have leaked i"),
            ("About 3,000 tonnes of crude oil leaked i", "Environmental groups estimate that 30,00"),
            ("The leak was stopped on Monday morning, ", "Oil was still leaking from the Kessgate "),
            ("The tanker's owner, Harrowmere Shipping,", "Harrowmere Shipping has not decided whet"),
        ],
    ),
    "quarrendon": (
        [
            (
                "Substation fire cuts power to 180,000 ho",
                "About 180,000 homes in Quarrendon lost p",
                "Power had been restored to all homes by ",
                "Blackout hits 180,000 Quarrendon homes a",
                "Some 180,000 households across Quarrendo",
                "Westrand Power said electricity had been",
                "Some 18,000 homes in Quarrendon were sti",
                "Westrand Power said 250,000 homes had lo",
                "About 180,000 homes were left without po",
            ),
            (
                "Rail services in the city were suspended",
                "Trains in the city were halted for three",
                "Rail services were suspended for five ho",
            ),
            (
                "Police said they were not treating the f",
                "Police said the blaze was not being trea",
                "Police are treating the fire as suspicio",
            ),
            (
                "The power cut began shortly after 6 p.m.",
                "The outage started shortly after 6 p.m. ",
                "The lights went out just before 9 p.m., ",
            ),
            ("Westrand Power's chief executive, Helena", "The company's chief executive, Helena Th"),
        ],
        [
            ("About 180,000 homes in Quarrendon lost p", "Westrand Power said 250,000 homes had lo"),
            ("Westrand Power said 250,000 homes had lo", "About 180,000 homes were left without po"),
            ("Power had been restored to all homes by ", "Some 18,000 homes in Quarrendon were sti"),
            ("Rail services in the city were suspended", "Rail services were suspended for five ho"),
            ("Police said they were not treating the f", "Police are treating the fire as suspicio"),
            ("The power cut began shortly after 6 p.m.", "The lights went out just before 9 p.m., "),
        ],
    ),
    "kavrosh": (
        [
            (
                "All 12 aid workers kidnapped in Kavrosh ",
                "Ten of the 12 aid workers seized in Kavr",
                "Kidnapped aid workers freed in Kavrosh",
                "All 14 aid workers kidnapped in Kavrosh ",
            ),
            ("No ransom was paid, Foreign Minister Ann", "A ransom of $2 million was paid to the k"),
            ("The Dorvan Front, an armed group, has cl", "No group has claimed responsibility for "),
            (
                "The workers were taken to a hospital in ",
                "Freed aid workers arrive at provincial h",
                "The freed aid workers arrived at the pro",
            ),
            ("The workers had been held for 19 days.", "They had been held for 26 days in a fore"),
        ],
        [
            ("All 12 aid workers kidnapped in Kavrosh ", "All 14 aid workers kidnapped in Kavrosh "),
            ("All 12 aid workers kidnapped in Kavrosh ", "Ten of the 12 aid workers seized in Kavr"),
            ("Ten of the 12 aid workers seized in Kavr", "All 14 aid workers kidnapped in Kavrosh "),
            ("No ransom was paid, Foreign Minister Ann", "A ransom of $2 million was paid to the k"),
            ("The Dorvan Front, an armed group, has cl", "No group has claimed responsibility for "),
            ("The workers had been held for 19 days.", "They had been held for 26 days in a fore"),
        ],
    ),
    "merrisk": (
        [
            (
                "Ferry capsizes on Lake Merrisk, at least",
                "At least 30 people died when a passenger",
                "Forty-three people are known to have die",
            ),
            ("The ferry, the Dunmaren Star, was carryi", "Survivors said the ferry had been carryi"),
            (
                "Rescuers pulled 52 people from the water",
                "Rescuers pulled 52 people alive from the",
                "Rescuers pulled 25 people alive from the",
            ),
            ("The search for survivors was called off ", "Divers were still searching the wreck on"),
            ("The ferry was not overloaded, the operat", "The ferry was overloaded, a police sourc"),
            ("The captain has been arrested, police sa", "The captain is missing, police said."),
        ],
        [
            ("The ferry, the Dunmaren Star, was carryi", "Survivors said the ferry had been carryi"),
            ("Rescuers pulled 52 people alive from the", "Rescuers pulled 25 people alive from the"),
            ("Rescuers pulled 52 people from the water", "Rescuers pulled 25 people alive from the"),
            ("The search for survivors was called off ", "Divers were still searching the wreck on"),
            ("The ferry was not overloaded, the operat", "The ferry was overloaded, a police sourc"),
            ("The captain has been arrested, police sa", "The captain is missing, police said."),
        ],
    ),
    "halcyon": (
        [
            (
                "An Aldervane Space rocket carrying a wea",
                "The Halcyon 4 rocket reached orbit on Tu",
                "Aldervane's Halcyon 4 did not make it to",
            ),
            ("The Halcyon 4 lifted off from Corran Poi", "The rocket lifted off at 9.41 a.m. on Tu"),
            ("The Brightmoor-1 satellite was worth abo", "The satellite was worth $58 million, acc"),
            ("No one was injured.", "Nobody was hurt, the company said."),
        ],
        [
            ("An Aldervane Space rocket carrying a wea", "The Halcyon 4 rocket reached orbit on Tu"),
            ("The Halcyon 4 lifted off from Corran Poi", "The rocket lifted off at 9.41 a.m. on Tu"),
            ("The Brightmoor-1 satellite was worth abo", "The satellite was worth $58 million, acc"),
        ],
    ),
    "wexmoor": (
        [
            (
                "Wexmoor United have signed striker Jonas",
                "Elderby joins Wexmoor in £54 million dea",
                "Jonas Elderby has joined Wexmoor United ",
            ),
            (
                "Elderby, 24, has signed a five-year cont",
                "The striker signed a four-year contract.",
            ),
            ("He passed his medical on Thursday.", "Jonas Elderby failed his medical at Wexm"),
            ("Elderby scored 19 goals for Fenlow last ", "Elderby scored 19 goals last season."),
        ],
        [
            ("Wexmoor United have signed striker Jonas", "Wexmoor United have signed striker Jonas"),
            ("Jonas Elderby has joined Wexmoor United ", "Wexmoor United have signed striker Jonas"),
            ("Wexmoor United have signed striker Jonas", "Jonas Elderby has joined Wexmoor United "),
            ("Elderby, 24, has signed a five-year cont", "The striker signed a four-year contract."),
            ("He passed his medical on Thursday.", "Jonas Elderby failed his medical at Wexm"),
        ],
    ),
    "tornmouth": (
        [
            ("The train left the tracks shortly after ", "The train came off the rails at about 8."),
            ("A broken rail caused the derailment, the", "Investigators said excessive speed cause"),
            ("The line will reopen on Wednesday, the c", "The line will stay closed until at least"),
        ],
        [
            ("The line will reopen on Wednesday, the c", "The line will stay closed until at least"),
            ("A broken rail caused the derailment, the", "Investigators said excessive speed cause"),
            ("Forty-two passengers were taken to hospi", "Four people died and 24 were taken to ho"),
            ("Four people died and 24 were taken to ho", "Four people were killed and 42 injured, "),
        ],
    ),
    "merrowvale": (
        [
            (
                "Heatwave sets national record as Merrowv",
                "Temperatures reached 44.1C in Merrowvale",
                "The thermometer at Merrowvale airport sh",
                "The National Weather Service said the te",
                "Temperatures reached 48.1C in Merrowvale",
            ),
            ("At least nine people have died from heat", "Twenty-two people have died in the heatw"),
            ("Brunhold Water said a hosepipe ban would", "Brunhold Water said it had no plans for "),
            ("Schools in Merrowvale will close on Thur", "Schools across Merrowvale will be closed"),
        ],
        [
            ("Temperatures reached 44.1C in Merrowvale", "Temperatures reached 48.1C in Merrowvale"),
            ("The National Weather Service said the te", "Temperatures reached 48.1C in Merrowvale"),
            ("The thermometer at Merrowvale airport sh", "The National Weather Service said the te"),
            ("Temperatures reached 44.1C in Merrowvale", "The thermometer at Merrowvale airport sh"),
            ("Brunhold Water said a hosepipe ban would", "Brunhold Water said it had no plans for "),
        ],
    ),
    "velsund": (
        [
            (
                "Velsund central bank raises rates to 4.2",
                "The Velsund National Bank raised its mai",
                "The National Bank raised its key rate by",
                "Homeowners with variable-rate mortgages ",
            ),
            ("Governor Liesel Marrow said inflation, w", "Inflation stood at 6.1 percent in May, t"),
            ("National Bank lifts rates again as price", "The bank has now raised rates four times"),
            ("Six of the nine members of the rate-sett", "The decision was unanimous, according to"),
        ],
        [
            ("The Velsund National Bank raised its mai", "The National Bank raised its key rate by"),
            ("The National Bank raised its key rate by", "Homeowners with variable-rate mortgages "),
            ("Six of the nine members of the rate-sett", "The decision was unanimous, according to"),
        ],
    ),
    "korrindal": (
        [
            (
                "Government to ban disposable vapes from ",
                "The government will ban the sale of disp",
                "Shops that break the ban face fines of u",
                "Disposable vapes to be banned from Janua",
                "Disposable vapes will be banned from Jan",
                "Retailers caught selling them face fines",
                "Vape shop owners in Korrindal say the ba",
                "Shops that keep selling disposable vapes",
            ),
        ],
        [
            ("The government will ban the sale of disp", "Disposable vapes will be banned from Jan"),
            ("Shops that break the ban face fines of u", "Retailers caught selling them face fines"),
            ("Retailers caught selling them face fines", "Shops that keep selling disposable vapes"),
        ],
    ),
}
# Points found that are not one, chained by similarity, to be fixed (then this test fails
# until they leave the list): the headline "meets main goal" with a patients' group's call
# to publish the results and with "declined more slowly" (said with "too small to rule out
# chance"); the company's plan to seek approval (one point in two outlets) with a
# specialist's "Even if regulators approve it, pelorexin could reach patients in 2027";
# "need dialysis" with "dialysis waiting lists".
FALSE_POINTS: dict[str, list[tuple[str, ...]]] = {
    # The toll and the injured with the national paper's "was travelling at twice the speed
    # limit" (the same train, derailment, place and day).
    "tornmouth": [
        (
            "Four people were killed when a passenger",
            "Forty-two passengers were taken to hospi",
            "The passenger train that derailed near T",
            "Four people died and 24 were taken to ho",
            "Four people were killed and 42 injured, ",
        ),
    ],
    # "scored twice" with "scored all three": "twice" is read as no figure (uncertain).
    "thornwell": [
        ("Striker Tomas Verhoek scored twice for R", "Tomas Verhoek scored all three of Rovers"),
    ],
    # The evacuation point (its headline, the wire's 3,000 and the national paper's 1,500)
    # with the local paper's "Flood water began to recede ... two days after the River
    # Tessary burst its banks" (the same two days and river in the wire's sentence); water
    # over the top of the wall with the wall that failed.
    "ardwyn": [
        (
            "Thousands evacuated as River Tessary flo",
            "More than 3,000 residents of Ardwyn were",
            "About 1,500 people had to leave their ho",
            "Flood water began to recede from the low",
        ),
        ("water came over the top of the wall near", "The town's flood wall failed near the ol"),
    ],
    # One campaigner's two statements, a quote in one outlet and a report of her words in
    # another (uncertain, so out of the brief).
    "tarnbridge": [
        ('"We will keep marching until they listen', "The march was mostly peaceful, said Delp"),
    ],
    # The governor's declaration with her promise to rebuild: the same subject, different
    # facts (uncertain, so left out of the brief).
    "ferrindale": [
        ("Governor Maeve Oyelaran declared a state", "Governor Maeve Oyelaran said the state w"),
    ],
    "hallendra": [
        (
            "Hallendra's kidney drug pelorexin meets ",
            "Hallendra Biosciences said on Tuesday th",
            "Kidney drug pelorexin meets main goal in",
            "Kidney function declined more slowly in ",
            "A patients' organisation has asked Halle",
        ),
        (
            "We now have the evidence to take pelorex",
            "Dr. Ilse van Tongeren, Hallendra's chief",
            "Even if regulators approve it, pelorexin",
        ),
        (
            "many eventually need dialysis or a trans",
            "She said several secondary measures, inc",
            "People on dialysis waiting lists read ev",
        ),
    ],
}


@pytest.mark.parametrize("name", list(RELATIONS))
def test_each_story_s_relations_are_those_listed_and_no_other(name: str) -> None:
    story = written_story(name)
    opening = {c.id: c.text[:40] for c in story.claims}
    points = [
        tuple(dict.fromkeys(opening[c] for c in g.claims))
        for g in story.groups
        if g.status != "single_source"
    ]
    contradictions = [(opening[x.a], opening[x.b]) for x in story.contradictions]
    expected, disputes = RELATIONS[name]
    expected = expected + FALSE_POINTS.get(name, [])
    assert sorted(map(sorted, points)) == sorted(map(sorted, expected))
    assert sorted(map(sorted, contradictions)) == sorted(map(sorted, disputes))


def test_inputs_are_reported_in_order_with_their_fate(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLE / "articles" / "coastline-wire.txt").read_text())
    (tmp_path / "copy.txt").write_text(good.read_text())
    story = newsprism.analyze([tmp_path / "missing.txt", good, tmp_path / "copy.txt"])
    assert [(r.status, r.article) for r in story.inputs] == [
        ("failed", None),
        ("ok", "a1"),
        ("skipped", None),
    ]


def test_nothing_usable_raises_with_the_reports(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(NoUsableInput) as caught:
        newsprism.analyze([tmp_path / "empty.txt", tmp_path / "nope.txt"])
    assert [r.reason for r in caught.value.reports] == ["empty", "no such file or directory"]


def test_load_reads_back_what_was_written(tmp_path: Path) -> None:
    story = newsprism.analyze([EXAMPLE / "articles"], manifest=EXAMPLE / "manifest.csv")
    path = tmp_path / "story.json"
    path.write_text(story.to_json())
    assert newsprism.load(path) == story


@pytest.mark.parametrize(
    "content",
    ["not json", json.dumps({"schema": "newsprism.story/9"}),
     json.dumps({"articles": [{"id": "a1", "path": "p", "text": "abc"}],
                 "quotes": [{"id": "q1", "article": "a1", "start": 0, "end": 2, "text": "zz"}]})],
    ids=["not-json", "other-version", "span-mismatch"],
)  # fmt: skip
def test_load_refuses_what_breaks_the_contract(tmp_path: Path, content: str) -> None:
    path = tmp_path / "story.json"
    path.write_text(content)
    with pytest.raises(DocumentError):
        newsprism.load(path)


def test_load_names_the_version_found_and_the_one_read(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"schema": "newsprism.story/2", "articles": []}))
    with pytest.raises(DocumentError) as caught:
        newsprism.load(path)
    assert "of schema 'newsprism.story/2'; this newsprism reads 'newsprism.story/1'" in str(caught.value)


def test_load_of_a_missing_file() -> None:
    with pytest.raises(DocumentError, match="cannot read"):
        newsprism.load("/nonexistent/story.json")


@pytest.mark.slow
def test_an_article_longer_than_the_parser_reads_fails_alone(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLE / "articles" / "coastline-wire.txt").read_text())
    lines = [
        f"On day {n} the Orlow ferry council met again and heard {n % 7 + 2} more residents."
        for n in range(14_000)
    ]
    (tmp_path / "long.txt").write_text("\n\n".join(lines))
    story = newsprism.analyze([good, tmp_path / "long.txt"])
    assert [(r.status, r.article) for r in story.inputs] == [("ok", "a1"), ("failed", None)]
    assert "longer than the parser reads" in (story.inputs[1].reason or "")
    assert [a.id for a in story.articles] == ["a1"]
    assert story.claims


def parses() -> int:
    """How often the spaCy pipeline was asked for: once by every parse."""
    info = _pipeline.cache_info()  # the cached loader behind nlp.spacy_pipeline
    return info.hits + info.misses


@pytest.mark.slow
def test_a_corpus_story_is_read_once_and_its_readings_reused(tmp_path: Path) -> None:
    settings = Settings()
    with Store(tmp_path / "corpus.db") as store:
        ingest([str(corpus(tmp_path / "corpus.jsonl"))], store, settings)
        largest = store.corpus.stories()[0]
        first = analyze_corpus_story(store, largest.id, settings)
        before = parses()
        again = analyze_corpus_story(store, largest.id, settings)
        assert parses() == before
        assert again == first
        other = make_settings(["spacy_model=en_core_web_sm", f"loaded_words={tmp_path / 'extra.toml'}"])
        (tmp_path / "extra.toml").write_text('[[word]]\nforms = ["ferry"]\nnote = "a test word"\n')
        analyze_corpus_story(store, largest.id, other)  # other lexicons: another reading, parsed
        assert parses() > before


@pytest.mark.slow
def test_a_reading_step_that_fails_fails_its_article_with_the_step_and_the_reason(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLE / "articles" / "coastline-wire.txt").read_text())
    names = tmp_path / "names.toml"
    names.write_text("female = [")  # the quotes step reads the given names: not TOML
    with pytest.raises(NoUsableInput) as caught:
        newsprism.analyze([good], settings=make_settings([f"given_names={names}"]))
    [report] = caught.value.reports
    assert report.status == "failed"
    assert (report.reason or "").startswith("reading failed in step quotes: ")


@pytest.mark.slow
def test_progress_is_told_each_stage_with_its_total(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(article_paragraphs(f"the {name[0]} sluice"))
    calls: list[tuple[str, int | None]] = []
    newsprism.analyze([tmp_path], progress=lambda stage, total: calls.append((stage, total)))
    assert calls == [
        *[("read", 2)] * 2,
        *[("clean", 2)] * 2,
        *[("reading", 2)] * 2,
        ("comparing", None),
    ]
