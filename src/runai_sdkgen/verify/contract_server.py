"""A real HTTP server on 127.0.0.1 that enforces one spec's request contract.

Every request is matched to an operation by path template and method, checked for the bearer
token the operation's security requires, and its parameters and JSON body are validated against
the spec (OAS 3.0 semantics, formats included). A violation is answered with a Run:ai-style error
body `{"code": 400, "message": ...}` that names the parameter or JSON path, and is recorded; a
valid request gets the operation's first declared 2xx response with an example body that itself
validates. Tests and the verify stage assert on `requests` / `violations` afterwards.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from runai_sdkgen.spec.load import Spec
from runai_sdkgen.verify.examples import SchemaChecker, deref, example_value, json_path

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_CONTENT = re.compile(r"^application/([a-z0-9.+-]*\+)?json$")
TEMPLATE_PARAMETER = re.compile(r"\{([^{}/]+)\}")
FORM_CONTENT = "application/x-www-form-urlencoded"
# A JavaScript regex literal without flags, anchored inside: `/^...$/`.
JS_REGEX_LITERAL = re.compile(r"^/(?P<body>\^.*\$)/$", re.DOTALL)


def is_json(content_type: str) -> bool:
    return JSON_CONTENT.match(content_type.lower()) is not None


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    deprecated: bool
    schema: Any
    explode: bool


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_content_types: tuple[str, ...]
    # The content type clients are expected to use (JSON when offered) and its schema.
    body_content_type: str | None
    body_schema: Any
    security_schemes: tuple[tuple[str, ...], ...]
    response_status: int
    response_content_type: str | None
    response_schema: Any


@dataclass(frozen=True)
class ExampleRequest:
    """Valid arguments for one operation: parameter values by location and name, JSON body."""

    operation_id: str
    method: str
    path: str
    path_params: dict[str, Any]
    query_params: dict[str, Any]
    header_params: dict[str, Any]
    body: Any
    body_content_type: str | None
    expects_json: bool

    @property
    def has_json_body(self) -> bool:
        return self.body_content_type is not None and is_json(self.body_content_type)

    def url_path(self) -> str:
        """The request path with the path parameters filled in (percent-encoded)."""
        return TEMPLATE_PARAMETER.sub(
            lambda m: quote(str(_wire(self.path_params[m.group(1)])), safe=""), self.path
        )

    def wire_query(self) -> tuple[tuple[str, str], ...]:
        """Query pairs as a form-style client sends them (one pair per array item)."""
        pairs: list[tuple[str, str]] = []
        for name, value in self.query_params.items():
            values = value if isinstance(value, list) else [value]
            pairs.extend((name, str(_wire(item))) for item in values)
        return tuple(pairs)

    def to_json(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation_id,
            "method": self.method,
            "path": self.path,
            "path_params": self.path_params,
            "query_params": self.query_params,
            "header_params": self.header_params,
            "body": self.body,
            "body_content_type": self.body_content_type,
            "expects_json": self.expects_json,
        }


# Headers that OAS says are never described as parameters; the client sets them itself.
RESERVED_HEADERS = frozenset({"accept", "authorization", "content-type"})


def _wire(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    operation_id: str | None
    # "METHOD /template/{param}" of the matched operation, None when nothing matched.
    operation: str | None
    status: int
    violations: tuple[str, ...]


@dataclass
class _Route:
    template: str
    pattern: re.Pattern[str]
    literal_length: int
    operations: dict[str, Operation] = field(default_factory=dict)


class RequestRejectedError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class ContractServer:
    """`with ContractServer(spec, token="t") as server: ... server.base_url ...`.

    `token=None` accepts any non-empty bearer token where one is required; with a `token`, a
    token answer (a response object with `accessToken` / `access_token`) issues that token.
    Token endpoints need no bearer token.
    `null_responses=True` answers `null` wherever a response schema allows it, to exercise the
    clients' handling of nullable fields.
    """

    def __init__(self, spec: Spec, *, token: str | None, null_responses: bool = False) -> None:
        self.spec, self.rewritten_patterns = plain_patterns(spec)
        self.token = token
        self.null_responses = null_responses
        self.checker = SchemaChecker(self.spec)
        self.routes = _build_routes(self.spec)
        self._lock = threading.Lock()
        self._records: list[RecordedRequest] = []
        self._responses: dict[str, bytes] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the contract server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    @property
    def violations(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.violations]

    def operations(self) -> Iterator[Operation]:
        for route in self.routes:
            yield from route.operations.values()

    def example_requests(self) -> list[ExampleRequest]:
        """One valid request per operation (every declared parameter, optional ones too)."""
        return [self.example_request(operation) for operation in self.operations()]

    def example_request(self, operation: Operation) -> ExampleRequest:
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        for parameter in operation.parameters:
            if parameter.location not in values:
                continue
            if parameter.location == "header" and parameter.name.lower() in RESERVED_HEADERS:
                continue
            values[parameter.location][parameter.name] = example_value(parameter.schema, self.spec)
        has_body = operation.body_schema is not None
        return ExampleRequest(
            operation_id=operation.operation_id,
            method=operation.method.upper(),
            path=operation.path,
            path_params=values["path"],
            query_params=values["query"],
            header_params=values["header"],
            body=example_value(operation.body_schema, self.spec) if has_body else None,
            body_content_type=operation.body_content_type if has_body else None,
            expects_json=operation.response_schema is not None
            and is_json(operation.response_content_type or ""),
        )

    def __enter__(self) -> ContractServer:
        handler = type("Handler", (_Handler,), {"contract": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = None
        self._thread = None

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, str | None, bytes]:
        """Answer one request: (status, content type, body); records it."""
        split = urlsplit(target)
        path = split.path
        operation: Operation | None = None
        try:
            operation = self._match(method.lower(), path)
            path_values = self._path_values(operation, path)
            self._check_auth(operation, headers)
            self._check_parameters(operation, path_values, split.query, headers)
            self._check_body(operation, headers, body)
        except RequestRejectedError as violation:
            self._record(method, path, operation, violation.status, (violation.message,))
            payload = {"code": violation.status, "message": violation.message}
            return violation.status, "application/json", json.dumps(payload).encode()
        status, content_type, response = self._response(operation)
        self._record(method, path, operation, status, ())
        return status, content_type, response

    def _record(
        self,
        method: str,
        path: str,
        operation: Operation | None,
        status: int,
        violations: tuple[str, ...],
    ) -> None:
        record = RecordedRequest(
            method=method.upper(),
            path=path,
            operation_id=operation.operation_id if operation else None,
            operation=f"{operation.method.upper()} {operation.path}" if operation else None,
            status=status,
            violations=violations,
        )
        with self._lock:
            self._records.append(record)

    def _match(self, method: str, path: str) -> Operation:
        allowed: list[str] = []
        for route in self.routes:
            if route.pattern.fullmatch(path):
                operation = route.operations.get(method)
                if operation is not None:
                    return operation
                allowed.extend(route.operations)
        if allowed:
            methods = ", ".join(sorted({m.upper() for m in allowed}))
            raise RequestRejectedError(
                405, f"{method.upper()} {path}: method not allowed ({methods})"
            )
        raise RequestRejectedError(404, f"{method.upper()} {path}: no operation matches this path")

    def _path_values(self, operation: Operation, path: str) -> dict[str, str]:
        for route in self.routes:
            if route.template == operation.path:
                found = route.pattern.fullmatch(path)
                if found:
                    names = TEMPLATE_PARAMETER.findall(route.template)
                    return {n: unquote(v) for n, v in zip(names, found.groups(), strict=True)}
        return {}

    def issues_token(self, operation: Operation) -> bool:
        """A token endpoint: its answer carries `accessToken` / `access_token`."""
        schema = deref(self.spec, operation.response_schema)
        properties = schema.get("properties") if isinstance(schema, dict) else None
        return isinstance(properties, dict) and any(f in properties for f in ISSUED_TOKEN_FIELDS)

    def _check_auth(self, operation: Operation, headers: dict[str, str]) -> None:
        if not operation.security_schemes or any(not s for s in operation.security_schemes):
            return
        # The Run:ai specs put token endpoints under the global bearer requirement, but a
        # client has no token before it calls one.
        if self.issues_token(operation):
            return
        given = headers.get("authorization", "")
        scheme, _, credential = given.partition(" ")
        if scheme.lower() != "bearer" or not credential:
            raise RequestRejectedError(401, "missing bearer token in the Authorization header")
        if self.token is not None and credential != self.token:
            raise RequestRejectedError(401, "the bearer token in the Authorization header is wrong")

    def _check_parameters(
        self,
        operation: Operation,
        path_values: dict[str, str],
        query: str,
        headers: dict[str, str],
    ) -> None:
        query_values: dict[str, list[str]] = {}
        for name, value in parse_qsl(query, keep_blank_values=True):
            query_values.setdefault(name, []).append(value)
        declared_query = {p.name for p in operation.parameters if p.location == "query"}
        unknown = sorted(set(query_values) - declared_query)
        if unknown:
            raise RequestRejectedError(400, f"unknown query parameter {unknown[0]!r}")
        for parameter in operation.parameters:
            raw = _raw_parameter(parameter, path_values, query_values, headers)
            if raw is None:
                if parameter.required:
                    raise RequestRejectedError(
                        400, f"missing required {parameter.location} parameter {parameter.name!r}"
                    )
                continue
            value = _coerce(self.spec, parameter.schema, raw, parameter.explode)
            error = next(self.checker.errors(parameter.schema, value), None)
            if error is not None:
                raise RequestRejectedError(
                    400,
                    f"{parameter.location} parameter {parameter.name!r}: {_short(error.message)}",
                )

    def _check_body(self, operation: Operation, headers: dict[str, str], body: bytes) -> None:
        if not operation.body_content_types:
            return
        if not body:
            if operation.body_required:
                raise RequestRejectedError(400, "missing required request body")
            return
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in operation.body_content_types:
            expected = ", ".join(operation.body_content_types)
            raise RequestRejectedError(
                400, f"request body content type {content_type!r} is not one of: {expected}"
            )
        schema = deref(self.spec, operation.body_schema)
        if schema is None:
            return
        if content_type == FORM_CONTENT:
            payload: Any = self._form_payload(schema, body)
        elif is_json(content_type):
            try:
                payload = json.loads(body)
            except ValueError as exc:
                raise RequestRejectedError(400, f"request body is not valid JSON: {exc}") from None
        else:
            return
        error = next(self.checker.errors(schema, payload), None)
        if error is not None:
            where = json_path(error.absolute_path)
            raise RequestRejectedError(400, f"request body at {where}: {_short(error.message)}")

    def _form_payload(self, schema: Any, body: bytes) -> dict[str, Any]:
        """A form-encoded body as the JSON object its schema describes."""
        fields: dict[str, list[str]] = {}
        for name, value in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True):
            fields.setdefault(name, []).append(value)
        properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
        return {
            name: _coerce(self.spec, properties.get(name, {}), values, explode=True)
            for name, values in fields.items()
        }

    def _response(self, operation: Operation | None) -> tuple[int, str | None, bytes]:
        if operation is None or operation.response_content_type is None:
            return (operation.response_status if operation else 200), None, b""
        with self._lock:
            cached = self._responses.get(f"{operation.method} {operation.path}")
        if cached is None:
            cached = self._example_response(operation)
            with self._lock:
                self._responses[f"{operation.method} {operation.path}"] = cached
        return operation.response_status, operation.response_content_type, cached

    def _example_response(self, operation: Operation) -> bytes:
        content_type = operation.response_content_type or ""
        if not is_json(content_type):
            return b"example"
        if operation.response_schema is None:
            return b"{}"
        value = example_value(
            operation.response_schema, self.spec, nullable_as_null=self.null_responses
        )
        if self.token is not None:
            value = _issue_token(value, self.token)
        error = next(self.checker.errors(operation.response_schema, value), None)
        if error is not None:
            # The spec's own response schema cannot be satisfied: answer anyway so the client
            # side is still exercised, but record it so that no run passes silently.
            self._record(
                "RESPONSE",
                operation.path,
                operation,
                500,
                (f"example response at {json_path(error.absolute_path)}: {error.message}",),
            )
        return json.dumps(value).encode()


# Token answers (`/api/v1/token` camelCase, OAuth2 `/api/v2/token` snake_case) issue the token
# the server then requires, valid long enough that a client never refreshes during a run.
ISSUED_TOKEN_FIELDS = ("accessToken", "access_token")
ISSUED_TOKEN_LIFETIME_FIELDS = ("expiresIn", "expires_in")
ISSUED_TOKEN_LIFETIME_SECONDS = 3600


def _issue_token(value: Any, token: str) -> Any:
    """A token answer carrying `token` (other answers unchanged)."""
    if not isinstance(value, dict) or not any(f in value for f in ISSUED_TOKEN_FIELDS):
        return value
    issued = dict(value)
    for name in ISSUED_TOKEN_FIELDS:
        if name in issued:
            issued[name] = token
    for name in ISSUED_TOKEN_LIFETIME_FIELDS:
        if name in issued:
            issued[name] = ISSUED_TOKEN_LIFETIME_SECONDS
    return issued


def plain_patterns(spec: Spec) -> tuple[Spec, int]:
    """The spec with JavaScript regex literals (`/^...$/`) in `pattern` reduced to their body.

    Real Run:ai specs carry such literals; the backend evaluates them as JavaScript regexes,
    while OAS / Python `re` would read the slashes literally and accept nothing but `"/.../"`
    strings. Returns the rewritten spec (the input is not modified) and how many were rewritten.
    """
    count = 0

    def walk(node: Any) -> Any:
        nonlocal count
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        copied = {key: walk(value) for key, value in node.items()}
        pattern = copied.get("pattern")
        literal = JS_REGEX_LITERAL.match(pattern) if isinstance(pattern, str) else None
        if literal:
            copied["pattern"] = literal.group("body")
            count += 1
        return copied

    rewritten: Spec = walk(spec)
    return rewritten, count


class _Handler(BaseHTTPRequestHandler):
    contract: ContractServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without TCP_NODELAY each keep-alive response
    # waits for the client's delayed ACK (~40 ms).
    disable_nagle_algorithm = True

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, content_type, payload = self.contract.handle(self.command, self.path, headers, body)
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def do_GET(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_OPTIONS(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are recorded on the server object; stderr stays quiet."""


