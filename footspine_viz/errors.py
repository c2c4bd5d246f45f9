"""Errors a user can act on.

Every failure caused by input (an unknown root, a malformed annotation file,
a broken cache, an unwritable path) is raised as a :class:`UserError`. The CLI
prints its message and hint on one or two lines and exits with its code;
no traceback reaches the user.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix, with a message naming the thing and the fix.

    Parameters
    ----------
    message
        What is wrong, naming the thing at fault (file, id, path).
    hint
        How to fix it. Optional.
    exit_code
        Process exit status for the CLI: 2 for bad input or usage, 1 for an
        environment problem (missing package, unwritable cache).
    """

    def __init__(self, message: str, hint: str | None = None, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n  hint: {self.hint}"
        return self.message


class EnvironmentProblem(UserError):
    """The machine lacks something (a package, a writable folder)."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message, hint, exit_code=1)
