"""Where every artefact of a project lives: one object, rooted at the project.

A project is a folder holding `specs/releases.toml`. Commands find it by walking up from the
current folder (so they work from any folder inside it), or take it from `--root`. Every path a
stage reads or writes comes from here: the manifest and the lock, the normalized specs, the
package projects, `dist/`, the reports and the stage cache.

Commands that work on spec files alone (`generate --spec`, `diff FILE FILE`) need no project:
they never build a Workspace unless they are given a release label to look up.
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path

from runai_sdkgen.core.lock import Lock, load_lock, lock_path_for
from runai_sdkgen.core.manifest import Manifest, Release, load_manifest
from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.spec import load as specio

MANIFEST_RELATIVE = Path("specs") / "releases.toml"
CACHE_ENV = "RUNAI_SDKGEN_CACHE"
CACHE_RELATIVE = Path(".cache") / "runai-sdkgen"


def configured_cache_dir() -> Path | None:
    """The cache folder `$RUNAI_SDKGEN_CACHE` names, if it is set (it needs no project)."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else None


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds specs/releases.toml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / MANIFEST_RELATIVE).is_file():
            return folder
    return None


@dataclass(frozen=True)
class Workspace:
    """A project's folders and files; `manifest_path` is `specs/releases.toml` unless given."""

    root: Path
    manifest_path: Path

    @classmethod
    def at(cls, root: Path, manifest: Path | None = None) -> Workspace:
        root = root.resolve()
        return cls(root=root, manifest_path=(manifest or root / MANIFEST_RELATIVE).resolve())

    @classmethod
    def discover(
        cls, *, root: Path | None = None, manifest: Path | None = None, start: Path | None = None
    ) -> Workspace:
        """The project of `--root`, else of `--manifest` (two levels up from
        specs/releases.toml), else the nearest one above `start` (the current folder)."""
        if root is not None:
            if not (manifest or root / MANIFEST_RELATIVE).is_file():
                raise ToolkitError(
                    f"{root}: not a runai-sdkgen project (no {MANIFEST_RELATIVE} there)"
                )
            return cls.at(root, manifest)
        if manifest is not None:
            resolved = manifest.resolve()
            if not resolved.is_file():
                raise ToolkitError(f"{manifest}: manifest not found")
            project = resolved.parent.parent if resolved.parent.name == "specs" else resolved.parent
            return cls.at(project, resolved)
        here = (start or Path.cwd()).resolve()
        found = find_root(here)
        if found is None:
            raise ToolkitError(
                f"{here}: not inside a runai-sdkgen project (no {MANIFEST_RELATIVE} in this "
                "folder or above); pass --root DIR"
            )
        return cls.at(found)

    @functools.cached_property
    def manifest(self) -> Manifest:
        return load_manifest(self.manifest_path)

    @property
    def specs_dir(self) -> Path:
        return self.manifest_path.parent

    @property
    def lock_path(self) -> Path:
        return lock_path_for(self.specs_dir)

    def lock(self) -> Lock:
        return load_lock(self.lock_path)

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    def normalized_spec(self, release: Release) -> Path:
        """The normalized spec fetch writes and every later stage reads."""
        return self.generated / "specs" / release.product / release.label / "openapi.json"

    def project_dir(self, product: str, label: str) -> Path:
        """The generated package project of one release."""
        return self.generated / product / label

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    @property
    def reports(self) -> Path:
        return self.generated / "reports"

    @property
    def bench(self) -> Path:
        return self.generated / "bench"

    @property
    def cache_dir(self) -> Path:
        return configured_cache_dir() or self.root / CACHE_RELATIVE

    def spec_bytes(self, release: Release) -> bytes:
        """The bytes a stage's cache key covers: the normalized spec fetch wrote, else the raw
        snapshot."""
        normalized = self.normalized_spec(release)
        path = normalized if normalized.is_file() else release.snapshot
        try:
            return path.read_bytes()
        except OSError as error:
            raise ToolkitError(f"{path}: cannot read the spec ({error.strerror})") from None

    def release_spec(self, release: Release, *, validate_snapshot: bool = False) -> specio.Spec:
        """The normalized spec of a release: the file fetch wrote (its `$ref`s checked again,
        as it may have been edited since), else the snapshot normalized in memory the way fetch
        would write it; `validate_snapshot` validates a snapshot read that way (the lock says it
        was valid when pinned, but nothing has checked it since it changed)."""
        normalized = self.normalized_spec(release)
        if normalized.is_file():
            return specio.load_spec_file(normalized, validate=False)
        spec = specio.load_spec_file(release.snapshot, validate=validate_snapshot)
        specio.check_openapi_version(spec, str(release.snapshot))
        return normalized_in_memory(spec)


def normalized_in_memory(spec: specio.Spec) -> specio.Spec:
    """The spec as fetch would have written it (same key order, same values)."""
    # Compact on purpose: json's C encoder does not indent; the keys are sorted the same way.
    normalized: specio.Spec = json.loads(json.dumps(spec, sort_keys=True, ensure_ascii=False))
    return normalized
