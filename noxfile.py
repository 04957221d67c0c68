"""Thin nox sessions over the `runai-sdkgen` CLI.

`nox` runs the whole pipeline on the embedded snapshots (no network for the specs);
`nox -s tests` runs lint, type checks and the test suite.
"""

from __future__ import annotations

import os

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["pipeline"]
nox.options.error_on_missing_interpreters = True

PYTHON = "3.11"


def _install_toolkit(session: nox.Session, *extras: str) -> None:
    suffix = f"[{','.join(extras)}]" if extras else ""
    session.install("-e", f".{suffix}")


@nox.session(python=PYTHON)
def pipeline(session: nox.Session) -> None:
    """fetch (frozen) -> generate -> build -> verify -> report, for every release."""
    _install_toolkit(session)
    session.run("runai-sdkgen", "pipeline", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Timings and peak memory of the pipeline, generation, diff and a generated client."""
    _install_toolkit(session)
    session.run("python", "tools/bench.py", *session.posargs)


@nox.session(python=PYTHON)
def fetch(session: nox.Session) -> None:
    """Refresh specs from upstream (pass flags after --, e.g. `-- --update`)."""
    _install_toolkit(session)
    session.run("runai-sdkgen", "fetch", *session.posargs)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    _install_toolkit(session)
    session.run("runai-sdkgen", "generate", *session.posargs)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    _install_toolkit(session)
    session.run("runai-sdkgen", "build", *session.posargs)


@nox.session(python=PYTHON)
def verify(session: nox.Session) -> None:
    _install_toolkit(session)
    session.run("runai-sdkgen", "verify", *session.posargs)


@nox.session(python=PYTHON)
def report(session: nox.Session) -> None:
    _install_toolkit(session)
    session.run("runai-sdkgen", "report", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on the toolkit, its tests and tools."""
    _install_toolkit(session, "dev")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Lint, then the whole test suite (pass pytest flags after --)."""
    _install_toolkit(session, "dev")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("pytest", *(session.posargs or ["-n", "2"]))


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """Long fuzzing run plus the hostile and interrupt tests (RUNAI_SDKGEN_FUZZ_EXAMPLES=300)."""
    _install_toolkit(session, "dev")
    examples = os.environ.get("RUNAI_SDKGEN_FUZZ_EXAMPLES", "300")
    session.run(
        "pytest",
        "tests/test_fuzz.py",
        "tests/test_hostile.py",
        "tests/test_interrupt.py",
        *session.posargs,
        env={"RUNAI_SDKGEN_FUZZ_EXAMPLES": examples, "RUNAI_SDKGEN_FUZZ_MYPY_EVERY": "10"},
    )
