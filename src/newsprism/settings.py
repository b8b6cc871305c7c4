"""Settings, declared once as data: each has a name, a default and a help line.

The config file (`--config FILE`, TOML with the names at top level or under
`[newsprism]`), `--set name=value` on the command line, `newsprism settings` and the
README's table all come from `Settings`. Settings are passed explicitly; nothing reads a
global. The thresholds that decide findings (`thresholds.py`) are settings too, by their
bare names, and may also sit in a `[thresholds]` table of the config file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from newsprism.errors import SettingsError
from newsprism.thresholds import Thresholds, thresholds_table

DateOrder = Literal["DMY", "MDY", "YMD"]

_Model = TypeVar("_Model", bound=BaseModel)


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    max_input_bytes: int = Field(
        20_000_000,
        gt=0,
        description="Largest file, download or corpus record read, in bytes; larger ones fail.",
    )
    url_timeout: float = Field(15.0, gt=0, description="Seconds to wait for a URL or feed before giving up.")
    max_redirects: int = Field(5, ge=0, description="Redirects followed for one URL.")
    user_agent: str = Field(
        "newsprism/0.1 (offline news comparison; +https://pypi.org/project/newsprism/)",
        description="User-Agent header sent with every request.",
    )
    max_feed_items: int = Field(
        50, gt=0, description="Items fetched from one RSS or Atom feed; each item past them is skipped."
    )
    max_request_bytes: int = Field(
        60_000_000,
        gt=0,
        description="Largest request the web app takes, in bytes: all the files and text of one analysis.",
    )
    web_private_urls: bool = Field(
        False,
        description="Let the web app fetch URLs on loopback, private, link-local, multicast or reserved "
        "addresses (for pages served on your own machine or network); off, they are refused. "
        "The command line fetches what it is given.",
    )
    languages: tuple[str, ...] = Field(
        ("en",),
        description="The languages (ISO 639-1) the models read; an article surely written in another "
        "is skipped before reading, its language named. Empty: every article is read.",
    )
    date_order: DateOrder = Field(
        "DMY",
        description="How a numeric date in a manifest, record or feed is read: DMY (07/03/2023 is "
        "7 March), MDY (3 July, as in the US) or YMD. One that reads both ways gets a warning.",
    )
    min_article_words: int = Field(
        25, ge=1, description="Fewer words of clean text than this is not an article."
    )
    spacy_model: str = Field(
        "en_core_web_sm", description="The spaCy pipeline that reads sentences, names and syntax."
    )
    sentence_model: Path | None = Field(
        None,
        description="A local directory of a sentence encoder (mean pooled): a tokenizer.json "
        "and a model.onnx, run by ONNX Runtime, or else Hugging Face weights, run by torch "
        "(the torch extra); none: the bundled all-MiniLM-L6-v2 in int8 ONNX.",
    )
    polarity_words: Path | None = Field(
        None,
        description="A TOML file of extra predicates, negators and against words for contradictions "
        "(same shape as newsprism/compare/polarity.toml).",
    )
    stance_model: Path | None = Field(
        None,
        description="A local directory of an NLI cross-encoder that judges the claim pairs the "
        "contradiction lexicon does not settle; none: no stance model.",
    )
    pair_judge: bool = Field(
        False,
        description="Let the project's claim-pair cross-encoder (compare/pairs.py) judge those pairs, and "
        "the pairs of claims on one topic of which one denies what the other affirms, when no other "
        "judge is set: a contradiction where it reads them as conflicting both ways round. Off by "
        "default: it reads a negation on one side as a conflict however alike the claims are.",
    )
    relation_judge: bool = Field(
        False,
        description="Let the project's claim-pair relation model (compare/relations.py) judge those pairs: "
        "a contradiction where it reads them as conflicting with probability relation_conflicting or "
        "more. Off by default: on SNLI test it is right 70% of the time (benchmarks/relations.py).",
    )
    stance_endpoint: str | None = Field(
        None,
        description="Base URL of an OpenAI-compatible API (.../v1) asked to judge those pairs instead; "
        "its key, if any, from NEWSPRISM_STANCE_KEY.",
    )
    stance_endpoint_model: str = Field(
        "gpt-4o-mini", description="The model named in requests to stance_endpoint."
    )
    place_aliases: Path | None = Field(
        None,
        description="A TOML file of extra place names, added to the built-in table "
        "(same shape as newsprism/read/places.toml).",
    )
    given_names: Path | None = Field(
        None,
        description="A TOML file of extra given names by gender (lists `female` and `male`), for matching "
        "he and she to the person meant, added to the built-in table (same shape as newsprism/read/given_names.toml).",
    )
    loaded_words: Path | None = Field(
        None,
        description="A TOML file of extra loaded words, added to the built-in lexicon "
        "(same shape as newsprism/read/loaded.toml).",
    )
    measure_words: Path | None = Field(
        None,
        description="A TOML file of extra words that say what a figure measures (deaths, a cost, ...) and "
        "of kinds of things counted (vehicles: cars, vans, ...), added to the built-in table (same shape as "
        "newsprism/read/measures.toml).",
    )
    leftover_rules: Path | None = Field(
        None,
        description="A TOML file of extra leftover patterns, added to the built-in ones "
        "(same shape as newsprism/clean/leftovers.toml).",
    )
    thresholds: Thresholds = Field(
        default_factory=Thresholds,
        description="The numbers that decide findings (thresholds.py), each set by its own name.",
    )

    @field_validator("languages", mode="before")
    @classmethod
    def _comma_separated(cls, value: Any) -> Any:
        """`--set languages=en,DE` as ("en", "de"); "" as none."""
        codes = value.split(",") if isinstance(value, str) else value
        return tuple(str(code).strip().lower() for code in codes if str(code).strip())


def make_settings(pairs: list[str] | None = None, config: Path | None = None) -> Settings:
    """Settings from a config file, then `name=value` pairs on top."""
    values: dict[str, Any] = {}
    if config is not None:
        values.update(_read_config(config))
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep:
            raise SettingsError(f"--set takes name=value, got {pair!r}")
        values[name.strip()] = value.strip()
    limits = {name: values.pop(name) for name in list(values) if name in Thresholds.model_fields}
    unknown = sorted(set(values) - set(_SETTINGS))
    if unknown:
        known = ", ".join([*_SETTINGS, *Thresholds.model_fields])
        raise SettingsError(f"unknown setting {unknown[0]!r}; known settings: {known}")
    return _validated(Settings, {**values, "thresholds": _validated(Thresholds, limits)})


_SETTINGS = [name for name in Settings.model_fields if name != "thresholds"]


def _validated(model: type[_Model], values: dict[str, Any]) -> _Model:
    try:
        return model(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise SettingsError(f"setting {first['loc'][0]}: {first['msg']}") from None


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read config {path}: {exc}") from None
    section = data.get("newsprism", data)
    if not isinstance(section, dict):
        raise SettingsError(f"config {path}: [newsprism] must be a table")
    section = dict(section)
    # [thresholds] beside [newsprism], or inside it ([newsprism.thresholds]), or at the top level
    for limits in (section.pop("thresholds", {}), data.get("thresholds", {}) if "newsprism" in data else {}):
        if not isinstance(limits, dict):
            raise SettingsError(f"config {path}: [thresholds] must be a table")
        section.update(limits)
    return section


def settings_table() -> list[tuple[str, str, str]]:
    """(name, default, help) for every setting, in declaration order, then every threshold."""
    fields = Settings.model_fields
    plain = [(name, repr(fields[name].default), fields[name].description or "") for name in _SETTINGS]
    return plain + [(name, default, help_text) for name, default, help_text, _ in thresholds_table()]
