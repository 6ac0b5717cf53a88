"""No network, ever: the suite runs with sockets blocked, so a connection attempt fails a test."""

from __future__ import annotations

import socket

import pytest


def test_sockets_are_blocked_in_the_suite():
    with pytest.raises(Exception, match="[Ss]ocket"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_no_network_modules_in_the_product():
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2] / "briefcase_app"
    banned = ("import socket", "import urllib.request", "import http.client", "import requests")
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if any(b in p.read_text(encoding="utf-8") for b in banned)
    ]
    assert offenders == []
