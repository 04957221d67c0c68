"""The client runtime against real loopback servers: auth, retries, errors, pagination, release."""

from __future__ import annotations

import ast
import asyncio
import base64
import json
import logging
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_support import Reply, ScriptedServer, SeenRequest, scripted_server

from runai_sdkgen.client_runtime import (
    DEFAULT_TIMEOUT,
    ApiError,
    AsyncRetryTransport,
    BadRequestError,
    BearerTokenAuth,
    ClientCredentialsAuth,
    ConflictError,
    NotFoundError,
    RateLimitedError,
    ReleaseMismatchError,
    ReleaseMismatchWarning,
    RetryPolicy,
    RetryTransport,
    ServerError,
    ServiceUnavailableError,
    UnauthorizedError,
    aiterate_pages,
    araise_for_response,
    check_release,
    iterate_pages,
    jwt_expiry,
    page_view,
    parse_retry_after,
    raise_for_response,
    sanitize_url,
    sync_session,
)
from runai_sdkgen.generate.runtime import RUNTIME_SOURCE, copy_runtime, runtime_modules

CLIENT_ID = "svc-automation"
SECRET = "s3cr3t-Value-9f8e7d"
FAST = RetryPolicy(attempts=3, backoff_base=0.01, backoff_max=0.02)


class TokenIssuer:
    """Scripted token endpoint + API: tokens tok-1, tok-2...; `revoked` tokens get 401."""

    def __init__(self, *, expires_in: float | None = None, delay: float = 0.0) -> None:
        self.expires_in = expires_in
        self.delay = delay
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, request: SeenRequest) -> Reply:
        if request.path in ("/api/v1/token", "/api/v2/token"):
            time.sleep(self.delay)
            with self._lock:
                token = f"tok-{len(self.issued) + 1}"
                self.issued.append(token)
            if request.path == "/api/v2/token":
                body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
                if self.expires_in is not None:
                    body["expires_in"] = self.expires_in
                return Reply(200, body)
            body = {"accessToken": token}
            if self.expires_in is not None:
                body["expiresIn"] = self.expires_in
            return Reply(200, body)
        presented = (request.authorization or "").removeprefix("Bearer ")
        if presented not in self.issued or presented in self.revoked:
            return Reply(401, {"code": 401, "message": "token expired"})
        return Reply(200, {"ok": True, "token": presented})


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def credentials(server: ScriptedServer, **kwargs: Any) -> ClientCredentialsAuth:
    endpoint = kwargs.get("endpoint", "v1")
    return ClientCredentialsAuth(
        CLIENT_ID, SECRET, token_url=f"{server.base_url}/api/{endpoint}/token", **kwargs
    )


def test_client_credentials_v1_request_matches_the_token_request_schema() -> None:
    issuer = TokenIssuer()
    with scripted_server(issuer) as server, httpx.Client(auth=credentials(server)) as client:
        response = client.get(f"{server.base_url}/api/v1/tenants")
        assert response.json()["token"] == "tok-1"
        (token_call,) = server.seen("POST", "/api/v1/token")
        assert token_call.json() == {
            "grantType": "client_credentials",
            "clientID": CLIENT_ID,
            "clientSecret": SECRET,
        }


def test_client_credentials_v2_posts_an_oauth2_form() -> None:
    issuer = TokenIssuer(expires_in=3600)
    with scripted_server(issuer) as server:
        client = httpx.Client(auth=credentials(server, endpoint="v2"))
        assert client.get(f"{server.base_url}/api/v1/tenants").status_code == 200
        client.close()
        (token_call,) = server.seen("POST", "/api/v2/token")
        assert token_call.headers["content-type"] == "application/x-www-form-urlencoded"
        assert dict(pair.split("=") for pair in token_call.body.decode().split("&")) == {
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": SECRET,
        }


