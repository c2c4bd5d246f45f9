"""Words for people, from the knowledge base's text files only.

Every sentence the scene, the pictures and the front-ends show is looked up
here in ``annotations/text/<locale>.yaml`` (sections ``ui``, ``picture``,
``views``, ``sides``, ``nerve_names``, ...), in the reader's wording
(``patient`` or ``student``). A missing key is a clear error naming the
file and the key, never English made up in code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from footspine_viz.errors import UserError


def word(
    kb: Any, section: str, key: str, mode: str = "patient", locale: str = "en", **fill: Any
) -> str:
    """Text ``section``/``key`` in ``mode``, with ``{placeholders}`` filled.

    An entry may be a plain string (same for both wordings) or a mapping
    ``{patient: ..., student: ...}``; a student entry falls back to the
    patient one.
    """
    entry = kb.text.get(locale, {}).get(section, {}).get(key)
    if isinstance(entry, Mapping):
        entry = entry.get(mode) or entry.get("patient")
    if entry is None:
        raise UserError(
            f"annotations/text/{locale}.yaml: no text {section}.{key}", f"add it under '{section}:'"
        )
    text = str(entry)
    return text.format(**fill) if fill else text


def maybe_word(
    kb: Any, section: str, key: str, mode: str = "patient", locale: str = "en"
) -> str | None:
    """Like :func:`word`, or None when the file has no such entry."""
    try:
        return word(kb, section, key, mode, locale)
    except UserError:
        return None


def site_name(kb: Any, site: str, mode: str = "patient") -> str:
    """A site's display name (``site_names``)."""
    return maybe_word(kb, "site_names", site, mode) or site.replace("-", " ")


def nerve_name(kb: Any, segment: str, mode: str = "patient", short: bool = False) -> str:
    """A nerve segment's name for people: ``nerve_names`` (short labels) or the record's name."""
    if short:
        named = maybe_word(kb, "nerve_names", segment, mode)
        if named:
            return named
    rec = kb.segments.get(segment)
    return str(rec.name) if rec is not None else segment


def view_name(kb: Any, view: str, mode: str = "patient") -> str:
    """A camera preset in words ("top of the foot")."""
    return maybe_word(kb, "views", view, mode) or view.replace("-", " ")


def side_words(kb: Any, side: str, mode: str = "patient") -> str:
    """ "left side", "right side", "both sides"."""
    return word(kb, "sides", side, mode)


def map_title(kb: Any, map_id: str) -> str:
    """A map's title as its file gives it."""
    m = kb.maps.get(map_id)
    return str(m.title) if m is not None else map_id
