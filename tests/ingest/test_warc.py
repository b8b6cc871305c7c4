from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.ingest import read_inputs
from newsprism.model import Document, InputReport
from newsprism.settings import Settings

PAGE = "<html><body><article><p>{}</p></article></body></html>"


def write_warc(path: Path, gzipped: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)
    records = [
        (
            "https://paper.test/one",
            "text/html; charset=utf-8",
            PAGE.format("First story about the Corvale dam."),
        ),
        ("https://paper.test/logo.png", "image/png", "\x89PNG"),
        (
            "https://paper.test/two",
            "text/html; charset=windows-1252",
            PAGE.format("Second story – “quoted”."),
        ),
    ]
    for url, content_type, body in records:
        encoding = "cp1252" if "1252" in content_type else "utf-8"
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        data = body.encode(encoding)
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(data), length=len(data), http_headers=headers
        )
        writer.write_record(record)
    request = writer.create_warc_record(
        "https://paper.test/one", "request", payload=io.BytesIO(b"GET /"), length=5
    )
    writer.write_record(request)
    data = buf.getvalue()
    path.write_bytes(data)
    return data


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_html_responses_become_documents(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, gzipped)
    items = list(read_inputs([str(path)], Settings()))
    assert [type(i) for i in items] == [Document, Document]
    one, two = items
    assert isinstance(one, Document)
    assert isinstance(two, Document)
    assert one.url == "https://paper.test/one"
    assert one.input == f"{path}#1"
    assert "“quoted”" in two.content
    assert two.input == f"{path}#3"


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_truncated_record_fails_and_the_earlier_ones_are_kept(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    data = write_warc(path, gzipped)
    end_of_third = data.index(b"Second story") + 8 if not gzipped else int(len(data) * 0.75)
    path.write_bytes(data[:end_of_third])
    items = list(read_inputs([str(path)], Settings()))
    assert isinstance(items[0], Document)
    last = items[-1]
    assert isinstance(last, InputReport)
    assert last.status == "failed"
    assert "truncated" in str(last.reason)


def test_a_file_that_is_not_a_warc_fails(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not a web archive at all")
    [report] = list(read_inputs([str(path)], Settings()))
    assert isinstance(report, InputReport)
    assert report.status == "failed"
    assert "not a WARC" in str(report.reason)
