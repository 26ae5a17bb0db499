"""The registry: loading, validation, indexes, dated role holders, and the
seed files themselves (states, institutions, organisations, media)."""

import datetime as dt
import warnings
from pathlib import Path

import pytest

from app.lang import load_lexicon
from app.pipeline.resolve import load_registry
from app.pipeline.resolve.countries import Countries, all_codes, capitals_of
from app.pipeline.resolve.indexes import Surnames
from app.pipeline.resolve.normalize import norm
from app.pipeline.resolve.record import KINDS, institution_type
from app.pipeline.resolve.registry import Registry
from app.pipeline.resolve.states_seed import NOT_STATE_ALIASES, dump

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "actors"

D = dt.date


def test_own_seed_files_load_strictly_and_are_big_enough(own_actors):
    reg = Registry(own_actors, strict=True)  # no duplicate slug across our files
    kinds = {}
    for a in reg:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    assert len(reg) >= 300
    assert kinds["state"] >= 250
    assert kinds["institution"] >= 100
    assert kinds["international_organisation"] >= 40
    assert kinds["media"] >= 40


def test_whole_registry_folder_loads():
    reg = load_registry(SEEDS)
    assert reg.get("russia") is not None and reg.get("united-nations") is not None


def test_every_iso_state_and_kosovo_with_its_capital(own_actors):
    reg = Registry(own_actors)
    for code in all_codes():
        state = reg.state_for_code(code)
        assert state is not None, code
        for capital in capitals_of(code):
            if capital not in NOT_STATE_ALIASES:
                assert capital in state.names, (code, capital)
    assert reg.state_for_code("XK").name == "Kosovo"
    assert reg.get("somaliland").country is None


def test_states_yaml_is_what_the_generator_writes():
    assert (SEEDS / "states.yaml").read_text(encoding="utf-8") == dump(Countries(load_lexicon().resolve.countries))


def test_seed_records_are_well_formed(own_actors):
    for a in own_actors:
        assert a.kind in KINDS
        if a.kind == "international_organisation":
            assert a.country is None, a.slug
        if a.kind in ("state", "institution") and a.slug != "somaliland" and a.parent != "somaliland":
            assert a.country, a.slug
        if a.wikidata:
            assert a.wikidata.startswith("Q") and a.wikidata[1:].isdigit()


def test_state_media_speak_for_their_state_and_independent_outlets_for_none(own_actors):
    by_slug = {a.slug: a for a in own_actors}
    assert [by_slug[s].country for s in ("xinhua", "tass", "kcna", "irna", "saudi-press-agency")] == [
        "CN",
        "RU",
        "KP",
        "IR",
        "SA",
    ]
    assert [by_slug[s].country for s in ("reuters", "associated-press", "bbc", "new-york-times")] == [None] * 4


def test_institutions_belong_to_their_state(own_actors):
    reg = Registry(own_actors)
    for a in reg:
        if a.kind != "institution":
            continue
        state = reg.state_of(a)
        assert state is not None and state.country == a.country, a.slug
        if institution_type(a.slug):
            assert a.slug.startswith(state.slug + "-"), a.slug


def test_no_alias_points_to_two_of_our_actors(own_actors):
    owners = {}
    for a in own_actors:
        for n in a.names:
            owners.setdefault(norm(n), set()).add(a.slug)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_brief_names_and_metonyms(registry):
    def owner(alias):
        return {a.slug for a in registry.by_alias(norm(alias))}

    assert owner("Kremlin") == {"russia-presidency"}
    assert owner("White House") == {"united-states-presidency"}
    assert owner("Élysée") == {"france-presidency"}
    assert owner("Downing Street") == {"united-kingdom-prime-ministers-office"}
    assert owner("State Department") == {"united-states-foreign-ministry"}
    assert registry.get("russia-foreign-ministry").name == "Ministry of Foreign Affairs of Russia"
    assert registry.get("united-states-foreign-ministry").name == "United States Department of State"
    assert registry.get("turkiye").name == "Türkiye" and "Turkey" in registry.get("turkiye").aliases


