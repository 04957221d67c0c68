"""Shipping the client runtime: its modules are copied verbatim into each generated package."""

from __future__ import annotations

from pathlib import Path

from runai_sdkgen.core.fsutil import atomic_write_bytes, staged_directory
from runai_sdkgen.errors import ToolkitError

RUNTIME_SOURCE = Path(__file__).resolve().parents[1] / "client_runtime"
RUNTIME_FOLDER = "runtime"


def runtime_modules() -> tuple[Path, ...]:
    """The runtime's source files, in a stable order."""
    return tuple(sorted(RUNTIME_SOURCE.glob("*.py")))


def copy_runtime(package_dir: Path) -> None:
    """Write the runtime as `<package_dir>/runtime/` (replaced whole; never half-copied)."""
    if not package_dir.is_dir():
        raise ToolkitError(f"{package_dir}: not a generated import package folder")
    modules = runtime_modules()
    if not modules:
        raise ToolkitError(f"{RUNTIME_SOURCE}: the client runtime sources are missing")
    with staged_directory(package_dir / RUNTIME_FOLDER) as staging:
        for module in modules:
            atomic_write_bytes(staging / module.name, module.read_bytes())
