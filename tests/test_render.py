"""The background writer of rendered modules: every file lands, a failure names its file."""

from __future__ import annotations

from pathlib import Path

import pytest

from runai_sdkgen.errors import ToolkitError
from runai_sdkgen.generate.render import background_writer


def test_every_queued_file_is_written_before_the_block_ends(tmp_path: Path) -> None:
    texts = {tmp_path / f"m_{i}.py": f"VALUE = {i}\n" for i in range(200)}
    with background_writer() as write:
        for path, text in texts.items():
            write(path, text)
    assert {path: path.read_text(encoding="utf-8") for path in texts} == texts


def test_a_failed_write_is_one_error_naming_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "models"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    with (
        pytest.raises(ToolkitError, match=r"cannot write .*models/a\.py"),
        background_writer() as write,
    ):
        write(tmp_path / "b.py", "B = 1\n")
        write(blocker / "a.py", "A = 1\n")
    assert (tmp_path / "b.py").read_text(encoding="utf-8") == "B = 1\n"
