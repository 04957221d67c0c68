"""import_block against ruff itself: the block must be what `ruff check --fix` makes of the
same candidates, so the generation's ruff pass has nothing left to fix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from runai_sdkgen.generate.imports import import_block, with_imports, without_whitespace_lines

RUFF = str(Path(sys.executable).with_name("ruff"))
# The lint settings of a generated package (its pyproject.toml).
RUFF_SETTINGS = ["--line-length=100", "--target-version=py311", "--select=I,F401,F811"]

ENDPOINT_CANDIDATES = [
    "import warnings",
    "from http import HTTPStatus",
    "from typing import Any, cast",
    "from urllib.parse import quote",
    "import httpx",
    "from typing_extensions import deprecated",
    "from ... import errors",
    "from ...client import AuthenticatedClient, Client",
    "from ...types import UNSET, Response, Unset",
    "from ...models.item_10 import Item10",
    "from ...models.item_2 import Item2",
    "from typing import cast",
    "from ...models.error import Error",
]
ENDPOINT_CODE = """def _parse(response: httpx.Response, client: Client) -> Item2 | Item10 | Error:
    if response.status_code == HTTPStatus.OK:
        return Item2.from_dict(cast(dict[str, Any], response.json()))
    if response.status_code == 201:
        return Item10.from_dict(response.json())
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return Error.from_dict(response.json())
"""
MODEL_CANDIDATES = [
    "from __future__ import annotations",
    "from collections.abc import Mapping",
    "from typing import TYPE_CHECKING, Any, TypeVar",
    "from attrs import field as _attrs_field",
    "from attrs import define as _attrs_define",
    "from ..types import UNSET, Unset",
    "import json",
    "from .. import types",
]
MODEL_CODE = """T = TypeVar("T", bound="Thing")


@_attrs_define
class Thing:
    name: str | Unset = UNSET
    extra: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Thing:
        return cls(name=src.get("name", UNSET))
"""
LONG_NAMES = [
    "from ..models.access_rule_deletion_batch_response_failure_item import "
    "AccessRuleDeletionBatchResponseFailureItem",
    "from ..models.workload_template_creation_request_with_everything import "
    "WorkloadTemplateCreationRequestWithEverything, WorkloadTemplateUpdate",
]
LONG_CODE = """def use(
    a: AccessRuleDeletionBatchResponseFailureItem,
    b: WorkloadTemplateCreationRequestWithEverything,
    c: WorkloadTemplateUpdate,
) -> None:
    print(a, b, c)
"""

LEVEL_CANDIDATES = [
    "from . import sibling",
    "from .models.x import X",
    "from .. import types",
    "from ...client import Client",
    "import os.path",
    "import attrs as attributes",
]
LEVEL_CODE = "VALUE = (sibling, X, types, Client, os.path.sep, attributes)\n"


def _ruff_fixed(source: str, tmp_path: Path) -> str:
    module = tmp_path / "module.py"
    module.write_text(source, encoding="utf-8")
    subprocess.run(
        [
            RUFF,
            "check",
            "--no-cache",
            "--isolated",
            "--fix-only",
            "--quiet",
            *RUFF_SETTINGS,
            str(module),
        ],
        check=True,
    )
    return module.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("candidates", "code"),
    [
        pytest.param(ENDPOINT_CANDIDATES, ENDPOINT_CODE, id="endpoint"),
        pytest.param(MODEL_CANDIDATES, MODEL_CODE, id="model"),
        pytest.param(LONG_NAMES, LONG_CODE, id="long-lines"),
        pytest.param(LEVEL_CANDIDATES, LEVEL_CODE, id="relative-levels"),
    ],
)
def test_the_block_is_what_ruff_makes_of_the_candidates(
    candidates: list[str], code: str, tmp_path: Path
) -> None:
    # Ruff puts two blank lines between the imports and a def, one before other statements:
    # the templates do the same.
    gap = "\n\n\n" if code.startswith("def ") else "\n\n"
    ours = import_block(candidates, code) + gap + code
    assert _ruff_fixed("\n".join(candidates) + gap + code, tmp_path) == ours
    # Unused names are gone, not just sorted.
    block = import_block(candidates, code)
    assert not {"warnings", "deprecated", "json"} & set(block.replace(",", " ").split())


def test_a_nested_block_is_sorted_like_ruff_sorts_it(tmp_path: Path) -> None:
    body = "        return [Item10(), Item2(), Thing()]\n"
    lazy = [
        "from ..models.thing import Thing",
        "from ..models.item_2 import Item2",
        "from ..models.unused import Unused",
        "from ..models.item_10 import Item10",
    ]
    head = "class Holder:\n    def make(self) -> list[object]:\n"
    unsorted = head + "".join(f"        {line}\n" for line in lazy) + "\n" + body
    fixed = _ruff_fixed(unsorted, tmp_path)
    assert fixed == head + with_imports(lazy, body, "        ") + "\n"
    assert "Unused" not in fixed


def test_names_inside_longer_names_or_attributes_do_not_count_as_uses() -> None:
    code = "value = types.UNSET_VALUE + other.cast(AnyThing)\n"
    candidates = ["from typing import Any, cast", "from .. import types", "from .x import UNSET"]
    assert import_block(candidates, code) == "from .. import types"


def test_future_imports_are_kept_and_nothing_used_gives_an_empty_block() -> None:
    assert import_block(["from __future__ import annotations"], "x = 1\n") == (
        "from __future__ import annotations"
    )
    assert import_block(["import json", "from typing import Any"], "x = 1\n") == ""
    assert with_imports(["import json"], "        x = 1\n", "        ") == "        x = 1"


def test_a_statement_it_cannot_read_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a simple import statement"):
        import_block(["from x import (a, b)"], "a, b\n")


def test_whitespace_only_lines_are_emptied_and_nothing_else() -> None:
    assert without_whitespace_lines("a\n    \n\t\nb  \n") == "a\n\n\nb  \n"
