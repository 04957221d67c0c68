"""`audit`: which uses of the API in a user's automation break or go stale on a newer release.

The user's code was written against release R1 and is about to run against R2. The audit reads
Python sources with `ast` (never regex) and follows the generated client of the product:
functional endpoint modules (`get_tenants.sync(...)`), the facade (`client.tenant.list()`), model
constructor keywords and attribute reads/writes of model fields. Plain HTTP usage (log lines
`GET /api/v1/apps/12`, curl command lines) is matched against the R1 path templates.

Every use is mapped to an item of the R1 spec (operation, parameter or body field, identified as
in the ledger); an item removed in R2, deprecated in R2, or due for removal by the release after
R2 yields a finding. Names are derived from the repaired R1 spec exactly as the generator derives
them (`naming`, `repair`, `facade.method_names`), so no generated output is needed.

What cannot be resolved statically is a finding of rule `unresolved`, never silently dropped:
`getattr(<client, tag group, api module or model>, <non-constant>)`, and a facade-shaped call
(`x.<tag group>.<method>(...)`) on an object of unknown type when that method maps to an item
that would be flagged.
"""

from __future__ import annotations

import ast
import re
import shlex
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, TypeGuard
from urllib.parse import parse_qsl, urlsplit

from runai_sdkgen.changes.diff import (
    PATH_PARAMETER,
    Operation,
    Resolver,
    join_location,
    operations,
    parameters,
)
from runai_sdkgen.changes.ledger import Inventory, ItemKind, Ledger, build_ledger, inventory
from runai_sdkgen.core.manifest import Product, release_sort_key
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate.facade import FacadeOperation, FacadeParameter, method_names, snake_case
from runai_sdkgen.generate.repair import SCHEMA_REF_PREFIX, operation_tag_folder, repair_spec
from runai_sdkgen.spec import naming
from runai_sdkgen.spec.load import Spec

AuditKind = Literal["operation", "parameter", "field"]
SYNC_FUNCTIONS = frozenset({"sync", "asyncio"})
DETAILED_FUNCTIONS = frozenset({"sync_detailed", "asyncio_detailed"})
CLIENT_CLASSES = frozenset({"RunaiClient", "AsyncRunaiClient"})
MODEL_FACTORIES = frozenset({"from_dict"})
HTTP_SUFFIXES = frozenset({".log", ".txt", ".http", ".sh"})
PYTHON_SUFFIXES = frozenset({".py", ".pyi"})
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
HTTP_LINE = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)")
UNRESOLVED = "unresolved"


@dataclass(frozen=True)
class AuditRule:
    id: str
    level: Literal["error", "warning", "note"]
    summary: str


def _item_rules() -> tuple[AuditRule, ...]:
    rules: list[AuditRule] = []
    for kind in ("operation", "parameter", "field"):
        rules += [
            AuditRule(f"{kind}-removed", "error", f"the {kind} is gone in the target release"),
            AuditRule(
                f"{kind}-removal-due",
                "warning",
                f"the {kind} is deprecated and may be removed by the release after the target",
            ),
            AuditRule(f"{kind}-deprecated", "note", f"the {kind} is deprecated in the target"),
        ]
    return tuple(rules)


# One row per rule; SARIF rule metadata and the docs come from here.
RULES: tuple[AuditRule, ...] = (
    *_item_rules(),
    AuditRule(UNRESOLVED, "note", "an API use the audit cannot resolve statically"),
)
RULE_IDS = tuple(rule.id for rule in RULES)


@dataclass(frozen=True, slots=True)
class AuditFinding:
    path: str
    line: int  # 1-based
    column: int  # 1-based
    rule: str
    item: str  # the ledger-style key, e.g. `GET /api/v1/apps`; "" when unknown
    usage: str  # what the code or log says, e.g. `get_applications.sync`
    deprecated_in: str | None
    removed_in: str | None
    due_for_removal_in: str | None
    replacement: str | None
    message: str


@dataclass(frozen=True)
class AuditReport:
    product: str
    from_release: str
    to_release: str
    files: tuple[str, ...]
    findings: tuple[AuditFinding, ...]

    def counts(self) -> dict[str, int]:
        """Findings per rule, every rule present, in `RULES` order."""
        totals = dict.fromkeys(RULE_IDS, 0)
        for finding in self.findings:
            totals[finding.rule] += 1
        return totals


# ---------------------------------------------------------------------------------------------
# What each item is in R2


@dataclass(frozen=True, slots=True)
class Verdict:
    rule: str
    key: str
    deprecated_in: str | None
    removed_in: str | None
    due_for_removal_in: str | None
    replacement: str | None


_LEDGER_KINDS: dict[AuditKind, ItemKind] = {
    "operation": "operation",
    "parameter": "parameter",
    "field": "property",
}


def next_release(label: str, known: Sequence[str]) -> str:
    """The release after `label`: the next known one, else the next minor version."""
    later = sorted(
        (r for r in known if release_sort_key(r) > release_sort_key(label)), key=release_sort_key
    )
    if later:
        return later[0]
    major, minor = release_sort_key(label)[:2]
    return f"{major}.{minor + 1}"


def _tokens(text: str) -> list[str]:
    return [token for token in snake_case(text).split("_") if token]


def _without_nouns(operation_id: str, segment: str) -> list[str]:
    # A token naming the collection shares its first three letters with a segment token
    # (`applications` ~ `apps`, `account` ~ `accounts`).
    nouns = {token[:3] for token in _tokens(segment) if len(token) >= 3}
    return [t for t in _tokens(operation_id) if not (len(t) >= 3 and t[:3] in nouns)]


def _segments(op: Operation) -> list[str]:
    return op.identity.split(" ", 1)[1].split("/")


