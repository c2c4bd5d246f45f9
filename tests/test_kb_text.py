"""What people read: same structure everywhere, hedged, never a diagnosis, always the disclaimer.

"Carries the disclaimer" is expressed through the model: every explain()
answer, for every root and site in both wordings, holds ``text["disclaimer"]``
with the fixed disclaimer, and ``emergency`` / ``safety_net`` text exactly
where the data raise them. The faces only show what explain() hands them.
"""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest

from footspine_viz.model import explain, lookup
from footspine_viz.model.explain import MODES

#: Phrases that tell a reader what they have, diagnose them, or close a door
#: the evidence leaves open (the reviewer's examples: "is not caused by the
#: back", "a foot problem, not a back problem").
CLOSED = [
    r"\byou(?:'ve| have| are suffering)\b",
    r"\byou(?:'ve)? got\b",
    r"\byour (?:diagnosis|condition is)\b",
    r"\b(?:this|it) is (?:a |an )?(?:sign of|diagnosis)\b",
    r"\bis not caused by\b",
    r"\bnot a back problem\b",
    r"\bnothing to worry\b",
    r"\b(?:is|are) (?:always|never) \w+",
    r"\bcannot be (?:the|a) \w+",
    r"\brules? out\b",
]
CLOSED_RE = re.compile("|".join(CLOSED), re.IGNORECASE)
SECTIONS_WITH_WORDINGS = ("tests", "reflexes", "red_flags", "site_names")


def _patient_texts(kb):
    """Every sentence a patient can be shown, labelled by where it comes from."""
    out = {}
    for section in ("roots", "sites"):
        for rid in getattr(kb, section):
            out[f"{section}/{rid}"] = kb.text_for(section, rid, "patient")
    for section in SECTIONS_WITH_WORDINGS:
        for rid, entry in kb.text["en"][section].items():
            out[f"{section}/{rid}"] = entry["patient"]
    for key in ("disclaimer", "emergency", "safety-net", "dermatome-vs-pain"):
        out[f"ui/{key}"] = kb.text_for("ui", key, "patient")
    return out


def test_every_root_and_site_has_the_same_text_structure_in_both_wordings(kb):
    for section, records in (("roots", kb.roots), ("sites", kb.sites)):
        entries = kb.text["en"][section]
        assert set(entries) == set(records), section
        for rid, entry in entries.items():
            assert set(entry) == {"patient", "student"}, (section, rid)
            assert entry["patient"] and entry["student"], (section, rid)
    for section, records in (
        ("site_names", kb.sites),
        ("tests", kb.tests),
        ("reflexes", kb.reflexes),
        ("red_flags", kb.red_flags),
    ):
        entries = kb.text["en"][section]
        assert set(entries) == set(records), section
        for rid, entry in entries.items():
            assert set(entry) == {"patient", "student"}, (section, rid)


def test_explain_gives_every_root_and_site_the_same_text_keys(kb):
    keys = set()
    for mode in MODES:
        for kw in [{"root": r} for r in kb.roots] + [{"site": s} for s in kb.sites]:
            keys.add((mode, frozenset(explain(kb, mode=mode, **kw).text)))
    assert {k for m, k in keys if m == "patient"} == {
        frozenset({"summary", "disclaimer", "emergency", "safety_net"})
    }
    assert {k for m, k in keys if m == "student"} == {
        frozenset(
            {"summary", "disclaimer", "emergency", "safety_net", "notes", "dermatome_vs_pain"}
        )
    }


def test_no_patient_text_says_you_have_diagnoses_or_closes_a_door(kb):
    texts = _patient_texts(kb)
    assert len(texts) > 50 and all(texts.values())
    bad = {k: m.group(0) for k, t in texts.items() if (m := CLOSED_RE.search(t))}
    assert not bad, bad


def test_the_closed_door_check_catches_the_reviewers_examples():
    for sentence in (
        "This is not caused by the back.",
        "It is a foot problem, not a back problem.",
        "You have a slipped disc.",
        "You've got sciatica.",
    ):
        assert CLOSED_RE.search(sentence), sentence


@pytest.mark.parametrize("mode", MODES)
def test_every_explanation_carries_the_disclaimer(kb, mode):
    disclaimer = kb.text_for("ui", "disclaimer", mode)
    assert disclaimer.startswith("Educational illustration only.")
    for kw in [{"root": r} for r in kb.roots] + [{"site": s} for s in kb.sites]:
        e = explain(kb, mode=mode, **kw)
        assert e.text["disclaimer"] == disclaimer, kw
        assert e.to_dict()["text"]["disclaimer"] == disclaimer, kw


@pytest.mark.parametrize("mode", MODES)
def test_urgent_words_appear_exactly_where_the_data_raise_them(kb, mode):
    urgent = kb.text_for("ui", "emergency", mode)
    calm = kb.text_for("ui", "safety-net", mode)
    assert urgent != calm
    for kw in [{"root": r} for r in kb.roots] + [{"site": s} for s in kb.sites]:
        e = explain(kb, mode=mode, **kw)
        rec = kb.roots[kw["root"]] if "root" in kw else kb.sites[kw["site"]]
        assert e.emergency == rec.emergency and e.safety_net == rec.safety_net, kw
        assert e.text["emergency"] == (urgent if rec.emergency else None), kw
        assert e.text["safety_net"] == (calm if rec.safety_net else None), kw


def test_the_safety_net_is_calm_and_the_emergency_is_not(kb):
    calm = kb.text_for("ui", "safety-net", "patient")
    assert "care now" not in calm and calm.lower().startswith("good to know")
    assert "if any of them appear" in calm.lower()
    assert kb.text_for("ui", "emergency", "patient").endswith("seek emergency care now.")
    student = kb.text_for("ui", "safety-net", "student")
    assert "S35" in student and "not a sign that an emergency applies" in student


def test_patient_lookup_notes_never_name_a_diagnosis(kb):
    for reg in kb.regions:
        for note in lookup(kb, [reg]).notes:
            assert not CLOSED_RE.search(note), (reg, note)


# ------------------------------------------------------------ the palette


def _lab(hexcode: str, cvd: str | None = None) -> np.ndarray:
    """CIELAB of an sRGB colour, optionally as seen with a colour-vision deficiency.

    CVD simulation: Machado, Oliveira & Fernandes 2009, severity 1.0, applied
    in linear RGB.
    """
    machado = {
        "protan": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
        "deutan": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                   [-0.011820, 0.042940, 0.968881]],
        "tritan": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
    }  # fmt: skip
    c = np.array([int(hexcode[i : i + 2], 16) for i in (1, 3, 5)]) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    if cvd:
        lin = np.clip(np.asarray(machado[cvd]) @ lin, 0, 1)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = m @ lin / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("cvd", [None, "protan", "deutan", "tritan"])
def test_root_colours_stay_apart_also_for_colour_blind_viewers(kb, cvd):
    """S3-S5 get colours no closer to any other root than the original five were to each other.

    CIE76 distance; the original Okabe-Ito five are at least 16 apart in every
    vision type (L4-L5 under tritan), so 15 is the bar.
    """
    colours = {r.id: r.color for r in kb.roots.values()}
    worst = min(
        (float(np.linalg.norm(_lab(colours[a], cvd) - _lab(colours[b], cvd))), a, b)
        for a, b in itertools.combinations(colours, 2)
    )
    assert worst[0] >= 15.0, worst
