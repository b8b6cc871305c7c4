"""Packaged data tables, and a user's file of the same shape added after them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.errors import SettingsError
from newsprism.lexicon import tables


@pytest.mark.parametrize(
    ("package", "name"),
    [
        ("newsprism.read", "given_names.toml"),
        ("newsprism.read", "loaded.toml"),
        ("newsprism.read", "places.toml"),
        ("newsprism.clean", "leftovers.toml"),
        ("newsprism.compare", "polarity.toml"),
    ],
)
def test_every_packaged_table_reads_alone(package: str, name: str) -> None:
    [table] = tables(package, name)
    assert isinstance(table, dict)
    assert table


def test_a_users_file_comes_after_the_packaged_table(tmp_path: Path) -> None:
    extra = tmp_path / "names.toml"
    extra.write_text('female = ["Quenby"]\nmale = ["Oskarin"]\n', encoding="utf-8")
    packaged, mine = tables("newsprism.read", "given_names.toml", extra)
    assert mine == {"female": ["Quenby"], "male": ["Oskarin"]}
    assert packaged == tables("newsprism.read", "given_names.toml")[0]


@pytest.mark.parametrize(
    "content",
    [b"female = [", b"= 3", b"\xff\xfe\x00bad", None],
    ids=["unclosed", "no-key", "not-utf8", "missing-file"],
)
def test_an_unreadable_users_file_is_a_settings_error(tmp_path: Path, content: bytes | None) -> None:
    extra = tmp_path / "extra.toml"
    if content is not None:
        extra.write_bytes(content)
    with pytest.raises(SettingsError, match="cannot read"):
        tables("newsprism.read", "given_names.toml", extra)