def test_a_401_triggers_exactly_one_refresh_then_succeeds() -> None:
    issuer = TokenIssuer()
    with scripted_server(issuer) as server, httpx.Client(auth=credentials(server)) as client:
        assert client.get(f"{server.base_url}/api/v1/a").json()["token"] == "tok-1"
        issuer.revoked.add("tok-1")
        response = client.post(f"{server.base_url}/api/v1/b", json={"name": "x"})
        assert response.status_code == 200
        assert response.json()["token"] == "tok-2"
        retried = server.seen("POST", "/api/v1/b")
        assert [r.authorization for r in retried] == ["Bearer tok-1", "Bearer tok-2"]
        assert retried[1].json() == {"name": "x"}
        assert len(server.seen("POST", "/api/v1/token")) == 2


def test_a_401_after_the_refresh_is_not_refreshed_again() -> None:
    def always_401(request: SeenRequest) -> Reply:
        if request.path == "/api/v1/token":
            return Reply(200, {"accessToken": "tok"})
        return Reply(401, {"code": 401, "message": "no"})

    with scripted_server(always_401) as server, httpx.Client(auth=credentials(server)) as client:
        response = client.get(f"{server.base_url}/api/v1/a")
        with pytest.raises(UnauthorizedError) as caught:
            raise_for_response(response)
        assert caught.value.message == "no"
        assert len(server.seen("GET", "/api/v1/a")) == 2
        assert len(server.seen("POST", "/api/v1/token")) == 2


def test_the_token_is_refreshed_before_expires_in_runs_out() -> None:
    issuer = TokenIssuer(expires_in=600)
    clock = ManualClock()
    with scripted_server(issuer) as server:
        auth = credentials(server, clock=clock)
        with httpx.Client(auth=auth) as client:
            client.get(f"{server.base_url}/api/v1/a")
            clock.now += 500
            assert client.get(f"{server.base_url}/api/v1/a").json()["token"] == "tok-1"
            clock.now += 75  # within the 30 s refresh margin of the 600 s lifetime
            assert client.get(f"{server.base_url}/api/v1/a").json()["token"] == "tok-2"
        assert len(server.seen("GET", "/api/v1/a")) == 3


def _jwt(claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'none'})}.{part(claims)}.signature"


def test_without_expires_in_the_jwt_exp_claim_drives_the_refresh() -> None:
    wall = 1_700_000_000.0
    tokens = iter([_jwt({"exp": wall + 120, "n": 1}), _jwt({"exp": wall + 9999, "n": 2})])
    issued: list[str] = []

    def respond(request: SeenRequest) -> Reply:
        if request.path == "/api/v1/token":
            issued.append(next(tokens))
            return Reply(200, {"accessToken": issued[-1]})
        return Reply(200, {"token": (request.authorization or "").removeprefix("Bearer ")})

    clock = ManualClock()
    assert jwt_expiry(_jwt({"exp": 5})) == 5.0
    assert jwt_expiry("opaque-token") is None
    with scripted_server(respond) as server:
        auth = credentials(server, clock=clock, wall_clock=lambda: wall)
        with httpx.Client(auth=auth) as client:
            assert client.get(f"{server.base_url}/x").json()["token"] == issued[0]
            clock.now += 100  # 120 s lifetime minus the 30 s margin has passed
            assert client.get(f"{server.base_url}/x").json()["token"] == issued[1]


def test_a_static_bearer_token_is_sent_and_a_401_is_typed() -> None:
    with scripted_server(TokenIssuer()) as server:
        with httpx.Client(auth=BearerTokenAuth("fixed-token")) as client:
            response = client.get(f"{server.base_url}/api/v1/a")
        assert server.requests[0].authorization == "Bearer fixed-token"
        with pytest.raises(UnauthorizedError):
            raise_for_response(response)
        assert "fixed-token" not in repr(BearerTokenAuth("fixed-token"))


