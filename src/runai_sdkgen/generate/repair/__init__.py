"""The spec-repair pass: rewrite shapes openapi-python-client 0.29.1 drops, keeping their meaning.

Each rule fixes one root cause (see generator-findings.md) wherever it appears, never a schema
by name. A rule takes the spec (a deep copy the pass owns), rewrites it in place and returns one
`RepairFiring` per place it changed. What the API accepts and returns stays the same: nullability
moves from a component to the places that use it (as `anyOf: [ref, NULL_ONLY]`), annotation-only
`allOf` members become annotations of their parent, inline objects become components, aliases
are inlined, colliding names get a suffix, a property allOf members declare as enums with no
value in common is declared once by their owner as what they jointly accept (null, or nothing).
`RULES` is the ordered table; `repair_spec` runs it.

`class_dialect` is not a rule: it respells a repaired spec for datamodel-code-generator, which
reads nullability loosely and turns allOf into subclasses.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from runai_sdkgen.spec import naming
from runai_sdkgen.spec.deprecations import operations
from runai_sdkgen.spec.load import Spec

SCHEMA_REF_PREFIX = "#/components/schemas/"
PARAMETER_REF_PREFIX = "#/components/parameters/"
# Keys that describe a schema without constraining the values it accepts.
ANNOTATION_KEYS = frozenset(
    {"description", "title", "example", "examples", "externalDocs", "deprecated", "xml"}
)
COMPOSITE_KEYS = ("allOf", "oneOf", "anyOf")
# Media types the generator reads as JSON, text or bytes on its own.
NATIVE_CONTENT_TYPES = ("application/json", "application/octet-stream")
BYTES_CONTENT_TYPE = "application/octet-stream"
# A schema only null satisfies (OpenAPI 3.0 has no "type: null"): `anyOf: [ref, NULL_ONLY]` is
# a nullable reference, and the generator reads it as `Model | None`.
NULL_ONLY: dict[str, Any] = {"type": "object", "nullable": True, "enum": [None]}


@dataclass(frozen=True)
class RepairFiring:
    """One change a rule made: where (JSON pointer) and what."""

    rule: str
    location: str
    detail: str


@dataclass(frozen=True)
class RepairRule:
    name: str
    root_cause: str
    apply: Callable[[Spec, RepairContext], list[RepairFiring]]


@dataclass
class RepairContext:
    """What rules hand to the generator besides the rewritten spec."""

    content_type_overrides: dict[str, str] = field(default_factory=dict)
    renamed_operations: dict[str, str] = field(default_factory=dict)
    renamed_schemas: dict[str, str] = field(default_factory=dict)
    renamed_paths: dict[str, str] = field(default_factory=dict)
    renamed_path_parameters: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass(frozen=True)
class RepairReport:
    spec: Spec
    firings: tuple[RepairFiring, ...]
    content_type_overrides: dict[str, str]
    # original operationId -> the one the generator sees; original schema name -> new name
    renamed_operations: dict[str, str]
    renamed_schemas: dict[str, str]
    # repaired path -> the spec's path; (repaired path, new parameter name) -> the spec's name
    renamed_paths: dict[str, str]
    renamed_path_parameters: dict[tuple[str, str], str]

    def counts(self) -> dict[str, int]:
        counter = Counter(f.rule for f in self.firings)
        return {rule.name: counter.get(rule.name, 0) for rule in RULES}

    def summary(self) -> str:
        lines = [f"{name}: {count}" for name, count in self.counts().items() if count]
        return "; ".join(lines) if lines else "no repairs needed"


def pointer(*parts: str | int) -> str:
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "/" + "/".join(escaped)


def _schemas(spec: Spec) -> dict[str, Any]:
    components = spec.get("components") or {}
    schemas = components.get("schemas") or {}
    return schemas if isinstance(schemas, dict) else {}


def _walk(
    node: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[Any, tuple[str | int, ...]]]:
    """Every dict in the document with its path, parents before children."""
    if isinstance(node, dict):
        yield node, path
        for key in list(node):
            yield from _walk(node[key], (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*path, index))


def _free_name(base: str, taken: set[str]) -> str:
    """`base`, or `base2`, `base3`, ... : the first whose module name is not in `taken` (the
    lowercased module names in use), which then records it."""
    name, suffix = base, 2
    while naming.module_name(name).lower() in taken:
        name, suffix = f"{base}{suffix}", suffix + 1
    taken.add(naming.module_name(name).lower())
    return name


def _ref_target(node: Any) -> str | None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            return ref[len(SCHEMA_REF_PREFIX) :]
    return None


# --- rule: component parameters that alias other component parameters ---------------------


def inline_parameter_aliases(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    parameters = (spec.get("components") or {}).get("parameters") or {}
    firings: list[RepairFiring] = []
    for name in sorted(parameters):
        seen = {name}
        target = parameters[name]
        while isinstance(target, dict) and isinstance(target.get("$ref"), str):
            ref: str = target["$ref"]
            if not ref.startswith(PARAMETER_REF_PREFIX):
                break
            alias = ref[len(PARAMETER_REF_PREFIX) :]
            if alias in seen or alias not in parameters:
                break
            seen.add(alias)
            target = parameters[alias]
        if target is not parameters[name] and "$ref" not in target:
            firings.append(
                RepairFiring(
                    "inline-parameter-alias",
                    pointer("components", "parameters", name),
                    f"copied the definition of {parameters[name]['$ref']}",
                )
            )
            parameters[name] = copy.deepcopy(target)
    return firings


# --- rule: component names that collide once turned into class / module names --------------


def rename_colliding_schemas(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    schemas = _schemas(spec)
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in sorted(schemas):
        by_module[naming.module_name(name).lower()].append(name)
    taken = {naming.module_name(name).lower() for name in schemas}
    renames: dict[str, str] = {}
    for group in by_module.values():
        # Keep the name that sorts first (PascalCase before lowercase); suffix the others.
        for name in group[1:]:
            renames[name] = _free_name(name, taken)  # `name` itself is taken: name2, name3, ...
    # datamodel-code-generator reads a dot in a schema name as a module path.
    for name in sorted(schemas):
        if "." in name and name not in renames:
            stem, suffix = name.replace(".", "_"), 2
            while naming.module_name(f"{stem}{suffix}").lower() in taken:
                suffix += 1
            renames[name] = f"{stem}{suffix}"
            taken.add(naming.module_name(renames[name]).lower())
    if not renames:
        return []
    firings = [
        RepairFiring(
            "colliding-schema-name",
            pointer("components", "schemas", old),
            f"renamed to {new} (collides with another schema's class name)",
        )
        for old, new in sorted(renames.items())
    ]
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
    for item, _ in _walk(spec):
        target = _ref_target(item)
        if target in renames:
            item["$ref"] = SCHEMA_REF_PREFIX + renames[target]
    context.renamed_schemas.update(renames)
    return firings


# --- rule: allOf over inline objects only --------------------------------------------------

FLATTENABLE_KEYS = frozenset({"type", "properties", "required", "description", "title"})


def flatten_inline_allof(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """An allOf whose members are all inline objects becomes one object with their properties.

    Same meaning (no member closes the object or declares a property twice differently), and
    the properties become visible to tools that only look one level deep for conflicts.
    """
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        members = item.get("allOf")
        if not isinstance(members, list) or not members or "properties" in item:
            continue
        if not all(
            isinstance(m, dict)
            and set(m) <= FLATTENABLE_KEYS
            and m.get("type", "object") == "object"
            for m in members
        ):
            continue
        properties: dict[str, Any] = {}
        required: list[str] = []
        clash = False
        for member in members:
            for prop, declaration in (member.get("properties") or {}).items():
                clash = clash or (prop in properties and properties[prop] != declaration)
                properties[prop] = declaration
            required += [r for r in member.get("required") or [] if r not in required]
        if clash or item.get("type", "object") != "object":
            continue
        del item["allOf"]
        item["type"] = "object"
        item["properties"] = properties
        if required:
            item["required"] = required
        firings.append(
            RepairFiring(
                "flatten-inline-allof",
                pointer(*path),
                f"allOf over {len(members)} inline object(s) merged into one object",
            )
        )
    return firings


# --- rule: inline object schemas under component properties ------------------------------


def _is_inline_object(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if "properties" in schema:
        return True
    members = schema.get("allOf")
    if not isinstance(members, list):
        return False
    # A single referenced member is how a nullable or annotated reference is spelled.
    inline_object = any(
        isinstance(m, dict) and "$ref" not in m and "properties" in m for m in members
    )
    return inline_object or (len(members) > 1 and schema.get("type", "object") == "object")


def hoist_inline_objects(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Give inline object schemas under component properties a component of their own.

    The generator names an inline model `<Parent><Property>`; the same inline schema reached
    again through an allOf merge, or a component already holding that name, makes it drop the
    model ("duplicate models"). As a component it is built once and referenced everywhere.
    """
    schemas = _schemas(spec)
    taken = {naming.module_name(name).lower() for name in schemas}
    firings: list[RepairFiring] = []
    queue = sorted(schemas)
    while queue:
        owner = queue.pop(0)
        for container, key, stem, path in _object_slots(schemas[owner], owner):
            schema = container[key]
            if not _is_inline_object(schema):
                continue
            name = _free_name(f"{naming.class_name(owner)}{stem}", taken)
            schemas[name] = schema
            container[key] = _hoisted_use(schema, SCHEMA_REF_PREFIX + name)
            queue.append(name)
            firings.append(
                RepairFiring(
                    "hoist-inline-object",
                    pointer(*path),
                    f"moved to components/schemas/{name}",
                )
            )
    return firings


