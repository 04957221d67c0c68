"""The build stage on a small hand-written package project (real `python -m build`)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from runai_sdkgen.build import build_release
from runai_sdkgen.core.manifest import Product, load_manifest
from runai_sdkgen.errors import ToolkitError

MANIFEST = """
[products.demo]
title = "Demo"
distribution = "demo-client"
package = "demo_client"

[[products.demo.releases]]
label = "2.23"
build = {build}
snapshot = "demo/2.23/openapi.yaml"
source = {{ kind = "embedded" }}
"""

PYPROJECT = """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "demo-client"
version = "{version}"
requires-python = ">=3.11"
"""


def make_project(root: Path, build: int) -> Product:
    (root / "specs").mkdir(exist_ok=True)
    manifest_path = root / "specs" / "releases.toml"
    manifest_path.write_text(MANIFEST.format(build=build), encoding="utf-8")
    project = root / "generated" / "demo" / "2.23"
    (project / "demo_client").mkdir(parents=True, exist_ok=True)
    (project / "demo_client" / "__init__.py").write_text('RELEASE = "2.23"\n')
    (project / "pyproject.toml").write_text(PYPROJECT.format(version=f"2.23.{build}"))
    return load_manifest(manifest_path).product("demo")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_build_is_reproducible_and_keeps_one_build_per_release(tmp_path: Path) -> None:
    product = make_project(tmp_path, build=0)
    release = product.release("2.23")
    generated, dist = tmp_path / "generated", tmp_path / "dist"

    first = build_release(product, release, project=generated / "demo" / "2.23", dist=dist)
    assert first.wheel.name == "demo_client-2.23.0-py3-none-any.whl"
    assert first.sdist.name == "demo_client-2.23.0.tar.gz"
    assert first.changed
    hashes = {p.name: digest(p) for p in dist.iterdir()}

    (generated / "demo" / "2.23" / "pyproject.toml").touch()
    second = build_release(product, release, project=generated / "demo" / "2.23", dist=dist)
    assert not second.changed
    assert {p.name: digest(p) for p in dist.iterdir()} == hashes

    bumped = make_project(tmp_path, build=1)
    third = build_release(
        bumped, bumped.release("2.23"), project=generated / "demo" / "2.23", dist=dist
    )
    assert third.changed
    assert sorted(p.name for p in dist.iterdir()) == [
        "demo_client-2.23.1-py3-none-any.whl",
        "demo_client-2.23.1.tar.gz",
    ]


def test_build_without_generated_project_says_what_to_run(tmp_path: Path) -> None:
    product = make_project(tmp_path, build=0)
    with pytest.raises(ToolkitError, match="run `runai-sdkgen generate` first"):
        build_release(
            product, product.release("2.23"), project=tmp_path / "nothing", dist=tmp_path / "d"
        )


@pytest.mark.slow
def test_build_reports_a_version_that_does_not_pin_the_release(tmp_path: Path) -> None:
    product = make_project(tmp_path, build=0)
    pyproject = tmp_path / "generated" / "demo" / "2.23" / "pyproject.toml"
    pyproject.write_text(PYPROJECT.format(version="0.1.0"))
    with pytest.raises(ToolkitError, match=r"expected one demo_client-2\.23\.0 wheel"):
        build_release(
            product,
            product.release("2.23"),
            project=tmp_path / "generated" / "demo" / "2.23",
            dist=tmp_path / "d",
        )
    assert list((tmp_path / "d").iterdir()) == []
