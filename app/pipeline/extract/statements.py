"""Drafts → `ExtractedStatement`s: spans, kind, speaker, date, category, confidence."""

from __future__ import annotations

import datetime as dt
from itertools import islice
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.resolve.normalize import fold
from app.pipeline.types import ExtractedStatement

from .assemble import Draft
from .attribution import Attributor, Speaker
from .categories import categorise
from .confidence import Signals, confidence, features, hung_on_cue, partial_quote
from .context import Countries
from .dates import statement_date
from .deadline import check_deadline
from .reported import verb_object
from .sentences import doc_text, sent_ents, sent_of
from .sources import (
    carried_by_outlet,
    named_outlet,
    refers_to_subject,
    relayed_principal,
    source_behind_outlet,
    source_inside_report,
    unnamed_sources,
)
from .targets import targets_for

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Doc

_TRIM = " \t\n,;:“”\"«»„‘’–—-"
_MINUS = "–-−"


def draft_span(d: Draft, text: str) -> tuple[int, int]:
    """Content span: the quotes when the verb only frames them, else content ∪ quotes."""
    if not d.quotes:
        lo, hi = d.start, d.end
    else:
        qlo, qhi = min(q.start for q in d.quotes), max(q.end for q in d.quotes)
        framing = d.cue.speech and ((d.end - d.start) <= len(d.cue.anchor.text) + 2 or _trailing_attribution(d, qhi))
        inside = d.start >= qlo - 2 and d.end <= qhi + 2
        lo, hi = (qlo, qhi) if framing or inside or d.continued else (min(d.start, qlo), max(d.end, qhi))
    lo, hi = _trim(text, lo, hi)
    return _keep_marks(text, lo, hi)


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span without the spaces, punctuation and marks at its edges; a minus sign stays ('–5 degrees')."""
    while lo < hi and text[lo] in _TRIM and not (text[lo] in _MINUS and text[lo + 1 : lo + 2].isdigit()):
        lo += 1
    while hi > lo and text[hi - 1] in _TRIM:
        hi -= 1
    return lo, hi


_OPENING = "“«„"
_CLOSING = "”»"


def _trailing_attribution(d: Draft, qhi: int) -> bool:
    """'“A,” the spokesman wrote on Telegram': after the quotation, the verb's own words
    (a medium, a time, a place) are no clause of their own; the quotation is what was said."""
    anchor = d.cue.anchor
    if qhi > anchor.idx:
        return False
    doc = anchor.doc
    outside = [doc[i] for i in d.cue.tokens if not any(q.start <= doc[i].idx < q.end for q in d.quotes)]
    return not any(t.pos_ in ("VERB", "AUX") and t.i != anchor.i for t in outside)


def _keep_marks(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A paraphrase quoting a phrase keeps the article's marks around it: 'called the plan “absurd”',
    not 'called the plan “absurd' (the trimming above stops at the first word on each side)."""
    inner = text[lo:hi]
    opened = sum(inner.count(c) for c in _OPENING) - sum(inner.count(c) for c in _CLOSING)
    straight = inner.count('"') % 2
    if hi < len(text) and (
        opened > 0 and text[hi] in _CLOSING or straight and text[hi] == '"' and lo > 0 and text[lo - 1] != '"'
    ):
        hi += 1
    elif lo > 0 and (opened < 0 and text[lo - 1] in _OPENING or straight and text[lo - 1] == '"'):
        lo -= 1
    return lo, hi


def _pieces(d: Draft, text: str, lo: int, hi: int, lex: ExtractLexicon) -> list[tuple[int, int]]:
    """The quoted stretches of a draft inside [lo, hi], cut at every double mark inside a quotation
    (a paragraph that reopens a quotation, a closing mark the pairing missed), trimmed."""
    out = []
    for q in sorted(d.quotes, key=lambda x: x.start):
        s, e = max(q.start, lo), min(q.end, hi)
        if e <= s:
            continue
        pos = s
        for m in lex.quotes.double_rx.finditer(text, s, e):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, e))
    return [p for p in (_trim(text, s, e) for s, e in out) if p[1] > p[0]]


def _paraphrase_between(d: Draft, text: str, a: tuple[int, int], b: tuple[int, int], lex: ExtractLexicon) -> bool:
    """Words of the article's own between two quoted stretches that are not the attribution
    ('rejected as “A” claims that X was making “B”'), as opposed to '“A,” he said. “B.”' or '“A” and “B”'."""
    gap = text[a[1] : b[0]]
    anchor = d.cue.anchor.idx
    if a[1] <= anchor < b[0] or d.cue.speaker is not None and a[1] <= d.cue.speaker.idx < b[0]:
        return False
    words = [w for w in gap.strip(_TRIM + ".!?").split() if w.strip(_TRIM + ".!?")]
    return len(words) > 1 or bool(words) and words[0].lower() not in lex.quotes.name_small_words


