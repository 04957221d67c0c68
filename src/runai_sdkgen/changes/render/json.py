"""The json format: documents with `schema_version`, their keys in a fixed order.

docs/report-schema.md describes every key (a test keeps it and these documents in step); the
same input always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console

from runai_sdkgen.changes.diff import Change
from runai_sdkgen.changes.ledger import Ledger, LedgerEntry
from runai_sdkgen.changes.render.views import AuditView, DiffView

# The version of each document's schema: bumped when a key goes or changes meaning.
SCHEMA_VERSIONS = {"diff": 1, "ledger": 1, "audit": 1}


def dump(document: dict[str, Any]) -> str:
    """UTF-8 text (no `\\u` escapes), 2-space indented, a trailing newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _change_record(change: Change) -> dict[str, Any]:
    return {
        "rule_id": change.rule_id,
        "level": change.level,
        "operation": change.operation_key,
        "operation_id": change.operation_id,
        "tag": change.tag,
        "location": change.location,
        "before": change.before,
        "after": change.after,
        "message": change.message,
    }


def _entry_record(entry: LedgerEntry) -> dict[str, Any]:
    return {
        "kind": entry.kind,
        "key": entry.key,
        "operation": entry.operation_key,
        "tag": entry.tag,
        "deprecated_in": entry.deprecated_in,
        "due_for_removal_in": entry.due_for_removal_in,
        "removed_in": entry.removed_in,
        "status": entry.status,
    }


def diff(view: DiffView, console: Console) -> str:
    report = view.report
    return dump(
        {
            "schema_version": SCHEMA_VERSIONS["diff"],
            "kind": "diff",
            "product": view.product,
            "old": report.old_label,
            "new": report.new_label,
            "counts": report.counts(),
            "counts_by_rule": report.counts_by_rule(),
            "changes": [_change_record(c) for c in report.changes],
        }
    )


def ledger(ledger: Ledger, console: Console) -> str:
    return dump(
        {
            "schema_version": SCHEMA_VERSIONS["ledger"],
            "kind": "ledger",
            "product": ledger.product,
            "releases": list(ledger.releases),
            "counts": ledger.counts(),
            "per_release": [
                {"release": label, "deprecated": deprecated, "removed": removed}
                for label, deprecated, removed in ledger.per_release()
            ],
            "entries": [_entry_record(e) for e in ledger.entries],
        }
    )


def audit(view: AuditView, console: Console) -> str:
    report = view.report
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSIONS["audit"],
        "product": report.product,
        "from": report.from_release,
        "to": report.to_release,
        "files": list(report.files),
        "counts": {rule: count for rule, count in report.counts().items() if count},
        "findings": [
            {
                "path": f.path,
                "line": f.line,
                "column": f.column,
                "rule": f.rule,
                "item": f.item,
                "usage": f.usage,
                "deprecated_in": f.deprecated_in,
                "removed_in": f.removed_in,
                "due_for_removal_in": f.due_for_removal_in,
                "replacement": f.replacement,
                "message": f.message,
            }
            for f in report.findings
        ],
    }
    return dump(document)
