"""Interrupted runs: SIGKILL, SIGINT, SIGTERM or a failure mid-generation never damage the
previous outputs, and a rerun gives the same bytes as a run that was never interrupted.

"Mid-generation" is detected, not timed: the kill is sent once the staging folder of the output
has files in it (the generator is writing the new package).
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from gen_support import VENV_BIN, small_spec, tree_bytes, write_manifest

PACKAGE = "runai_mt_client"
PRODUCT = "multi-tenant"
RELEASE = "2.23"
CLI = str(VENV_BIN / "runai-sdkgen")
# A hang guard, not a timing assertion: the pipeline step normally starts writing in seconds.
WAIT_LIMIT_SECONDS = 180.0

pytestmark = pytest.mark.slow


def _project(root: Path, release_spec: str) -> Path:
    """A project whose release 2.23 has the small spec of `release_spec`'s shape."""
    write_manifest(root, PRODUCT, PACKAGE, {RELEASE: small_spec(release_spec)})
    return root


def _run(root: Path, *args: str) -> None:
    done = subprocess.run(
        [CLI, *args], cwd=root, capture_output=True, text=True, timeout=WAIT_LIMIT_SECONDS * 2
    )
    assert done.returncode == 0, done.stderr


def _pipeline(root: Path) -> None:
    _run(root, "generate", "--release", RELEASE)
    _run(root, "build", "--release", RELEASE)


def _wheel_digests(root: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((root / "dist").glob("*.whl"))
    }


def _output(root: Path) -> Path:
    return root / "generated" / PRODUCT / RELEASE


def _staging_folders(root: Path) -> list[Path]:
    return sorted(_output(root).parent.glob(f".{RELEASE}.*.staging"))


def _start_and_wait_for_staging(root: Path, command: list[str]) -> subprocess.Popen[bytes]:
    """Start `command` in its own process group; return once it is writing a staged output."""
    process = subprocess.Popen(
        command,
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while time.monotonic() < deadline:
        if any(any(folder.rglob("*.py")) for folder in _staging_folders(root)):
            return process
        if process.poll() is not None:
            break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    pytest.fail("the run finished or stalled before it started writing its staged output")


def _visible_leftovers(root: Path) -> list[str]:
    """Staging or temp entries beside the outputs a reader could trip over."""
    places = [_output(root).parent, root / "dist"]
    return sorted(
        str(p.relative_to(root))
        for place in places
        if place.is_dir()
        for p in place.iterdir()
        if p.name.endswith((".staging", ".retired", ".tmp"))
    )


def test_sigkill_mid_generation_then_rerun_gives_identical_wheels(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    clean = _project(tmp_path_factory.mktemp("clean"), "2.23")
    _pipeline(clean)
    expected = _wheel_digests(clean)
    assert len(expected) == 1

    killed = tmp_path_factory.mktemp("killed")
    # A previous release build (another spec) that the killed run must not damage.
    _project(killed, "2.22")
    _pipeline(killed)
    previous_tree = tree_bytes(_output(killed))
    previous_wheels = _wheel_digests(killed)
    assert previous_wheels != expected

    _project(killed, "2.23")
    script = f"{CLI} generate --release {RELEASE} && {CLI} build --release {RELEASE}"
    process = _start_and_wait_for_staging(killed, ["sh", "-c", script])
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert tree_bytes(_output(killed)) == previous_tree
    assert _wheel_digests(killed) == previous_wheels
    assert _staging_folders(killed), "the kill landed after generation: nothing was tested"

    _pipeline(killed)
    assert _wheel_digests(killed) == expected
    assert tree_bytes(_output(killed)) == tree_bytes(_output(clean))
    assert _visible_leftovers(killed) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_mid_generation_keeps_the_previous_output(signum: int, tmp_path: Path) -> None:
    root = _project(tmp_path, "2.22")
    _run(root, "generate", "--release", RELEASE)
    previous = tree_bytes(_output(root))
    _project(root, "2.23")
    process = _start_and_wait_for_staging(root, [CLI, "generate", "--release", RELEASE])
    os.kill(process.pid, signum)
    _, stderr = process.communicate(timeout=WAIT_LIMIT_SECONDS)
    assert process.returncode != 0
    assert b"Traceback" not in stderr
    assert tree_bytes(_output(root)) == previous
    if signum == signal.SIGINT:
        # Python turns SIGINT into KeyboardInterrupt: the staged folder is removed on the way out.
        assert stderr.decode().splitlines() == ["runai-sdkgen: interrupted"]
        assert _staging_folders(root) == []
    _run(root, "generate", "--release", RELEASE)
    assert tree_bytes(_output(root)) != previous
    assert _visible_leftovers(root) == []


def test_a_failure_mid_generation_keeps_the_previous_output(tmp_path: Path) -> None:
    """--strict fails after the generator ran (a schema is lost): inside the staged folder."""
    root = _project(tmp_path, "2.23")
    _run(root, "generate", "--release", RELEASE)
    previous = tree_bytes(_output(root))
    spec = small_spec("2.23")
    # YAML 1.1 reads on/off as booleans; an enum of mixed types is a schema the generator drops.
    spec["components"]["schemas"]["Switch"] = {"type": "object", "enum": [True, "auto"]}
    write_manifest(root, PRODUCT, PACKAGE, {RELEASE: spec})
    done = subprocess.run(
        [CLI, "generate", "--strict", "--release", RELEASE],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=WAIT_LIMIT_SECONDS,
    )
    assert done.returncode != 0
    assert "strict: multi-tenant 2.23 loses" in done.stderr
    assert tree_bytes(_output(root)) == previous
    assert _visible_leftovers(root) == []
