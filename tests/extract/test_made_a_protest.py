""" "I first made a protest regarding the detention …": making a protest, a complaint or representations
is a formal act that communicates, like lodging one. Names are invented."""

from tests.extract.conftest import find


def test_made_a_protest_is_an_act(run):
    sts = run("Foreign Minister Ana Lopes made a protest regarding the detention of a Sylvanian national in Velora.")
    st = find(sts, "made a protest")
    assert st.kind == "indirect" and st.speaker == "Foreign Minister Ana Lopes"
    assert st.category_code == "111"