def direct_span(d: Draft, text: str, lo: int, hi: int, lex: ExtractLexicon) -> tuple[int, int] | None:
    """A direct quote's span is one stretch of quoted words and nothing else: never the attribution,
    the paraphrase around it or a later quotation after 'he said.' (a card prints it as quoted).
    The first stretch of speech length is taken (the one its attribution introduces); None when
    the article's own words stand between the quotations (a paraphrase quoting phrases: indirect)."""
    pieces = _pieces(d, text, lo, hi, lex)
    if not pieces:
        return None
    if any(_paraphrase_between(d, text, a, b, lex) for a, b in zip(pieces, pieces[1:], strict=False)):
        return None
    least = lex.quotes.min_speech_words
    return next((p for p in pieces if len(text[p[0] : p[1]].split()) >= least), max(pieces, key=lambda p: p[1] - p[0]))


_PHRASE_WORDS = 4  # a quotation of fewer words after a judging verb is a quoted phrase, not speech


def draft_kind(d: Draft, text: str, lo: int, hi: int) -> str:
    if d.cue.kind == "contact":
        return "contact"
    inside = [text[max(q.start, lo) : min(q.end, hi)].strip() for q in d.quotes if q.end > lo and q.start < hi]
    before = all(d.cue.anchor.idx < q.start for q in d.quotes)
    if inside and not d.cue.speech and before and all(len(s.split()) < _PHRASE_WORDS for s in inside):
        # "called Lula a “corrupt communist”": the verb and its object are the article's words
        if any(t.dep_ == "dobj" and not any(q.start <= t.idx < q.end for q in d.quotes) for t in d.cue.anchor.children):
            return "indirect"
    quoted = sum(len(s) for s in inside)
    if quoted * 2 >= len(text[lo:hi].strip()) and not _quoted_phrase_only(d, lo, hi):
        return "direct"
    return "indirect"


def _quoted_phrase_only(d: Draft, lo: int, hi: int) -> bool:
    """ "he had raised the killing with Modi “personally and directly, in no uncertain terms”":
    the clause (its verb and most of its words) is the article's, the quotation a phrase without
    a verb of its own; so is a whole clause of the article's words that a quoted prepositional phrase,
    however long, only ends (the annotated sets mark it indirect, their evidence the unquoted words).
    'Islamabad remained “committed to the faithful implementation of …”' is mostly quoted: the
    quotation is the verb's complement."""
    doc = d.cue.anchor.doc
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None or not d.quotes:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space and t.i != d.cue.anchor.i]
    quoted = [t for t in words if any(q.start <= t.idx < q.end for q in d.quotes)]
    own = [t for t in words if not any(q.start <= t.idx < q.end for q in d.quotes)]
    verbs = ("VERB", "AUX")
    if not quoted or any(t.pos_ in verbs for t in quoted):
        return False
    if len(own) >= len(quoted) and any(t.pos_ in verbs for t in own):
        return True
    # "said that Boluarte assumed the presidency “in strict adherence to the Constitution”": a whole
    # clause of the article's own words, which a quoted adjunct (a prepositional phrase) only ends
    own_ids = {t.i for t in own}
    head = next((t for t in quoted if t.head.i in own_ids), None)
    return (
        head is not None
        and quoted[0].i > max(own_ids)
        and head.dep_ == "prep"
        and head.head.pos_ in verbs
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in own_ids for c in head.head.children)
    )


def _added_participle(d: Draft) -> bool:
    """`d` is a participle clause added to its parent's verb (", adding that B", ", saying …"), not
    one opening a quotation after a colon (", adding: “B”", a second statement)."""
    anchor = d.cue.anchor
    if anchor.tag_ != "VBG" or anchor.dep_ not in ("advcl", "xcomp"):
        return False
    nxt = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    return not (nxt is not None and nxt.text == ":")


def _quote_before_verb(parent: Draft) -> bool:
    return any(q.end <= parent.cue.anchor.idx for q in parent.quotes)


def _participle_extension(parent: Draft, d: Draft) -> bool:
    """'X said A, adding that B' / 'X rejected it, saying “B”' are one
    statement (dev-06/07/15 annotate so); after a quotation before its verb see `_after_quote`."""
    return not _quote_before_verb(parent) and _added_participle(d)


def _after_quote(parent: Draft, d: Draft) -> bool:
    """ "“A,” X said, adding that B": a participle clause after a quotation's own verb, which
    cannot join the quotation (a direct statement holds only quoted words) and is no statement of
    its own either."""
    return _quote_before_verb(parent) and not d.quotes and _added_participle(d)


def _absorb(parent: Draft, d: Draft) -> None:
    parent.start, parent.end = min(parent.start, d.start), max(parent.end, d.end)
    parent.quotes += [q for q in d.quotes if q not in parent.quotes]


