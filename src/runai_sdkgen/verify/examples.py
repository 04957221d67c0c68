"""Deterministic, schema-valid example values for OpenAPI 3.0 schemas.

The contract server answers with these values and the verify stage sends them, so every value
must pass `OAS30Validator` against its schema. The same schema always yields the same value.
Optional properties are included by default so that generated clients exercise more code paths;
recursion through `$ref` cycles is cut by dropping optional properties and emitting the minimum
number of array items once a reference is already being expanded.
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import Spec

Schema = dict[str, Any]

# `re._parser` is the stdlib regex parser (public as the deprecated `sre_parse`); it lets us build
# a matching string from the simple patterns the Run:ai specs use.
_regex_parser: Any = importlib.import_module("re._parser")

FORMAT_EXAMPLES: dict[str, str] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "uri": "https://example.com/path",
    "url": "https://example.com/path",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
    "binary": "example",
    "password": "example-password",
}
# Tried in order for a string with a pattern before a string is built from the pattern itself.
STRING_CANDIDATES: tuple[str, ...] = ("example", "a", "example-1", "Example", "0", "1")
# A reference expanded this many times on the current path is cut off hard (nullable -> null).
MAX_REF_DEPTH = 3
# Validators kept per spec; builders validate many short-lived merged schemas too.
MAX_CACHED_VALIDATORS = 50_000
# Upper bound on the repeat count used when a pattern string must be stretched to a minLength.
MAX_PATTERN_STRETCH = 64


def resolve_ref(spec: Spec, ref: str) -> Any:
    """The object a local `#/...` JSON pointer names; ToolkitError for anything else."""
    if not ref.startswith("#/"):
        raise ToolkitError(f"unsupported non-local $ref {ref!r}")
    node: Any = spec
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise ToolkitError(f"$ref {ref!r} does not resolve (no {part!r})")
    return node


def deref(spec: Spec, node: Any) -> Any:
    """Follow `$ref` chains (e.g. a component parameter that points to another one)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise ToolkitError(f"$ref {ref!r} refers to itself")
        seen.add(ref)
        node = resolve_ref(spec, ref)
    return node


class SchemaChecker:
    """OAS 3.0 validation (nullable, formats) of values against schemas of one spec.

    Schemas are validated in place (the spec's `components` are attached to a shallow wrapper
    so that `#/components/...` references resolve); validators are cached per schema object.
    """

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._validators: dict[int, tuple[Any, Any]] = {}

    def errors(self, schema: Any, value: Any) -> Iterator[Any]:
        """jsonschema ValidationErrors of `value`, most relevant first."""
        return iter(sorted(self._validator(schema).iter_errors(value), key=_error_rank))

    def is_valid(self, schema: Any, value: Any) -> bool:
        return bool(self._validator(schema).is_valid(value))

    def _validator(self, schema: Any) -> Any:
        cached = self._validators.get(id(schema))
        if cached is not None and cached[0] is schema:
            return cached[1]
        from openapi_schema_validator import OAS30Validator, oas30_format_checker

        root: Any = schema
        if isinstance(schema, dict):
            root = dict(schema)
            root["components"] = self._spec.get("components", {})
        validator = OAS30Validator(root, format_checker=oas30_format_checker)
        if len(self._validators) > MAX_CACHED_VALIDATORS:
            self._validators.clear()
        self._validators[id(schema)] = (schema, validator)
        return validator


def _error_rank(error: Any) -> tuple[int, str]:
    return (-len(error.absolute_path), str(list(error.absolute_path)))


def json_path(parts: Any) -> str:
    """`$.spec.items[0].name` for a jsonschema error's absolute_path."""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def example_value(schema: Any, spec: Spec, *, nullable_as_null: bool = False) -> Any:
    """A deterministic value that validates against `schema` (resolved within `spec`).

    `nullable_as_null=True` answers `null` wherever the schema allows it (to exercise the
    clients' null handling); otherwise nullable schemas get a real value.
    """
    return _ExampleBuilder(spec, _checker_for(spec), nullable_as_null).build(schema, ())


