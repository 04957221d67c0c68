"""A content-addressed cache of stage outputs, so an unchanged input never re-runs a stage.

A stage's key is the sha256 over everything its output depends on (`StageKey`). An entry is a
folder `<cache>/<stage>/<key>/` holding the output files under `files/` and `entry.json`, which
lists every file with its sha256 plus the stage's own small result record. An entry is used only
when every listed file is present with its recorded hash and nothing else is there; anything else
(a changed byte, a missing or extra file, unreadable metadata) discards the entry, so the stage
re-runs and stores it again. Entries are built in a staging folder and renamed into place.

The cache lives in `.cache/runai-sdkgen/` under the project root, or in `$RUNAI_SDKGEN_CACHE`.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import json
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from runai_sdkgen import __version__
from runai_sdkgen.core.fsutil import atomic_write_bytes, staged_directory
from runai_sdkgen.core.workspace import CACHE_ENV, Workspace, configured_cache_dir
from runai_sdkgen.errors import ToolkitError

ENTRY_FILE = "entry.json"
FILES_FOLDER = "files"
TOOLKIT_SOURCE = Path(__file__).resolve().parents[1]
# Generators and build tools whose version changes what a stage writes.
TOOL_DISTRIBUTIONS = (
    "openapi-python-client",
    "datamodel-code-generator",
    "ruff",
    "hatchling",
    "build",
    "pydantic",
)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_files(folder: Path) -> dict[str, Path]:
    """Every regular file under `folder` by its posix path relative to it (caches excluded)."""
    found: dict[str, Path] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if "__pycache__" in relative.parts or not path.is_file():
            continue
        found[relative.as_posix()] = path
    return found


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file of `tree_files(folder)`."""
    return {name: file_sha256(path) for name, path in tree_files(folder).items()}


@cache
def toolkit_fingerprint() -> str:
    """The toolkit version, a hash of its own source files, and its generators' versions."""
    key = StageKey("toolkit")
    key.add("version", __version__)
    key.add("python", ".".join(map(str, sys.version_info[:3])))
    for name, path in tree_files(TOOLKIT_SOURCE).items():
        if path.suffix in {".py", ".jinja", ".json", ".toml", ".typed"}:
            key.add_bytes(f"source/{name}", path.read_bytes())
    for distribution in TOOL_DISTRIBUTIONS:
        try:
            version = importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        key.add(f"tool/{distribution}", version)
    return key.hexdigest()


def folder_fingerprint(folder: Path) -> str:
    """A hash over the names and bytes of every file under `folder` (e.g. templates/)."""
    key = StageKey("folder")
    for name, path in tree_files(folder).items():
        key.add_bytes(name, path.read_bytes())
    return key.hexdigest()