def _hoisted_use(schema: dict[str, Any], ref: str) -> dict[str, Any]:
    """What replaces a hoisted schema: a reference that keeps what belonged to the use site
    (the property's deprecation, its nullability)."""
    use: dict[str, Any] = {"$ref": ref}
    if schema.get("deprecated") is True:
        del schema["deprecated"]
        use = {"allOf": [use], "deprecated": True}
        if "description" in schema:
            use["description"] = schema["description"]
    if schema.pop("nullable", None) is True:
        members = use.pop("allOf", [{"$ref": ref}])
        use = {"anyOf": [*members, copy.deepcopy(NULL_ONLY)], **use}
        use.pop("$ref", None)
    return use


def _object_slots(
    schema: Any, owner: str
) -> Iterator[tuple[dict[str, Any], str, str, tuple[str | int, ...]]]:
    """(container, key, class-name stem, path) of every place under a component's properties
    where an inline object can sit: the property, its array items, its map values."""
    for holder, path in _property_holders(schema, ("components", "schemas", owner)):
        properties = holder["properties"]
        for prop in sorted(properties):
            stem = naming.class_name(prop)
            where = (*path, "properties", prop)
            yield properties, prop, stem, where
            value = properties[prop]
            if not isinstance(value, dict):
                continue
            if isinstance(value.get("items"), dict):
                yield value, "items", f"{stem}Item", (*where, "items")
            if isinstance(value.get("additionalProperties"), dict):
                yield (
                    value,
                    "additionalProperties",
                    f"{stem}Value",
                    (*where, "additionalProperties"),
                )


