"""Turn the installed source packages into atlas arrays (no caching here)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas import ids, soft
from footspine_viz.atlas import landmarks as lm
from footspine_viz.atlas import sources as src
from footspine_viz.atlas.geometry import Mesh

#: Loop-subdivision levels per bone (by id prefix); Taubin smoothing follows.
REFINE = {
    "vertebra": 2,
    "sacrum": 2,
    "coccyx": 2,
    "hip": 1,
    "femur": 1,
    "patella": 2,
    "tibia": 2,
    "fibula": 2,
    "talus": 2,
    "calcaneus": 2,
    "navicular": 2,
    "cuboid": 2,
    "cuneiform": 2,
    "metatarsal": 2,
    "phalanx": 1,
}


@dataclass
class Structure:
    id: str
    kind: str
    side: str | None
    points: np.ndarray
    faces: np.ndarray
    source: dict[str, Any] = field(default_factory=dict)  # the manifest record (JSON)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence C-level chatter (MuJoCo prints a warning while composing the model)."""
    try:
        fd = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(fd, 2)
        os.close(fd)


def _split_coccyx(p: np.ndarray, f: np.ndarray, height: float = 0.024) -> list[Mesh]:
    """Cut the coccygeal tail off myo-sim's sacrum below a plane; cap both cuts."""
    zcut = p[:, 2].min() + height
    fz = p[f].mean(1)[:, 2]
    parts = []
    for sel in (fz >= zcut, fz < zcut):
        ff = f[sel]
        used = np.unique(ff)
        remap = -np.ones(len(p), dtype=np.int64)
        remap[used] = np.arange(len(used))
        pp, ff = p[used].copy(), remap[ff]
        parts.append(_cap_holes(pp, ff))
    return parts


