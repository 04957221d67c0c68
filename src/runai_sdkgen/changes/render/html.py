"""The html format: one self-contained page per report, with filters and a bar chart.

Inline CSS, JS and SVG, no external asset; every piece of spec text is HTML-escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from rich.console import Console

from runai_sdkgen.changes.diff import LEVELS
from runai_sdkgen.changes.ledger import ITEM_KINDS, STATUSES, Ledger
from runai_sdkgen.changes.render.views import ChartSeries, DiffView

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


def chart_svg(series: ChartSeries) -> str:
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


def _page(
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


def diff(view: DiffView, console: Console) -> str:
    report = view.report
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
    return _page(
        view.title,
        list(report.counts().items()),
        chart_svg(view.chart_series()),
        [
            ("tag", "tag", sorted({c.tag or "(untagged)" for c in report.changes})),
            ("level", "level", list(LEVELS)),
            ("rule", "rule", sorted({c.rule_id for c in report.changes})),
        ],
        ["level", "tag", "operation", "location", "rule", "before -> after", "change"],
        rows,
    )


def ledger(ledger: Ledger, console: Console) -> str:
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
    return _page(
        f"Deprecation ledger: {ledger.product} ({', '.join(ledger.releases)})",
        list(ledger.counts().items()),
        chart_svg(ledger.per_release()),
        [
            ("tag", "tag", sorted({e.tag or "(untagged)" for e in ledger.entries})),
            ("kind", "kind", list(ITEM_KINDS)),
            ("status", "status", list(STATUSES)),
        ],
        ["kind", "tag", "item", "deprecated in", "due for removal in", "removed in", "status"],
        rows,
    )
