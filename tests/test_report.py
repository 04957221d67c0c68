"""Diff and ledger reports (JSON, Markdown, HTML, terminal) and the diff / ledger / report /
rules commands."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_diff import PATH, base_spec

from runai_sdkgen.changes.diff import RULES, diff_specs
from runai_sdkgen.changes.ledger import build_ledger
from runai_sdkgen.changes.render.json import SCHEMA_VERSIONS
from runai_sdkgen.changes.render.registry import DIFF, LEDGER, RULE_TABLE
from runai_sdkgen.changes.render.views import DiffView
from runai_sdkgen.cli import main

Spec = dict[str, Any]
HOSTILE = "<script>alert(1)</script>"


def three_releases() -> list[tuple[str, Spec]]:
    """Three releases: 1.1 deprecates and adds, 1.2 removes (one of them without notice)."""
    first = base_spec()
    first["paths"]["/legacy"] = {
        "get": {
            "operationId": "legacy",
            "tags": ["Old"],
            "responses": {"200": {"description": "ok"}},
        }
    }
    second = copy.deepcopy(first)
    second["paths"]["/legacy"]["get"]["deprecated"] = True
    second["paths"][PATH]["post"]["parameters"][1]["deprecated"] = True
    second["components"]["schemas"]["Thing"]["properties"]["size"]["deprecated"] = True
    second["components"]["schemas"]["Thing"]["properties"]["color"]["enum"] = ["red"]
    third = copy.deepcopy(second)
    del third["paths"]["/legacy"]
    del third["components"]["schemas"]["Thing"]["properties"]["color"]
    return [("1.0", first), ("1.1", second), ("1.2", third)]


def _hostile_pair() -> tuple[Spec, Spec]:
    old = base_spec()
    new = copy.deepcopy(old)
    operation = new["paths"][PATH]["post"]
    operation["tags"] = [HOSTILE]
    operation["operationId"] = HOSTILE
    operation["description"] = HOSTILE
    thing = new["components"]["schemas"]["Thing"]
    thing["properties"][HOSTILE] = {"type": "string", "description": HOSTILE}
    thing["properties"]["color"]["enum"] = ["red", HOSTILE]
    return old, new


def test_json_is_byte_identical_and_documented() -> None:
    releases = three_releases()
    first = DIFF.render(
        "json", DiffView(diff_specs(releases[0][1], releases[1][1], old_label="1.0"))
    )
    again = diff_specs(
        copy.deepcopy(releases[0][1]), copy.deepcopy(releases[1][1]), old_label="1.0"
    )
    second = DIFF.render("json", DiffView(again))
    assert first.encode() == second.encode()
    document = json.loads(first)
    assert document["schema_version"] == SCHEMA_VERSIONS["diff"]
    assert list(document) == [
        "schema_version",
        "kind",
        "product",
        "old",
        "new",
        "counts",
        "counts_by_rule",
        "changes",
    ]
    assert document["counts"] == {"breaking": 2, "deprecation": 4, "info": 0}
    assert set(document["changes"][0]) == {
        "rule_id",
        "level",
        "operation",
        "operation_id",
        "tag",
        "location",
        "before",
        "after",
        "message",
    }
    ledger_json = LEDGER.render("json", build_ledger("p", releases))
    assert ledger_json == LEDGER.render("json", build_ledger("p", copy.deepcopy(releases)))
    ledger_doc = json.loads(ledger_json)
    assert ledger_doc["schema_version"] == SCHEMA_VERSIONS["ledger"]
    assert ledger_doc["per_release"][2] == {"release": "1.2", "deprecated": 0, "removed": 3}


def test_markdown_sections_grouped_by_level_tag_and_operation() -> None:
    releases = three_releases()
    ledger = build_ledger("p", releases)
    report = diff_specs(releases[0][1], releases[1][1], old_label="1.0", new_label="1.1")
    text = DIFF.render("md", DiffView(report, "p", ledger=ledger))
    assert text.startswith("# API changes: p 1.0 -> 1.1\n")
    assert "| breaking | 2 |" in text
    breaking = text.index("## Breaking changes (2)")
    deprecations = text.index("## Deprecations (4)")
    assert breaking < deprecations < text.index("## Deprecation ledger entries for 1.1")
    assert text.index("### Old", deprecations) < text.index("### Things", deprecations)
    assert "- `GET /legacy` (`legacy`)\n  - operation deprecated [operation-deprecated]" in text
    assert "| parameter | `POST /things/{thingId} query:q` | 1.1 | 1.3 | - | on-schedule |" in text
    ledger_text = LEDGER.render("md", ledger)
    assert "| operation | `GET /legacy` | 1.1 | 1.3 | 1.2 | removed-early |" in ledger_text
    assert (
        "| property | `POST /things/{thingId} requestBody.application/json.color` | - | - | 1.2 |"
        " removed-without-deprecation |" in ledger_text
    )


def test_html_is_self_contained_and_escapes_spec_text() -> None:
    old, new = _hostile_pair()
    report = diff_specs(old, new)
    assert any(c.tag == HOSTILE for c in report.changes)
    diff_page = DIFF.render("html", DiffView(report))
    for page in (diff_page, LEDGER.render("html", build_ledger("p", three_releases()))):
        assert not re.search(r"https?://", page)
        assert not re.search(r"<(link|img|iframe)\b|\bsrc=", page)
        assert page.count("<script>") == 1  # our own inline script, nothing from the spec
    assert HOSTILE not in diff_page
    assert html_escaped(HOSTILE) in diff_page
    assert "<svg" in diff_page
    # Code spans show text literally; everywhere else spec text is escaped.
    markdown = re.sub(r"`[^`]*`", "", DIFF.render("md", DiffView(report)))
    assert "<script>" not in markdown
    assert "&lt;script&gt;" in markdown


def html_escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def project_with(tmp_path: Path, releases: list[tuple[str, Spec]]) -> Path:
    """A project folder with a manifest whose snapshots are the given specs."""
    specs = tmp_path / "specs"
    lines = [
        "[products.multi-tenant]",
        'title = "T"',
        'distribution = "t-client"',
        'package = "t_client"',
    ]
    for label, spec in releases:
        snapshot = specs / "multi-tenant" / label / "openapi.yaml"
        snapshot.parent.mkdir(parents=True)
        snapshot.write_text(yaml.safe_dump(spec), encoding="utf-8")
        lines += [
            "[[products.multi-tenant.releases]]",
            f'label = "{label}"',
            f'snapshot = "multi-tenant/{label}/openapi.yaml"',
            'source = { kind = "embedded" }',
        ]
    (specs / "releases.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_diff_command_formats_and_fail_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project_with(tmp_path, three_releases()))
    assert main(["diff", "1.0", "1.1", "--format", "json", "--output", "d.json"]) == 0
    assert json.loads((tmp_path / "d.json").read_text())["new"] == "1.1"
    assert main(["diff", "1.0", "1.1", "--fail-on", "breaking", "--format", "md"]) == 1
    assert "## Deprecations (4)" in capsys.readouterr().out
    assert main(["diff", "1.0", "1.0", "--fail-on", "deprecation", "--format", "md"]) == 0
    only_deprecations = copy.deepcopy(three_releases()[1][1])
    only_deprecations["components"]["schemas"]["Thing"]["properties"]["color"]["enum"] = [
        "red",
        "blue",
    ]
    (tmp_path / "dep.json").write_text(json.dumps(only_deprecations), encoding="utf-8")
    assert main(["diff", "1.0", "dep.json", "--fail-on", "breaking", "--format", "json"]) == 0
    assert main(["diff", "1.0", "dep.json", "--fail-on", "deprecation", "--format", "json"]) == 1
    capsys.readouterr()
    assert main(["diff", "1.0", "1.1", "--format", "term", "--output", "d.txt"]) == 0
    assert "operation-deprecated" in (tmp_path / "d.txt").read_text()
    (tmp_path / "bad.yaml").write_text("paths: [unclosed\n", encoding="utf-8")
    assert main(["diff", "1.0", "bad.yaml"]) == 2
    assert capsys.readouterr().err.startswith("runai-sdkgen: error: bad.yaml: malformed YAML")
    assert main(["diff", "1.0", "nope"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("runai-sdkgen: error: NEW 'nope' is neither a release")
    assert error.count("\n") == 1


def test_diff_command_prefers_the_normalized_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    releases = three_releases()
    monkeypatch.chdir(project_with(tmp_path, releases))
    normalized = tmp_path / "generated" / "specs" / "multi-tenant" / "1.1" / "openapi.json"
    normalized.parent.mkdir(parents=True)
    normalized.write_text(json.dumps(releases[0][1]), encoding="utf-8")
    assert main(["diff", "1.0", "1.1", "--format", "json", "--output", "d.json"]) == 0
    assert json.loads((tmp_path / "d.json").read_text())["changes"] == []


def test_a_diff_of_two_spec_files_names_no_product(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    releases = three_releases()
    monkeypatch.chdir(tmp_path)  # no project: two files need none
    for name, (_, spec) in zip(("old.yaml", "new.yaml"), releases, strict=False):
        Path(name).write_text(yaml.safe_dump(spec), encoding="utf-8")
    assert main(["diff", "old.yaml", "new.yaml", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["product"] == ""
    assert main(["diff", "old.yaml", "new.yaml", "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# API changes: old.yaml -> new.yaml\n")
    assert main(["diff", "old.yaml", "new.yaml", "--format", "md", "--product", "p"]) == 0
    assert capsys.readouterr().out.startswith("# API changes: p old.yaml -> new.yaml\n")
    monkeypatch.chdir(project_with(tmp_path / "project", releases))
    assert main(["diff", "1.0", str(tmp_path / "new.yaml"), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["product"] == "multi-tenant"


def test_report_and_ledger_commands_write_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project_with(tmp_path, three_releases()))
    assert main(["report", "--out", "out"]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(
        f"multi-tenant-{stem}.{suffix}"
        for stem in ("1.0-to-1.1", "1.1-to-1.2", "ledger")
        for suffix in ("md", "json", "html")
    )
    assert main(["ledger", "--format", "md"]) == 0
    assert "# Deprecation ledger: multi-tenant (1.0, 1.1, 1.2)" in capsys.readouterr().out
    assert main(["rules", "--format", "md"]) == 0
    assert capsys.readouterr().out == RULE_TABLE.render("md", RULES)


@pytest.mark.slow
def test_html_report_renders_in_headless_chromium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    monkeypatch.chdir(project_with(tmp_path, three_releases()))
    assert main(["report", "--out", "out"]) == 0
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]  # fmt: skip
    for name in ("multi-tenant-1.0-to-1.1.html", "multi-tenant-ledger.html"):
        page = (tmp_path / "out" / name).as_uri()
        dom = subprocess.run(
            [chromium, *flags, "--dump-dom", page],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout  # fmt: skip
        assert 'data-js-ready="1"' in dom, dom[:500]
        assert not re.search(r"<body[^>]*data-js-error", dom)
        shown = re.search(r'id="shown">\d+ of (\d+) shown<', dom)
        assert shown is not None
        total = int(shown.group(1))
        filtered = subprocess.run(
            [chromium, *flags, "--dump-dom", f"{page}#level=deprecation&rule=operation-deprecated"],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout  # fmt: skip
        if name.endswith("-to-1.1.html"):
            # The fragment preselects filters: one deprecated operation of all the changes.
            assert f'id="shown">1 of {total} shown<' in filtered
        screenshot = tmp_path / f"{name}.png"
        subprocess.run(
            [chromium, *flags, f"--screenshot={screenshot}", "--window-size=1280,900", page],
            capture_output=True, timeout=120, check=True,
        )  # fmt: skip
        assert screenshot.stat().st_size > 10_000
