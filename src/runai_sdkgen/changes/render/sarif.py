"""The sarif format: SARIF 2.1.0 for code-scanning tools, one run, one result per finding.

A diff's results come from its rule table (breaking is an error, a deprecation a warning, the
rest a note) and point at the operation in the spec file its side was read from; the audit's
point at the line and column of the use in the user's code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console

from runai_sdkgen import __version__
from runai_sdkgen.changes.diff import RULES, Change
from runai_sdkgen.changes.render.json import dump
from runai_sdkgen.changes.render.views import AuditView, DiffView, artifact_uri

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
DIFF_LEVELS = {"breaking": "error", "deprecation": "warning", "info": "note"}


def _rule(
    rule_id: str, summary: str, level: str, properties: dict[str, Any] | None = None
) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": rule_id,
        "name": rule_id.replace("-", " ").title().replace(" ", ""),
        "shortDescription": {"text": summary},
        "defaultConfiguration": {"level": level},
    }
    if properties is not None:
        rule["properties"] = properties
    return rule


def _document(tool: str, rules: Sequence[dict[str, Any]], results: list[dict[str, Any]]) -> str:
    return dump(
        {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": {"name": tool, "version": __version__, "rules": rules}},
                    "results": results,
                }
            ],
        }
    )


def _spec_location(change: Change, view: DiffView) -> dict[str, Any] | None:
    """The new side's spec file at the operation's line, else (the operation is gone) the old
    side's; without a line where neither file shows the operation."""
    candidates = [f for f in (view.new_file, view.old_file) if f is not None]
    for spec_file in candidates:
        line = spec_file.operation_line(change.operation_key)
        if line is not None:
            return {"artifactLocation": {"uri": spec_file.uri}, "region": {"startLine": line}}
    return {"artifactLocation": {"uri": candidates[0].uri}} if candidates else None


def _diff_result(change: Change, index: dict[str, int], view: DiffView) -> dict[str, Any]:
    where = f"{change.operation_key} {change.location}".rstrip()
    location: dict[str, Any] = {}
    physical = _spec_location(change, view)
    if physical is not None:
        location["physicalLocation"] = physical
    location["logicalLocations"] = [{"name": change.operation_key, "fullyQualifiedName": where}]
    return {
        "ruleId": change.rule_id,
        "ruleIndex": index[change.rule_id],
        "level": DIFF_LEVELS[change.level],
        "message": {"text": change.message},
        "locations": [location],
        "properties": {
            "operation": change.operation_key,
            "operationId": change.operation_id,
            "tag": change.tag,
            "location": change.location,
            "before": change.before,
            "after": change.after,
        },
    }


def diff(view: DiffView, console: Console) -> str:
    """Every diff rule, and a result per change."""
    index = {rule.id: i for i, rule in enumerate(RULES)}
    rules = [
        _rule(
            rule.id,
            rule.description,
            DIFF_LEVELS[rule.level],
            {"changeLevel": rule.level, "scope": rule.scope},
        )
        for rule in RULES
    ]
    results = [_diff_result(change, index, view) for change in view.report.changes]
    return _document("runai-sdkgen diff", rules, results)


def audit(view: AuditView, console: Console) -> str:
    """Every audit rule, and a result per finding."""
    index = {rule.id: i for i, rule in enumerate(view.rules)}
    rules = [_rule(rule.id, rule.summary, rule.level) for rule in view.rules]
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": view.level_of(f.rule),
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(f.path)},
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
            "properties": {
                "item": f.item,
                "deprecatedIn": f.deprecated_in,
                "removedIn": f.removed_in,
                "dueForRemovalIn": f.due_for_removal_in,
                "replacement": f.replacement,
            },
        }
        for f in view.report.findings
    ]
    return _document("runai-sdkgen audit", rules, results)
