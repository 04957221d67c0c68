"""The HTTP client against a real fault-injecting server on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import gzip
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from upstream_server import OVERSIZE_BYTES, UpstreamServer, etag_of, json_bytes, minimal_spec

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.fetch.http import (
    HttpFetcher,
    HttpOptions,
    Validators,
    redact_url,
    retry_after_seconds,
    scrub,
)

DOC_PATH = "mini/1.0/openapi.json"
DOC = json_bytes(minimal_spec())
# The read timeout leaves room for a loaded CI machine (a spurious timeout would add a retry
# and change the request counts); the hanging-response cases wait it out.
FAST = HttpOptions(
    connect_timeout=2.0, read_timeout=2.0, retries=2, backoff_base=0.01, max_bytes=256 * 1024
)


@pytest.fixture(scope="module")
def server() -> Iterator[UpstreamServer]:
    with UpstreamServer() as running:
        running.set_document(DOC_PATH, DOC)
        yield running


def fetch(
    server: UpstreamServer, fault: str | None = None, **changes: Any
) -> tuple[bytes | None, list[str]]:
    url = f"{server.url}/{DOC_PATH}" + (f"?fault={fault}" if fault else "")
    notes: list[str] = []
    options = dataclasses.replace(FAST, **changes)
    with HttpFetcher(options, log=notes.append) as http:
        return http.get(url).body, notes


def count_for(server: UpstreamServer, start: int) -> int:
    return len(server.requests(DOC_PATH)) - start


def test_500_then_success_is_retried(server: UpstreamServer) -> None:
    start = len(server.requests(DOC_PATH))
    server.script(DOC_PATH, "status-500")
    body, notes = fetch(server)
    assert body == DOC
    assert count_for(server, start) == 2
    assert "HTTP 500" in notes[0]


@pytest.mark.parametrize("fault", ["status-502", "status-503", "status-504"])
def test_gateway_errors_are_retried(server: UpstreamServer, fault: str) -> None:
    server.script(DOC_PATH, fault, fault)
    body, notes = fetch(server)
    assert body == DOC
    assert len(notes) == 2


def test_429_honours_retry_after_seconds(server: UpstreamServer) -> None:
    server.script(DOC_PATH, "429")
    body, notes = fetch(server)
    assert body == DOC
    assert "HTTP 429" in notes[0]
    assert "retrying in 1.0 s" in notes[0]


def test_429_honours_retry_after_http_date(server: UpstreamServer) -> None:
    server.script(DOC_PATH, "429-date")
    body, notes = fetch(server)
    assert body == DOC
    assert "HTTP 429" in notes[0]


def test_retry_after_parsing() -> None:
    now = datetime(2025, 10, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("3", cap=60, now=now) == 3.0
    assert retry_after_seconds("3600", cap=60, now=now) == 60.0
    assert retry_after_seconds("Wed, 01 Oct 2025 12:00:05 GMT", cap=60, now=now) == 5.0
    assert retry_after_seconds("Wed, 01 Oct 2025 11:00:00 GMT", cap=60, now=now) == 0.0
    assert retry_after_seconds("soon", cap=60, now=now) is None
    assert retry_after_seconds(None, cap=60, now=now) is None


def test_retries_give_up_with_attempt_count(server: UpstreamServer) -> None:
    with pytest.raises(ToolkitError, match=r"HTTP 503 .*gave up after 3 attempts"):
        fetch(server, "status-503")


def test_client_error_is_not_retried(server: UpstreamServer) -> None:
    start = len(server.requests(DOC_PATH))
    with pytest.raises(ToolkitError, match="HTTP 404"):
        fetch(server, "status-404")
    assert count_for(server, start) == 1


def test_hanging_response_times_out(server: UpstreamServer) -> None:
    with pytest.raises(ToolkitError, match=r"read timeout \(gave up after 2 attempts\)"):
        fetch(server, "hang", read_timeout=0.3, retries=1)


def test_trickling_response_stops_at_the_deadline(server: UpstreamServer) -> None:
    # The body arrives a few bytes at a time, never idle long enough for the read timeout.
    started = time.monotonic()
    with pytest.raises(
        ToolkitError, match=r"within the 0\.6 s deadline \(gave up after 2 attempts\)"
    ):
        fetch(server, "slow", deadline=0.6, retries=1)
    assert time.monotonic() - started < 5
    body, _ = fetch(server, "slow", deadline=60.0, max_bytes=len(DOC))
    assert body == DOC


def test_refused_connection_is_retried_then_reported() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    notes: list[str] = []
    with (
        HttpFetcher(FAST, log=notes.append) as http,
        pytest.raises(ToolkitError, match=r"connection failed.*gave up after 3 attempts"),
    ):
        http.get(f"http://127.0.0.1:{port}/{DOC_PATH}")
    assert len(notes) == 2


def test_truncated_body_is_an_error(server: UpstreamServer) -> None:
    with pytest.raises(ToolkitError, match=r"incomplete response|truncated"):
        fetch(server, "truncate")


def test_redirect_to_plain_http_elsewhere_is_refused(server: UpstreamServer) -> None:
    with pytest.raises(ToolkitError) as caught:
        fetch(server, "redirect-http")
    assert "refusing redirect to http://upstream.example.com/" in caught.value.message
    assert "only https or loopback" in caught.value.message


def test_redirect_to_loopback_is_followed(server: UpstreamServer) -> None:
    body, _ = fetch(server, "redirect-local")
    assert body == DOC


def test_streamed_body_over_the_cap_is_refused_early(server: UpstreamServer) -> None:
    with pytest.raises(ToolkitError, match="exceeds the size cap of 262144 bytes"):
        fetch(server, "oversize")
    # The client hung up long before the server finished its 64 MB (socket buffers hold a few).
    assert server.bytes_sent(DOC_PATH) < OVERSIZE_BYTES // 4


def test_declared_length_over_the_cap_is_refused_before_reading(server: UpstreamServer) -> None:
    with pytest.raises(ToolkitError, match=f"response of {OVERSIZE_BYTES} bytes exceeds"):
        fetch(server, "oversize-length")


def test_gzip_body_is_decoded(server: UpstreamServer) -> None:
    body, _ = fetch(server, "gzip")
    assert body == DOC
    assert len(gzip.compress(DOC)) < len(DOC)


def test_cap_applies_to_decoded_bytes(server: UpstreamServer) -> None:
    with pytest.raises(ToolkitError, match="exceeds the size cap"):
        fetch(server, "gzip-bomb")


def test_conditional_request_gets_304(server: UpstreamServer) -> None:
    url = f"{server.url}/{DOC_PATH}"
    with HttpFetcher(FAST) as http:
        first = http.get(url)
        assert first.validators.etag == etag_of(DOC)
        assert first.validators.last_modified
        second = http.get(url, first.validators)
    assert second.not_modified
    assert server.requests(DOC_PATH)[-1].headers["if-none-match"] == etag_of(DOC)
    assert server.requests(DOC_PATH)[-1].status == 304


def test_stale_etag_gets_the_document(server: UpstreamServer) -> None:
    with HttpFetcher(FAST) as http:
        document = http.get(f"{server.url}/{DOC_PATH}", Validators(etag='"stale"'))
    assert document.body == DOC


def test_credentials_never_appear_in_messages(server: UpstreamServer) -> None:
    host = server.url.removeprefix("http://")
    url = f"http://robot:hunter2@{host}/{DOC_PATH}?fault=status-404&access_token=SEKRIT"
    with HttpFetcher(FAST) as http, pytest.raises(ToolkitError) as caught:
        http.get(url)
    assert "hunter2" not in caught.value.message
    assert "robot" not in caught.value.message
    assert "SEKRIT" not in caught.value.message
    assert "access_token=***" in caught.value.message


def test_redact_url() -> None:
    assert (
        redact_url("https://u:p@h.example:8443/a/b?token=t0k&page=2&api_key=k#frag")
        == "https://***@h.example:8443/a/b?token=***&page=2&api_key=***"
    )
    assert redact_url("https://h.example/spec.json") == "https://h.example/spec.json"
    assert scrub("boom t0k and p", "https://u:p@h/?token=t0k") == "boom *** and ***"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UpstreamServer]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    with UpstreamServer(tls=(cert, key)) as running:
        running.set_document(DOC_PATH, DOC)
        yield running


def test_untrusted_certificate_fails_at_once_with_a_hint(tls_server: UpstreamServer) -> None:
    notes: list[str] = []
    with HttpFetcher(FAST, log=notes.append) as http, pytest.raises(ToolkitError) as caught:
        http.get(f"{tls_server.url}/{DOC_PATH}")
    assert "TLS certificate verification failed" in caught.value.message
    assert "--insecure" in caught.value.message
    assert notes == []


def test_insecure_skips_certificate_verification(tls_server: UpstreamServer) -> None:
    with HttpFetcher(dataclasses.replace(FAST, verify_tls=False)) as http:
        assert http.get(f"{tls_server.url}/{DOC_PATH}").body == DOC