_CHECKERS: dict[int, tuple[Spec, SchemaChecker]] = {}


def _checker_for(spec: Spec) -> SchemaChecker:
    cached = _CHECKERS.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    checker = SchemaChecker(spec)
    _CHECKERS.clear()
    _CHECKERS[id(spec)] = (spec, checker)
    return checker


class _ExampleBuilder:
    def __init__(self, spec: Spec, checker: SchemaChecker, nullable_as_null: bool) -> None:
        self.spec = spec
        self.checker = checker
        self.nullable_as_null = nullable_as_null

    def build(self, schema: Any, refs: tuple[str, ...]) -> Any:
        if not isinstance(schema, dict):
            return "example"
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if refs.count(ref) >= MAX_REF_DEPTH:
                # A cycle through required properties: no finite valid value exists unless
                # the target allows null.
                target = deref(self.spec, schema)
                return None if isinstance(target, dict) and target.get("nullable") else {}
            return self.build(resolve_ref(self.spec, ref), (*refs, ref))
        # Null only where the schema says so (a schema without `type` would also accept it).
        if (
            self.nullable_as_null
            and schema.get("nullable") is True
            and self.checker.is_valid(schema, None)
        ):
            return None
        if "allOf" in schema:
            return self.build(self._merge_all_of(schema, refs), refs)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._alternative(schema, keyword, refs)
        if "enum" in schema:
            return self._enum(schema)
        kind = _schema_type(schema)
        if kind == "object":
            return self._object(schema, refs)
        if kind == "array":
            return self._array(schema, refs)
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return self._scalar(schema, _integer_candidates(schema))
        if kind == "number":
            return self._scalar(schema, _number_candidates(schema))
        if kind == "boolean":
            return self._scalar(schema, [True, False])
        return self._scalar(schema, ["example"])

    def _in_cycle(self, refs: tuple[str, ...]) -> bool:
        return len(refs) != len(set(refs))

    def _merge_all_of(self, schema: Schema, refs: tuple[str, ...]) -> Schema:
        """One schema equivalent to an allOf: properties and required united, the rest kept."""
        # null was already considered on the original schema; the merge describes non-null values.
        merged: Schema = {k: v for k, v in schema.items() if k not in ("allOf", "nullable")}
        for member in schema["allOf"]:
            resolved = deref(self.spec, member)
            if not isinstance(resolved, dict):
                continue
            if "allOf" in resolved:
                resolved = self._merge_all_of(resolved, refs)
            for key, value in resolved.items():
                if key == "properties":
                    properties = dict(merged.get("properties", {}))
                    for name, prop in value.items():
                        if name in properties and properties[name] != prop:
                            properties[name] = {"allOf": [properties[name], prop]}
                        else:
                            properties[name] = prop
                    merged["properties"] = properties
                elif key == "required":
                    merged["required"] = sorted({*merged.get("required", []), *value})
                elif key == "enum" and "enum" in merged:
                    merged["enum"] = [v for v in merged["enum"] if v in value]
                elif key == "nullable":
                    continue
                else:
                    merged.setdefault(key, value)
        return merged

    def _alternative(self, schema: Schema, keyword: str, refs: tuple[str, ...]) -> Any:
        rest = {k: v for k, v in schema.items() if k != keyword}
        first: Any = None
        for index, option in enumerate(schema[keyword]):
            candidate_schema: Schema = {"allOf": [rest, option]} if rest else option
            value = self.build(candidate_schema, refs)
            if index == 0:
                first = value
            if self.checker.is_valid(schema, value):
                return value
        return first

    def _enum(self, schema: Schema) -> Any:
        options = [v for v in schema["enum"] if v is not None or self.nullable_as_null]
        candidates = [schema.get("example"), schema.get("default"), *options]
        fallback = next(iter(options or schema["enum"]), None)
        return self._first_valid(schema, [c for c in candidates if c in options], fallback)

    def _object(self, schema: Schema, refs: tuple[str, ...]) -> dict[str, Any]:
        required = set(schema.get("required", []))
        minimal = self._in_cycle(refs)
        value: dict[str, Any] = {}
        for name, prop in schema.get("properties", {}).items():
            if minimal and name not in required:
                continue
            value[name] = self.build(prop, refs)
        for name in sorted(required - value.keys()):
            # Required but never declared (seen in real specs): any value satisfies it.
            value[name] = "example"
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not minimal and "properties" not in schema:
            value["key"] = self.build(extra, refs)
        minimum = schema.get("minProperties", 0)
        if isinstance(extra, dict):
            while len(value) < minimum:
                value[f"key{len(value)}"] = self.build(extra, refs)
        return value

    def _array(self, schema: Schema, refs: tuple[str, ...]) -> list[Any]:
        minimum = int(schema.get("minItems", 0))
        count = minimum if self._in_cycle(refs) else max(minimum, 1)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        items = schema.get("items", {})
        if schema.get("uniqueItems") and count > 1:
            return [self._distinct_item(items, refs, index) for index in range(count)]
        return [self.build(items, refs) for _ in range(count)]

    def _distinct_item(self, items: Any, refs: tuple[str, ...], index: int) -> Any:
        item = self.build(items, refs)
        if isinstance(item, str):
            return f"{item}{index}" if index else item
        if isinstance(item, int) and not isinstance(item, bool):
            return item + index
        return item

    def _string(self, schema: Schema) -> Any:
        base = FORMAT_EXAMPLES.get(str(schema.get("format", "")), "example")
        fitted = _fit_length(base, schema)
        pattern = schema.get("pattern")
        candidates = itertools.chain(
            (schema.get("example"), schema.get("default"), base, fitted),
            STRING_CANDIDATES if isinstance(pattern, str) else (),
            _pattern_strings(pattern) if isinstance(pattern, str) else (),
            ("",),
        )
        strings = (c for c in candidates if isinstance(c, str))
        return self._first_valid(schema, strings, fitted)

    def _scalar(self, schema: Schema, generated: list[Any]) -> Any:
        candidates = [schema.get("example"), schema.get("default"), *generated]
        present = [c for c in candidates if c is not None]
        return self._first_valid(schema, present, generated[0] if generated else None)

    def _first_valid(self, schema: Schema, candidates: Iterable[Any], fallback: Any) -> Any:
        for candidate in candidates:
            if self.checker.is_valid(schema, candidate):
                return candidate
        return fallback