def _property_holders(
    schema: Any, path: tuple[str | int, ...]
) -> Iterator[tuple[dict[str, Any], tuple[str | int, ...]]]:
    """The schema and its inline allOf members that declare properties."""
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("properties"), dict):
        yield schema, path
    for index, member in enumerate(schema.get("allOf") or []):
        if isinstance(member, dict) and "$ref" not in member:
            yield from _property_holders(member, (*path, "allOf", index))


# --- rule: allOf members declaring one property as an enum and as a plain value ------------


def _resolved(spec: Spec, node: Any) -> Any:
    seen: set[str] = set()
    while (target := _ref_target(node)) is not None and target not in seen:
        seen.add(target)
        node = _schemas(spec).get(target)
    return node


def _declarations(
    spec: Spec, node: Any, editable: bool, seen: set[str]
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any], bool]]:
    """(property, holder, declaration, holder is an inline member) for every property an
    allOf composition brings in, through references and nested allOf."""
    target = _ref_target(node)
    if target is not None:
        if target in seen:
            return
        seen = seen | {target}
        node = _resolved(spec, node)
        editable = False
    if not isinstance(node, dict):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        for prop, declaration in properties.items():
            if isinstance(declaration, dict):
                yield prop, properties, declaration, editable
    for member in node.get("allOf") or []:
        yield from _declarations(spec, member, editable, seen)


def _accepts_all(spec: Spec, schema: Any, values: list[Any]) -> bool:
    from openapi_schema_validator import OAS30Validator

    document = {**schema, "components": spec.get("components", {})}
    validator = OAS30Validator(document)
    return all(validator.is_valid(value) for value in values)


