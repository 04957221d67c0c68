"""Rebuild the embedded Multi-tenant snapshots and their PROVENANCE.md.

No machine-readable Multi-tenant (MT) spec is published for 2.22-2.24. Each snapshot is built
from:
- the public control-plane (CP) spec of the same release
  (`../shared/upstream/control-plane/<release>/openapi.json`): the STRUCTURE of every operation MT
  shares with the CP, plus the transitive closure of the components those operations reference;
- the MT reference (`../shared/reference/multitenant-surface.json`): which operations each
  release exposes and where each fact was seen (used for PROVENANCE.md);
- the overlay in `mt_overlay.py` beside this script: our own descriptions, the MT-only
  operations and schemas, and the documented per-release differences.

A release whose lock entry records documentation pages (`runai-sdkgen fetch` took it from the
pages of its `docs` source) is not rebuilt: its PROVENANCE.md section lists the page of every
operation, from the lock. PROVENANCE.md is rendered from `provenance.md.jinja` beside this script.

Every upstream `description`, `summary`, `example(s)` and `x-*` key is dropped; the only prose in a
snapshot is ours. The output is deterministic: running the script twice writes identical bytes.

Usage: python tools/mt_snapshots.py [--shared ../shared] [--out specs/multi-tenant] [--specs specs]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mt_overlay as overlay
from mt_overlay import OperationDef

from runai_sdkgen.core.fsutil import atomic_write_text
from runai_sdkgen.core.lock import LockEntry, load_lock, lock_path_for
from runai_sdkgen.core.manifest import Release, load_manifest
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import Spec, load_spec_file, validate_spec
from runai_sdkgen.spec.model import iter_operations

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "multi-tenant"
COMPONENT_KINDS = ("parameters", "responses", "schemas")
# Keys whose values are maps from a NAME (property, media type, status code...) to an object:
# the names themselves are data and must never be scrubbed (a property may be called `description`).
NAME_MAP_KEYS = frozenset(
    {"properties", "content", "responses", "headers", "encoding", "mapping", "links", "callbacks"}
)
PROSE_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs"})
# Keys whose values are instance data (a default object may well have a `description` key).
LITERAL_KEYS = frozenset({"default", "enum", "const"})


@dataclass(frozen=True)
class Evidence:
    """Why an operation is in a snapshot: documented (source URLs) or inferred (a reason)."""

    documented: bool
    text: str


def scrub(node: Any, *, name: str = "") -> Any:
    """Deep copy of an upstream fragment without prose, examples or vendor extensions.

    `name` is the key under which `node` sits in its parent.
    """
    name_map = name in NAME_MAP_KEYS
    if isinstance(node, list):
        return [scrub(item) for item in node]
    if not isinstance(node, dict):
        return node
    if name_map:
        return {key: scrub(value) for key, value in node.items()}
    return {
        key: copy.deepcopy(value) if key in LITERAL_KEYS else scrub(value, name=key)
        for key, value in node.items()
        if key not in PROSE_KEYS and not key.startswith("x-")
    }


def rename_refs(node: Any, renames: dict[str, str]) -> Any:
    """Rewrite `#/components/schemas/<old>` references to the MT component names."""
    if isinstance(node, list):
        return [rename_refs(item, renames) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            prefix, _, name = value.rpartition("/")
            result[key] = f"{prefix}/{renames.get(name, name)}" if prefix else value
        else:
            result[key] = rename_refs(value, renames)
    return result


def iter_refs(node: Any) -> Iterable[str]:
    if isinstance(node, list):
        for item in node:
            yield from iter_refs(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from iter_refs(value)


def split_ref(ref: str, origin: str) -> tuple[str, str]:
    parts = ref.split("/")
    if len(parts) != 4 or parts[:2] != ["#", "components"] or parts[2] not in COMPONENT_KINDS:
        raise ToolkitError(f"{origin}: unsupported reference {ref!r}")
    return parts[2], parts[3]


def overlay_text(table: dict[str, str], key: str, what: str) -> str:
    text = table.get(key)
    if text is None:
        raise ToolkitError(f"mt_overlay.py: no description for {what} {key!r}")
    return text


def describe_responses(responses: dict[str, Any]) -> dict[str, Any]:
    """Give every inline response our own description (OpenAPI requires one)."""
    described: dict[str, Any] = {}
    for code, response in responses.items():
        if "$ref" in response:
            described[code] = response
        else:
            text = overlay_text(overlay.STATUS_DESCRIPTIONS, code, "inline response status")
            described[code] = {"description": text, **response}
    return described


def describe_parameter(parameter: dict[str, Any], key: str | None = None) -> dict[str, Any]:
    """Our description for a parameter, looked up by component name (`key`) or by its name."""
    if "$ref" in parameter:
        return parameter
    text = overlay_text(overlay.PARAMETER_DESCRIPTIONS, key or parameter["name"], "parameter")
    head: dict[str, Any] = {field: parameter[field] for field in ("name", "in")}
    return {**head, "description": text, **parameter}


def order_operation(operation: dict[str, Any]) -> dict[str, Any]:
    head = (
        "tags",
        "summary",
        "description",
        "operationId",
        "deprecated",
        "parameters",
        "requestBody",
        "responses",
    )
    ordered = {key: operation[key] for key in head if key in operation}
    ordered.update({key: value for key, value in operation.items() if key not in ordered})
    return ordered


def drop_empty_all_of_members(node: Any) -> Any:
    """`allOf` members that were description-only upstream are `{}` now; the generator rejects
    `allOf` over `{}` (and an empty member adds no constraint), so they go."""
    if isinstance(node, list):
        return [drop_empty_all_of_members(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: drop_empty_all_of_members(value) for key, value in node.items()}
    if "allOf" in result:
        members = [member for member in result["allOf"] if member != {}]
        if members:
            result["allOf"] = members
        else:
            del result["allOf"]
    return result


def nullable_at_uses(node: Any, names: set[str], where: str, *, in_properties: bool = False) -> Any:
    """Wrap each property `$ref` to one of `names` as `{nullable: true, allOf: [$ref]}`.

    A reference to one of `names` anywhere else would lose its null: that is refused.
    """
    if isinstance(node, list):
        return [nullable_at_uses(item, names, where) for item in node]
    if not isinstance(node, dict):
        return node
    if in_properties:
        return {key: wrap_nullable_ref(value, names, where) for key, value in node.items()}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.rpartition("/")[2] in names:
        raise ToolkitError(f"{where}: nullable {ref} is used outside a property; cannot repair")
    return {
        key: nullable_at_uses(value, names, where, in_properties=key == "properties")
        for key, value in node.items()
    }


def wrap_nullable_ref(schema: Any, names: set[str], where: str) -> Any:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.rpartition("/")[2] in names and len(schema) == 1:
        return {"nullable": True, "allOf": [schema]}
    return nullable_at_uses(schema, names, where)


def repair_for_generator(paths: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    """Express constructs the stock openapi-python-client mishandles in an equivalent form.

    A component schema that is `nullable` is either dropped by the generator (beside `allOf`/
    `oneOf`/`anyOf`, with everything that references it) or turned into a `<Name>Type0` class;
    its null is moved to the properties that use it, where the generator reads it as `X | None`.
    Returns one line per repair for PROVENANCE.md.
    """
    notes: list[str] = []
    emptied = []
    for name, schema in list(schemas.items()):
        repaired = drop_empty_all_of_members(schema)
        if repaired != schema:
            emptied.append(name)
        schemas[name] = repaired
    if emptied:
        notes.append(
            "`allOf` members left empty by removing upstream prose were dropped in: "
            + ", ".join(f"`{name}`" for name in emptied)
        )
    nullable = sorted(name for name, schema in schemas.items() if schema.get("nullable"))
    for name in nullable:
        schema = schemas[name]
        del schema["nullable"]
        if "default" in schema and schema["default"] is None:
            del schema["default"]
    for name, schema in list(schemas.items()):
        schemas[name] = nullable_at_uses(schema, set(nullable), f"components/schemas/{name}")
    nullable_at_uses(paths, set(nullable), "paths")
    if nullable:
        notes.append(
            "`nullable` moved from the component to each property that uses it "
            "(`nullable: true` + `allOf: [$ref]`) for: "
            + ", ".join(f"`{name}`" for name in nullable)
        )
    return notes


class SnapshotBuilder:
    """Builds one release's snapshot from the CP spec of the same release and the overlay."""

    def __init__(self, release: str, cp_spec: Spec, cp_origin: str) -> None:
        self.release = release
        self.cp = cp_spec
        self.origin = cp_origin
        self.mt_components = overlay.mt_components(release)
        self.renames = overlay.SCHEMA_RENAMES
        self.source_names = {target: source for source, target in self.renames.items()}
        self.repairs: list[str] = []
        # An upstream schema whose name is a rename target (CP `Idp` is a string alias, not
        # `Idp1`) would be silently confused with the renamed one: refuse to build instead.
        self.hidden_names = set(self.renames.values()) - set(self.renames)

    def rename(self, fragment: Any, where: str) -> Any:
        for ref in iter_refs(fragment):
            if ref.rpartition("/")[2] in self.hidden_names:
                raise ToolkitError(f"{self.origin}: {where} references {ref}, hidden by a rename")
        return rename_refs(fragment, self.renames)

    def cp_operation(self, op_def: OperationDef) -> dict[str, Any]:
        item = self.cp["paths"].get(op_def.path)
        if item is None or op_def.method not in item:
            raise ToolkitError(
                f"{self.origin}: paths/{op_def.path}/{op_def.method} is missing "
                f"(needed for MT {self.release} {op_def.operation_id})"
            )
        if "parameters" in item:
            raise ToolkitError(f"{self.origin}: paths/{op_def.path} has path-level parameters")
        operation: dict[str, Any] = scrub(item[op_def.method])
        if operation.get("operationId") != op_def.operation_id:
            raise ToolkitError(
                f"{self.origin}: paths/{op_def.path}/{op_def.method}/operationId is "
                f"{operation.get('operationId')!r}, expected {op_def.operation_id!r}"
            )
        renamed: dict[str, Any] = self.rename(operation, f"paths/{op_def.path}/{op_def.method}")
        return renamed

    def operation(self, op_def: OperationDef) -> dict[str, Any]:
        if op_def.mt_only:
            operation = copy.deepcopy(overlay.mt_operation(self.release, op_def))
        else:
            operation = self.cp_operation(op_def)
        prose = overlay.OPERATION_PROSE.get(op_def.operation_id)
        if prose is None:
            raise ToolkitError(f"mt_overlay.py: no prose for operation {op_def.operation_id!r}")
        operation["tags"] = [op_def.tag]
        operation["summary"] = prose.summary
        operation["description"] = prose.description
        parameters = [describe_parameter(p) for p in operation.get("parameters", [])]
        parameters.extend(overlay.extra_parameters(self.release, op_def))
        if parameters:
            operation["parameters"] = parameters
        if "requestBody" in operation:
            if prose.request_body is None:
                raise ToolkitError(f"mt_overlay.py: {op_def.operation_id} needs request_body prose")
            operation["requestBody"] = {
                "description": prose.request_body,
                **operation["requestBody"],
            }
        operation["responses"] = describe_responses(operation["responses"])
        return order_operation(operation)

    def component(self, kind: str, name: str) -> dict[str, Any]:
        if name in self.mt_components.get(kind, {}):
            own = copy.deepcopy(self.mt_components[kind][name])
            return describe_parameter(own, name) if kind == "parameters" else own
        source = self.source_names.get(name, name) if kind == "schemas" else name
        upstream = self.cp["components"].get(kind, {}).get(source)
        if upstream is None:
            raise ToolkitError(f"{self.origin}: components/{kind}/{source} is missing")
        fragment: dict[str, Any] = self.rename(scrub(upstream), f"components/{kind}/{source}")
        if kind == "responses":
            text = overlay_text(overlay.RESPONSE_DESCRIPTIONS, name, "response")
            return {"description": text, **fragment}
        if kind == "parameters":
            return describe_parameter(fragment, name)
        schema_text = overlay.SCHEMA_DESCRIPTIONS.get(name)
        return {"description": schema_text, **fragment} if schema_text else fragment

    def closure(self, roots: Any) -> dict[str, dict[str, Any]]:
        """Every component the roots reference, directly or through other components."""
        found: dict[str, dict[str, Any]] = {kind: {} for kind in COMPONENT_KINDS}
        pending = list(iter_refs(roots))
        while pending:
            kind, name = split_ref(pending.pop(), self.origin)
            if name in found[kind]:
                continue
            fragment = self.component(kind, name)
            found[kind][name] = fragment
            pending.extend(iter_refs(fragment))
        return found

    def build(self) -> Spec:
        paths: dict[str, dict[str, Any]] = {}
        for op_def in overlay.RELEASE_OPERATIONS[self.release]:
            paths.setdefault(op_def.path, {})[op_def.method] = self.operation(op_def)
        components = self.closure(paths)
        overlay.apply_schema_deltas(self.release, components["schemas"])
        self.repairs = repair_for_generator(paths, components["schemas"])
        used_tags = {op_def.tag for op_def in overlay.RELEASE_OPERATIONS[self.release]}
        tags = [
            {"name": name, "description": text}
            for name, text in overlay.TAG_DESCRIPTIONS.items()
            if name in used_tags
        ]
        return {
            "openapi": "3.0.3",
            "info": {
                "title": overlay.INFO_TITLE,
                "version": self.release,
                "description": overlay.INFO_DESCRIPTION,
            },
            "servers": [{"url": overlay.SERVER_URL}],
            "security": [{"bearerAuth": []}],
            "tags": tags,
            "paths": paths,
            "components": {
                "securitySchemes": {
                    "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
                },
                **{
                    kind: dict(sorted(components[kind].items()))
                    for kind in COMPONENT_KINDS
                    if components[kind]
                },
            },
        }