def _counterpart(old: Operation, new: Operation) -> int | None:
    """The index of the one literal path segment (the collection) in which `new` stands in for
    `old`, or None: same method, same path shape, exactly one literal segment differs, and the
    operationIds are equal once the tokens naming the collection are removed
    (`regenerate_application_secret` ~ `regenerate_service_account_secret`)."""
    old_segments, segments = _segments(old), _segments(new)
    if new.method != old.method or len(segments) != len(old_segments):
        return None
    differing = [i for i, (a, b) in enumerate(zip(old_segments, segments, strict=True)) if a != b]
    if len(differing) != 1 or "{}" in (old_segments[differing[0]], segments[differing[0]]):
        return None
    index = differing[0]
    old_rest = _without_nouns(old.operation_id, old_segments[index])
    new_rest = _without_nouns(new.operation_id, segments[index])
    return index if old_rest and old_rest == new_rest else None


def replacement_for(
    old: Operation, old_operations: Sequence[Operation], new_operations: Sequence[Operation]
) -> Operation | None:
    """The operation of the newer spec that evidently takes over from `old`, if any.

    Explicit heuristic (None while `old` itself is still there and not deprecated):
    1. a non-deprecated operation with the same operationId at another path or method;
    2. else the non-deprecated counterpart (see `_counterpart`) in the collection that has
       counterparts for the most operations of `old`'s collection; ties go to a collection the
       older spec did not have, then to the path that sorts first.
    """
    live = [op for op in new_operations if not op.deprecated and op.identity != old.identity]
    if any(op.identity == old.identity and not op.deprecated for op in new_operations):
        return None  # still there and not deprecated: nothing takes over
    for op in live:
        if old.operation_id and op.operation_id == old.operation_id:
            return op
    old_paths = {"/".join(_segments(op)) for op in old_operations}
    ranked: list[tuple[int, bool, str, Operation]] = []
    for op in live:
        index = _counterpart(old, op)
        if index is None:
            continue
        collection = _segments(op)[index]
        place = _segments(old)[index]
        siblings = [o for o in old_operations if _segments(o)[index : index + 1] == [place]]
        others = [o for o in live if _segments(o)[index : index + 1] == [collection]]
        family = sum(
            1
            for sibling in siblings
            if any(_counterpart(sibling, other) == index for other in others)
        )
        prefix = "/".join(_segments(op)[: index + 1])
        is_new = not any(path.startswith(prefix) for path in old_paths)
        ranked.append((-family, not is_new, op.identity, op))
    return min(ranked, key=lambda row: row[:3])[3] if ranked else None


class Knowledge:
    """R1's items under their generated names, and what each of them is in R2."""

    def __init__(
        self,
        product: str,
        package: str,
        old: tuple[str, Spec],
        new: tuple[str, Spec],
        ledger: Ledger,
        known_releases: Sequence[str],
    ) -> None:
        self.product = product
        self.package = package
        self.from_release, old_spec = old
        self.to_release, new_spec = new
        self.ledger = ledger
        self.horizon = next_release(self.to_release, known_releases)
        self.old: Inventory = inventory(old_spec)
        self.new: Inventory = inventory(new_spec)
        self.names = GeneratedNames(package, old_spec)
        self.paths = PathMatcher(old_spec)
        self._verdicts: dict[tuple[AuditKind, str], Verdict | None] = {}
        self._old_operations = list(operations(old_spec).values())
        self._new_operations = list(operations(new_spec).values())

    def verdict(self, kind: AuditKind, identity: str) -> Verdict | None:
        """What the R1 item `identity` is in R2; None when nothing is to be said."""
        cache_key = (kind, identity)
        if cache_key not in self._verdicts:
            self._verdicts[cache_key] = self._verdict(kind, identity)
        return self._verdicts[cache_key]

    def _verdict(self, kind: AuditKind, identity: str) -> Verdict | None:
        old_item = self.old.items.get(identity)
        if old_item is None:
            return None
        key = self.old.key_of(identity)
        ledger_kind = _LEDGER_KINDS[kind]
        new_item = self.new.items.get(identity)
        if new_item is None:
            if kind != "operation" and old_item[1] not in self.new.operations:
                return None  # its operation is gone: that call is the finding
            entry = self.ledger.deprecation_of(ledger_kind, key)
            return Verdict(
                rule=f"{kind}-removed",
                key=key,
                deprecated_in=entry.deprecated_in if entry else None,
                removed_in=entry.removed_in if entry and entry.removed_in else self.to_release,
                due_for_removal_in=entry.due_for_removal_in if entry else None,
                replacement=self._replacement(kind, identity),
            )
        if not new_item[2]:
            return None
        new_key = self.new.key_of(identity)
        entry = self.ledger.deprecation_of(ledger_kind, new_key)
        deprecated_in = entry.deprecated_in if entry else self.to_release
        due = entry.due_for_removal_in if entry else None
        imminent = due is not None and release_sort_key(due) <= release_sort_key(self.horizon)
        return Verdict(
            rule=f"{kind}-removal-due" if imminent else f"{kind}-deprecated",
            key=new_key,
            deprecated_in=deprecated_in,
            removed_in=None,
            due_for_removal_in=due,
            replacement=self._replacement(kind, identity),
        )

    def _replacement(self, kind: AuditKind, identity: str) -> str | None:
        if kind != "operation":
            return None
        found = replacement_for(
            self.old.operations[identity], self._old_operations, self._new_operations
        )
        if found is None:
            return None
        return f"{found.key} ({found.operation_id})" if found.operation_id else found.key


# ---------------------------------------------------------------------------------------------
# Generated names of R1's items


