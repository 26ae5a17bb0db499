"""A statement no phrase gives an owner ("according to a statement released on its website") is the
one the body that acted put out, or the parties' of a joint act; and a body "lodged representations"
(a protest in the words of some foreign ministries). Every sentence here is invented."""

from tests.extract.conftest import find


def test_lodged_representations_is_a_protest(run):
    (st,) = run("The Ruritanian Ministry of Trade lodged stern representations with the Sylvanian side on Monday.")
    assert st.speaker == "The Ruritanian Ministry of Trade" and "representations" in st.text


def test_according_to_a_statement_a_body_that_acted_put_it_out(run):
    sts = run(
        "Ana Lopes made the remarks at a regular press briefing.\n\n"
        "The Ministry of Trade imposed export controls on five firms, according to a statement released on its website."
    )
    assert find(sts, "export controls").speaker == "The Ministry of Trade"


def test_according_to_a_statement_the_parties_of_a_joint_act_had_it(run):
    sts = run(
        "Ruritanian Vice Premier Ana Lopes held a video call with Sylvanian Finance Minister Ivo Brandt on Wednesday. "
        "The two sides had candid and constructive exchanges on economic relations, according to a statement."
    )
    st = find(sts, "candid and constructive")
    assert "Ana Lopes" in st.speaker


def test_according_to_a_statement_troops_are_no_issuer(run):
    sts = run(
        "Ana Lopes, a spokeswoman for the Ruritanian ministry, spoke to reporters.\n\n"
        "Troops shelled the border town overnight, according to a statement."
    )
    assert all(s.speaker != "Troops" for s in sts)
