"""The web app: FastAPI with server-rendered pages over the store's saved analyses, and a JSON API.

    GET  /                       the saved analyses, newest first, with their counts
    GET  /analyses/{id}          an analysis' report (the same page as `--html`)
    GET  /analyses/{id}/articles/{article}   one article with its marks
    GET  /analyses/{id}/edit     rename or delete it (POST .../rename, .../delete)
    GET  /search?q=&in=          articles, claims or quotes matching the words
    GET  /entities?q=            the entity names of every analysis
    GET  /entities/{name}        every mention of one, across analyses and outlets
    GET  /outlets                the outlets of every analysis
    GET  /outlets/{name}         an outlet's articles, what each reuses and leaves out
    GET  /new                    the form to analyse a new story
    POST /analyze                start an analysis (pasted text, files, URLs)
    GET  /jobs/{id}              its progress, then a link to the saved analysis
    GET  /api/...                the same as JSON (see /docs and /openapi.json)

Every list page is also CSV or JSON (`?format=csv`, `?format=json`). Every text is
escaped by the templates; pages forbid scripts by their Content-Security-
Policy. Uploads are limited in number and size, each and together; requests from pages of
other sites that would change anything are refused (`guard.py`); URLs given in the form
are fetched only from public addresses unless `web_private_urls` allows others.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.datastructures import FormData
from starlette.datastructures import UploadFile as StarletteUpload
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprism.errors import InputError
from newsprism.ingest.manifest import FIELDS, Manifest, given, parse_manifest
from newsprism.model import Article, Story, is_unknown_outlet
from newsprism.render.html import environment, render_html
from newsprism.render.report import Report
from newsprism.settings import Settings
from newsprism.store import AnalysisRow, EntityRow, Hit, SearchKind, Store
from newsprism.web.browse import (
    MAX_ANALYSES,
    ListFormat,
    MentionRow,
    OutletArticle,
    Spanning,
    as_rows,
    columns,
    csv_text,
    json_text,
    mentions,
    outlet_page,
)
from newsprism.web.guard import Guard
from newsprism.web.jobs import Job, Jobs


class Problem(BaseModel):
    """Why a request found nothing."""

    detail: str


_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "Not there."}}
AnalysisId = Annotated[
    int, PathParam(ge=1, le=2**63 - 1, description="A saved analysis' number in the store.")
]
MAX_FILES = 50
MAX_URLS = 50
MAX_URL_CHARACTERS = 100_000  # MAX_URLS addresses of up to 2,000 characters, with room
_FIELDS = 20  # the form has seven fields besides its files and manifest
_MAX_TITLE = 300  # characters of a title the user gives an analysis
_PAGES_KEPT = 64  # rendered pages kept: a story page is 100-500 kB, so at most about 30 MB


def create_app(db: str | Path, settings: Settings | None = None) -> FastAPI:
    """The app over the store at `db`."""
    settings = settings or Settings()
    db = Path(db)
    Store(db).close()  # create or migrate it now, and fail early on a bad file
    jobs = Jobs(db, settings)
    app = FastAPI(
        title="newsprism",
        summary="News stories analysed by newsprism: browse and search the saved analyses, analyse more.",
    )
    app.state.db = db
    app.add_middleware(Guard, max_bytes=settings.max_request_bytes)

    def page(template: str, **context: Any) -> HTMLResponse:
        return HTMLResponse(_render(template, **context))

    rendered = Rendered()

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        return _error_page(exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        first = exc.errors()[0] if exc.errors() else {}
        where = " ".join(str(part) for part in first.get("loc", ()))
        return _error_page(422, f"{where}: {first.get('msg', 'not valid')}")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False, response_model=None)
    async def home(request: Request, s: Db, format: ListFormat = "html") -> Response:
        if format != "html":
            return _exported(format, "analyses", s.analyses(), AnalysisRow)
        exports = _exports("/")
        return HTMLResponse(
            rendered.get(
                s.revision(),
                "/",
                lambda: _render("web_analyses.html", analyses=s.analyses(), exports=exports),
            )
        )

    @app.get("/analyses/{number}/edit", response_class=HTMLResponse, include_in_schema=False)
    async def edit_page(number: AnalysisId, s: Db) -> HTMLResponse:
        title = s.title(number)
        if title is None:
            raise HTTPException(404, "no such analysis")
        return page("web_edit.html", number=number, title=title, max_title=_MAX_TITLE)

    @app.post("/analyses/{number}/rename", include_in_schema=False)
    async def rename(number: AnalysisId, request: Request, s: Db) -> RedirectResponse:
        async with request.form(max_files=0, max_fields=2, max_part_size=_MAX_TITLE * 4) as form:
            title = " ".join(_field(form, "title").split())
        if not title or len(title) > _MAX_TITLE:
            raise HTTPException(400, f"a title of 1 to {_MAX_TITLE} characters")
        if not s.rename(number, title):
            raise HTTPException(404, "no such analysis")
        return RedirectResponse("/", status_code=303)

    @app.post("/analyses/{number}/delete", include_in_schema=False)
    async def delete(number: AnalysisId, s: Db) -> RedirectResponse:
        if not s.delete(number):
            raise HTTPException(404, "no such analysis")
        return RedirectResponse("/", status_code=303)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False, response_model=None)
    async def entities_page(
        request: Request, s: Db, q: Annotated[str, Query(max_length=200)] = "", format: ListFormat = "html"
    ) -> Response:
        rows = s.entities(q)
        if format != "html":
            return _exported(format, "entities", rows, EntityRow)
        return page("web_entities.html", entities=rows, filter=q, exports=_exports("/entities", q=q))

    @app.get(
        "/entities/{name:path}", response_class=HTMLResponse, include_in_schema=False, response_model=None
    )
    def entity_page(request: Request, name: str, s: Db, format: ListFormat = "html") -> Response:
        # reads up to MAX_ANALYSES documents: in the thread pool, not on the event loop
        found = mentions(s, name)
        if not found.rows:
            raise HTTPException(404, "no entity of that name in the saved analyses")
        if format != "html":
            return _exported(format, "mentions", found.rows, MentionRow)
        return page(
            "web_entity.html", name=name, found=found, limit=MAX_ANALYSES, exports=_exports(request.url.path)
        )

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False, response_model=None)
    async def outlets_page(request: Request, s: Db, format: ListFormat = "html") -> Response:
        # "unknown outlet (a2)" of one analysis is no outlet of another: not listed
        rows = [OutletRow(outlet=name, analyses=n) for name, n in s.outlets() if not is_unknown_outlet(name)]
        if format != "html":
            return _exported(format, "outlets", rows, OutletRow)
        return page("web_outlets.html", outlets=rows, exports=_exports("/outlets"))

    @app.get(
        "/outlets/{name:path}", response_class=HTMLResponse, include_in_schema=False, response_model=None
    )
    def outlet_view(request: Request, name: str, s: Db, format: ListFormat = "html") -> Response:
        # as entity_page: in the thread pool
        found, left = (Spanning([], more=False), []) if is_unknown_outlet(name) else outlet_page(s, name)
        if not found.rows:
            raise HTTPException(404, "no outlet of that name in the saved analyses")
        if format != "html":
            return _exported(format, "articles", found.rows, OutletArticle)
        return page(
            "web_outlet.html",
            name=name,
            found=found,
            left=left,
            limit=MAX_ANALYSES,
            exports=_exports(request.url.path),
        )

    @app.get("/analyses/{number}", response_class=HTMLResponse, include_in_schema=False)
    async def analysis_page(number: AnalysisId, s: Db) -> HTMLResponse:
        return HTMLResponse(
            rendered.get(
                s.revision(),
                number,
                lambda: render_html(_analysis(s, number), back="/", title=s.title(number)),
            )
        )

    @app.get("/analyses/{number}/articles/{article}", response_class=HTMLResponse, include_in_schema=False)
    async def article_page(number: AnalysisId, article: str, s: Db) -> HTMLResponse:
        story = _analysis(s, number)
        found = next((a for a in story.articles if a.id == article), None)
        if found is None:
            raise HTTPException(404, "no such article")
        return page("web_article.html", story=story, number=number, article=found, report=Report(story))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False, response_model=None)
    async def search_page(
        request: Request,
        s: Db,
        q: Annotated[str, Query(max_length=200)] = "",
        kind: Annotated[SearchKind, Query(alias="in")] = "article",
        format: ListFormat = "html",
    ) -> Response:
        hits = s.search(q, kind)
        if format != "html":
            return _exported(format, "search", hits, Hit)
        return page(
            "web_search.html",
            q=q,
            kind=kind,
            hits=hits,
            exports=_exports("/search", q=q, **{"in": kind}) if q else None,
        )

    @app.get("/new", response_class=HTMLResponse, include_in_schema=False)
    async def new_page() -> HTMLResponse:
        return page("web_new.html", **_limits(settings), error=None)

    @app.post("/analyze", include_in_schema=False, response_model=None)
    async def analyze_form(request: Request) -> Response:
        # A field may be as large as the request, so that the pasted text's own limit is the
        # one that speaks (max_input_bytes, in bytes, as for any input).
        try:
            async with request.form(
                max_files=MAX_FILES + 2, max_fields=_FIELDS, max_part_size=settings.max_request_bytes
            ) as form:
                files, links, manifest = await _given(form, settings)
        except StarletteHTTPException as exc:  # refused here, a malformed body, the request too large
            return _refused(page, settings, str(exc.detail), exc.status_code)
        job = jobs.start(files, links, manifest)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    async def job_page(job_id: str) -> HTMLResponse:
        return page("web_job.html", job=_job(jobs, job_id))

    @app.get("/api/analyses", response_model=list[AnalysisRow])
    async def api_analyses(s: Db) -> list[AnalysisRow]:
        return s.analyses()

    @app.get(
        "/api/analyses/{number}",
        response_class=Response,
        responses={200: {"model": Story, "content": {"application/json": {}}}, **_NOT_FOUND},
    )
    async def api_analysis(number: AnalysisId, s: Db) -> Response:
        """The story document of a saved analysis, as it was saved (validated then)."""
        document = s.document(number)
        if document is None:
            raise HTTPException(404, "no such analysis")
        return Response(document, media_type="application/json")

    @app.get("/api/analyses/{number}/articles/{article}", response_model=Article, responses=_NOT_FOUND)
    async def api_article(number: AnalysisId, article: str, s: Db) -> Article:
        found = s.article(number, article)
        if found is None:
            raise HTTPException(404, "no such analysis or article")
        return found

    @app.get("/api/search", response_model=list[Hit])
    async def api_search(
        s: Db,
        q: Annotated[str, Query(max_length=200)] = "",
        kind: Annotated[SearchKind, Query(alias="in")] = "article",
    ) -> list[Hit]:
        return s.search(q, kind)

    @app.get("/api/jobs/{job_id}", response_model=Job, responses=_NOT_FOUND)
    async def api_job(job_id: str) -> Job:
        return _job(jobs, job_id)

    return app


class OutletRow(BaseModel):
    outlet: str
    analyses: int


def _exports(path: str, **query: str) -> dict[str, str]:
    """The address of the list at `path` with `query` as CSV and as JSON (never another
    visitor's query: the home page is kept rendered)."""
    return {f: f"{quote(path)}?{urlencode({**query, 'format': f})}" for f in ("csv", "json")}


def _exported(format: ListFormat, name: str, items: Sequence[Any], row_type: type) -> Response:
    rows = as_rows(items)
    if format == "csv":
        disposition = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
        return Response(
            csv_text(rows, columns(row_type)), media_type="text/csv; charset=utf-8", headers=disposition
        )
    return Response(json_text(rows), media_type="application/json")


def _wants_json(request: Request) -> bool:
    """The API and its documentation answer errors in JSON; the pages, in a page."""
    return request.url.path.startswith(("/api/", "/openapi.json", "/docs", "/redoc"))


def _error_page(status: int, detail: str, headers: Mapping[str, str] | None = None) -> HTMLResponse:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    body = _render("web_error.html", status=status, phrase=phrase, detail=detail)
    return HTMLResponse(body, status_code=status, headers=dict(headers or {}))


def _render(template: str, **context: Any) -> str:
    return str(environment().get_template(template).render(**context))


class Rendered:
    """Pages rendered from the saved analyses, kept (the most recently asked, up to a bound)
    while the store's revision stays the same: a busy list or story page is made once."""

    def __init__(self, kept: int = _PAGES_KEPT) -> None:
        self.kept = kept
        self.revision: int | None = None
        self.pages: OrderedDict[object, str] = OrderedDict()

    def get(self, revision: int, key: object, make: Callable[[], str]) -> str:
        if revision != self.revision:
            self.pages.clear()
            self.revision = revision
        if key not in self.pages:
            self.pages[key] = make()  # a page that fails (404) raises here and is not kept
            while len(self.pages) > self.kept:
                self.pages.popitem(last=False)
        self.pages.move_to_end(key)
        return self.pages[key]


async def _store(request: Request) -> AsyncIterator[Store]:
    """A store connection for one request. The pages' work is a few milliseconds of SQLite
    and templates, done on the event loop: handing each to a thread costs more under load."""
    with Store(request.app.state.db) as s:
        yield s


Db = Annotated[Store, Depends(_store)]


def _analysis(s: Store, number: int) -> Story:
    """The story document of a saved analysis."""
    story = s.load(number)
    if story is None:
        raise HTTPException(404, "no such analysis")
    return story


def _job(jobs: Jobs, job_id: str) -> Job:
    job = jobs.get(job_id)
    if job is None:
        raise HTTPException(404, "no such job")
    return job


async def _given(form: FormData, settings: Settings) -> tuple[list[tuple[str, bytes]], list[str], Manifest]:
    """The files (name, content), URLs and metadata by input name (the pasted text's fields,
    an uploaded manifest's rows) a form gives, or HTTPException 400 saying what it cannot take."""
    limit = settings.max_input_bytes
    uploads = [f for f in form.getlist("files") if isinstance(f, StarletteUpload) and f.filename]
    if len(uploads) > MAX_FILES:
        raise HTTPException(400, f"at most {MAX_FILES} files at once")
    files: list[tuple[str, bytes]] = []
    for upload in uploads:
        content = await upload.read(limit + 1)
        if len(content) > limit:
            raise HTTPException(400, f"{upload.filename} is larger than {_bytes(limit)}")
        files.append((upload.filename or "upload", content))
    text, urls = _field(form, "text"), _field(form, "urls")
    if len(text.encode("utf-8")) > limit:
        raise HTTPException(400, f"the pasted text is larger than {_bytes(limit)}")
    manifest = await _uploaded_manifest(form, limit)
    if text.strip():
        files.append((PASTED, text.encode("utf-8")))
        manifest[PASTED] = given({f: _field(form, f) for f in FIELDS})
    links = [u.strip() for u in urls.splitlines() if u.strip()]
    if len(links) > MAX_URLS or len(urls) > MAX_URL_CHARACTERS:
        raise HTTPException(400, f"at most {MAX_URLS} URLs at once")
    if bad := [u for u in links if not u.lower().startswith(("http://", "https://"))]:
        raise HTTPException(400, f"not a web address: {bad[0][:80]}")
    if not files and not links:
        raise HTTPException(400, "give some text, files or URLs")
    return files, links, manifest


PASTED = "pasted text.txt"


async def _uploaded_manifest(form: FormData, limit: int) -> Manifest:
    """The rows of the manifest uploaded with the files (CSV or JSON), by file name or URL."""
    upload = form.get("manifest")
    if not isinstance(upload, StarletteUpload) or not upload.filename:
        return {}
    content = await upload.read(limit + 1)
    if len(content) > limit:
        raise HTTPException(400, f"the manifest is larger than {_bytes(limit)}")
    try:
        return parse_manifest(content.decode("utf-8-sig"), Path(upload.filename))
    except UnicodeDecodeError:
        raise HTTPException(400, "the manifest is not UTF-8 text") from None
    except InputError as exc:
        raise HTTPException(400, exc.reason) from None


def _limits(settings: Settings) -> dict[str, int]:
    """What the upload form says it takes, the same numbers the server holds it to."""
    return {
        "max_files": MAX_FILES,
        "max_bytes": settings.max_input_bytes,
        "max_request": settings.max_request_bytes,
        "max_url_characters": MAX_URL_CHARACTERS,
    }


def _field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _bytes(size: int) -> str:
    return f"{size:,} bytes (setting max_input_bytes)"


def _refused(page: Any, settings: Settings, reason: str, status: int = 400) -> HTMLResponse:
    response: HTMLResponse = page("web_new.html", **_limits(settings), error=reason)
    response.status_code = status
    return response