def test_concurrent_threads_share_one_token_request() -> None:
    issuer = TokenIssuer(delay=0.3)
    with scripted_server(issuer) as server, httpx.Client(auth=credentials(server)) as client:
        results: list[int] = []

        def call() -> None:
            results.append(client.get(f"{server.base_url}/api/v1/a").status_code)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [200] * 8
        assert len(server.seen("POST", "/api/v1/token")) == 1


def test_concurrent_tasks_share_one_token_request() -> None:
    issuer = TokenIssuer(delay=0.3)

    async def run(server: ScriptedServer) -> list[int]:
        async with httpx.AsyncClient(auth=credentials(server)) as client:
            responses = await asyncio.gather(
                *(client.get(f"{server.base_url}/api/v1/a") for _ in range(8))
            )
            issuer.revoked.add("tok-1")
            responses += await asyncio.gather(
                *(client.get(f"{server.base_url}/api/v1/b") for _ in range(4))
            )
        return [response.status_code for response in responses]

    with scripted_server(issuer) as server:
        assert asyncio.run(run(server)) == [200] * 12
        assert issuer.issued == ["tok-1", "tok-2"]


def test_a_token_failure_is_typed_and_scrubbed() -> None:
    def refuse(request: SeenRequest) -> Reply:
        body = request.body.decode()
        return Reply(401, raw=f"invalid credentials in {body}".encode())

    with scripted_server(refuse) as server, httpx.Client(auth=credentials(server)) as client:
        with pytest.raises(UnauthorizedError) as caught:
            client.get(f"{server.base_url}/api/v1/a")
        assert SECRET not in str(caught.value)
        assert SECRET not in (caught.value.text or "")
        assert caught.value.url == f"{server.base_url}/api/v1/token"


def test_429_with_retry_after_waits_then_succeeds() -> None:
    calls: list[int] = []

    def respond(request: SeenRequest) -> Reply:
        calls.append(1)
        if len(calls) == 1:
            return Reply(429, {"code": 429, "message": "slow down"}, (("Retry-After", "1"),))
        return Reply(200, {"ok": True})

    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with scripted_server(respond) as server:
        transport = RetryTransport(policy=FAST, sleep=sleep)
        with httpx.Client(transport=transport) as client:
            assert client.get(f"{server.base_url}/api/v1/a").status_code == 200
    assert waits == [1.0]
    assert len(calls) == 2


def test_retry_after_is_parsed_as_seconds_or_http_date_and_capped() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Fri, 27 Nov 2026 05:00:30 GMT", now=lambda: 1795755600.0) == 30.0

    def respond(request: SeenRequest) -> Reply:
        return Reply(429, None, (("Retry-After", "3600"),))

    waits: list[float] = []
    policy = RetryPolicy(attempts=2, retry_after_max=0.05)
    with scripted_server(respond) as server:
        with httpx.Client(transport=RetryTransport(policy=policy, sleep=waits.append)) as client:
            response = client.get(f"{server.base_url}/x")
        with pytest.raises(RateLimitedError) as caught:
            raise_for_response(response)
    assert waits == [0.05]
    assert caught.value.retry_after == 3600.0


def always(status: int) -> Any:
    def respond(request: SeenRequest) -> Reply:
        return Reply(status, {"code": status, "message": f"status {status}"})

    return respond


def test_503_three_times_gives_up_with_a_typed_error() -> None:
    with scripted_server(always(503)) as server:
        with httpx.Client(transport=RetryTransport(policy=FAST)) as client:
            response = client.get(f"{server.base_url}/api/v1/clusters")
        with pytest.raises(ServiceUnavailableError) as caught:
            raise_for_response(response)
        assert len(server.requests) == 3
        assert isinstance(caught.value, ServerError)
        assert caught.value.status_code == 503
        assert caught.value.method == "GET"