def dump_yaml(spec: Spec) -> str:
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)


def reference_entries(reference: dict[str, Any], release: str) -> dict[tuple[str, str], Any]:
    operations = reference["releases"][release]["operations"]
    return {(entry["method"].lower(), entry["path"]): entry for entry in operations}


def evidence_for(op_def: OperationDef, entry: dict[str, Any] | None, release: str) -> Evidence:
    override = overlay.EVIDENCE_OVERRIDES.get((release, op_def.method, op_def.path))
    if override is not None:
        return Evidence(documented=False, text=override)
    if entry is None:
        raise ToolkitError(
            f"multitenant-surface.json: releases/{release} has no entry for "
            f"{op_def.method.upper()} {op_def.path}; add an inferred reason to the overlay"
        )
    urls = ", ".join(entry["source_urls"])
    own_id = "; operationId chosen by us (not published)" if entry["operationId"] is None else ""
    if entry["status"] in ("seen", "seen-unversioned"):
        qualifier = " (unversioned page)" if entry["status"] == "seen-unversioned" else ""
        return Evidence(documented=True, text=f"{urls}{qualifier}{own_id}")
    return Evidence(documented=False, text=f"{entry['inferred_reason']} (see {urls}){own_id}")


@dataclass(frozen=True)
class ProvenanceRow:
    method: str
    path: str
    operation_id: str
    tag: str
    deprecated: str
    status: str
    evidence: str


