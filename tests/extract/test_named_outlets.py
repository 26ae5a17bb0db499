"""Issue 14, kind 3: the outlet instead of the source. A named outlet that "reported" only passes on
what the person inside its report said ("Hurriyet reported", "Reuters reported that X said …"); an
agency's own account of a deed ("the agency said X had invited Y") stays the agency's. Outlet names
other than the known wires are invented."""

from tests.extract.conftest import find


def test_a_trailing_named_outlet_passes_on_the_persons_words(run):
    sts = run(
        "VELORA, May 27. Foreign Minister Ana Lopes confirmed at talks in Sylvania that her country is ready to "
        "host a new round of peace talks, Velora Gazette reported."
    )
    assert "Ana Lopes" in find(sts, "ready to host a new round").speaker


def test_a_leading_named_outlet_passes_on_what_someone_said(run):
    sts = run(
        "VELORA — Talks went on.\n\n"
        "Reuters reported that Lopes, speaking to a local news agency, said Velora was continuing to engage with "
        "both neighbours."
    )
    assert find(sts, "continuing to engage").speaker == "Lopes"


def test_an_agencys_account_of_a_deed_stays_the_agencys(run):
    sts = run(
        "VELORA — Talks went on.\n\n"
        "The state news agency KCNA said on Thursday that Lopes had invited Brandt to visit Velora."
    )
    assert "KCNA" in find(sts, "invited Brandt").speaker
