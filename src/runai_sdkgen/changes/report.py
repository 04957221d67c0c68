"""Diff and ledger reports (Markdown, JSON, HTML, terminal) and the `diff`, `ledger`, `report`
and `rules` commands.

JSON reports carry `schema_version` (see docs/report-schema.md); their key order is fixed and the
same input always gives the same bytes. The HTML page is one self-contained file: inline CSS, JS
and SVG, no external asset, every piece of spec text HTML-escaped.
"""

from __future__ import annotations

import argparse
import html
import io
import itertools
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from runai_sdkgen.changes.diff import (
    LEVELS,
    RULES,
    Change,
    DiffReport,
    diff_specs,
)
from runai_sdkgen.changes.ledger import STATUSES, Ledger, LedgerEntry, build_ledger
from runai_sdkgen.core.fsutil import atomic_write_text
from runai_sdkgen.core.manifest import Product
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec.load import Spec, check_openapi_version, load_spec_file

SCHEMA_VERSION = 1
DEFAULT_PRODUCT = "multi-tenant"
FORMATS = ("term", "md", "json", "html")
LEVEL_TITLES = {"breaking": "Breaking changes", "deprecation": "Deprecations", "info": "Other"}
ChartSeries = list[tuple[str, int, int]]  # (release, deprecations, removals)


# ---------------------------------------------------------------------------------------------
# JSON


def _dump(document: dict[str, Any]) -> str:
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


def render_diff_json(report: DiffReport, *, product: str = "") -> str:
    return _dump(
        {
            "schema_version": SCHEMA_VERSION,
            "kind": "diff",
            "product": product,
            "old": report.old_label,
            "new": report.new_label,
            "counts": report.counts(),
            "counts_by_rule": report.counts_by_rule(),
            "changes": [_change_record(c) for c in report.changes],
        }
    )