@dataclass(frozen=True)
class ReleaseSection:
    """One release of PROVENANCE.md; `pending_pages` counts the pages of a docs source the
    snapshot has not been refreshed from yet."""

    label: str
    notes: str
    rows: list[ProvenanceRow]
    repairs: list[str]
    pending_pages: int = 0


PROVENANCE_TEMPLATE = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent),
    autoescape=False,  # noqa: S701 - Markdown, not HTML
    keep_trailing_newline=True,
    trim_blocks=True,
    undefined=jinja2.StrictUndefined,
).get_template("provenance.md.jinja")


def built_section(
    release: Release, spec: Spec, reference: dict[str, Any], repairs: list[str]
) -> ReleaseSection:
    """The section of a snapshot this script built: evidence from the MT reference."""
    entries = reference_entries(reference, release.label)
    rows = []
    for op_def in overlay.RELEASE_OPERATIONS[release.label]:
        operation = spec["paths"][op_def.path][op_def.method]
        evidence = evidence_for(op_def, entries.get((op_def.method, op_def.path)), release.label)
        rows.append(
            ProvenanceRow(
                method=op_def.method.upper(),
                path=op_def.path,
                operation_id=op_def.operation_id,
                tag=op_def.tag,
                deprecated="yes" if operation.get("deprecated") else "no",
                status="documented" if evidence.documented else "inferred",
                evidence=evidence.text.replace("|", "\\|"),
            )
        )
    return ReleaseSection(
        label=release.label,
        notes=overlay.RELEASE_NOTES[release.label].rstrip(),
        rows=rows,
        repairs=repairs + overlay.FIXED_REPAIRS,
        pending_pages=len(release.source.pages) if release.source.kind == "docs" else 0,
    )


