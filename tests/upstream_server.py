"""A fault-injecting upstream on 127.0.0.1 for tests (real sockets, no mocks).

It serves spec documents in the mirror layout `<product>/<release>/openapi.json`: by default the
real control-plane specs from ../shared (`control-plane/2.24/openapi.json`), plus any document
registered with `set_document`. Every 200 carries an ETag (sha256 of the body) and a fixed
Last-Modified, and `If-None-Match` with the current ETag gets a 304 (unless a fault is chosen).

Faults are chosen per request, either for every request by the query (`?fault=status-500`) or
by a script consumed one fault per request to a path (`server.script(path, "status-500")`:
the first request fails, later ones are served normally). Fault names:

  ok               serve normally
  status-NNN       answer with HTTP status NNN (e.g. status-500, status-404)
  429              429 Too Many Requests with `Retry-After: 1`
  429-date         429 with Retry-After as an HTTP-date one second ahead
  hang             send nothing until the server stops (the client must time out)
  slow             the body a few bytes at a time, SLOW_INTERVAL apart (never idle for long
                   enough to trip a read timeout; only a deadline stops it)
  truncate         announce the full Content-Length, send half the body, close
  html             a 200 HTML page instead of the spec
  yaml             the document re-serialized as YAML (same name, .json)
  redirect-http    302 to plain http on a non-loopback host
  redirect-local   302 to the same path on this server without the fault
  oversize         200 without Content-Length streaming OVERSIZE_BYTES of padding
  oversize-length  200 announcing an OVERSIZE_BYTES Content-Length (refusable before reading)
  gzip             the document gzip-encoded (Content-Encoding: gzip)
  gzip-bomb        a small gzip body that decodes to GZIP_BOMB_BYTES

Any path can serve any bytes (`set_document`): documentation pages (`<page>.md`), an llms.txt.
Use as a context manager: `with UpstreamServer() as server: server.url`.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import ssl
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

import yaml

# The same folder tests/conftest.py points at; spelled out so this module imports standalone.
UPSTREAM_CONTROL_PLANE = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "upstream" / "control-plane"
)
OVERSIZE_BYTES = 64 * 1024 * 1024
GZIP_BOMB_BYTES = 16 * 1024 * 1024
LAST_MODIFIED = "Wed, 01 Oct 2025 12:00:00 GMT"
SLOW_INTERVAL = 0.2
SLOW_CHUNK = 16
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    query: str
    headers: dict[str, str]
    fault: str
    status: int


@dataclass
class _State:
    roots: dict[str, Path]
    documents: dict[str, bytes] = field(default_factory=dict)
    scripts: dict[str, deque[str]] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)
    bytes_sent: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)
    # Requests being answered (hanging and slow ones excluded): a client can read its answer
    # before the handler has recorded the request, so `requests()` waits for these to finish.
    answering: int = 0
    answered: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.answered = threading.Condition(self.lock)


class UpstreamServer:
    def __init__(
        self, roots: Mapping[str, Path] | None = None, tls: tuple[Path, Path] | None = None
    ) -> None:
        """`roots`: product name -> folder holding `<release>/openapi.json`.

        `tls`: (certificate, key) PEM files to serve https instead of http.
        """
        self._state = _State(
            roots=dict(roots) if roots is not None else {"control-plane": UPSTREAM_CONTROL_PLANE}
        )
        state = self._state

        class Handler(_Handler):
            shared = state

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._scheme = "http"
        if tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(certfile=tls[0], keyfile=tls[1])
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
            self._scheme = "https"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"{self._scheme}://{host!s}:{port}"

    def __enter__(self) -> UpstreamServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        self._state.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def set_document(self, path: str, body: bytes) -> None:
        """Serve `body` at `path` (e.g. "mini/1.0/openapi.json"), over any folder file."""
        with self._state.lock:
            self._state.documents[path.lstrip("/")] = body

    def script(self, path: str, *faults: str) -> None:
        """Queue faults for the next requests to `path`, one per request, then serve normally."""
        with self._state.lock:
            self._state.scripts.setdefault(path.lstrip("/"), deque()).extend(faults)

    def requests(self, path: str | None = None) -> list[RecordedRequest]:
        with self._state.answered:
            self._state.answered.wait_for(lambda: self._state.answering == 0, timeout=10)
            return [r for r in self._state.requests if path is None or r.path == path.lstrip("/")]

    def bytes_sent(self, path: str) -> int:
        with self._state.lock:
            return self._state.bytes_sent.get(path.lstrip("/"), 0)


@functools.cache
def _gzip_bomb() -> bytes:
    """About 16 KB on the wire, GZIP_BOMB_BYTES once decoded."""
    return gzip.compress(b"{" + b" " * GZIP_BOMB_BYTES)


def etag_of(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


class _Handler(BaseHTTPRequestHandler):
    shared: _State
    # HTTP/1.0: one request per connection, so a truncated or endless body ends with the socket.
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path.lstrip("/")
        query_fault = parse_qs(parts.query).get("fault", ["ok"])[0]
        with self.shared.lock:
            queued = self.shared.scripts.get(path)
            fault = queued.popleft() if queued else query_fault
            counted = fault not in {"hang", "slow"}
            self.shared.answering += counted
        try:
            status = self._serve(path, fault)
        except BaseException:
            self._answered(counted)
            raise
        with self.shared.lock:
            self.shared.requests.append(
                RecordedRequest(
                    path=path,
                    query=parts.query,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    fault=fault,
                    status=status,
                )
            )
        self._answered(counted)

    def _answered(self, counted: bool) -> None:
        with self.shared.answered:
            self.shared.answering -= counted
            self.shared.answered.notify_all()

    def _document(self, path: str) -> bytes | None:
        with self.shared.lock:
            if path in self.shared.documents:
                return self.shared.documents[path]
        product, _, rest = path.partition("/")
        root = self.shared.roots.get(product)
        if root is None or ".." in rest.split("/"):
            return None
        file = root / rest
        return file.read_bytes() if file.is_file() else None

    def _send(self, status: int, body: bytes, headers: Mapping[str, str] | None = None) -> int:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._write(body)
        return status

    def _write(self, data: bytes) -> None:
        self.wfile.write(data)
        path = urlsplit(self.path).path.lstrip("/")
        with self.shared.lock:
            self.shared.bytes_sent[path] = self.shared.bytes_sent.get(path, 0) + len(data)

    def _serve(self, path: str, fault: str) -> int:
        try:
            return self._serve_fault(path, fault)
        except (BrokenPipeError, ConnectionResetError):
            return 0  # the client gave up (size cap, timeout): that is the point of the fault

    def _serve_fault(self, path: str, fault: str) -> int:
        if fault.startswith("status-"):
            code = int(fault.removeprefix("status-"))
            return self._send(code, f"fault {code}\n".encode())
        if fault == "429":
            return self._send(429, b"slow down\n", {"Retry-After": "1"})
        if fault == "429-date":
            when = datetime.now(UTC) + timedelta(seconds=1)
            return self._send(429, b"slow down\n", {"Retry-After": format_datetime(when, True)})
        if fault == "hang":
            self.shared.stopping.wait(30)
            return 0
        if fault == "redirect-http":
            location = f"http://upstream.example.com/{path}"
            return self._send(302, b"", {"Location": location})
        if fault == "redirect-local":
            return self._send(302, b"", {"Location": f"/{path}"})
        if fault == "html":
            page = b"<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>\n"
            return self._send(200, page, {"Content-Type": "text/html"})
        if fault == "oversize":
            return self._stream_padding()
        if fault == "oversize-length":
            self.send_response(200)
            self.send_header("Content-Length", str(OVERSIZE_BYTES))
            self.end_headers()
            self._write(b"{" + b" " * (_CHUNK - 1))
            return 200
        if fault == "gzip-bomb":
            return self._send(200, _gzip_bomb(), {"Content-Encoding": "gzip"})
        body = self._document(path)
        if body is None:
            return self._send(404, b"not found\n")
        etag = etag_of(body)
        # Body faults ignore If-None-Match: they exist to deliver a broken or re-encoded body.
        if fault == "ok" and self.headers.get("If-None-Match") == etag:
            return self._send(304, b"", {"ETag": etag})
        content_type = "text/markdown" if path.endswith(".md") else "application/json"
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED, "Content-Type": content_type}
        if fault == "yaml":
            spec = json.loads(body)
            return self._send(200, yaml.safe_dump(spec, sort_keys=False).encode(), headers)
        if fault == "gzip":
            return self._send(200, gzip.compress(body), {**headers, "Content-Encoding": "gzip"})
        if fault == "truncate":
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self._write(body[: len(body) // 2])
            return 200
        if fault == "slow":
            return self._trickle(body, headers)
        return self._send(200, body, headers)

    def _trickle(self, body: bytes, headers: Mapping[str, str]) -> int:
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for start in range(0, len(body), SLOW_CHUNK):
            if self.shared.stopping.wait(SLOW_INTERVAL):
                break
            self._write(body[start : start + SLOW_CHUNK])
            self.wfile.flush()
        return 200

    def _stream_padding(self) -> int:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        chunk = b" " * _CHUNK
        self._write(b"{")
        for _ in range(OVERSIZE_BYTES // _CHUNK):
            self._write(chunk)
        return 200


def minimal_spec(
    title: str = "Mini API", paths: tuple[str, ...] = ("/api/v1/things",)
) -> dict[str, object]:
    """A small valid OpenAPI 3.0 document: one GET per path returning `Thing`."""
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "latest"},
        "paths": {
            path: {
                "get": {
                    "operationId": "get" + "".join(p.title() for p in path.split("/") if p),
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
            for path in paths
        },
        "components": {
            "schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}
        },
    }


def json_bytes(document: object) -> bytes:
    return (json.dumps(document, indent=2) + "\n").encode()
