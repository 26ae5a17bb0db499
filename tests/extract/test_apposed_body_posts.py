"""A name with a body's own post in apposition ("Mina Rho, the ministry's spokesperson, told …")
is read with that post, so the resolver can place the ministry where the article is; an apposed
description with no post stays out of the speaker. Sentences written for the test."""

from tests.extract.conftest import find


def test_a_bodys_post_in_apposition_is_part_of_the_speaker(run):
    sts = run('"The drill does not help relations at all," Mina Rho, the ministry\'s spokesperson, told reporters.')
    assert find(sts, "does not help relations").speaker == "Mina Rho, the ministry's spokesperson"


def test_a_plain_description_in_apposition_is_not(run):
    sts = run('"The drill does not help relations at all," Mina Rho, a mother of three, told reporters.')
    assert find(sts, "does not help relations").speaker == "Mina Rho"
