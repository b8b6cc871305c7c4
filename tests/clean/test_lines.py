"""The line classifier for plain-text cleaning: the shipped trees, how they are read, and
that training gives the same trees twice and that numpy reads them as scikit-learn does."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from newsprism.clean import clean_documents
from newsprism.clean.leftovers import load_rules, mark_by_rules
from newsprism.clean.lines import Trees, line_features, line_model
from newsprism.model import Article, Document
from newsprism.settings import Settings
from tests.helpers import ROOT, SHARED, article_paragraphs

# Two stumps on feature 0 and one on feature 1: raw = 0.5 + (-1 | 1) + (2 | -2).
STUMPS = Trees.stored(
    feature=np.array([0, 0, 0, 1, 0, 0]),
    threshold=np.array([3.0, 0, 0, 10.0, 0, 0]),
    left=np.array([1, 0, 0, 4, 0, 0]),
    right=np.array([2, 0, 0, 5, 0, 0]),
    leaf=np.array([False, True, True, False, True, True]),
    value=np.array([0, -1.0, 1.0, 0, 2.0, -2.0]),
    roots=np.array([0, 3]),
    baseline=0.5,
)


@pytest.mark.parametrize(
    ("row", "raw"),
    [
        ((3.0, 10.0), 0.5 - 1 + 2),
        ((3.5, 10.0), 0.5 + 1 + 2),
        ((0.0, 11.0), 0.5 - 1 - 2),
        ((9.0, 99.0), 0.5 + 1 - 2),
    ],
)
def test_trees_are_walked_left_at_or_below_the_threshold(row: tuple[float, float], raw: float) -> None:
    [p] = STUMPS.probability(np.array([row]))
    assert p == pytest.approx(1 / (1 + np.exp(-raw)))


def test_no_rows_is_no_probabilities() -> None:
    assert STUMPS.probability(np.zeros((0, 2))).shape == (0,)


def test_the_shipped_model_is_of_these_features() -> None:
    model = line_model()
    assert 0 < model.prose_cutoff <= model.cutoff < 1
    lines = ["Home", "News", article_paragraphs("the Orlow ferry")]
    features = line_features(lines, mark_by_rules(lines, load_rules()))
    assert features.shape[0] == 3
    assert np.max(model.first.feature) < features.shape[1]  # it reads only features there are
    assert model.first.probability(features).shape == (3,)


def test_a_scraped_page_loses_its_furniture_and_keeps_its_article() -> None:
    article = article_paragraphs("the Orlow ferry terminal").split("\n")
    furniture = ["Home", "World", "Business", "Sport", "Weather", "Log in", "Subscribe", "Menu"]
    footer = ["Contact us", "Careers", "Terms of use", "Privacy", "© Orlow Post"]
    content = "\n".join(["Orlow ferry terminal to close", *furniture, *article, *footer])
    [cleaned] = clean_documents([Document(input="page.txt", content=content, format="text")], Settings())
    assert isinstance(cleaned, Article)
    for line in article:
        assert line in cleaned.text
    for line in [*furniture, *footer]:
        assert line not in cleaned.text.split("\n\n"), line
    assert cleaned.text.startswith("Orlow ferry terminal to close\n\n")


def test_copies_under_another_headline_are_still_copies() -> None:
    body = article_paragraphs("the pier") + "\nTessel News could not independently verify the figures."
    docs = [Document(input="a.txt", content=body, format="text"),
            Document(input="b.txt", content="Updated: pier headline\n" + body, format="text")]  # fmt: skip
    first, second = clean_documents(docs, Settings())
    assert isinstance(first, Article)
    assert not isinstance(second, Article)


@pytest.mark.slow
def test_training_gives_the_same_trees_twice_and_numpy_reads_them_as_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn")  # the test extra installs it
    assert sklearn
    sys.path.insert(0, str(ROOT / "training"))
    import train_lines

    assert train_lines.BENCH == SHARED / "bench" / "extraction"
    ids = sorted(json.loads((train_lines.BENCH / "ground-truth.json").read_text()))
    training, held_out = train_lines.split(ids)
    assert not set(training) & set(held_out)
    pages = train_lines.pages(training[:12])
    x = np.vstack([p[2] for p in pages])
    y = np.concatenate([p[3] for p in pages])
    fitted = train_lines.fit(x, y)
    arrays = train_lines._arrays(fitted, "t")
    trees = Trees.stored(
        **{k[2:]: v for k, v in arrays.items() if k != "t_baseline"}, baseline=float(arrays["t_baseline"])
    )
    assert np.allclose(trees.probability(x), fitted.predict_proba(x)[:, 1])
    again = train_lines._arrays(train_lines.fit(x, y), "t")
    assert all(np.array_equal(arrays[k], again[k]) for k in arrays)


STORIES = sorted(p for p in (ROOT / "tests" / "data").iterdir() if p.is_dir() and p.name != "pages")


@pytest.mark.parametrize(
    "folder", [*STORIES, ROOT / "examples" / "footbridge" / "articles"], ids=lambda p: p.name
)
def test_no_sentence_of_the_project_s_stories_is_taken_for_furniture(folder: Path) -> None:
    from newsprism.clean import FURNITURE
    from newsprism.clean.text import is_prose

    files = sorted(folder.glob("*.txt"))
    docs = [Document(input=str(f), content=f.read_text(encoding="utf-8"), format="text") for f in files]
    judged = [r for a in clean_documents(docs, Settings()) if isinstance(a, Article) for r in a.removed
              if r.reason.startswith(FURNITURE)]  # fmt: skip
    assert not [r.text for r in judged if is_prose(r.text)]
    gold = folder.with_name(f"{folder.name}.gold.json")
    if gold.exists():
        kept = [k for _, k in json.loads(gold.read_text())["boilerplate"].get("keep", [])]
        assert not [r.text for r in judged if any(k in r.text for k in kept)]


@pytest.mark.parametrize("content", ["", "   \n\n  ", "\u200b\u00ad"])
def test_a_text_of_no_lines_fails_alone(content: str) -> None:
    good = Document(input="good.txt", content=article_paragraphs("the Orlow ferry"), format="text")
    empty = Document(input="empty.txt", content=content, format="text")
    outcomes = clean_documents([empty, good], Settings())
    assert [type(o).__name__ for o in outcomes] == ["InputReport", "Article"]
    assert line_model().furniture([([], [])]) == [[]]
    assert line_model().furniture([]) == []


# A wire report of one-sentence paragraphs, as the plain texts of the project's stories are.
_SHORT_PARAGRAPHS = [
    "Orlow ferry runs aground in fog, stranding 80",
    "By Mara Tellwin",
    "The morning ferry from Orlow ran aground on a sandbank in thick fog on Tuesday, the harbour office said.",
    "About 80 passengers waited on board for four hours before tugs pulled the vessel free.",
    "Nobody was hurt, according to the coast guard, which sent two boats to stand by.",
    "The ferry company said the captain had followed the marked channel.",
    "A passenger, Ilse Doran, said the crew had handed out blankets and tea while they waited.",
    "The harbour office has opened an inquiry into the grounding.",
    "It was the second grounding on the Orlow crossing this year, the office said.",
    "Ferries between Orlow and the islands will run to a reduced timetable until Friday.",
    "Fishermen in Orlow said the sandbank had shifted after the storms in March.",
    "The company said it would refund the fares of everyone on board.",
]


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("The Orlow Gazette could not independently confirm the account.", True),
        ("Ferry services resumed later that evening.", True),
        ("Share this article", False),
        ("Read more: Orlow ferry fares to rise", False),
    ],
    ids=["unconfirmed", "short-sentence", "share-button", "read-more"],
)
def test_a_sentence_that_ends_the_text_after_the_article_is_the_article_s(last: str, kept: bool) -> None:
    text = "\n\n".join([*_SHORT_PARAGRAPHS, last]) + "\n"
    [article] = clean_documents([Document(input="a.txt", content=text, format="text")], Settings())
    assert isinstance(article, Article)
    assert (last in article.text) is kept


def test_pages_judged_together_are_judged_as_each_alone() -> None:
    pages = [
        _SHORT_PARAGRAPHS,
        ["Share this article", *article_paragraphs("the Orlow ferry").split("\n\n"), "Sign in to comment"],
        [],
        ["One line of an article about the Orlow ferry."],
    ]
    model = line_model()
    together = model.furniture([(lines, [None] * len(lines)) for lines in pages])
    assert together == [model.furniture([(lines, [None] * len(lines))])[0] for lines in pages]
