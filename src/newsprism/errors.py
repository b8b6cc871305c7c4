"""The exceptions newsprism raises.

    NewsprismError          base of everything below; catch this to catch newsprism
    ├── InputError          one input cannot be used (unreadable, binary, too large, no
    │                       article, unreachable...); a run records it and goes on
    ├── NoUsableInput       a run ended with no article to analyse
    ├── SettingsError       an unknown setting, a bad value, or an unreadable config file
    ├── DocumentError       a story document that is not valid JSON or breaks the contract
    ├── StoreError          a store that cannot be opened, or was written by a newer newsprism
    └── MissingExtra        an optional part is not installed; the message names the extra

The library raises and logs; it never prints. The command line turns each of these into
one line and an exit code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsprism.model import InputReport


class NewsprismError(Exception):
    """Base of newsprism's exceptions."""


class InputError(NewsprismError):
    """One input cannot be used. `reason` is a short phrase a person understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NoUsableInput(NewsprismError):
    """No input gave an article. `reports` says how each input ended."""

    def __init__(self, message: str, reports: list[InputReport]) -> None:
        super().__init__(message)
        self.reports = reports


class SettingsError(NewsprismError):
    """An unknown setting or a value of the wrong kind."""


class DocumentError(NewsprismError):
    """A story document that cannot be read or does not follow the contract."""


class StoreError(NewsprismError):
    """A store that cannot be opened or read, or whose schema is newer than this newsprism's."""


class MissingExtra(NewsprismError):
    """An optional dependency is missing; install the extra named in the message."""
