"""Colours and themes. Root colours come from the knowledge base palette
(Okabe-Ito, colour-blind safe) so scene, legend and UI agree."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from footspine_viz.model.maps import hex_to_rgb


def rgb(h: str) -> np.ndarray:
    """A theme colour as a float array in [0, 1]."""
    return np.array(hex_to_rgb(h), dtype=float)


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    background_top: str
    text: str
    text_shadow: str
    panel: str  # RGBA hex for annotation panels
    bone: str
    spine: str
    disc: str
    sac: str
    skin: str
    nerve: str
    nerve_dim: str
    pathology: str
    marker: str
    peripheral: str  # highlight of a peripheral (non-root) problem: Okabe-Ito yellow
    pain: str


CALM = Theme(
    name="calm",
    background="#16191e",
    background_top="#3a404a",
    text="#f2f2f2",
    text_shadow="#000000",
    panel="#101317d0",
    bone="#eee6d2",
    spine="#efe7d4",
    disc="#9fb8c8",
    sac="#d9cfa0",
    skin="#e2b89b",
    nerve="#d8cfa2",
    nerve_dim="#6d6a5e",
    pathology="#c0392b",
    marker="#f0e442",
    peripheral="#f0e442",
    pain="#d7301f",
)

CLINICAL = Theme(
    name="clinical",
    background="#c9ced6",
    background_top="#f4f5f7",
    text="#1b1e23",
    text_shadow="#ffffff",
    panel="#ffffffd8",
    bone="#e9e0c8",
    spine="#ebe2cb",
    disc="#7fa2ba",
    sac="#cbbf86",
    skin="#dcae90",
    nerve="#c7b97a",
    nerve_dim="#9a968a",
    pathology="#b03a2e",
    marker="#c9a800",
    peripheral="#d4b800",
    pain="#c62a1b",
)

THEMES = {"calm": CALM, "clinical": CLINICAL}


def rgb3(h: str) -> tuple[float, float, float]:
    """A theme colour as an (r, g, b) tuple in [0, 1] (hashable: frames compare by value)."""
    return hex_to_rgb(h)
