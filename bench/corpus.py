"""Synthetic but realistic diplomatic news articles for benchmarks (deterministic with a seed)."""

from __future__ import annotations

import datetime as dt
import random

SPEAKERS = [
    ("Russian Foreign Minister Sergey Lavrov", "he"),
    ("US Secretary of State Antony Blinken", "he"),
    ("Armenian Prime Minister Nikol Pashinyan", "he"),
    ("Azerbaijani Foreign Minister Jeyhun Bayramov", "he"),
    ("EU foreign policy chief Josep Borrell", "he"),
    ("Chinese Foreign Ministry spokesperson Mao Ning", "she"),
    ("Turkish President Recep Tayyip Erdogan", "he"),
    ("UN Secretary-General Antonio Guterres", "he"),
    ("German Foreign Minister Annalena Baerbock", "she"),
    ("Ukrainian President Volodymyr Zelensky", "he"),
]
PLACES = ["Armenia", "Azerbaijan", "Georgia", "Serbia", "Kosovo", "Ukraine", "Israel", "Iran", "Sudan", "Somalia"]
TOPICS = [
    "the ceasefire",
    "the border talks",
    "the humanitarian corridor",
    "the peace treaty",
    "the sanctions",
    "the prisoner exchange",
    "the grain deal",
    "the election monitoring mission",
    "the trade dispute",
]
QUOTES = [
    "We call on all parties to exercise restraint and to return to the negotiating table without delay",
    "There can be no military solution to this conflict, and everyone in the region knows it",
    "We are deeply concerned about the deterioration of the situation along the line of contact",
    "Our position has not changed: the agreements that were signed must be fulfilled in full",
    "We welcome the progress made so far, but much more remains to be done before winter",
    "Any attempt to change borders by force is unacceptable and will be met with a firm response",
]
VERBS = ["said", "told reporters", "stressed", "warned", "noted", "added"]
NARRATIVE = [
    "The talks took place behind closed doors in the capital and lasted several hours.",
    "Both delegations arrived late in the evening after a day of preparatory meetings.",
    "The region has seen repeated flare-ups of violence over the past three decades.",
    "Observers from several international organisations were present at the signing.",
    "Local media reported heavy traffic at the border crossing throughout the weekend.",
    "The agreement, if implemented, would be the first of its kind since the war ended.",
    "Analysts said the outcome would depend largely on the positions of regional powers.",
]


def _paragraph(rng: random.Random) -> str:
    speaker, pronoun = rng.choice(SPEAKERS)
    place_a, place_b = rng.sample(PLACES, 2)
    topic = rng.choice(TOPICS)
    kind = rng.random()
    if kind < 0.35:
        return (
            f"“{rng.choice(QUOTES)},” {speaker} {rng.choice(VERBS)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}. "
            f"“{rng.choice(QUOTES)},” {pronoun} added. {rng.choice(NARRATIVE)}"
        )
    if kind < 0.6:
        return (
            f"{speaker} called on {place_a} and {place_b} to respect {topic} and to refrain from steps that could "
            f"escalate tensions. {rng.choice(NARRATIVE)} {rng.choice(NARRATIVE)}"
        )
    if kind < 0.75:
        return f"{speaker} held a phone call with officials from {place_a} about {topic}. {rng.choice(NARRATIVE)}"
    return " ".join(rng.sample(NARRATIVE, 3))


def make_articles(n: int, seed: int = 7) -> list[dict]:
    """`n` article objects (title, source, published, text) of 350–600 words each."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    articles = []
    for i in range(n):
        paragraphs = [_paragraph(rng) for _ in range(rng.randint(7, 11))]
        day = start + dt.timedelta(days=rng.randint(0, 6 * 365))
        articles.append(
            {
                "title": f"{rng.choice(PLACES)}: talks on {rng.choice(TOPICS)} ({i})",
                "source": rng.choice(["Example Wire", "Daily Herald", "Caucasus Monitor", "World Desk"]),
                "published": day.isoformat(),
                "text": "\n\n".join(paragraphs) + f"\n\nReport number {i}.",
            }
        )
    return articles