@dataclass(frozen=True, slots=True)
class ModelType:
    name: str


@dataclass(frozen=True, slots=True)
class ListType:
    item: ModelType | ListType | None


SchemaType = ModelType | ListType


@dataclass
class ModelInfo:
    fields: dict[str, str] = field(default_factory=dict)  # python attribute -> JSON property
    field_types: dict[str, SchemaType] = field(default_factory=dict)
    sites: set[tuple[str, str]] = field(default_factory=set)  # (operation identity, location)


@dataclass(frozen=True, slots=True)
class EndpointInfo:
    identity: str
    module: str  # absolute module path
    parameters: dict[str, str]  # python name -> parameter identity (`query:deleted`)
    result: SchemaType | None


class GeneratedNames:
    """Module, class, attribute and facade names the generator gives to a spec's items."""

    def __init__(self, package: str, spec: Spec) -> None:
        self.package = package
        repaired = repair_spec(spec).spec
        self._resolver = Resolver(spec)
        self.endpoints: dict[str, EndpointInfo] = {}  # module path -> endpoint
        self.models: dict[str, ModelInfo] = {}
        self._component_types: dict[str, SchemaType | None] = {}
        self._schemas: dict[str, Any] = (repaired.get("components") or {}).get("schemas") or {}
        original = operations(spec)
        facade_ops: list[FacadeOperation] = []
        for identity, op in operations(repaired).items():
            stem = naming.endpoint_module(op.raw.get("operationId"), op.path, op.method.lower())
            tag = operation_tag_folder(dict(op.raw))
            module = f"{package}.api.{tag}.{stem}"
            params = {
                naming.python_name(p.name): param_identity
                for param_identity, p in parameters(self._resolver, original[identity]).items()
            }
            result = self._walk_operation(identity, op, stem)
            self.endpoints[module] = EndpointInfo(identity, module, params, result)
            facade_ops.append(_facade_operation(original[identity], tag, module, params, result))
        self.modules = {module.rsplit(".", 1)[0] for module in self.endpoints}
        self.modules |= {f"{package}.api", f"{package}.models", f"{package}.facade", package}
        # group attribute -> method name -> endpoint module
        self.groups: dict[str, dict[str, str]] = {}
        for module, (attribute, method, pages) in method_names(facade_ops).items():
            group = self.groups.setdefault(attribute, {})
            group[method] = module
            if pages is not None:
                group[pages] = module

    def _walk_operation(self, identity: str, op: Operation, stem: str) -> SchemaType | None:
        body = self._resolver_follow(op.raw.get("requestBody"))
        if isinstance(body, dict):
            for media, content in (body.get("content") or {}).items():
                if isinstance(content, dict):
                    self._walk(
                        content.get("schema"), f"{stem}_body", identity, f"requestBody.{media}", ()
                    )
        result: SchemaType | None = None
        for status, response in sorted((op.raw.get("responses") or {}).items()):
            response = self._resolver_follow(response)
            if not str(status).startswith("2") or not isinstance(response, dict):
                continue
            for media, content in (response.get("content") or {}).items():
                if isinstance(content, dict):
                    found = self._walk(
                        content.get("schema"),
                        f"{stem}_response_{status}",
                        identity,
                        f"responses.{status}.{media}",
                        (),
                    )
                    if result is None and "json" in media:
                        result = found
        return result

    def _resolver_follow(self, raw: Any) -> Any:
        return self._resolver.follow(raw) if raw is not None else None

    def _walk(
        self, raw: Any, hint: str, op: str, location: str, stack: tuple[str, ...]
    ) -> SchemaType | None:
        """Record the model classes at `location` of an operation; the schema's Python type."""
        component: str | None = None
        while isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            ref = raw["$ref"]
            if not ref.startswith(SCHEMA_REF_PREFIX):
                return None
            component = ref[len(SCHEMA_REF_PREFIX) :]
            if component in stack:
                return ModelType(naming.class_name(component))
            raw = self._schemas.get(component)
        if not isinstance(raw, dict):
            return None
        inner_stack = (*stack, component) if component else stack
        members = raw.get("allOf")
        if isinstance(members, list) and len(members) == 1 and "properties" not in raw:
            return self._walk(members[0], hint, op, location, inner_stack)
        if raw.get("type") == "array" or "items" in raw:
            item = self._walk(raw.get("items"), f"{hint}_item", op, f"{location}[]", inner_stack)
            return ListType(item)
        name = naming.class_name(component) if component else naming.class_name(hint)
        properties = self._properties(raw, inner_stack, name)
        extra = raw.get("additionalProperties")
        if not properties and not isinstance(extra, dict):
            for index, member in enumerate([*(raw.get("oneOf") or ()), *(raw.get("anyOf") or ())]):
                self._walk(member, f"{hint}_type_{index}", op, location, inner_stack)
            return None
        model = self.models.setdefault(name, ModelInfo())
        first_visit = (op, location) not in model.sites
        model.sites.add((op, location))
        if first_visit:
            # allOf members that are components are classes of their own, at the same place.
            for member in raw.get("allOf") or ():
                if isinstance(member, dict) and "$ref" in member:
                    self._walk(member, hint, op, location, inner_stack)
            if isinstance(extra, dict):
                self._walk(extra, f"{name}_additional_property", op, f"{location}{{}}", inner_stack)
            for prop, (sub, owner) in properties.items():
                attribute = naming.python_name(prop)
                model.fields[attribute] = prop
                # An inline object is named after the class that declares it.
                title = sub.get("title") if isinstance(sub, dict) else None
                child_hint = f"{owner}_{title if isinstance(title, str) else prop}"
                child = self._walk(sub, child_hint, op, join_location(location, prop), inner_stack)
                if child is not None:
                    model.field_types[attribute] = child
        return ModelType(name)

    def _properties(
        self, raw: dict[str, Any], stack: tuple[str, ...], owner: str
    ) -> dict[str, tuple[Any, str]]:
        """Property -> (schema, class declaring it) of an object schema, allOf members merged."""
        merged: dict[str, tuple[Any, str]] = {}
        for member in raw.get("allOf") or ():
            seen = set(stack)
            member_owner = owner
            while isinstance(member, dict) and isinstance(member.get("$ref"), str):
                name = str(member["$ref"]).removeprefix(SCHEMA_REF_PREFIX)
                if name in seen:
                    member = None
                    break
                seen.add(name)
                member_owner = naming.class_name(name)
                member = self._schemas.get(name)
            if isinstance(member, dict):
                merged.update(self._properties(member, tuple(seen), member_owner))
        merged.update((prop, (sub, owner)) for prop, sub in (raw.get("properties") or {}).items())
        return merged


