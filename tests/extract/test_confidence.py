"""A statement's confidence is a fitted logistic model over named signals (confidence.py,
confidence_model.yaml): the riskier an attribution's signals, the lower it ranks, so that editors
reviewing the low bands first meet the errors. Sentences written for the test."""

from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
import sys

import pytest

from app.pipeline.extract.attribution import Speaker
from app.pipeline.extract.confidence import Signals, confidence, features, partial_quote, turn_features
from app.pipeline.extract.mentions import Mention
from app.pipeline.types import ResolvedActor
from tests.extract.conftest import find


def _speaker(how: str = "name", *, known: bool = True, kind: str = "person", at: int = 0, co: int = 0) -> Speaker:
    actor = ResolvedActor(slug="x", name="X", kind=kind, country="HU", known=known)  # type: ignore[arg-type]
    other = ResolvedActor(slug="y", name="Y", kind="person", country="HU")
    form = how if how in ("name", "title", "group") else "name"  # a pronoun's or document's mention is its antecedent's
    return Speaker(Mention("X", at, at + 1, form, kind == "person"), actor, how, [other] * co)


def _said(**kw) -> Signals:
    return Signals("say", "indirect", kw.pop("start", 20), **kw)


def _conf(sig: Signals, sp: Speaker, lex) -> float:
    return confidence(features(sig, sp, lex), lex)


def test_a_named_registry_speaker_next_to_plain_speech_is_in_the_top_band(lex):
    assert _conf(_said(), _speaker(), lex) >= 0.9


@pytest.mark.parametrize(
    ("speaker", "signals"),
    [
        (_speaker(known=False), _said()),  # an actor outside the registry
        (_speaker(at=0), _said(start=600)),  # the speaker named far from the words
        (_speaker(kind="media"), _said()),  # "…, the state news agency said": an outlet carries others' words
        (_speaker(), _said(continued=True)),  # a quotation joined on from a later sentence
        (_speaker(), _said(hung=True)),  # "said …, adding that …": where one ends and the next begins
        (_speaker(), _said(partial=True, statement_kind="direct")),  # a phrase quoted inside a paraphrase
        (_speaker(), _said(crowded=True)),  # two persons named in the cue's sentence
        (_speaker(), _said(length=12)),  # a few words
        (_speaker(), Signals("meet", "contact", 20, statement_kind="contact")),  # a meeting's record
        (_speaker(), _said(name_unwritten=True)),  # a registry person the article never names in full
    ],
)
def test_each_risk_signal_ranks_below_the_plain_statement(lex, speaker, signals):
    assert _conf(signals, speaker, lex) < _conf(_said(), _speaker(), lex)


def test_signals_add_up(lex):
    one = _conf(_said(hung=True), _speaker(), lex)
    assert _conf(_said(hung=True), _speaker(known=False, kind="media"), lex) < one


def test_every_signal_a_statement_can_carry_has_a_weight(lex):
    # A signal renamed in confidence.py without a refit would silently count 0.
    weights = lex.confidence_model.weights
    samples = [
        features(_said(), _speaker(), lex),
        features(
            _said(hung=True, continued=True, crowded=True, first=True, question=True, name_unwritten=True),
            _speaker("pronoun"),
            lex,
        ),
        features(Signals("meet", "contact", 20, statement_kind="contact"), _speaker("title", kind="state"), lex),
        features(_said(partial=True, statement_kind="direct", start=900), _speaker("document", known=False), lex),
        turn_features(ResolvedActor(slug="x", name="X", kind="person", country=None, known=False), 80),
    ]
    missing = {name for found in samples for name in found} - set(weights)
    assert not missing


def test_the_confidence_is_the_logistic_of_the_weighted_signals(lex):
    found = features(_said(), _speaker(), lex)
    model = lex.confidence_model
    z = model.intercept + sum(model.weights[name] * value for name, value in found.items())
    assert confidence(found, lex) == pytest.approx(1 / (1 + math.exp(-z)))
    assert 0 < model.unseen_share < model.correct_share  # levelled for news not tuned on


