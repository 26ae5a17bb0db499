"""A body, its officials or its spokesperson that lead with what a person named in full said pass
that person's words on: "The ministry said Wang Yi had emphasised …", "officials said Sullivan told
…", "spokesman Mark Toner said Kerry told Lim …". A bare title stays the body's account ("the ministry
said the minister had stressed …"). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extract.conftest import find


@pytest.mark.parametrize(
    "sentence, words, speaker",
    [
        (
            "The Ruritanian Foreign Ministry said Ivan Petrov had emphasised that the border must stay open.",
            "border must stay open",
            "Ivan Petrov",
        ),
        (
            "Two officials said Anna Kovacs told her counterpart that the talks would resume in May.",
            "talks would resume",
            "Anna Kovacs",
        ),
        (
            "Ministry spokesman Mark Okafor said Ivan Petrov told the envoy that the visas would be issued.",
            "visas would be issued",
            "Ivan Petrov",
        ),
    ],
)
def test_the_named_person_speaks(run, sentence, words, speaker):
    assert find(run(sentence), words).speaker == speaker


def test_a_bare_title_stays_the_bodys_account(run):
    st = find(run("The ministry said the minister had stressed that the talks would go on."), "talks would go on")
    assert st.speaker == "The ministry"


def test_a_named_spokesperson_without_the_title_keeps_his_words(run):
    st = find(run("Mark Okafor said Ivan Petrov told the envoy that the visas would be issued."), "visas would")
    assert st.speaker == "Mark Okafor"


def test_a_with_clause_before_an_outlets_attribution_gives_the_sayer(run):
    text = (
        "During the telephone call on Friday, they reviewed a number of regional issues, with Foreign "
        "Minister Ivan Petrov emphasising Ruritania's commitment to regional security, state news agency "
        "Lumo reported."
    )
    assert "Ivan Petrov" in find(run(text), "commitment to regional security").speaker