def _facade_operation(
    op: Operation, tag: str, module: str, params: dict[str, str], result: SchemaType | None
) -> FacadeOperation:
    facade_params = tuple(
        FacadeParameter(
            python_name=name,
            location=identity.split(":", 1)[0],
            required=identity.startswith("path:"),
            annotation="",
            default=None,
        )
        for name, identity in params.items()
    )
    return FacadeOperation(
        operation_id=op.operation_id or module.rsplit(".", 1)[1],
        method=op.method,
        path=op.path,
        tag=tag,
        module=module,
        parameters=facade_params,
        result_annotation="",
        imports=(),
        body_model=None,
        deprecated=op.deprecated,
        deprecated_in=None,
        removal_in=None,
        result_has_item_list=isinstance(result, ListType),
    )


# ---------------------------------------------------------------------------------------------
# Python sources


@dataclass(frozen=True, slots=True)
class PackageModule:
    name: str  # a module of the generated package


@dataclass(frozen=True, slots=True)
class Endpoint:
    module: str


@dataclass(frozen=True, slots=True)
class EndpointFunction:
    module: str
    function: str


@dataclass(frozen=True, slots=True)
class ClientClass:
    pass


@dataclass(frozen=True, slots=True)
class Client:
    pass


@dataclass(frozen=True, slots=True)
class Group:
    attribute: str


@dataclass(frozen=True, slots=True)
class FacadeMethod:
    module: str


@dataclass(frozen=True, slots=True)
class ModelClass:
    name: str


@dataclass(frozen=True, slots=True)
class ModelFactory:
    name: str


@dataclass(frozen=True, slots=True)
class DetailedResponse:
    module: str


Value = (
    PackageModule
    | Endpoint
    | EndpointFunction
    | ClientClass
    | Client
    | Group
    | FacadeMethod
    | ModelClass
    | ModelFactory
    | DetailedResponse
    | ModelType
    | ListType
)
# None: a name known to hold something else (it shadows any outer binding).
Env = dict[str, Value | None]
# Values `getattr(value, <dynamic>)` cannot be followed on: the API's own objects.
_API_OBJECTS = (PackageModule, Endpoint, Client, Group, ModelClass, ModelType)


@dataclass(frozen=True, slots=True)
class Use:
    line: int
    column: int  # 1-based
    kind: AuditKind | None  # None: unresolved
    identity: str
    usage: str
    note: str = ""


def _attribute_column(node: ast.Attribute) -> int:
    """1-based column of the attribute name itself (`x.attr` -> where `attr` starts)."""
    if node.end_col_offset is not None and node.end_lineno == node.lineno:
        return node.end_col_offset - len(node.attr) + 1
    return node.col_offset + 1