def test_a_post_is_retried_only_when_the_caller_opts_in() -> None:
    with scripted_server(always(502)) as server:
        with httpx.Client(transport=RetryTransport(policy=FAST)) as client:
            client.post(f"{server.base_url}/api/v1/tenants", json={})
        assert len(server.requests) == 1
        opted_in = RetryPolicy(attempts=3, backoff_base=0.01, retry_all_methods=True)
        with httpx.Client(transport=RetryTransport(policy=opted_in)) as client:
            client.post(f"{server.base_url}/api/v1/tenants", json={"a": 1})
        assert len(server.requests) == 4
        assert all(r.json() == {"a": 1} for r in server.requests[1:])


def test_other_statuses_are_not_retried() -> None:
    with scripted_server(always(500)) as server:
        with httpx.Client(transport=RetryTransport(policy=FAST)) as client:
            client.get(f"{server.base_url}/x")
        assert len(server.requests) == 1


def test_connect_errors_are_retried_then_raised() -> None:
    with scripted_server(always(200)) as server:
        dead_url = server.base_url
    waits: list[float] = []
    transport = RetryTransport(policy=FAST, sleep=waits.append)
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.ConnectError):
        client.post(f"{dead_url}/x")
    assert len(waits) == 2
    assert all(0 <= wait <= 0.02 for wait in waits)


def test_backoff_is_full_jitter_below_the_exponential_ceiling() -> None:
    import random

    policy = RetryPolicy(backoff_base=1.0, backoff_max=5.0)
    rng = random.Random(7)
    for retry_number, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (9, 5.0)]:
        waits = [policy.backoff(retry_number, rng) for _ in range(200)]
        assert all(0 <= wait <= ceiling for wait in waits)
        assert max(waits) > ceiling * 0.8
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)


def test_async_transport_retries_and_async_errors_are_typed() -> None:
    async def run(server: ScriptedServer) -> None:
        transport = AsyncRetryTransport(policy=FAST)
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.delete(f"{server.base_url}/api/v1/tenants/1")
            with pytest.raises(ServiceUnavailableError):
                await araise_for_response(response)

    with scripted_server(always(504)) as server:
        asyncio.run(run(server))
        assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("status", "error_type"),
    [(400, BadRequestError), (404, NotFoundError), (409, ConflictError), (500, ServerError)],
)
def test_errors_carry_the_run_ai_error_body(status: int, error_type: type[ApiError]) -> None:
    def respond(request: SeenRequest) -> Reply:
        return Reply(status, {"code": status, "message": "bad name", "details": "name: too long"})

    with scripted_server(respond) as server, httpx.Client() as client:
        response = client.get(f"{server.base_url}/api/v1/tenants?name=x")
        with pytest.raises(error_type) as caught:
            raise_for_response(response)
    error = caught.value
    assert (error.code, error.message, error.details) == (status, "bad name", "name: too long")
    assert error.text is None
    assert str(error) == f"GET {server.base_url}/api/v1/tenants?name=x answered {status}: bad name"


def test_a_non_json_error_keeps_the_raw_text_and_the_url_loses_secrets() -> None:
    def respond(request: SeenRequest) -> Reply:
        return Reply(502, raw=b"<html>bad gateway</html>")

    with scripted_server(respond) as server, httpx.Client() as client:
        url = server.base_url.replace("//", "//user:pw@") + "/x?access_token=abc&limit=5"
        response = client.get(url)
        with pytest.raises(ServerError) as caught:
            raise_for_response(response)
    assert caught.value.text == "<html>bad gateway</html>"
    assert caught.value.body is None
    assert "abc" not in str(caught.value)
    assert "pw" not in str(caught.value)
    assert caught.value.url == f"{server.base_url}/x?access_token=***&limit=5"
    assert sanitize_url("https://u:p@h.example:8443/a?clientSecret=z#f") == (
        "https://h.example:8443/a?clientSecret=***"
    )


