"""Transcripts: briefings and interviews printed turn by turn under speaker labels.

"MR MILLER: We support ECOWAS's leadership …" carries no reporting verb and no quotation mark,
yet every labelled answer is the labelled speaker's own words: one direct statement per turn
(the label's paragraph and the unlabelled paragraphs that continue it). A question ("QUESTION:",
"Q:", "MODERATOR:") is the journalist's and no statement; but what a question reports in a
sentence of its own ("AFP: The Prime Minister said on Saturday that the talks had failed. What is
your comment?") is the reported person's statement, found by the ordinary rules (`reported_in_question`). Inside a turn, what the ordinary rules
would find ("she urged them to return to negotiations", "as the Secretary said") is part of the
speaker's answer, as a quote inside a quote is part of the outer one, so those cues are dropped.

An article is read as a transcript only when it has several labelled turns and one of them is a
question: a dateline ("ISLAMABAD: …") or a note ("UPDATE: …") alone makes none.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from app.lang.extract_schema import ExtractLexicon, Transcripts
from app.pipeline.resolve.normalize import without_possessive
from app.pipeline.types import ExtractedStatement

from .actors import ActorLookup
from .categories import categorise
from .confidence import confidence, turn_features
from .context import Countries
from .dates import statement_date
from .mentions import Mention
from .segments import Paragraph

_TRIM = " \t\n,;:“”\"«»„‘’–—-"
_SAY = "say"  # the cue a turn is categorised by: it is speech, as "said"


@dataclass(frozen=True)
class Turn:
    label: str  # as printed ("MR MILLER")
    label_start: int
    start: int  # the turn's words, after the label, to the end of its last paragraph
    end: int
    asks: bool  # a question's turn
    unnamed: bool  # "A:": nobody is named

    @property
    def label_end(self) -> int:
        return self.label_start + len(self.label)


def label_kind(label: str, words: Transcripts) -> str | None:
    """What a turn's label says of its speaker: "asks" (a question's: "QUESTION:", "AFP:"), "unnamed"
    ("A:"), "speaker", or None for no speaker at all ("UPDATE:")."""
    low = " ".join(label.lower().replace("’", "'").split()).strip(".")
    if low in words.not_speakers:
        return None
    if low in words.question_labels or low in words.outlets or low.split()[-1] in words.outlet_words:
        return "asks"  # "QUESTION:", "AFP:", "Global Times:"
    if low in words.unnamed_labels:
        return "unnamed"
    return "speaker"


def _asks(text: str, words: Transcripts) -> bool:
    """A turn that ends with a question mark, a closing thanks aside ("… What is your comment? Thank you.")."""
    t = text.strip().rstrip("\"”’' ")
    for _ in range(2):
        low = t.lower().rstrip(".! ")
        closer = next((c for c in words.question_closers if low.endswith(c)), None)
        if closer is None:
            break
        t = t[: len(low) - len(closer)].rstrip(" ,.!")
    return t[-1:] in words.question_marks


def _stage_direction(p: Paragraph) -> bool:
    """'(The briefing was concluded at 2:04 p.m.)', '[Crosstalk]': no one's words."""
    return p.text.lstrip()[:1] in "([" or p.furniture


def _closing_direction(paras: list[Paragraph], n: int, words: Transcripts) -> int:
    """The stage direction that closes a transcript within a few paragraphs after its last
    label at `n` (the last turn runs up to it), else n + 1."""
    for k in range(n + 1, min(len(paras), n + 1 + words.closing_window)):
        if _stage_direction(paras[k]) and not paras[k].furniture:
            return k
    return n + 1