class _SourceAuditor:
    """Walks one module, tracking what each name holds, and records every API use."""

    def __init__(self, names: GeneratedNames) -> None:
        self.names = names
        self.uses: list[Use] = []
        self.module_env: Env = {}
        self.class_attributes: dict[str, Env] = {}
        self._recording = False

    def audit(self, tree: ast.Module) -> list[Use]:
        # Pass 1 learns the module-level names (functions run after the module is loaded);
        # pass 2 walks everything and records.
        env: Env = {}
        self._block(tree.body, env, None)
        self.module_env = env
        self._recording = True
        self._block(tree.body, {}, None)
        return self.uses

    # -- values --------------------------------------------------------------------------

    def _member(self, module: str, name: str) -> Value | None:
        full = f"{module}.{name}"
        package = self.names.package
        if full in self.names.endpoints:
            return Endpoint(full)
        if module in self.names.endpoints and name in SYNC_FUNCTIONS | DETAILED_FUNCTIONS:
            return EndpointFunction(module, name)
        if full in self.names.modules:
            return PackageModule(full)
        if name in CLIENT_CLASSES and module in (package, f"{package}.facade"):
            return ClientClass()
        in_models = module.startswith(f"{package}.models") or module == package
        if in_models and name in self.names.models:
            return ModelClass(name)
        return None

    def _import(self, node: ast.Import | ast.ImportFrom, env: Env) -> None:
        package = self.names.package
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name != package and not alias.name.startswith(f"{package}."):
                    continue
                if alias.asname is None:
                    env[alias.name.split(".")[0]] = PackageModule(package)
                    continue
                parent, _, last = alias.name.rpartition(".")
                value = self._member(parent, last) if parent else PackageModule(package)
                if value is not None:
                    env[alias.asname] = value
            return
        module = node.module or ""
        if node.level or not (module == package or module.startswith(f"{package}.")):
            return
        for alias in node.names:
            value = self._member(module, alias.name)
            if value is not None:
                env[alias.asname or alias.name] = value

    def _annotation(self, node: ast.expr | None, env: Env) -> Value | None:
        if node is None:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return self._annotation(node.left, env) or self._annotation(node.right, env)
        if isinstance(node, ast.Subscript):
            outer = node.value
            name = outer.attr if isinstance(outer, ast.Attribute) else getattr(outer, "id", "")
            if name in ("list", "List", "Sequence", "Iterable", "tuple"):
                inner = self._annotation(node.slice, env)
                return ListType(inner) if isinstance(inner, ModelType | ListType) else None
            if name in ("Optional",):
                return self._annotation(node.slice, env)
            return None
        value = self._value(node, env, record=False)
        if isinstance(value, ClientClass):
            return Client()
        if isinstance(value, ModelClass):
            return ModelType(value.name)
        return None

    def _value(self, node: ast.expr, env: Env, *, record: bool = True) -> Value | None:
        """What an expression holds (None: unknown), recording API uses on the way."""
        if isinstance(node, ast.Name):
            return env[node.id] if node.id in env else self.module_env.get(node.id)
        if isinstance(node, ast.Await):
            return self._value(node.value, env, record=record)
        if isinstance(node, ast.Attribute):
            return self._attribute(node, env, record=record)
        if isinstance(node, ast.Call):
            return self._call(node, env) if record else None
        if isinstance(node, ast.Subscript):
            holder = self._value(node.value, env, record=record)
            if record:
                self._expression(node.slice, env)
            return holder.item if isinstance(holder, ListType) else None
        if isinstance(node, ast.BoolOp | ast.IfExp):
            parts = node.values if isinstance(node, ast.BoolOp) else [node.body, node.orelse]
            if record and isinstance(node, ast.IfExp):
                self._expression(node.test, env)
            values = [self._value(part, env, record=record) for part in parts]
            return next((value for value in values if value is not None), None)
        if record:
            self._expression(node, env)
        return None

    def _attribute(self, node: ast.Attribute, env: Env, *, record: bool) -> Value | None:
        if _is_self_attribute(node):
            return env.get(f"self.{node.attr}")
        holder = self._value(node.value, env, record=record)
        return self._attribute_of(holder, node, record=record)

    def _attribute_of(
        self, holder: Value | None, node: ast.Attribute, *, record: bool
    ) -> Value | None:
        attr = node.attr
        if isinstance(holder, PackageModule):
            return self._member(holder.name, attr)
        if isinstance(holder, Endpoint) and attr in SYNC_FUNCTIONS | DETAILED_FUNCTIONS:
            return EndpointFunction(holder.module, attr)
        if isinstance(holder, Client):
            return Group(attr) if attr in self.names.groups else None
        if isinstance(holder, Group):
            module = self.names.groups[holder.attribute].get(attr)
            return FacadeMethod(module) if module else None
        if isinstance(holder, ModelClass) and attr in MODEL_FACTORIES:
            return ModelFactory(holder.name)
        if isinstance(holder, DetailedResponse) and attr == "parsed":
            return self.names.endpoints[holder.module].result
        if isinstance(holder, ModelType):
            model = self.names.models.get(holder.name)
            if model is not None and attr in model.fields:
                if record:
                    self._field_use(holder.name, attr, node.lineno, _attribute_column(node))
                return model.field_types.get(attr)
        return None

    def _field_use(self, model_name: str, attribute: str, line: int, column: int) -> None:
        if not self._recording:
            return
        model = self.names.models[model_name]
        prop = model.fields[attribute]
        for op, location in sorted(model.sites):
            self.uses.append(
                Use(
                    line,
                    column,
                    "field",
                    f"{op} {join_location(location, prop)}",
                    f"{model_name}.{attribute}",
                )
            )

    def _call(self, node: ast.Call, env: Env) -> Value | None:
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            self._expression(argument, env)
        func = node.func
        if isinstance(func, ast.Name) and func.id == "getattr" and len(node.args) >= 2:
            return self._getattr(node, env)
        target = self._value(func, env)
        line, column = node.lineno, node.col_offset + 1
        usage = ast.unparse(func)
        if isinstance(target, EndpointFunction | FacadeMethod):
            endpoint = self.names.endpoints[target.module]
            self._operation_use(endpoint, line, column, usage)
            self._parameter_uses(endpoint, node, usage)
            if isinstance(target, EndpointFunction) and target.function in DETAILED_FUNCTIONS:
                return DetailedResponse(target.module)
            return endpoint.result
        if isinstance(target, ClientClass):
            return Client()
        if isinstance(target, ModelClass | ModelFactory):
            if isinstance(target, ModelClass):
                model = self.names.models[target.name]
                for keyword in node.keywords:
                    if keyword.arg is not None and keyword.arg in model.fields:
                        self._field_use(
                            target.name, keyword.arg, keyword.lineno, keyword.col_offset + 1
                        )
            return ModelType(target.name)
        if target is None and isinstance(func, ast.Attribute):
            self._unknown_facade_call(func, env, line, column)
        return None

    def _operation_use(self, endpoint: EndpointInfo, line: int, column: int, usage: str) -> None:
        if self._recording:
            self.uses.append(Use(line, column, "operation", endpoint.identity, usage))

    def _parameter_uses(self, endpoint: EndpointInfo, node: ast.Call, usage: str) -> None:
        if not self._recording:
            return
        for keyword in node.keywords:
            identity = endpoint.parameters.get(keyword.arg or "")
            if identity is not None:
                self.uses.append(
                    Use(
                        keyword.lineno,
                        keyword.col_offset + 1,
                        "parameter",
                        f"{endpoint.identity} {identity}",
                        f"{usage}({keyword.arg}=...)",
                    )
                )

    def _getattr(self, node: ast.Call, env: Env) -> Value | None:
        holder = self._value(node.args[0], env)
        name = node.args[1]
        if isinstance(name, ast.Constant) and isinstance(name.value, str):
            synthetic = ast.Attribute(value=node.args[0], attr=name.value, ctx=ast.Load())
            ast.copy_location(synthetic, node)
            synthetic.end_lineno = synthetic.end_col_offset = None
            return self._attribute_of(holder, synthetic, record=True)
        if isinstance(holder, _API_OBJECTS) and self._recording:
            self.uses.append(
                Use(
                    node.lineno,
                    node.col_offset + 1,
                    None,
                    "",
                    ast.unparse(node),
                    f"dynamic attribute of {_describe(holder)}: the API item it reaches is "
                    "decided at run time",
                )
            )
        return None

    def _unknown_facade_call(self, func: ast.Attribute, env: Env, line: int, column: int) -> None:
        group_node = func.value
        if not self._recording or not isinstance(group_node, ast.Attribute):
            return
        if self._value(group_node.value, env, record=False) is not None:
            return
        module = self.names.groups.get(group_node.attr, {}).get(func.attr)
        if module is None:
            return
        self.uses.append(
            Use(
                line,
                column,
                None,
                self.names.endpoints[module].identity,
                ast.unparse(func),
                f"`{ast.unparse(group_node.value)}` is of unknown type; if it is a RunaiClient",
            )
        )

    # -- statements ----------------------------------------------------------------------

    def _expression(self, node: ast.expr, env: Env) -> None:
        """Visit an expression for its uses, binding comprehension targets on the way."""
        if isinstance(
            node, ast.Call | ast.Attribute | ast.Await | ast.Subscript | ast.BoolOp | ast.IfExp
        ):
            self._value(node, env)
            return
        if isinstance(node, ast.NamedExpr):
            self._bind(node.target, self._value(node.value, env), env)
            return
        if isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            inner = dict(env)
            for generator in node.generators:
                self._bind(generator.target, self._iterated(generator.iter, inner), inner)
                for condition in generator.ifs:
                    self._expression(condition, inner)
            parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            for part in parts:
                self._expression(part, inner)
            return
        if isinstance(node, ast.Lambda):
            self._expression(node.body, dict(env))
            return
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self._expression(child, env)

    def _iterated(self, node: ast.expr, env: Env) -> Value | None:
        holder = self._value(node, env)
        return holder.item if isinstance(holder, ListType) else None

    def _bind(self, target: ast.expr, value: Value | None, env: Env) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = value
        elif isinstance(target, ast.Attribute):
            self._store_attribute(target, value, env)
        elif isinstance(target, ast.Tuple | ast.List):
            for element in target.elts:
                self._bind(element, None, env)
        else:
            self._expression(target, env)

    def _store_attribute(self, target: ast.Attribute, value: Value | None, env: Env) -> None:
        if _is_self_attribute(target):
            if value is not None:
                env[f"self.{target.attr}"] = value
            return
        holder = self._value(target.value, env)
        self._attribute_of(holder, target, record=True)

    def _block(self, body: Sequence[ast.stmt], env: Env, owner: str | None) -> None:
        for statement in body:
            self._statement(statement, env, owner)

    def _statement(self, node: ast.stmt, env: Env, owner: str | None) -> None:
        if isinstance(node, ast.Import | ast.ImportFrom):
            self._import(node, env)
        elif isinstance(node, ast.Assign):
            value = self._value(node.value, env)
            for target in node.targets:
                self._bind(target, value, env)
        elif isinstance(node, ast.AnnAssign):
            value = self._value(node.value, env) if node.value is not None else None
            self._bind(node.target, value or self._annotation(node.annotation, env), env)
        elif isinstance(node, ast.AugAssign):
            self._expression(node.value, env)
            self._expression(node.target, env)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            self._function(node, env, owner)
        elif isinstance(node, ast.ClassDef):
            self._class(node, env)
        elif isinstance(node, ast.For | ast.AsyncFor):
            self._bind(node.target, self._iterated(node.iter, env), env)
            self._block(node.body, env, owner)
            self._block(node.orelse, env, owner)
        elif isinstance(node, ast.With | ast.AsyncWith):
            for item in node.items:
                value = self._value(item.context_expr, env)
                if item.optional_vars is not None:
                    self._bind(item.optional_vars, value, env)
            self._block(node.body, env, owner)
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self._expression(child, env)
                elif isinstance(child, ast.stmt):
                    self._statement(child, env, owner)
                elif isinstance(child, ast.ExceptHandler | ast.match_case):
                    for grandchild in ast.iter_child_nodes(child):
                        if isinstance(grandchild, ast.stmt):
                            self._statement(grandchild, env, owner)
                        elif isinstance(grandchild, ast.expr):
                            self._expression(grandchild, env)

    def _function(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef, env: Env, owner: str | None
    ) -> None:
        for decorator in node.decorator_list:
            self._expression(decorator, env)
        if not self._recording:
            return
        local: Env = dict(env)
        arguments = node.args
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        for index, argument in enumerate(every):
            if index == 0 and owner is not None and argument.arg in ("self", "cls"):
                continue
            local[argument.arg] = self._annotation(argument.annotation, env)
        for star in (arguments.vararg, arguments.kwarg):
            if star is not None:
                local[star.arg] = None
        if owner is not None:
            for name, attribute_value in self.class_attributes.get(owner, {}).items():
                local[f"self.{name}"] = attribute_value
        self._block(node.body, local, owner)

    def _class(self, node: ast.ClassDef, env: Env) -> None:
        if self._recording:
            self.class_attributes[node.name] = self._class_attribute_types(node, env)
        self._block(node.body, dict(env), node.name)

    def _class_attribute_types(self, node: ast.ClassDef, env: Env) -> Env:
        """`self.<name>` types from class annotations and `self.<name> = ...` in methods."""
        found: Env = {}
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                value = self._annotation(statement.annotation, env)
                if value is not None:
                    found[statement.target.id] = value
        for method in node.body:
            if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            local: Env = dict(env)
            for argument in [*method.args.args, *method.args.kwonlyargs]:
                value = self._annotation(argument.annotation, env)
                if value is not None:
                    local[argument.arg] = value
            for assignment in ast.walk(method):
                targets: list[ast.expr] = []
                value_node: ast.expr | None = None
                if isinstance(assignment, ast.Assign):
                    targets, value_node = assignment.targets, assignment.value
                elif isinstance(assignment, ast.AnnAssign):
                    targets, value_node = [assignment.target], assignment.value
                    annotated = self._annotation(assignment.annotation, env)
                    if annotated is not None and _is_self_attribute(assignment.target):
                        found[assignment.target.attr] = annotated
                if value_node is None:
                    continue
                value = self._static_value(value_node, local)
                for target in targets:
                    if value is not None and _is_self_attribute(target):
                        found.setdefault(target.attr, value)
        return found

    def _static_value(self, node: ast.expr, env: Env) -> Value | None:
        """A value without recording uses (class pre-pass): names, constructors, chains."""
        if isinstance(node, ast.Call):
            target = self._value(node.func, env, record=False)
            if isinstance(target, ClientClass):
                return Client()
            if isinstance(target, ModelClass | ModelFactory):
                return ModelType(target.name)
            return None
        return self._value(node, env, record=False)


