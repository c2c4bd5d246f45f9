"""The ``footspine-viz`` command.

One module per group of subcommands; each exposes ``register(subparsers)``,
which adds its parsers and sets ``func`` (a callable taking the parsed
arguments and returning an exit code). Modules here must stay cheap to import:
heavy imports (VTK, trame) belong inside the handlers.

``main(argv)`` returns an exit code and is what the tests call.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from footspine_viz import __version__
from footspine_viz.errors import UserError

#: Subcommand modules, in the order their commands appear in ``--help``.
COMMAND_MODULES = ("atlas_cmd", "knowledge_cmd", "scene_cmd", "ui_cmd", "report_cmd")


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose usage errors say how to get help."""

    def error(self, message: str) -> NoReturn:  # pragma: no cover - exercised via main()
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n  hint: run '{self.prog} --help'\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="footspine-viz",
        description="See how a problem in the lower back reaches the foot.",
    )
    parser.add_argument("--version", action="version", version=f"footspine-viz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"footspine_viz.cli.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of exiting."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, while it can still be handled
        return code
    except BrokenPipeError:
        # The reader went away (``footspine-viz atlas info | head -1``): it has
        # what it wanted, so end quietly, without a traceback or an error line.
        _silence_stdout()
        return 0
    except UserError as exc:
        print(f"footspine-viz: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        # A write that failed after the checks (disk full, read-only file
        # system, permissions changed) or a render window that could not open.
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"footspine-viz: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("footspine-viz: interrupted", file=sys.stderr)
        return 130


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout replaced by an object without a file descriptor
        pass


def console_main() -> None:
    """Entry point of the ``footspine-viz`` console script and of ``python -m footspine_viz``."""
    sys.exit(main())
