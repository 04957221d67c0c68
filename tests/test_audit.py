"""`audit`: planted uses in sample automation are found at their exact place with the right rule.

Expectations come from `# expect: <rule>[@<anchor>], ...` comments in the samples, not from the
engine: the column is where `<anchor>` first occurs in the line's code (default: the first
non-blank character).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import CONTROL_PLANE_RELEASES, PROJECT_ROOT, upstream_spec_path
from jsonschema import Draft202012Validator

from runai_sdkgen.audit.stage import (
    RULE_IDS,
    RULES,
    AuditReport,
    GeneratedNames,
    Knowledge,
    PathMatcher,
    audit_files,
    collect_files,
    http_requests,
    load_knowledge,
    next_release,
    replacement_for,
)
from runai_sdkgen.changes.diff import operations
from runai_sdkgen.changes.ledger import build_ledger
from runai_sdkgen.changes.render.registry import AUDIT
from runai_sdkgen.changes.render.views import AuditView
from runai_sdkgen.cli import main
from runai_sdkgen.core.manifest import Product, load_manifest
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate.facade import facade_operations, method_names, read_catalog
from runai_sdkgen.spec.load import load_spec_file

SAMPLES = PROJECT_ROOT / "tests" / "data" / "automation"
CONTROL_PLANE_SAMPLES = PROJECT_ROOT / "tests" / "data" / "automation_control_plane"
MANIFEST = PROJECT_ROOT / "specs" / "releases.toml"
MARKER = re.compile(r"#\s*expect:\s*(.+)$")

Expected = set[tuple[str, int, int, str]]


def expectations(files: list[Path]) -> Expected:
    expected: Expected = set()
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = MARKER.search(line)
            if match is None:
                continue
            code = line[: match.start()]
            for item in match.group(1).split(","):
                rule, _, anchor = item.strip().partition("@")
                if anchor:
                    assert anchor in code, f"{path.name}:{number}: anchor {anchor!r} not in line"
                    column = code.index(anchor) + 1
                else:
                    column = len(code) - len(code.lstrip()) + 1
                expected.add((path.as_posix(), number, column, rule))
    return expected


def found(report: AuditReport) -> Expected:
    return {(f.path, f.line, f.column, f.rule) for f in report.findings}


def product_of(
    tmp_path: Path, name: str, package: str, specs: dict[str, dict[str, object] | Path]
) -> Product:
    """A product in a temp manifest whose releases are these specs (dicts or files)."""
    folder = tmp_path / "specs"
    lines = [f'[products.{name}]\ntitle = "{name}"\ndistribution = "{name}"\npackage = "{package}"']
    for release, spec in specs.items():
        (folder / release).mkdir(parents=True)
        target = folder / release / "openapi.json"
        if isinstance(spec, Path):
            shutil.copyfile(spec, target)
        else:
            target.write_text(json.dumps(spec), encoding="utf-8")
        lines.append(
            f'[[products.{name}.releases]]\nlabel = "{release}"\nbuild = 0\n'
            f'snapshot = "{release}/openapi.json"\n'
            'source = { kind = "embedded", docs = ["https://example.invalid/docs"] }'
        )
    (folder / "releases.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_manifest(folder / "releases.toml").product(name)


@pytest.fixture(scope="module")
def multi_tenant() -> Knowledge:
    product = load_manifest(MANIFEST).product("multi-tenant")
    return load_knowledge(Workspace.at(PROJECT_ROOT), product, "2.22", "2.24")


def test_every_planted_use_in_the_sample_automation_is_reported(multi_tenant: Knowledge) -> None:
    files = collect_files([SAMPLES])
    assert {p.suffix for p in files} >= {".py", ".log", ".sh"}
    expected = expectations(files)
    assert len(expected) >= 12
    assert {rule for *_, rule in expected} >= {
        "operation-deprecated",
        "field-removed",
        "field-removal-due",
        "unresolved",
    }
    report = audit_files(files, multi_tenant)
    assert found(report) == expected


def test_clean_code_reports_nothing(multi_tenant: Knowledge) -> None:
    clean = SAMPLES / "inventory_report.py"
    assert "expect:" not in clean.read_text(encoding="utf-8")
    assert "client.tenant.list()" in clean.read_text(encoding="utf-8")
    assert audit_files([clean], multi_tenant).findings == ()


def test_findings_carry_releases_and_the_service_account_replacement(
    multi_tenant: Knowledge,
) -> None:
    report = audit_files([SAMPLES / "mint_tokens.py"], multi_tenant)
    by_line = {f.line: f for f in report.findings}
    created = by_line[14]
    assert created.item == "POST /api/v1/apps"
    assert (created.deprecated_in, created.due_for_removal_in) == ("2.24", "2.26")
    assert created.replacement == "POST /api/v1/service-accounts (create_service_account)"
    assert by_line[17].replacement is not None
    assert "regenerate_service_account_secret" in by_line[17].replacement
    app_id = by_line[24]
    assert app_id.item == "POST /api/v1/token requestBody.application/json.appID"
    assert (app_id.deprecated_in, app_id.due_for_removal_in) == ("2.22", "2.24")
    removed = by_line[35]
    assert removed.removed_in == "2.23"
    assert "was removed in 2.23" in removed.message


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_forms_facade_chains_and_dynamic_access(
    tmp_path: Path, multi_tenant: Knowledge
) -> None:
    source = write(
        tmp_path,
        "forms.py",
        """
