"""`runai-sdkgen`: one subcommand per pipeline stage.

Each stage module registers its own subcommand through `add_cli(subparsers)` and sets a
`handler(args) -> int` default; this module only wires them up and turns a ToolkitError into
one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from runai_sdkgen import __version__
from runai_sdkgen.errors import ToolkitError

GLOBAL_OPTIONS_WITH_VALUES = ("--manifest", "--root")


class StageModule(Protocol):
    def add_cli(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


# Every subcommand and the stage module that registers it, in the order `--help` lists them.
COMMAND_MODULES = {
    "fetch": "fetch.stage",
    "generate": "generate.stage",
    "build": "build",
    "verify": "verify.stage",
    "diff": "changes.commands",
    "ledger": "changes.commands",
    "report": "changes.commands",
    "rules": "changes.commands",
    "audit": "audit.command",
    "pipeline": "pipeline.run",
    "cache": "pipeline.cache",
}


def _stage_modules(command: str | None = None) -> list[StageModule]:
    """The stage modules to register: only `command`'s when it is a known subcommand (each
    module pulls in its own libraries, a cost every invocation would pay), else all of them."""
    names = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else COMMAND_MODULES.values()
    return [importlib.import_module(f"runai_sdkgen.{name}") for name in dict.fromkeys(names)]


def _command(argv: Sequence[str]) -> str | None:
    """The subcommand in `argv` (the first argument that is no option or option value)."""
    values = iter(argv)
    for argument in values:
        if argument in GLOBAL_OPTIONS_WITH_VALUES:
            next(values, None)
        elif not argument.startswith("-"):
            return argument
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The CLI's parser; given the arguments, it registers only the subcommand they name."""
    parser = argparse.ArgumentParser(
        prog="runai-sdkgen",
        description="Per-release Python clients and deprecation reports for the Run:ai APIs.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--root",
        type=Path,
        help="the project folder (default: the nearest folder at or above the current one that "
        "holds specs/releases.toml)",
    )
    parser.add_argument(
        "--manifest",
        type=Path,
        help="the release manifest (default: specs/releases.toml of the project)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _stage_modules(None if argv is None else _command(argv)):
        module.add_cli(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(arguments).parse_args(arguments)
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
