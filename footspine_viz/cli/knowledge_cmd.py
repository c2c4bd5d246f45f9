"""Subcommands of footspine-viz (see footspine_viz.cli)."""

from __future__ import annotations

import argparse


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this module's subcommands to sub."""
