from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.errors import SettingsError
from newsprism.settings import Settings, make_settings, settings_table
from newsprism.thresholds import Thresholds
from tests.helpers import ROOT


def test_pairs_override_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "newsprism.toml"
    config.write_text("[newsprism]\nurl_timeout = 3\nmax_feed_items = 7\n")
    settings = make_settings(["url_timeout=4.5"], config)
    assert (settings.url_timeout, settings.max_feed_items) == (4.5, 7)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [(["colour=red"], "unknown setting 'colour'"), (["url_timeout=soon"], "setting url_timeout"),
     (["max_input_bytes=-1"], "setting max_input_bytes"), (["url_timeout"], "name=value")],
)  # fmt: skip
def test_bad_settings_are_named(pairs: list[str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        make_settings(pairs)


def test_an_unreadable_config_is_a_settings_error(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("url_timeout = = 3")
    with pytest.raises(SettingsError, match="cannot read config"):
        make_settings(None, config)


def test_every_setting_has_help_and_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    plain = [name for name in Settings.model_fields if name != "thresholds"]
    assert [name for name, _, _ in settings_table()] == plain + list(Thresholds.model_fields)
    for name, _, help_text in settings_table():
        assert help_text, name
        assert f"`{name}`" in readme, f"README does not document {name}"
