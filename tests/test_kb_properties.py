"""Property-based tests: a broken annotation folder gives a UserError that names the fault.

Hypothesis breaks one record of the real annotations at a time (a missing
field, a wrong type, a dangling reference, a duplicate id, or a whole file
replaced by arbitrary YAML data) and the loader must answer with a
:class:`UserError` naming the file, the record and the field, never with
another exception.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footspine_viz.errors import UserError
from footspine_viz.model import default_path, load_knowledge

SOURCE = default_path()
#: (file, list name) of every record list in the fixed files.
RECORD_LISTS = [
    ("roots.yaml", "roots"),
    ("nerves.yaml", "segments"),
    ("regions.yaml", "regions"),
    ("sites.yaml", "sites"),
    ("findings.yaml", "tests"),
    ("findings.yaml", "reflexes"),
    ("findings.yaml", "red_flags"),
    ("conditions.yaml", "conditions"),
    ("sources.yaml", "sources"),
    ("map-disagreements.yaml", "disagreements"),
]
#: Fields whose value names another record: (file, list, field, holds a list).
REFERENCES = [
    ("roots.yaml", "roots", "segment", False),
    ("roots.yaml", "roots", "foot_carriers", True),
    ("roots.yaml", "roots", "key_point", False),
    ("roots.yaml", "roots", "weakness_tests", True),
    ("nerves.yaml", "segments", "parent", False),
    ("nerves.yaml", "segments", "joins", True),
    ("sites.yaml", "sites", "anchor", False),
    ("sites.yaml", "sites", "highlight_from", True),
    ("sites.yaml", "sites", "conditions", True),
    ("sites.yaml", "sites", "distinguish_from", True),
    ("sites.yaml", "sites", "red_flags", True),
    ("findings.yaml", "tests", "nerves", True),
    ("map-disagreements.yaml", "disagreements", "maps", True),
    ("map-disagreements.yaml", "disagreements", "regions", True),
]
DANGLING = "zz-no-such-id"
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _read_all() -> dict[str, Any]:
    docs = {}
    for path in sorted(SOURCE.rglob("*.yaml")):
        rel = str(path.relative_to(SOURCE))
        if rel == "nerve-paths.yaml":  # the scene's file, not read by the model
            continue
        docs[rel] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return docs


ORIGINAL = _read_all()


def _load_mutated(docs: dict[str, Any]) -> UserError:
    """Write ``docs`` to a fresh folder named BADDIR, load it, return the UserError raised."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "BADDIR"
        shutil.copytree(SOURCE / "schema", folder / "schema")
        for rel, doc in docs.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(
                yaml.dump(doc, Dumper=DUMPER, sort_keys=False), encoding="utf-8"
            )
        with pytest.raises(UserError) as info:
            load_knowledge(folder)
        return info.value


def _records():
    return st.sampled_from(RECORD_LISTS).flatmap(
        lambda fl: st.tuples(
            st.just(fl[0]), st.just(fl[1]), st.integers(0, len(ORIGINAL[fl[0]][fl[1]]) - 1)
        )
    )


