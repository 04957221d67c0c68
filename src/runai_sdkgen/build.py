"""The build stage: an sdist and a wheel per release, reproducible, into dist/.

Builds run with `python -m build --no-isolation` (hatchling is a toolkit dependency, so no network
is needed) and a fixed SOURCE_DATE_EPOCH, so the same generated project always gives the same bytes.
An artifact whose bytes did not change is left untouched in dist/; stale artifacts of other builds
of the same release are removed, so dist/ holds exactly one wheel per release.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from runai_sdkgen.core.manifest import Product, Release
from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.errors import ToolkitError

# 1980-01-01: the earliest timestamp a zip entry can carry; any fixed value makes builds repeatable.
REPRODUCIBLE_EPOCH = "315532800"


@dataclass(frozen=True)
class BuildResult:
    release: Release
    wheel: Path
    sdist: Path
    changed: bool


def wheel_stem(product: Product, release: Release) -> str:
    """The `name-version` prefix of the release's wheel and sdist (PEP 427 / 625 normalized)."""
    return f"{re.sub(r'[-_.]+', '_', product.distribution).lower()}-{release.version}"


def build_release(product: Product, release: Release, *, project: Path, dist: Path) -> BuildResult:
    """Build the package project folder `project` of `release` into `dist`."""
    if not (project / "pyproject.toml").is_file():
        raise ToolkitError(
            f"{project}: no generated package for {release.key}; run `runai-sdkgen generate` first"
        )
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".build-", dir=dist) as staging_name:
        staging = Path(staging_name)
        env = {**os.environ, "SOURCE_DATE_EPOCH": REPRODUCIBLE_EPOCH, "PYTHONHASHSEED": "0"}
        command = [sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel"]
        completed = subprocess.run(
            [*command, "--outdir", str(staging), str(project)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            tail = (completed.stderr or completed.stdout).strip().splitlines()[-1:]
            raise ToolkitError(f"{project}: build failed: {' '.join(tail) or 'no output'}")
        stem = wheel_stem(product, release)
        wheels = sorted(staging.glob(f"{stem}-*.whl"))
        sdists = sorted(staging.glob(f"{stem}.tar.gz"))
        if len(wheels) != 1 or len(sdists) != 1:
            built = ", ".join(sorted(p.name for p in staging.iterdir())) or "nothing"
            raise ToolkitError(
                f"{project}: expected one {stem} wheel and sdist (version {release.version}), "
                f"got {built}"
            )
        changed = False
        placed: list[Path] = []
        for artifact in (wheels[0], sdists[0]):
            target = dist / artifact.name
            if not target.exists() or target.read_bytes() != artifact.read_bytes():
                artifact.replace(target)
                changed = True
            placed.append(target)
    _remove_stale(product, release, dist, keep=placed)
    return BuildResult(release=release, wheel=placed[0], sdist=placed[1], changed=changed)


def _remove_stale(product: Product, release: Release, dist: Path, *, keep: Sequence[Path]) -> None:
    """Drop other builds of the same release (e.g. 2.23.0 once 2.23.1 is built)."""
    prefix = re.sub(r"[-_.]+", "_", product.distribution).lower()
    pattern = re.compile(rf"^{re.escape(prefix)}-{re.escape(release.label)}\.[0-9]+[-.]")
    for candidate in dist.iterdir():
        if candidate not in keep and pattern.match(candidate.name):
            candidate.unlink()


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "build", help="build an sdist and a wheel per release into dist/ (reproducible)"
    )
    parser.add_argument("--product", default="multi-tenant", help="product (default: %(default)s)")
    parser.add_argument(
        "--release",
        action="append",
        dest="releases",
        metavar="RELEASE",
        help="release label (repeatable; default: all of the product)",
    )
    parser.add_argument(
        "--dist", type=Path, help="folder for the wheels and sdists (default: the project's dist/)"
    )
    parser.set_defaults(handler=run_build)


def run_build(args: argparse.Namespace) -> int:
    workspace = Workspace.discover(root=args.root, manifest=args.manifest)
    product = workspace.manifest.product(args.product)
    labels: list[str] = args.releases or product.labels()
    for label in labels:
        release = product.release(label)
        result = build_release(
            product,
            release,
            project=workspace.project_dir(product.name, label),
            dist=args.dist or workspace.dist,
        )
        state = "built" if result.changed else "unchanged"
        print(f"build {release.key}: {result.wheel.name} ({state})")
    return 0