def _schema_type(schema: Schema) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if "pattern" in schema or "minLength" in schema or "format" in schema:
        return "string"
    return None


def _integer_candidates(schema: Schema) -> list[Any]:
    low, high = _bounds(schema, 1)
    value = int(low) if low is not None else 1
    if low is not None and value < low:
        value += 1
    if high is not None and value > high:
        value = int(high)
    step = schema.get("multipleOf")
    if isinstance(step, int) and step > 0 and value % step:
        value += step - value % step
    return [value, 0, 1]


def _number_candidates(schema: Schema) -> list[Any]:
    low, high = _bounds(schema, 0.5)
    value: float = 1.5
    if low is not None and value < low:
        value = low + 0.5
    if high is not None and value > high:
        value = high - 0.5 if low is None or high - 0.5 >= low else high
    return [value, *_integer_candidates(schema)]


def _bounds(schema: Schema, nudge: float) -> tuple[float | None, float | None]:
    low = schema.get("minimum")
    high = schema.get("maximum")
    if low is not None and schema.get("exclusiveMinimum") is True:
        low += nudge
    if high is not None and schema.get("exclusiveMaximum") is True:
        high -= nudge
    return low, high


def _fit_length(text: str, schema: Schema) -> str:
    minimum = int(schema.get("minLength", 0))
    maximum = schema.get("maxLength")
    while len(text) < minimum:
        text += "x"
    if isinstance(maximum, int):
        text = text[:maximum]
    return text


