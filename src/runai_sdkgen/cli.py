"""`runai-sdkgen`: one subcommand per pipeline stage.

Each stage module registers its own subcommand through `add_cli(subparsers)` and sets a
`handler(args) -> int` default; this module only wires them up and turns a ToolkitError into
one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from runai_sdkgen import __version__
from runai_sdkgen.errors import ToolkitError

DEFAULT_MANIFEST = Path("specs/releases.toml")


class StageModule(Protocol):
    def add_cli(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


def _stage_modules() -> list[StageModule]:
    # The stage modules pull in the generators; importing them here keeps `import cli` light.
    from runai_sdkgen import audit, build, cache, fetch, generate, pipeline, report, verify

    return [fetch, generate, build, verify, report, audit, pipeline, cache]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runai-sdkgen",
        description="Per-release Python clients and deprecation reports for the Run:ai APIs.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--manifest",
        type=Path,
        default=DEFAULT_MANIFEST,
        help="release manifest (default: %(default)s)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _stage_modules():
        module.add_cli(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except ToolkitError as exc:
        print(f"runai-sdkgen: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("runai-sdkgen: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
