"""Which network addresses are public, for fetching on behalf of others without reaching
the machine's own services or its private network (server-side request forgery).

An address is refused when Python's `ipaddress` says it is loopback, private (RFC 1918,
unique-local, the IANA special-purpose registry's non-global blocks), link-local (cloud
metadata services live there), multicast, reserved or unspecified; an IPv6 address that
maps or embeds an IPv4 one is judged by that one.
"""

from __future__ import annotations

import ipaddress

_KINDS = (
    ("is_loopback", "loopback"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_unspecified", "unspecified"),
    ("is_reserved", "reserved"),
    ("is_private", "private"),
)


def not_public(address: str) -> str | None:
    """What kind of non-public address `address` is ("loopback", "private", ...), or None
    for a public one."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    for attribute, kind in _KINDS:
        if getattr(ip, attribute):
            return kind
    return None if ip.is_global else "non-global"