def transcript_turns(paras: list[Paragraph], lex: ExtractLexicon, title: str | None = None) -> list[Turn]:
    """The labelled turns of the article with their continuing paragraphs, or [] when the
    article is no transcript (`title`: the headline, which may name the host of unnamed answers)."""
    words = lex.transcripts
    found: list[tuple[int, str, str]] = []  # (paragraph index, label, kind)
    for n, p in enumerate(paras):
        m = words.label_rx.match(p.text)
        if m is None:
            continue
        label = words.label_of(m)[0]
        kind = label_kind(label, words)
        if kind is not None:
            found.append((n, label, kind))
    # a named label whose every turn is a question is a journalist's ("Bloomberg: … ?")
    asking = {label for _, label, _ in found}
    for n, label, kind in found:
        if kind != "speaker" or not _asks(paras[n].text, words):
            asking.discard(label)
    found = [(n, label, "asks" if label in asking else kind) for n, label, kind in found]
    if len(found) < words.min_turns or not any(k == "asks" for _, _, k in found):
        return []
    if not any(k == "speaker" for _, _, k in found):
        first = found[0][0]
        introduced = first > 0 and _host(paras[first - 1].text, len(paras[first - 1].text), lex) is not None
        if not introduced and _title_host(title, 0, lex) is None:
            return []  # only unnamed answers, and no host introduced to give them
    turns = []
    for j, (n, label, kind) in enumerate(found):
        p = paras[n]
        m = words.label_rx.match(p.text)
        assert m is not None
        at = words.label_of(m)[1]
        last = n
        # unlabelled paragraphs continue a turn up to the next label; after the last turn the
        # article may go back to narration, so the last turn keeps its own paragraph only, unless
        # a closing stage direction ("(The briefing ended at 4:05 p.m.)") shows where the turn ends
        stop = found[j + 1][0] if j + 1 < len(found) else _closing_direction(paras, n, words)
        while last + 1 < stop and not _stage_direction(paras[last + 1]):
            last += 1
        turns.append(Turn(label, p.start + at, p.start + m.end(), paras[last].end, kind == "asks", kind == "unnamed"))
    return turns


# A surname in capitals after its own small "c" ("McCLELLAN", "MacDONALD")
_MC_CAPITALS = re.compile(r"(?:Mc|Mac)[A-Z][A-Z'’-]+[.,]?")


def _name_case(word: str) -> str:
    """A word of a label in capitals as a name is written ("MILLER" → "Miller", "AL-SAEED" →
    "Al-Saeed", "McCLELLAN" → "McClellan")."""
    found = _MC_CAPITALS.fullmatch(word)
    if found:
        prefix = "Mac" if word.startswith("Mac") else "Mc"
        return prefix + word[len(prefix) :].capitalize()
    return "-".join(x.capitalize() for x in word.split("-"))


def _display(label: str, lex: ExtractLexicon) -> tuple[str, str | None]:
    """The label as a name phrase ("MR MILLER" → "Mr Miller") and the name in it without an
    honorific or a title ("Ardent"; "Spokesperson Lin Haoran" → "Lin Haoran"; "Official Spokesperson,
    Shri X Y" → "X Y"), when it has one."""
    words = lex.transcripts
    parts = label.split()
    if all(w.isupper() or _MC_CAPITALS.fullmatch(w) for w in parts if w[:1].isalpha()):  # "MR. McCLELLAN"
        parts = [w if len(w) <= 3 and w.endswith(".") else _name_case(w) for w in parts]
    # an honorific inside the label ("Official Spokesperson, Shri X") is no part of the name phrase
    parts = parts[:1] + [w for w in parts[1:] if _bare(w) not in words.honorifics]
    text = " ".join(parts)
    before, comma, after = text.rpartition(",")
    named = after.split()  # "Official Spokesperson, Shri Devan Kapoor"
    if comma and named and _bare(named[0]) in lex.speakers.person_titles:
        # "Ms. TANAKA Aiko, Minister for Foreign Affairs": the name comes first, the title after it
        named = [w for w in before.split() if _bare(w) not in words.honorifics]
        if named and not any(_bare(w) in lex.speakers.person_titles for w in named):
            return text, " ".join(named)
        named = after.split()
    titles = [i for i, w in enumerate(named) if _bare(w) in lex.speakers.person_titles]
    if titles:
        named = named[titles[-1] + 1 :]
    while named and _bare(named[0]) in words.honorifics:
        named = named[1:]
    if named and (titles or len(named) < len(parts)):
        return text, " ".join(named)
    if not named:
        return text, None
    return text, text if label[:1].isupper() and not label.isupper() and len(parts) > 1 else None


def declines(answer: str, words: Transcripts, quoted: bool = False) -> bool:
    """ "There is nothing to add on that for now.": a short answer that only refuses to comment, a
    guidelines' non-statement; with `quoted`, a quote anywhere in an article ("'I will not go into
    the specifics,' he said"), held to a narrower list, since a quote is no answer to a question and
    "too early to lift sanctions" says something. One that goes on after a "but" says something."""
    low = " ".join(answer.lower().replace("’", "'").split())
    most = words.quote_refusal_max_words if quoted else words.refusal_max_words
    if len(re.findall(r"[\w']+", low)) > most or any(w in words.refusal_breaks for w in re.findall(r"\w+", low)):
        return False
    return any(r in low for r in (words.quote_refusals if quoted else words.refusals))