def paged_items(count: int, *, total_field: bool, style: str = "next") -> Any:
    items = [{"id": index} for index in range(count)]

    def respond(request: SeenRequest) -> Reply:
        offset = int(request.query.get("offset", ["0"])[0])
        limit = int(request.query["limit"][0])
        page = items[offset : offset + limit]
        body: dict[str, Any] = {"tenants": page}
        if total_field:
            body["totalRecords"] = count
        if style == "next" and offset + limit < count:
            body["next"] = offset + limit
        if style == "pagination":
            body["pagination"] = {"offset": offset, "limit": limit, "nextOffset": offset + limit}
        return Reply(200, body)

    return respond


@pytest.mark.parametrize(
    ("count", "total_field", "style", "expected_requests"),
    [
        (25, False, "next", 3),  # 10, 10, 5: stops on the short page
        (30, False, "plain", 4),  # 10, 10, 10, then an empty page
        (30, True, "plain", 3),  # the total count says page 3 is the last
        (30, False, "pagination", 4),
    ],
)
def test_pagination_walks_every_page_and_yields_each_item_once(
    count: int, total_field: bool, style: str, expected_requests: int
) -> None:
    with scripted_server(paged_items(count, total_field=total_field, style=style)) as server:
        with httpx.Client(base_url=server.base_url) as client:

            def fetch(offset: int, limit: int) -> object:
                params = {"offset": offset, "limit": limit}
                return client.get("/api/v1/tenants", params=params).json()

            items = list(iterate_pages(fetch, limit=10))
        assert [item["id"] for item in items] == list(range(count))
        assert len(server.requests) == expected_requests


def test_async_pagination_walks_three_pages() -> None:
    async def run(server: ScriptedServer) -> list[Any]:
        async with httpx.AsyncClient(base_url=server.base_url) as client:

            async def fetch(offset: int, limit: int) -> object:
                params = {"offset": offset, "limit": limit}
                return (await client.get("/api/v1/tenants", params=params)).json()

            return [item async for item in aiterate_pages(fetch, limit=4)]

    with scripted_server(paged_items(10, total_field=False)) as server:
        items = asyncio.run(run(server))
        assert [item["id"] for item in items] == list(range(10))
        assert len(server.requests) == 3


def test_page_view_reads_attrs_models_and_rejects_ambiguous_pages() -> None:
    import attrs

    @attrs.define
    class ProjectsPage:
        projects: list[int]
        next_: int | None
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    view = page_view(ProjectsPage([1, 2], 2))
    assert (view.items, view.next_offset, view.total) == ([1, 2], 2, None)
    with pytest.raises(TypeError, match="exactly one list"):
        page_view({"a": [], "b": []})
    with pytest.raises(TypeError):
        page_view("text")


def test_release_check_warns_errors_or_ignores() -> None:
    kwargs: dict[str, Any] = {"package_release": "2.23", "distribution": "runai-mt-client"}
    assert check_release(server_release="2.23.4", **kwargs)
    assert check_release(server_release=None, **kwargs)
    with pytest.warns(ReleaseMismatchWarning, match=r'pip install "runai-mt-client~=2\.24\.0"'):
        assert not check_release(server_release="2.24", **kwargs)
    with pytest.raises(ReleaseMismatchError, match=r"2\.24"):
        check_release(server_release="2.24", on_mismatch="error", **kwargs)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert not check_release(server_release="2.22", on_mismatch="ignore", **kwargs)
    with pytest.raises(ValueError, match="not a Run:ai release"):
        check_release(server_release="latest", **kwargs)


def test_secrets_never_reach_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    issuer = TokenIssuer()
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "runai_sdkgen"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    with scripted_server(issuer) as server:
        auth = credentials(server)
        transport = RetryTransport(policy=FAST)
        with httpx.Client(auth=auth, transport=transport) as client:
            client.get(f"{server.base_url}/api/v1/a")
            issuer.revoked.add("tok-1")
            client.get(f"{server.base_url}/api/v1/a")
        seen = repr(auth) + str(vars(auth)) + repr(transport)
    logs = "\n".join(record.getMessage() for record in caplog.records)
    assert "HTTP Request" in logs  # the capture did see httpx's own logging
    assert "send_request_headers" in logs  # and httpcore's debug trace
    assert issuer.issued == ["tok-1", "tok-2"]
    for secret in (SECRET, *issuer.issued):
        assert secret not in seen
        assert secret not in logs


