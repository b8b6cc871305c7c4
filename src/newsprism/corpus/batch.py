"""Batch: a corpus read, cleaned, prepared and read in stages, written as Parquet, then clustered.

    newsprism batch INPUT... --out DIR [--engine local|ray] [--address ADDRESS] [--workers N]

Four stages, each a function of a batch of rows (a dict of columns) to a batch of rows,
the same functions on both engines:
- `read_stage`: each input to its documents (a JSONL or WARC file holds many) or reports;
- `clean_stage`: documents to clean articles (`clean_documents`) or reports;
- `prepare_stage`: each article's content hash, MinHash signature and lead words
  (`ingest.prepare`, as `newsprism ingest` computes them);
- `ReadStage`: each article read alone (`read.read_articles`): its entities, quotes,
  claims and framing (`Reading`, kept in the store for `analyze --story`, which then parses
  nothing). The spaCy model is loaded once for each `ReadStage` object: on Ray, once for
  each actor of a pool.

The local engine runs the stages in this process, one batch after another. The Ray
engine maps them as Ray Data stages (`flat_map`, `map_batches`, the reading on an actor
pool of one actor a CPU but one) on a local Ray or an existing cluster (`--address`; every node
needs newsprism installed). The inputs are read on this machine, whose files they are,
and the rows stream back to it. Each batch of rows is written as a Parquet file (whole
or not at all). Then, on this machine, the articles are clustered in input order exactly
as ingest clusters them, into a store in DIR:

    DIR/inputs.json          the inputs, in order (input_no is a place in this list)
    DIR/articles/*.parquet   one row an input item: input_no, record_no, status, reason,
                             input, url, source, title, published, author, text, hash,
                             signature (uint32 bytes), words (`vectors.WORDS` bytes), reading (JSON);
                             and after each input's last, a row of status "end"
    DIR/stories.parquet      one row a stored article: input_no, record_no, article (its
                             number in the store), story, duplicate_of
    DIR/corpus.db            the store: `newsprism stories --db DIR/corpus.db`, then
                             `newsprism analyze --story ID --db DIR/corpus.db`

An interrupted batch is resumed by running it again with the same inputs and DIR: the
inputs whose end row was written are kept, the rows of the others dropped and read
again, and the store is clustered anew from all the rows.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from newsprism.clean import clean_documents
from newsprism.corpus.ingest import BATCH, Corpus, Ingested, Prepared, prepare
from newsprism.corpus.vectors import WORDS
from newsprism.errors import SettingsError
from newsprism.ingest import read_inputs
from newsprism.ingest.files import expand
from newsprism.ingest.web import is_url
from newsprism.model import Article, Document, InputReport, Reading
from newsprism.output import replacing, write_atomic
from newsprism.read import in_other_language
from newsprism.settings import Settings
from newsprism.store import Store
from newsprism.thresholds import DEFAULTS, Thresholds

if TYPE_CHECKING:
    import pyarrow as pa

Columns = dict[str, list[Any]]  # column name: its values
COLUMNS = ["input_no", "record_no", "status", "reason", "input", "url", "source", "title", "published",
           "author", "text", "hash", "signature", "words", "reading"]  # fmt: skip
_BINARY = {"signature", "words"}
_NUMBERS = {"input_no", "record_no"}
_ARTICLE_FIELDS = ["url", "source", "title", "published", "author", "text"]


def inputs_of(names: list[str]) -> tuple[list[str], list[InputReport]]:
    """The inputs one by one (directories and globs expanded to files), and those that name nothing."""
    found: list[str] = []
    missing: list[InputReport] = []
    for name in names:
        if is_url(name) or name == "-":
            found.append(name)
            continue
        for path in expand(name):
            if isinstance(path, InputReport):
                missing.append(path)
            else:
                found.append(str(path))
    return found, missing


@dataclasses.dataclass(frozen=True)
class End:
    """The row after an input's last item: the input was read to its end."""

    input: str


def read_stage(row: dict[str, Any], settings: Settings) -> list[dict[str, Any]]:
    """One input's items, numbered in order (a document, kind "document", or a report), then its end."""
    items: list[Document | InputReport | End] = [*read_inputs([row["input"]], settings), End(row["input"])]
    return [{"input_no": row["input_no"], "record_no": k, **_packed(item)} for k, item in enumerate(items)]


