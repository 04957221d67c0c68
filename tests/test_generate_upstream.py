"""The generate stage on the real control-plane specs (../shared/upstream), as product
`control-plane` (runai-cp-client / runai_cp_client): nothing lost, nothing overwritten, every
model round-trips, every deprecation flagged, lint- and mypy-clean. Prints the numbers."""

from __future__ import annotations

import importlib
import inspect
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import CONTROL_PLANE_RELEASES, upstream_spec_path
from gen_support import (
    check_catalog_and_classes,
    check_deprecations_flagged,
    check_round_trips,
    imported,
    run_tool,
    write_manifest,
)

from runai_sdkgen.core.manifest import Manifest
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.generate.stage import GenerationResult, generate_release
from runai_sdkgen.spec import load as specio
from runai_sdkgen.spec.deprecations import operations

pytestmark = [pytest.mark.slow, pytest.mark.upstream]

PACKAGE = "runai_cp_client"


class _Upstream:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.specs = {
            r: specio.load_spec_file(upstream_spec_path(r), validate=False)
            for r in CONTROL_PLANE_RELEASES
        }
        self.manifest: Manifest = write_manifest(root, "control-plane", PACKAGE, self.specs)
        self.results: dict[str, GenerationResult] = {}

    def generate(self, release: str) -> GenerationResult:
        if release not in self.results:
            result = generate_release(
                Workspace.at(self.root, self.manifest.path), "control-plane", release
            )
            self.results[release] = result
            print(f"\n{result.summary()}\n  repairs {result.repairs}")
        return self.results[release]

    def project(self, release: str) -> Path:
        self.generate(release)
        return self.root / "generated" / "control-plane" / release


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> _Upstream:
    return _Upstream(tmp_path_factory.mktemp("cp"))


@pytest.mark.parametrize("release", CONTROL_PLANE_RELEASES)
def test_nothing_is_lost_or_overwritten(upstream: _Upstream, release: str) -> None:
    result = upstream.generate(release)
    spec = upstream.specs[release]
    spec_operations = list(operations(spec))
    assert result.operations == len(spec_operations)
    assert result.lost_operations == ()
    modules = [
        p
        for p in (upstream.project(release) / PACKAGE / "api").glob("*/*.py")
        if p.name != "__init__.py"
    ]
    assert len(modules) == len(spec_operations)
    assert all("def sync_detailed(" in p.read_text() for p in modules)
    assert result.lost_schemas == ()
    assert result.generator_warnings == ()


@pytest.mark.parametrize("release", CONTROL_PLANE_RELEASES)
def test_catalog_and_classes_cover_the_spec(upstream: _Upstream, release: str) -> None:
    with imported(upstream.project(release), PACKAGE) as package:
        assert release == package.RELEASE and package.__version__ == f"{release}.0"
        check_catalog_and_classes(PACKAGE, upstream.specs[release], ())


@pytest.mark.parametrize("release", CONTROL_PLANE_RELEASES)
def test_every_model_round_trips(upstream: _Upstream, release: str) -> None:
    spec = upstream.specs[release]
    with imported(upstream.project(release), PACKAGE):
        checked = check_round_trips(PACKAGE, spec, ())
    assert checked >= len(spec["components"]["schemas"]) // 2


@pytest.mark.parametrize("release", CONTROL_PLANE_RELEASES)
def test_every_deprecation_is_flagged(upstream: _Upstream, release: str) -> None:
    with imported(upstream.project(release), PACKAGE):
        check_deprecations_flagged(PACKAGE, upstream.specs[release])


class _Teapot(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(418)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


def test_a_real_deprecated_call_warns_once_at_the_callers_line(upstream: _Upstream) -> None:
    release = CONTROL_PLANE_RELEASES[-1]
    spec = upstream.specs[release]
    path = next(
        path
        for path, method, op in operations(spec)
        if method == "get"
        and op.get("deprecated")
        and "default" not in op.get("responses", {})
        and "{" not in path
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Teapot)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with imported(upstream.project(release), PACKAGE) as package:
            catalog = importlib.import_module(f"{PACKAGE}.operations").OPERATIONS
            target = next(o for o in catalog if (o.method, o.path) == ("GET", path))
            module = importlib.import_module(target.module)
            client = package.AuthenticatedClient(
                base_url=f"http://127.0.0.1:{httpd.server_address[1]}", token="t"
            )
            required = {p.python_name: "x" for p in target.parameters if p.required}
            with warnings.catch_warnings(record=True) as record:
                warnings.simplefilter("always")
                module.sync_detailed(client=client, **required)
                line = inspect.currentframe().f_lineno - 1  # type: ignore[union-attr]
            found = [w for w in record if issubclass(w.category, DeprecationWarning)]
            assert [(w.filename, w.lineno) for w in found] == [(__file__, line)]
            assert target.deprecated_in in str(found[0].message)
            assert target.removal_in in str(found[0].message)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_output_is_ruff_and_mypy_strict_clean(upstream: _Upstream) -> None:
    """One test for all releases: mypy --strict over ~1,700 modules takes ~40-60 s each."""
    for release in CONTROL_PLANE_RELEASES:
        project = upstream.project(release)
        ruff = run_tool(["ruff", "check", "--no-cache", "."], project)
        assert ruff.returncode == 0, ruff.stdout[-2000:]
        mypy = run_tool(["mypy", "--strict", "--cache-dir=/dev/null", PACKAGE], project)
        assert mypy.returncode == 0, (release, mypy.stdout[-3000:])
