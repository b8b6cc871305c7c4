"""newsprism: how one news story is covered across outlets, with evidence.

    import newsprism
    story = newsprism.analyze(["a.html", "b.txt", "https://example.org/c"])
    print(story.to_json())
    same = newsprism.load("story.json")

Everything not in `__all__` is importable but private by convention.
"""

from newsprism.errors import (
    DocumentError,
    InputError,
    MissingExtra,
    NewsprismError,
    NoUsableInput,
    SettingsError,
    StoreError,
)
from newsprism.model import Article, InputReport, Story
from newsprism.pipeline import analyze, load
from newsprism.settings import Settings, make_settings
from newsprism.store import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DocumentError",
    "InputError",
    "InputReport",
    "MissingExtra",
    "NewsprismError",
    "NoUsableInput",
    "Settings",
    "SettingsError",
    "Store",
    "StoreError",
    "Story",
    "__version__",
    "analyze",
    "load",
    "make_settings",
]
