"""Who said it: speaker mentions resolved across sentences and paragraphs.

Pronouns ("he added"), bare titles ("the spokesperson said", "the Serbian
president replied"), documents ("the statement described") and groups ("the
two met") are mapped to an earlier speaker kept in a `SpeakerHistory`; the
mention reported for them is the antecedent's, as the guidelines ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon
from app.pipeline.types import ResolvedActor

from .actors import ActorLookup, fallback_actor
from .contacts import guest_after_place, topic_object_counterparts
from .context import Countries
from .documents import document_owner, document_place, earlier_issuer, earlier_meeting, meeting_body, named_document
from .joint import (
    delegation_heads,
    introduced_members,
    is_joint,
    joint_count,
    joint_parties,
    listed_states,
    own_listed_states,
    party_title,
)
from .joint import persons_only as _persons_only
from .mentions import Mention, mention_from, person_word
from .segments import paragraph_breaks
from .sentences import Sentences, doc_ents, doc_text, sent_ents, sent_of, sent_root, sentences
from .transcript import label_kind

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Span, Token


@dataclass
class Speaker:
    mention: Mention  # the mention the statement is attributed to
    actor: ResolvedActor
    how: str  # "name", "pronoun", "title", "document", "group"
    co_actors: list[ResolvedActor] = field(default_factory=list)  # a joint statement's other parties

    @property
    def person(self) -> bool:
        if self.mention.form == "title" and self.mention.person:
            return True  # "The representative of Chile said …, he added": a person spoke for the state
        return self.actor.kind == "person" if self.actor.known else self.mention.person


@dataclass
class SpeakerHistory:
    """Speakers met so far in the article, most recent last."""

    entries: list[Speaker] = field(default_factory=list)
    # Positions in `entries`, so that the look-ups made per statement do not read the whole history:
    persons: list[int] = field(default_factory=list)
    others: list[int] = field(default_factory=list)  # states, bodies, documents: not persons
    plural_persons: list[int] = field(default_factory=list)
    by_word: dict[str, list[int]] = field(default_factory=dict)  # words of the mention, lower case
    abbreviated: list[int] = field(default_factory=list)  # mentions with an abbreviation ("Gen.")
    latest: dict[str, int] = field(default_factory=dict)  # actor slug -> its last position
    first: dict[str, int] = field(default_factory=dict)  # actor slug -> its first position

    def add(self, sp: Speaker) -> None:
        n = len(self.entries)
        self.entries.append(sp)
        if sp.person:
            self.persons.append(n)
            if sp.mention.plural or sp.co_actors:  # a joint speaker goes by its first party's mention
                self.plural_persons.append(n)
        else:
            self.others.append(n)
        words = mention_words(sp.mention.text)
        for word in set(words):
            self.by_word.setdefault(word, []).append(n)
        if any(word.endswith(".") and len(word) > 2 for word in words):
            self.abbreviated.append(n)
        self.latest[sp.actor.slug] = n
        self.first.setdefault(sp.actor.slug, n)

    def last(self, pred=lambda s: True) -> Speaker | None:
        for sp in reversed(self.entries):
            if pred(sp):
                return sp
        return None

    def last_person(self) -> Speaker | None:
        return self.entries[self.persons[-1]] if self.persons else None

    def last_other(self, pred=lambda s: True) -> Speaker | None:
        """The last speaker that is not a person (a state, a body) and meets `pred`."""
        return next((self.entries[n] for n in reversed(self.others) if pred(self.entries[n])), None)

    def last_plural(self) -> Speaker | None:
        """The last plural or collective speaker (a group of people, a state, a body)."""
        n = max(self.plural_persons[-1:] + self.others[-1:], default=None)
        return None if n is None else self.entries[n]

    def last_titled(self, noun: str, pred=lambda s: True) -> Speaker | None:
        """The person who last spoke among those whose mention carried the title `noun` (see
        `_has_title`) and meet `pred`: a spokesperson introduced by title, then called "Ms Qureshi",
        is still "the spokesperson" after another spokesperson spoke in between."""
        candidates = sorted(set(self.by_word.get(noun, ())) | set(self.abbreviated), reverse=True)
        best, best_at = None, -1
        for n in candidates:
            sp = self.entries[n]
            if sp.person and _has_title(sp, noun) and pred(sp):
                at = self.latest.get(sp.actor.slug, n) if sp.actor.known or sp.actor.country else n
                if at > best_at:
                    best, best_at = sp, at
        return best


def _country_words(head: Token, countries: Countries | None = None) -> list[str]:
    """Country words in a title phrase ("Serbian", "U.S.", "Ethiopia's"), also those the small
    model left untagged or took for a body ("the Tajik president") when the country look-up
    knows them."""
    placed = [  # "the foreign ministry spokesperson in Dhaka": the place the office sits in
        g.text
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("in", "from") and c.i > head.i
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ == "GPE"
    ]
    return (
        placed
        + [
            t.text
            for t in head.subtree
            if t.i < head.i
            and (
                t.ent_type_ in ("NORP", "GPE")
                or (
                    t.ent_type_ in ("", "ORG", "PERSON")  # "the Ugandan president": the tagger's body or person
                    and t.dep_ in ("amod", "compound", "poss")
                    and t.text[:1].isupper()
                    and _country_of(t.text, countries) is not None
                )
            )
        ]
    )


def _country_of(word: str, countries: Countries | None) -> str | None:
    if countries is None:  # no country look-ups: compare words instead
        return None
    try:
        return countries.country_code(word)
    except Exception:  # noqa: BLE001
        return None


def _compatible(sp: Speaker, words: list[str], countries: Countries | None) -> bool:
    """Country words of a title ("the Sudanese general") agree with the
    antecedent: same country when the resolver knows it, else same word stem (in a joint
    mention, "President X and Azerbaijani President Y", only in the first party's words)."""
    text = sp.mention.text.lower()
    if sp.person:
        text = text.split(" and ")[0]  # the words of the first party only: the actor's
    for w in words:
        code = _country_of(w, countries) if sp.actor.country else None
        if code is not None:
            if code != sp.actor.country:
                return False
        elif w.lower()[:5] not in text:
            return False
    return True


def _body_words(head: Token, lex: ExtractLexicon) -> list[str]:
    """ "the unification ministry", "the health ministry": the words saying which body is meant,
    which an antecedent must share; none after a possessive ("Its foreign ministry": the owner), nor
    the pack's `generic_body_words` ("the government agency" is any state body)."""
    if any(c.dep_ == "poss" for c in head.children):
        return []
    return [
        c.lower_
        for c in head.children
        if c.i < head.i
        and c.dep_ in ("compound", "amod")
        and c.pos_ in ("NOUN", "ADJ")
        and c.ent_type_ == ""
        and c.lower_ not in lex.speakers.generic_body_words
    ]


def _by_title(
    head: Token,
    history: SpeakerHistory,
    lex: ExtractLexicon,
    countries: Countries | None,
    holder: ResolvedActor | None = None,
) -> Speaker | None:
    """'the Serbian president' → the last speaker whose mention has that title,
    else the last person speaker; 'the Commission' → the last body speaker. For a describing noun
    ("the diplomat") the last speaker who is `holder`, the person the article met under a title the
    noun stands for, comes before the last person ("the diplomat" after a spokesman spoke is the
    deputy minister quoted before him)."""
    words = _country_words(head, countries)
    noun = head.lemma_.lower()
    if noun in lex.speakers.institution_nouns:
        # "the unification ministry" is not the foreign ministry that spoke before: the words that
        # say which body it is must be in the antecedent's mention too
        kinds = _body_words(head, lex)
        return history.last_other(
            lambda s: _compatible(s, words, countries) and all(k in s.mention.text.lower() for k in kinds)
        )
    titled = _titled_with_post(head, noun, history, lex, lambda s: _compatible(s, words, countries))
    for short in lex.speakers.honorific_abbreviations.get(noun, ()) if titled is None else ():
        titled = history.last_titled(short, lambda s: _compatible(s, words, countries))  # "His Excellency": "HE X"
        if titled is not None:
            break
    if titled is None and _post_initials(head, lex):  # "the Prime CS" after "Prime Cabinet Secretary X"
        if not _initials_introduced(head):
            return None  # a bare "the HC", "the NSA": a body's initials as often as a post's
        # no person who spoke under that post: not the last person whatever their post
        return history.last(lambda s: s.person and _spells_post(s.mention.text, head, lex))
    if titled is None and words and noun in lex.speakers.generic_titles:
        last = history.last_person()  # "Wang Yi said … the senior Chinese diplomat said"
        return last if last is not None and _compatible(last, words, countries) else None
    if titled is None and holder is not None and noun in lex.speakers.generic_titles:
        held = history.last(lambda s: s.actor.slug == holder.slug)
        if held is not None:
            return held
    if titled is not None or words:
        return titled  # "the Sudanese general" must match a general of that country
    return history.last_person()


def _post_words(head: Token, lex: ExtractLexicon) -> list[str]:
    """The words before a title that say which post it is ("prime" of "the prime minister")."""
    return [
        c.lower_
        for c in head.children
        if c.dep_ in ("compound", "amod") and c.i < head.i and c.lower_ in lex.speakers.post_modifiers
    ]


def _titled_with_post(head: Token, noun: str, history: SpeakerHistory, lex: ExtractLexicon, fits) -> Speaker | None:
    """ "the prime minister": the last speaker under that title whose mention also says which post
    ("Prime Minister X", not "Home Affairs Minister Y" who spoke since), when one did; else, as for a
    bare "the minister", the last speaker under the title."""
    mods = _post_words(head, lex)
    if mods:
        found = history.last_titled(noun, lambda s: fits(s) and set(mods) <= set(mention_words(s.mention.text)))
        if found is not None:
            return found
    return history.last_titled(noun, fits)


# the organisation named with a post: after it ("Secretary-General of the Arab League"), before it ("GCC Secretary-General")
_ORG_AFTER_POST = re.compile(r"\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)")
_ORG_BEFORE_POST = re.compile(r"(?P<org>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?)(?:'s|’s)?\s+$")
_HOLDER_GAP = 10  # characters between a post's phrase and its holder's name ("… Council (GCC) Name")
_LABEL_PARAGRAPHS = 6  # paragraphs back to the label whose speaker an unlabelled "I" may be
_QUOTE_OPENS = re.compile(r"[“\"«]")
_PAIR_PARAGRAPHS = 6  # paragraphs back to the call whose two parties a bare "the presidents" may be
_NAMES = ("PERSON", "ORG", "")  # the small model's tags on people's names (it takes some for bodies)
_APPOSED_REACH = 300  # tokens back to the name a bare "the envoy" may have been given to in apposition
_COUNTRYMAN_REACH = 150  # tokens back to the person a "the Chinese official" may mean
_TITLE_BEFORE_NAME = 80  # characters before a name where its title may stand ("Minister of Foreign Affairs of X Name")
_BODY_REACH = 800  # tokens searched back for the body a bare "the group" names


def _named_body_before(head: Token, lex: ExtractLexicon, capitalised: bool = False) -> Token | None:
    """ "the group", "the ministry": the nearest earlier phrase with the same head noun that
    carries a name ("The M23 rebel group", "Kenya's interior ministry"), spoken or not."""
    noun = head.lemma_.lower()
    if noun not in lex.speakers.institution_nouns or head.tag_ != ("NNP" if capitalised else "NN"):
        return None
    doc = head.doc
    kinds = _body_words(head, lex)
    for i in range(head.i - 1, max(-1, head.i - _BODY_REACH), -1):
        tok = doc[i]
        if tok.lower_ == head.lower_ and tok.pos_ in ("NOUN", "PROPN"):  # the tagger may call it a name
            if kinds and not all(k in {t.lower_ for t in tok.subtree} for k in kinds):
                continue  # "the unification ministry" is not "Seoul's foreign ministry"
            if any(c.i < tok.i and c.dep_ in ("compound", "poss", "amod") and c.pos_ == "PROPN" for c in tok.children):
                return tok
            if tok.pos_ == "PROPN" and _of_a_name(tok, lex):  # "The Department of Foreign Affairs"
                return tok
    return None


def _data_source(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "figures from the health ministry", "data by the statistics office": who gave the count."""
    if head.lower_ not in lex.speakers.data_nouns:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    return None


def _of_a_name(tok: Token, lex: ExtractLexicon) -> bool:
    """A capitalised body with a named 'of' complement: "Department of Foreign Affairs"."""
    return any(
        c.dep_ == "prep" and c.lower_ == lex.speakers.title_of_prep and c.i == tok.i + 1
        for c in tok.children
        if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
    )


def _body_owner(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "the ministry's spokesperson", "the embassy's spokesman": a spokesperson-like title
    owned by a body named only by its common noun; the body (met earlier) is the speaker."""
    if head.lemma_.lower() not in lex.speakers.person_titles:
        return None
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in lex.speakers.institution_nouns:
            if any(g.dep_ == "det" and g.lower_ == "the" for g in c.children):
                return c
    return None


_TITLED_NAME_REACH = 300  # tokens back to a person named with the title a bare "the crown prince" repeats


def _titled_name_since(head: Token, lex: ExtractLexicon, since: int) -> Token | None:
    """ "the crown prince" after "A phoned Saudi Crown Prince Mohammed bin Salman": the person the text
    last named with this very title (its words before the noun too), spoken or not, after character
    `since` (where the last speaker, who bears no such title, was named); None for none."""
    noun = head.lemma_.lower()
    left = [c for c in head.children if c.i < head.i]
    if noun not in lex.speakers.person_titles or not any(c.dep_ == "det" and c.lower_ == "the" for c in left):
        return None
    if any(c.dep_ not in ("det", "compound") for c in left):
        return None  # "the Saudi crown prince": whose is the resolver's to say
    words = [c.lower_ for c in left if c.dep_ == "compound"]
    doc = head.doc
    for t in reversed(doc[max(0, head.i - _TITLED_NAME_REACH) : head.i]):
        if t.idx <= since:
            break
        if (
            t.lower_ == noun
            and t.dep_ == "compound"
            and t.head.i > t.i
            and t.head.pos_ == "PROPN"
            and t.head.ent_type_ == "PERSON"
            and _title_words_before(t) == words
        ):
            return t.head
    return None


def _title_words_before(title: Token) -> list[str]:
    """The words of a title before its noun inside a name ("Crown" of "Saudi Crown Prince Mohammed
    bin Salman", "Prime" of "Prime Minister Modi"), without the state's ("Saudi", "US"), lower case."""
    out: list[str] = []
    run = {title.i, title.head.i}  # the parser hangs "Prime" on "Minister" or on the name
    for t in reversed(title.doc[: title.i]):
        if t.head.i not in run or t.dep_ not in ("compound", "amod"):
            break
        run.add(t.i)
        if t.ent_type_ not in ("NORP", "GPE"):
            out.insert(0, t.lower_)
    return out


def _titled_name_before(head: Token, lex: ExtractLexicon) -> Token | None:
    """'the president' after 'President Volodymyr Zelenskyy' in the same sentence: that person
    (nearer than any earlier speaker). Only a bare "the <title>", with no words of its own."""
    noun = head.lemma_.lower()
    if noun not in lex.speakers.person_titles or any(c.dep_ != "det" for c in head.children if c.i < head.i):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    sent = sent_of(head)
    for t in reversed(head.doc[sent.start : head.i]):
        if (
            t.lemma_.lower() == noun
            and t.dep_ == "compound"
            and t.head.i < head.i
            and t.head.pos_ == "PROPN"
            and t.head.ent_type_ == "PERSON"
        ):
            return t.head
    return None


_DESCRIBED_REACH = 2  # sentences searched back for "a senior diplomat" before "the diplomat"


def _bare_title_noun(head: Token, lex: ExtractLexicon) -> str | None:
    """The title noun (lemma) of a bare "the <title>" with no words of its own ("the official", "the
    envoy"), else None."""
    noun = head.lemma_.lower()
    speakers = lex.speakers
    if noun not in speakers.person_titles and noun not in speakers.generic_titles:
        return None
    if head.tag_ != "NN" or any(c.dep_ != "det" or c.lower_ != "the" for c in head.children if c.i < head.i):
        return None
    return noun


def _described_before(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "the official" after "A senior official close to the talks was franker.": the person
    described with an indefinite article in the same paragraph, a sentence or two before. Only a bare
    "the <title>" with no words of its own."""
    noun = _bare_title_noun(head, lex)
    speakers = lex.speakers
    if noun is None or not any(c.dep_ == "det" for c in head.children):
        return None
    idx = sentences(head.doc)
    n = idx.of_token[head.i]
    lo = idx.spans[max(0, n - _DESCRIBED_REACH)].start
    for t in reversed(head.doc[lo : head.i]):
        if t.is_space and "\n" in t.text:
            return None  # another paragraph
        if t.lemma_.lower() == noun and t.pos_ == "NOUN" and t.i != head.i:
            if any(c.dep_ in ("det", "nummod") and c.lower_ in speakers.indefinite_determiners for c in t.children):
                return t
            return None  # "the diplomat" met before under another description
    return None


def _apposed_name_before(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "X met Carlos Lima, the Brazilian envoy, …. The envoy added": the name the article gave this
    title to in apposition, most recently before the bare "the <title>"; None when there is none."""
    noun = _bare_title_noun(head, lex)
    if noun is None:
        return None
    for t in reversed(head.doc[max(0, head.i - _APPOSED_REACH) : head.i]):
        if t.lemma_.lower() == noun and t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i < t.i:
            return t.head
    return None


def _titled_person_before(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "the diplomat said" when no speaker so far fits: the person the article last named with
    a title before it ("…, Russian Foreign Ministry spokeswoman Maria Zakharova said in a commentary"
    with the statement given to another subject). Only a bare "the <title>"; whether the title
    fits the noun is the resolver's to say."""
    noun = head.lemma_.lower()
    speakers = lex.speakers
    if noun not in speakers.person_titles and noun not in speakers.generic_titles:
        return None
    if head.tag_ != "NN" or any(c.dep_ != "det" or c.lower_ != "the" for c in head.children if c.i < head.i):
        return None
    for e in reversed(doc_ents(head.doc)):
        if e.label_ != "PERSON" or e.end > head.i:
            continue
        words = mention_from(e.root, lex).text.lower().split()
        if set(words[:-1]) & set(speakers.person_titles):
            return e.root  # a name with no title ("Kerimov") is no antecedent of "the diplomat"
    return None


_WORD_EDGES = ",;:()[]\"'“”‘’"  # what a mention's word may carry around it (not an abbreviation's dot)


def mention_words(text: str) -> list[str]:
    """A mention's words in lower case without the commas and brackets around them: "Colombia's
    Foreign Minister, Rosa Villavicencio" has the title "minister" (not "minister,")."""
    return [w for w in (word.strip(_WORD_EDGES) for word in text.lower().split()) if w]


def _has_title(sp: Speaker, noun: str) -> bool:
    """The antecedent's mention carries the title, abbreviations included ("Gen.")."""
    for word in mention_words(sp.mention.text):
        if word == noun or (word.endswith(".") and len(word) > 2 and noun.startswith(word[:-1])):
            return True
    return False


_FULL_TITLE_WORDS = 4  # words of a title long enough to name one post ("prime minister and foreign minister")
_APPOSED_GAP = 3  # characters between a name and the title apposed to it (", ")
_LEADING_ADDRESS = re.compile(r"^(?:(?:his|her) (?:excellency|highness|majesty)|h\.?e\.?|the)\s+", re.I)


def _title_phrase(text: str) -> str:
    """A title mention without its article and form of address, lower case."""
    low = text.lower()
    while (cut := _LEADING_ADDRESS.sub("", low)) != low:
        low = cut
    return low


def _capitalised_bare_title(head: Token, lex: ExtractLexicon) -> bool:
    """ "The Minister …", "His Excellency": a title or form of address (capitalised) with only its
    article or "his"/"her" before it, and no name."""
    low = head.lower_
    if not head.text[:1].isupper() or _has_name_after(head):
        return False
    initials = _post_initials(head, lex)  # "The Prime CS", "The MOS"
    if (
        not initials
        and low not in lex.speakers.honorific_heads
        and head.lemma_.lower() not in lex.speakers.person_titles
    ):
        return False
    before = [c for c in head.children if c.i < head.i]
    return all(
        (c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her"))
        or (initials and c.dep_ == "compound" and c.text[:1].isupper() and c.ent_type_ != "PERSON")
        for c in before
    )


# A post in capitals (small words allowed), its initials in brackets perhaps, then a person's name:
# "Minister of State for Foreign Affairs (MOS), Syed Tariq Fatemi"
_POST_THEN_NAME = re.compile(
    r"(?P<post>[A-Z][\w-]*(?:\s+(?:of|for|and|the|[A-Z][\w-]*)){0,8})(?:\s+\([A-Z]{2,5}\))?,?\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
)


def _initials_introduced(head: Token) -> bool:
    """Initials that say which post they are: with a word of their own before them ("the Prime CS",
    "the Interior CS"), or written in brackets earlier ("Minister of State for Foreign Affairs (MOS)")."""
    if any(c.dep_ == "compound" and c.i < head.i for c in head.children):
        return True
    return f"({head.text})" in doc_text(head.doc)[: head.idx]


def _sentence_words(doc, start: int) -> list[str]:
    """The lower-case words of the sentence at character `start` of the parsed article."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].sent.text.lower().split() if span is not None and len(span) else []


_SPELLED_WINDOW = 3000  # characters back to the post a post's initials may spell


def _post_initials(head: Token, lex: ExtractLexicon) -> bool:
    """ "CS", "MOS", "EAM": a post written by its initials (two to four capitals), which no body or
    state is (the tagger reads both as names); not those the pack knows as titles ("FM", "PM")."""
    text = head.text
    if not (2 <= len(text) <= 4 and text.isalpha() and text.isupper()):
        return False
    return head.ent_type_ not in ("GPE", "LOC", "NORP") and text.lower() not in lex.speakers.person_titles


_SMALL_POST_WORDS = frozenset({"of", "for", "the", "and"})


def _spells_post(title: str, head: Token, lex: ExtractLexicon) -> bool:
    """Whether words of `title` in a row, one of them a person's title and each a post's word (the
    pack's `post_initial_words`, or "of"/"for"/"the"/"and"), spell the initials `head` is written in
    ("Minister of State for Foreign Affairs" spells "MOS", "Prime Cabinet Secretary" "CS", "External
    Affairs Minister" "EAM"), and `title` holds the words written before them ("Interior CS", "Islamabad
    HC"): a name's initials spell nothing ("President Abbas" is no "PA")."""
    qualifiers = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if not all(q in title.lower() for q in qualifiers):
        return False
    posts = lex.speakers.person_titles
    allowed = posts | lex.speakers.post_initial_words | _SMALL_POST_WORDS
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    initials, n = head.text.lower(), len(head.text)
    return any(
        "".join(w[0] for w in words[i : i + n]).lower() == initials
        and any(w.lower() in posts for w in words[i : i + n])
        and all(w.lower() in allowed for w in words[i : i + n])
        for i in range(len(words) - n + 1)
    )


def _has_name_after(head: Token) -> bool:
    """A name in apposition or after the title ("the representative of X, Jane Roe")."""
    return any(
        t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ == "appos") for t in head.subtree if t.i != head.i
    )


def _known_person(actor: ResolvedActor) -> bool:
    return actor.known and actor.kind == "person"


def _subjects_back(head: Token, paragraphs: int, same_sentence: bool = False) -> Iterator[Token]:
    """The subjects (`nsubj`) before `head`'s sentence, nearest first, in its paragraph and up to
    `paragraphs` before it (the paragraph before too when the sentence opens its own: "A met B in Baku.
    ¶ They noted …"); with `same_sentence`, only those earlier in `head`'s own sentence."""
    doc, i = head.doc, (head.i - 1 if same_sentence else sent_of(head).start - 1)
    lowest = sent_of(head).start if same_sentence else 0
    breaks = 0 if i >= 0 and "\n\n" in doc[i].text_with_ws else 1
    while i >= lowest:
        tok = doc[i]
        i -= 1
        if "\n\n" in tok.text_with_ws:
            breaks += 1
            if breaks > paragraphs:
                return
        if tok.dep_ == "nsubj":
            yield tok


def _within_quotation_marks(tok: Token) -> bool:
    """ "“This COC must be honoured …,” he said": a word after an opening quotation mark its sentence has
    not closed yet is part of what was said, never who said it."""
    inside = False
    for t in tok.doc[sent_of(tok).start : tok.i]:
        if t.is_quote:  # a straight mark opens or closes by turns
            inside = not inside if t.is_left_punct == t.is_right_punct else t.is_left_punct
    return inside


def _name_of(tok: Token) -> Token | None:
    """A person's name, or the name in apposition to a title ("his Uzbek counterpart Abdulaziz Kamilov")."""
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return tok
    if tok.pos_ in ("NOUN", "PROPN"):
        apposed = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if apposed is not None:
            return apposed
        # "President of the French Republic Emmanuel Macron": the parser hangs the name on the title's "of"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        held = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return held if held is not None and held.ent_type_ == "PERSON" else None
    return None


def _by_group(head: Token, history: SpeakerHistory) -> Speaker | None:
    """'the two met': the first of the two people named just before."""
    persons = [e for e in sent_ents(sent_of(head)) if e.label_ == "PERSON" and e.end <= head.i]
    if len(persons) >= 2:
        return None  # handled by the caller from the entities
    return history.entries[history.persons[-2]] if len(history.persons) >= 2 else None


def _ends_in_name(head: Token, lex: ExtractLexicon) -> bool:
    """'Chairman of the Cabinet of Ministers Adylbek Kasymaliev': the title's complement runs
    into the holder's name (the tagger may fold the name into the body's name)."""
    speakers = lex.speakers
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == speakers.title_of_prep and c.i > head.i:
            last = max(c.subtree, key=lambda t: t.i)
            before = last.doc[last.i - 1]
            words = {last.lemma_.lower(), last.lower_}
            if (
                last.pos_ == "PROPN"
                and before.pos_ == "PROPN"
                and last.ent_type_ != "GPE"
                and last.text[:1].isupper()
                and not words & speakers.institution_nouns
                and not words & speakers.person_titles
            ):
                return True
    return False


def _anaphoric(head: Token, lex: ExtractLexicon) -> bool:
    """'the president', 'Ethiopia's prime minister' refer back; 'a spokesman', 'one senior diplomat',
    'Sudan's foreign ministry', 'the prime minister of Saint Vincent' name
    someone on their own (the resolver may know them by date)."""
    kids = list(head.children)
    speakers = lex.speakers
    if any(c.dep_ in ("det", "nummod") and c.lower_ in speakers.indefinite_determiners for c in kids):
        return False
    if head.left_edge.i < head.i and head.left_edge.lower_ in speakers.indefinite_determiners:
        return False  # "a Chinese Ministry of Commerce (MOFCOM) spokesperson": the article hangs on the body's name
    if any(
        c.dep_ == "prep"
        and c.lower_ in speakers.place_preps
        and any(g.ent_type_ in ("GPE", "ORG", "NORP") for g in c.subtree)
        for c in kids
    ):
        return False  # "the prime minister of Grenada", "the speaker for the European Union"
    if _ends_in_name(head, lex):
        return False
    if head.lemma_.lower() in speakers.institution_nouns:
        # "Kenya's interior ministry", "the Chinese embassy in Manila", "the North Atlantic alliance":
        # a body its country or its own name names
        return not any(
            (c.dep_ == "poss" and c.pos_ == "PROPN")
            or (c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN"))
            for c in kids
        )
    return True


def _nearest_clause_subject(head: Token, lex: ExtractLexicon) -> Token | None:
    """'The fighting began when India launched what it called X against sites it
    said were ...': "it" is the subject of the nearest enclosing clause whose
    subject names a state or body, not the main clause's ("the fighting")."""
    node = head.head
    while node.i != node.head.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
        if subj is None or subj.lower_ in lex.pronouns.personal or subj.lower_ in lex.pronouns.relative:
            continue
        if subj.pos_ == "PROPN" and subj.ent_type_ in ("GPE", "ORG", "NORP"):
            return subj
        if subj.pos_ == "PROPN":
            return None  # a person or something unknown: leave it to the other rules
    return None


def _person_subjects(
    idx: Sentences, n: int, loose: bool = False, empty_subjects: frozenset[str] = frozenset()
) -> list[Token]:
    """Named people heading sentence n's main clause (its root's subject, passive too: "X was born
    in …"), or owning it ("Xi's message was the reverse. … he told his visitors"). `loose`: also
    names the small model tagged a body or a place ("Al-Sharaa was born …"), for the caller to check.
    `empty_subjects`: main-clause subjects that stand for no one ("It came as X led …"), whose
    adverbial clause's subject is taken instead."""
    ents = ("PERSON", "ORG", "LOC", "") if loose else ("PERSON",)
    out = []
    for c in idx.root(n).children:
        if c.dep_ not in ("nsubj", "nsubjpass") or _within_quotation_marks(c):
            continue
        if c.pos_ == "PROPN" and c.ent_type_ in ents:
            out.append(c)
        elif c.pos_ == "NOUN" and c.dep_ == "nsubj":
            out += [g for g in c.children if g.dep_ == "poss" and g.pos_ == "PROPN" and g.ent_type_ in ents]
        elif c.lower_ in empty_subjects and not out:
            # "It came as X, a minister of state, led the delegation": the clause the empty subject
            # introduces is the one about someone
            for clause in (g for g in idx.root(n).children if g.dep_ == "advcl"):
                out += [
                    g
                    for g in clause.children
                    if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ == "PROPN" and g.ent_type_ in ents
                ]
    return out


def _last_person_subject_before(idx: Sentences, n: int) -> Token | None:
    """The last named person heading the main clause of a sentence before sentence n
    (one pass over the document, kept in the sentence index)."""
    table = idx.cache.get("last_person_subject")
    if table is None:
        table, last = [], None
        for m in range(len(idx.spans)):
            table.append(last)  # before sentence m
            here = _person_subjects(idx, m)
            last = here[-1] if here else last
        idx.cache["last_person_subject"] = table
    return table[n]


def _earlier_in_paragraph(idx: Sentences, n: int) -> tuple[Span, Token] | None:
    """The nearest earlier sentence of sentence n's paragraph whose main clause is headed by a
    named person (or by a named person's words: "Xi's message was …"), with that person (one
    pass over the document, kept in the sentence index)."""
    table = idx.cache.get("earlier_in_paragraph")
    if table is None:
        doc, text = idx.doc, idx.text
        table = []
        for m, sent in enumerate(idx.spans):
            if sent.start == 0:
                table.append(None)
                continue
            prev = idx.spans[m - 1]
            if "\n" in text[prev.end_char : sent.start_char] or doc[sent.start - 1].is_space:
                table.append(None)
                continue
            subj = next(iter(_person_subjects(idx, m - 1, True)), None)
            table.append((prev, subj) if subj is not None else table[m - 1])
        idx.cache["earlier_in_paragraph"] = table
    return table[n]


def _title_of_appos(head: Token) -> Token | None:
    """A capitalised title with an "and" of its own ("The Resident and Humanitarian Coordinator for
    Sudan, Jane Doe,"), followed by the holder's name in apposition: one person, the name (the
    parser reads the title's "and" as two parties); None for anything else."""
    if head.ent_type_ == "PERSON" or head.pos_ != "PROPN":
        return None
    conj = [c for c in head.children if c.dep_ == "conj"]
    name = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
    if not conj or name is None or any(c.ent_type_ or c.pos_ != "PROPN" or c.i > name.i for c in conj):
        return None
    doc = head.doc
    if name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != ",":
        return None
    return name


_TITLE_REACH = 5  # words before a name searched for its title ("Foreign Secretary Md Jashim Uddin")


def _acted_upon(head: Token, actors: list[ResolvedActor]) -> bool:
    """Every one of the people `actors` is named again after the subject `head` in its own clause
    ("the leaders mandated A and B to …"): the ones the subject acts upon, not the subject."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i < head.i or len(actors) < 2:
        return False
    after = {t.lower_ for t in verb.subtree if t.i > head.right_edge.i and t.pos_ == "PROPN"}
    return all(a.kind == "person" and a.name.split()[-1].lower() in after for a in actors)


def _in_passing(doc, m: Mention) -> bool:
    """The mention names its people in passing, as a complement ("the call between A and B"), not as
    the subject of a clause of their own."""
    toks = [t for t in doc if m.start <= t.idx < m.end]
    if not toks:
        return False
    root = next((t for t in toks if not (m.start <= t.head.idx < m.end) or t.head.i == t.i), toks[0])
    return root.dep_ == "pobj"


def _in_background(doc, m: Mention, lex: ExtractLexicon) -> bool:
    """The mention is the subject of a clause of time ("…, after Moscow claimed the diplomats were
    spies"): what it said is the background of the sentence, not its news, so a document named next
    ("A statement accused …") is not its."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    tok = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), None) if span is not None else None
    verb = tok.head if tok is not None else None
    return (
        verb is not None
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in lex.speakers.background_marks for c in verb.children)
    )


def _whose_antecedent(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "the minister, whose cabinet had pushed for it, said": a subject owned by a relative pronoun
    (`pronouns.relative_owners`) speaks for the noun the clause hangs on; None for any other subject."""
    if not any(c.dep_ == "poss" and c.lower_ in lex.pronouns.relative_owners for c in head.children):
        return None
    clause = head.head
    while clause.dep_ in ("conj", "ccomp", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head


class Attributor:
    """Resolves cue speakers in reading order for one article."""

    def __init__(self, lookup: ActorLookup, countries: Countries | None):
        self.lookup = lookup
        self.lex = lookup.lex
        self.countries = countries
        self.history = SpeakerHistory()
        self.spoke: dict[int, Speaker] = {}  # every speaker remembered, by its subject's token, however found
        self._heads: dict[str, str] | None = None  # delegation heads by state, read when first needed

    def named(self, head: Token, how: str = "name") -> Speaker:
        m = mention_from(head, self.lex)
        actor = self.lookup.actor(m)
        if not actor.known and (post := self._organisation_post(head, m)) is not None:
            return Speaker(m, post.actor, how)  # "The Secretary-General", the tagger reading the post as a name
        if m.first is not None and head.ent_type_ == "PERSON" and actor.known and actor.kind == "person":
            own = mention_from(head, self.lex, with_conj=False)
            if (actor.name or "").split()[-1:] != own.text.split()[-1:]:
                # "H.H. Sheikh Abdullah and the US Secretary of State reviewed": the resolver read the
                # whole phrase as the second party's title; the first party is the person named first
                actor = self.lookup.actor(own)
        others: list[ResolvedActor] = []
        if m.first is not None:  # "Kenya and Uganda said": one statement of both parties
            for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
                other = self.lookup.actor(mention_from(conj, self.lex, with_conj=False))
                if other.slug != actor.slug and other not in others:
                    others.append(other)
        return Speaker(m, actor, how, others)

    def resolve(self, head: Token) -> Speaker | None:
        """Speaker for a subject head token, or None when it cannot be told."""
        sp = self._resolve(head)
        if sp is not None and head.lemma_.lower() in self.lex.speakers.group.delegation_nouns:
            return self._by_delegation_head(head, sp) or sp
        return sp

    def _by_delegation_head(self, head: Token, sp: Speaker) -> Speaker | None:
        """ "The Russian delegation agreed …", "Russian and Ukrainian delegations met": a state's
        delegation speaks by the head the article names for it (joint.delegation_heads), the other
        parties' heads (else the parties) its co-actors; None when the article names no head for
        the first party's state."""
        if sp.actor.kind == "person" or not sp.actor.country:
            return None
        if self._heads is None:
            code = self.countries.country_code if self.countries is not None else None
            self._heads = delegation_heads(self.lookup.article_text, self.lex, code) if code is not None else {}
        lead = self._head_of(sp.actor.country)
        if lead is None or lead.kind != "person":
            return None
        others = []
        for other in sp.co_actors:
            by = self._head_of(other.country) if other.country and other.kind != "person" else None
            found = by if by is not None and by.kind == "person" else other
            if found.slug != lead.slug and found not in others:
                others.append(found)
        return Speaker(sp.mention, lead, sp.how, others)

    def _head_of(self, code: str) -> ResolvedActor | None:
        """The head of a state's delegation as an actor, read as "Russia's Karel Dvorak": the
        article may name the head only later, and the name alone would be met without a country."""
        name = self._heads.get(code) if self._heads else None
        state = self.lookup.state(code) if name is not None else None
        if name is None or state is None:
            return None
        at = (self.lookup.article_text or "").find(name)
        return self.lookup.actor(Mention(f"{state.name}'s {name}", at, at + len(name), "name", True))

    def _resolve(self, head: Token) -> Speaker | None:
        low = head.lower_
        if low in self.lex.pronouns.relative and head.head.dep_ == "relcl":
            head = head.head.head
        elif (antecedent := _whose_antecedent(head, self.lex)) is not None:
            head = antecedent  # "the Dutch minister, whose government asked …": the minister's
        source = _data_source(head, self.lex)
        if source is not None:  # "according to figures from the health ministry": the ministry
            return self.resolve(source)
        if low in self.lex.pronouns.first_person:
            return self._first_person(head)
        me = next((c for c in head.children if c.dep_ == "conj" and c.lower_ in self.lex.pronouns.first_person), None)
        if me is not None and (speaker := self._first_person(me)) is not None:
            # "Minister Qin and I held talks", in the minister's own words: the speaker, and the one he names by name
            other = self.named(head) if head.pos_ == "PROPN" else None
            co = [other.actor] if other is not None and other.actor.slug != speaker.actor.slug else []
            return Speaker(speaker.mention, speaker.actor, speaker.how, co)
        its_state = self._its_state(head) or self._leaders_government(head)
        if its_state is not None:  # "Turkey won't buckle …, its foreign minister said": Turkey's
            return its_state
        titled = _title_of_appos(head)
        if titled is not None:  # "The Resident and Humanitarian Coordinator for X, Jane Doe, said"
            return self.named(titled)
        m = mention_from(head, self.lex)
        if m.form != "pronoun" and head.lemma_.lower() in self.lex.speakers.meeting_nouns:
            met = self._meeting(head)
            if met is not None:  # "The summit called for …": the body whose members met
                return met
        if m.form == "name":
            sp = self.named(head)
            owned = self._owners_state(head, sp)
            if owned is not None:  # "his National Security Advisor John Bolton": the aide of the last person
                return owned
            if not sp.actor.known and m.plural and is_joint(head, self.lex):
                # "The Presidents agreed …", a capitalised plural title the tagger read as a name
                joint = self._joint(head) or self._parties_of_last_call(head, m)
                if joint is not None:
                    return joint
            if not sp.actor.known and head.tag_ == "NNP" and [c.lower_ for c in head.children] == ["the"]:
                # "the ECOWAS Authority of Heads of State … The Authority said": the body named so before,
                # when the resolver knows no body by the bare word
                body = _named_body_before(head, self.lex, capitalised=True)
                if body is not None:
                    found = self.named(body)
                    return Speaker(found.mention, found.actor, "title")
            if sp.actor.known or not _capitalised_bare_title(head, self.lex):
                return sp
            # "The Minister Responsible for Foreign Affairs affirmed", "His Excellency stressed": a bare
            # title the tagger read as a name, which refers back like "the minister"
            anaphoric_title = self._title_antecedent(head, m)
            if anaphoric_title is not None:
                return anaphoric_title
            return sp
        if m.form == "pronoun":
            sp = self._by_pronoun(head)
            return Speaker(sp.mention, sp.actor, "pronoun", sp.co_actors) if sp else None
        if m.form == "document":
            if head.pos_ != "PROPN":
                return self._document(head)
            # a named body whose name ends in "Pact" or "Treaty" is no document; a named document
            # whose issuer the article does not tell stays as it is named
            sp = self.named(head)
            if sp.actor.known and sp.actor.kind not in ("person", "state"):
                return sp
            return self._document(head) or sp
        if m.form == "group":
            return self._group(head)
        titled_pair = self._titled_pair(head, m)
        if titled_pair is not None:  # "The Prime Minister and President agreed …" in a readout
            return titled_pair
        same = self._same_full_title(m)
        if same is not None:  # "the Prime Minister and Minister of Foreign Affairs": one post, no two people
            return Speaker(m, same.actor, "title")
        owner = _body_owner(head, self.lex)
        if owner is not None:  # "the ministry's spokesperson added": the ministry met before speaks
            sp = self.resolve(owner)
            if sp is not None and (sp.actor.known or sp.actor.country):
                return Speaker(sp.mention, sp.actor, "title")
        named = _titled_name_before(head, self.lex)
        if named is not None:  # "a spokesman for President X quoted the president as saying"
            sp = self.named(named)
            return Speaker(sp.mention, sp.actor, "title")
        if m.plural and (own := self._listed(head, own=True)) is not None:
            return own  # "The four countries of Saudi Arabia, Bahrain, the UAE and Egypt demanded …"
        if m.plural and is_joint(head, self.lex):
            joint = self._members(head) or self._joint(head)
            if joint is not None:
                return joint
        titles = self.lex.speakers.person_titles | self.lex.speakers.generic_titles
        if m.plural and head.lemma_.lower() in titles and any(c.lower_ == "the" for c in head.children):
            again = self._joint_again(head)  # "The ministers expressed concern" after "A and B met"
            if again is not None:
                return again
        anaphoric = _anaphoric(head, self.lex)
        if not anaphoric and not m.plural:
            body = self._same_body_again(head)
            if body is not None:  # "The Russian Ministry of Defence said … The Russian ministry also …"
                return body
        if anaphoric and not m.plural and (named_org := self.lookup.organisation_named_before(m)) is not None:
            return Speaker(m, named_org, "title")  # "the alliance": the organisation the article last named
        if anaphoric and not m.plural and (post := self._organisation_post(head, m)) is not None:
            return post  # "The Secretary-General calls on …"
        if anaphoric and not m.plural:
            salient = self._salient_holder(head)
            if salient is not None:  # "the president said" in a story about one president
                return salient
        described = _described_before(head, self.lex) if anaphoric else None
        last = self.history.last()
        if described is not None and (last is None or last.mention.start < described.idx):
            # "A senior official close to the talks was franker. '…,' the official said": the
            # unnamed person just described, not the last named speaker
            dm = mention_from(described, self.lex)
            return Speaker(dm, self.lookup.actor(dm), "title")
        if anaphoric and not m.plural and (newer := self._newer_person_before_paragraph(head)) is not None:
            found = self._named_at(newer.i) or self.named(newer)
            if found.actor.kind == "person" and self.lookup.actor(m).slug == found.actor.slug:
                return Speaker(found.mention, found.actor, "title")  # "X arrived.\n\n…, the minister said"
        apposed = _apposed_name_before(head, self.lex) if anaphoric and not m.plural else None
        if apposed is not None:
            noun = head.lemma_.lower()
            since = self.history.last_titled(noun)
            if since is None or since.mention.start < apposed.idx:
                # no one spoke under this very title after the article gave it to the name
                found = self._named_at(apposed.i) or self.named(apposed)
                if found.actor.kind == "person" or found.mention.person:
                    return Speaker(found.mention, found.actor, "title")
        holder = self.lookup.titled(head.lemma_.lower()) if anaphoric and not m.plural else None
        sp = _by_title(head, self.history, self.lex, self.countries, holder) if anaphoric else None
        if sp is not None and sp.person and not m.plural:
            sp = self._later_holder(head, sp) or sp
        if anaphoric and not m.plural and (sp is None or self._titled_otherwise(sp, head.lower_)):
            # no speaker, or the last holds another post: a person named with this title since, spoken or not
            since = _titled_name_since(head, self.lex, sp.mention.start if sp is not None else -1)
            found = self.named(since) if since is not None else None
            if found is not None and found.actor.kind == "person":
                return Speaker(found.mention, found.actor, "title")
        if sp is None and anaphoric and not m.plural and not _known_person(self.lookup.actor(m)):
            sp = self._countryman_named_before(head)  # a "the US top diplomat" the resolver knows by date is not
        named_body = _named_body_before(head, self.lex) if anaphoric else None
        noun = head.lemma_.lower()
        if named_body is not None and (sp is None or noun not in mention_words(sp.mention.text)):
            # "The M23 rebel group, which U.N. experts say …. the group said": a body the article
            # named with this very noun beats the last body that spoke under another
            found = self.named(named_body)
            return Speaker(found.mention, found.actor, "title")
        if sp is not None and not m.plural:
            return Speaker(sp.mention, sp.actor, "title")
        if anaphoric and not m.plural and named_body is None and (voice := self._body_voice(head)) is not None:
            return voice
        titled = _titled_person_before(head, self.lex) if anaphoric and named_body is None and not m.plural else None
        if titled is not None:  # the resolver now knows that person's titles: does the noun fit them?
            found = self.named(titled)
            actor = self.lookup.actor(m)
            if found.actor.kind == "person" and actor.slug == found.actor.slug:
                return Speaker(found.mention, found.actor, "title")
            return Speaker(m, actor, "title")
        actor = self.lookup.actor(m)
        if not actor.known and m.plural and is_joint(head, self.lex):
            pair = self._parties_of_last_call(head, m) or self._lone_party(head)
            if pair is not None:
                return pair
        return Speaker(m, actor, "title")

    def _titled_pair(self, head: Token, m: Mention) -> Speaker | None:
        """ "The Prime Minister and President agreed …": two bare titles under one article (or none, in a
        readout's style: "Vice President and the Indian Prime Minister emphasized …"), each the person
        the article introduced under it (the readout's own leader first), not one person the resolver
        reads the whole phrase as; None for anything else."""
        if m.first is None or m.form != "title" or head.lemma_.lower() not in self.lex.speakers.person_titles:
            return None
        # "Vice President and the Indian Prime Minister …", not "Deputy Prime Minister and Foreign Minister" (one's posts)
        bare = all(w[:1].isupper() for w in m.first.split()) and any(
            g.dep_ == "det" for c in head.children if c.dep_ == "conj" for g in c.children
        )
        if head.tag_ in ("NNS", "NNPS") or not (m.first.lower().startswith("the ") or bare):
            return None  # "opposition lawmakers and veterans' groups": groups, no titles of two people
        first = self._title_antecedent(head, Mention(m.first, m.start, m.start + len(m.first), "title", True))
        if first is None:
            return None
        others: list[ResolvedActor] = []
        for conj in (c for c in head.children if c.dep_ == "conj"):
            cm = mention_from(conj, self.lex, with_conj=False)
            found = self._title_antecedent(conj, cm) if conj.lemma_.lower() in self.lex.speakers.person_titles else None
            other = found.actor if found is not None else self.lookup.actor(cm)
            if other.slug != first.actor.slug and other not in others:
                others.append(other)
        return Speaker(m, first.actor, "group", others)

    def _parties_of_last_call(self, head: Token, m: Mention) -> Speaker | None:
        """ "The presidents agreed …" paragraphs after "A had a telephone conversation with B": the two
        parties of that call, under the joint mention's own words; None when no call names both."""
        pair = self._contact_pair(head, _PAIR_PARAGRAPHS)
        return Speaker(m, pair.actor, "group", pair.co_actors) if pair is not None else None

    def _titled_otherwise(self, sp: Speaker, noun: str) -> bool:
        """The article gave this person speaker posts, none of them `noun` ("Qatar's emir, Sheikh Tamim"
        is no "the crown prince"); False for one it never gave a post ("Zelensky said": he may be "the
        president" still)."""
        if not sp.person:
            return False
        titles = self.lex.speakers.person_titles - self.lex.speakers.generic_titles - self.lex.speakers.loose_titles
        words = {
            w.strip(".")
            for other in self.history.entries
            if other.actor.slug == sp.actor.slug
            for w in mention_words(other.mention.text)
        }
        return noun not in words and bool(words & titles)

    def _title_antecedent(self, head: Token, m: Mention) -> Speaker | None:
        """The speaker a bare title refers back to: the last one under that title (or its form of
        address), else the person of it named just before; None when there is none."""
        holder = self.lookup.titled(head.lemma_.lower())
        sp = _by_title(head, self.history, self.lex, self.countries, holder)
        if sp is None and _post_initials(head, self.lex) and _initials_introduced(head):
            return self._spelled_before(head, m)
        if sp is None or not sp.person:
            return None
        return Speaker(m, sp.actor, "title")

    def _spelled_before(self, head: Token, m: Mention) -> Speaker | None:
        """ "The meeting of the Minister of State for Foreign Affairs (MOS), Syed Tariq Fatemi, with …"
        and later "The MOS reiterated …": the person the text names right after the post the initials
        spell (the person never spoke before, so no speaker carries the post); None for none."""
        start = max(0, m.start - _SPELLED_WINDOW)
        text = doc_text(head.doc)[start : m.start]
        for found in reversed(list(_POST_THEN_NAME.finditer(text))):
            if _spells_post(found.group("post"), head, self.lex):
                intro = Mention(f"{found.group('post')} {found.group('name')}", m.start, m.end, "name", True)
                actor = self.lookup.actor(replace(intro, name=found.group("name")))
                return Speaker(m, actor, "title") if actor.kind == "person" else None
        return None

    def _same_full_title(self, m: Mention) -> Speaker | None:
        """The speaker introduced under the mention's whole title, a long one ("the Prime Minister and
        Minister of Foreign Affairs"), though another minister spoke since; None for a short title."""
        full = _title_phrase(m.text)
        if len(full.split()) < _FULL_TITLE_WORDS:
            return None
        text = self.lookup.article_text or ""

        def introduced(s: Speaker) -> bool:
            # "Yousuf bin Alawi, Minister Responsible for Foreign Affairs, …": the title in apposition
            after = text[s.mention.end : s.mention.end + len(full) + _APPOSED_GAP].lower()
            return full in s.mention.text.lower() or after.lstrip(" ,").startswith(full)

        return self.history.last(lambda s: s.mention.start < m.start and introduced(s))

    def _organisation_post(self, head: Token, m: Mention) -> Speaker | None:
        """A bare post of organisations ("the Secretary-General"; the pack's `organisation_posts`): the
        last speaker introduced with the post; else its holder in the organisation the text named with
        the post; else in the nearest organisation named before; else in the organisation the post
        alone stands for. None when none of these is known."""
        words = m.text.lower().split()
        post = " ".join(words[1:]) if words[:1] == ["the"] else ""
        default = self.lex.speakers.organisation_posts.get(post)
        if default is None:
            return None
        held = self.history.last(lambda s: post in s.mention.text.lower())
        if held is not None:  # "GCC Secretary-General X said … The Secretary-General added"
            return Speaker(m, held.actor, "title")
        before = doc_text(head.doc)[: m.start]
        explicit = self._organisation_of_post(before, post)
        if explicit is not None:  # "Secretary-General of the Gulf Cooperation Council X …": that one's
            org, end = explicit
            actor = self.lookup.actor(Mention(f"{org.name} {post}", m.start, m.end, "title", True))
            if _known_person(actor):
                return Speaker(m, actor, "title")
            # a holder the registry does not know: the speaker named right after the post's phrase
            held = self.history.last(lambda s: 0 <= s.mention.start - end <= _HOLDER_GAP)
            return Speaker(m, held.actor, "title") if held is not None else None
        named = [a.name for _, a in self.lookup.organisations_named_before(head.doc, m.start)]
        for org in [*reversed(named), default]:  # "NATO held a summit. The Secretary-General said"
            actor = self.lookup.actor(Mention(f"{org} {post}", m.start, m.end, "title", True))
            if _known_person(actor):
                return Speaker(m, actor, "title")
        return None

    def _organisation_of_post(self, before: str, post: str) -> tuple[ResolvedActor, int] | None:
        """The organisation the text before last names with the post ("GCC Secretary-General",
        "Secretary-General of the Arab League", "UN Secretary-General") and where that phrase ends,
        else None."""
        found = None
        for hit in re.finditer(re.escape(post), before, re.I):
            after = _ORG_AFTER_POST.match(before, hit.end())
            ahead = _ORG_BEFORE_POST.search(before[max(0, hit.start() - 60) : hit.start()])
            for match in (after, ahead):
                if match is None:
                    continue
                name = match.group("org")
                org = self.lookup.actor(Mention(name, 0, len(name), "name", False))
                if org.known and org.kind not in ("person", "state"):
                    found = (org, after.end() if match is after else hit.end())
        return found

    def _countryman_named_before(self, head: Token) -> Speaker | None:
        """ "… received Wang Yi, Foreign Minister of China. The Chinese official conveyed greetings": a
        title with a country's word that no speaker so far fits is the nearest person of that country
        named before, a counterpart met or received included: for a describing noun (the pack's
        `generic_titles`) any such person, for a person's title ("the Turkish minister") one the
        article gave that title; None when the noun has no country's word or no such person was named."""
        noun = head.lemma_.lower()
        generic = noun in self.lex.speakers.generic_titles
        if not generic and noun not in self.lex.speakers.person_titles:
            return None
        words = _country_words(head, self.countries)
        if not words:
            return None
        doc = head.doc
        for i in range(head.i - 1, max(-1, head.i - _COUNTRYMAN_REACH), -1):
            tok = doc[i]  # a name's last word, whatever entity the small model gave it
            if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ in ("GPE", "NORP", "DATE"):
                continue
            if tok.lemma_.lower() in self.lex.speakers.person_titles:
                continue  # "… and Foreign Minister of China": a post, whose holder by date the article may not mean
            found = self._named_at(i) or self.named(tok)
            if found.actor.kind == "person" and found.actor.country and _compatible(found, words, self.countries):
                before = doc_text(doc)[max(0, found.mention.start - _TITLE_BEFORE_NAME) : found.mention.start]
                # the noun in the title right before the name: only capitalised words and links after it
                title = rf"(?i:\b{re.escape(noun)})(?:\s+(?:of|for|the|and|[A-Z][\w'’.-]*))*\s*$"
                if generic or noun in mention_words(found.mention.text) or re.search(title, before):
                    # "the Turkish minister" is the Turkish person named before as a minister, not just any Turk
                    return Speaker(found.mention, found.actor, "title")
        return None

    def _body_voice(self, head: Token) -> Speaker | None:
        """ "The Foreign Office rejected the claims, a spokesperson told reporters. ¶ The official
        said …": a bare "the official" (or spokesperson, diplomat) when no person has spoken under
        such a title is the body that spoke last, in this paragraph or the one before."""
        if head.lemma_.lower() not in self.lex.speakers.body_voice_titles:
            return None
        if any(c.i < head.i and c.dep_ != "det" for c in head.children):
            return None  # "the senior Chinese official": words of its own
        last = self.history.last()
        if last is None or last.actor.kind not in ("institution", "state", "international_organisation"):
            return None
        text = self.lookup.article_text or head.doc.text  # the parse blanks paragraphs without a cue
        if paragraph_breaks(text, last.mention.end, head.idx) > 1:
            return None  # further back than the paragraph before
        if any(e.label_ == "PERSON" and last.mention.end <= e.start_char < head.idx for e in doc_ents(head.doc)):
            return None  # "… summoned ambassador X. ¶ The official said": X may be meant
        return Speaker(mention_from(head, self.lex), last.actor, "title")

    def _document(self, head: Token) -> Speaker | None:
        """A document speaks for whoever issued it (documents.py), never for the person named
        last: its owner, the place in its phrase, the issuer of the document named before,
        else the last body that spoke, else the state of the last speaker."""
        owner = document_owner(head, self.lex)
        if owner is not None:
            found = self.resolve(owner)
            joint = self._joint_carried(head, owner, found)
            return joint or found
        named = named_document(head, self.lex)
        if named:  # "the ASEAN Declaration": a body the resolver knows in its name; "the Kampala Accord": none
            place = next((c for c in head.lefts if c.pos_ == "PROPN" and self._known_body(c)), None)
        else:
            place = document_place(head)
        place = place or earlier_issuer(head, self.lex)
        if place is not None:
            found = self.resolve(place) if place.pos_ in ("PROPN", "NOUN", "PRON") else self.named(place)
            if found is not None and found.actor.kind == "state":
                body = self.history.last_other(
                    lambda s: s.actor.country == found.actor.country and s.actor.kind == "institution"
                )
                found = body or found
            return Speaker(found.mention, found.actor, "document", found.co_actors) if found else None
        if named:  # "X and Y met …. The Accord says": the parties of the last joint act, else its own name
            joint = self.history.last(lambda s: bool(s.co_actors))
            return Speaker(joint.mention, joint.actor, "document", joint.co_actors) if joint is not None else None
        doc = head.doc
        # the last body that spoke, a body's spokesperson included, unless it spoke only in the background
        sp = (
            self.history.last(lambda s: s.actor.kind != "person" and not _in_background(doc, s.mention, self.lex))
            or self.history.last_other()
        )
        if sp is None:
            last = self.history.last()
            sp = self._state_of(last) if last is not None else None
        return Speaker(sp.mention, sp.actor, "document") if sp else None

    def _joint_carried(self, head: Token, owner: Token, found: Speaker | None) -> Speaker | None:
        """ "according to a joint statement released by the kingdom's news agency": an outlet carried a
        joint document; its issuers are the parties of the last joint statement, not the outlet. None
        for any other document or owner, or when no joint statement came before."""
        if found is None or not (found.actor.kind == "media" or owner.lemma_.lower() in self.lex.speakers.outlet_nouns):
            return None
        if not any(c.lower_ in self.lex.contacts.signing.joint_modifiers for c in head.children):
            return None
        joint = self.history.last(lambda s: bool(s.co_actors))
        return Speaker(joint.mention, joint.actor, "document", joint.co_actors) if joint is not None else None

    def _known_body(self, tok: Token) -> bool:
        """The resolver knows `tok` as a body, not as a person or a state ("the ASEAN Declaration")."""
        actor = self.named(tok).actor
        return actor.known and actor.kind not in ("person", "state")

    def _meeting(self, head: Token) -> Speaker | None:
        """A meeting speaks for the body whose members met: the one named in its phrase ("the ASEAN
        Foreign Ministers' Meeting", "a summit of the African Union"), else in the same meeting's phrase
        before ("the Arctic Council Ministerial Meeting … the meeting"), when the resolver knows that
        body or the model reads it as one; else for the international organisation the article keeps
        naming (more than once: one named once may only have hosted it); else a meeting of states speaks
        for the parties of the last joint act. None when none is found: the meeting as the article names it."""
        if head.pos_ == "PROPN":  # "the Munich Security Conference": a body by that name
            sp = self.named(head)
            if sp.actor.known and sp.actor.kind not in ("person", "state"):
                return sp
        body = meeting_body(head, self.lex) or earlier_meeting(head, self.lex)
        if body:
            if len(body) == 1:  # "a summit of the Amazon Cooperation Treaty Organization": the whole name
                m = mention_from(body[0], self.lex, with_conj=False)
            else:
                lo, hi = body[0].idx, body[-1].idx + len(body[-1].text)
                m = Mention(doc_text(head.doc)[lo:hi], lo, hi, "name", False)
            actor = self.lookup.actor(m)
            named = len(m.text.split()) > 1 and any(t.ent_type_ == "ORG" for t in body)
            if (actor.known and actor.kind not in ("person", "state")) or (not actor.known and named):
                return Speaker(m, actor, "title")
        orgs = self._article_organisations(head) if not body else []
        if orgs and len(orgs[0][1]) > 1:  # "ECOWAS leaders … the ECOWAS treaty … The summit also welcomed"
            return orgs[0][1][0]
        joint = self.history.last(lambda s: bool(s.co_actors))
        if joint is not None and not body:  # "X and Y met … The meeting agreed": the parties
            return Speaker(joint.mention, joint.actor, "title", joint.co_actors)
        return None

    def _article_organisations(self, head: Token) -> list[tuple[str, list[Speaker]]]:
        """The international organisations the article named before `head` (an entity the model
        reads as a body, or an acronym: "ECOWAS"), most named first, each with its mentions in order."""
        seen: dict[str, list[Speaker]] = {}
        for m, actor in self.lookup.organisations_named_before(head.doc, head.idx, as_speakers=True):
            seen.setdefault(actor.slug, []).append(Speaker(m, actor, "title"))
        ranked = sorted(seen.items(), key=lambda kv: -len(kv[1]))  # stable: the first met wins a tie
        if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
            return []  # as many mentions of two bodies: which one met is not told
        return ranked

    def _state_of(self, sp: Speaker) -> Speaker | None:
        """The state a speaker serves, as a speaker (the issuer of a document after a person)."""
        if not sp.actor.country or self.countries is None:
            return None
        state = self.lookup.state(sp.actor.country)
        return Speaker(sp.mention, state, "document") if state is not None else None

    def _talks_with(self, head: Token) -> Speaker | None:
        """ "During the talks with Russian President Putin, the parties noted …" (a readout of several
        calls told one by one): the plural subject is the pair of that contact, the one named and the
        person the article told had talks with them (the subject of an earlier contact whose "with"
        names the same person, up to `_PAIR_PARAGRAPHS` back)."""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return None
        contacts = self.lex.contacts
        frame = contacts.noun_frame
        nouns = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in frame.realis_preps
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in contacts.nouns
        ]
        named = [
            name
            for n in nouns
            for w in n.children
            if w.dep_ == "prep" and w.lower_ == frame.with_
            for g in w.children
            if g.dep_ == "pobj" and (name := _name_of(g)) is not None
        ]
        if not named:
            return None
        other = self._named_at(named[0].i) or self.named(named[0])
        if other.actor.kind != "person":
            return None
        for tok in _subjects_back(head, _PAIR_PARAGRAPHS):
            if tok.pos_ != "PROPN" or tok.ent_type_ not in _NAMES:
                continue  # (a person's name the small model took for a body's: judged below)
            contact = tok.head
            objects = [c for c in contact.children if c.dep_ == "dobj" and c.lemma_.lower() in contacts.nouns]
            if contact.lemma_.lower() not in contacts.verbs and not (
                objects and contact.lemma_.lower() in contacts.light_verbs
            ):
                continue
            met = [t for v in [contact, *objects] for t in v.subtree if t.ent_type_ == "PERSON" and t.i > tok.i]
            if not any(self.named(t).actor.slug == other.actor.slug for t in met if t.dep_ != "compound"):
                continue
            first = self._named_at(tok.i) or self.named(tok)
            if first.person and first.actor.slug != other.actor.slug:
                return Speaker(first.mention, first.actor, "group", [other.actor])
        return None

    def _joint(self, head: Token) -> Speaker | None:
        """ "the two sides said": the first of the parties named together before (joint.py)."""
        counted = self.lex.speakers.group.counted_joint_nouns
        if head.lower_ in counted:  # "Two officials familiar with the talks said … Both officials said": them
            same = self.history.last(
                lambda s: s.mention.plural and not s.co_actors and head.lower_ in mention_words(s.mention.text)
            )
            if same is not None:
                return Speaker(mention_from(head, self.lex), same.actor, "group")
        during = self._talks_with(head)
        if during is not None:  # "During the talks with Putin, the parties noted …"
            return during
        is_state = self.countries.country_code if self.countries is not None else None
        parties = joint_parties(head, self.lex, is_state)
        if len(parties) < (joint_count(head, self.lex) or 0):  # "the three countries" after a pair
            listed = self._listed(head)
            if listed is not None:
                return listed
        if not parties:
            # "A had a call with B. The two leaders …": the call's pair, in this paragraph or the one before
            call = self._contact_pair(head) if _persons_only(head, self.lex) else None
            return (
                self._contact_pair(head, same_sentence=True) or call or self._joint_again(head) or self._last_pair(head)
            )
        speakers = [self._party(p) for p in parties]
        first = self._first_spoken(speakers) if joint_count(head, self.lex) in (None, 2) else speakers[0]
        others = [sp.actor for sp in speakers if sp is not first]
        others = [a for a in dict.fromkeys(others) if a.slug != first.actor.slug]
        if _acted_upon(head, [first.actor, *others]):  # "the leaders mandated A and B to …": not A and B
            m = mention_from(head, self.lex)
            return Speaker(m, fallback_actor(m, self.lex), "group")  # the collective, as the article names it
        return Speaker(first.mention, first.actor, "group", others)

    def _lone_party(self, head: Token) -> Speaker | None:
        """ "Minister A held talks with the Minister … of Djibouti, Ambassador B. ¶ The two ministers
        exchanged views …": the parser broke the pair, yet the person who last spoke, in this paragraph
        or the one before, is one of the two and the one the article leads with: the actor. Only for a
        mention that counts two; None when nobody spoke that near."""
        if not is_joint(head, self.lex) or not _persons_only(head, self.lex) or joint_count(head, self.lex) != 2:
            return None  # "the ministers" after a G7 meeting: a group, not the last one who spoke
        sp = self.history.last_person()
        if sp is None or sp.mention.plural or sp.co_actors or sp.mention.end > head.idx:
            return None
        if paragraph_breaks(self.lookup.article_text or "", sp.mention.end, head.idx) > 1:
            return None
        return Speaker(sp.mention, sp.actor, "group")

    def _its_state(self, head: Token) -> Speaker | None:
        """ "Turkey won't buckle under U.S. pressure, its foreign minister said": a post with "its"
        belongs to the state its sentence is about (the subject before it, else the first state the
        sentence names), read as "Turkey's foreign minister"; None for no post or no state."""
        low = head.lemma_.lower()
        speakers = self.lex.speakers
        if self.countries is None or (low not in speakers.person_titles and low not in speakers.institution_nouns):
            return None
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            return None
        states = [
            (e, code)
            for e in sent_ents(sent_of(head))
            if e.label_ == "GPE" and e.end <= head.i and (code := self.countries.country_code(e.text)) is not None
        ]
        if not states:
            return None
        _, code = next(((e, c) for e, c in states if e.root.dep_ in ("nsubj", "nsubjpass")), states[0])
        state = self.lookup.state(code)
        if state is None:
            return None
        m = mention_from(head, self.lex)
        post = re.sub(r"^its\s+", "", m.text, flags=re.I)
        owned = Mention(f"{state.name}'s {post}", m.start, m.end, "title", m.person)
        return Speaker(m, self.lookup.actor(owned), "title")  # the mention as written, the post's holder

    def _leaders_government(self, head: Token) -> Speaker | None:
        """ "When Ana Lima was sworn in as president of Ruritania, … his government asked …": a
        government written with "his"/"her" is the state of the person the sentence named last
        before it, when that person has a country (not the article's home state); None otherwise."""
        if head.lemma_.lower() not in self.lex.speakers.group.possessed_governments:
            return None
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
            return None
        sent = sent_of(head)
        # the last name before it (the small model leaves some surnames untagged: "Muizzu")
        name = next(
            (
                t
                for t in reversed(head.doc[sent.start : head.i])
                if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "") and t.dep_ != "compound"
            ),
            None,
        )
        if name is None:
            return None
        owner = self._named_at(name.i) or self.named(name)
        if owner is None or owner.actor.kind != "person" or not owner.actor.country:
            return None
        state = self.lookup.state(owner.actor.country)
        if state is None:
            return None
        return Speaker(mention_from(head, self.lex), state, "title")

    def _owners_state(self, head: Token, sp: Speaker) -> Speaker | None:
        """ "Trump said … Meanwhile, his National Security Advisor John Bolton said": a person the
        registry does not know, whose post is written with "his"/"her", serves the state of the person
        who spoke last (not the state the paragraph is about), and one whose post is a named person's
        ("Livni's spokesman X") that person's state; None when nothing says so."""
        if sp.actor.known or sp.actor.kind != "person":
            return None
        titled = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        named_owner = next(
            (c for t in (head, *titled) for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None
        )
        if named_owner is not None:  # "Livni's spokesman Ido Aharoni": the aide of the person named
            found = self._named_at(named_owner.i) or self.named(named_owner)
            if found.actor.kind != "person" or found.actor.country in (None, sp.actor.country):
                return None
            return Speaker(sp.mention, replace(sp.actor, country=found.actor.country), sp.how, sp.co_actors)
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for t in (head, *titled) for c in t.children):
            return None
        if any(t.ent_type_ in ("NORP", "GPE") for t in head.subtree if t.i < head.i):
            return None  # "his Ugandan counterpart X": the post says whose
        owner = self.history.last_person()
        if owner is None or owner.mention.start >= head.idx or owner.actor.country in (None, sp.actor.country):
            return None
        # "his" is the person named last before the post: the last speaker only if no one else is named since
        sent = head.sent
        since = head.doc[max(0, sent.start - 1) : head.i] if owner.mention.start < sent.start_char else sent
        named = [e for e in doc_ents(head.doc) if e.label_ == "PERSON" and since.start <= e.start and e.end <= head.i]
        if named and not any(owner.mention.start <= e.start_char < owner.mention.end for e in named[-1:]):
            return None
        return Speaker(sp.mention, replace(sp.actor, country=owner.actor.country), sp.how, sp.co_actors)

    def _first_spoken(self, parties: list[Speaker]) -> Speaker:
        """The party a joint statement goes by: the first-named of the pair, unless another party
        already spoke earlier in the article (its opening's host: "Kang met Wang …" and later
        "Wang shared the results with Kang … the ministers noted" is Kang's first)."""
        seen = self.history.first
        spoken = [sp for sp in parties if sp.actor.slug in seen and (sp.person or sp.actor.kind == "person")]
        if len(parties) != 2 or len(spoken) != 2:
            return parties[0]  # "the three leaders signed": the order the sentence names them in
        return min(spoken, key=lambda sp: seen[sp.actor.slug])

    def _party(self, tok: Token) -> Speaker:
        """A party of a joint mention as a speaker: the holder of the title its state word qualifies
        ("the Armenian and Azerbaijani foreign ministers": Armenia's foreign minister), else the
        party as named."""
        title = party_title(tok, self.lex)
        if title is not None:
            m = Mention(title, tok.idx, tok.idx + len(tok.text), "title", True)
            actor = self.lookup.actor(m)
            if actor.kind == "person" and actor.known:
                return Speaker(m, actor, "group")
        found = self._named_at(tok.i)
        if found is not None:
            return found
        if tok.pos_ == "PRON":  # "he held talks with Y": the host is the person "he" stands for
            return self.spoke.get(tok.i) or self._by_pronoun(tok) or self.named(tok)
        if tok.ent_type_ != "PERSON" and tok.lemma_.lower() in self.lex.speakers.person_titles:
            # "The Prime Minister and the President agreed …" in a readout: a bare title refers back,
            # as it does as a speaker of its own ("The Prime Minister congratulated …")
            back = self._resolve(tok) if mention_from(tok, self.lex, with_conj=False).form == "title" else None
            if back is not None and back.actor.kind == "person" and not back.co_actors:
                return back
        return self.named(tok)

    def _members(self, head: Token) -> Speaker | None:
        """ "The ministers also demanded …" after "G7 foreign ministers met …": a bare plural title
        (nothing but its article) speaks for the organisation whose members the article introduced
        with that same noun (joint.introduced_members), not for one minister who spoke since nor for
        a pair named in passing. The nearest introduction decides: one that names states or people
        ("the foreign ministers of Kenya and Uganda") leaves the mention to the joint look-up."""
        if any(c.dep_ != "det" or c.lower_ != "the" for c in head.children if c.i < head.i):
            return None
        for phrase in introduced_members(head):
            m = Mention(phrase.text, phrase.start_char, phrase.end_char, "title", True, True)
            actor = self.lookup.actor(m)
            if actor.known and actor.kind == "international_organisation":
                return Speaker(m, actor, "group")
            return None
        return None

    def _listed(self, head: Token, own: bool = False) -> Speaker | None:
        """ "The three countries announced …": the states the article listed together, however
        far before (joint.listed_states), the first-named as the actor; with `own`, the list the
        mention holds itself ("The four countries of A, B, C and D demanded …")."""
        text = self.lookup.article_text
        found = (own_listed_states if own else listed_states)(head, self.lex, text, self.countries)
        states = [(lo, hi, self.lookup.state(code)) for lo, hi, code in found]
        if not states or any(a is None for _, _, a in states):
            return None
        lo, hi, first = states[0]
        m = Mention(text[lo:hi], lo, hi, "name", False)
        return Speaker(m, first, "group", [a for _, _, a in states[1:] if a.slug != first.slug])

    def _joint_again(self, head: Token) -> Speaker | None:
        """ "The foreign ministers of Sudan and Egypt met …", two paragraphs on "The ministers
        expressed concern …" (or "the officials"): the joint speaker met before under the same plural
        noun, or for a generic one any joint speaker of people, else a joint speaker of states whose
        sentence names them by the noun ("Japan, the U.S. and South Korea reaffirmed …, the top diplomats
        of the three countries said" … "the diplomats said"), with all of its parties."""
        noun = head.lower_
        generic = head.lemma_.lower() in self.lex.speakers.generic_titles
        sp = self.history.last(
            lambda s: (
                (bool(s.co_actors) or s.mention.plural)
                and (noun in mention_words(s.mention.text) or (generic and s.person))
            )
        )
        if sp is None and generic:  # "A, B and C reaffirmed …, the top diplomats of the three countries said"
            sp = self.history.last(lambda s: bool(s.co_actors) and noun in _sentence_words(head.doc, s.mention.start))
        return Speaker(mention_from(head, self.lex), sp.actor, "group", sp.co_actors) if sp is not None else None

    def _last_pair(self, head: Token) -> Speaker | None:
        """ "The two heads of state then exchanged views …" with no pair named nearby: the last two
        people who spoke, the one the article named first as the actor and the other as its co-party."""
        if head.lower_ not in self.lex.speakers.group.heads and not any(
            c.lower_ in self.lex.speakers.group.heads for c in head.children if c.dep_ in ("nummod", "det", "predet")
        ):
            return None  # "the leaders": how many is not said
        if not _persons_only(head, self.lex):
            return None  # "the two governments", "both sides": states, whom people's words do not name
        pair: list[Speaker] = []
        for sp in reversed(self.history.entries):
            if sp.mention.plural or sp.co_actors or not sp.person:
                continue
            if all(sp.actor.slug != p.actor.slug for p in pair):
                pair.append(sp)
            if len(pair) == 2:
                break
        if len(pair) < 2:
            return None
        first_seen = {}
        for n, sp in enumerate(self.history.entries):
            first_seen.setdefault(sp.actor.slug, n)
        first, other = sorted(pair, key=lambda sp: first_seen[sp.actor.slug])
        return Speaker(first.mention, first.actor, "group", [other.actor])

    def _group(self, head: Token) -> Speaker | None:
        if head.tag_ == "NN" and any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in head.children
        ):  # "the Brazilian side", "China's side": one party, the state it names
            m = mention_from(head, self.lex)
            return Speaker(m, self.lookup.actor(m), "name")
        if is_joint(head, self.lex):
            joint = self._joint(head)
            if joint is not None:
                return joint
        root = sent_root(sent_of(head))
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < head.i), None)
        if subj is not None:
            return self.named(subj, "group")
        persons = [e for e in sent_ents(sent_of(head)) if e.label_ == "PERSON" and e.end <= head.i]
        if len(persons) >= 2:
            first = persons[-2]
            return self.named(first.root, "group")
        sp = _by_group(head, self.history)
        if sp is not None:
            return Speaker(sp.mention, sp.actor, "group")
        return self._lone_party(head)

    def _same_body_again(self, head: Token) -> Speaker | None:
        """ "the Russian ministry" after "The Russian Ministry of Defence said": a body named only by
        its noun and its country's word (no word of which body: not "the Russian foreign ministry")
        is the last body of that country with that noun that spoke; None when none did."""
        noun = head.lemma_.lower()
        if noun not in self.lex.speakers.institution_nouns or head.tag_ != "NN" or _body_words(head, self.lex):
            return None
        words = _country_words(head, self.countries)
        if not words or any(c.dep_ not in ("det", "amod", "compound", "poss", "case") for c in head.children):
            return None
        found = self.history.last_other(
            lambda s: noun in mention_words(s.mention.text) and _compatible(s, words, self.countries)
        )
        return Speaker(found.mention, found.actor, "title") if found is not None else None

    def _later_holder(self, head: Token, titled: Speaker) -> Speaker | None:
        """ "Foreign Secretary A led one side. … A said …, he said. '…,' the foreign secretary
        added": the last person who spoke, when the article introduced that person with the
        title too, is meant rather than an earlier speaker whose own mention carried it (B, who
        spoke first as "Foreign Secretary B"); None when the last speaker never had the title."""
        last = self.history.last_person()
        if last is None or last.actor.slug == titled.actor.slug or _country_words(head, self.countries):
            return None
        if self.history.latest.get(last.actor.slug, -1) <= self.history.latest.get(titled.actor.slug, -1):
            return None
        text = self.lookup.article_text
        if not text or not last.actor.name:
            return None
        # the name as printed, in a paragraph the parser may have skipped: "Secretary Md Jashim Uddin"
        surname = re.escape(last.actor.name.split()[-1])
        post = " ".join([*_post_words(head, self.lex), head.lemma_])  # "the prime minister": that post, no other
        title = rf"(?i:{re.escape(post)})(?: [A-Z][\w.'’-]*){{0,{_TITLE_REACH}}} {surname}\b"
        return last if re.search(title, text[: head.idx]) else None

    def _salient_holder(self, head: Token) -> Speaker | None:
        """A bare "the president" (the pack's `salient_titles`, no country word, nothing else) in an
        article that names several presidents: the one the article is about, named clearly more
        often than any other before this mention ("the president" of a Mexican outlet's story on a
        call with the US president is Mexico's), not the last one quoted. None when one president
        has been named so far, or none stands out: the ordinary look-back decides."""
        noun = head.lemma_.lower()
        if noun not in self.lex.speakers.salient_titles or [c.lower_ for c in head.children] != ["the"]:
            return None
        # Only what the reader has seen: a "the president" cannot point at a name printed after it
        # ("the president said …" in a story that brings in the US president three paragraphs on).
        text = doc_text(head.doc)[: head.idx]
        holders: dict[str, Token] = {}  # surname → the first titled mention's head
        for ent in doc_ents(head.doc):
            if ent.end > head.i:
                break
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            before = head.doc[max(0, ent.start - 3) : ent.start]
            if any(t.lower_ == noun for t in before) or any(t.lower_ == noun for t in ent):
                holders.setdefault(ent[-1].text, ent.root)
        if len(holders) < 2:
            return None
        counts = sorted(((text.count(name), name) for name in holders), reverse=True)
        (top, name), (second, _) = counts[0], counts[1]
        if top < self.lex.speakers.salience_ratio * second:
            return None
        sp = self.named(holders[name])
        return Speaker(sp.mention, sp.actor, "title") if sp.actor.kind == "person" else None

    def _first_person(self, head: Token) -> Speaker | None:
        """ "I can tell you that …" outside any quotation: the one whose label opens the paragraph
        ("Spokesman Ivo Brandt: … I can tell you"), else the last person who spoke; never an actor
        called "I" (None when nobody fits)."""
        text = doc_text(head.doc)
        end = head.idx
        for _ in range(_LABEL_PARAGRAPHS):  # its paragraph's label, else the label the speech opened with
            start = text.rfind("\n", 0, end) + 1
            label = self.lex.pronouns.label_rx.match(text, start)
            if label is not None:
                lo, hi = label.span("label")
                if label_kind(text[lo:hi], self.lex.transcripts) == "asks":
                    return None  # "Q: … I am asking this for clarification", "AFP: …": a journalist's question
                m = Mention(text[lo:hi], lo, hi, "name", True)
                return Speaker(m, self.lookup.actor(m), "pronoun")
            if start == 0 or _QUOTE_OPENS.match(text, start):
                break  # the text's start, or a paragraph that opens with a quotation
            end = start - 1
        sp = self._last_singular()
        # a guess: an unlabelled "I" may be a transcript's speaker the label reader missed, or the
        # author; "first_person" is no `how` of confidence.yaml, so its signal is "how:other"
        return Speaker(sp.mention, sp.actor, "first_person") if sp is not None and sp.person else None

    def _by_pronoun(self, head: Token) -> Speaker | None:
        low = head.lower_
        kinds = self.lex.pronouns.of_kind
        if low in kinds.get("person", ()):
            return (
                self._sentence_subject(head, True)
                or self._saying_clause_subject(head)
                or self._sole_person_before(head)
                or self._paragraph_subject(head)
                or self._previous_paragraph_subject(head)
                or self._last_singular()
                or self._person_subject(head)
            )
        if low in kinds.get("thing", ()):
            return (
                self._sentence_subject(head, False)
                or self._body_just_before(head)
                or self._document_just_before(head)
                or self.history.last_other()
            )
        if low in kinds.get("plural", ()):
            joint = self._joint_subject(head) or self._talks_with(head)
            if joint is not None:
                return joint
            last = self.history.last_plural()
            if last is None or _in_passing(head.doc, last.mention):
                return (
                    self._contact_pair(head)
                    or last
                    or self._coordinated_people_before(head)
                    # a readout's "A spoke with B. ¶ A commended B …. They exchanged views …": the call's pair
                    or self._contact_pair(head, paragraphs=2)
                )
            return last
        return None

    def _saying_clause_subject(self, head: Token) -> Speaker | None:
        """ "X disagreed, saying that it is '…,' he emphasised": the parser made X's clause the content of
        the pronoun's verb; a clause before it that reports speech of its own ("saying …") is X's, and
        the pronoun is X (not "Trump is wrong, he said", whose clause says nothing of anyone speaking)."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in self.lex.reporting_verbs.speech:
            return None
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i):
            saying = any(
                g.dep_ == "advcl" and g.tag_ == "VBG" and g.lemma_.lower() in self.lex.reporting_verbs.speech
                for g in clause.children
            )
            subj = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if saying and subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON":
                return self._named_at(subj.i) or self.named(subj)
        return None

    def _coordinated_people_before(self, head: Token) -> Speaker | None:
        """ "A and B attended the summit. On Thursday they met for talks": with no speaker yet to refer
        to, "they" are the two people last named together as a sentence's subject, in its paragraph or
        the one before; None when no such pair stands there."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for tok in _subjects_back(head, 1):
            if _name_of(tok) is None:
                continue
            others = [n for c in tok.children if c.dep_ == "conj" and (n := _name_of(c)) is not None]
            if not others:
                return None  # the last subject named is one person: "they" is not read as anyone
            first = self._named_at(tok.i) or self.named(tok)
            second = self.named(others[0])
            if not first.person or first.actor.slug == second.actor.slug:
                return None
            return Speaker(first.mention, first.actor, "group", [second.actor])
        return None

    def _contact_pair(self, head: Token, paragraphs: int = 1, same_sentence: bool = False) -> Speaker | None:
        """ "A spoke with B today. A recalled the call between C and D. They agreed …": "they" are the
        two who spoke to each other earlier in the paragraph (the subject of a contact verb and the
        person it was "with"), not a pair named in passing inside what one of them said.
        `same_sentence`: only a contact earlier in the mention's own sentence ("A discussed the region
        in a call with B, with both leaders warning …")."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        contacts = self.lex.contacts
        for tok in _subjects_back(head, paragraphs, same_sentence):
            if tok.ent_type_ != "PERSON" and not (tok.pos_ == "PROPN" and tok.ent_type_ == ""):
                continue  # (a name the small model left untagged, "Mélanie Joly": judged as a person below)
            verb = tok.head
            # "A met B", "A spoke with B"; "A had a telephone conversation with B": the noun's "with" too
            nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in contacts.nouns]
            if verb.lemma_ not in contacts.verbs and not (nouns and verb.lemma_.lower() in contacts.light_verbs):
                continue
            withs = [c for v in [verb, *nouns] for c in v.children if c.dep_ == "prep" and c.lower_ == "with"]
            met = [g for w in withs for g in w.children if g.dep_ == "pobj"]
            # "discussed the region in a phone call with B": "with B" hung on the topic, or further down
            met += [g for c in verb.children if c.dep_ == "dobj" for g in topic_object_counterparts(c, "with")]
            other = next((name for g in met if (name := _name_of(g)) is not None), None)
            if other is None and verb.lemma_.lower() in contacts.counterparts.object_verbs:
                # "A met B on Monday. They discussed …": the one met ("received at the Palace the Minister …")
                other = next(
                    (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ in _NAMES),
                    None,
                ) or next((_name_of(g) or g for g in guest_after_place(verb, self.lex)), None)
            if other is None:
                return None  # the last contact in the paragraph names no counterpart
            first = self._named_at(tok.i) or self.named(tok)
            second = self.named(other)
            if not first.person or first.actor.slug == second.actor.slug:
                return None
            return Speaker(first.mention, first.actor, "group", [second.actor])
        return None

    def _sole_person_before(self, head: Token) -> Speaker | None:
        """ "Paris is the last stop of Wang's tour, which took him to Brussels, where he held …": a
        pronoun in a subordinate clause whose sentence named one person before it, and only one,
        refers to that person, not to the last speaker of an earlier sentence."""
        sent = sent_of(head)
        root = sent_root(sent)
        if head.head.i == root.i or head.dep_ != "nsubj":
            return None
        people: dict[str, Speaker] = {}
        for tok in sent:
            if tok.i >= head.i:
                break
            if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat") or tok.ent_type_ not in ("PERSON", "ORG", ""):
                continue
            found = self._named_at(tok.i) or self.named(tok)
            if found.actor.kind == "person" and (found.actor.known or tok.ent_type_ == "PERSON"):
                people.setdefault(found.actor.slug, found)
        return next(iter(people.values())) if len(people) == 1 else None

    def _joint_subject(self, head: Token) -> Speaker | None:
        """ "X and Y visited Kyiv, where they met Z": "they" in a subordinate clause are the
        parties named together as the main clause's subject, not the last group that spoke."""
        root = sent_root(sent_of(head))
        if head.head.i == root.i:
            return None
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
        if subj is None or subj.pos_ != "PROPN":
            return None
        if any(c.dep_ == "conj" for c in subj.children):
            return self._named_at(subj.i) or self.named(subj, "group")
        # the parser may hang "A and B" wrongly ("President X and Council President Y"): the people
        # named in the subject phrase, joined by "and"
        doc, lo, hi = subj.doc, subj.left_edge.i, subj.right_edge.i
        cc = [t.i for t in doc[lo : hi + 1] if t.dep_ == "cc" and t.lower_ == "and"]
        if len(cc) != 1 or any(t.is_punct for t in doc[lo : hi + 1]):
            return None
        parts = [doc[lo : cc[0]], doc[cc[0] + 1 : hi + 1]]
        if not all(any(t.ent_type_ == "PERSON" for t in p) for p in parts):
            return None
        actors = []
        for p in parts:
            m = Mention(p.text, p.start_char, p.end_char, "name", True)
            actors.append((m, self.lookup.actor(m)))
        (m, first), (_, second) = actors
        return Speaker(m, first, "group", [second] if second.slug != first.slug else [])

    def _person_subject(self, head: Token) -> Speaker | None:
        """No earlier speaker: the last named person heading a main clause
        before the pronoun ("Mayor X opened the bridge. '...,' she said")."""
        idx = sentences(head.doc)
        n = idx.of_token[head.i]
        here = [c for c in _person_subjects(idx, n) if c.i < head.i]
        subj = here[-1] if here else _last_person_subject_before(idx, n)
        return self.named(subj) if subj is not None else None

    def _paragraph_subject(self, head: Token) -> Speaker | None:
        """'X convened his cabinet. “...,” he wrote': a named person heading an
        earlier main clause of the same paragraph, introduced after the last
        speaker, is nearer than that speaker (who may be from another story)."""
        last = self.history.last()
        idx = sentences(head.doc)
        found = _earlier_in_paragraph(idx, idx.of_token[head.i])
        if found is None:
            return None
        prev, subj = found
        if last is not None and last.mention.start >= prev.start_char:
            return None
        # "…, the Spokesperson said …. she said": whom that title was read as, not a new "Spokesperson"
        if (spoke := self.spoke.get(subj.i)) is not None:
            return spoke
        sp = self.named(subj)
        return sp if subj.ent_type_ == "PERSON" or sp.actor.kind == "person" else None

    def _previous_paragraph_subject(self, head: Token) -> Speaker | None:
        """'X took the floor first.\n\nHe said …' (a live blog's entry, a new paragraph): a pronoun
        opening a paragraph refers to the named person heading the last sentence of the paragraph
        before, when that person came after the last speaker, not to that earlier speaker; so does
        the pronoun of a paragraph that opens with a quotation ("X went further. ¶ '…,' he said")."""
        sent = head.sent
        after_quote = head.i != sent.start
        if after_quote and not _QUOTE_OPENS.match(doc_text(head.doc), sent.start_char):
            return None
        subj = self._newer_person_before_paragraph(head, unquoted=after_quote)
        if subj is None:
            return None
        sp = self._named_at(subj.i) or self.named(subj)
        return sp if sp.actor.kind == "person" else None

    def _newer_person_before_paragraph(self, head: Token, unquoted: bool = False) -> Token | None:
        """The named person heading the main clause of the last sentence before the paragraph that
        `head`'s sentence opens, when the last speaker came before that sentence; else None
        (`unquoted`: also None when that sentence holds a quotation mark, someone's words)."""
        idx = sentences(head.doc)
        n = idx.of_token[head.i]
        sent = idx.spans[n]
        m = n - 1
        while m >= 0 and all(t.is_space for t in idx.spans[m]):
            m -= 1
        if m < 0:
            return None
        prev = idx.spans[m]
        end = next(t for t in reversed(prev) if not t.is_space)
        if "\n" not in idx.text[end.idx + len(end.text) : sent.start_char]:
            return None
        last = self.history.last()
        if last is not None and last.mention.start >= prev.start_char:
            return None
        if unquoted and _QUOTE_OPENS.search(prev.text):
            return None
        return next(iter(_person_subjects(idx, m, empty_subjects=self.lex.speakers.empty_subjects)), None)

    def _body_just_before(self, head: Token) -> Speaker | None:
        """'The ministry gave a fuller account. It said …': "it" heading a sentence is the body that
        headed the sentence just before, in the same paragraph and after the last speaker."""
        idx = sentences(head.doc)
        n = idx.of_token[head.i]
        if n == 0 or head.dep_ != "nsubj" or head.head.i != idx.root(n).i:
            return None
        prev, sent = idx.spans[n - 1], idx.spans[n]
        end = next((t for t in reversed(prev) if not t.is_space), None)
        if end is None or "\n" in idx.text[end.idx + len(end.text) : sent.start_char]:
            return None
        last = self.history.last()
        if last is not None and last.mention.start >= prev.start_char:
            return None
        subj = next((c for c in idx.root(n - 1).children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("ORG", "GPE", "NORP"):
            return None
        sp = self._named_at(subj.i) or self.named(subj)
        return sp if sp.actor.kind in ("institution", "state", "international_organisation", "group") else None

    def _document_just_before(self, head: Token) -> Speaker | None:
        """'"…," said a statement issued by Ban's spokesman. "…," it said.': "it" is the document that
        spoke in the sentence just before, so the speaker it was read as (a person whose office issued
        it, a body), not the last body named."""
        idx = sentences(head.doc)
        n = idx.of_token[head.i]
        if n == 0:
            return None
        root = idx.root(n - 1)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lemma_.lower() not in self.lex.speakers.document_nouns:
            return None
        return self.history.last()

    def _last_singular(self) -> Speaker | None:
        """'he added': the last person speaker; a body (a ministry) only when it
        is the very last speaker; never a plural group."""
        for n, sp in enumerate(reversed(self.history.entries)):
            if sp.mention.plural:
                continue
            if sp.person or (n == 0 and sp.actor.kind != "state"):
                return sp
        return None

    def _sentence_subject(self, head: Token, person: bool) -> Speaker | None:
        """A pronoun in a subordinate clause refers to the main clause's subject
        when that is a name of the right sort ("Vučić ..., where he had spent
        hours ..."; "Baku laid out principles that it said ...")."""
        root = sent_root(sent_of(head))
        if head.head.i == root.i:
            return None
        if not person:
            subj = _nearest_clause_subject(head, self.lex)
            if subj is not None:
                return self._named_at(subj.i) or self.named(subj)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
        if subj is None or subj.pos_ != "PROPN" or _within_quotation_marks(subj):
            return None
        # a surname the tagger left untagged here, tagged a person's where the article named them in full
        is_person = subj.ent_type_ == "PERSON" or (not subj.ent_type_ and person_word(subj))
        if is_person != person:
            return None
        return self._named_at(subj.i) or self.named(subj)

    def _named_at(self, i: int) -> Speaker | None:
        """The speaker remembered at token `i` when it was found by its name, else None."""
        sp = self.spoke.get(i)
        return sp if sp is not None and sp.how == "name" else None

    def remember(self, head: Token, sp: Speaker) -> None:
        """Record a speaker so that later pronouns and titles can refer to it."""
        self.history.add(sp)
        self.spoke[head.i] = sp
