"""Bones in the world frame, from myo-sim's MuJoCo model (and osim-rl's finer hip bones).

World frame: metres, z up, -y anterior, +x the body's left (myo-sim's standing
pose). Each mesh geom is placed with ``local @ geom_xmat.T + geom_xpos`` after
``mj_forward``. The merged ``foot`` and ``bofoot`` meshes are split by
connectivity and each piece is named by where it lies.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

import numpy as np

from footspine_viz.atlas import geometry as geo
from footspine_viz.atlas import sources as src
from footspine_viz.atlas.geometry import Mesh
from footspine_viz.errors import EnvironmentProblem

SIDES = {"r": "right", "l": "left"}


@dataclass
class RawBone:
    id: str
    side: str | None
    points: np.ndarray
    faces: np.ndarray
    package: str
    source_file: str
    license: str
    extra: dict[str, str] = field(default_factory=dict)  # more for the manifest record


@dataclass
class Skeleton:
    bones: dict[str, RawBone]
    body_pos: dict[str, np.ndarray]  # MuJoCo body origins (joint centres), world
    body_rot: dict[str, np.ndarray]


def _lateral(side: str) -> float:
    """Sign of x pointing laterally on that side (+x is the body's left)."""
    return 1.0 if side == "left" else -1.0


def load_model() -> tuple[Any, Any]:
    """myo-sim's 'myolegs' (MjModel, MjData) after mj_forward (mujoco ships no types)."""
    import mujoco
    import myo_sim

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        loaded = myo_sim.load("myolegs")
    model, data = loaded if isinstance(loaded, tuple) else (loaded, None)
    if data is None:
        data = mujoco.MjData(model)
    mujoco.mj_forward(model, data)
    return model, data


def _geom_mesh(model: Any, data: Any, name: str) -> Mesh:
    import mujoco

    g = mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_GEOM, name)
    if g < 0:
        raise EnvironmentProblem(
            f"myo-sim's 'myolegs' model has no geom '{name}' (unexpected myo-sim version?)",
            src.MYO_SIM.install_hint(),
        )
    mid = model.geom_dataid[g]
    va, vn = model.mesh_vertadr[mid], model.mesh_vertnum[mid]
    fa, fn = model.mesh_faceadr[mid], model.mesh_facenum[mid]
    local = np.asarray(model.mesh_vert[va : va + vn], dtype=np.float64)
    rot = np.asarray(data.geom_xmat[g], dtype=np.float64).reshape(3, 3)
    pts = local @ rot.T + np.asarray(data.geom_xpos[g], dtype=np.float64)
    faces = np.asarray(model.mesh_face[fa : fa + fn], dtype=np.int64)
    return geo.merge_vertices(pts, faces, 1e-7)


class _Piece(TypedDict):
    """One connected piece of a merged foot mesh, with where it lies."""

    p: np.ndarray
    f: np.ndarray
    c: np.ndarray  # centroid
    len: float  # front-back extent
    n: int  # vertex count


def _label_foot(pieces: Sequence[Mesh], side: str) -> dict[str, _Piece]:
    """Name the 11 pieces of myo-sim's merged tarsus+metatarsus mesh."""
    lat = _lateral(side)
    info: list[_Piece] = []
    for p, f in pieces:
        c = p.mean(0)
        ext = p.max(0) - p.min(0)
        info.append({"p": p, "f": f, "c": c, "len": ext[1], "n": len(p)})
    if len(info) != 11:
        raise EnvironmentProblem(
            f"myo-sim foot mesh split into {len(info)} pieces, expected 11",
            src.MYO_SIM.install_hint(),
        )
    info.sort(key=lambda d: -d["c"][1])  # most posterior first
    out: dict[str, _Piece] = {}
    calc = info.pop(0)
    out["calcaneus"] = calc
    info.sort(key=lambda d: -d["len"])
    metas = sorted(info[:5], key=lambda d: d["c"][0] * lat)  # medial -> lateral
    for k, d in enumerate(metas, 1):
        out[f"metatarsal.{k}"] = d
    rest = info[5:]
    rest.sort(key=lambda d: d["c"][0] * lat)
    out["cuboid"] = rest.pop(-1)  # most lateral
    rest.sort(key=lambda d: -d["c"][1])
    out["navicular"] = rest.pop(0)  # most posterior of the medial tarsals
    rest.sort(key=lambda d: d["c"][0] * lat)
    for name, d in zip(("medial", "intermediate", "lateral"), rest, strict=True):
        out[f"cuneiform.{name}"] = d
    return out