def merge_extensions(drafts: list[Draft], text: str) -> list[Draft]:
    """'X said A, adding B' is one statement; 'X said A, adding: "B"' is two."""
    by_anchor = {d.cue.anchor.i: d for d in drafts}
    into: dict[int, Draft] = {}  # a draft absorbed by another: the one its own extensions go to
    out = []
    for d in drafts:
        parent = by_anchor.get(d.cue.parent) if d.cue.parent is not None else None
        while parent is not None and id(parent) in into:  # "summoned X and delivered Y, demanding Z"
            parent = into[id(parent)]
        if parent is not None and parent.cue.kind == d.cue.kind == "indirect" and _participle_extension(parent, d):
            _absorb(parent, d)
            into[id(d)] = parent
            continue
        if parent is not None and parent.cue.kind == d.cue.kind == "indirect" and _after_quote(parent, d):
            into[id(d)] = parent  # "“A,” X said, adding that B": one statement (GUIDELINES), the quotation's
            continue
        if parent is not None and parent.cue.kind == d.cue.kind == "indirect":
            kp = draft_kind(parent, text, *draft_span(parent, text))
            kd = draft_kind(d, text, *draft_span(d, text))
            # "insisted that A were “lawful” and urged Manila to “stop …”": one statement of two verbs
            joined = d.cue.anchor.dep_ == "conj" and d.cue.anchor.i > parent.cue.anchor.i
            if kp == kd == "indirect" or (not d.quotes and kd == kp) or joined:
                parent.start, parent.end = min(parent.start, d.start), max(parent.end, d.end)
                parent.quotes += d.quotes
                into[id(d)] = parent
                continue
        out.append(d)
    return out


_DATE_REACH = 1000  # characters of the sentence read on each side of a statement for its date


def _date_context(d: Draft, text: str, lo: int, hi: int) -> str:
    """The statement's sentence around it (at most `_DATE_REACH` characters each side:
    reading a whole 100,000-character sentence per statement would make extraction quadratic)."""
    sent = sent_of(d.cue.anchor)
    s_lo, s_hi = max(sent.start_char, lo - _DATE_REACH), min(sent.end_char, hi + _DATE_REACH)
    return text[s_lo : max(s_lo, lo)] + " " + text[min(hi, s_hi) : s_hi]


_FRAGMENT_WORDS = 4  # a content shorter than this, or starting with a bare verb, is a fragment
_VERB_TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN")


def _fragment(doc: Doc, kind: str, lo: int, hi: int) -> bool:
    """An indirect content that reads as a piece of a clause ("were already under way",
    "invites its monitors", "describing the cut"): the parse lost its subject or its frame,
    so the statement's span, and often its speaker, is less sure. Contacts start with their
    verb by nature ("met X"); direct quotes are bounded by their marks."""
    if kind != "indirect":
        return False
    span = doc.char_span(lo, hi, alignment_mode="expand")
    # the first few words are all it takes: a long content's other words are not read
    words = (
        list(islice((t for t in span if not t.is_punct and not t.is_space), _FRAGMENT_WORDS))
        if span is not None
        else []
    )
    return not words or len(words) < _FRAGMENT_WORDS or words[0].tag_ in _VERB_TAGS


_AFTER_QUESTION = " \"”’'"  # what may follow a question mark at a span's end


def _signals(
    d: Draft,
    doc: Doc,
    text: str,
    folded: str,
    kind: str,
    lo: int,
    hi: int,
    sp: Speaker,
    first: bool,
    lex: ExtractLexicon,
) -> Signals:
    """What the confidence reads of a statement about to be built (see `Signals`; `folded`: the
    article's text, accents and case folded). A registry person whose full name the article never
    writes was found through a surname or a title: a namesake or a spelling other than the
    article's is likelier there."""
    sent = sent_of(d.cue.anchor)
    unwritten = sp.actor.known and sp.actor.kind == "person" and fold(sp.actor.name).casefold() not in folded
    persons = sum(1 for ent in sent_ents(sent) if ent.label_ == "PERSON")
    return Signals(
        d.cue.lemma,
        d.cue.kind,
        lo,
        fragment=_fragment(doc, kind, lo, hi),
        continued=d.continued,
        hung=hung_on_cue(d.cue.anchor, lex),
        partial=partial_quote(kind, text[lo:hi]),
        statement_kind=kind,
        length=hi - lo,
        same_sentence=sent.start_char <= sp.mention.start < sent.end_char,
        crowded=persons >= 2,
        cue_before=d.cue.anchor.idx < lo,
        first=first,
        question=text[lo:hi].rstrip(_AFTER_QUESTION).endswith("?"),
        name_unwritten=unwritten,
    )