def clean_stage(batch: Columns, settings: Settings) -> Columns:
    """Documents cleaned into articles (kind "article") or reports; reports pass through."""
    items = [
        _unpacked(str(kind), str(payload))
        for kind, payload in zip(batch["kind"], batch["payload"], strict=True)
    ]
    cleaned = iter(clean_documents([i for i in items if isinstance(i, Document)], settings, outside=False))
    outcomes = [next(cleaned) if isinstance(i, Document) else i for i in items]
    outcomes = [(in_other_language(o, settings) or o) if isinstance(o, Article) else o for o in outcomes]
    packed = [_packed(o) for o in outcomes]
    return {
        "input_no": batch["input_no"],
        "record_no": batch["record_no"],
        "kind": [p["kind"] for p in packed],
        "payload": [p["payload"] for p in packed],
    }


def prepare_stage(batch: Columns) -> Columns:
    """The output rows: articles with their hash, signature and lead words; reports with their reason."""
    items = [
        _unpacked(str(kind), str(payload))
        for kind, payload in zip(batch["kind"], batch["payload"], strict=True)
    ]
    ready = iter(prepare([i for i in items if isinstance(i, Article)]))
    rows = []
    for item in items:
        if isinstance(item, Document):
            raise TypeError(f"{item.input} reached the prepare stage uncleaned")
        rows.append(_article_row(next(ready)) if isinstance(item, Article) else _report_row(item))
    for row, number, record in zip(rows, batch["input_no"], batch["record_no"], strict=True):
        row["input_no"], row["record_no"] = number, record
    return {name: [row[name] for row in rows] for name in COLUMNS}


class ReadStage:
    """The reading stage: holds the spaCy model, reads each ok row's article alone; an
    article it cannot read ends failed with the reason."""

    def __init__(self, settings: Settings) -> None:
        from newsprism.nlp import spacy_pipeline

        self.settings = settings
        spacy_pipeline(settings.spacy_model)  # loaded now, once for this object (on Ray: this actor)

    def __call__(self, batch: Columns) -> Columns:
        from newsprism.read import read_articles

        rows = {name: list(batch[name]) for name in COLUMNS}
        ok = [i for i, status in enumerate(rows["status"]) if status == "ok"]
        readings = read_articles([_article({f: rows[f][i] for f in COLUMNS}) for i in ok], self.settings)
        for i, reading in zip(ok, readings, strict=True):
            if isinstance(reading, Reading):
                rows["reading"][i] = reading.model_dump_json()
            else:
                rows["status"][i], rows["reason"][i] = reading.status, reading.reason
        return rows


def run_local(inputs: list[tuple[int, str]], settings: Settings) -> Iterator[pa.Table]:
    """The stages in this process, a batch at a time."""
    import pyarrow as pa

    reading = ReadStage(settings)
    items = (item for number, name in inputs
             for item in read_stage({"input_no": number, "input": name}, settings))  # fmt: skip
    while chunk := list(islice(items, BATCH)):
        batch = {name: [row[name] for row in chunk] for name in chunk[0]}
        yield pa.Table.from_pydict(reading(prepare_stage(clean_stage(batch, settings))), schema=schema())


def on_tables(
    stage: Callable[[Columns], Columns], output: pa.Schema | None = None
) -> Callable[[pa.Table], pa.Table]:
    """A stage as Ray runs it, on Arrow tables: Python values in (a column of nulls stays
    None, not NaN as in Ray's numpy batches), the rows out with `output`'s types."""
    import pyarrow as pa

    def run(table: pa.Table) -> pa.Table:
        return pa.Table.from_pydict(stage(table.to_pydict()), schema=output)

    return run


class RayReadStage(ReadStage):
    """The reading stage on Arrow tables, for a Ray actor pool."""

    def __call__(self, batch: pa.Table) -> pa.Table:
        return on_tables(super().__call__, schema())(batch)


