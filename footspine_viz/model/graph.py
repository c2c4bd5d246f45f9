"""Walks over the nerve graph.

The graph is stored as inputs (``parent`` plus ``joins``); the loader builds
the reverse index ``Knowledge.children`` once. A walk goes proximal to distal
(breadth first, children in file order), so its result is already in the
order the scene draws and the text reads: "from the site to the foot".
"""

from __future__ import annotations

from collections.abc import Iterable

from footspine_viz.model.ids import resolve
from footspine_viz.model.records import Knowledge


def walk(
    kb: Knowledge,
    start: Iterable[str],
    roots: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
) -> tuple[str, ...]:
    """Segments reached from ``start`` going distally, keeping those that carry ``roots``.

    Parameters
    ----------
    kb
        The knowledge base.
    start
        Segment ids to start from; they are included when they carry one of
        ``roots`` (or always, when ``roots`` is None).
    roots
        Keep only segments carrying at least one of these roots; a branch
        that stops carrying them is not followed further, because fibres of
        a root cannot reappear below a segment that lacks them.
    exclude
        Segments not to enter (with what lies below them unless reached
        another way): branches that leave above a lesion.

    Returns
    -------
    tuple of str
        Segment ids, proximal first, each once.
    """
    wanted = None if roots is None else set(roots)
    skip = set(exclude)

    def keep(sid: str) -> bool:
        seg = kb.segments.get(sid)
        return (
            seg is not None
            and sid not in skip
            and (wanted is None or bool(wanted & set(seg.carries)))
        )

    order: list[str] = []
    seen: set[str] = set()
    queue = [s for s in start if keep(s)]
    while queue:
        nxt: list[str] = []
        for sid in queue:
            if sid in seen:
                continue
            seen.add(sid)
            order.append(sid)
            nxt += [c for c in kb.children.get(sid, ()) if c not in seen and keep(c)]
        queue = nxt
    return tuple(order)


def downstream(kb: Knowledge, segment_id: str, root: str | None = None) -> tuple[str, ...]:
    """Everything downstream of ``segment_id`` (itself included) that carries ``root``.

    This is the query behind "light up the nerve below this point": for
    ``downstream(kb, "sciatic", "L5")`` it returns the sciatic nerve and the
    branches that carry L5 fibres to the foot. Unknown ids raise a
    :class:`~footspine_viz.errors.UserError` naming the nearest valid ids.
    """
    resolve("nerve segment", segment_id, kb.segments)
    if root is not None:
        resolve("root", root, kb.roots)
    return walk(kb, [segment_id], None if root is None else [root])


def ancestors(kb: Knowledge, segment_id: str) -> tuple[str, ...]:
    """Segments upstream of ``segment_id`` (nearest first), for "a lesion higher up" hints."""
    order: list[str] = []
    queue = list(kb.segments[segment_id].inputs) if segment_id in kb.segments else []
    while queue:
        sid = queue.pop(0)
        if sid in order or sid not in kb.segments:
            continue
        order.append(sid)
        queue += list(kb.segments[sid].inputs)
    return tuple(order)
