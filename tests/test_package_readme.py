"""The generated package README: every ```python block runs against a contract server.

Each Multi-tenant release is generated into a scratch root; its README's code blocks get the
contract server's URL in place of the placeholder `BASE_URL` line and their secrets from the
environment variables they read, then run in this process with the generated package first on
sys.path.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT_ROOT

from runai_sdkgen.core.manifest import Manifest, load_manifest
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.generate.facade import facade_operations, method_names
from runai_sdkgen.generate.stage import (
    README_BASE_URL_LINE,
    README_ENVIRONMENT,
    generate_release,
    generate_spec_file,
)
from runai_sdkgen.verify.contract_server import ContractServer

PRODUCT = "multi-tenant"
PACKAGE = "runai_mt_client"
RELEASES = ("2.22", "2.23", "2.24")
CODE_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
FACADE_CALL = re.compile(r"\bclient\.([a-z_0-9]+)\.([a-z_0-9]+)\(")
TOKEN = "readme-token"
CLIENT_SECRET = "readme-client-secret"


@pytest.fixture(scope="module")
def manifest() -> Manifest:
    return load_manifest(PROJECT_ROOT / "specs" / "releases.toml")


@pytest.fixture(scope="module")
def generated_root(tmp_path_factory: pytest.TempPathFactory, manifest: Manifest) -> Path:
    root = tmp_path_factory.mktemp("readme")
    for label in RELEASES:
        generate_release(Workspace.at(root, manifest.path), PRODUCT, label)
    return root


@pytest.fixture
def release_on_path(
    request: pytest.FixtureRequest, generated_root: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Path]]:
    """The release's generated project first on sys.path; its modules forgotten afterwards (the
    three releases share one import package name)."""
    label: str = request.param
    project = generated_root / "generated" / PRODUCT / label
    monkeypatch.syspath_prepend(str(project))
    try:
        yield label, project
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def readme_blocks(project: Path) -> tuple[str, list[str]]:
    readme = (project / "README.md").read_text(encoding="utf-8")
    return readme, CODE_BLOCK.findall(readme)


def run_blocks(
    blocks: list[str],
    spec: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[str, ContractServer]:
    """Run the blocks in order against a contract server of `spec`; their joined stdout."""
    token_variable, client_id_variable, client_secret_variable = README_ENVIRONMENT
    monkeypatch.setenv(token_variable, TOKEN)
    monkeypatch.setenv(client_id_variable, "readme-automation")
    monkeypatch.setenv(client_secret_variable, CLIENT_SECRET)
    capsys.readouterr()
    outputs: list[str] = []
    with ContractServer(spec, token=TOKEN) as server:
        for number, block in enumerate(blocks, 1):
            code = block.replace(README_BASE_URL_LINE, f'BASE_URL = "{server.base_url}"', 1)
            exec(compile(code, f"README.md python block {number}", "exec"), {"__name__": "readme"})
            outputs.append(capsys.readouterr().out)
    return "".join(outputs), server


@pytest.mark.slow
@pytest.mark.parametrize("release_on_path", RELEASES, indirect=True)
def test_every_readme_snippet_runs_against_the_contract_server(
    release_on_path: tuple[str, Path],
    manifest: Manifest,
    generated_root: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    label, project = release_on_path
    readme, blocks = readme_blocks(project)
    assert f'pip install "runai-mt-client~={label}.0"' in readme
    assert all(block.startswith(README_BASE_URL_LINE + "\n") for block in blocks)
    spec = Workspace.at(generated_root, manifest.path).release_spec(
        manifest.product(PRODUCT).release(label)
    )
    output, server = run_blocks(blocks, spec, monkeypatch, capsys)
    assert CLIENT_SECRET not in output and TOKEN not in output
    # The errors block uses a wrong token on purpose: that is the only request refused.
    assert [r.violations for r in server.violations] == [
        ("the bearer token in the Authorization header is wrong",)
    ]
    assert "UnauthorizedError 401 the bearer token in the Authorization header is wrong" in output
    assert 'pip install "runai-mt-client~=' in output
    exchanged = {r.path for r in server.requests if r.path.endswith("/token")}
    assert exchanged == {"/api/v2/token" if label == "2.24" else "/api/v1/token"}
    if label == "2.24":
        assert "get_applications (GET /api/v1/apps) is deprecated since Run:ai 2.24" in output
        assert "## Walk a paginated list" in readme
        assert "client.users.list_all(page_size=50)" in readme


@pytest.mark.slow
@pytest.mark.parametrize("release_on_path", RELEASES, indirect=True)
def test_readme_names_are_the_facade_names_of_the_release(
    release_on_path: tuple[str, Path],
) -> None:
    label, project = release_on_path
    readme, blocks = readme_blocks(project)
    operations = facade_operations(project / PACKAGE, PACKAGE)
    names = method_names(operations)
    methods = {
        (attribute, m) for attribute, method, pages in names.values() for m in (method, pages)
    }
    methods |= {(attribute, "operations") for attribute, _, _ in names.values()}
    methods |= {(attribute, "deprecated_operations") for attribute, _, _ in names.values()}
    calls = {call for block in blocks for call in FACADE_CALL.findall(block)}
    assert calls, readme
    assert calls <= methods
    # A page walker section exactly when the release has a paginated operation.
    assert ("## Walk a paginated list" in readme) == any(op.paginated for op in operations)
    sections = [line for line in readme.splitlines() if line.startswith("## ")]
    assert sections[:3] == ["## Install", "## Authenticate", "## Call an operation"]
    for section in ("## Handle errors", "## Pin the server release", "## Deprecated operations"):
        assert section in sections
    assert f"## Deprecated in release {label}" == sections[-1]


# A release whose only deprecated operation takes an argument and whose list is paginated.
JOB = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}},
}
JOBS_SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Jobs", "version": "latest"},
    "security": [{"bearerAuth": []}],
    "paths": {
        "/api/v1/jobs": {
            "get": {
                "tags": ["Jobs"],
                "operationId": "get_jobs",
                "parameters": [
                    {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"jobs": {"type": "array", "items": JOB}},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/api/v1/jobs/{jobId}": {
            "delete": {
                "tags": ["Jobs"],
                "operationId": "delete_job",
                "deprecated": True,
                "parameters": [
                    {"name": "jobId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "gone"}},
            }
        },
    },
    "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
}


@pytest.mark.slow
def test_readme_of_another_spec_uses_its_own_names(
    tmp_path: Path,
    manifest: Manifest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec_file = tmp_path / "jobs.json"
    spec_file.write_text(json.dumps(JOBS_SPEC), encoding="utf-8")
    project = tmp_path / "project"
    generate_spec_file(manifest, spec_file, "9.1", project, PRODUCT, strict=False)
    monkeypatch.syspath_prepend(str(project))
    readme, blocks = readme_blocks(project)
    try:
        output, server = run_blocks(blocks, JOBS_SPEC, monkeypatch, capsys)
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == PACKAGE]:
            del sys.modules[name]
    assert "client.jobs.list_all(page_size=50)" in readme
    assert "answer = client.jobs.list()  # GET /api/v1/jobs" in readme
    # The deprecated operation needs an id: listed, not called.
    assert "print(client.jobs.deprecated_operations())" in readme
    assert "('delete',)" in output
    assert "catch_warnings" not in readme
    assert 'pip install "runai-mt-client~=2.24.0"' in output
    assert {r.operation for r in server.requests} == {"GET /api/v1/jobs"}
    assert "client_secret=" not in readme
    assert "Release 9.1 has no token endpoint" in readme
