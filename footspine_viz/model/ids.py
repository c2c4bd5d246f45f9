"""Resolving user-given ids, with the nearest valid ids on a miss.

Every query that takes an id from a person (CLI argument, UI request) goes
through :func:`resolve` so that a typo gives one consistent answer: a
:class:`~footspine_viz.errors.UserError` with exit code 2 naming the unknown
id and the closest valid ones (difflib), instead of a ``KeyError``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from footspine_viz.errors import UserError


def nearest(value: str, valid: Iterable[str], n: int = 3) -> list[str]:
    """Return up to ``n`` valid ids closest to ``value`` (case-insensitive).

    A case-insensitive exact match comes first, so ``l5`` suggests ``L5``.
    """
    options = list(valid)
    lowered = {o.lower(): o for o in options}
    found = difflib.get_close_matches(value.lower(), list(lowered), n=n, cutoff=0.4)
    return [lowered[f] for f in found]


def resolve(kind: str, value: str, valid: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``valid``, else raise a helpful UserError.

    Parameters
    ----------
    kind
        What the id names, for the message ("root", "site", "region", "map").
    value
        The id as given.
    valid
        All valid ids of that kind.

    Raises
    ------
    UserError
        Exit code 2; the hint lists the nearest valid ids, or all of them when
        there are few and none is close.
    """
    options = list(valid)
    if value in options:
        return value
    raise unknown(kind, value, options)


def unknown(kind: str, value: object, valid: Iterable[str]) -> UserError:
    """The UserError for an id not among ``valid``, naming the nearest ones (exit code 2)."""
    options = sorted(set(valid))
    close = nearest(str(value), options)
    if close:
        hint = "did you mean " + " or ".join(repr(c) for c in close) + "?"
    else:
        shown = ", ".join(options[:12])
        hint = f"valid {kind}s: {shown}" + (" ..." if len(options) > 12 else "")
    return UserError(f"unknown {kind} {value!r}", hint, exit_code=2)
