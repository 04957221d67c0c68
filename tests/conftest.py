"""Shared fixtures: project paths and the real upstream corpus in ../shared (optional)."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
UPSTREAM_CONTROL_PLANE = SHARED / "upstream" / "control-plane"
CONTROL_PLANE_RELEASES = ("2.22", "2.23", "2.24")


def upstream_spec_path(release: str) -> Path:
    """Path of a real control-plane spec; skips the test when ../shared is not beside the repo."""
    path = UPSTREAM_CONTROL_PLANE / release / "openapi.json"
    if not path.is_file():
        pytest.skip(f"needs the real upstream spec {path} (../shared beside the project root)")
    return path


@pytest.fixture
def project_root() -> Path:
    return PROJECT_ROOT
