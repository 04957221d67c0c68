"""Benchmarks of the pipeline and its products: a table, and generated/bench/bench.json.

Run: `nox -s bench` or `/work/venv/bin/python tools/bench.py [--calls N]` from the project root.
Never edits the project: the pipeline runs in a temporary copy (its own templates/, its own cache
dir) with `PYTHONPATH` pointing at the copy's sources. Every figure is printed beside its goal;
nothing asserts. Timed commands run as child processes: wall time, CPU time (user + system of the
child and everything it waited for) and peak RSS (the largest process of that tree, `wait4`).
The control-plane parts need ../shared/upstream/control-plane and are skipped (with the reason
printed) without it.
"""

from __future__ import annotations

import argparse
import http.server
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from runai_sdkgen.core.fsutil import atomic_write_text
from runai_sdkgen.spec import load as specio
from runai_sdkgen.verify.examples import example_value

PROJECT = Path(__file__).resolve().parent.parent
CONTROL_PLANE = PROJECT.parent / "shared" / "upstream" / "control-plane"
OUTPUT = PROJECT / "generated" / "bench" / "bench.json"
# What the temporary project copy needs to run the pipeline.
PROJECT_PARTS = ("src", "specs", "pyproject.toml", "README.md")
MT_RELEASE = "2.24"
CALL_PATH = "/api/v1/tenants"
IMPORT_RUNS = 5
DIFF_RUNS = 5
GENERATION_RUNS = 3
PEAK_MEMORY_GOAL_MB = 500.0


@dataclass(frozen=True)
class Measurement:
    name: str
    wall_s: float
    cpu_s: float | None
    peak_rss_mb: float | None
    goal: str
    met: bool | None
    note: str = ""


@dataclass(frozen=True)
class ChildRun:
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    stdout: str


def run_child(
    command: Sequence[str], *, cwd: Path, env: Mapping[str, str] | None = None
) -> ChildRun:
    """Run `command` to completion; its wall time, CPU time and peak RSS (process tree)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command), cwd=cwd, env=dict(env or os.environ), stdout=out, stderr=err
        )
        # wait4 reports the child's usage including the children it reaped itself.
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if process.returncode != 0:
        tail = (stderr or stdout).strip().splitlines()[-3:]
        raise SystemExit(f"bench: {' '.join(command)} failed ({process.returncode}): {tail}")
    return ChildRun(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=usage.ru_maxrss / 1024,
        stdout=stdout,
    )


def project_copy(scratch: Path) -> Path:
    copy = scratch / "project"
    for part in PROJECT_PARTS:
        source = PROJECT / part
        if source.is_dir():
            shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            copy.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / part)
    return copy


def toolkit_env(copy: Path, cache: Path) -> dict[str, str]:
    """The copy's sources (hence its templates/) first on the path, and a private cache."""
    return {**os.environ, "PYTHONPATH": str(copy / "src"), "RUNAI_SDKGEN_CACHE": str(cache)}


def bench_pipeline(copy: Path, cache: Path) -> list[Measurement]:
    env = toolkit_env(copy, cache)
    command = [sys.executable, "-m", "runai_sdkgen", "pipeline"]
    print("bench: cold pipeline (fresh cache; verify installs from the package index)...")
    cold = run_child(command, cwd=copy, env=env)
    print("bench: warm no-op re-run...")
    warm = run_child(command, cwd=copy, env=env)
    template = copy / "src" / "runai_sdkgen" / "generate" / "templates" / "model.py.jinja"
    template.write_text(template.read_text("utf-8") + "{# bench: touched #}\n", "utf-8")
    print("bench: re-run after a comment in templates/model.py.jinja (in the copy)...")
    touched = run_child(command, cwd=copy, env=env)
    share = warm.wall_s / cold.wall_s
    releases = "3 multi-tenant releases"
    return [
        Measurement(
            f"pipeline cold ({releases})", cold.wall_s, cold.cpu_s, cold.peak_rss_mb, "-", None
        ),
        Measurement(
            "pipeline warm no-op",
            warm.wall_s,
            warm.cpu_s,
            warm.peak_rss_mb,
            "< 10 % of cold",
            share < 0.10,
            f"{share:.1%} of cold",
        ),
        Measurement(
            "pipeline after a template comment",
            touched.wall_s,
            touched.cpu_s,
            touched.peak_rss_mb,
            "-",
            None,
            f"{touched.wall_s / cold.wall_s:.0%} of cold; " + _stage_states(touched.stdout),
        ),
    ]