def _cap_holes(p: np.ndarray, f: np.ndarray) -> Mesh:
    """Close each boundary loop with a fan around its centroid.

    The boundary is split into simple loops by walking unused boundary edges
    and cutting off a loop whenever the walk comes back to a vertex on its own
    path, so borders that touch at a vertex (myo-sim's tibia, after its
    non-manifold faces are dropped) are closed too and the bone is watertight.
    """
    edges = np.vstack([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    key = {tuple(e) for e in edges.tolist()}
    boundary = [tuple(e) for e in edges.tolist() if (e[1], e[0]) not in key]
    if not boundary:
        return p, f
    out: dict[int, list[int]] = {}
    for a, b in boundary:
        out.setdefault(a, []).append(b)
    loops: list[list[int]] = []
    for start in sorted(out):
        while out.get(start):
            path = [start]
            cur = start
            while True:
                nxt_list = out.get(cur)
                if not nxt_list:
                    path = []  # an open chain (inconsistent orientation): leave it
                    break
                nxt = nxt_list.pop(0)
                if nxt in path:
                    k = path.index(nxt)
                    loops.append(path[k:])
                    path = path[: k + 1]
                    if k == 0:
                        break
                    cur = nxt
                    continue
                path.append(nxt)
                cur = nxt
            if not path:
                break
    new_p, new_f = [p], [f]
    n = len(p)
    for loop in loops:
        if len(loop) < 3:
            continue
        c = p[loop].mean(0)
        new_p.append(c[None])
        new_f.append(np.array([(loop[(i + 1) % len(loop)], loop[i], n) for i in range(len(loop))]))
        n += 1
    return np.vstack(new_p), np.vstack(new_f)


def build_all(
    progress: Callable[[str], None] | None = None,
) -> tuple[
    dict[str, Structure], dict[str, np.ndarray], dict[str, np.ndarray], dict[str, dict[str, str]]
]:
    """Return (structures, landmarks, skin_labels, packages). progress(step_name) is called per step."""
    step = progress or (lambda name: None)
    packages = src.check_packages()
    from footspine_viz.atlas import bones as bn

    step("bones: forward kinematics")
    with _quiet_stderr():
        skel = bn.load_skeleton()
    raw = dict(skel.bones)
    sac = raw.pop("sacrum")
    (sp, sf), (cp, cf) = _split_coccyx(sac.points, sac.faces)
    raw["sacrum"] = bn.RawBone("sacrum", None, sp, sf, sac.package, sac.source_file, sac.license)
    raw["coccyx"] = bn.RawBone(
        "coccyx",
        None,
        cp,
        cf,
        sac.package,
        sac.source_file + " (tail cut off below a plane)",
        sac.license,
    )

    step("bones: refine and smooth")
    structures: dict[str, Structure] = {}
    for bid, bone in raw.items():
        levels = REFINE[bid.split(".")[0]]
        p, f = bone.points, bone.faces
        if not geo.is_manifold(f):
            # myo-sim's tibia has doubled faces and edges shared by 3+ faces; loop
            # subdivision throws such vertices centimetres away. Drop them, then close holes.
            f = geo.drop_nonmanifold(f)
        p, f = _cap_holes(p, f)
        p, f = geo.refine_smooth(p, f, levels)
        structures[bid] = Structure(
            bid,
            "bone",
            bone.side,
            p,
            f,
            {
                "package": bone.package,
                "file": bone.source_file,
                "license": bone.license,
                **bone.extra,
            },
        )
    meshes = {k: (s.points, s.faces) for k, s in structures.items()}

    step("spine: endplates, canal, discs")
    vertebrae: dict[str, lm.Vertebra] = {}
    for k in range(1, 6):
        vertebrae[f"L{k}"] = lm.analyse_vertebra(*meshes[f"vertebra.L{k}"])
    s1 = lm.analyse_sacrum(*meshes["sacrum"], vertebrae["L5"])
    discs: dict[str, soft.Disc] = {}
    order = ["L1", "L2", "L3", "L4", "L5", "S1"]
    from footspine_viz import __version__

    proj = {
        "package": f"footspine-viz {__version__}",
        "file": "footspine_viz/atlas/soft.py",
        "license": src.PROJECT_LICENSE,
    }
    for k, level in enumerate(ids.LEVELS):
        a, b = order[k], order[k + 1]
        up = vertebrae[a]
        up_c = np.array([0.0, up["centre"][1], up["bmin"][2]])
        if b == "S1":
            lo_c = s1["plate"]
            lo_centre = s1["centre"]
            lower = meshes["sacrum"]
        else:
            lo = vertebrae[b]
            lo_c = np.array([0.0, lo["centre"][1], lo["bmax"][2]])
            lo_centre = lo["centre"]
            lower = meshes[f"vertebra.{b}"]
        axis = up["centre"] - lo_centre
        if b == "S1":
            # The sacral plate is tilted: lean the disc axis halfway towards its normal.
            axis = axis / np.linalg.norm(axis) + s1["normal"]
        d = soft.loft_disc(meshes[f"vertebra.{a}"], lower, up_c, lo_c, axis)
        discs[level] = d
        structures[f"disc.{level}"] = Structure(
            f"disc.{level}",
            "disc",
            None,
            d["points"],
            d["faces"],
            dict(proj, method="lofted between endplates"),
        )
    step("sacrum: canal, foramina and hiatus")
    from footspine_viz.atlas import sacrum as sc

    hips = {side: meshes[f"hip.{side}"][0] for side in ("left", "right")}
    cut_p, cut_f, sacral, cut_record, _ = sc.cut_sacrum(
        *meshes["sacrum"], s1, hips, vertebrae["L5"]["canal"], discs["L5-S1"]["points"]
    )
    src_sac = structures["sacrum"]
    structures["sacrum"] = Structure(
        "sacrum", "bone", None, cut_p, cut_f, {**src_sac.source, **cut_record}
    )

    step("spine: dural sac")
    # Along the lumbar canal, into the sacral canal, ending at about S2 inside it.
    canal = [vertebrae[v]["canal"] for v in order[:-1]] + [sacral["canal.S1"]]
    bone_pts = np.vstack(
        [meshes[f"vertebra.L{k}"][0] for k in range(1, 6)]
        + [geo.surface_samples(cut_p, cut_f, 0.001)]
    )
    sp_, sf_ = soft.dural_sac(canal, bone_pts, sacral["dural-sac-end"])
    structures["dural-sac"] = Structure(
        "dural-sac",
        "dural-sac",
        None,
        sp_,
        sf_,
        dict(proj, method="tube along the canal centres, ends at S2 inside the sacral canal"),
    )
    step("landmarks")
    # Measured on the uncut sacrum (its outer surfaces are unchanged by the cut),
    # then the sacral canal's own landmarks replace the estimates.
    landmarks = lm.compute(meshes, vertebrae, s1, discs)
    landmarks.update({k: np.asarray(v, dtype=np.float64) for k, v in sacral.items()})
    # S1's endplate ends where the cut canal begins
    landmarks["vertebral-body-posterior-superior.S1"] = lm.endplate_back(
        cut_p, cut_f, discs["L5-S1"]["centre"], s1["plate"][2], -1.0
    )

    step("skin: fit MakeHuman to the skeleton")
    from footspine_viz.atlas import skin as sk

    skin_pts, skin_faces, labels, skin_src = sk.build_skin(structures, landmarks, skel)
    structures["skin"] = Structure("skin", "skin", None, skin_pts, skin_faces, skin_src)
    return structures, landmarks, labels, packages
