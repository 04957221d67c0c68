"""Runs INSIDE the fresh venv of the verify stage: calls every operation of an installed client.

Standard library only (besides the package under test): this file is executed by the venv's
python in isolated mode (`python -I verify_probe.py CONFIG`), never imported by the toolkit.
CONFIG is a JSON file: {"package", "release", "version", "base_url", "token", "requests":
[example request per operation], "facade": [{"module", "attribute", "method", "pages"}] or
absent, "credentials": {"client_id", "client_secret", "endpoints": ["v1", ...], "operation":
"GET /path"} or absent}.
The probe checks the package's release pins, builds each operation's arguments from the example
values (coerced with the function's type hints), calls `sync_detailed` with an
`AuthenticatedClient`, counts DeprecationWarnings; then calls every operation (and page walker)
again through the facade's `RunaiClient`, whose groups must list exactly the expected methods,
and every operation once more through `AsyncRunaiClient`;
then exchanges client credentials for a token at each token endpoint and calls one operation
with it. It prints one JSON summary on stdout.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import json
import sys
import traceback
import types
import typing
import uuid
import warnings
from pathlib import Path
from typing import Any

OperationResult = dict[str, Any]


def main(argv: list[str]) -> int:
    config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    summary = probe(config)
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0


def probe(config: dict[str, Any]) -> dict[str, Any]:
    package_name: str = config["package"]
    problems: list[str] = []
    package = importlib.import_module(package_name)
    api_version = getattr(package, "API_VERSION", None)
    version = getattr(package, "__version__", None)
    if api_version != config["release"]:
        problems.append(f"{package_name}.API_VERSION is {api_version!r}, not {config['release']!r}")
    if version != config["version"]:
        problems.append(f"{package_name}.__version__ is {version!r}, not {config['version']!r}")
    catalog = importlib.import_module(f"{package_name}.operations")
    client = package.AuthenticatedClient(
        base_url=config["base_url"], token=config["token"], raise_on_unexpected_status=False
    )
    examples = {f"{r['method']} {r['path']}": r for r in config["requests"]}
    results = [call_operation(client, info, examples) for info in catalog.OPERATIONS]
    summary: dict[str, Any] = {
        "package": package_name,
        "api_version": api_version,
        "version": version,
        "problems": problems,
        "operations": results,
    }
    if "facade" in config:
        summary["facade"] = facade_pass(package, catalog.OPERATIONS, config, examples, problems)
    if "credentials" in config:
        summary["credentials"] = [
            credentials_call(package, catalog.OPERATIONS, config, examples, endpoint)
            for endpoint in config["credentials"]["endpoints"]
        ]
    return summary


def call_operation(client: Any, info: Any, examples: dict[str, dict[str, Any]]) -> OperationResult:
    result: OperationResult = {
        "operation_id": info.operation_id,
        "method": info.method,
        "path": info.path,
        "deprecated": bool(info.deprecated),
        "warned": False,
        "status": None,
        "ok": False,
        "error": None,
    }
    example = examples.get(f"{info.method} {info.path}")
    if example is None:
        result["error"] = "the spec has no such operation"
        return result
    try:
        function = importlib.import_module(info.module).sync_detailed
        kwargs = build_arguments(function, info, example)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            response = function(client=client, **kwargs)
    except Exception as exc:
        result["error"] = _failure(exc)
        return result
    status = int(response.status_code)
    result["status"] = status
    result["warned"] = any(issubclass(w.category, DeprecationWarning) for w in caught)
    if not 200 <= status < 300:
        result["error"] = f"HTTP {status}: {response.content[:300].decode('utf-8', 'replace')}"
    elif example["expects_json"] and response.parsed is None:
        result["error"] = f"HTTP {status} but .parsed is None for a declared JSON body"
    elif info.deprecated and not result["warned"]:
        result["error"] = "deprecated operation called without a DeprecationWarning"
    else:
        result["ok"] = True
    return result


def _failure(exc: Exception) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1:]
    where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _operation_warnings(caught: list[warnings.WarningMessage], info: Any) -> int:
    """DeprecationWarnings about this operation: "... METHOD /path is deprecated" or
    "... (METHOD /path) is deprecated" (not those about its parameters or fields)."""
    key = f"{info.method.upper()} {info.path}"
    return sum(
        1
        for w in caught
        if issubclass(w.category, DeprecationWarning)
        and (
            str(w.message).startswith(f"{key} is deprecated")
            or f"({key}) is deprecated" in str(w.message)
        )
    )


def facade_pass(
    package: Any,
    operations: tuple[Any, ...],
    config: dict[str, Any],
    examples: dict[str, dict[str, Any]],
    problems: list[str],
) -> dict[str, Any]:
    """Every operation and page walker once through `RunaiClient`; the listing checked."""
    names = {entry["module"]: entry for entry in config["facade"]}
    try:
        client = package.RunaiClient(
            base_url=config["base_url"],
            token=config["token"],
            server_release=config["release"],
            on_release_mismatch="error",
        )
    except Exception as exc:
        problems.append(f"RunaiClient(server_release={config['release']!r}): {_failure(exc)}")
        return {"operations": [], "pages": [], "async_operations": []}
    with client:
        problems.extend(check_listing(client, operations, names))
        results = [call_facade(client, info, names, examples) for info in operations]
        pages = [
            walk_pages(client, info, names[info.module], examples)
            for info in operations
            if info.module in names and names[info.module]["pages"]
        ]
    async_results = asyncio.run(async_facade_calls(package, operations, config, names, examples))
    return {"operations": results, "pages": pages, "async_operations": async_results}


def check_listing(client: Any, operations: tuple[Any, ...], names: dict[str, Any]) -> list[str]:
    """The facade's own `operations()` / `deprecated_operations()` / `dir()` per group must
    be the expected method names (deprecated ones hidden from dir())."""
    expected: dict[str, tuple[set[str], set[str]]] = {}
    for info in operations:
        entry = names.get(info.module)
        if entry is None:
            continue
        current, hidden = expected.setdefault(entry["attribute"], (set(), set()))
        listed = hidden if info.deprecated else current
        listed.add(entry["method"])
        if entry["pages"]:
            listed.add(entry["pages"])
    groups = {
        name
        for name, value in vars(client).items()
        if callable(getattr(value, "deprecated_operations", None))
    }
    found: list[str] = []
    if groups != set(expected):
        found.append(f"RunaiClient groups are {sorted(groups)}, expected {sorted(expected)}")
    for attribute in sorted(groups & set(expected)):
        group = getattr(client, attribute)
        current, hidden = expected[attribute]
        if set(group.operations()) != current:
            found.append(
                f"client.{attribute}.operations() is {sorted(group.operations())}, "
                f"expected {sorted(current)}"
            )
        if set(group.deprecated_operations()) != hidden:
            found.append(
                f"client.{attribute}.deprecated_operations() is "
                f"{sorted(group.deprecated_operations())}, expected {sorted(hidden)}"
            )
        shown = set(dir(group))
        if not current <= shown or shown & hidden:
            found.append(f"dir(client.{attribute}) does not show exactly the current operations")
    return found


def _facade_result(info: Any, entry: dict[str, Any] | None, client_name: str) -> OperationResult:
    return {
        "operation_id": info.operation_id,
        "method": info.method,
        "path": info.path,
        "deprecated": bool(info.deprecated),
        "call": f"{client_name}.{entry['attribute']}.{entry['method']}" if entry else None,
        "warnings": 0,
        "ok": False,
        "error": None,
    }


def _facade_arguments(
    client: Any, info: Any, entry: dict[str, Any] | None, example: dict[str, Any] | None
) -> tuple[Any, dict[str, Any]]:
    """The bound facade method and its keyword arguments (built from the example values)."""
    if entry is None:
        raise LookupError("no facade method for this operation")
    if example is None:
        raise LookupError("the spec has no such operation")
    function = importlib.import_module(info.module).sync_detailed
    method = getattr(getattr(client, entry["attribute"]), entry["method"])
    return method, build_arguments(function, info, example)


def _judge(
    result: OperationResult,
    info: Any,
    example: dict[str, Any],
    parsed: Any,
    caught: list[warnings.WarningMessage],
) -> OperationResult:
    result["warnings"] = _operation_warnings(caught, info)
    if example["expects_json"] and parsed is None:
        result["error"] = "the facade returned None for a declared JSON body"
    elif result["warnings"] != (1 if info.deprecated else 0):
        result["error"] = (
            f"{result['warnings']} DeprecationWarnings about the operation, expected "
            f"{1 if info.deprecated else 0}"
        )
    else:
        result["ok"] = True
    return result


def call_facade(
    client: Any, info: Any, names: dict[str, Any], examples: dict[str, dict[str, Any]]
) -> OperationResult:
    entry = names.get(info.module)
    example = examples.get(f"{info.method} {info.path}")
    result = _facade_result(info, entry, "client")
    try:
        method, kwargs = _facade_arguments(client, info, entry, example)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            parsed = method(**kwargs)
    except Exception as exc:
        result["error"] = _failure(exc)
        return result
    assert example is not None
    return _judge(result, info, example, parsed, caught)


async def acall_facade(
    client: Any, info: Any, names: dict[str, Any], examples: dict[str, dict[str, Any]]
) -> OperationResult:
    """`call_facade` for an `AsyncRunaiClient`."""
    entry = names.get(info.module)
    example = examples.get(f"{info.method} {info.path}")
    result = _facade_result(info, entry, "async_client")
    try:
        method, kwargs = _facade_arguments(client, info, entry, example)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            parsed = await method(**kwargs)
    except Exception as exc:
        result["error"] = _failure(exc)
        return result
    assert example is not None
    return _judge(result, info, example, parsed, caught)


async def async_facade_calls(
    package: Any,
    operations: tuple[Any, ...],
    config: dict[str, Any],
    names: dict[str, Any],
    examples: dict[str, dict[str, Any]],
) -> list[OperationResult]:
    """Every operation once through `AsyncRunaiClient`, one after the other."""
    async with package.AsyncRunaiClient(
        base_url=config["base_url"], token=config["token"]
    ) as client:
        return [await acall_facade(client, info, names, examples) for info in operations]


def walk_pages(
    client: Any, info: Any, entry: dict[str, Any], examples: dict[str, dict[str, Any]]
) -> OperationResult:
    """The page walker of a list operation, consumed to the end."""
    result: OperationResult = {
        "operation_id": info.operation_id,
        "call": f"client.{entry['attribute']}.{entry['pages']}",
        "items": None,
        "ok": False,
        "error": None,
    }
    example = examples[f"{info.method} {info.path}"]
    try:
        function = importlib.import_module(info.module).sync_detailed
        kwargs = build_arguments(function, info, example)
        for name in ("offset", "limit"):
            kwargs.pop(name, None)
        walker = getattr(getattr(client, entry["attribute"]), entry["pages"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            result["items"] = sum(1 for _ in walker(**kwargs))
    except Exception as exc:
        result["error"] = _failure(exc)
        return result
    result["ok"] = True
    return result


def credentials_call(
    package: Any,
    operations: tuple[Any, ...],
    config: dict[str, Any],
    examples: dict[str, dict[str, Any]],
    endpoint: str,
) -> OperationResult:
    """A client built from client id + secret: the runtime exchanges them at the `endpoint`
    token path for the server's token, then calls the chosen operation (no arguments) with it."""
    credentials = config["credentials"]
    names = {entry["module"]: entry for entry in config.get("facade", [])}
    target = next(
        (info for info in operations if f"{info.method} {info.path}" == credentials["operation"]),
        None,
    )
    result: OperationResult = {
        "endpoint": endpoint,
        "operation": credentials["operation"],
        "ok": False,
        "error": None,
    }
    if target is None or target.module not in names:
        result["error"] = "the package has no facade method for this operation"
        return result
    entry = names[target.module]
    try:
        with package.RunaiClient(
            base_url=config["base_url"],
            client_id=credentials["client_id"],
            client_secret=credentials["client_secret"],
            token_endpoint=endpoint,
        ) as client:
            parsed = getattr(getattr(client, entry["attribute"]), entry["method"])()
    except Exception as exc:
        result["error"] = _failure(exc)
        return result
    if examples[credentials["operation"]]["expects_json"] and parsed is None:
        result["error"] = "the facade returned None for a declared JSON body"
    else:
        result["ok"] = True
    return result


