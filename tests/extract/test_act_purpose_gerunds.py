"""What an act is about, told by "in" and a gerund after its object, is part of the statement
("reaffirmed the interest in establishing a ceasefire"), though the parser hangs the phrase on the
verb; a time phrase with a gerund ("after meeting X") is not. Sentences written for the test."""

from tests.extract.conftest import find


def test_in_and_a_gerund_after_the_object_is_what_the_act_is_about(run):
    sts = run("Ambassador Rolt reaffirmed the Ruritanian interest in establishing an immediate ceasefire.")
    st = find(sts, "interest")
    assert st.text == "reaffirmed the Ruritanian interest in establishing an immediate ceasefire"


def test_a_request_keeps_its_gerund_too(run):
    sts = run("Minister Varga asked for Ruritania's understanding and support in immediately resolving the issue.")
    assert find(sts, "understanding").text.endswith("in immediately resolving the issue")


def test_a_time_phrase_with_a_gerund_stays_out(run):
    sts = run("Minister Varga welcomed the agreement after meeting his Ruritanian counterpart.")
    assert "after meeting" not in find(sts, "agreement").text