def test_runtime_sources_import_only_stdlib_httpx_and_each_other() -> None:
    allowed = {"httpx", "attrs", "typing_extensions", "__future__"} | set(sys.stdlib_module_names)
    for module in runtime_modules():
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = {(node.module or "").split(".")[0]}
            else:
                continue
            assert roots <= allowed, f"{module.name} imports {roots - allowed}"


def test_copy_runtime_makes_an_importable_runtime_subpackage(tmp_path: Path) -> None:
    package = tmp_path / "demo_client"
    package.mkdir()
    (package / "__init__.py").write_text("")
    copy_runtime(package)
    copy_runtime(package)  # replacing an existing copy is fine
    copied = sorted(path.name for path in (package / "runtime").iterdir())
    assert copied == sorted(path.name for path in RUNTIME_SOURCE.glob("*.py"))
    probe = (
        "from demo_client.runtime import RetryPolicy, ClientCredentialsAuth, ApiError\n"
        "print(RetryPolicy().attempts, ClientCredentialsAuth.__module__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["4", "demo_client.runtime.auth"]


@settings(max_examples=100, deadline=None)
@given(
    count=st.integers(min_value=0, max_value=60),
    limit=st.integers(min_value=1, max_value=25),
    with_total=st.booleans(),
    with_next=st.booleans(),
)
def test_any_page_layout_yields_each_item_exactly_once(
    count: int, limit: int, with_total: bool, with_next: bool
) -> None:
    items = list(range(count))
    fetched: list[int] = []

    def fetch(offset: int, page_limit: int) -> object:
        fetched.append(offset)
        page: dict[str, Any] = {"items": items[offset : offset + page_limit]}
        if with_total:
            page["totalRecords"] = count
        if with_next:
            page["next"] = offset + len(page["items"])
        return page

    assert list(iterate_pages(fetch, limit=limit)) == items
    assert len(fetched) <= count // limit + 1


def test_a_failing_token_endpoint_is_retried_though_it_is_a_post() -> None:
    failures = [503]

    def respond(request: SeenRequest) -> Reply:
        if request.path == "/api/v1/token":
            if failures:
                return Reply(failures.pop(), {"code": 503, "message": "starting"})
            return Reply(200, {"accessToken": "tok"})
        return Reply(200, {"token": request.authorization})

    with scripted_server(respond) as server:
        transport = RetryTransport(policy=FAST)
        with httpx.Client(auth=credentials(server), transport=transport) as client:
            assert client.get(f"{server.base_url}/x").json() == {"token": "Bearer tok"}
        assert len(server.seen("POST", "/api/v1/token")) == 2


def test_every_call_has_a_timeout() -> None:
    def slow(request: SeenRequest) -> Reply:
        time.sleep(1.0)
        return Reply(200, {})

    with scripted_server(slow) as server:
        session = sync_session(
            server.base_url, auth=BearerTokenAuth("t"), retry=FAST, timeout=0.2, verify=True
        )
        with session, pytest.raises(httpx.ReadTimeout):
            session.get("/api/v1/slow")
        assert len(server.requests) == 1  # a read timeout is not retried: it may have run
    assert DEFAULT_TIMEOUT > 0
    assert (
        sync_session(
            "http://127.0.0.1:9",
            auth=BearerTokenAuth("t"),
            retry=None,
            timeout=DEFAULT_TIMEOUT,
            verify=True,
        ).timeout.read
        == DEFAULT_TIMEOUT
    )
