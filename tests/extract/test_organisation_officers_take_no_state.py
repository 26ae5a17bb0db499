"""An officer whose title opens with an international organisation ("the AU Commissioner for Peace,
Ambassador X", "UN envoy X") serves the organisation: no state from the paragraph or the outlet;
a state's envoy to an organisation ("Ruritania's UN ambassador X") keeps the state. Sentences
written for the test; the names are invented so that the registry does not know them."""

from __future__ import annotations


def test_an_officer_titled_by_an_organisation_has_no_state(real_with_source):
    text = (
        "The African Union has renewed its commitment to ending the conflict in eastern Congo.\n\n"
        "Addressing journalists after the session, the AU Commissioner for Political Affairs, Peace and "
        "Security, Ambassador Tunde Okafor, said African leaders focused on concrete measures to silence "
        "the guns.\n\n"
        "On eastern Congo, Ambassador Okafor confirmed that the mediator presented a report."
    )
    sts = real_with_source(text, "Citizen Digital")
    officer = [st for st in sts if st.actor.name == "Tunde Okafor"]
    assert len(officer) == 2
    assert [st.actor.country for st in officer] == [None, None]


def test_a_states_envoy_to_an_organisation_keeps_the_state(real_with_source):
    (st,) = real_with_source("Kenya's UN ambassador Tunde Okafor said the council must act on Congo.")
    assert st.actor.country == "KE"
