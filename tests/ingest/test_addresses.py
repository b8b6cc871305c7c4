"""Which addresses the web app may fetch: a table of the IANA special-purpose blocks."""

from __future__ import annotations

import pytest

from newsprism.ingest.addresses import not_public


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
        ("10.20.30.40", "private"), ("172.16.0.9", "private"), ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"), ("169.254.169.254", "link-local"), ("fe80::1%eth0", "link-local"),
        ("224.0.0.251", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
        ("240.0.0.1", "reserved"), ("100.64.0.1", "non-global"),
        ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"), ("2002:a00:1::1", "private"),
        ("93.184.215.14", None), ("2606:4700:4700::1111", None), ("::ffff:93.184.215.14", None),
    ],
)  # fmt: skip
def test_what_is_not_public(address: str, kind: str | None) -> None:
    assert not_public(address) == kind
