"""Runs INSIDE the fresh venv of the verify stage: calls every operation of an installed client.

Standard library only (besides the package under test): this file is executed by the venv's
python in isolated mode (`python -I verify_probe.py CONFIG`), never imported by the toolkit.
CONFIG is a JSON file: {"package", "release", "version", "base_url", "token", "requests":
[example request per operation]}. The probe checks the package's release pins, builds each
operation's arguments from the example values (coerced with the function's type hints), calls
`sync_detailed` with an `AuthenticatedClient`, counts DeprecationWarnings and prints one JSON
summary on stdout.
"""

from __future__ import annotations

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
    return {
        "package": package_name,
        "api_version": api_version,
        "version": version,
        "problems": problems,
        "operations": results,
    }


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
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
        result["error"] = f"{type(exc).__name__}: {exc}{where}"
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