def _pattern_strings(pattern: str) -> Iterator[str]:
    """Strings built from the pattern, each repeat stretched further for a minLength."""
    tree = _parse_pattern(pattern)
    if tree is None:
        return
    stretch = 0
    while stretch <= MAX_PATTERN_STRETCH:
        yield _render(tree, stretch)
        stretch = stretch * 2 if stretch else 1


@lru_cache(maxsize=512)
def _parse_pattern(pattern: str) -> Any:
    try:
        return _regex_parser.parse(pattern)
    except re.error:
        return None


def _render(tree: Any, stretch: int) -> str:
    groups: dict[int, str] = {}
    return "".join(_render_node(op, arg, stretch, groups) for op, arg in tree)


def _render_node(op: Any, arg: Any, stretch: int, groups: dict[int, str]) -> str:
    renderer = _RENDERERS.get(str(op))
    return renderer(arg, stretch, groups) if renderer else ""


def _render_sequence(items: Any, stretch: int, groups: dict[int, str]) -> str:
    return "".join(_render_node(op, arg, stretch, groups) for op, arg in items)


def _render_subpattern(arg: Any, stretch: int, groups: dict[int, str]) -> str:
    group, _add_flags, _del_flags, body = arg
    text = _render_sequence(body, stretch, groups)
    if group is not None:
        groups[group] = text
    return text


def _render_repeat(arg: Any, stretch: int, groups: dict[int, str]) -> str:
    low, high, body = arg
    count = max(low, min(stretch, high))
    return "".join(_render_sequence(body, stretch, groups) for _ in range(count))


def _render_branch(arg: Any, stretch: int, groups: dict[int, str]) -> str:
    _unused, branches = arg
    return _render_sequence(branches[0], stretch, groups)


def _render_in(arg: Any, stretch: int, groups: dict[int, str]) -> str:
    del stretch, groups
    negated = any(str(op) == "NEGATE" for op, _ in arg)
    for char in "abcxyz019AZ-_. ":
        if _char_in_set(char, arg) != negated:
            return char
    for op, value in arg:
        if str(op) == "LITERAL":
            return chr(value)
        if str(op) == "RANGE":
            return chr(value[0])
    return "a"


def _char_in_set(char: str, items: Any) -> bool:
    code = ord(char)
    for op, value in items:
        name = str(op)
        if name == "LITERAL" and value == code:
            return True
        if name == "RANGE" and value[0] <= code <= value[1]:
            return True
        if name == "CATEGORY" and re.fullmatch(_CATEGORY_CLASSES.get(str(value), "$^"), char):
            return True
    return False


_CATEGORY_CLASSES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_CATEGORY_SAMPLES = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
}


def _render_category(arg: Any, stretch: int, groups: dict[int, str]) -> str:
    del stretch, groups
    return _CATEGORY_SAMPLES.get(str(arg), "a")


def _render_groupref(arg: Any, stretch: int, groups: dict[int, str]) -> str:
    del stretch
    return groups.get(int(arg), "")


_RENDERERS: dict[str, Callable[[Any, int, dict[int, str]], str]] = {
    "LITERAL": lambda arg, _s, _g: chr(arg),
    "NOT_LITERAL": lambda arg, _s, _g: "a" if arg != ord("a") else "b",
    "ANY": lambda _a, _s, _g: "a",
    "IN": _render_in,
    "CATEGORY": _render_category,
    "SUBPATTERN": _render_subpattern,
    "MAX_REPEAT": _render_repeat,
    "MIN_REPEAT": _render_repeat,
    "POSSESSIVE_REPEAT": _render_repeat,
    "BRANCH": _render_branch,
    "GROUPREF": _render_groupref,
    "ATOMIC_GROUP": lambda arg, s, g: _render_sequence(arg, s, g),
}
