"""The command line: parses, calls the library, prints. No logic of its own."""

from __future__ import annotations

import atexit
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from newsprism.errors import NewsprismError, NoUsableInput, SettingsError
from newsprism.model import InputReport
from newsprism.render.bidi import printable
from newsprism.render.terminal import (
    brief_lines,
    counts_line,
    findings_line,
    minute,
    problem_lines,
    summary_table,
)

if TYPE_CHECKING:
    from newsprism.corpus.ingest import Ingested

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="How one news story is covered across outlets, with evidence.",
)
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one line per message, even in a log

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_USABLE = 0, 1, 2


class Engine(StrEnum):
    """Where `batch` runs its stages."""

    local = "local"
    ray = "ray"


def _version(asked: bool) -> None:
    if asked:
        from newsprism import __version__

        out.print(f"newsprism {__version__}", markup=False, highlight=False)
        raise typer.Exit(EXIT_OK)


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """How one news story is covered across outlets, with evidence."""


_INPUTS_HELP = "Files, directories, globs, http(s) URLs, feeds, JSONL/WARC corpora, or - for stdin."
Inputs = Annotated[list[str], typer.Argument(help=_INPUTS_HELP)]
SetOption = Annotated[
    list[str] | None,
    typer.Option("--set", metavar="NAME=VALUE", help="Change a setting (see `newsprism settings`)."),
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="A TOML file of settings.", dir_okay=False)
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Log details and show tracebacks.")]
DEFAULT_DB = Path("newsprism.db")
ManifestOption = Annotated[
    Path | None,
    typer.Option("--manifest", help="CSV or JSON giving source, url, published, title, author per file."),
]
DbOption = Annotated[
    Path, typer.Option("--db", help="The SQLite store: saved analyses and ingested corpora.", dir_okay=False)
]


@app.command()
def analyze(
    inputs: Annotated[list[str] | None, typer.Argument(help=_INPUTS_HELP)] = None,
    story_id: Annotated[
        int | None,
        typer.Option(
            "--corpus-story",
            "--story",
            help="Analyse this corpus story, one ingest formed (`newsprism stories`).",
        ),
    ] = None,
    every: Annotated[
        bool,
        typer.Option(
            "--all", help="Analyse and save every corpus story that changed since its last analysis."
        ),
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", min=1, help="Corpus stories analysed at once with --all.")
    ] = 1,
    manifest: ManifestOption = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the story document here.")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write the HTML report here.")] = None,
    save: Annotated[
        bool, typer.Option("--save", help="Save the analysis in the SQLite store named by --db.")
    ] = False,
    db: DbOption = DEFAULT_DB,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary, no progress.")] = False,
    set_: SetOption = None,
    config: ConfigOption = None,
    debug: DebugOption = False,
) -> None:
    """Analyse the articles of one story and write what was found."""
    from newsprism.pipeline import analyze as run
    from newsprism.render.html import render_html
    from newsprism.settings import make_settings

    _logging(debug)
    with _errors(debug):
        settings = make_settings(set_, config)
        if sum((bool(inputs), story_id is not None, every)) != 1:
            raise SettingsError("give inputs, --corpus-story ID or --all, one of the three")
        if every:
            from newsprism.pipeline import analyze_changed

            for number, saved in analyze_changed(db, settings, jobs):
                line = f"corpus story {number}: saved as analysis {saved} in {db}"
                out.print(line, markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_OK)
        try:
            with _progress(quiet) as step:
                if story_id is not None:
                    from newsprism.pipeline import analyze_corpus_story
                    from newsprism.store import Store

                    with Store(db) as store:
                        story = analyze_corpus_story(store, story_id, settings, step)
                else:
                    story = run(inputs or [], manifest=manifest, settings=settings, progress=step)
        except NoUsableInput as exc:
            _report(exc.reports)
            err.print("newsprism: nothing usable; no output written", markup=False)
            raise typer.Exit(EXIT_NOTHING_USABLE) from None
        _write(json_out, story.to_json())
        if html_out is not None:
            _write(html_out, render_html(story))
        if save:
            from newsprism.store import Store

            with Store(db) as store:
                number = store.save(story)
            if not quiet:
                out.print(
                    f"saved as analysis {number} in {db}", markup=False, highlight=False, soft_wrap=True
                )
        if not quiet:
            out.print(summary_table(story))
            out.print(findings_line(story), markup=False, highlight=False, soft_wrap=True)
            for line in brief_lines(story):
                out.print(line, markup=False, highlight=False, soft_wrap=True)
        _report(story.inputs)
    failed = any(r.status == "failed" for r in story.inputs)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@app.command()
