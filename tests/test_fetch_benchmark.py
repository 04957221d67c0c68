"""Timings of the fetch stage on the real control-plane specs (printed, never asserted).

Run with `pytest -s -m slow tests/test_fetch_benchmark.py`.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import CONTROL_PLANE_RELEASES, upstream_spec_path
from test_fetch import url_source, write_manifest
from upstream_server import UpstreamServer

from runai_sdkgen.core.workspace import Workspace
from runai_sdkgen.fetch.stage import FetchOptions, fetch_releases


@pytest.mark.slow
@pytest.mark.upstream
def test_fetch_timings(tmp_path: Path) -> None:
    sizes = {r: upstream_spec_path(r).stat().st_size for r in CONTROL_PLANE_RELEASES}
    source = url_source("https://app.run.ai/api/docs/openapi.json")
    project = write_manifest(
        tmp_path,
        {"control-plane": [(r, f"control-plane/{r}/openapi.json", source) for r in sizes]},
    )
    manifest = project.manifest()
    with UpstreamServer() as server:
        timings: dict[str, float] = {}
        for name, options in (
            ("first fetch (download, validate, pin)", FetchOptions(mirror=server.url)),
            ("re-fetch (conditional, 304)", FetchOptions(mirror=server.url)),
            ("frozen verify", FetchOptions(mode="frozen")),
        ):
            start = time.perf_counter()
            results = fetch_releases(
                Workspace.at(tmp_path, manifest.path), "control-plane", None, options
            )
            timings[name] = time.perf_counter() - start
            assert all(r.ok for r in results), [r.detail for r in results]
    total_mb = sum(sizes.values()) / 1e6
    print(f"\nfetch stage, {len(sizes)} control-plane specs, {total_mb:.1f} MB in total")
    for name, seconds in timings.items():
        print(f"  {name:40s} {seconds:6.2f} s")