def _short(message: str) -> str:
    return message if len(message) <= 300 else message[:300] + "..."


def _raw_parameter(
    parameter: Parameter,
    path_values: dict[str, str],
    query_values: dict[str, list[str]],
    headers: dict[str, str],
) -> list[str] | None:
    if parameter.location == "path":
        value = path_values.get(parameter.name)
        return None if value is None else [value]
    if parameter.location == "query":
        return query_values.get(parameter.name)
    if parameter.location == "header":
        header = headers.get(parameter.name.lower())
        return None if header is None else [header]
    return None


def _coerce(spec: Spec, schema: Any, raw: list[str], explode: bool) -> Any:
    """Turn the wire strings of a parameter into the JSON value its schema describes."""
    resolved = deref(spec, schema)
    kind = resolved.get("type") if isinstance(resolved, dict) else None
    if kind == "array":
        items = raw if explode else [part for value in raw for part in value.split(",")]
        return [_coerce_scalar(spec, resolved.get("items", {}), item) for item in items]
    return _coerce_scalar(spec, schema, raw[-1])


def _coerce_scalar(spec: Spec, schema: Any, text: str) -> Any:
    resolved = deref(spec, schema)
    kind = resolved.get("type") if isinstance(resolved, dict) else None
    if kind == "integer" and re.fullmatch(r"[+-]?[0-9]+", text):
        return int(text)
    if kind == "number":
        try:
            return float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            return text
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def _build_routes(spec: Spec) -> list[_Route]:
    routes: list[_Route] = []
    global_security = spec.get("security", [])
    for template, item_raw in spec.get("paths", {}).items():
        item = deref(spec, item_raw)
        route = _Route(
            template=template,
            pattern=_template_pattern(template),
            literal_length=len(TEMPLATE_PARAMETER.sub("", template)),
        )
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                route.operations[method] = _build_operation(
                    spec, template, method, item, operation, global_security
                )
        routes.append(route)
    # Concrete paths win over templated ones (`/projects/count` before `/projects/{id}`).
    routes.sort(key=lambda r: (len(TEMPLATE_PARAMETER.findall(r.template)), -r.literal_length))
    return routes


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = TEMPLATE_PARAMETER.split(template)
    regex = "".join(
        re.escape(part) if index % 2 == 0 else "([^/]+)" for index, part in enumerate(parts)
    )
    return re.compile(regex)