def _is_self_attribute(node: ast.expr) -> TypeGuard[ast.Attribute]:
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _describe(value: Value) -> str:
    if isinstance(value, PackageModule):
        return f"module {value.name}"
    if isinstance(value, Endpoint):
        return f"endpoint module {value.module}"
    if isinstance(value, Group):
        return f"the facade group `{value.attribute}`"
    if isinstance(value, ModelClass | ModelType):
        return f"model {value.name}"
    return "the client"


# ---------------------------------------------------------------------------------------------
# HTTP logs and curl command lines


class PathMatcher:
    """Concrete request paths -> operation identities of a spec (most literal template wins)."""

    def __init__(self, spec: Spec) -> None:
        self._templates: list[tuple[int, re.Pattern[str], str]] = []
        for op in operations(spec).values():
            pieces = PATH_PARAMETER.split(op.path)
            pattern = "[^/]+".join(re.escape(piece) for piece in pieces)
            literal = len(op.path) - sum(len(p) for p in PATH_PARAMETER.findall(op.path))
            self._templates.append((literal, re.compile(f"{pattern}/?"), op.identity))
        self._templates.sort(key=lambda row: -row[0])

    def match(self, method: str, path: str) -> str | None:
        for _, pattern, identity in self._templates:
            if identity.startswith(f"{method} ") and pattern.fullmatch(path):
                return identity
        return None


