"""Reading, validating and normalizing OpenAPI documents.

The format is decided from the content, never from the file name or content type (a real Run:ai
2.21 spec is YAML served as `swagger.json`). YAML is read with `safe_load` only.
The normalized form (sorted keys, 2-space JSON, trailing newline) is what every later stage reads.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec import limits

Spec = dict[str, Any]


def parse_spec_bytes(data: bytes, origin: str) -> Spec:
    """Parse JSON or YAML bytes into a mapping; `origin` names the file or URL in errors."""
    limits.check_size(len(data), origin)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ToolkitError(f"{origin}: not UTF-8 text (byte {exc.start})") from None
    stripped = text.lstrip()
    if not stripped:
        raise ToolkitError(f"{origin}: empty document")
    if stripped[0] in "{[":
        try:
            document: Any = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ToolkitError(
                f"{origin}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from None
        except RecursionError:
            raise ToolkitError(f"{origin}: JSON nested too deeply to parse") from None
    else:
        if stripped.startswith("<"):
            raise ToolkitError(f"{origin}: got HTML or XML, not an OpenAPI document")
        try:
            document = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or type(exc).__name__
            raise ToolkitError(f"{origin}: malformed YAML{where}: {problem}") from None
        except RecursionError:
            raise ToolkitError(f"{origin}: YAML nested too deeply to parse") from None
    if not isinstance(document, dict):
        raise ToolkitError(
            f"{origin}: the document is not a mapping (got {type(document).__name__})"
        )
    limits.check_shape(document, origin)
    return document


def check_openapi_version(spec: Spec, origin: str) -> None:
    if "swagger" in spec:
        raise ToolkitError(
            f"{origin}: Swagger {spec.get('swagger')} is not supported; convert it to OpenAPI 3.0"
        )
    version = spec.get("openapi")
    if not isinstance(version, str):
        raise ToolkitError(f"{origin}: field 'openapi' is missing: not an OpenAPI document")
    if not version.startswith("3.0."):
        raise ToolkitError(f"{origin}: field 'openapi' is {version!r}; only 3.0.x is supported")


def validate_spec(spec: Spec, origin: str) -> None:
    """Raise a ToolkitError naming the JSON path of the first problem the validator finds."""
    check_openapi_version(spec, origin)
    # Before the validator: it would follow a remote `$ref` (a fetch the spec's author chooses).
    limits.check_refs(spec, origin)
    from openapi_spec_validator import OpenAPIV30SpecValidator

    errors = OpenAPIV30SpecValidator(spec).iter_errors()
    first = next(iter(errors), None)
    if first is not None:
        location = "/".join(str(part) for part in getattr(first, "path", ())) or "(root)"
        message = str(getattr(first, "message", first)).splitlines()[0]
        if len(message) > 200:
            message = message[:200] + "..."
        raise ToolkitError(f"{origin}: invalid OpenAPI at {location}: {message}")


def normalize_spec(spec: Spec) -> bytes:
    """The deterministic serialization later stages consume (and whose sha256 is locked)."""
    return (json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_spec_file(path: Path, *, validate: bool = True) -> Spec:
    """Read, parse and (by default) validate a spec file; `$ref`s are always checked."""
    try:
        limits.check_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ToolkitError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise ToolkitError(f"{path}: is a folder, not a spec file") from None
    spec = parse_spec_bytes(data, str(path))
    if validate:
        validate_spec(spec, str(path))
    else:
        limits.check_refs(spec, str(path))
    return spec
