"""Writes that never leave a half-written file: temp file in the same folder, then rename."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def shown_path(path: Path, base: Path | None = None) -> str:
    """How messages name a path: relative to `base` (the current folder) when it lies inside,
    else as given."""
    try:
        return str(path.resolve().relative_to((base or Path.cwd()).resolve()))
    except (ValueError, OSError):
        return str(path)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; on any failure the old file stays as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(0o644)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def staged_directory(target: Path) -> Iterator[Path]:
    """Yield an empty sibling folder; on success it replaces `target`, on failure it is removed.

    Readers of `target` see either the complete old tree or the complete new one. The staging
    folder's name carries the process id: a run killed outright (SIGKILL, power loss) leaves its
    folder behind, and the next run for the same target removes it once that process is gone.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_staging(target)
    staging = Path(
        tempfile.mkdtemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=".staging", dir=target.parent
        )
    )
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = target.with_name(f".{target.name}.retired")
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)


def _remove_abandoned_staging(target: Path) -> None:
    prefix = f".{target.name}."
    for candidate in target.parent.glob(f"{glob.escape(prefix)}*.staging"):
        owner = candidate.name.removeprefix(prefix).split(".", 1)[0]
        if owner.isdigit() and not _process_alive(int(owner)):
            shutil.rmtree(candidate, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A killed process nobody reaped yet (a zombie) still answers signal 0 but writes nothing.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]
