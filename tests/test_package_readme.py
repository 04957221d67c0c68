"""The generated package README: every ```python block runs against a contract server.

Each Multi-tenant release is generated into a scratch root; its README's code blocks get the
contract server's URL in place of the placeholder `BASE_URL` line and their secrets from the
environment variables they read, then run in this process with the generated package first on
sys.path.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

from runai_sdkgen.contract_server import ContractServer
from runai_sdkgen.facade import facade_operations, method_names
from runai_sdkgen.generate import README_BASE_URL_LINE, README_ENVIRONMENT, generate_release
from runai_sdkgen.manifest import Manifest, load_manifest
from runai_sdkgen.verify import release_spec

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
        generate_release(manifest, PRODUCT, label, root)
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
    token_variable, client_id_variable, client_secret_variable = README_ENVIRONMENT
    monkeypatch.setenv(token_variable, TOKEN)
    monkeypatch.setenv(client_id_variable, "readme-automation")
    monkeypatch.setenv(client_secret_variable, CLIENT_SECRET)
    spec = release_spec(generated_root, manifest.product(PRODUCT).release(label))
    outputs: list[str] = []
    with ContractServer(spec, token=TOKEN) as server:
        for number, block in enumerate(blocks, 1):
            code = block.replace(README_BASE_URL_LINE, f'BASE_URL = "{server.base_url}"', 1)
            exec(compile(code, f"README.md python block {number}", "exec"), {"__name__": "readme"})
            outputs.append(capsys.readouterr().out)
    output = "".join(outputs)
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