def build_arguments(function: Any, info: Any, example: dict[str, Any]) -> dict[str, Any]:
    try:
        hints = typing.get_type_hints(function)
    except Exception:
        hints = {}
    kwargs: dict[str, Any] = {}
    for parameter in info.parameters:
        values = example.get(f"{parameter.location}_params", {})
        if parameter.name in values:
            value = values[parameter.name]
            kwargs[parameter.python_name] = coerce(hints.get(parameter.python_name), value)
    if info.body_content_type is not None and example.get("body_content_type") is not None:
        body = example["body"]
        if info.body_model:
            module_name, _, class_name = info.body_model.partition(":")
            model = getattr(importlib.import_module(module_name), class_name)
            kwargs["body"] = model.from_dict(body)
        else:
            kwargs["body"] = coerce(hints.get("body"), body)
    return kwargs


def coerce(hint: Any, value: Any) -> Any:
    """The Python value a generated function expects for a JSON `value` typed `hint`."""
    if value is None or hint is None:
        return value
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return _coerce_union(typing.get_args(hint), value)
    if origin is list:
        (item,) = typing.get_args(hint) or (None,)
        return [coerce(item, v) for v in value]
    if not isinstance(hint, type):
        return value
    if issubclass(hint, enum.Enum):
        return hint(value)
    if hint is uuid.UUID:
        return uuid.UUID(value)
    if hint is datetime.datetime:
        return datetime.datetime.fromisoformat(value)
    if hint is datetime.date:
        return datetime.date.fromisoformat(value)
    if hint is float and isinstance(value, int):
        return float(value)
    if hasattr(hint, "from_dict") and isinstance(value, dict):
        return hint.from_dict(value)
    return value


def _coerce_union(options: tuple[Any, ...], value: Any) -> Any:
    candidates = [
        o for o in options if o is not type(None) and getattr(o, "__name__", "") != "Unset"
    ]
    for option in candidates:
        try:
            coerced = coerce(option, value)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        if _fits(option, coerced):
            return coerced
    return value


def _fits(option: Any, value: Any) -> bool:
    origin = typing.get_origin(option) or option
    if not isinstance(origin, type):
        return True
    if origin is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if origin is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, origin)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