import runai_mt_client
import runai_mt_client.api.applications.get_applications as ga
from runai_mt_client.api.applications.get_application_by_id import sync_detailed as fetch_app
from runai_mt_client.api import applications as apps_api
from runai_mt_client.facade import AsyncRunaiClient, RunaiClient
from runai_mt_client.models.token_response import TokenResponse as TR
from runai_mt_client.models.token_request import TokenRequest


def everything(client, name: str) -> None:
    ga.sync(client=client)  # expect: operation-deprecated
    runai_mt_client.api.applications.get_applications.sync()  # expect: operation-deprecated
    apps_api.update_application_by_id.asyncio(app_id=1)  # expect: operation-deprecated
    response = fetch_app(client=client, app_id=2)  # expect: operation-deprecated@fetch_app
    print(response.parsed)
    getattr(apps_api, name)  # expect: unresolved
    request = TokenRequest.from_dict({})
    request.app_secret = "x"  # expect: field-removal-due@app_secret
    if (again := TokenRequest(app_id="a")) is not None:  # expect: field-removal-due@app_id
        print(again.app_secret)  # expect: field-removal-due@app_secret
    print(getattr(request, "app_id"))  # expect: field-removal-due@getattr


class Housekeeping:
    client: RunaiClient

    def __init__(self, token: str) -> None:
        self.client = RunaiClient("https://x", token=token)
        self.other = AsyncRunaiClient("https://x", token=token)

    def run(self, tokens: list[TR]) -> None:
        self.client.tenant.list()
        self.client.applications.get_by_id(app_id=1)  # expect: operation-deprecated
        [t.external_token for t in tokens]  # expect: field-removed@external_token

    async def later(self) -> None:
        c = self.other
        await c.applications.update_by_id(app_id=3)  # expect: operation-deprecated@c.applications


def unknown(thing) -> None:
    thing.client.applications.list()  # expect: unresolved
    thing.tenant.list()
