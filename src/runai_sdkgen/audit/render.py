"""The audit's renderings: terminal lines, Markdown, JSON (`schema_version`) and SARIF 2.1.0."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rich.console import Console
from rich.text import Text

from runai_sdkgen import __version__
from runai_sdkgen.audit.stage import RULES, AuditFinding, AuditReport

SCHEMA_VERSION = 1
FORMATS = ("term", "md", "json", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_RULE_LEVELS = {rule.id: rule.level for rule in RULES}
_TERM_STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}


def _when(finding: AuditFinding) -> str:
    parts = []
    if finding.deprecated_in:
        parts.append(f"deprecated {finding.deprecated_in}")
    if finding.removed_in:
        parts.append(f"removed {finding.removed_in}")
    elif finding.due_for_removal_in:
        parts.append(f"removal due {finding.due_for_removal_in}")
    return ", ".join(parts) or "-"


def _title(report: AuditReport) -> str:
    return (
        f"Audit: {report.product} {report.from_release} -> {report.to_release}, "
        f"{len(report.files)} file(s), {len(report.findings)} finding(s)"
    )


def render_audit_json(report: AuditReport) -> str:
    document: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
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
    return json.dumps(document, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_audit_markdown(report: AuditReport) -> str:
    lines = [f"# {_title(report)}", ""]
    if not report.findings:
        return "\n".join([*lines, "Nothing in these files is removed or deprecated.", ""])
    lines += ["| location | rule | item | when | replacement |", "|---|---|---|---|---|"]
    for f in report.findings:
        lines.append(
            f"| `{_cell(f.path)}:{f.line}:{f.column}` | {f.rule} | "
            f"`{_cell(f.item or f.usage)}` | {_when(f)} | "
            f"{'`' + _cell(f.replacement) + '`' if f.replacement else '-'} |"
        )
    return "\n".join([*lines, ""])


def print_audit_terminal(report: AuditReport, console: Console) -> None:
    """Linter-style lines, `path:line:col: rule: message`, then the counts per rule."""
    console.print(_title(report), style="bold", markup=False, highlight=False)
    if not report.findings:
        console.print("Nothing in these files is removed or deprecated.", markup=False)
        return
    for f in report.findings:
        line = Text(f"{f.path}:{f.line}:{f.column}: ")
        line.append(f.rule, style=_TERM_STYLES[_RULE_LEVELS[f.rule]])
        line.append(f": {f.message}")
        console.print(line, soft_wrap=True, highlight=False)
    counts = ", ".join(f"{rule} {count}" for rule, count in report.counts().items() if count)
    console.print(f"Per rule: {counts}", markup=False, highlight=False)


def _artifact_uri(path: str) -> str:
    # SARIF wants a URI: relative paths stay relative references, absolute ones become file URIs.
    local = Path(path)
    return local.as_uri() if local.is_absolute() else quote(local.as_posix())


def render_audit_sarif(report: AuditReport) -> str:
    """SARIF 2.1.0: one run, every audit rule, one result per finding."""
    index = {rule.id: i for i, rule in enumerate(RULES)}
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "runai-sdkgen audit",
                        "version": __version__,
                        "rules": [
                            {
                                "id": rule.id,
                                "name": rule.id.replace("-", " ").title().replace(" ", ""),
                                "shortDescription": {"text": rule.summary},
                                "defaultConfiguration": {"level": rule.level},
                            }
                            for rule in RULES
                        ],
                    }
                },
                "results": [
                    {
                        "ruleId": f.rule,
                        "ruleIndex": index[f.rule],
                        "level": _RULE_LEVELS[f.rule],
                        "message": {"text": f.message},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": _artifact_uri(f.path)},
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
                    for f in report.findings
                ],
            }
        ],
    }
    return json.dumps(document, indent=2) + "\n"
