"""A noun summing up the clause before it, then a speaker and a reporting verb ("…, a demand Ukraine has
rejected", "…, a move Azerbaijan denounced as unjustified") is that speaker's reaction: a statement of
its own, while the clause before stays its own speaker's. Sentences written for the test."""

from tests.extract.conftest import find


def test_a_summed_up_demand_rejected_is_the_rejecters(run):
    text = "Ruritania has demanded that Borduria withdraw its troops from the valley, a demand Borduria has rejected."
    sts = run(text)
    demand = find(sts, "withdraw its troops")
    reaction = find(sts, "a demand Borduria has rejected")
    assert demand.speaker == "Ruritania"
    assert reaction.speaker == "Borduria" and "withdraw" not in reaction.text


def test_a_summed_up_move_denounced_is_the_denouncers(run):
    st = find(
        run("Borduria closed the Ruritanian cultural centre, a move Ruritania denounced as unjustified."), "a move"
    )
    assert st.speaker == "Ruritania" and st.text.endswith("as unjustified")
