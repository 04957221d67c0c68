"""The generate stage on the project's own Multi-tenant snapshots (specs/multi-tenant/*),
through the real manifest: nothing lost, round trips, deprecations, lint and mypy."""

from __future__ import annotations

from pathlib import Path

import pytest
from gen_support import (
    check_catalog_and_classes,
    check_deprecations_flagged,
    check_round_trips,
    imported,
    run_tool,
)

from runai_sdkgen.core.manifest import Manifest, load_manifest
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.generate.stage import GenerationResult, generate_release
from runai_sdkgen.spec import load as specio

MANIFEST = Path(__file__).resolve().parent.parent / "specs" / "releases.toml"
PRODUCT = "multi-tenant"


def _manifest() -> Manifest:
    manifest = load_manifest(MANIFEST)
    for release in manifest.product(PRODUCT).releases:
        if not release.snapshot.is_file():
            pytest.skip(f"snapshot {release.snapshot} not written yet")
    return manifest


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, GenerationResult]:
    manifest = _manifest()
    root = tmp_path_factory.mktemp("mt")
    return {
        label: generate_release(Workspace.at(root, manifest.path), PRODUCT, label)
        for label in manifest.product(PRODUCT).labels()
    }


def test_every_release_generates_completely(generated: dict[str, GenerationResult]) -> None:
    manifest = _manifest()
    package = manifest.product(PRODUCT).package
    for label, result in generated.items():
        spec = specio.load_spec_file(manifest.product(PRODUCT).release(label).snapshot)
        assert (result.lost_operations, result.lost_schemas, result.generator_warnings) == (
            (),
            (),
            (),
        )
        with imported(result.output, package) as module:
            assert label == module.RELEASE
            check_catalog_and_classes(package, spec, ())
            assert check_round_trips(package, spec, ()) > 0
            check_deprecations_flagged(package, spec)


@pytest.mark.slow
def test_packages_are_ruff_and_mypy_clean(generated: dict[str, GenerationResult]) -> None:
    package = _manifest().product(PRODUCT).package
    for result in generated.values():
        ruff = run_tool(["ruff", "check", "--no-cache", "."], result.output)
        assert ruff.returncode == 0, ruff.stdout[-2000:]
        mypy = run_tool(["mypy", "--strict", "--cache-dir=/dev/null", package], result.output)
        assert mypy.returncode == 0, mypy.stdout[-3000:]