class StageKey:
    """sha256 over labelled parts; each part is length-prefixed, so no two inputs collide."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self._hash = hashlib.sha256()
        self.add("stage", stage)

    def add_bytes(self, label: str, data: bytes) -> StageKey:
        for chunk in (label.encode("utf-8"), data):
            self._hash.update(len(chunk).to_bytes(8, "big"))
            self._hash.update(chunk)
        return self

    def add(self, label: str, value: object) -> StageKey:
        """A JSON-serializable value (sorted keys, so dict order does not matter)."""
        return self.add_bytes(label, json.dumps(value, sort_keys=True).encode("utf-8"))

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


@dataclass(frozen=True)
class CacheEntry:
    stage: str
    key: str
    folder: Path
    files: Mapping[str, str]
    record: Mapping[str, Any]

    def file(self, name: str) -> Path:
        return self.folder / FILES_FOLDER / name


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: dict[str, int]
    total_bytes: int


class StageCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        # Entries found damaged and discarded in this process, as "stage/key" (for the display).
        self.discarded: list[str] = []

    def _entry_folder(self, stage: str, key: str) -> Path:
        return self.root / stage / key

    def lookup(self, stage: str, key: str) -> CacheEntry | None:
        """The intact entry for `key`, or None; a damaged entry is deleted."""
        folder = self._entry_folder(stage, key)
        if not folder.is_dir():
            return None
        entry = self._read_intact(stage, key, folder)
        if entry is None:
            self.discarded.append(f"{stage}/{key[:12]}")
            shutil.rmtree(folder, ignore_errors=True)
        return entry

    def _read_intact(self, stage: str, key: str, folder: Path) -> CacheEntry | None:
        try:
            meta = json.loads((folder / ENTRY_FILE).read_text(encoding="utf-8"))
            files = {str(k): str(v) for k, v in meta["files"].items()}
            record = dict(meta["record"])
            if meta["stage"] != stage or meta["key"] != key:
                return None
            if tree_digest(folder / FILES_FOLDER) != files:
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return CacheEntry(stage=stage, key=key, folder=folder, files=files, record=record)

    def store(
        self,
        stage: str,
        key: str,
        files: Mapping[str, Path],
        record: Mapping[str, Any],
    ) -> CacheEntry:
        """Copy `files` (name -> source path) and `record` into a new entry, atomically.

        When another process stored the same key first, its (identical) entry is kept.
        """
        parent = self.root / stage
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{key[:12]}.", suffix=".staging", dir=parent))
        try:
            digests: dict[str, str] = {}
            for name, source in sorted(files.items()):
                data = source.read_bytes()
                target = staging / FILES_FOLDER / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                digests[name] = hashlib.sha256(data).hexdigest()
            (staging / FILES_FOLDER).mkdir(exist_ok=True)
            meta = {"stage": stage, "key": key, "files": digests, "record": dict(record)}
            atomic_write_bytes(
                staging / ENTRY_FILE, json.dumps(meta, indent=1, sort_keys=True).encode("utf-8")
            )
            folder = self._entry_folder(stage, key)
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
            try:
                staging.rename(folder)
            except OSError:
                # Lost a race with a concurrent store of the same key: theirs is equivalent.
                shutil.rmtree(staging, ignore_errors=True)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return CacheEntry(stage=stage, key=key, folder=folder, files=digests, record=record)

    def info(self) -> CacheInfo:
        entries: dict[str, int] = {}
        total = 0
        if self.root.is_dir():
            for stage_dir in sorted(p for p in self.root.iterdir() if p.is_dir()):
                keys = [p for p in stage_dir.iterdir() if p.is_dir() and not p.name.startswith(".")]
                entries[stage_dir.name] = len(keys)
                total += sum(f.stat().st_size for f in stage_dir.rglob("*") if f.is_file())
        return CacheInfo(path=self.root, entries=entries, total_bytes=total)

    def clear(self) -> int:
        """Delete every entry; returns how many there were.

        Only entry folders (and abandoned staging folders) are deleted, never anything else that
        happens to live in the folder `$RUNAI_SDKGEN_CACHE` names; emptied folders are removed.
        """
        count = 0
        if not self.root.is_dir():
            return count
        for stage_dir in sorted(p for p in self.root.iterdir() if p.is_dir()):
            for candidate in sorted(stage_dir.iterdir()):
                if (candidate / ENTRY_FILE).is_file():
                    count += 1
                elif not candidate.name.endswith(".staging"):
                    continue
                # Rename first, so a concurrent reader never sees a half-deleted entry.
                doomed = stage_dir / f".{candidate.name}.clearing"
                candidate.rename(doomed)
                shutil.rmtree(doomed)
            with contextlib.suppress(OSError):
                stage_dir.rmdir()
        with contextlib.suppress(OSError):
            self.root.rmdir()
        return count


def restore_tree(entry: CacheEntry, target: Path) -> bool:
    """Make `target` hold exactly the entry's files; True when anything had to change.

    A target that already matches is not touched (no rewritten files, no new mtimes).
    """
    if target.is_dir() and tree_digest(target) == dict(entry.files):
        return False
    with staged_directory(target) as staging:
        for name in entry.files:
            destination = staging / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(entry.file(name), destination)
    return True


def restore_files(entry: CacheEntry, target: Path, names: Iterable[str]) -> bool:
    """Write each named file of the entry into the folder `target` if it is missing or differs."""
    changed = False
    for name in names:
        destination = target / name
        if destination.is_file() and file_sha256(destination) == entry.files[name]:
            continue
        atomic_write_bytes(destination, entry.file(name).read_bytes())
        changed = True
    return changed


def add_cli(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "cache", help=f"the stage cache (.cache/runai-sdkgen or ${CACHE_ENV})"
    )
    actions = parser.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    actions.add_parser("info", help="where the cache is, entries per stage, size").set_defaults(
        handler=_cmd_info
    )
    actions.add_parser("clear", help="delete every cache entry").set_defaults(handler=_cmd_clear)


def _command_cache(args: argparse.Namespace) -> StageCache:
    """The cache `$RUNAI_SDKGEN_CACHE` names, else the project's."""
    folder = configured_cache_dir()
    if folder is None:
        folder = Workspace.discover(root=args.root, manifest=args.manifest).cache_dir
    return StageCache(folder)


def _cmd_info(args: argparse.Namespace) -> int:
    info = _command_cache(args).info()
    print(f"cache: {info.path}")
    if not info.entries:
        print("  empty")
    for stage, count in info.entries.items():
        print(f"  {stage}: {count} entries")
    print(f"  total: {info.total_bytes / 1e6:.1f} MB")
    return 0


def _cmd_clear(args: argparse.Namespace) -> int:
    store = _command_cache(args)
    try:
        count = store.clear()
    except OSError as exc:
        raise ToolkitError(f"{store.root}: cannot clear the cache: {exc.strerror or exc}") from None
    print(f"cache: cleared {count} entries from {store.root}")
    return 0