YAML = """
- slug: testland
  name: Testland
  kind: state
  country: TL
- slug: testland-foreign-ministry
  name: Ministry of Foreign Affairs of Testland
  kind: institution
  country: TL
  parent: testland
  slug_aliases: [testland-mfa]
- slug: ann-example
  name: Ann Example
  kind: person
  country: TL
  roles:
    - {role: foreign_minister, title: Foreign Minister, organisation: testland-mfa, country: TL, start: 2019-01-01, end: 2021-06-30}
- slug: bob-sample
  name: Bob Sample
  kind: person
  country: TL
  roles:
    - {role: foreign_minister, organisation: testland-government, country: TL, start: "2021-07", end: null}
"""


def test_from_yaml_indexes_and_dated_holders():
    reg = Registry.from_yaml(YAML)
    assert len(reg) == 4
    assert reg.institution("testland", "foreign_ministry").slug == "testland-foreign-ministry"
    assert [a.slug for a in reg.holders("foreign_minister", "testland", D(2020, 5, 1))] == ["ann-example"]
    assert [a.slug for a in reg.holders("foreign_minister", "testland", D(2022, 5, 1))] == ["bob-sample"]
    assert [a.slug for a in reg.holders("foreign_minister", "testland", None)] == ["bob-sample"]
    assert reg.holders("foreign_minister", "testland", D(2010, 1, 1)) == []
    surnames = Surnames(reg, load_lexicon().resolve.names.particles)
    assert surnames.persons("example")[0].slug == "ann-example"


def test_references_are_made_canonical():
    reg = Registry.from_yaml(YAML)
    ann, bob = reg.get("ann-example"), reg.get("bob-sample")
    assert ann.roles[0].organisation == "testland-foreign-ministry"  # via slug_aliases
    assert bob.roles[0].organisation == "testland"  # <state>-government means the state
    assert bob.roles[0].start == D(2021, 7, 1)
    assert reg.get("testland-mfa").slug == "testland-foreign-ministry"


def test_from_dicts_and_validation():
    reg = Registry.from_dicts([{"slug": "x-group", "name": "X Group", "kind": "group"}])
    assert reg.get("x-group").resolved(known=True).kind == "group"
    with pytest.raises(ValueError, match="kind"):
        Registry.from_dicts([{"slug": "a", "name": "A", "kind": "planet"}])
    with pytest.raises(ValueError, match="slug"):
        Registry.from_dicts([{"slug": "Not Kebab", "name": "A", "kind": "group"}])
    with pytest.raises(ValueError, match="alpha-2"):
        Registry.from_dicts([{"slug": "a", "name": "A", "kind": "state", "country": "USA"}])
    with pytest.raises(ValueError, match="date"):
        Registry.from_dicts(
            [{"slug": "a", "name": "A", "kind": "person", "roles": [{"role": "other", "start": "last spring"}]}]
        )


def test_duplicate_slugs_raise_when_strict_and_warn_otherwise():
    recs = [{"slug": "a", "name": "A", "kind": "group"}, {"slug": "a", "name": "B", "kind": "group"}]
    with pytest.raises(ValueError, match="duplicate"):
        Registry.from_dicts(recs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reg = Registry.from_dicts(recs, strict=False)
    assert reg.get("a").name == "A" and caught


def test_load_registry_reads_a_folder_and_extra_records(tmp_path):
    (tmp_path / "one.yaml").write_text(YAML, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    reg = load_registry(tmp_path, extra=[{"slug": "carol-test", "name": "Carol Test", "kind": "person"}])
    assert len(reg) == 5
    with pytest.raises(ValueError):
        load_registry(tmp_path / "missing")
    (tmp_path / "bad.yaml").write_text("- slug: [unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.yaml"):
        load_registry(tmp_path)


def test_unquoted_no_is_norway():
    reg = Registry.from_yaml("- {slug: oslo-test, name: Oslo Test, kind: group, country: NO}")
    assert reg.get("oslo-test").country == "NO"