def narrow_conflicting_enums(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Where allOf members declare a property once as an enum and elsewhere as a plain value
    that accepts every enum value, the plain declaration (in an inline member) becomes the
    enum: allOf requires both, so the enum is what the merged object accepts anyway."""
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        if not isinstance(item.get("allOf"), list):
            continue
        by_name: dict[str, list[tuple[dict[str, Any], dict[str, Any], bool]]] = defaultdict(list)
        for member in item["allOf"]:
            for prop, holder, declaration, editable in _declarations(
                spec, member, _ref_target(member) is None, set()
            ):
                by_name[prop].append((holder, declaration, editable))
        for prop, found in sorted(by_name.items()):
            enums = {
                json.dumps(d, sort_keys=True): d
                for _, d, _ in found
                if isinstance(_resolved(spec, d), dict) and "enum" in _resolved(spec, d)
            }
            if len(enums) != 1:
                continue
            enum_declaration = next(iter(enums.values()))
            enum_schema = _resolved(spec, enum_declaration)
            values = [v for v in enum_schema["enum"] if v is not None]
            for holder, declaration, editable in found:
                resolved = _resolved(spec, declaration)
                if not editable or not isinstance(resolved, dict) or "enum" in resolved:
                    continue
                if any(key in resolved for key in COMPOSITE_KEYS):
                    continue
                if enum_schema.get("nullable") is True and resolved.get("nullable") is not True:
                    continue
                if not _accepts_all(spec, resolved, values):
                    continue
                holder[prop] = copy.deepcopy(enum_declaration)
                firings.append(
                    RepairFiring(
                        "allof-enum-conflict",
                        pointer(*path, "allOf"),
                        f"property {prop!r} narrowed to the enum another member declares",
                    )
                )
    return firings


# --- rule: allOf members declaring one property as enums with no value in common -----------

# Accepts no value at all (OAS 3.0 has no `false` schema); the generator types it `Any`.
NO_VALUE: dict[str, Any] = {"not": {}}


def _enum_values(spec: Spec, declaration: Any) -> set[str] | None:
    """The non-null values (as JSON text) an enum declaration lists; None for a non-enum."""
    resolved = _resolved(spec, declaration)
    if not isinstance(resolved, dict) or not isinstance(resolved.get("enum"), list):
        return None
    return {json.dumps(v, sort_keys=True) for v in resolved["enum"] if v is not None}


def _without_properties(spec: Spec, node: Any, names: frozenset[str], seen: set[str]) -> Any:
    """`node` (an allOf member) without declarations of `names`: a reference that brings none
    of them stays a reference; one that does becomes an inline copy of its target (without
    `nullable` and `title`, as an allOf member of a repaired spec: nullable-component-to-uses
    takes `nullable` off such components, and a title would name the copy like its original)."""
    target = _ref_target(node)
    if target is not None:
        brought = {prop for prop, _, _, _ in _declarations(spec, node, False, set(seen))}
        resolved = _resolved(spec, node)
        if target in seen or not brought & names or not isinstance(resolved, dict):
            return node
        copied = _without_properties(spec, resolved, names, seen | {target})
        copied.pop("nullable", None)
        copied.pop("title", None)
        return copied
    if not isinstance(node, dict):
        return node
    copied = dict(node)
    properties = node.get("properties")
    if isinstance(properties, dict) and names & properties.keys():
        copied["properties"] = {k: v for k, v in properties.items() if k not in names}
        if not copied["properties"]:
            del copied["properties"]
    if isinstance(node.get("required"), list):
        copied["required"] = [r for r in node["required"] if r not in names]
        if not copied["required"]:
            del copied["required"]
    if isinstance(node.get("allOf"), list):
        copied["allOf"] = [_without_properties(spec, m, names, seen) for m in node["allOf"]]
    return copy.deepcopy(copied)


def _accepts_null(spec: Spec, declaration: Any) -> bool:
    return isinstance(declaration, dict) and _accepts_all(spec, declaration, [None])


def separate_disjoint_enums(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Where an allOf's members (through references and nested allOf) declare one property as
    enums that share no non-null value, the generator can't merge them and drops the schema.

    allOf requires every declaration at once, so the property can only be null, and only if
    every declaration accepts null (under OAS 3.0.3 and the validator, `nullable: true` does not
    add null to an enum that doesn't list it), else it can only be absent. The owner of the
    allOf is rewritten to say just that: every member that brings a declaration of the property
    becomes an inline copy without it (shared components stay as they are: elsewhere the enum
    is right), and one new inline member declares it as NULL_ONLY or, when nothing but absence
    is valid, as NO_VALUE (`not: {}`); it is required there if any member required it.
    """
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        if not isinstance(item.get("allOf"), list) or "$ref" in item:
            continue
        # The owner's own properties and required list count as one more member.
        by_name: dict[str, list[Any]] = defaultdict(list)
        for prop, _, declaration, _ in _declarations(spec, item, False, set()):
            by_name[prop].append(declaration)
        required = {
            r for s in _required_sources(spec, item, set()) for r in s if isinstance(r, str)
        }
        conflicts: dict[str, Any] = {}
        for prop, declarations in sorted(by_name.items()):
            value_sets = [v for v in (_enum_values(spec, d) for d in declarations) if v is not None]
            if len(value_sets) < 2 or set.intersection(*value_sets):
                continue
            nullable = all(_accepts_null(spec, d) for d in declarations)
            enums = sorted(
                {
                    _ref_target(d) or "an inline enum"
                    for d in declarations
                    if _enum_values(spec, d) is not None
                }
            )
            valid = "only null is valid" if nullable else "no value is valid, it can only be absent"
            conflicts[prop] = {
                **copy.deepcopy(NULL_ONLY if nullable else NO_VALUE),
                "description": f"Declared by allOf members as enums with no value in common "
                f"({', '.join(enums)}): {valid}.",
            }
        if not conflicts:
            continue
        names = frozenset(conflicts)
        rewritten = _without_properties(spec, item, names, set())
        item.clear()
        item.update(rewritten)
        owned: dict[str, Any] = {"type": "object", "properties": conflicts}
        if names & required:
            owned["required"] = sorted(names & required)
        item["allOf"].append(owned)
        for prop, declaration in conflicts.items():
            firings.append(
                RepairFiring(
                    "allof-disjoint-enums",
                    pointer(*path, "allOf"),
                    f"property {prop!r}: members declare enums with no value in common; "
                    + ("declared null only" if "enum" in declaration else "declared never set"),
                )
            )
    return firings


# --- rule: inline allOf members that redeclare a property of another member ----------------


def hoist_overriding_members(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """An inline allOf member of a component that redeclares, differently, a property another
    member declares becomes a component of its own.

    Class-based generators (datamodel-code-generator) then see two parents that disagree and
    build one flat class instead of a subclass whose field type contradicts its base's.
    """
    schemas = _schemas(spec)
    taken = {naming.module_name(name).lower() for name in schemas}
    firings: list[RepairFiring] = []
    for owner in sorted(schemas):
        members = schemas[owner].get("allOf") if isinstance(schemas[owner], dict) else None
        if not isinstance(members, list):
            continue
        for index, member in enumerate(members):
            if not isinstance(member, dict) or "$ref" in member:
                continue
            own = member.get("properties")
            if not isinstance(own, dict):
                continue
            others: dict[str, set[str]] = defaultdict(set)
            for other_index, other in enumerate(members):
                if other_index == index:
                    continue
                for prop, _, declaration, _ in _declarations(spec, other, False, set()):
                    others[prop].add(json.dumps(declaration, sort_keys=True))
            if not any(
                prop in others and others[prop] != {json.dumps(decl, sort_keys=True)}
                for prop, decl in own.items()
            ):
                continue
            name = _free_name(f"{naming.class_name(owner)}Fields", taken)
            schemas[name] = member
            members[index] = {"$ref": SCHEMA_REF_PREFIX + name}
            firings.append(
                RepairFiring(
                    "hoist-overriding-member",
                    pointer("components", "schemas", owner, "allOf", index),
                    f"moved to components/schemas/{name}",
                )
            )
    return firings


# --- the spelling for class-based generators ----------------------------------------------


def class_dialect(spec: Spec) -> Spec:
    """A copy of a repaired spec spelled for class-based generators (datamodel-code-generator).

    `{"anyOf": [ref, NULL_ONLY]}` becomes `{"allOf": [ref], "nullable": true}` and NULL_ONLY
    members of other unions become `nullable: true` on the union, which such tools read as
    `Model | None`; NULL_ONLY anywhere else (allof-disjoint-enums declares such properties)
    loses its `type: object`, which such tools read as `dict | None` instead of `None`. Every
    allOf over objects becomes one flat object (a property declared differently by two members
    keeps both declarations under its own allOf): subclasses that redefine a base class's field
    with another type can't pass mypy.
    """
    converted = copy.deepcopy(spec)
    for item, _ in list(_walk(converted)):
        if {k: v for k, v in item.items() if k not in ANNOTATION_KEYS} == NULL_ONLY:
            del item["type"]
        for key in ("anyOf", "oneOf"):
            members = item.get(key)
            if not isinstance(members, list) or NULL_ONLY not in members:
                continue
            rest = [m for m in members if m != NULL_ONLY]
            item["nullable"] = True
            if key == "anyOf" and len(rest) == 1 and _ref_target(rest[0]) is not None:
                del item["anyOf"]
                item["allOf"] = rest
            else:
                item[key] = rest
    pending = list(_walk(converted))
    while pending:
        item, _ = pending.pop()
        flat = _flattened(converted, item)
        if flat is not None:
            pending += list(_walk(flat["properties"]))
    return converted


def _flattened(spec: Spec, item: dict[str, Any]) -> dict[str, Any] | None:
    """Merge an allOf over objects (two or more members) into `item` itself."""
    members = item.get("allOf")
    if not isinstance(members, list) or len(members) < 2:
        return None
    declarations: dict[str, list[Any]] = {}
    required: list[str] = []
    for member in members:
        resolved = _resolved(spec, member)
        if not isinstance(resolved, dict) or not _is_structured(resolved):
            return None
        if any(key in resolved for key in ("oneOf", "anyOf", "additionalProperties")):
            return None
    for member in members:
        for prop, _, declaration, _ in _declarations(spec, member, False, set()):
            found = declarations.setdefault(prop, [])
            if declaration not in found:
                found.append(declaration)
        for source in _required_sources(spec, member, set()):
            required += [r for r in source if r not in required]
    properties = dict(item.get("properties") or {})
    for prop, found in declarations.items():
        if prop in properties and properties[prop] not in found:
            found = [properties[prop], *found]
        properties[prop] = found[0] if len(found) == 1 else {"allOf": found}
    for source in [item.get("required") or []]:
        required += [r for r in source if r not in required]
    del item["allOf"]
    item["type"] = "object"
    item["properties"] = properties
    if required:
        item["required"] = required
    return item


def _required_sources(spec: Spec, node: Any, seen: set[str]) -> Iterator[list[str]]:
    target = _ref_target(node)
    if target is not None:
        if target in seen:
            return
        seen = seen | {target}
        node = _resolved(spec, node)
    if not isinstance(node, dict):
        return
    if isinstance(node.get("required"), list):
        yield node["required"]
    for member in node.get("allOf") or []:
        yield from _required_sources(spec, member, seen)


# --- rule: `nullable` beside an allOf over one reference ------------------------------------


def nullable_single_allof(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """`{"nullable": true, "allOf": [ref]}` (how the Run:ai specs spell a nullable reference)
    becomes `{"anyOf": [ref, NULL_ONLY]}`: null stays allowed, as the authors mean, and the
    generator, which otherwise drops the None, types it `Model | None`."""
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        members = item.get("allOf")
        if item.get("nullable") is not True or not isinstance(members, list) or len(members) != 1:
            continue
        is_component = len(path) == 3 and path[:2] == ("components", "schemas")
        if _ref_target(members[0]) is None or "properties" in item or is_component:
            # A nullable component is handled by nullable-component-to-uses.
            continue
        del item["allOf"], item["nullable"]
        item.pop("type", None)
        item["anyOf"] = [members[0], copy.deepcopy(NULL_ONLY)]
        firings.append(
            RepairFiring(
                "nullable-allof-reference",
                pointer(*path),
                "nullable allOf over one reference spelled as anyOf [reference, null]",
            )
        )
    return firings


# --- rule: nullable object components ------------------------------------------------------


def _is_structured(schema: dict[str, Any]) -> bool:
    return (
        any(key in schema for key in COMPOSITE_KEYS)
        or schema.get("type") == "object"
        or "properties" in schema
    )


def move_nullability_to_uses(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """`nullable` on an object component moves to its uses.

    The generator fails on a nullable component that is composite (allOf/oneOf/anyOf), that
    reaches itself through references, or that is merged into another object through allOf,
    and names the model of any other nullable object `<Name>Type0`. Each such component
    becomes non-nullable and every reference to it outside an allOf becomes
    `{"anyOf": [ref, NULL_ONLY]}` (a reference inside anyOf/oneOf gains a NULL_ONLY sibling):
    every place that accepted null still does, under OpenAPI 3.0.3's reading of `nullable`.
    """
    schemas = _schemas(spec)
    moved = [
        name
        for name in sorted(schemas)
        if isinstance(schemas[name], dict)
        and schemas[name].get("nullable") is True
        and _is_structured(schemas[name])
    ]
    for name in moved:
        del schemas[name]["nullable"]
    moved_set = set(moved)
    for item, _ in list(_walk(spec)):
        for key, value in list(item.items()):
            if key == "allOf":
                continue
            if key in COMPOSITE_KEYS and isinstance(value, list):
                if any(_ref_target(m) in moved_set for m in value) and NULL_ONLY not in value:
                    value.append(copy.deepcopy(NULL_ONLY))
            elif key != "$ref" and _ref_target(value) in moved_set:
                item[key] = _nullable_use(value)
    return [
        RepairFiring(
            "nullable-component-to-uses",
            pointer("components", "schemas", name),
            "moved nullable: true from the component to each reference",
        )
        for name in moved
    ]


def _nullable_use(reference: dict[str, Any]) -> dict[str, Any]:
    wrapped: dict[str, Any] = {"anyOf": [{"$ref": reference["$ref"]}, copy.deepcopy(NULL_ONLY)]}
    for key, value in reference.items():
        if key in ANNOTATION_KEYS:
            wrapped[key] = value
    return wrapped


# --- rule: allOf members the generator can't merge -----------------------------------------


def _is_annotation_only(member: Any, spec: Spec) -> bool:
    """`{}` or annotations only, inline or as the component a `$ref` names."""
    target = _ref_target(member)
    if target is not None:
        member = _schemas(spec).get(target)
        if _ref_target(member) is not None:
            return False
    return isinstance(member, dict) and "$ref" not in member and set(member) <= ANNOTATION_KEYS


def clean_allof_members(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Drop `{}` and annotation-only allOf members (their annotations move to the parent) and
    `nullable` on inline members (the merged object's own `nullable` decides)."""
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        members = item.get("allOf")
        if not isinstance(members, list):
            continue
        kept: list[Any] = []
        for index, member in enumerate(members):
            if _is_annotation_only(member, spec):
                for key, value in member.items():
                    if key != "$ref":
                        item.setdefault(key, value)
                firings.append(
                    RepairFiring(
                        "allof-member-cleanup",
                        pointer(*path, "allOf", index),
                        "empty or annotation-only member merged into its parent",
                    )
                )
                continue
            kept.append(member)
        nullable_members = [
            m for m in kept if isinstance(m, dict) and "$ref" not in m and m.get("nullable") is True
        ]
        if nullable_members:
            for member in nullable_members:
                del member["nullable"]
            firings.append(
                RepairFiring(
                    "allof-member-cleanup",
                    pointer(*path, "allOf"),
                    f"moved nullable off {len(nullable_members)} inline member(s)",
                )
            )
        if kept:
            item["allOf"] = kept
        else:
            del item["allOf"]
    return firings


# --- rule: operationIds that collide once snake_cased within a tag --------------------------


def operation_tag_folder(operation: dict[str, Any]) -> str:
    tags = operation.get("tags") or ["default"]
    return naming.tag_folder(str(tags[0]))


def decollide_operation_ids(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    firings: list[RepairFiring] = []
    taken: set[tuple[str, str]] = set()
    # Document order decides which of two colliding operations keeps its name.
    ordered = list(operations(spec, in_document_order=True))
    used_ids = {str(op["operationId"]) for _, _, op in ordered if "operationId" in op}
    for path, method, operation in ordered:
        folder = operation_tag_folder(operation)
        operation_id = operation.get("operationId")
        module = naming.endpoint_module(operation_id, path, method)
        if (folder, module) not in taken:
            taken.add((folder, module))
            continue
        base = str(operation_id) if operation_id is not None else module
        suffix = 2
        while (
            folder,
            naming.endpoint_module(f"{base}_{suffix}", path, method),
        ) in taken or f"{base}_{suffix}" in used_ids:
            suffix += 1
        new_id = f"{base}_{suffix}"
        operation["operationId"] = new_id
        used_ids.add(new_id)
        taken.add((folder, naming.endpoint_module(new_id, path, method)))
        if operation_id is not None:
            context.renamed_operations[str(operation_id)] = new_id
        firings.append(
            RepairFiring(
                "colliding-operation-id",
                pointer("paths", path, method, "operationId"),
                f"{operation_id!r} -> {new_id!r} (same module name as another operation in "
                f"tag folder {folder!r})",
            )
        )
    return firings


# --- rule: response media types the generator ignores --------------------------------------


def _is_native(content_type: str) -> bool:
    base = content_type.split(";")[0].strip().lower()
    return base in NATIVE_CONTENT_TYPES or base.startswith("text/") or base.endswith("+json")


def map_unusual_content_types(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Read responses in media types the generator doesn't know (application/x-tar, ...) as
    raw bytes. The spec is unchanged; the mapping goes to the generator's config."""
    firings: list[RepairFiring] = []
    for path, method, operation in operations(spec, in_document_order=True):
        for code, raw_response in sorted((operation.get("responses") or {}).items()):
            response = _resolve_response(spec, raw_response)
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or any(_is_native(ct) for ct in content):
                continue
            for content_type in sorted(content):
                if content_type not in context.content_type_overrides:
                    context.content_type_overrides[content_type] = BYTES_CONTENT_TYPE
                firings.append(
                    RepairFiring(
                        "unusual-response-content-type",
                        pointer("paths", path, method, "responses", code, "content", content_type),
                        "read as bytes (application/octet-stream)",
                    )
                )
    return firings


# --- rule: string defaults the generator escapes twice -----------------------------------


def drop_escaped_string_defaults(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """openapi-python-client writes a string default holding a backslash or a double quote
    escaped twice, so the client would send another value than the spec's. Without the default
    the client sends nothing and the server applies the default it documents: the same request
    meaning. (Examples are data, not schemas: left alone.)"""
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        default = item.get("default")
        if "example" in path or "examples" in path or not isinstance(default, str):
            continue
        if "\\" in default or '"' in default:
            del item["default"]
            firings.append(
                RepairFiring("escaped-string-default", pointer(*path), "default left to the server")
            )
    return firings


# --- rule: one parameter name in several locations, with inline enums ----------------------


def title_located_parameter_enums(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Inline enums are named after the operation and the parameter name, so `mode` in the
    query and `mode` in a header would be two different enums with one class name: the
    generator drops the operation. A title (an annotation, no change in meaning) that names
    the location keeps them apart."""
    firings: list[RepairFiring] = []
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in naming.HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            declared = [
                (where, index, parameter)
                for where, owner in (("path-item", item), ("operation", operation))
                for index, parameter in enumerate(owner.get("parameters") or [])
                if isinstance(parameter, dict) and isinstance(parameter.get("name"), str)
            ]
            locations: dict[str, set[Any]] = defaultdict(set)
            for _, _, parameter in declared:
                locations[naming.python_name(parameter["name"])].add(parameter.get("in"))
            for where, index, parameter in declared:
                schema = parameter.get("schema")
                if len(locations[naming.python_name(parameter["name"])]) < 2:
                    continue
                if not isinstance(schema, dict) or "enum" not in schema or "title" in schema:
                    continue
                schema["title"] = f"{parameter['name']} {parameter.get('in')}"
                at = (path, method) if where == "operation" else (path,)
                firings.append(
                    RepairFiring(
                        "located-parameter-enum",
                        pointer("paths", *at, "parameters", index, "schema"),
                        f"titled {schema['title']!r}",
                    )
                )
    return firings


# --- rule: string enums whose values give clashing or invalid member names ----------------


def name_enum_members(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """Values like Ready/READY/ready, a-b/a_b or emoji give the same or no member name: the
    generator stops on the first and silently drops or mangles the others. Such enums get
    `x-enum-varnames` (read by both generators): a value's own name where it is usable and
    unique, else VALUE_<index>."""
    firings: list[RepairFiring] = []
    for item, path in list(_walk(spec)):
        values = item.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in item:
            continue
        strings = [v for v in values if v is not None]
        if not strings or not all(isinstance(v, str) for v in strings):
            continue
        default = [naming.enum_member(v, i) for i, v in enumerate(strings)]
        if len(set(default)) == len(default) and all(map(naming.usable_member, default)):
            continue
        names: list[str] = []
        for index, name in enumerate(default):
            if not naming.usable_member(name) or name in names:
                name = f"VALUE_{index}"
            while name in names:
                name += "_X"
            names.append(name)
        item["x-enum-varnames"] = names
        firings.append(
            RepairFiring("enum-member-names", pointer(*path), f"{len(names)} members named")
        )
    return firings


def _resolve_response(spec: Spec, response: Any) -> Any:
    ref = response.get("$ref") if isinstance(response, dict) else None
    prefix = "#/components/responses/"
    if isinstance(ref, str) and ref.startswith(prefix):
        return (spec.get("components", {}).get("responses") or {}).get(ref[len(prefix) :])
    return response


# --- rule: path parameters whose names the generator rejects --------------------------------

# What openapi-python-client accepts inside `{...}` of a path template.
GENERATOR_PATH_PARAMETER = re.compile(r"^[a-zA-Z_-][a-zA-Z0-9_-]*$")
PATH_TEMPLATE_PARAMETER = re.compile(r"\{([^}]*)\}")


def _usable_path_parameter(name: str, taken: set[str]) -> str:
    base = "path_" + (re.sub(r"[^a-zA-Z0-9_]+", "_", name).strip("_") or "parameter")
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    taken.add(candidate)
    return candidate


def rename_path_parameters(spec: Spec, context: RepairContext) -> list[RepairFiring]:
    """A path parameter's name never reaches the wire (only its value fills the template), so
    renaming `{9lives}` to `{path_9lives}` in the template and in its parameter keeps the meaning.
    Shared component parameters are not edited: the operation gets a renamed inline copy."""
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return []
    firings: list[RepairFiring] = []
    rebuilt: dict[str, Any] = {}
    for path, item in paths.items():
        names = PATH_TEMPLATE_PARAMETER.findall(path)
        taken = set(names)
        mapping = {
            name: _usable_path_parameter(name, taken)
            for name in dict.fromkeys(names)
            if not GENERATOR_PATH_PARAMETER.match(name)
        }
        if not mapping or not isinstance(item, dict):
            rebuilt[path] = item
            continue
        new_path = path
        for old, new in mapping.items():
            new_path = new_path.replace("{" + old + "}", "{" + new + "}")
        holders = [item, *(op for m, op in item.items() if m in naming.HTTP_METHODS)]
        for holder in holders:
            parameters = holder.get("parameters") if isinstance(holder, dict) else None
            if not isinstance(parameters, list):
                continue
            for index, raw in enumerate(parameters):
                parameter = _resolve_parameter(spec, raw)
                if parameter.get("in") == "path" and parameter.get("name") in mapping:
                    parameters[index] = {**parameter, "name": mapping[parameter["name"]]}
        for old, new in mapping.items():
            context.renamed_path_parameters[(new_path, new)] = old
        context.renamed_paths[new_path] = path
        rebuilt[new_path] = item
        firings.append(
            RepairFiring(
                "path-parameter-name",
                pointer("paths", path),
                ", ".join(f"{{{old}}} -> {{{new}}}" for old, new in mapping.items()),
            )
        )
    if firings:
        spec["paths"] = rebuilt
    return firings


def _resolve_parameter(spec: Spec, raw: Any) -> dict[str, Any]:
    seen: set[str] = set()
    node = raw
    prefix = "#/components/parameters/"
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith(prefix) or ref in seen:
            break
        seen.add(ref)
        node = ((spec.get("components") or {}).get("parameters") or {}).get(ref[len(prefix) :])
    return node if isinstance(node, dict) else {}


RULES: tuple[RepairRule, ...] = (
    RepairRule(
        "inline-parameter-alias",
        "a component parameter that is a $ref to another component parameter",
        inline_parameter_aliases,
    ),
    RepairRule(
        "colliding-schema-name",
        "component names that become the same class or module name (e.g. differ in case only)",
        rename_colliding_schemas,
    ),
    RepairRule(
        "allof-member-cleanup",
        "allOf members that are {}, carry only annotations, or are nullable inline objects",
        clean_allof_members,
    ),
    RepairRule(
        "flatten-inline-allof",
        "allOf over inline objects only (properties hidden one level down)",
        flatten_inline_allof,
    ),
    RepairRule(
        "hoist-inline-object",
        "inline object schemas under component properties (named twice through allOf merges)",
        hoist_inline_objects,
    ),
    RepairRule(
        "allof-enum-conflict",
        "allOf members declaring a property as an enum and as a plain value",
        narrow_conflicting_enums,
    ),
    RepairRule(
        "allof-disjoint-enums",
        "allOf members declaring a property as enums with no value in common (null or nothing "
        "is valid; the generator drops the schema)",
        separate_disjoint_enums,
    ),
    RepairRule(
        "hoist-overriding-member",
        "inline allOf members redeclaring another member's property (subclass conflicts)",
        hoist_overriding_members,
    ),
    RepairRule(
        "nullable-allof-reference",
        "nullable: true beside an allOf over one reference (the generator drops the None)",
        nullable_single_allof,
    ),
    RepairRule(
        "nullable-component-to-uses",
        "nullable: true on a composite, self-recursive or allOf-member object component",
        move_nullability_to_uses,
    ),
    RepairRule(
        "colliding-operation-id",
        "operationIds that become the same module name within one tag",
        decollide_operation_ids,
    ),
    RepairRule(
        "unusual-response-content-type",
        "responses only in media types the generator omits (application/x-tar, ...)",
        map_unusual_content_types,
    ),
    RepairRule(
        "located-parameter-enum",
        "one parameter name in several locations of an operation, with inline enums",
        title_located_parameter_enums,
    ),
    RepairRule(
        "escaped-string-default",
        "string defaults with a backslash or double quote (the generator escapes them twice)",
        drop_escaped_string_defaults,
    ),
    RepairRule(
        "path-parameter-name",
        "path parameters named other than [a-zA-Z_-][a-zA-Z0-9_-]* (the operation is dropped)",
        rename_path_parameters,
    ),
    RepairRule(
        "enum-member-names",
        "string enum values whose member names clash after case folding or are no identifiers",
        name_enum_members,
    ),
)


def repair_spec(spec: Spec) -> RepairReport:
    """Apply every rule, in order, to a deep copy of `spec`."""
    repaired = copy.deepcopy(spec)
    context = RepairContext()
    firings: list[RepairFiring] = []
    for rule in RULES:
        firings.extend(rule.apply(repaired, context))
    return RepairReport(
        spec=repaired,
        firings=tuple(firings),
        content_type_overrides=dict(sorted(context.content_type_overrides.items())),
        renamed_operations=dict(sorted(context.renamed_operations.items())),
        renamed_schemas=dict(sorted(context.renamed_schemas.items())),
        renamed_paths=dict(sorted(context.renamed_paths.items())),
        renamed_path_parameters=dict(sorted(context.renamed_path_parameters.items())),
    )
