from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import InputError
from newsprism.ingest import read_inputs
from newsprism.ingest.manifest import read_manifest
from newsprism.model import Document
from newsprism.settings import Settings
from tests.helpers import article_text


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "herald.txt").write_text(article_text())
    (tmp_path / "gazette.txt").write_text(article_text("the tram depot"))
    return tmp_path


def docs(folder: Path, manifest: Path) -> dict[str, Document]:
    items = read_inputs([str(folder)], Settings(), read_manifest(manifest))
    return {Path(d.input).name: d for d in items if isinstance(d, Document)}


def test_a_csv_manifest_by_file_name(folder: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "path,source,published,url,title\nherald.txt,The Corvale Herald,2024-03-02,https://h.test/a,Dam\n"
    )
    got = docs(folder, manifest)
    herald = got["herald.txt"]
    assert (herald.source, herald.published, herald.url, herald.title) == (
        "The Corvale Herald", "2024-03-02", "https://h.test/a", "Dam")  # fmt: skip
    assert got["gazette.txt"].source is None


def test_a_json_manifest_as_a_mapping(folder: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps({"gazette.txt": {"source": "Gazette of Orl"}}))
    assert docs(folder, manifest)["gazette.txt"].source == "Gazette of Orl"


def test_a_manifest_row_without_a_path_is_an_error(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("source\nHerald\n")
    with pytest.raises(InputError, match="row 1"):
        read_manifest(manifest)


def test_manifest_dates_in_any_common_form_with_their_times(folder: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text('path,published\nherald.txt,"March 7, 2023 9:30 AM"\ngazette.txt,07/03/2023 08:15\n')
    got = docs(folder, manifest)
    assert (got["herald.txt"].published, got["herald.txt"].warnings) == ("2023-03-07T09:30", ())
    assert got["gazette.txt"].published == "2023-03-07T08:15"
    assert got["gazette.txt"].warnings == (
        "date '07/03/2023 08:15' read as 7 March 2023 (setting date_order is DMY)",
    )
    items = read_inputs([str(folder)], Settings(date_order="MDY"), read_manifest(manifest))
    us = {Path(d.input).name: d.published for d in items if isinstance(d, Document)}
    assert us["gazette.txt"] == "2023-07-03T08:15"


def test_an_unreadable_manifest_date_is_a_warning_on_the_input(folder: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,published\nherald.txt,last Tuesday\n")
    herald = docs(folder, manifest)["herald.txt"]
    assert herald.published is None
    assert herald.warnings == ("date 'last Tuesday' cannot be read as a day, month and year; left empty",)


def test_inputs_are_counted_before_reading_when_each_file_is_one_article(
    folder: Path, tmp_path: Path
) -> None:
    from newsprism.ingest import count_inputs

    (tmp_path / "more.jsonl").write_text('{"text": "x"}\n')
    assert count_inputs([str(folder / "herald.txt"), str(folder / "gazette.txt")]) == 2
    assert count_inputs([str(folder / "*.txt"), "-"]) == 3
    assert count_inputs([str(tmp_path / "missing.txt")]) == 1  # one input, that will fail
    assert count_inputs([str(folder / "herald.txt"), str(tmp_path / "more.jsonl")]) is None
    assert count_inputs(["https://news.example/feed"]) is None