def _bare(word: str) -> str:
    return word.lower().strip(".,")


def _introduced(text: str, label: str, before: int, lex: ExtractLexicon) -> str | None:
    """The person a bare title label ("Spokesperson:", "Official Spokesperson:") stands for: the
    name the article gives that title before the first turn ("… by Official Spokesperson, Shri
    Devan Kapoor", "spokesperson Lin Haoran said", "Lin Haoran, the spokesperson,")."""
    title = _bare(label.split()[-1])
    honor = "|".join(re.escape(h) for h in sorted(lex.transcripts.honorifics, key=len, reverse=True))
    name = r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}"
    # the title and honorific in any case ("Spokesperson", "spokesperson"), the name capitalised: "Liu
    # Weimin held a press conference" ends before "held"
    after = rf"\b(?i:{re.escape(title)})\b,? (?:(?i:{honor})\.? )?(?P<name>{name})"
    first = re.search(after, text[:before])
    if first is not None:
        return _up_to_possessive(first.group("name"))
    apposed = re.search(rf"(?P<name>{name}), (?:the |an? )?(?:[\w-]+ ){{0,3}}(?i:{re.escape(title)})\b", text[:before])
    return apposed.group("name") if apposed is not None else None


def _host(text: str, before: int, lex: ExtractLexicon) -> tuple[str, str, int] | None:
    """Who gives the unnamed answers ("A: …"): the briefing's host, named with a host's title in
    the paragraph just before the first turn ("… the press conference hosted by spokesperson Jane
    Roe."), as (title and name, name, where that paragraph starts); else None, and the answers are
    left to the ordinary rules."""
    head = text[:before].rstrip()
    at = head.rfind("\n") + 1
    return _named_host(head[at:], at, lex)


def _named_host(passage: str, at: int, lex: ExtractLexicon) -> tuple[str, str, int] | None:
    """The host a passage names with a host's title, as (title and name, name, `at`), else None."""
    for title in lex.transcripts.answer_hosts:
        name = _introduced(passage, title, len(passage), lex)
        if name is not None:
            name = name.rstrip(".")  # the sentence's full stop
            return f"{title} {name}", name, at
    return None


def _title_host(title: str | None, first_turn: int, lex: ExtractLexicon) -> tuple[str, str, int] | None:
    """The host of unnamed answers named by the headline ("Foreign Ministry Spokesperson Jane Roe's
    Regular Press Conference on May 3"), placed at the first turn (the headline is not in the text)."""
    return _named_host(title, first_turn, lex) if title else None


def _up_to_possessive(name: str) -> str:
    """ "Lin Haoran's Regular Press" → "Lin Haoran": a heading's name ends at its possessive."""
    words = []
    for w in name.split():
        words.append(without_possessive(w))
        if words[-1] != w:
            break
    return " ".join(words)


def _span(text: str, lo: int, hi: int, lex: ExtractLexicon) -> tuple[int, int]:
    """The answer's words without the edges' marks; an answer quoting someone is cut at its
    first double quotation mark so that no direct statement runs over one (the first stretch of
    speech length is kept, as for a quotation: the answer's opening words, else the longest)."""
    pieces, pos = [], lo
    for m in lex.quotes.double_rx.finditer(text, lo, hi):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, hi))
    least = lex.quotes.min_speech_words
    best = next(
        (p for p in pieces if len(text[p[0] : p[1]].split()) >= least),
        max(pieces, key=lambda p: len(text[p[0] : p[1]].split())),
    )
    s, e = best
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _countries_in(content: str, own: str | None, countries: Countries | None) -> list[str]:
    if countries is None:
        return []
    return list(dict.fromkeys(code for _, _, code in countries.find_countries(content) if code != own))