def _curl_request(tokens: list[str]) -> tuple[str, str] | None:
    method: str | None = None
    url: str | None = None
    sends_data = False
    index = 1
    while index < len(tokens):
        token = tokens[index]
        if token in ("-X", "--request") and index + 1 < len(tokens):
            method = tokens[index + 1].upper()
            index += 2
            continue
        if token.startswith("-X") and len(token) > 2:
            method = token[2:].upper()
        elif token.startswith(("-d", "--data", "--json", "-F", "--form")):
            sends_data = True
        elif url is None and token.startswith(("http://", "https://", "/")):
            url = token
        index += 1
    if url is None:
        return None
    return (method or ("POST" if sends_data else "GET")), url


def http_requests(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(line, 1-based column, METHOD, URL or path) of every request a log or script mentions."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        if stripped.startswith("curl ") or " curl " in line:
            start = line.index("curl")
            try:
                tokens = shlex.split(line[start:], comments=True)
            except ValueError:
                tokens = line[start:].split()
            request = _curl_request(tokens)
            if request is not None:
                yield number, start + 1, request[0], request[1]
            continue
        for match in HTTP_LINE.finditer(line):
            yield number, match.start() + 1, match.group(1), match.group(2).strip("\"'")


def _http_uses(text: str, matcher: PathMatcher, old: Inventory) -> list[Use]:
    uses: list[Use] = []
    for line, column, method, target in http_requests(text):
        split = urlsplit(target)
        path = split.path if split.scheme or target.startswith("/") else ""
        identity = matcher.match(method, path) if path else None
        if identity is None:
            continue
        usage = f"{method} {path}"
        uses.append(Use(line, column, "operation", identity, usage))
        query_names = {name for name, _ in parse_qsl(split.query, keep_blank_values=True)}
        for name in sorted(query_names):
            item = f"{identity} query:{name}"
            if item in old.items:
                uses.append(Use(line, column, "parameter", item, f"{usage}?{name}="))
    return uses


# ---------------------------------------------------------------------------------------------
# The audit


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """Python and HTTP-log files under `paths` (folders recursively), in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix in PYTHON_SUFFIXES | HTTP_SUFFIXES
                and not any(part.startswith(".") or part == "__pycache__" for part in p.parts)
            )
        elif path.is_file():
            found.append(path)
        else:
            raise ToolkitError(f"{path}: no such file or folder to audit")
    return found


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ToolkitError(f"{path}: not a UTF-8 text file") from None
    except OSError as error:
        raise ToolkitError(f"{path}: cannot read ({error.strerror})") from None


def _uses_of_file(path: Path, knowledge: Knowledge, matcher: PathMatcher) -> list[Use]:
    text = _read_text(path)
    if path.suffix in PYTHON_SUFFIXES:
        try:
            tree = ast.parse(text, filename=str(path))
        except SyntaxError as error:
            raise ToolkitError(f"{path}:{error.lineno}: not valid Python ({error.msg})") from None
        return _SourceAuditor(knowledge.names).audit(tree)
    return _http_uses(text, matcher, knowledge.old)


def _finding(path: str, use: Use, knowledge: Knowledge) -> AuditFinding | None:
    if use.kind is None:
        verdict = knowledge.verdict("operation", use.identity) if use.identity else None
        if use.identity and verdict is None:
            return None
        if verdict is None:
            message = f"{use.note}; not checked"
        else:
            message = f"{use.note}, this is {verdict.key}: {verdict.rule}"
        return AuditFinding(
            path=path,
            line=use.line,
            column=use.column,
            rule=UNRESOLVED,
            item=verdict.key if verdict else "",
            usage=use.usage,
            deprecated_in=verdict.deprecated_in if verdict else None,
            removed_in=verdict.removed_in if verdict else None,
            due_for_removal_in=verdict.due_for_removal_in if verdict else None,
            replacement=verdict.replacement if verdict else None,
            message=message,
        )
    verdict = knowledge.verdict(use.kind, use.identity)
    if verdict is None:
        return None
    return AuditFinding(
        path=path,
        line=use.line,
        column=use.column,
        rule=verdict.rule,
        item=verdict.key,
        usage=use.usage,
        deprecated_in=verdict.deprecated_in,
        removed_in=verdict.removed_in,
        due_for_removal_in=verdict.due_for_removal_in,
        replacement=verdict.replacement,
        message=_message(use, verdict),
    )


def _message(use: Use, verdict: Verdict) -> str:
    kind = verdict.rule.rsplit("-", 1)[0].removesuffix("-removal")
    if verdict.removed_in is not None:
        text = f"{kind} {verdict.key} was removed in {verdict.removed_in}"
        if verdict.deprecated_in:
            text += f" (deprecated in {verdict.deprecated_in})"
    else:
        text = f"{kind} {verdict.key} is deprecated (since {verdict.deprecated_in})"
        if verdict.due_for_removal_in:
            text += f" and due for removal in {verdict.due_for_removal_in}"
    text += f"; used as `{use.usage}`"
    if verdict.replacement:
        text += f"; use {verdict.replacement} instead"
    return text


_SEVERITY = ("removed", "removal-due", "deprecated")


def _severity(rule: str) -> int:
    return next((i for i, suffix in enumerate(_SEVERITY) if rule.endswith(suffix)), len(_SEVERITY))


def _one_per_field_use(findings: Iterable[AuditFinding]) -> list[AuditFinding]:
    """A model field shared by several operations is one item per operation; one use of it in
    code is still one finding: the most severe, noting how many more operations share it."""
    places: dict[tuple[str, int, int, str], list[AuditFinding]] = {}
    kept: list[AuditFinding] = []
    for finding in findings:
        if finding.rule.startswith("field-"):
            place = (finding.path, finding.line, finding.column, finding.usage)
            places.setdefault(place, []).append(finding)
        else:
            kept.append(finding)
    for group in places.values():
        group.sort(key=lambda f: (_severity(f.rule), f.item))
        first = group[0]
        if len(group) > 1:
            more = f" (the same field of {len(group) - 1} more operation(s) is affected too)"
            first = replace(first, message=first.message + more)
        kept.append(first)
    return kept


def audit_files(files: Sequence[Path], knowledge: Knowledge) -> AuditReport:
    """Audit these files (Python or HTTP text) with what `knowledge` knows."""
    matcher = knowledge.paths
    findings: set[AuditFinding] = set()
    for path in files:
        shown = path.as_posix()
        for use in _uses_of_file(path, knowledge, matcher):
            finding = _finding(shown, use, knowledge)
            if finding is not None:
                findings.add(finding)
    ordered = sorted(_one_per_field_use(findings), key=lambda f: (f.path, f.line, f.column, f.rule))
    return AuditReport(
        product=knowledge.product,
        from_release=knowledge.from_release,
        to_release=knowledge.to_release,
        files=tuple(p.as_posix() for p in files),
        findings=tuple(ordered),
    )


def load_knowledge(
    workspace: Workspace, product: Product, from_release: str, to_release: str
) -> Knowledge:
    """Knowledge for auditing code written against `from_release` before running `to_release`."""
    labels = product.labels()
    for role, label in (("--from", from_release), ("--to", to_release)):
        if label not in labels:
            raise ToolkitError(
                f"{role} {label!r} is not a release of product {product.name!r} "
                f"(known: {', '.join(labels)})"
            )
    if release_sort_key(from_release) >= release_sort_key(to_release):
        raise ToolkitError(f"--from {from_release} must be an older release than --to {to_release}")
    history = [label for label in labels if release_sort_key(label) <= release_sort_key(to_release)]
    specs = {label: workspace.release_spec(product.release(label)) for label in history}
    ledger = build_ledger(product.name, list(specs.items()))
    return Knowledge(
        product.name,
        product.package,
        (from_release, specs[from_release]),
        (to_release, specs[to_release]),
        ledger,
        labels,
    )


def exit_code_for(report: AuditReport, fail_on: str) -> int:
    """1 when something removed in the target is used (or, with "deprecation", anything stale)."""
    for finding in report.findings:
        if finding.rule.endswith("-removed"):
            return 1
        if fail_on == "deprecation" and finding.rule != UNRESOLVED:
            return 1
    return 0
