"""The deprecation ledger: when each item was deprecated, when it may go, and when it went.

Items and their keys (the key is what reports show and what `Ledger.deprecation_of` accepts):
- operation: `GET /api/v1/apps/{appId}`;
- parameter: `GET /api/v1/tenants query:deleted` (`<operation> <in>:<name>`);
- property: `<operation> <location>`, e.g.
  `POST /api/v1/apps requestBody.application/json.spec.name` or
  `GET /api/v1/apps responses.200.application/json.entries[].name`.
Properties are keyed by operation and location, not by component and field: that stays exact
through `allOf`, `$ref` chains and inline schemas, and says which call a client user must change.
A field deprecated in a base schema therefore appears once under every operation that uses it.

Path-parameter names never matter for identity (`{id}` and `{appId}` are the same path, and path
parameters are matched by position); keys show the newest spelling. An item deprecated in the
first known release may have been deprecated earlier: the ledger can only say "in or before".
A child removed together with its parent (a parameter of a removed operation, a field inside a
removed object) is not a separate entry unless it had been deprecated itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from runai_sdkgen.changes.diff import (
    PATH_PARAMETER,
    Operation,
    Resolver,
    SchemaNode,
    join_location,
    operation_identity,
    operations,
    parameters,
    request_bodies,
    success_responses,
)
from runai_sdkgen.core.manifest import release_sort_key
from runai_sdkgen.core.policy import removal_release
from runai_sdkgen.spec.load import Spec

ItemKind = Literal["operation", "parameter", "property"]
ITEM_KINDS: tuple[ItemKind, ...] = ("operation", "parameter", "property")
Status = Literal[
    "on-schedule",
    "overdue",
    "removed-early",
    "removed-without-deprecation",
    "removed-on-schedule",
]
STATUSES: tuple[Status, ...] = (
    "on-schedule",
    "overdue",
    "removed-early",
    "removed-without-deprecation",
    "removed-on-schedule",
)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    kind: ItemKind
    key: str
    deprecated_in: str | None
    due_for_removal_in: str | None
    removed_in: str | None  # None: still present in the newest release
    status: Status
    operation_key: str = field(default="", kw_only=True)  # the operation the item belongs to
    tag: str = field(default="", kw_only=True)  # that operation's first tag


@dataclass(frozen=True)
class Ledger:
    product: str
    releases: tuple[str, ...]
    entries: list[LedgerEntry]
    _index: dict[tuple[str, str], LedgerEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {(e.kind, _identity_of_key(e.kind, e.key)): e for e in self.entries}
        object.__setattr__(self, "_index", index)

    def deprecation_of(self, kind: ItemKind, key: str) -> LedgerEntry | None:
        """The entry of an item by kind and key (path-parameter names may be spelled either way)."""
        return self._index.get((kind, _identity_of_key(kind, key)))

    def per_release(self) -> list[tuple[str, int, int]]:
        """(release, items deprecated in it, items removed in it), oldest release first."""
        deprecated = dict.fromkeys(self.releases, 0)
        removed = dict.fromkeys(self.releases, 0)
        for entry in self.entries:
            if entry.deprecated_in is not None:
                deprecated[entry.deprecated_in] += 1
            if entry.removed_in is not None:
                removed[entry.removed_in] += 1
        return [(label, deprecated[label], removed[label]) for label in self.releases]

    def counts(self) -> dict[str, int]:
        """Entries per status, every status present, in `STATUSES` order."""
        totals: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for entry in self.entries:
            totals[entry.status] += 1
        return totals


# identity -> (kind, identity of its operation, deprecated, identity of the enclosing item)
_Item = tuple[ItemKind, str, bool, str | None]


@dataclass
class Inventory:
    """Every operation, parameter and body property of one release, by identity."""

    operations: dict[str, Operation] = field(default_factory=dict)
    items: dict[str, _Item] = field(default_factory=dict)
    parameter_keys: dict[str, str] = field(default_factory=dict)

    def key_of(self, identity: str) -> str:
        kind, op_identity, _, _ = self.items[identity]
        op_key = self.operations[op_identity].key
        if kind == "operation":
            return op_key
        if kind == "parameter":
            return self.parameter_keys[identity]
        return f"{op_key} {identity[len(op_identity) + 1 :]}"


def _identity_of_key(kind: ItemKind, key: str) -> str:
    method, _, rest = key.partition(" ")
    path, _, tail = rest.partition(" ")
    identity = operation_identity(method, path)
    if kind == "operation":
        return identity
    if kind == "parameter" and tail.startswith("path:"):
        names = [name[1:-1] for name in PATH_PARAMETER.findall(path)]
        name = tail[len("path:") :]
        if name in names:
            tail = f"path:#{names.index(name)}"
    return f"{identity} {tail}"


def _property_items(
    base: str, node: SchemaNode, memo: dict[int, tuple[SchemaNode, list[tuple[str, str, bool]]]]
) -> Iterator[tuple[str, str, bool]]:
    """(location, parent location, deprecated) of every property beneath a body schema."""
    for relative, parent, deprecated in _relative_properties(node, memo):
        yield join_location(base, relative), join_location(base, parent), deprecated


def _relative_properties(
    node: SchemaNode, memo: dict[int, tuple[SchemaNode, list[tuple[str, str, bool]]]]
) -> list[tuple[str, str, bool]]:
    # Properties hang off objects, array items ([]) and map values ({}); the step markers belong
    # to the location but are not items of their own, so a field's parent is the property that
    # holds the array or map.
    hit = memo.get(id(node))
    if hit is not None:
        return hit[1]
    found: list[tuple[str, str, bool]] = []
    if not node.recursive:
        for name, child in node.properties.items():
            found.append((name, "", child.deprecated))
            found += [
                (join_location(name, rel), join_location(name, parent) if parent else name, dep)
                for rel, parent, dep in _relative_properties(child, memo)
            ]
        for step, child_node in (("[]", node.items), ("{}", node.additional)):
            if child_node is not None:
                found += [
                    (join_location(step, rel), parent, dep)
                    for rel, parent, dep in _relative_properties(child_node, memo)
                ]
    memo[id(node)] = (node, found)
    return found


def inventory(spec: Spec) -> Inventory:
    """Every operation, parameter and body property of a spec, by identity."""
    resolver = Resolver(spec)
    memo: dict[int, tuple[SchemaNode, list[tuple[str, str, bool]]]] = {}
    found = Inventory()
    items = found.items
    for identity, op in operations(spec).items():
        found.operations[identity] = op
        items[identity] = ("operation", identity, op.deprecated, None)
        for param_identity, param in parameters(resolver, op).items():
            item_identity = f"{identity} {param_identity}"
            items[item_identity] = ("parameter", identity, param.deprecated, identity)
            found.parameter_keys[item_identity] = f"{op.key} {param.location}:{param.name}"
        for base, body in _bodies(resolver, op):
            for location, parent, deprecated in _property_items(base, body, memo):
                parent_identity = f"{identity} {parent}" if parent != base else identity
                items[f"{identity} {location}"] = (
                    "property",
                    identity,
                    deprecated,
                    parent_identity,
                )
    return found


def _bodies(resolver: Resolver, op: Operation) -> Iterator[tuple[str, SchemaNode]]:
    for media, body in request_bodies(resolver, op)[1].items():
        yield f"requestBody.{media}", body
    for status, media_types in success_responses(resolver, op).items():
        for media, body in media_types.items():
            yield f"responses.{status}.{media}", body


def build_ledger(product: str, releases: Sequence[tuple[str, Spec]]) -> Ledger:
    """The ledger of `product` over `releases` (label, spec), oldest first."""
    labels = tuple(label for label, _ in releases)
    if list(labels) != sorted(labels, key=release_sort_key):
        raise ValueError(f"releases must be given oldest first, got {', '.join(labels)}")
    inventories = [inventory(spec) for _, spec in releases]
    everywhere = set.intersection(*(set(inv.items) for inv in inventories))
    # Only items that come, go or are deprecated somewhere can need an entry.
    candidates = set().union(*(inv.items.keys() for inv in inventories)) - everywhere
    for inv in inventories:
        candidates.update(identity for identity, item in inv.items.items() if item[2])
    entries: list[LedgerEntry] = []
    for identity in candidates:
        entry = _entry_for(identity, labels, inventories)
        if entry is not None:
            entries.append(entry)
    entries.sort(key=lambda e: (ITEM_KINDS.index(e.kind), e.key))
    return Ledger(product=product, releases=labels, entries=entries)


def _entry_for(
    identity: str, labels: tuple[str, ...], inventories: list[Inventory]
) -> LedgerEntry | None:
    deprecated_in: str | None = None
    removed_in: str | None = None
    latest: Inventory | None = None
    previous: _Item | None = None
    for label, inv in zip(labels, inventories, strict=True):
        item = inv.items.get(identity)
        if item is not None:
            if removed_in is not None:
                # Back after a removal: a new lifetime starts.
                removed_in = deprecated_in = None
            if not item[2]:
                deprecated_in = None
            elif deprecated_in is None:
                deprecated_in = label
            latest = inv
        elif previous is not None:
            parent = previous[3]
            if parent is None or parent in inv.items or deprecated_in is not None:
                removed_in = label
        previous = item
    if latest is None or (deprecated_in is None and removed_in is None):
        return None
    kind, op_identity, _, _ = latest.items[identity]
    op = latest.operations[op_identity]
    due = removal_release(deprecated_in, labels) if deprecated_in is not None else None
    return LedgerEntry(
        kind=kind,
        key=latest.key_of(identity),
        operation_key=op.key,
        tag=op.tag,
        deprecated_in=deprecated_in,
        due_for_removal_in=due,
        removed_in=removed_in,
        status=_status(deprecated_in, due, removed_in, labels[-1]),
    )


def _status(
    deprecated_in: str | None, due: str | None, removed_in: str | None, newest: str
) -> Status:
    if removed_in is None:
        assert due is not None
        return "overdue" if release_sort_key(newest) >= release_sort_key(due) else "on-schedule"
    if deprecated_in is None or due is None:
        return "removed-without-deprecation"
    if release_sort_key(removed_in) < release_sort_key(due):
        return "removed-early"
    return "removed-on-schedule"