def run_ray(
    inputs: list[tuple[int, str]], settings: Settings, address: str | None, workers: int | None
) -> Iterator[pa.Table]:
    """The stages as Ray Data stages; their output streamed back to this process."""
    import ray

    # A reading actor holds a CPU for the whole run; one more CPU is left to the light
    # stages (reading the inputs, cutting them into batches) or they would wait on the
    # actors. On a local Ray that CPU is an extra logical one: `workers` actors on `workers` cores.
    ray.init(address=address, num_cpus=None if address else (workers or os.cpu_count() or 1) + 1,
             include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)  # fmt: skip
    try:
        cpus = int(ray.cluster_resources().get("CPU", 2))  # type: ignore[no-untyped-call]
        actors = workers or max(1, cpus - 1)
        # The inputs are read on this machine, whose files they are.
        here = {"ray.io/node-id": ray.get_runtime_context().get_node_id()}
        yield from (
            ray.data.from_items([{"input_no": n, "input": name} for n, name in inputs])
            .flat_map(partial(read_stage, settings=settings), concurrency=1, label_selector=here)
            .repartition(target_num_rows_per_block=BATCH)
            .map_batches(
                on_tables(partial(clean_stage, settings=settings)), batch_size=BATCH, batch_format="pyarrow"
            )
            .map_batches(on_tables(prepare_stage, schema()), batch_size=BATCH, batch_format="pyarrow")
            .map_batches(
                RayReadStage,
                batch_size=BATCH,
                batch_format="pyarrow",
                fn_constructor_kwargs={"settings": settings},
                compute=ray.data.ActorPoolStrategy(size=actors),
            )
            .iter_batches(batch_size=None, batch_format="pyarrow")
        )
    finally:
        ray.shutdown()


def batch(
    names: list[str],
    out: Path,
    settings: Settings,
    engine: str = "local",
    address: str | None = None,
    workers: int | None = None,
) -> Ingested:
    """Run the stages on `engine` (for the inputs not yet done in `out`), write the Parquet,
    cluster into DIR/corpus.db; how each input ended."""
    if engine not in ("local", "ray"):
        raise SettingsError(f"unknown engine {engine!r}: local or ray")
    _require("pyarrow", "batch")
    if engine == "ray":
        _require("ray", "ray")
    import pyarrow as pa

    inputs, missing = inputs_of(names)
    done = resumed(out, inputs)
    pending = [(number, name) for number, name in enumerate(inputs) if number not in done]
    parts = run_ray(pending, settings, address, workers) if engine == "ray" else run_local(pending, settings)
    run = _next_run(out)
    for k, part in enumerate(parts):
        write_parquet(part, out / "articles" / f"{run:03d}-{k:06d}.parquet")
    outcome = Ingested()
    for report in missing:
        outcome.count(report)
    placed = cluster(out, outcome, settings.thresholds)
    write_parquet(pa.table(placed), out / "stories.parquet")
    return outcome


def resumed(out: Path, inputs: list[str]) -> set[int]:
    """The inputs (by number) a batch into `out` already read to their end, its other rows
    dropped; a new `out` is made, one holding another batch's results is refused."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    listed = out / "inputs.json"
    if not out.exists() or not any(out.iterdir()):
        (out / "articles").mkdir(parents=True, exist_ok=True)
        write_atomic(listed, json.dumps(inputs))
        return set()
    if not listed.exists() or json.loads(listed.read_text(encoding="utf-8")) != inputs:
        raise SettingsError(
            f"{out} is not empty and holds no batch of these inputs: give a new directory,"
            " or the same inputs to resume the batch it holds"
        )
    for derived in [out / "stories.parquet", *out.glob("corpus.db*"), *(out / "articles").glob(".*.tmp")]:
        derived.unlink(missing_ok=True)  # made again from the rows, or cut short
    rows = _rows(out, ["input_no", "record_no", "status"]).to_pylist()
    seen: dict[int, set[int]] = {}
    ends: dict[int, int] = {}
    for row in rows:
        seen.setdefault(row["input_no"], set()).add(row["record_no"])
        if row["status"] == "end":
            ends[row["input_no"]] = row["record_no"]
    done = {number for number, last in ends.items() if len(seen[number]) == last + 1}
    run = _next_run(out)
    for k, path in enumerate(sorted((out / "articles").glob("*.parquet"))):
        part = pq.read_table(path, schema=schema())
        kept = part.filter(pc.is_in(part["input_no"], value_set=pa.array(sorted(done), pa.int64())))
        if kept.num_rows < part.num_rows:  # rows of an input read only in part: read again
            if kept.num_rows:
                write_parquet(kept, out / "articles" / f"{run:03d}-kept-{k:06d}.parquet")
            path.unlink()
    return done


def _next_run(out: Path) -> int:
    """The number of the next run into `out`: its part files are named after it."""
    return 1 + max((int(p.name.split("-")[0]) for p in (out / "articles").glob("*.parquet")), default=0)


def _rows(out: Path, columns: list[str]) -> pa.Table:
    """The written rows in input order, each once (a part rewritten on resume may be there twice)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    table = ds.dataset(out / "articles", format="parquet", schema=schema()).to_table(columns=columns)
    table = table.sort_by([("input_no", "ascending"), ("record_no", "ascending")])
    keys = list(zip(table["input_no"].to_pylist(), table["record_no"].to_pylist(), strict=True))
    first = [k == 0 or keys[k] != keys[k - 1] for k in range(len(keys))]
    return table.filter(pa.array(first, pa.bool_()))