def _members_among_themselves(d: Draft, sp) -> bool:
    """A contact with no counterpart, only a plural subject, that stands for one international organisation
    ("NATO foreign ministers met …. The ministers also discussed the war"): the members of one body at
    their own meeting, no exchange between named parties."""
    return (
        d.cue.kind == "contact"
        and not d.cue.targets
        and not sp.co_actors
        and sp.actor.kind == "international_organisation"
    )


def build(
    doc: Doc, drafts: list[Draft], attributor: Attributor, published: dt.date | None, countries: Countries | None
) -> list[ExtractedStatement]:
    lex = attributor.lex
    according = lex.verb_frames.according.cue
    text = doc_text(doc)
    folded = fold(text).casefold()  # for the confidence's "name_unwritten", read once per article
    out: list[ExtractedStatement] = []
    last_date: dict[str, tuple[dt.date, str]] = {}
    for d in sorted(merge_extensions(drafts, text), key=lambda x: x.cue.anchor.i):
        check_deadline()
        lo, hi = draft_span(d, text)
        if hi - lo < 8 or (not d.quotes and len(d.cue.tokens) <= 1 and d.cue.kind != "contact"):
            continue
        head = source_behind_outlet(d.cue, lex) or d.cue.speaker  # "Interfax quoted Lavrov as saying"
        sp = attributor.resolve(head)
        if sp is None or (d.cue.kind == "contact" and sp.actor.kind == "media"):
            continue  # "The Daily spoke to the minister": an interview, no diplomatic contact
        if _members_among_themselves(d, sp):
            continue  # "The ministers also discussed X" (the G7's): a body's agenda, no contact between parties
        if refers_to_subject(head, lex):  # "The X movement rejected …, the group said": X
            inner = source_inside_report(d.cue, lex)
            inner_sp = attributor.resolve(inner) if inner is not None else None
            if inner_sp is not None and inner_sp.actor.kind in ("group", "institution", "international_organisation"):
                head, sp = inner, inner_sp
        elif carried_by_outlet(head, sp.actor, lex, d.cue.lemma):  # "X has offered …, a newspaper said": X's offer
            inner = source_inside_report(d.cue, lex, leading=named_outlet(head, lex, d.cue.lemma))
            inner_sp = attributor.resolve(inner) if inner is not None else None
            if inner_sp is not None and inner_sp.actor.kind != "media":
                head, sp = inner, inner_sp
        elif unnamed_sources(head, lex):  # "X told Y that …, government sources said": X's words
            inner = source_inside_report(d.cue, lex)
            inner_sp = attributor.resolve(inner) if inner is not None else None
            if inner_sp is not None and inner_sp.actor.kind == "person" and inner.pos_ == "PROPN":
                head, sp = inner, inner_sp
        if head is d.cue.speaker and (principal := relayed_principal(d.cue, lex)) is not None:
            inner_sp = attributor.resolve(principal)  # "the presidency said Macron had stressed …": Macron's
            # (a state only where an outlet carries it: "the agencies reported that Russia said …")
            person = inner_sp is not None and inner_sp.actor.kind == "person"
            state = inner_sp is not None and inner_sp.actor.kind == "state" and principal.ent_type_ == "GPE"
            if state or (
                person and (inner_sp.actor.known or principal.ent_type_ == "PERSON" or principal.pos_ == "PRON")
            ):
                head, sp = principal, inner_sp
        attributor.remember(head, sp)
        kind = draft_kind(d, text, lo, hi)
        said = text[lo:hi]  # what the category reads: the frame too ("would allow … “without conditions”")
        if kind == "direct":
            piece = direct_span(d, text, lo, hi, lex)
            if piece is None:
                kind = "indirect"
            else:
                lo, hi = piece
        day, precision = statement_date(_date_context(d, text, lo, hi), published, lex.dates)
        if day is None and sp.actor.slug in last_date:
            day, precision = last_date[sp.actor.slug]
        if day is not None:
            last_date[sp.actor.slug] = (day, precision)
        code, label = categorise(kind, d.cue.lemma, said, lex, verb_object(d.cue.anchor, lex))
        found = features(_signals(d, doc, text, folded, kind, lo, hi, sp, not out, lex), sp, lex)
        out.append(
            ExtractedStatement(
                text=text[lo:hi],
                start=lo,
                end=hi,
                kind=kind,
                cue=d.cue.anchor.text if d.cue.lemma != according else according,
                speaker=sp.mention.text,
                speaker_start=sp.mention.start,
                speaker_end=sp.mention.end,
                actor=sp.actor,
                targets=targets_for(d, text[lo:hi], sp, attributor.lookup, countries),
                date=day,
                date_precision=precision,
                category_code=code,
                category_label=label,
                confidence=confidence(found, lex),
                signals=found,
                co_actors=list(sp.co_actors),
            )
        )
    return out
