"""Diplomatic acts of the CAMEO codebook the word lists did not cover: reducing relations (withdrawing an
envoy, severing or breaking off ties), sanctions imposed, applied, lifted, a plan unveiled, a treaty
ratified, recognition granted, an envoy of another title expelled, a travel advisory issued. Each is one
row of data with its CAMEO code; the guards keep the same verbs with other objects out ("imposed a
curfew", "unveiled a statue"). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    ("text", "speaker", "fragment", "code"),
    [
        ("Uruguay withdrew its ambassador from Paraguay on Monday.", "Uruguay", "withdrew its ambassador", "161"),
        ("Ecuador severed diplomatic ties with Nicaragua last week.", "Ecuador", "severed diplomatic ties", "161"),
        ("Bolivia broke off relations with Israel in November.", "Bolivia", "broke off relations", "161"),
        ("Chile imposed sanctions on three Peruvian fishing firms.", "Chile", "imposed sanctions on three", "163"),
        ("Norway applied sanctions against two shipping agents.", "Norway", "applied sanctions against", "163"),
        ("The European Union lifted sanctions on Belarusian potash.", "The European Union", "lifted sanctions", "085"),
        ("Kenya ratified the maritime treaty with Somalia on Friday.", "Kenya", "ratified the maritime treaty", "057"),
        ("Portugal recognised Kosovo's independence in 2008.", "Portugal", "recognised Kosovo's independence", "054"),
        (
            "Seoul unveiled a plan under which a public fund will pay the former workers.",
            "Seoul",
            "unveiled a plan under which",
            "010",
        ),
        (
            "Ottawa has expelled Delhi's high commissioner and three other envoys.",
            "Ottawa",
            "expelled Delhi's high commissioner",
            "010",
        ),
        (
            "The Indian embassy issued a travel advisory for Nepal on Friday.",
            "The Indian embassy",
            "issued a travel advisory",
            "010",
        ),
    ],
)
def test_a_formal_diplomatic_act_is_a_statement_of_its_subject(run, text, speaker, fragment, code):
    st = find(run(text), fragment)
    assert st.kind == "indirect" and st.speaker == speaker and st.category_code == code


@pytest.mark.parametrize(
    "text",
    [
        "The army imposed a curfew in the northern provinces.",
        "The mayor unveiled a statue of the poet in the square.",
        "The new budget was ratified by both chambers before the recess.",
        "The treaty must be ratified by both parliaments before it takes effect.",
        "The climbers broke the record on the northern face.",
    ],
)
def test_the_same_verbs_with_other_objects_are_no_statement(run, text):
    assert run(text) == []