""",
    )
    assert found(audit_files([source], multi_tenant)) == expectations([source])


def test_code_for_another_package_or_without_the_client_is_not_flagged(
    tmp_path: Path, multi_tenant: Knowledge
) -> None:
    source = write(
        tmp_path,
        "other.py",
        "from runai_cp_client.api.applications import get_applications\n"
        "get_applications.sync(client=None)\n"
        "def f(x):\n    return getattr(x, x.name)\n",
    )
    assert audit_files([source], multi_tenant).findings == ()


def test_http_lines_and_curl_commands_are_parsed() -> None:
    text = (
        '10.0.0.1 - - "DELETE /api/v1/apps/7?force=true HTTP/1.1" 204\n'
        "curl -s -X PATCH https://h.run.ai/api/v1/apps/7 -d '{}'\n"
        "curl --data '{}' 'https://h.run.ai/api/v1/token'\n"
        "  curl https://h.run.ai/api/v1/tenants # comment GET /nothing\n"
        "no request here\n"
    )
    assert list(http_requests(text)) == [
        (1, 15, "DELETE", "/api/v1/apps/7?force=true"),
        (2, 1, "PATCH", "https://h.run.ai/api/v1/apps/7"),
        (3, 1, "POST", "https://h.run.ai/api/v1/token"),
        (4, 3, "GET", "https://h.run.ai/api/v1/tenants"),
    ]


def test_concrete_paths_match_the_most_literal_template() -> None:
    ok = {"200": {"description": "ok"}}
    spec = {
        "openapi": "3.0.3",
        "paths": {
            "/api/v1/apps": {"get": {"responses": ok}},
            "/api/v1/apps/{appId}": {"get": {"responses": ok}, "delete": {"responses": ok}},
            "/api/v1/apps/installer": {"get": {"responses": ok}},
        },
    }
    matcher = PathMatcher(spec)
    assert matcher.match("GET", "/api/v1/apps/123") == "GET /api/v1/apps/{}"
    assert matcher.match("GET", "/api/v1/apps/installer") == "GET /api/v1/apps/installer"
    assert matcher.match("DELETE", "/api/v1/apps/installer") == "DELETE /api/v1/apps/{}"
    assert matcher.match("GET", "/api/v1/apps/") == "GET /api/v1/apps"
    assert matcher.match("POST", "/api/v1/apps") is None
    assert matcher.match("GET", "/api/v1/apps/1/2") is None


def _users_spec(*, deprecated_filter: bool, with_legacy: bool) -> dict[str, object]:
    params: list[dict[str, object]] = [
        {"name": "filter", "in": "query", "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
    ]
    if deprecated_filter:
        params[0]["deprecated"] = True
    if with_legacy:
        params.append({"name": "legacy", "in": "query", "schema": {"type": "boolean"}})
    return {
        "openapi": "3.0.3",
        "info": {"title": "tiny", "version": "latest"},
        "paths": {
            "/api/v1/users": {
                "get": {
                    "operationId": "get_users",
                    "tags": ["Users"],
                    "parameters": params,
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }


@pytest.fixture
def tiny_product(tmp_path: Path) -> Knowledge:
    """A two-release product: `filter` deprecated and `legacy` removed in 3.2."""
    specs: dict[str, dict[str, object] | Path] = {
        "3.1": _users_spec(deprecated_filter=False, with_legacy=True),
        "3.2": _users_spec(deprecated_filter=True, with_legacy=False),
    }
    product = product_of(tmp_path, "tiny", "tiny_client", specs)
    return load_knowledge(Workspace.at(tmp_path), product, "3.1", "3.2")


def test_parameters_in_python_keywords_and_http_queries(
    tmp_path: Path, tiny_product: Knowledge
) -> None:
    source = write(
        tmp_path,
        "users.py",
        "from tiny_client.api.users import get_users\n"
        "from tiny_client.facade import RunaiClient\n"
        "get_users.sync(client=None, filter_='a', limit=5, legacy=True)"
        "  # expect: parameter-deprecated@filter_, parameter-removed@legacy\n"
        "RunaiClient('https://x').users.list(limit=1, filter_='b')"
        "  # expect: parameter-deprecated@filter_\n",
    )
    log = write(
        tmp_path,
        "api.log",
        "GET /api/v1/users?filter=name%3Dx&limit=5&legacy=1  # expect: parameter-deprecated@GET,"
        " parameter-removed@GET\nGET /api/v1/users?limit=5\n",
    )
    report = audit_files([source, log], tiny_product)
    assert found(report) == expectations([source, log])
    removed = next(f for f in report.findings if f.rule == "parameter-removed")
    assert (removed.item, removed.removed_in) == ("GET /api/v1/users query:legacy", "3.2")


def test_replacement_heuristic_prefers_the_collection_that_takes_over_the_family() -> None:
    def spec(paths: dict[str, list[tuple[str, str, bool]]]) -> dict[str, object]:
        return {
            "paths": {
                path: {
                    m: {"operationId": oid, "deprecated": dep, "responses": {}}
                    for m, oid, dep in ops
                }
                for path, ops in paths.items()
            }
        }

    old = spec(
        {
            "/api/v1/apps": [
                ("get", "get_applications", False),
                ("post", "create_application", False),
            ],
            "/api/v1/apps/{appId}": [("delete", "delete_application_by_id", False)],
            "/api/v1/clusters": [("get", "get_clusters", False)],
            "/api/v1/legacy": [("get", "getLegacy", False)],
        }
    )
    new = spec(
        {
            "/api/v1/apps": [
                ("get", "get_applications", True),
                ("post", "create_application", True),
            ],
            "/api/v1/apps/{appId}": [("delete", "delete_application_by_id", True)],
            "/api/v1/clusters": [("get", "get_clusters", False)],
            "/api/v1/service-accounts": [
                ("get", "get_service_accounts", False),
                ("post", "create_service_account", False),
            ],
            "/api/v1/service-accounts/{id}": [("delete", "delete_service_account_by_id", False)],
            "/api/v2/legacy-things": [("get", "getLegacy", False)],
        }
    )
    old_ops, new_ops = operations(old), operations(new)

    def replacement(identity: str) -> str | None:
        found = replacement_for(old_ops[identity], list(old_ops.values()), list(new_ops.values()))
        return None if found is None else found.key

    # `get` alone would also match GET /api/v1/clusters; the family decides.
    assert replacement("GET /api/v1/apps") == "GET /api/v1/service-accounts"
    assert replacement("POST /api/v1/apps") == "POST /api/v1/service-accounts"
    assert replacement("DELETE /api/v1/apps/{}") == "DELETE /api/v1/service-accounts/{id}"
    assert replacement("GET /api/v1/legacy") == "GET /api/v2/legacy-things"  # same operationId
    assert replacement("GET /api/v1/clusters") is None  # nothing else is a get_clusters


def test_next_release() -> None:
    assert next_release("2.24", ("2.22", "2.23", "2.24")) == "2.25"
    assert next_release("2.22", ("2.22", "2.23", "2.24")) == "2.23"


def render(report: AuditReport, format_name: str) -> str:
    return AUDIT.render(format_name, AuditView(report, RULES))


def test_json_markdown_and_sarif_renderings(multi_tenant: Knowledge) -> None:
    report = audit_files(collect_files([SAMPLES]), multi_tenant)
    document = json.loads(render(report, "json"))
    assert document["schema_version"] == 1
    assert (document["product"], document["from"], document["to"]) == (
        "multi-tenant",
        "2.22",
        "2.24",
    )
    assert len(document["findings"]) == len(report.findings)
    assert set(document["findings"][0]) >= {"path", "line", "column", "rule", "item", "replacement"}
    markdown = render(report, "md")
    assert "| `tests/data/automation/mint_tokens.py:35:14` | field-removed |" in markdown.replace(
        PROJECT_ROOT.as_posix() + "/", ""
    )
    sarif = json.loads(render(report, "sarif"))
    Draft202012Validator(SARIF_SUBSET).validate(sarif)
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(RULE_IDS)
    assert len(run["results"]) == len(report.findings)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["field-removed"] == "error"


# The parts of the SARIF 2.1.0 schema a code-scanning UI needs (required keys, types, enums).
SARIF_SUBSET: dict[str, object] = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": {
                                                    "type": "object",
                                                    "required": ["text"],
                                                },
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {
                                                        "level": {
                                                            "enum": [
                                                                "none",
                                                                "note",
                                                                "warning",
                                                                "error",
                                                            ]
                                                        }
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "message", "locations", "level"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {
                                    "type": "object",
                                    "required": ["text"],
                                    "properties": {"text": {"type": "string", "minLength": 1}},
                                },
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {"uri": {"type": "string"}},
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": ["startLine", "startColumn"],
                                                        "properties": {
                                                            "startLine": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                            "startColumn": {
                                                                "type": "integer",
                                                                "minimum": 1,
                                                            },
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def run_cli(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.chdir(PROJECT_ROOT)
    return main(list(argv))


def test_cli_exit_codes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("audit", "--from", "2.22", "--to", "2.24")
    samples = "tests/data/automation"
    assert run_cli(monkeypatch, *base, f"{samples}/mint_tokens.py", "--format", "json") == 1
    assert json.loads(capsys.readouterr().out)["counts"]["field-removed"] == 2
    assert run_cli(monkeypatch, *base, f"{samples}/inventory_report.py") == 0
    assert "Nothing in these files" in capsys.readouterr().out
    # Deprecated only: passes by default, fails when asked to be strict.
    assert run_cli(monkeypatch, *base, f"{samples}/tenant_admin.py", "--format", "md") == 0
    assert (
        run_cli(monkeypatch, *base, f"{samples}/tenant_admin.py", "--fail-on", "deprecation") == 1
    )
    capsys.readouterr()


def test_cli_writes_output_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.sarif"
    code = run_cli(
        monkeypatch,
        "audit",
        "tests/data/automation",
        "--from",
        "2.22",
        "--to",
        "2.24",
        "--format",
        "sarif",
        "--output",
        str(out),
    )
    assert code == 1
    assert capsys.readouterr().out == ""
    Draft202012Validator(SARIF_SUBSET).validate(json.loads(out.read_text(encoding="utf-8")))
    terminal = tmp_path / "audit.txt"
    run_cli(
        monkeypatch,
        "audit",
        "tests/data/automation/rotate.sh",
        "--from",
        "2.22",
        "--to",
        "2.24",
        "--output",
        str(terminal),
    )
    assert "rotate.sh:4:1" in terminal.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("--from", "2.20", "--to", "2.24", "tests/data/automation"),
            "--from '2.20' is not a release",
        ),
        (("--from", "2.24", "--to", "2.22", "tests/data/automation"), "must be an older release"),
        (("--from", "2.22", "--to", "2.24", "no/such/dir"), "no/such/dir: no such file"),
        (("--product", "nope", "--from", "2.22", "--to", "2.24", "tests"), "nope"),
    ],
)
def test_cli_bad_input_is_one_line(
    argv: tuple[str, ...],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(monkeypatch, "audit", *argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("runai-sdkgen: error: ")
    assert message in err


def test_broken_python_is_a_one_line_error(tmp_path: Path, multi_tenant: Knowledge) -> None:
    broken = write(tmp_path, "broken.py", "def f(:\n")
    with pytest.raises(ToolkitError, match=r"broken.py:1: not valid Python"):
        audit_files([broken], multi_tenant)


def test_control_plane_script_flags_operations_removed_in_2_23(tmp_path: Path) -> None:
    specs = {release: upstream_spec_path(release) for release in CONTROL_PLANE_RELEASES}
    product = product_of(tmp_path, "control-plane", "runai_cp_client", dict(specs))
    knowledge = load_knowledge(Workspace.at(tmp_path), product, "2.22", "2.23")
    files = collect_files([CONTROL_PLANE_SAMPLES])
    report = audit_files(files, knowledge)
    assert found(report) == expectations(files)
    # Every finding is an operation the real specs removed in 2.23.
    ledger = build_ledger(
        "control-plane", [(r, load_spec_file(specs[r])) for r in ("2.22", "2.23")]
    )
    removed = {e.key for e in ledger.entries if e.kind == "operation" and e.removed_in == "2.23"}
    assert {f.item for f in report.findings} <= removed
    assert len({f.item for f in report.findings}) == 6


@pytest.mark.slow
@pytest.mark.parametrize("release", ["2.22", "2.24"])
def test_derived_names_are_the_generated_packages_names(
    release: str, tmp_path: Path, multi_tenant: Knowledge
) -> None:
    """Endpoint modules, facade attributes/methods and model classes derived from the spec are
    exactly what `generate` + the facade produce (error-only models aside: no code reads them
    from a successful call)."""
    generate = pytest.importorskip("runai_sdkgen.generate.stage", reason="needs the generate stage")
    manifest = load_manifest(MANIFEST)
    spec_file = PROJECT_ROOT / "specs" / "multi-tenant" / release / "openapi.yaml"
    generate.generate_spec_file(
        manifest, spec_file, release, tmp_path, "multi-tenant", strict=False
    )
    package_dir = tmp_path / "runai_mt_client"
    names = GeneratedNames("runai_mt_client", load_spec_file(spec_file))
    catalog = read_catalog(package_dir)
    assert {info["module"] for info in catalog} == set(names.endpoints)
    real_groups: dict[str, dict[str, str]] = {}
    for module, (attribute, method, pages) in method_names(
        facade_operations(package_dir, "runai_mt_client")
    ).items():
        real_groups.setdefault(attribute, {})[method] = module
        if pages is not None:
            real_groups[attribute][pages] = module
    assert real_groups == names.groups
    classes = set()
    for model_file in (package_dir / "models").glob("*.py"):
        tree = ast.parse(model_file.read_text(encoding="utf-8"))
        classes |= {
            node.name
            for node in tree.body
            if isinstance(node, ast.ClassDef)
            and not any("Enum" in ast.unparse(base) for base in node.bases)
        }
    assert set(names.models) <= classes
    assert classes - set(names.models) <= {"Error", "OAuth2Error"}


def test_sarif_locations_are_uris(tmp_path: Path, multi_tenant: Knowledge) -> None:
    source = write(
        tmp_path,
        "my script.py",
        "from runai_mt_client.api.applications import get_applications\n"
        "get_applications.sync(client=None)\n",
    )
    sarif = json.loads(render(audit_files([source], multi_tenant), "sarif"))
    location = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == source.as_uri()
    assert location["artifactLocation"]["uri"].endswith("/my%20script.py")
    assert location["region"] == {"startLine": 2, "startColumn": 1}


def test_a_field_shared_by_several_operations_is_one_finding_per_use(tmp_path: Path) -> None:
    def spec(deprecated: bool) -> dict[str, object]:
        tenant: dict[str, object] = {
            "type": "object",
            "properties": {"name": {"type": "string"}, "mimirId": {"type": "string"}},
        }
        if deprecated:
            tenant["properties"] = {
                "name": {"type": "string"},
                "mimirId": {"type": "string", "deprecated": True},
            }
        reply = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/T"}}}}
        return {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "latest"},
            "paths": {
                "/t": {"get": {"operationId": "get_t", "responses": {"200": reply}}},
                "/t/{id}": {
                    "get": {
                        "operationId": "get_t_by_id",
                        "parameters": [
                            {"name": "id", "in": "path", "required": True, "schema": {}}
                        ],
                        "responses": {"200": reply},
                    }
                },
            },
            "components": {"schemas": {"T": tenant}},
        }

    product = product_of(tmp_path, "t", "t_client", {"3.1": spec(False), "3.2": spec(True)})
    knowledge = load_knowledge(Workspace.at(tmp_path), product, "3.1", "3.2")
    source = write(
        tmp_path,
        "read.py",
        "from t_client.models import T\n"
        "def show(t: T) -> None:\n"
        "    print(t.name, t.mimir_id)  # expect: field-deprecated@mimir_id\n",
    )
    report = audit_files([source], knowledge)
    assert found(report) == expectations([source])
    assert "1 more operation(s)" in report.findings[0].message


def test_a_parameter_shadows_the_module_level_client(
    tmp_path: Path, multi_tenant: Knowledge
) -> None:
    source = write(
        tmp_path,
        "shadow.py",
        "from runai_mt_client.facade import RunaiClient\n"
        "client = RunaiClient('https://x', token='t')\n"
        "client.applications.list()  # expect: operation-deprecated\n"
        "def later(client, *rest):\n"
        "    client.applications.list()  # expect: unresolved\n"
        "    rest.applications.list()  # expect: unresolved\n"
        "def uses_global():\n"
        "    client.applications.list()  # expect: operation-deprecated\n",
    )
    assert found(audit_files([source], multi_tenant)) == expectations([source])