# Each example writes and validates a whole folder (~0.2 s), so the example
# count is kept modest; the mutation space is small and sampled_from-driven.
settings.register_profile(
    "kb", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SETTINGS = settings.get_profile("kb")


@SETTINGS
@given(rec=_records(), data=st.data())
def test_missing_field_is_named(rec, data):
    file, listname, index = rec
    docs = copy.deepcopy(ORIGINAL)
    record = docs[file][listname][index]
    schema_required = {"id", "sources", "confidence"} & set(record) or {"id"}
    field = data.draw(st.sampled_from(sorted(schema_required)))
    del record[field]
    err = str(_load_mutated(docs))
    assert f"BADDIR/{file}" in err and f"{listname}[{index}]" in err and field in err


def _wrong_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes-please"
    if isinstance(value, (list, dict)):
        return "not-a-list-or-mapping"
    return 12345


@SETTINGS
@given(rec=_records(), data=st.data())
def test_wrong_type_is_named(rec, data):
    file, listname, index = rec
    docs = copy.deepcopy(ORIGINAL)
    record = docs[file][listname][index]
    field = data.draw(st.sampled_from(sorted(record)))
    record[field] = _wrong_value(record[field])
    err = str(_load_mutated(docs))
    assert f"BADDIR/{file}" in err and f"{listname}[{index}]" in err and field in err


@SETTINGS
@given(ref=st.sampled_from(REFERENCES), data=st.data())
def test_dangling_reference_is_named(ref, data):
    file, listname, field, is_list = ref
    docs = copy.deepcopy(ORIGINAL)
    candidates = [
        i for i, r in enumerate(docs[file][listname]) if field in r and (r[field] or not is_list)
    ]
    index = data.draw(st.sampled_from(candidates))
    record = docs[file][listname][index]
    record[field] = [*record[field][1:], DANGLING] if is_list else DANGLING
    err = str(_load_mutated(docs))
    assert (
        f"BADDIR/{file}" in err and f"'{record['id']}'" in err and field in err and DANGLING in err
    )


@SETTINGS
@given(rec=_records())
def test_duplicate_id_is_named(rec):
    file, listname, index = rec
    docs = copy.deepcopy(ORIGINAL)
    dup = copy.deepcopy(docs[file][listname][index])
    docs[file][listname].append(dup)
    err = str(_load_mutated(docs))
    assert f"BADDIR/{file}" in err and "duplicate id" in err and f"'{dup['id']}'" in err


def test_duplicate_map_id_across_files_is_named():
    docs = copy.deepcopy(ORIGINAL)
    docs["maps/zz-copy.yaml"] = copy.deepcopy(docs["maps/lee-2008.yaml"])
    err = str(_load_mutated(docs))
    assert "maps/zz-copy.yaml" in err and "duplicate map id" in err


def test_wrong_weight_in_a_map_entry_is_named():
    docs = copy.deepcopy(ORIGINAL)
    docs["maps/lee-2008.yaml"]["entries"][2]["weight"] = 1.5
    err = str(_load_mutated(docs))
    assert "maps/lee-2008.yaml" in err and "entries[2].weight" in err


def test_cycle_in_the_nerve_graph_is_named():
    docs = copy.deepcopy(ORIGINAL)
    seg = next(s for s in docs["nerves.yaml"]["segments"] if s["id"] == "cauda-equina")
    seg["parent"] = "sciatic"
    err = str(_load_mutated(docs))
    assert "cycle" in err and "nerves.yaml" in err


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


@SETTINGS
@given(file=st.sampled_from(sorted(ORIGINAL)), value=yaml_values)
def test_arbitrary_file_content_gives_a_user_error(file, value):
    docs = copy.deepcopy(ORIGINAL)
    docs[file] = value
    err = _load_mutated(docs)
    assert err.exit_code == 2 and "BADDIR" in str(err)


@pytest.mark.parametrize(
    "field, value", [("along", [0.2, 1.4]), ("around", [300, 400]), ("segments", [])]
)
def test_region_rule_out_of_range_is_named(field, value):
    docs = copy.deepcopy(ORIGINAL)
    index = next(
        i for i, r in enumerate(docs["regions.yaml"]["regions"]) if r["id"] == "lateral-leg"
    )
    docs["regions.yaml"]["regions"][index]["rule"][field] = value
    err = str(_load_mutated(docs))
    assert "regions.yaml" in err and "'lateral-leg'" in err and f"rule.{field}" in err


def test_unknown_landmark_in_a_region_rule_is_named():
    docs = copy.deepcopy(ORIGINAL)
    index = next(
        i for i, r in enumerate(docs["regions.yaml"]["regions"]) if r["id"] == "medial-malleolus"
    )
    docs["regions.yaml"]["regions"][index]["rule"]["near"]["landmark"] = "medial-maleolus"
    err = str(_load_mutated(docs))
    assert "'medial-malleolus'" in err and "rule.near.landmark" in err and "did you mean" in err