def fetched_section(release: Release, entry: LockEntry, spec: Spec) -> ReleaseSection:
    """The section of a snapshot `runai-sdkgen fetch` took from documentation pages: every
    operation documented, with the page the lock says defines it."""
    operations = {operation.key: operation for operation in iter_operations(spec)}
    page_of = entry.source.page_of()
    missing = sorted(set(operations) - set(page_of))
    if missing:
        raise ToolkitError(
            f"specs/lock.json: {release.key} records no page for {missing[0]} of its snapshot"
        )
    order = [op for page in entry.source.pages for op in page.operations]
    rows = [
        ProvenanceRow(
            method=operation.method.upper(),
            path=operation.path,
            operation_id=operation.operation_id,
            tag=operation.tag,
            deprecated="yes" if operation.deprecated else "no",
            status="documented",
            evidence=page_of[key],
        )
        for key in dict.fromkeys(order)
        if (operation := operations.get(key)) is not None
    ]
    notes = (
        f"Fetched from the documentation pages by `runai-sdkgen fetch` ({entry.fetched_at}): "
        f"{len(entry.source.pages)} pages, each with the sha256 of its Markdown in "
        "`specs/lock.json`. Every operation is on the page given."
    )
    return ReleaseSection(label=release.label, notes=notes, rows=rows, repairs=[])


