"""The one model of a spec's operations and parameters, and the one `$ref` resolver.

Every stage that walks operations (diff, ledger, audit, repair, deprecations, the contract
server, the facade) reads them through this module, so an operation, its identity, its
parameters and the HTTP methods that make an operation are defined once.

`Resolver` has one failure policy: a reference that does not resolve raises
`UnresolvedReferenceError`. Every spec a stage reads has passed `limits.check_refs`, which proves
each `$ref` local, resolvable and free of cycles, so reaching that error means a stage built a
broken document itself; it is never a user's input to be tolerated silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import Spec

# The operations of an OpenAPI 3.0 path item, in the order the specification lists them.
HTTP_METHODS: tuple[str, ...] = (
    "get",
    "put",
    "post",
    "delete",
    "options",
    "head",
    "patch",
    "trace",
)
PARAMETER_LOCATIONS: tuple[str, ...] = ("path", "query", "header", "cookie")
# A path template's parameter: `{appId}` in `/api/v1/apps/{appId}`.
PATH_PARAMETER = re.compile(r"\{([^{}/]+)\}")
SCHEMA_REF_PREFIX = "#/components/schemas/"
PARAMETER_REF_PREFIX = "#/components/parameters/"


class UnresolvedReferenceError(ToolkitError):
    """A `$ref` that names nothing (or a cycle of references) in a document a stage built."""


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def path_shape(path: str) -> str:
    """The path with its parameter names erased: `/apps/{}` for `/apps/{id}` and `/apps/{appId}`."""
    return PATH_PARAMETER.sub("{}", path)


def path_parameter_names(path: str) -> list[str]:
    """The parameter names of a path template, in the order they appear."""
    return PATH_PARAMETER.findall(path)


def operation_identity(method: str, path: str) -> str:
    """`GET /apps/{}`: the identity under which `/apps/{id}` and `/apps/{appId}` are one path."""
    return f"{method.upper()} {path_shape(path)}"


def schema_ref(name: str) -> str:
    return f"{SCHEMA_REF_PREFIX}{name}"


def schema_name(ref: str) -> str | None:
    """The component schema a `$ref` names (None: not a component schema reference)."""
    return ref.removeprefix(SCHEMA_REF_PREFIX) if ref.startswith(SCHEMA_REF_PREFIX) else None


class Resolver:
    """Follows the local references of one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def lookup(self, ref: str) -> Any:
        """The object a local `#/...` reference points at."""
        if not ref.startswith("#/"):
            raise UnresolvedReferenceError(f"$ref {ref[:100]!r} is not a local reference")
        target: Any = self.spec
        for token in ref[2:].split("/"):
            part = unescape_pointer_token(token)
            if isinstance(target, dict) and part in target:
                target = target[part]
            elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
                target = target[int(part)]
            else:
                raise UnresolvedReferenceError(f"$ref {ref[:100]!r} does not resolve (no {part!r})")
        return target

    def follow(self, node: Any) -> Any:
        """`node` with its chain of `$ref`s followed (a parameter referring to a parameter
        referring to ...); anything that is no reference comes back as it is."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                raise UnresolvedReferenceError(f"$ref {ref[:100]!r} is a cycle of references")
            seen.add(ref)
            node = self.lookup(ref)
        return node

    def component_schemas(self) -> dict[str, Any]:
        schemas = (self.spec.get("components") or {}).get("schemas") or {}
        return schemas if isinstance(schemas, dict) else {}


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation, its `$ref` followed."""

    name: str
    location: str  # one of PARAMETER_LOCATIONS
    required: bool  # path parameters always are
    deprecated: bool
    schema: Any  # the raw schema (it may be a `$ref`); None when the parameter has `content`
    raw: Mapping[str, Any]
    # Path parameters are matched by position (`/apps/{id}` is `/apps/{appId}`): the index of
    # the parameter in its path template, None for other locations or a name not in the path.
    position: int | None = None

    @property
    def identity(self) -> str:
        """`query:deleted`; path parameters by position, `path:#0`, as their names may change."""
        if self.location == "path":
            return f"path:#{self.name if self.position is None else self.position}"
        return f"{self.location}:{self.name}"


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation: a method of a path item."""

    method: str  # lowercase, as the path item spells it
    path: str
    raw: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def identity(self) -> str:
        return operation_identity(self.method, self.path)

    @property
    def key(self) -> str:
        """`GET /api/v1/apps/{appId}`: how reports and messages name the operation."""
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str:
        value = self.raw.get("operationId")
        return value if isinstance(value, str) else ""

    @property
    def tags(self) -> tuple[str, ...]:
        tags = self.raw.get("tags")
        if not isinstance(tags, list):
            return ()
        return tuple(tag for tag in tags if isinstance(tag, str))

    @property
    def tag(self) -> str:
        """The first tag (the generator's folder), "" without one."""
        return self.tags[0] if self.tags else ""

    @property
    def deprecated(self) -> bool:
        return self.raw.get("deprecated") is True

    def parameters(self, resolver: Resolver) -> tuple[Parameter, ...]:
        """Path-item parameters overridden by the operation's own (same `in` and `name`)."""
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(self.path_item.get("parameters") or ()), *(self.raw.get("parameters") or ())]:
            resolved = resolver.follow(raw)
            if isinstance(resolved, dict) and isinstance(resolved.get("name"), str):
                merged[(str(resolved.get("in", "")), resolved["name"])] = resolved
        positions = {name: index for index, name in enumerate(path_parameter_names(self.path))}
        return tuple(
            Parameter(
                name=name,
                location=location,
                required=location == "path" or raw.get("required") is True,
                deprecated=raw.get("deprecated") is True,
                schema=raw.get("schema"),
                raw=raw,
                position=positions.get(name) if location == "path" else None,
            )
            for (location, name), raw in merged.items()
        )

    def request_body(self, resolver: Resolver) -> Mapping[str, Any] | None:
        body = resolver.follow(self.raw.get("requestBody"))
        return body if isinstance(body, dict) else None

    def responses(self, resolver: Resolver) -> dict[str, Mapping[str, Any]]:
        """Status (or `default`) -> the response object, `$ref`s followed."""
        found: dict[str, Mapping[str, Any]] = {}
        for status, raw in (self.raw.get("responses") or {}).items():
            response = resolver.follow(raw)
            if isinstance(response, dict):
                found[str(status)] = response
        return found


def iter_operations(spec: Spec, *, in_document_order: bool = False) -> Iterator[Operation]:
    """Every operation, by path then method (HTTP_METHODS order), or as the document lists
    its paths."""
    items = (spec.get("paths") or {}).items()
    for path, path_item in items if in_document_order else sorted(items):
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            raw = path_item.get(method)
            if isinstance(raw, dict):
                yield Operation(method, path, raw, path_item)


def operations_by_identity(spec: Spec) -> dict[str, Operation]:
    """Every operation of a spec by `Operation.identity`."""
    return {operation.identity: operation for operation in iter_operations(spec)}
