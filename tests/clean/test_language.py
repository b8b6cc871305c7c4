"""Each article's language, told from its clean text; one surely in a language the models
do not read is skipped before reading, its language named, whatever path it takes."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsprism
from newsprism.clean import clean_documents
from newsprism.clean.language import SURE, language_of
from newsprism.model import Article, Document
from newsprism.read import in_other_language
from newsprism.settings import Settings, make_settings
from tests.helpers import article_paragraphs

# Invented news paragraphs, one a language.
TEXTS = {
    "en": "The Orlow ferry will stop running on Friday, the harbour office said, after the council voted "
    "to close the service for the winter because of falling passenger numbers.",
    "fr": "Le bac d'Orlow cessera de circuler vendredi, a indiqué la capitainerie, après le vote du conseil "
    "municipal qui a décidé de fermer le service pour l'hiver faute de passagers.",
    "de": "Die Fähre nach Orlow stellt am Freitag den Betrieb ein, teilte das Hafenamt mit, nachdem der "
    "Stadtrat beschlossen hatte, den Dienst wegen sinkender Fahrgastzahlen im Winter einzustellen.",
    "es": "El transbordador de Orlow dejará de funcionar el viernes, informó la oficina del puerto, después "
    "de que el consejo votara cerrar el servicio durante el invierno por la caída de pasajeros.",
    "uk": "Пором до Орлова припинить роботу в п'ятницю, повідомили в управлінні порту, після того як "
    "міська рада проголосувала за закриття сполучення на зиму через брак пасажирів.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_the_language_of_a_news_paragraph(code: str) -> None:
    found = language_of(TEXTS[code])
    assert found is not None
    assert found.code == code
    assert found.probability >= SURE


def test_too_little_text_to_tell_is_not_sure() -> None:
    found = language_of("Orlow")
    assert found is None or not found.sure


def test_no_words_is_no_language() -> None:
    assert language_of("4411 0x3f 2201 9981 ## 4412 0x40 // 3310 7781 ++ 1029") is None


def article(code: str, probability: float) -> Article:
    return Article(id="a1", path="x.txt", text="...", language=code, language_probability=probability)


@pytest.mark.parametrize(
    ("code", "probability", "languages", "skipped"),
    [
        ("fr", 0.99, ("en",), True),
        ("fr", 0.99, ("en", "fr"), False),
        ("fr", 0.5, ("en",), False),  # not sure: read rather than lost
        ("en", 1.0, ("en",), False),
        ("fr", 0.99, (), False),  # no languages named: every article is read
    ],
)
def test_which_articles_are_kept_from_the_models(
    code: str, probability: float, languages: tuple[str, ...], skipped: bool
) -> None:
    report = in_other_language(article(code, probability), Settings(languages=languages))
    assert (report is not None) is skipped
    if report:
        assert report.status == "skipped"
        assert "'fr'" in report.reason  # type: ignore[operator]
        assert "setting languages" in report.reason  # type: ignore[operator]


def test_the_languages_setting_as_a_comma_separated_value() -> None:
    assert make_settings(["languages=en, DE"]).languages == ("en", "de")
    assert make_settings(["languages="]).languages == ()


def test_cleaning_records_the_language() -> None:
    doc = Document(input="x.txt", content=TEXTS["de"] + "\n\n" + TEXTS["de"], format="text")
    [cleaned] = clean_documents([doc], Settings())
    assert isinstance(cleaned, Article)
    assert (cleaned.language, cleaned.language_probability) == ("de", 1.0)


@pytest.mark.slow
def test_a_french_article_is_skipped_before_reading_and_the_english_ones_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_paragraphs("the Orlow ferry"))
    (tmp_path / "b.txt").write_text(" ".join([TEXTS["fr"]] * 3))
    story = newsprism.analyze([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [(r.status, r.article) for r in story.inputs] == [("ok", "a1"), ("skipped", None)]
    assert "written in language 'fr'" in (story.inputs[1].reason or "")
    assert [(a.id, a.language) for a in story.articles] == [("a1", "en")]