def build_all(shared: Path, specs: Path = PROJECT_ROOT / "specs") -> tuple[dict[str, Spec], str]:
    """Build the snapshot of every release this script owns, and the PROVENANCE.md text.

    The releases are those of `specs/releases.toml`. A release whose lock entry records
    documentation pages came from `runai-sdkgen fetch`: it is not rebuilt, and its section
    comes from the lock.
    """
    reference_path = shared / "reference" / "multitenant-surface.json"
    try:
        reference = json.loads(reference_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ToolkitError(f"{reference_path}: file not found") from None
    manifest = load_manifest(specs / "releases.toml")
    lock = load_lock(lock_path_for(specs))
    built: dict[str, Spec] = {}
    sections: list[ReleaseSection] = []
    for release in manifest.product(PRODUCT).releases:
        entry = lock.entry(PRODUCT, release.label)
        if entry is not None and entry.source.kind == "docs":
            spec = load_spec_file(release.snapshot, validate=False)
            sections.append(fetched_section(release, entry, spec))
            continue
        if release.label not in overlay.RELEASE_OPERATIONS:
            raise ToolkitError(
                f"{manifest.path}: {release.key} is neither built by mt_overlay.py nor fetched "
                "from documentation pages (specs/lock.json)"
            )
        cp_path = shared / "upstream" / "control-plane" / release.label / "openapi.json"
        cp_spec = load_spec_file(cp_path, validate=False)
        builder = SnapshotBuilder(release.label, cp_spec, str(cp_path))
        spec = builder.build()
        validate_spec(spec, f"multi-tenant {release.label} snapshot")
        built[release.label] = spec
        sections.append(built_section(release, spec, reference, builder.repairs))
    intro = overlay.PROVENANCE_INTRO.rstrip()
    return built, PROVENANCE_TEMPLATE.render(intro=intro, sections=sections)


def write_all(shared: Path, out: Path, specs: Path = PROJECT_ROOT / "specs") -> list[Path]:
    built, provenance = build_all(shared, specs)
    written: list[Path] = []
    for release, spec in built.items():
        path = out / release / "openapi.yaml"
        atomic_write_text(path, dump_yaml(spec))
        written.append(path)
    provenance_path = out / "PROVENANCE.md"
    atomic_write_text(provenance_path, provenance)
    written.append(provenance_path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=PROJECT_ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "specs" / "multi-tenant")
    parser.add_argument(
        "--specs",
        type=Path,
        default=PROJECT_ROOT / "specs",
        help="the folder of releases.toml and lock.json (which releases; which came from docs)",
    )
    args = parser.parse_args(argv)
    try:
        written = write_all(args.shared, args.out, args.specs)
    except ToolkitError as exc:
        print(f"mt_snapshots: error: {exc}", file=sys.stderr)
        return exc.exit_code
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