def _stage_states(stdout: str) -> str:
    """`generate ran x3, build cached x3, ...` from the pipeline's per-release lines."""
    counts: dict[str, int] = {}
    for line in stdout.splitlines():
        for part in line.split(": ", 1)[-1].split(", "):
            words = part.split()
            if len(words) >= 2 and words[0] in {"generate", "build", "verify"}:
                counts[f"{words[0]} {words[1]}"] = counts.get(f"{words[0]} {words[1]}", 0) + 1
    return ", ".join(f"{k} x{v}" for k, v in counts.items())


CONTROL_PLANE_PRODUCT = """
[products.control-plane]
title = "NVIDIA Run:ai Control-plane API"
distribution = "runai-cp-client"
package = "runai_cp_client"

[[products.control-plane.releases]]
label = "2.24"
build = 0
snapshot = "control-plane/2.24/openapi.json"
source = {{ kind = "file", path = "{spec}" }}
"""


def _median_run(
    commands: Mapping[str, Sequence[str]], cwd: Path, env: Mapping[str, str]
) -> dict[str, ChildRun]:
    """Each command GENERATION_RUNS times, round robin (a load spike hits them alike); for each,
    the run with the median wall time."""
    runs: dict[str, list[ChildRun]] = {name: [] for name in commands}
    for _ in range(GENERATION_RUNS):
        for name, command in commands.items():
            runs[name].append(run_child(command, cwd=cwd, env=env))
    return {
        name: sorted(done, key=lambda run: run.wall_s)[len(done) // 2]
        for name, done in runs.items()
    }


def bench_control_plane(copy: Path, scratch: Path) -> tuple[list[Measurement], Path | None]:
    """Our generation of CP 2.24 vs the stock generators; the 2.23 -> 2.24 diff."""
    spec = CONTROL_PLANE / "2.24" / "openapi.json"
    if not spec.is_file() or not (CONTROL_PLANE / "2.23" / "openapi.json").is_file():
        print(f"bench: skipping the control-plane parts: {CONTROL_PLANE} is absent")
        return [], None
    env = toolkit_env(copy, scratch / "unused-cache")
    manifest = copy / "specs" / "releases.toml"
    atomic_write_text(
        manifest, manifest.read_text("utf-8") + CONTROL_PLANE_PRODUCT.format(spec=spec)
    )
    toolkit = [sys.executable, "-m", "runai_sdkgen"]
    print("bench: control-plane 2.24 fetch (validate, normalize, lock)...")
    fetch = run_child([*toolkit, "fetch", "--product", "control-plane"], cwd=copy, env=env)
    stock_tool = str(Path(sys.executable).with_name("openapi-python-client"))
    pydantic_tool = str(Path(sys.executable).with_name("datamodel-codegen"))
    print(f"bench: control-plane 2.24 generation, ours and stock, {GENERATION_RUNS} rounds...")
    runs = _median_run(
        {
            "ours": [*toolkit, "generate", "--product", "control-plane"],
            "ours --spec": [
                *toolkit,
                "generate",
                "--spec",
                str(spec),
                "--release",
                "2.24",
                "--out",
                str(scratch / "cp-spec"),
            ],
            "stock": [
                stock_tool,
                "generate",
                "--path",
                str(spec),
                "--output-path",
                str(scratch / "stock"),
                "--overwrite",
            ],
            "stock pydantic": [
                pydantic_tool,
                f"--input={spec}",
                "--input-file-type=openapi",
                "--output-model-type=pydantic_v2.BaseModel",
                f"--output={scratch / 'stock-models.py'}",
            ],
        },
        cwd=copy,
        env=env,
    )
    ours, stock = runs["ours"], runs["stock"]
    ratio = ours.wall_s / stock.wall_s
    pair = stock.wall_s + runs["stock pydantic"].wall_s
    memory_ok = max(run.peak_rss_mb for run in [fetch, *runs.values()]) < PEAK_MEMORY_GOAL_MB
    print("bench: control-plane 2.23 -> 2.24 diff...")
    diff = run_child(
        [sys.executable, "-c", DIFF_SNIPPET, str(CONTROL_PLANE), str(DIFF_RUNS)],
        cwd=copy,
        env=env,
    )
    diff_seconds = float(json.loads(diff.stdout.strip().splitlines()[-1])["median_s"])
    median = f"median of {GENERATION_RUNS}"
    return [
        Measurement(
            "CP 2.24 fetch: validate, normalize, lock",
            fetch.wall_s,
            fetch.cpu_s,
            fetch.peak_rss_mb,
            "-",
            None,
            "once; generate reads what it wrote",
        ),
        Measurement(
            "CP 2.24 generate, ours (client + pydantic)",
            ours.wall_s,
            ours.cpu_s,
            ours.peak_rss_mb,
            "<= 1.5x stock; peak < 500 MB",
            ratio <= 1.5 and ours.peak_rss_mb < PEAK_MEMORY_GOAL_MB,
            f"{ratio:.2f}x stock, {ours.wall_s / pair:.2f}x both stock tools; {median}",
        ),
        Measurement(
            "CP 2.24 generate --spec FILE, ours",
            runs["ours --spec"].wall_s,
            runs["ours --spec"].cpu_s,
            runs["ours --spec"].peak_rss_mb,
            "-",
            None,
            f"validates the file too; {runs['ours --spec'].wall_s / stock.wall_s:.2f}x stock",
        ),
        Measurement(
            "CP 2.24 generate, stock openapi-python-client",
            stock.wall_s,
            stock.cpu_s,
            stock.peak_rss_mb,
            "-",
            None,
            f"default config; {median}",
        ),
        Measurement(
            "CP 2.24 models, stock datamodel-codegen",
            runs["stock pydantic"].wall_s,
            runs["stock pydantic"].cpu_s,
            runs["stock pydantic"].peak_rss_mb,
            "-",
            None,
            f"pydantic v2, defaults otherwise; {median}",
        ),
        Measurement(
            "CP 2.23 -> 2.24 diff (median in process)",
            diff_seconds,
            None,
            diff.peak_rss_mb,
            "< 0.5 s; peak < 500 MB",
            diff_seconds < 0.5 and diff.peak_rss_mb < PEAK_MEMORY_GOAL_MB,
            f"{DIFF_RUNS} runs; all CP stages under 500 MB: {memory_ok}",
        ),
    ], copy / "generated" / "control-plane" / "2.24"


DIFF_SNIPPET = """
import json, statistics, sys, time
from pathlib import Path
from runai_sdkgen.changes.diff import diff_specs
from runai_sdkgen.spec.load import load_spec_file
folder, runs = Path(sys.argv[1]), int(sys.argv[2])
old = load_spec_file(folder / "2.23" / "openapi.json", validate=False)
new = load_spec_file(folder / "2.24" / "openapi.json", validate=False)
samples = []
for _ in range(runs):
    started = time.perf_counter()
    diff_specs(old, new, old_label="2.23", new_label="2.24")
    samples.append(time.perf_counter() - started)
print(json.dumps({"median_s": statistics.median(samples)}))
"""

IMPORT_SNIPPET = """
import sys, time
started = time.perf_counter()
__import__(sys.argv[1])
print(time.perf_counter() - started)
"""


def bench_import(name: str, project: Path, package: str) -> Measurement:
    env = {**os.environ, "PYTHONPATH": str(project)}
    samples = [
        float(
            run_child([sys.executable, "-c", IMPORT_SNIPPET, package], cwd=project, env=env)
            .stdout.strip()
            .splitlines()[-1]
        )
        for _ in range(IMPORT_RUNS)
    ]
    return Measurement(
        name, statistics.median(samples), None, None, "-", None, f"median of {IMPORT_RUNS}"
    )


CALL_SNIPPET = """
import json, statistics, sys, time, warnings
import httpx
from runai_mt_client import Client, RunaiClient
from runai_mt_client.api.tenant import get_tenants
warnings.simplefilter("ignore")
base, calls, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with (
    httpx.Client(base_url=base) as bare,
    Client(base_url=base) as client,
    RunaiClient(base, token="bench", on_release_mismatch="ignore") as facade,
):
    variants = {
        "httpx": lambda: bare.get(path).json(),
        "sync_detailed": lambda: get_tenants.sync_detailed(client=client),
        "facade": lambda: facade.tenant.list(),
    }
    samples = {name: [] for name in variants}
    for round in range(calls + 50):
        # Round robin, so load from other processes hits every variant alike; 50 warm-up rounds.
        for name, call in variants.items():
            started = time.perf_counter()
            call()
            if round >= 50:
                samples[name].append(time.perf_counter() - started)
print(json.dumps({name: statistics.median(values) for name, values in samples.items()}))
"""


@contextmanager
def fixed_answer_server(body: bytes) -> Iterator[str]:
    """A minimal keep-alive HTTP/1.1 server on 127.0.0.1 answering every GET with `body`."""

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle on, the second waits for the
        # client's delayed ACK (~40 ms) and every call would measure that instead of the client.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def bench_calls(project: Path, spec_path: Path, calls: int) -> list[Measurement]:
    spec = specio.load_spec_file(spec_path, validate=False)
    response = spec["paths"][CALL_PATH]["get"]["responses"]["200"]
    body = json.dumps(example_value(response["content"]["application/json"]["schema"], spec))
    env = {**os.environ, "PYTHONPATH": str(project)}
    with fixed_answer_server(body.encode("utf-8")) as base_url:
        child = run_child(
            [sys.executable, "-c", CALL_SNIPPET, base_url, str(calls), CALL_PATH],
            cwd=project,
            env=env,
        )
    medians = json.loads(child.stdout.strip().splitlines()[-1])
    bare = float(medians["httpx"])
    rows = [Measurement(f"GET {CALL_PATH}, bare httpx + .json()", bare, None, None, "-", None)]
    for name, key in (("sync_detailed", "sync_detailed"), ("facade tenant.list()", "facade")):
        seconds = float(medians[key])
        rows.append(
            Measurement(
                f"GET {CALL_PATH}, {name}",
                seconds,
                None,
                None,
                "< 1.3x bare httpx",
                seconds / bare < 1.3,
                f"{seconds / bare:.2f}x bare; median of {calls}",
            )
        )
    return rows


def print_table(rows: Sequence[Measurement]) -> None:
    header = f"{'measurement':<48} {'wall':>10} {'cpu':>8} {'peak':>9}  {'goal':<30} note"
    print(header)
    print("-" * len(header))
    for row in rows:
        wall = f"{row.wall_s * 1000:.2f} ms" if row.wall_s < 1 else f"{row.wall_s:.2f} s"
        cpu = "-" if row.cpu_s is None else f"{row.cpu_s:.1f} s"
        peak = "-" if row.peak_rss_mb is None else f"{row.peak_rss_mb:.0f} MB"
        verdict = "" if row.met is None else (" [met]" if row.met else " [MISSED]")
        print(f"{row.name:<48} {wall:>10} {cpu:>8} {peak:>9}  {row.goal + verdict:<30} {row.note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=500, help="calls per client (%(default)s)")
    parser.add_argument("--out", type=Path, default=OUTPUT, help="JSON output (%(default)s)")
    args = parser.parse_args(argv)
    rows: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="runai-sdkgen-bench-") as scratch_name:
        scratch = Path(scratch_name)
        copy = project_copy(scratch)
        rows += bench_pipeline(copy, scratch / "cache")
        mt_project = copy / "generated" / "multi-tenant" / MT_RELEASE
        cp_rows, cp_project = bench_control_plane(copy, scratch)
        rows += cp_rows
        rows.append(
            bench_import(f"import runai_mt_client (MT {MT_RELEASE})", mt_project, "runai_mt_client")
        )
        if cp_project is not None:
            rows.append(
                bench_import("import runai_cp_client (CP 2.24)", cp_project, "runai_cp_client")
            )
        spec_path = copy / "generated" / "specs" / "multi-tenant" / MT_RELEASE / "openapi.json"
        rows += bench_calls(mt_project, spec_path, args.calls)
    print_table(rows)
    document = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "control_plane": CONTROL_PLANE.is_dir(),
        "measurements": [asdict(row) for row in rows],
    }
    atomic_write_text(args.out, json.dumps(document, indent=2) + "\n")
    print(f"bench: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