def render_ledger_json(ledger: Ledger) -> str:
    return _dump(
        {
            "schema_version": SCHEMA_VERSION,
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


# ---------------------------------------------------------------------------------------------
# Markdown


def _md(text: str | None) -> str:
    """Spec text in a Markdown table cell or list item: no table breaks, no raw HTML."""
    if text is None:
        return "-"
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    quoted = text.replace("`", "'")
    return f"`{quoted}`" if text else "-"


def _code_cell(text: str) -> str:
    """A code span inside a table row: GitHub needs `|` escaped even there."""
    return _code(text).replace("|", "\\|")


def _grouped(changes: Iterable[Change]) -> dict[str, dict[str, list[Change]]]:
    groups: dict[str, dict[str, list[Change]]] = {}
    for change in changes:
        groups.setdefault(change.tag or "(untagged)", {}).setdefault(
            change.operation_key, []
        ).append(change)
    return {tag: groups[tag] for tag in sorted(groups)}


def render_diff_markdown(
    report: DiffReport, *, product: str = "", ledger: Ledger | None = None
) -> str:
    """Release notes / PR comment: counts, then changes by level, tag and operation.

    With a ledger, the ledger entries deprecated or removed in the new release follow as a table.
    """
    subject = f"{product} " if product else ""
    lines = [f"# API changes: {subject}{report.old_label} -> {report.new_label}", ""]
    lines += ["| level | changes |", "|---|---|"]
    lines += [f"| {level} | {count} |" for level, count in report.counts().items()]
    lines.append("")
    for level in LEVELS:
        changes = [c for c in report.changes if c.level == level]
        if not changes:
            continue
        lines += [f"## {LEVEL_TITLES[level]} ({len(changes)})", ""]
        for tag, by_operation in _grouped(changes).items():
            lines += [f"### {_md(tag)}", ""]
            for operation_key, op_changes in sorted(by_operation.items()):
                op_id = op_changes[0].operation_id
                suffix = f" ({_code(op_id)})" if op_id else ""
                lines.append(f"- {_code(operation_key)}{suffix}")
                for change in op_changes:
                    where = f"{_code(change.location)}: " if change.location else ""
                    lines.append(f"  - {where}{_md(change.detail)} [{change.rule_id}]")
            lines.append("")
    if ledger is not None:
        touched = [e for e in ledger.entries if report.new_label in (e.deprecated_in, e.removed_in)]
        lines += [f"## Deprecation ledger entries for {report.new_label} ({len(touched)})", ""]
        lines += _ledger_table(touched)
    return "\n".join(lines).rstrip("\n") + "\n"


def _ledger_table(entries: Sequence[LedgerEntry]) -> list[str]:
    if not entries:
        return ["(none)", ""]
    lines = [
        "| kind | item | deprecated in | due for removal in | removed in | status |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {e.kind} | {_code_cell(e.key)} | {_md(e.deprecated_in)} | "
        f"{_md(e.due_for_removal_in)} | {_md(e.removed_in)} | {e.status} |"
        for e in entries
    ]
    return [*lines, ""]


def render_ledger_markdown(ledger: Ledger) -> str:
    lines = [f"# Deprecation ledger: {ledger.product} ({', '.join(ledger.releases)})", ""]
    lines += ["| status | items |", "|---|---|"]
    lines += [f"| {status} | {count} |" for status, count in ledger.counts().items()]
    lines += ["", "| release | deprecated | removed |", "|---|---|---|"]
    lines += [f"| {r} | {d} | {n} |" for r, d, n in ledger.per_release()]
    lines += ["", "## Entries", ""]
    lines += _ledger_table(ledger.entries)
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# HTML

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:16px 24px}
header h1{margin:0;font-size:20px}
main{padding:16px 24px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:16px}
.card{background:#fff;border-radius:6px;padding:10px 16px;box-shadow:0 1px 2px #0002}
.card b{display:block;font-size:22px}
.filters{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.filters label{display:flex;flex-direction:column;font-size:12px;color:#555}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border-bottom:1px solid #e3e5ea;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef0f4;position:sticky;top:0}
td code{font-size:12px;word-break:break-all}
.breaking,.removed-without-deprecation,.overdue{color:#b3261e;font-weight:600}
.deprecation,.removed-early{color:#a15c00;font-weight:600}
.info,.on-schedule,.removed-on-schedule{color:#2b5d9b}
#shown{color:#555;margin:4px 0}
svg text{font:12px system-ui,sans-serif}
"""

_JS = """
(function(){
  window.addEventListener('error', function(e){
    document.body.setAttribute('data-js-error', String(e.message));
  });
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr'));
  var shown = document.getElementById('shown');
  function apply(){
    var count = 0;
    rows.forEach(function(row){
      var ok = selects.every(function(s){
        return !s.value || row.getAttribute('data-' + s.getAttribute('data-filter')) === s.value;
      });
      row.style.display = ok ? '' : 'none';
      if (ok) { count += 1; }
    });
    shown.textContent = count + ' of ' + rows.length + ' shown';
  }
  // Filters live in the URL fragment (#level=breaking&tag=Users) so a view can be linked.
  location.hash.replace(/^#/, '').split('&').forEach(function(pair){
    var parts = pair.split('=');
    selects.forEach(function(s){
      if (s.getAttribute('data-filter') === parts[0]) {
        s.value = decodeURIComponent(parts[1] || '');
      }
    });
  });
  function remember(){
    var state = selects.filter(function(s){ return s.value; }).map(function(s){
      return s.getAttribute('data-filter') + '=' + encodeURIComponent(s.value);
    });
    history.replaceState(null, '', state.length ? '#' + state.join('&') : location.pathname);
  }
  selects.forEach(function(s){
    s.addEventListener('change', function(){ remember(); apply(); });
  });
  apply();
  document.body.setAttribute('data-js-ready', '1');
})();
"""


def _e(text: str | None) -> str:
    return html.escape(text if text is not None else "-", quote=True)


def render_chart_svg(series: ChartSeries) -> str:
    """Grouped bars: deprecations and removals per release."""
    width, height, left, bottom, top = 560, 220, 40, 30, 24
    peak = max([1, *(max(d, r) for _, d, r in series)])
    slot = (width - left - 10) / max(1, len(series))
    bar = min(36.0, slot / 3)
    plot = height - bottom - top
    parts = [
        f'<svg width="{width}" height="{height}" '
        f'role="img" aria-label="deprecations and removals per release">',
        f'<text x="{left}" y="14">deprecations (amber) and removals (red) per release</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" '
        'stroke="#888"/>',
        f'<text x="4" y="{top + 10}">{peak}</text>',
    ]
    for index, (release, deprecated, removed) in enumerate(series):
        x = left + index * slot + slot / 2 - bar
        for offset, value, colour in ((0.0, deprecated, "#e0a030"), (bar, removed, "#c0392b")):
            bar_height = plot * value / peak
            y = height - bottom - bar_height
            parts.append(
                f'<rect x="{x + offset:.1f}" y="{y:.1f}" width="{bar - 2:.1f}" '
                f'height="{bar_height:.1f}" fill="{colour}"><title>{_e(release)}: {value}'
                "</title></rect>"
            )
            parts.append(f'<text x="{x + offset + 2:.1f}" y="{y - 3:.1f}">{value}</text>')
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 16}">{_e(release)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html_page(
    title: str,
    cards: Sequence[tuple[str, int]],
    chart: str,
    filters: Sequence[tuple[str, str, Sequence[str]]],
    headers: Sequence[str],
    rows: Sequence[tuple[dict[str, str], Sequence[str]]],
) -> str:
    """One self-contained page. `rows` cells are already-escaped HTML."""
    filter_html = "".join(
        f'<label>{_e(label)}<select data-filter="{_e(attr)}"><option value="">all</option>'
        + "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
        + "</select></label>"
        for attr, label, values in filters
    )
    body_rows = "".join(
        "<tr "
        + " ".join(f'data-{_e(k)}="{_e(v)}"' for k, v in attrs.items())
        + ">"
        + "".join(f"<td>{cell}</td>" for cell in cells)
        + "</tr>\n"
        for attrs, cells in rows
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{_e(title)}</h1></header><main>"
        '<div class="cards">'
        + "".join(f'<div class="card {_e(k)}"><b>{v}</b>{_e(k)}</div>' for k, v in cards)
        + f'</div>{chart}<div class="filters">{filter_html}</div><p id="shown"></p>'
        "<table><thead><tr>"
        + "".join(f"<th>{_e(h)}</th>" for h in headers)
        + f"</tr></thead><tbody>\n{body_rows}</tbody></table></main>"
        f"<script>{_JS}</script></body></html>\n"
    )


def pair_chart_series(report: DiffReport) -> ChartSeries:
    """Chart data for a lone diff: deprecations and removals that the new release brings."""
    removals = sum(1 for c in report.changes if c.rule_id.endswith("-removed"))
    deprecations = report.counts()["deprecation"]
    return [(report.old_label, 0, 0), (report.new_label, deprecations, removals)]


def render_diff_html(
    report: DiffReport, *, product: str = "", chart: ChartSeries | None = None
) -> str:
    subject = f"{product} " if product else ""
    rows = [
        (
            {"level": c.level, "tag": c.tag or "(untagged)", "rule": c.rule_id},
            [
                f'<span class="{_e(c.level)}">{_e(c.level)}</span>',
                _e(c.tag or "(untagged)"),
                f"<code>{_e(c.operation_key)}</code><br>{_e(c.operation_id)}",
                f"<code>{_e(c.location)}</code>",
                _e(c.rule_id),
                f"{_e(c.before)} &rarr; {_e(c.after)}",
                _e(c.detail),
            ],
        )
        for c in report.changes
    ]
    return _html_page(
        f"API changes: {subject}{report.old_label} -> {report.new_label}",
        list(report.counts().items()),
        render_chart_svg(chart if chart is not None else pair_chart_series(report)),
        [
            ("tag", "tag", sorted({c.tag or "(untagged)" for c in report.changes})),
            ("level", "level", list(LEVELS)),
            ("rule", "rule", sorted({c.rule_id for c in report.changes})),
        ],
        ["level", "tag", "operation", "location", "rule", "before -> after", "change"],
        rows,
    )


def render_ledger_html(ledger: Ledger) -> str:
    rows = [
        (
            {"tag": e.tag or "(untagged)", "kind": e.kind, "status": e.status},
            [
                _e(e.kind),
                _e(e.tag or "(untagged)"),
                f"<code>{_e(e.key)}</code>",
                _e(e.deprecated_in),
                _e(e.due_for_removal_in),
                _e(e.removed_in),
                f'<span class="{_e(e.status)}">{_e(e.status)}</span>',
            ],
        )
        for e in ledger.entries
    ]
    return _html_page(
        f"Deprecation ledger: {ledger.product} ({', '.join(ledger.releases)})",
        list(ledger.counts().items()),
        render_chart_svg(ledger.per_release()),
        [
            ("tag", "tag", sorted({e.tag or "(untagged)" for e in ledger.entries})),
            ("kind", "kind", ["operation", "parameter", "property"]),
            ("status", "status", list(STATUSES)),
        ],
        ["kind", "tag", "item", "deprecated in", "due for removal in", "removed in", "status"],
        rows,
    )


# ---------------------------------------------------------------------------------------------
# Terminal

_LEVEL_STYLES = {"breaking": "bold red", "deprecation": "yellow", "info": "cyan"}


def print_diff_terminal(report: DiffReport, console: Console, *, product: str = "") -> None:
    subject = f"{product} " if product else ""
    console.print(f"[bold]API changes: {subject}{report.old_label} -> {report.new_label}[/bold]")
    summary = Table("level", "changes")
    for level, count in report.counts().items():
        summary.add_row(f"[{_LEVEL_STYLES[level]}]{level}[/]", str(count))
    console.print(summary)
    table = Table("level", "rule", "change")
    for change in sorted(report.changes, key=lambda c: LEVELS.index(c.level)):
        table.add_row(
            f"[{_LEVEL_STYLES[change.level]}]{change.level}[/]", change.rule_id, change.message
        )
    console.print(table)


def print_ledger_terminal(ledger: Ledger, console: Console) -> None:
    console.print(f"[bold]Deprecation ledger: {ledger.product}[/bold]")
    table = Table("kind", "item", "deprecated", "due", "removed", "status")
    for e in ledger.entries:
        table.add_row(
            e.kind,
            e.key,
            e.deprecated_in or "-",
            e.due_for_removal_in or "-",
            e.removed_in or "-",
            e.status,
        )
    console.print(table)


def print_rules_terminal(console: Console) -> None:
    table = Table("rule", "level", "scope", "description")
    for rule in RULES:
        table.add_row(
            rule.id, f"[{_LEVEL_STYLES[rule.level]}]{rule.level}[/]", rule.scope, rule.description
        )
    console.print(table)


def render_rules_markdown() -> str:
    """`docs/diff-rules.md`: the rule table as a page (a test keeps the committed copy equal)."""
    lines = [
        "# Diff rules",
        "",
        "Rendered from `runai_sdkgen.changes.diff.RULES` by `runai-sdkgen rules --format md`; "
        "do not edit by hand.",
        "",
        "Levels: **breaking** (existing client code or calls may fail), **deprecation** "
        "(still works, scheduled for removal), **info** (additive or relaxing).",
        "",
        "| rule | level | scope | what it detects |",
        "|---|---|---|---|",
    ]
    lines += [f"| `{r.id}` | {r.level} | {r.scope} | {r.description} |" for r in RULES]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Loading specs for the commands


def _read_spec(path: Path) -> Spec:
    spec = load_spec_file(path, validate=False)
    check_openapi_version(spec, str(path))
    return spec


def _resolve_argument(args: argparse.Namespace, argument: str, role: str) -> Spec:
    """A spec file (no project needed), else a release label of the project's product."""
    path = Path(argument)
    if path.is_file():
        return _read_spec(path)
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    product = workspace.manifest.product(args.product)
    if argument in product.labels():
        return workspace.release_spec(product.release(argument))
    known = ", ".join(product.labels())
    raise ToolkitError(
        f"{role} {argument!r} is neither a release of product {product.name!r} "
        f"(known: {known}) nor a spec file"
    )


def product_specs(workspace: Workspace, product: Product) -> dict[str, Spec]:
    """Every release's normalized spec, oldest first."""
    return {r.label: workspace.release_spec(r) for r in product.releases}


def product_ledger(workspace: Workspace, product: Product) -> Ledger:
    return build_ledger(product.name, list(product_specs(workspace, product).items()))


# ---------------------------------------------------------------------------------------------
# Commands


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(output, text)


def _plain_console(buffer: io.StringIO) -> Console:
    return Console(file=buffer, width=200, no_color=True, force_terminal=False)


def _cmd_diff(args: argparse.Namespace) -> int:
    old = _resolve_argument(args, args.old, "OLD")
    new = _resolve_argument(args, args.new, "NEW")
    report = diff_specs(old, new, old_label=args.old, new_label=args.new)
    product = args.product
    if args.format == "term":
        if args.output is None:
            print_diff_terminal(report, Console(), product=product)
        else:
            buffer = io.StringIO()
            print_diff_terminal(report, _plain_console(buffer), product=product)
            _emit(buffer.getvalue(), args.output)
    elif args.format == "md":
        _emit(render_diff_markdown(report, product=product), args.output)
    elif args.format == "json":
        _emit(render_diff_json(report, product=product), args.output)
    else:
        _emit(render_diff_html(report, product=product), args.output)
    return exit_code_for(report, args.fail_on)


def exit_code_for(report: DiffReport, fail_on: str | None) -> int:
    """1 when `fail_on` is set and changes at that level (or a worse one) exist, else 0."""
    if fail_on is None:
        return 0
    counts = report.counts()
    failing = counts["breaking"] + (counts["deprecation"] if fail_on == "deprecation" else 0)
    return 1 if failing else 0


def _cmd_ledger(args: argparse.Namespace) -> int:
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    ledger = product_ledger(workspace, workspace.manifest.product(args.product))
    if args.format == "term":
        if args.output is None:
            print_ledger_terminal(ledger, Console())
        else:
            buffer = io.StringIO()
            print_ledger_terminal(ledger, _plain_console(buffer))
            _emit(buffer.getvalue(), args.output)
    elif args.format == "md":
        _emit(render_ledger_markdown(ledger), args.output)
    elif args.format == "json":
        _emit(render_ledger_json(ledger), args.output)
    else:
        _emit(render_ledger_html(ledger), args.output)
    return 0


def write_reports(workspace: Workspace, product: Product, out: Path) -> list[Path]:
    """Every consecutive pair's diff and the ledger, as .md/.json/.html files in `out`."""
    specs = product_specs(workspace, product)
    ledger = build_ledger(product.name, list(specs.items()))
    series = ledger.per_release()
    written: list[Path] = []
    labels = product.labels()
    for old, new in itertools.pairwise(labels):
        report = diff_specs(specs[old], specs[new], old_label=old, new_label=new)
        stem = out / f"{product.name}-{old}-to-{new}"
        for suffix, text in (
            ("md", render_diff_markdown(report, product=product.name, ledger=ledger)),
            ("json", render_diff_json(report, product=product.name)),
            ("html", render_diff_html(report, product=product.name, chart=series)),
        ):
            path = stem.with_name(f"{stem.name}.{suffix}")
            atomic_write_text(path, text)
            written.append(path)
    stem = out / f"{product.name}-ledger"
    for suffix, text in (
        ("md", render_ledger_markdown(ledger)),
        ("json", render_ledger_json(ledger)),
        ("html", render_ledger_html(ledger)),
    ):
        path = stem.with_name(f"{stem.name}.{suffix}")
        atomic_write_text(path, text)
        written.append(path)
    return written


def _cmd_report(args: argparse.Namespace) -> int:
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    product = workspace.manifest.product(args.product)
    for path in write_reports(workspace, product, args.out or workspace.reports):
        print(path)
    return 0


def _cmd_rules(args: argparse.Namespace) -> int:
    if args.format == "md":
        _emit(render_rules_markdown(), args.output)
    elif args.output is None:
        print_rules_terminal(Console())
    else:
        buffer = io.StringIO()
        print_rules_terminal(_plain_console(buffer))
        _emit(buffer.getvalue(), args.output)
    return 0


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = subparsers.add_parser("diff", help="changes between two releases or spec files")
    diff.add_argument("old", metavar="OLD", help="release label of the product, or a spec file")
    diff.add_argument("new", metavar="NEW", help="release label of the product, or a spec file")
    _common(diff)
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "deprecation"),
        help="exit 1 when changes at this level exist (deprecation also fails on breaking)",
    )
    diff.set_defaults(handler=_cmd_diff)

    ledger = subparsers.add_parser("ledger", help="deprecation ledger over all releases")
    _common(ledger)
    ledger.set_defaults(handler=_cmd_ledger)

    report = subparsers.add_parser(
        "report", help="write diff and ledger reports (md, json, html) for a product"
    )
    report.add_argument("--product", default=DEFAULT_PRODUCT, help="default: %(default)s")
    report.add_argument(
        "--out",
        type=Path,
        help="folder to write them to (default: the project's generated/reports)",
    )
    report.set_defaults(handler=_cmd_report)

    rules = subparsers.add_parser("rules", help="the diff rule table")
    rules.add_argument("--format", choices=("term", "md"), default="term")
    rules.add_argument("--output", type=Path, help="write here instead of stdout")
    rules.set_defaults(handler=_cmd_rules)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--product", default=DEFAULT_PRODUCT, help="default: %(default)s")
    parser.add_argument("--format", choices=FORMATS, default="term")
    parser.add_argument("--output", type=Path, help="write here instead of stdout")
