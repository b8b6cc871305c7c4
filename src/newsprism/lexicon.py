"""Data tables that ship with newsprism (leftover patterns, place names, loaded words),
each extensible by a user's file of the same shape named by a setting."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsprism.errors import SettingsError


def tables(package: str, name: str, extra: Path | None = None) -> list[dict[str, Any]]:
    """The packaged table `package/name`, then the user's file `extra` if one is given."""
    out = [_packaged(package, name)]
    if extra is not None:
        try:
            out.append(tomllib.loads(extra.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read {extra}: {exc}") from None
    return out


@cache
def _packaged(package: str, name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files(package).joinpath(name).read_text("utf-8"))
