"""Put on PYTHONPATH to cut a Python process (and its children) off the network:
every IPv4/IPv6 connection, bind-to-send and name lookup raises. Unix sockets
(multiprocessing's forkserver) still work. Used by tests/test_no_network.py."""

from __future__ import annotations

import socket
from typing import Any

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlocked(OSError):
    pass


def _guard(sock: socket.socket) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        raise NetworkBlocked("network access is disabled in this process (no-network test)")


def _connect(self: socket.socket, address: Any) -> None:
    _guard(self)
    _real_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    _guard(self)
    return _real_connect_ex(self, address)


def _no_lookup(*args: Any, **kwargs: Any) -> Any:
    raise NetworkBlocked("name lookups are disabled in this process (no-network test)")


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _no_lookup
socket.gethostbyname = _no_lookup
socket.create_connection = _no_lookup
