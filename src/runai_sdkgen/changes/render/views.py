"""What the renderers are handed: each report with the context its formats need beyond it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import yaml

from runai_sdkgen.changes.diff import DiffReport
from runai_sdkgen.changes.ledger import Ledger
from runai_sdkgen.spec.model import HTTP_METHODS, operation_identity

if TYPE_CHECKING:
    # Types only: the audit's analysis is downstream of the changes and costly to import, and a
    # `diff` or `ledger` run must not pay for it.
    from runai_sdkgen.audit.stage import AuditReport, AuditRule

ChartSeries = list[tuple[str, int, int]]  # (release, deprecations, removals)


def artifact_uri(path: str) -> str:
    """A file as SARIF names it: relative paths stay relative references, absolute ones become
    file URIs."""
    local = Path(path)
    return local.as_uri() if local.is_absolute() else quote(local.as_posix())


@dataclass(frozen=True)
class SpecFile:
    """The file one side of a diff was read from (`path`) and the name reports give it."""

    path: Path
    shown: str

    @property
    def uri(self) -> str:
        return artifact_uri(self.shown)

    def operation_line(self, operation_key: str) -> int | None:
        """The 1-based line of the operation's method key in the file, None when not found."""
        method, _, path = operation_key.partition(" ")
        return self._operation_lines.get(operation_identity(method, path))

    @functools.cached_property
    def _operation_lines(self) -> dict[str, int]:
        # Read only when a format asks for lines (SARIF): composing a large spec takes a while.
        # A file that is no YAML node tree (some JSON escapes are not YAML) gives no lines.
        try:
            text = self.path.read_text(encoding="utf-8")
            root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return {}
        lines: dict[str, int] = {}
        for path_key, path_item in _mapping_items(_mapping_value(root, "paths")):
            for method_key, _ in _mapping_items(path_item):
                if method_key.value in HTTP_METHODS:
                    identity = operation_identity(method_key.value, path_key.value)
                    lines[identity] = method_key.start_mark.line + 1
        return lines


def _mapping_items(node: yaml.Node | None) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        return []
    return [(key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)]


def _mapping_value(node: yaml.Node | None, name: str) -> yaml.Node | None:
    return next((value for key, value in _mapping_items(node) if key.value == name), None)


@dataclass(frozen=True)
class DiffView:
    """A diff report and its context.

    `ledger`: md lists the ledger entries the new release touches. `chart`: html draws these
    bars (default: the pair's own deprecations and removals). `old_file`, `new_file`: the spec
    files the sides were read from, where SARIF results point.
    """

    report: DiffReport
    product: str = ""
    ledger: Ledger | None = None
    chart: ChartSeries | None = None
    old_file: SpecFile | None = None
    new_file: SpecFile | None = None

    @property
    def title(self) -> str:
        subject = f"{self.product} " if self.product else ""
        return f"API changes: {subject}{self.report.old_label} -> {self.report.new_label}"

    def chart_series(self) -> ChartSeries:
        if self.chart is not None:
            return self.chart
        report = self.report
        removals = sum(1 for c in report.changes if c.rule_id.endswith("-removed"))
        deprecations = report.counts()["deprecation"]
        return [(report.old_label, 0, 0), (report.new_label, deprecations, removals)]


@dataclass(frozen=True)
class AuditView:
    """An audit report and the audit's rule table (SARIF's rules, the terminal's colours)."""

    report: AuditReport
    rules: Sequence[AuditRule]

    @property
    def title(self) -> str:
        report = self.report
        return (
            f"Audit: {report.product} {report.from_release} -> {report.to_release}, "
            f"{len(report.files)} file(s), {len(report.findings)} finding(s)"
        )

    def level_of(self, rule_id: str) -> str:
        return next(rule.level for rule in self.rules if rule.id == rule_id)
