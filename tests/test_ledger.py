"""The deprecation ledger: statuses on small release series, and on the real control-plane specs."""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

import pytest
from conftest import CONTROL_PLANE_RELEASES, upstream_spec_path

from runai_sdkgen.changes.ledger import Ledger, build_ledger

Spec = dict[str, Any]


def _spec(operations: dict[str, dict[str, Any]]) -> Spec:
    """Operations keyed `METHOD path`, each a raw operation object."""
    paths: dict[str, dict[str, Any]] = {}
    for key, operation in operations.items():
        method, path = key.split(" ", 1)
        paths.setdefault(path, {})[method.lower()] = operation
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}


def _op(*, deprecated: bool = False, params: list[Any] | None = None, body: Any = None) -> Any:
    operation: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if deprecated:
        operation["deprecated"] = True
    if params:
        operation["parameters"] = params
    if body is not None:
        operation["responses"]["200"]["content"] = {"application/json": {"schema": body}}
    return operation


def _query(name: str, *, deprecated: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "deprecated": deprecated, "schema": {"type": "string"}}


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _entry_status(ledger: Ledger, kind: Any, key: str) -> tuple[Any, ...]:
    entry = ledger.deprecation_of(kind, key)
    assert entry is not None, key
    return entry.deprecated_in, entry.due_for_removal_in, entry.removed_in, entry.status


def test_statuses_over_four_releases() -> None:
    r1 = _spec(
        {
            "GET /old": _op(deprecated=True),
            "GET /early": _op(deprecated=False),
            "GET /gone": _op(),
            "GET /keep": _op(params=[_query("q", deprecated=True)]),
            "GET /apps/{id}": _op(body=_object(a=_object(b={"type": "string"}))),
        }
    )
    r2 = copy.deepcopy(r1)
    r2["paths"]["/early"]["get"]["deprecated"] = True
    del r2["paths"]["/gone"]
    r2["paths"]["/apps/{appId}"] = r2["paths"].pop("/apps/{id}")
    r2["paths"]["/apps/{appId}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]["properties"]["a"]["properties"]["b"]["deprecated"] = True
    r3 = copy.deepcopy(r2)
    del r3["paths"]["/early"]
    r3["paths"]["/apps/{appId}"]["get"]["deprecated"] = True
    r4 = copy.deepcopy(r3)
    del r4["paths"]["/old"]
    ledger = build_ledger("p", [("2.1", r1), ("2.2", r2), ("2.3", r3), ("2.4", r4)])

    assert _entry_status(ledger, "operation", "GET /old") == (
        "2.1",
        "2.3",
        "2.4",
        "removed-on-schedule",
    )
    assert _entry_status(ledger, "operation", "GET /early") == (
        "2.2",
        "2.4",
        "2.3",
        "removed-early",
    )
    assert _entry_status(ledger, "operation", "GET /gone") == (
        None,
        None,
        "2.2",
        "removed-without-deprecation",
    )
    assert _entry_status(ledger, "parameter", "GET /keep query:q") == (
        "2.1",
        "2.3",
        None,
        "overdue",
    )
    # Keyed by operation + location; either spelling of the path parameter finds it.
    key = "GET /apps/{appId} responses.200.application/json.a.b"
    assert _entry_status(ledger, "property", key) == ("2.2", "2.4", None, "overdue")
    # Beyond the known releases the policy counts minor versions.
    assert _entry_status(ledger, "operation", "GET /apps/{appId}") == (
        "2.3",
        "2.5",
        None,
        "on-schedule",
    )
    assert ledger.deprecation_of("property", key.replace("{appId}", "{x}")) is not None
    assert (
        ledger.deprecation_of("property", "GET /apps/{appId} responses.200.application/json.a")
        is None
    )
    assert ledger.per_release() == [("2.1", 2, 0), ("2.2", 2, 1), ("2.3", 1, 1), ("2.4", 0, 1)]


def test_children_removed_with_their_parent_are_not_separate_entries() -> None:
    r1 = _spec(
        {
            "GET /x": _op(
                params=[_query("plain"), _query("old", deprecated=True)],
                body=_object(inner=_object(leaf={"type": "string"})),
            ),
            "GET /y": _op(body=_object(inner=_object(leaf={"type": "string"}))),
        }
    )
    r2 = copy.deepcopy(r1)
    del r2["paths"]["/x"]
    del r2["paths"]["/y"]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"
    ]["inner"]
    ledger = build_ledger("p", [("1.0", r1), ("1.1", r2)])
    assert [(e.kind, e.key, e.status) for e in ledger.entries] == [
        ("operation", "GET /x", "removed-without-deprecation"),
        ("parameter", "GET /x query:old", "removed-early"),
        ("property", "GET /y responses.200.application/json.inner", "removed-without-deprecation"),
    ]


def test_releases_must_be_oldest_first() -> None:
    with pytest.raises(ValueError, match="oldest first"):
        build_ledger("p", [("2.2", _spec({})), ("2.1", _spec({}))])


@cache
def _control_plane_ledger() -> Ledger:
    releases = [
        (label, json.loads(upstream_spec_path(label).read_text(encoding="utf-8")))
        for label in CONTROL_PLANE_RELEASES
    ]
    return build_ledger("control-plane", releases)


@pytest.mark.upstream
def test_control_plane_removals_without_deprecation_are_named() -> None:
    ledger = _control_plane_ledger()
    unannounced = {
        (e.kind, e.key, e.removed_in)
        for e in ledger.entries
        if e.status == "removed-without-deprecation"
    }
    assert ("operation", "GET /api/v1/apps/installer", "2.23") in unannounced
    assert ("operation", "POST /api/v1/logout", "2.23") in unannounced
    assert (
        "property",
        "POST /api/v1/token responses.200.application/json.externalToken",
        "2.23",
    ) in unannounced
    assert (
        "property",
        "PUT /api/v1/notification-channels/{name} requestBody.application/json.name",
        "2.24",
    ) in unannounced
    # Deprecated in 2.22 (or before), due in 2.24, still there: overdue.
    assert _entry_status(ledger, "parameter", "GET /api/v1/users query:filter") == (
        "2.22",
        "2.24",
        None,
        "overdue",
    )
    # Deprecated in 2.22, removed in 2.23, a release before it was due.
    assert _entry_status(ledger, "operation", "GET /v1/k8s/users") == (
        "2.22",
        "2.24",
        "2.23",
        "removed-early",
    )
    assert _entry_status(
        ledger, "operation", "DELETE /v1/k8s/clusters/{clusterId}/departments/{department-id}"
    ) == ("2.22", "2.24", "2.24", "removed-on-schedule")