def transcript_statements(
    text: str,
    turns: list[Turn],
    lookup: ActorLookup,
    published: dt.date | None,
    countries: Countries | None,
    lex: ExtractLexicon,
    title: str | None = None,
) -> list[ExtractedStatement]:
    """One direct statement per named speaker's answer of enough words (`title`: the article's
    headline, which may name the host of unnamed answers)."""
    if not turns:
        return []
    words = lex.transcripts
    day, precision = statement_date(text[: turns[0].label_start], published, lex.dates)  # the heading's date
    if day is None and published is not None:
        day, precision = published, "day"
    host = _host(text, turns[0].label_start, lex) or _title_host(title, turns[0].label_start, lex)
    out = []
    for t in turns:
        if t.asks or (t.unnamed and host is None):
            continue
        lo, hi = _span(text, t.start, t.end, lex)
        if len(text[lo:hi].split()) < words.min_answer_words or declines(text[lo:hi], words):
            continue
        if t.unnamed:  # the host is placed where the article introduced them, not by the question before
            shown, name, at = host
            mention = Mention(shown, at, at + len(shown), "name", True, name=name)
        else:
            shown, name = _display(t.label, lex)
            mention = Mention(shown, t.label_start, t.label_end, "name", True, name=name)
        if name is None and not t.unnamed and _bare(shown.split()[-1]) in lex.speakers.person_titles:
            # a bare title ("Official Spokesperson:", "Foreign Minister:"): the person the article gave
            # it to before this turn (an earlier label "Penny Wong, Foreign Minister:" included), which
            # beats the registry's holder of the post
            name = _introduced(text, t.label, t.label_start, lex)
            if name is not None:  # looked up by that name, not by the post the label names
                mention = Mention(name, t.label_start, t.label_end, "name", True, name=name)
        actor = lookup.actor(mention)
        label_words = [_bare(w) for w in t.label.replace(",", " ").split()]
        hosting = any(w in lex.transcripts.question_labels for w in label_words)
        official = any(w in lex.transcripts.honorifics or w in lex.speakers.person_titles for w in label_words)
        # the host of unnamed answers, found by a host's title ("Foreign Ministry Spokesperson X" in the
        # headline), speaks for the government whose site holds the briefing, whatever state the
        # questions before the answer name
        by_site = t.unnamed or (official and actor.country is None)
        if by_site and not actor.known and actor.kind == "person" and not hosting:
            # "MR. McCLELLAN:" on the White House's own site: a briefer (a label with a form of address or a
            # post) of a government's site speaks for it; not an interview's host ("ANDREW ROE, HOST:") nor
            # a journalist named bare ("Jane Roe:"), who speak for no government
            site = lookup.government_site()
            actor = replace(actor, country=site) if site else actor
        code, label = categorise("direct", _SAY, text[lo:hi], lex)
        found = turn_features(actor, hi - lo)
        out.append(
            ExtractedStatement(
                text=text[lo:hi],
                start=lo,
                end=hi,
                kind="direct",
                cue=None,
                speaker=t.label,
                speaker_start=t.label_start,
                speaker_end=t.label_end,
                actor=actor,
                targets=_countries_in(text[lo:hi], actor.country, countries),
                date=day,
                date_precision=precision,
                category_code=code,
                category_label=label,
                confidence=confidence(found, lex),
                signals=found,
            )
        )
    return out


def _turn_at(turns: list[Turn], pos: int) -> Turn | None:
    n = bisect_right([t.label_start for t in turns], pos) - 1
    return turns[n] if n >= 0 and pos < turns[n].end else None


def reported_in_question(turns: list[Turn], sentence: str, pos: int, source: str | None, lex: ExtractLexicon) -> bool:
    """Whether a cue at `pos` reports someone's words inside a question's turn, in a sentence
    that is no question itself ("The minister said on Monday that …" before "What is your
    comment?"): that is the reported person's statement, not the journalist's. The one asked or
    the one asking as its source (`source`, the source's head word: "You said …") is neither."""
    t = _turn_at(turns, pos)
    if t is None or not t.asks or pos < t.start:
        return False
    if source is not None and source.lower() in lex.transcripts.asker_words:
        return False
    return sentence.rstrip().rstrip("\"”’' )")[-1:] not in lex.transcripts.question_marks


def questioner_speaker(turns: list[Turn], speaker: str | None, speaker_start: int | None, lex: ExtractLexicon) -> bool:
    """A statement in a question's turn whose speaker is the one asking or the one asked ("you",
    "your ministry", the outlet's label): no statement of anyone reported."""
    if speaker_start is None or not speaker:
        return True
    t = _turn_at(turns, speaker_start)
    if t is not None and speaker_start < t.start:
        return True  # the label
    first = speaker.lower().split()[0].strip(".,")
    return first in lex.transcripts.asker_words


def inside_turns(turns: list[Turn], pos: int) -> bool:
    """Whether a character lies in a turn (labels included): its cues belong to the turn.
    `turns` are in reading order and do not overlap."""
    n = bisect_right([t.label_start for t in turns], pos) - 1
    return n >= 0 and pos < turns[n].end