def serve(
    db: Annotated[
        Path, typer.Argument(help="The SQLite store of saved analyses.", dir_okay=False)
    ] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 shows the app to your network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    set_: SetOption = None,
    config: ConfigOption = None,
    debug: DebugOption = False,
) -> None:
    """Browse and search the saved analyses, and analyse new stories, in a web browser."""
    from newsprism.settings import make_settings
    from newsprism.web.app import create_app

    _logging(debug)
    with _errors(debug):
        import uvicorn

        app_ = create_app(db, make_settings(set_, config))
        err.print(f"newsprism: serving {db} at http://{host}:{port}/", markup=False, highlight=False)
        uvicorn.run(app_, host=host, port=port, log_level="warning")


@app.command()
def schema(
    output: Annotated[Path | None, typer.Argument(help="Write here instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema of the story document."""
    from newsprism.model import json_schema_text

    if output:
        _write(output, json_schema_text())
    else:
        sys.stdout.write(json_schema_text())


@app.command()
def settings() -> None:
    """List every setting with its default and what it does."""
    from newsprism.settings import settings_table

    sys.stdout.write("".join(setting_lines(*row) for row in settings_table()))


_WIDTH = 80  # what `settings` prints fits a standard terminal, and a log or a pipe


def setting_lines(name: str, default: str, help_text: str) -> str:
    """A setting as a block of lines of at most 80 characters: `name = default`, then what
    it does, indented, then a blank line."""
    import textwrap

    head = textwrap.fill(f"{name} = {default}", _WIDTH, subsequent_indent="    ", break_on_hyphens=False)
    body = textwrap.fill(help_text, _WIDTH, initial_indent="    ", subsequent_indent="    ")
    return f"{head}\n{body}\n\n"


def _write(path: Path | None, text: str) -> None:
    from newsprism.output import write_atomic

    if path is not None:
        write_atomic(path, text)


@app.command()
def ingest(
    inputs: Inputs,
    db: DbOption = DEFAULT_DB,
    manifest: ManifestOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress.")] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", min=1, help="Processes that clean the inputs (default: one a CPU).")
    ] = os.cpu_count() or 1,
    set_: SetOption = None,
    config: ConfigOption = None,
    debug: DebugOption = False,
) -> None:
    """Stream a corpus into the store: de-duplicated, and grouped into corpus stories."""
    from newsprism.corpus.ingest import ingest as run
    from newsprism.ingest.manifest import read_manifest
    from newsprism.settings import make_settings
    from newsprism.store import Store

    _logging(debug)
    with _errors(debug):
        settings = make_settings(set_, config)
        table = read_manifest(manifest) if manifest else None
        with Store(db) as store, _progress(quiet) as step:
            outcome = run(inputs, store, settings, step, jobs, table)
    _ingested(outcome)


@app.command()
def batch(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("--out", help="A new directory for the Parquet files and the store.")],
    engine: Annotated[Engine, typer.Option("--engine", help="local (this process) or ray.")] = Engine.local,
    address: Annotated[
        str | None,
        typer.Option("--address", help="An existing Ray cluster (ray://host:10001); none: a local Ray."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Reading actors; default: one a CPU here, or the cluster's CPUs but one."
        ),
    ] = None,
    set_: SetOption = None,
    config: ConfigOption = None,
    debug: DebugOption = False,
) -> None:
    """Clean, read and vectorise a corpus in stages (on Ray with --engine ray), write Parquet, then cluster."""
    from newsprism.corpus.batch import batch as run
    from newsprism.settings import make_settings

    _logging(debug)
    with _errors(debug):
        outcome = run(inputs, out, make_settings(set_, config), engine.value, address, workers)
    _ingested(outcome)