def _build_operation(
    spec: Spec,
    template: str,
    method: str,
    item: dict[str, Any],
    operation: dict[str, Any],
    global_security: list[dict[str, Any]],
) -> Operation:
    parameters: dict[tuple[str, str], Parameter] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        declared = deref(spec, raw)
        location = declared["in"]
        style = declared.get("style", "form" if location in ("query", "cookie") else "simple")
        parameters[(declared["name"], location)] = Parameter(
            name=declared["name"],
            location=location,
            required=bool(declared.get("required", location == "path")),
            deprecated=bool(declared.get("deprecated", False)),
            schema=declared.get("schema", {}),
            explode=bool(declared.get("explode", style == "form")),
        )
    body = deref(spec, operation.get("requestBody", {}))
    content: dict[str, Any] = body.get("content", {}) if isinstance(body, dict) else {}
    json_types = [t for t in content if is_json(t)]
    body_type: str | None = next(iter(json_types or list(content)), None)
    security = operation.get("security", global_security)
    status, response_type, response_schema = _success_response(spec, operation)
    return Operation(
        operation_id=str(operation.get("operationId") or f"{method} {template}"),
        method=method,
        path=template,
        parameters=tuple(parameters.values()),
        body_required=bool(body.get("required", False)) if isinstance(body, dict) else False,
        body_content_types=tuple(t.lower() for t in content),
        body_content_type=body_type.lower() if body_type else None,
        body_schema=(content[body_type] or {}).get("schema") if body_type else None,
        security_schemes=tuple(tuple(sorted(requirement)) for requirement in security),
        response_status=status,
        response_content_type=response_type,
        response_schema=response_schema,
    )


def _success_response(spec: Spec, operation: dict[str, Any]) -> tuple[int, str | None, Any]:
    responses = operation.get("responses", {})
    codes = sorted(str(code) for code in responses if str(code).startswith("2"))
    if not codes:
        return int(HTTPStatus.OK), None, None
    code = codes[0]
    status = 200 if code.upper() == "2XX" else int(code)
    response = deref(spec, responses[code] if code in responses else responses[int(code)])
    content: dict[str, Any] = response.get("content") or {}
    if status == HTTPStatus.NO_CONTENT or not content:
        return status, None, None
    json_types = [t for t in content if is_json(t)]
    content_type = json_types[0] if json_types else next(iter(content))
    return status, content_type, (content[content_type] or {}).get("schema")