def test_the_own_verbs_are_weighed_on_their_own_and_other_verbs_with_their_class(lex):
    assert "verb:say" in features(_said(), _speaker(), lex)
    stressed = features(Signals("stress", "indirect", 20), _speaker(), lex)
    assert "cue:speech" in stressed and not any(name.startswith("verb:") for name in stressed)
    welcomed = features(Signals("welcome", "indirect", 20), _speaker(), lex)
    assert "cue:act" in welcomed


def test_in_an_article_the_far_pronoun_ranks_below_the_plain_statement(run):
    filler = " The weather in the capital stayed mild and markets were calm through the afternoon." * 4
    sts = run(
        "Minister Ana Lopes said the bridge would reopen in March."
        + filler
        + " Later she said that the ferry service would also resume."
    )
    assert find(sts, "ferry service").confidence < find(sts, "bridge would reopen").confidence


def test_in_an_article_the_added_sentence_ranks_below_the_first(run):
    sts = run("“The port is open again,” Minister Ana Lopes said. She added that the ferries would run on Sunday.")
    assert find(sts, "ferries would run").confidence < find(sts, "port is open").confidence


def test_a_partial_quotation_is_one_that_starts_in_lower_case(lex):
    assert partial_quote("direct", "“a lasting and verifiable truce”")
    assert not partial_quote("direct", "“We will not sign this text,”")
    assert not partial_quote("indirect", "the truce would hold")


def test_the_extract_command_prints_the_signals_only_when_asked():
    line = json.dumps({"id": "a", "text": "Minister Ana Lopes said the bridge would reopen in March after the floods."})
    cmd = [sys.executable, "-c", "from app.cli import main; main()", "extract", "--jsonl"]
    plain = json.loads(subprocess.run(cmd, input=line, capture_output=True, text=True, check=True).stdout)
    asked = json.loads(
        subprocess.run([*cmd, "--signals"], input=line, capture_output=True, text=True, check=True).stdout
    )
    assert "signals" not in plain["statements"][0]
    st = asked["statements"][0]
    assert st["signals"]["verb:say"] == 1.0 and st["confidence"] == plain["statements"][0]["confidence"]


def test_a_registry_person_the_article_never_names_in_full_is_marked(run, project_resolver):
    sts = run(
        "Foreign Minister Sergey Lavrov said the talks were useful. Lavrov added that more would follow.\n\n"
        "Secretary-General Minh welcomed the delegation and praised its work.",
        published=dt.date(2016, 1, 26),
        resolver=project_resolver,
    )
    assert not find(sts, "talks were useful").signals.get("name_unwritten")
    welcomed = find(sts, "welcomed the delegation")
    assert welcomed.actor.known and welcomed.signals.get("name_unwritten") == 1.0


def test_only_the_gated_statements_reach_the_top_band(lex):
    from app.pipeline.extract.confidence import top_band

    plain = features(_said(), _speaker(), lex)
    body = features(_said(), _speaker(kind="institution"), lex)
    stressed = features(Signals("stress", "indirect", 20), _speaker(), lex)
    assert top_band(plain, lex) and not top_band(body, lex) and not top_band(stressed, lex)
    # however sure the fit is of a statement outside the gate, it stays under the band's floor
    boosted = dict(body, span_length=5.0)
    assert confidence(boosted, lex) <= lex.confidence.top_band.below < lex.confidence.top_band.floor


def test_a_registry_person_never_named_in_full_stays_out_of_the_top_band(run, project_resolver, lex):
    from app.pipeline.extract.confidence import top_band

    sts = run(
        "Foreign Minister Sergey Lavrov said the talks were useful.\n\n"
        "Secretary-General Minh said the delegation was welcome in Jakarta.",
        published=dt.date(2016, 1, 26),
        resolver=project_resolver,
    )
    assert top_band(find(sts, "talks were useful").signals, lex)
    minh = find(sts, "delegation was welcome")
    assert minh.actor.known and not top_band(minh.signals, lex) and minh.confidence < 0.9
