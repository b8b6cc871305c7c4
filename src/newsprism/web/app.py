"""The web app: FastAPI with server-rendered pages over the store's saved analyses, and a JSON API.

    GET  /                       the saved analyses, newest first, with their counts
    GET  /analyses/{id}          an analysis' report (the same page as `--html`)
    GET  /analyses/{id}/articles/{article}   one article with its marks
    GET  /search?q=              articles matching the words, by analysis
    GET  /new                    the form to analyse a new story
    POST /analyze                start an analysis (pasted text, files, URLs)
    GET  /jobs/{id}              its progress, then a link to the saved analysis
    GET  /api/...                the same as JSON (see /docs and /openapi.json)

Every text is escaped by the templates; pages forbid scripts by their Content-Security-
Policy. Uploads are limited in number and size, each and together; requests from pages of
other sites that would change anything are refused (`guard.py`); URLs given in the form
are fetched only from public addresses unless `web_private_urls` allows others.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.datastructures import FormData
from starlette.datastructures import UploadFile as StarletteUpload
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprism.model import Article, Story
from newsprism.render.html import environment, render_html
from newsprism.render.report import Report
from newsprism.settings import Settings
from newsprism.store import AnalysisRow, Hit, Store
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
_FIELDS = 10  # the form has three fields besides its files
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'"
)


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

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        if request.url.path not in ("/docs", "/redoc"):
            response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def page(name: str, **context: Any) -> HTMLResponse:
        return HTMLResponse(environment().get_template(name).render(**context))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(s: Db) -> HTMLResponse:
        return page("web_analyses.html", analyses=s.analyses())

    @app.get("/analyses/{number}", response_class=HTMLResponse, include_in_schema=False)
    def analysis_page(number: AnalysisId, s: Db) -> HTMLResponse:
        return HTMLResponse(render_html(_analysis(s, number), back="/"))

    @app.get("/analyses/{number}/articles/{article}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(number: AnalysisId, article: str, s: Db) -> HTMLResponse:
        story = _analysis(s, number)
        found = next((a for a in story.articles if a.id == article), None)
        if found is None:
            raise HTTPException(404, "no such article")
        return page("web_article.html", story=story, number=number, article=found, report=Report(story))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(s: Db, q: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
        return page("web_search.html", q=q, hits=s.search(q))

    @app.get("/new", response_class=HTMLResponse, include_in_schema=False)
    def new_page() -> HTMLResponse:
        return page("web_new.html", **_limits(settings), error=None)

    @app.post("/analyze", include_in_schema=False, response_model=None)
    async def analyze_form(request: Request) -> Response:
        # A field may be as large as the request, so that the pasted text's own limit is the
        # one that speaks (max_input_bytes, in bytes, as for any input).
        try:
            async with request.form(
                max_files=MAX_FILES + 1, max_fields=_FIELDS, max_part_size=settings.max_request_bytes
            ) as form:
                files, links = await _given(form, settings)
        except StarletteHTTPException as exc:  # refused here, a malformed body, the request too large
            return _refused(page, settings, str(exc.detail), exc.status_code)
        job = jobs.start(files, links)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def job_page(job_id: str) -> HTMLResponse:
        return page("web_job.html", job=_job(jobs, job_id))

    @app.get("/api/analyses", response_model=list[AnalysisRow])
    def api_analyses(s: Db) -> list[AnalysisRow]:
        return s.analyses()

    @app.get(
        "/api/analyses/{number}", response_model=Story, response_model_by_alias=True, responses=_NOT_FOUND
    )
    def api_analysis(number: AnalysisId, s: Db) -> Story:
        return _analysis(s, number)

    @app.get("/api/analyses/{number}/articles/{article}", response_model=Article, responses=_NOT_FOUND)
    def api_article(number: AnalysisId, article: str, s: Db) -> Article:
        found = s.article(number, article)
        if found is None:
            raise HTTPException(404, "no such analysis or article")
        return found

    @app.get("/api/search", response_model=list[Hit])
    def api_search(s: Db, q: Annotated[str, Query(max_length=200)] = "") -> list[Hit]:
        return s.search(q)

    @app.get("/api/jobs/{job_id}", response_model=Job, responses=_NOT_FOUND)
    def api_job(job_id: str) -> Job:
        return _job(jobs, job_id)

    return app


def _store(request: Request) -> Iterator[Store]:
    """A store connection for one request (SQLite connections stay in their thread)."""
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


async def _given(form: FormData, settings: Settings) -> tuple[list[tuple[str, bytes]], list[str]]:
    """The files (name, content) and URLs a form gives, or HTTPException 400 saying what it
    cannot take."""
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
    if text.strip():
        files.append(("pasted text.txt", text.encode("utf-8")))
    links = [u.strip() for u in urls.splitlines() if u.strip()]
    if len(links) > MAX_URLS or len(urls) > MAX_URL_CHARACTERS:
        raise HTTPException(400, f"at most {MAX_URLS} URLs at once")
    if bad := [u for u in links if not u.lower().startswith(("http://", "https://"))]:
        raise HTTPException(400, f"not a web address: {bad[0][:80]}")
    if not files and not links:
        raise HTTPException(400, "give some text, files or URLs")
    return files, links


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
