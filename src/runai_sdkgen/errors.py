"""The one exception type the CLI turns into a single-line message and a non-zero exit."""


class ToolkitError(Exception):
    """A user-facing failure: bad input, bad flag, network fault, checksum mismatch.

    The message must name the file, field or URL at fault, fit on one line, and never contain
    a secret. The CLI prints it without a traceback and exits with `exit_code`.
    """

    exit_code: int = 2

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self.args[0])