def _label_toes(
    pieces: Sequence[Mesh], metas: Mapping[int, np.ndarray], side: str
) -> dict[str, Mesh]:
    """Name the 14 phalanges by the metatarsal ray they continue, then proximal->distal."""
    rays: dict[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]] = {k: [] for k in range(1, 6)}
    axes: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for k, mp in metas.items():
        c = mp.mean(0)
        u, s, vt = np.linalg.svd(mp - c)
        a = vt[0] if vt[0][1] < 0 else -vt[0]  # pointing anterior (-y)
        axes[k] = (c, a)
    for p, f in pieces:
        c = p.mean(0)
        best = min(axes, key=lambda k: np.linalg.norm(np.cross(c - axes[k][0], axes[k][1])))
        rays[best].append((p, f, c))
    out: dict[str, Mesh] = {}
    for k, items in rays.items():
        expect = 2 if k == 1 else 3
        if len(items) != expect:
            raise EnvironmentProblem(
                f"myo-sim toes: ray {k} has {len(items)} phalanges, expected {expect}",
                src.MYO_SIM.install_hint(),
            )
        items.sort(key=lambda t: -t[2][1])  # posterior (proximal) first
        names = ("proximal", "distal") if k == 1 else ("proximal", "middle", "distal")
        for name, (p, f, _) in zip(names, items, strict=True):
            out[f"phalanx.{name}.{k}"] = (p, f)
    return out


def _register_osim_hip(
    model: Any, data: Any, geom_root: Path, side_code: str, target: np.ndarray
) -> tuple[np.ndarray, np.ndarray, Path]:
    """osim-rl's finer hip bone, placed in the pelvis body frame and ICP-registered."""
    import mujoco

    path = src.need_file(geom_root / f"pelvis_{side_code}v.vtp", src.OSIM_RL)
    pts, faces = geo.read_vtp(path)
    pts, faces = geo.merge_vertices(pts, faces, 1e-7)
    b = mujoco.mj_name2id(model, mujoco.mjtObj.mjOBJ_BODY, "pelvis")
    rot = np.asarray(data.xmat[b]).reshape(3, 3)
    world = pts @ rot.T + np.asarray(data.xpos[b])
    R, t = geo.icp_rigid(world, target)
    return world @ R.T + t, faces, path


def load_skeleton() -> Skeleton:
    import mujoco

    src.package_root(src.MYO_SIM)  # says how to install myo-sim when it is missing
    osim_root = src.package_root(src.OSIM_RL)
    ver = {p.dist: src.package_version(p) for p in (src.MYO_SIM, src.OSIM_RL)}
    model, data = load_model()
    bones: dict[str, RawBone] = {}
    myo_files = "myo_sim/models/meshes/"

    def add(
        bid: str,
        side: str | None,
        pts: np.ndarray,
        faces: np.ndarray,
        fname: str,
        package: str = "myo-sim",
        **extra: str,
    ) -> None:
        bones[bid] = RawBone(
            bid,
            side,
            pts,
            faces,
            f"{package} {ver.get(package, '')}".strip(),
            fname,
            src.OPENSIM_LICENSE,
            extra,
        )

    for k in range(1, 6):
        p, f = _geom_mesh(model, data, f"lumbar{k}_geom_1")
        add(f"vertebra.L{k}", None, p, f, myo_files + f"lumbar{k}.stl")
    p, f = _geom_mesh(model, data, "sacrum_geom_1")
    add("sacrum", None, p, f, myo_files + "sacrum.stl")

    geom_root = src.osim_geometry(osim_root)
    for code, side in SIDES.items():
        sfx = f"_{code}"
        myo_hip, _ = _geom_mesh(model, data, f"pelvis{sfx}")
        hp, hf, hpath = _register_osim_hip(model, data, geom_root, code, myo_hip)
        add(
            f"hip.{side}",
            side,
            hp,
            hf,
            f"osim/models/Geometry/{hpath.name}",
            package="osim-rl",
            registered_to=myo_files + f"{code}_pelvis.stl",
        )
        for geom, bid, fname in (
            ("femur", "femur", "femur"),
            ("patella", "patella", "patella"),
            ("tibia", "tibia", "tibia"),
            ("fibula", "fibula", "fibula"),
            ("talus", "talus", "talus"),
        ):
            p, f = _geom_mesh(model, data, f"{geom}{sfx}")
            add(f"{bid}.{side}", side, p, f, myo_files + f"{code}_{fname}.stl")
        p, f = _geom_mesh(model, data, f"foot{sfx}")
        foot = _label_foot(geo.components(p, f), side)
        for name, d in foot.items():
            add(
                f"{name}.{side}",
                side,
                d["p"],
                d["f"],
                myo_files + f"{code}_foot.stl (split by connectivity)",
            )
        p, f = _geom_mesh(model, data, f"bofoot{sfx}")
        metas = {k: foot[f"metatarsal.{k}"]["p"] for k in range(1, 6)}
        for name, (pp, ff) in _label_toes(geo.components(p, f), metas, side).items():
            add(
                f"{name}.{side}",
                side,
                pp,
                ff,
                myo_files + f"{code}_bofoot.stl (split by connectivity)",
            )

    body_pos: dict[str, np.ndarray] = {}
    body_rot: dict[str, np.ndarray] = {}
    for i in range(model.nbody):
        name = mujoco.mj_id2name(model, mujoco.mjtObj.mjOBJ_BODY, i)
        if name:
            body_pos[name] = np.asarray(data.xpos[i], dtype=np.float64).copy()
            body_rot[name] = np.asarray(data.xmat[i], dtype=np.float64).reshape(3, 3).copy()
    return Skeleton(bones, body_pos, body_rot)