@app.command()
def analyses(db: DbOption = DEFAULT_DB, debug: DebugOption = False) -> None:
    """List the analyses saved in the store (analyze --save, the web app), newest first."""
    from rich.table import Table
    from rich.text import Text

    from newsprism.store import Store

    with _errors(debug), Store(db) as store:
        rows = store.analyses()
    if not rows:
        out.print(
            f"no saved analyses in {db} (analyze --save makes one)",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        return
    table = Table(title=f"{len(rows)} saved analyses in {db}", title_justify="left")
    for name in ("analysis", "articles", "saved"):
        table.add_column(name)
    table.add_column("title", ratio=1)
    table.add_column("outlets", ratio=1)
    for r in rows:
        cells = (str(r.id), str(r.articles), minute(r.saved), r.title, ", ".join(r.outlets))
        table.add_row(*(Text(printable(c)) for c in cells))
    out.print(table)


@app.command()
def stories(db: DbOption = DEFAULT_DB, debug: DebugOption = False) -> None:
    """List the corpus stories ingest formed in the store, largest first."""
    from rich.table import Table
    from rich.text import Text

    from newsprism.store import Store

    with _errors(debug), Store(db) as store:
        rows = store.corpus.stories()
        saved = len(store.analyses())
    if not rows:
        also = f"; it holds {saved} saved analyses (newsprism analyses)" if saved else ""
        out.print(
            f"no corpus stories in {db} (newsprism ingest forms them){also}", markup=False, highlight=False
        )
        return
    table = Table(title=f"{len(rows)} corpus stories in {db}", title_justify="left")
    for name in ("story", "articles", "published"):
        table.add_column(name)
    table.add_column("title", ratio=1)
    table.add_column("analysed")
    for r in rows:
        span = minute(r.first) if r.last == r.first else f"{minute(r.first)} to {minute(r.last)}"
        cells = (str(r.id), str(r.size), span, r.title, "no" if r.changed else "yes")
        table.add_row(*(Text(printable(c)) for c in cells))
    out.print(table)


def _ingested(outcome: Ingested) -> NoReturn:
    for line in problem_lines(outcome.problems):
        err.print(f"newsprism: {line}", markup=False, highlight=False)
    counts = (
        f"{outcome.ok} ok, {outcome.duplicate} duplicate, {outcome.skipped} skipped, {outcome.failed} failed"
    )
    err.print(counts, markup=False, highlight=False)
    raise typer.Exit(EXIT_SOME_FAILED if outcome.failed else EXIT_OK)


def _report(reports: list[InputReport]) -> None:
    for line in problem_lines(reports):
        err.print(f"newsprism: {line}", markup=False, highlight=False)
    err.print(counts_line(reports), markup=False, highlight=False)


@contextmanager
def _errors(debug: bool) -> Iterator[None]:
    try:
        yield
    except NewsprismError as exc:
        if debug:
            raise
        err.print(printable(f"newsprism: {exc}"), markup=False, highlight=False)
        raise typer.Exit(EXIT_NOTHING_USABLE) from None
    except OSError as exc:
        if debug:
            raise
        err.print(f"newsprism: {exc.filename or ''}: {exc.strerror or exc}", markup=False)
        raise typer.Exit(EXIT_NOTHING_USABLE) from None


# What each stage of `pipeline.Progress` counts, as the progress line names it.
STAGES = {
    "read": ("reading", "inputs"),
    "clean": ("cleaning", "articles"),
    "reading": ("reading", "articles"),
    "comparing": ("comparing", ""),
    "ingest": ("ingesting", "inputs"),
}


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str, int | None], None] | None]:
    """A transient progress line a stage, "reading 3/40 articles, 2.1/s", on a terminal;
    nothing in logs, pipes or with --quiet."""
    if quiet or not err.is_terminal:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[count]}"))
    with Progress(*columns, console=err, transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def step(stage: str, total: int | None) -> None:
            verb, things = STAGES.get(stage, (stage, ""))
            if stage not in tasks:
                tasks[stage] = bar.add_task(verb, total=total, count="")
            task = tasks[stage]
            bar.update(task, total=total, advance=1 if things else 0)
            bar.update(
                task, count=progress_count(bar.tasks[task].completed, total, things, bar.tasks[task].speed)
            )

        yield step


def progress_count(done: float, total: int | None, things: str, rate: float | None) -> str:
    """'3/40 articles, 2.1/s': done of total, and the rate once there is one."""
    if not things:
        return ""
    shown = f"{done:.0f}/{total} {things}" if total else f"{done:.0f} {things}"
    return f"{shown}, {rate:.1f}/s" if rate else shown


def _logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="newsprism: %(levelname)s %(message)s",
        stream=sys.stderr,
    )


def main() -> NoReturn:
    """Run the command, then leave without tearing the interpreter down. With spaCy loaded
    the teardown alone took 0.6 s of a 5 s analysis (`benchmarks/cold_start.py`), and by
    then every file is written and closed. Exit handlers still run, and a failure's
    traceback is shown as usual."""
    try:
        app()
        code: object = 0
    except SystemExit as stop:
        code = stop.code
    if isinstance(code, str):  # as Python shows a SystemExit of a message
        print(code, file=sys.stderr)
    atexit._run_exitfuncs()  # the handlers os._exit would skip
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)