def write_parquet(table: pa.Table, path: Path) -> None:
    """`table` in `path`, whole or not at all: written beside it, then renamed."""
    import pyarrow.parquet as pq

    with replacing(path) as tmp:
        pq.write_table(table, tmp)


def cluster(out: Path, outcome: Ingested, thresholds: Thresholds = DEFAULTS) -> Columns:
    """The written rows clustered in input order into DIR/corpus.db; where each stored article
    went (its story as it stands at the end, after merges and splits)."""
    written = _rows(out, [name for name in COLUMNS if name != "reading"])
    placed: Columns = {"input_no": [], "record_no": [], "article": [], "story": [], "duplicate_of": []}
    with Store(out / "corpus.db") as store:
        corpus = Corpus(store, thresholds)
        for start in range(0, written.num_rows, BATCH):
            chunk = written.slice(start, BATCH).to_pylist()
            for row in chunk:
                if row["status"] not in ("ok", "end"):
                    outcome.count(InputReport(input=row["input"], status=row["status"], reason=row["reason"]))
            ok = [row for row in chunk if row["status"] == "ok"]
            for row, where in zip(ok, corpus.add([_prepared(row) for row in ok], outcome), strict=True):
                if where is not None:
                    for name, value in zip(["article", "story", "duplicate_of"], where, strict=True):
                        placed[name].append(value)
                    placed["input_no"].append(row["input_no"])
                    placed["record_no"].append(row["record_no"])
        _keep_readings(out, store)
        now = store.corpus.stories_of()
    placed["story"] = [now[number] for number in placed["article"]]
    return placed


def _keep_readings(out: Path, store: Store) -> None:
    """Every article's reading into the store, a batch of rows at a time."""
    import pyarrow.dataset as ds

    rows = ds.dataset(out / "articles", format="parquet", schema=schema())
    for part in rows.to_batches(columns=["reading"], filter=ds.field("reading").is_valid(), batch_size=BATCH):
        store.keep_readings([Reading.model_validate_json(r) for r in part.column("reading").to_pylist()])


def schema() -> pa.Schema:
    """The articles' Parquet schema: numbers, bytes, and text for the rest."""
    import pyarrow as pa

    def kind(name: str) -> pa.DataType:
        return pa.int64() if name in _NUMBERS else pa.binary() if name in _BINARY else pa.large_string()

    return pa.schema([(name, kind(name)) for name in COLUMNS])


def _require(module: str, extra: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise SettingsError(f"newsprism batch needs {module}: pip install 'newsprism[{extra}]'")


def _packed(item: Document | Article | InputReport | End) -> dict[str, str]:
    if isinstance(item, Document):
        return {"kind": "document", "payload": json.dumps(dataclasses.asdict(item))}
    if isinstance(item, Article):
        return {"kind": "article", "payload": item.model_dump_json()}
    if isinstance(item, End):
        return {"kind": "end", "payload": item.input}
    return {"kind": "report", "payload": item.model_dump_json()}


def _unpacked(kind: str, payload: str) -> Document | Article | InputReport | End:
    if kind == "document":
        return Document(**json.loads(payload))
    if kind == "article":
        return Article.model_validate_json(payload)
    if kind == "end":
        return End(payload)
    return InputReport.model_validate_json(payload)


def _article_row(item: Prepared) -> dict[str, Any]:
    a = item.article
    return {
        "status": "ok", "reason": None, "input": a.path, **{f: getattr(a, f) for f in _ARTICLE_FIELDS},
        "hash": item.digest, "signature": item.signature.tobytes(), "words": item.words.tobytes(), "reading": None,
    }  # fmt: skip


def _report_row(report: InputReport | End) -> dict[str, Any]:
    status, reason = (report.status, report.reason) if isinstance(report, InputReport) else ("end", None)
    return {name: None for name in COLUMNS} | {"status": status, "reason": reason, "input": report.input}


def _article(row: dict[str, Any]) -> Article:
    return Article(id="a1", path=row["input"], **{f: row[f] for f in _ARTICLE_FIELDS})


def _prepared(row: dict[str, Any]) -> Prepared:
    article = _article(row)
    return Prepared(article, row["hash"], np.frombuffer(row["signature"], dtype=np.uint32),
                    np.frombuffer(row["words"], dtype=WORDS))  # fmt: skip
