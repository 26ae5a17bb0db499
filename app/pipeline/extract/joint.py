"""Joint statements: "the two sides said", "both ministers", "the three countries", "the
leaders" speak for the parties the article has just named together.

Why: such a mention is no new actor called "two sides", and it is not one of the parties
picked by chance (the last speaker); the guidelines make it one statement of all the
parties, attributed to the first one named. The parties are read from the nearest
coordination before the mention ("Saudi Arabia and Iran agreed …", "X met Y …"): the
first conjunct is the actor, the others come along as co-actors.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.lang.extract_schema import ExtractLexicon

from .sentences import sentences

if TYPE_CHECKING:  # spaCy is imported only when the pipeline loads
    from spacy.tokens import Span, Token

_SENTENCES_BACK = 4
_PARTY_ENTS = ("PERSON", "GPE", "NORP", "ORG", "PRODUCT")  # the small model takes some surnames for products ("Iwaya")
_FAR_PARTY_ENTS = ("PERSON", "GPE", "NORP")  # a pair sought beyond the usual reach: people and states only


def pair_noun(head: Token, lex: ExtractLexicon) -> bool:
    """ "the pair", "the duo": a singular noun, with a definite determiner, for the two just named."""
    words = lex.speakers.group
    return head.lemma_.lower() in words.pair_nouns and any(
        c.dep_ == "det" and c.lower_ in words.joint_determiners for c in head.children
    )


def is_joint(head: Token, lex: ExtractLexicon) -> bool:
    """ "the two sides", "both ministers", "the three countries", "the leaders", "the two"."""
    words = lex.speakers.group
    low, lemma = head.lower_, head.lemma_.lower()
    if low in words.heads:  # "the two", "both"
        return True
    if head.tag_ == "NN" and pair_noun(head, lex):  # "the pair", "the duo"
        return True
    if _of_joint(head, lex) is not None:  # "the foreign ministries of the two countries"
        return True
    kids = list(head.children)
    titled = _joint_title(head, words.joint_titles)
    counted = low in words.counted_joint_nouns
    if head.tag_ not in ("NNS", "NNPS") or (
        lemma not in words.joint_nouns and low not in words.joint_nouns and not titled and not counted
    ):
        return False
    if any(c.dep_ == "prep" and not titled for c in kids) or any(
        c.dep_ == "nummod" and c.lower_ not in words.heads for c in kids
    ):
        return False  # "the eight countries of the Amazon basin" are a group of their own
    if counted:  # "both officials", "the two authorities"; not "two officials familiar with the talks"
        modifiers = words.counted_modifiers
        return not any(
            c.dep_ in ("amod", "acl", "relcl", "compound") and not (c.dep_ == "amod" and c.lower_ in modifiers)
            for c in kids
        ) and (
            any(c.lower_ == "both" for c in kids)
            or (
                any(c.dep_ == "det" and c.lower_ in words.joint_determiners for c in kids)
                and any(c.dep_ == "nummod" and c.lower_ in words.heads for c in kids)
            )
        )
    if any(
        (c.dep_ == "det" and c.lower_ in words.joint_determiners)
        or (c.dep_ in ("nummod", "det", "predet") and c.lower_ in words.heads)
        for c in kids
    ):
        return True
    # "At the meeting, ministers discussed …": with no determiner, only a sentence that points back at
    # the contact makes the noun its parties (bare "ministers" is otherwise any ministers)
    return head.dep_ in ("nsubj", "nsubjpass") and not kids and _told_within_the_contact(head, head.sent, lex)


def _of_joint(head: Token, lex: ExtractLexicon) -> Token | None:
    """ "the foreign ministries of the two Gulf countries", "the leaders of both nations", "the two
    countries' foreign ministers": a plural
    body or title whose "of" complement is a joint mention speaks for the same parties; that
    complement, else None."""
    if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in lex.speakers.group.joint_of_nouns:
        return None
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            inner = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "poss":  # "the two countries' foreign ministers"
            inner = c
        else:
            continue
        if inner is not None and inner.tag_ in ("NNS", "NNPS") and is_joint(inner, lex):
            return inner
    return None


def _joint_title(head: Token, titles: frozenset[str]) -> bool:
    """ "heads of state", "foreign ministers": the noun with its compounds and "of" complement is a
    plural title the pack lists."""
    doc = head.doc
    lo = min((c.left_edge.i for c in head.children if c.dep_ == "compound" and c.i < head.i), default=head.i)
    hi = max((c.right_edge.i for c in head.children if c.dep_ == "prep" and c.i > head.i), default=head.i)
    return doc[lo : hi + 1].text.lower() in titles or doc[lo : head.i + 1].text.lower() in titles


def _party(tok: Token) -> bool:
    """A named party; the small model leaves some names untagged ("Saudi Arabia"), so no tag is
    no objection, only a tag of another kind (a date, a law) is."""
    return tok.pos_ == "PROPN" and (tok.ent_type_ in _PARTY_ENTS or not tok.ent_type_)


def _named(tok: Token) -> Token | None:
    """A party as a conjunct: a name, or a title noun with its name in apposition ("X and his
    Iranian counterpart Y" → Y). The parser may take a possessive state for the conjunct and hang
    its person's name on the first party ("A and Ruritania's President B": the conjunct is
    "Ruritania", B an apposition of A): then B, the name after the possessive, is the party."""
    if tok.dep_ == "conj" and any(c.dep_ == "case" for c in tok.children):
        later = next((c for c in tok.head.children if c.dep_ == "appos" and c.i > tok.i and _party(c)), None)
        if later is not None:
            return later
    if _party(tok):
        return tok
    if tok.pos_ == "NOUN":
        apposed = next((c for c in tok.children if c.dep_ == "appos" and _party(c)), None)
        return apposed if apposed is not None else _holder_after_of(tok)
    return None


def _titles_only(tok: Token, lex: ExtractLexicon) -> bool:
    """A conjunct that is a bare post ("State Councilor", "Foreign Minister of China"), no name."""
    titles = lex.speakers.person_titles
    return tok.lemma_.lower() in titles or tok.lower_ in titles


def _holder_after_of(title: Token) -> Token | None:
    """ "the leader of Turkey Recep Tayyip Erdogan": the parser hangs the holder's name on the
    title's "of", with the state compounded onto it; the name, when a person's name follows the
    state (a bare "the leader of Turkey" names no person)."""
    of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > title.i), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or not _party(obj) or obj.ent_type_ in ("GPE", "NORP"):
        return None
    return obj if any(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in obj.children) else None


def _states_only(head: Token, lex: ExtractLexicon) -> bool:
    nouns = lex.speakers.group.state_nouns
    return head.lemma_.lower() in nouns or head.lower_ in nouns


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _count(head: Token, lex: ExtractLexicon) -> int | None:
    """How many parties a joint mention names: "the three countries" 3, "both sides" 2; None
    when it does not say ("the leaders")."""
    words = [head] + [c for c in head.children if c.dep_ in ("nummod", "det", "predet")]
    return next((_COUNTS[w.lower_] for w in words if w.lower_ in _COUNTS), None)


def joint_count(head: Token, lex: ExtractLexicon) -> int | None:
    """How many parties a joint mention, or the joint mention of its "of" complement, counts."""
    return _count(_of_joint(head, lex) or head, lex)


def _name_text(tok: Token) -> str:
    lo = min((c.left_edge.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i), default=tok.i)
    return tok.doc[lo : tok.i + 1].text


def joint_parties(head: Token, lex: ExtractLexicon, is_state=None) -> list[Token]:
    """The parties a joint mention speaks for, first-named first (empty when none is found):
    the nearest "X and Y" (or "X met Y") before it, in its sentence or the few before. A mention
    that counts its parties ("the three countries") and finds none nearby takes the nearest
    earlier list of that many states or people in the article ("Burkina Faso, Mali and Niger"
    in its opening). `is_state` tells a country's name when the small model tags it otherwise."""
    idx = sentences(head.doc)
    n = idx.of_token[head.i]
    inner = _of_joint(head, lex) or head  # "the ministries of the two countries": the countries' parties
    states = _states_only(inner, lex)
    persons = persons_only(inner, lex)

    def state(tok: Token) -> bool:
        return tok.ent_type_ in ("GPE", "NORP") or (is_state is not None and bool(is_state(_name_text(tok))))

    counted = _count(inner, lex)

    def scan(tokens) -> list[Token] | None:
        for tok in tokens:
            adjectives = _state_words(tok, lex, is_state)
            if adjectives:  # "a meeting of Turkish, U.S. and Ukrainian delegations"
                if counted is None or len(adjectives) <= counted:
                    return adjectives
                continue
            named = _named(tok) if tok.dep_ == "conj" else None
            alternatives = lex.speakers.alternative_conjunctions
            if named is not None and any(c.dep_ == "cc" and c.lower_ in alternatives for c in tok.head.children):
                continue  # "the Quad or Quadrilateral": one party named twice, no two parties
            if named is not None and _party(tok.head) and tok.head.i < tok.i:
                first, tok = tok.head, named
                while first.dep_ == "conj" and _party(first.head) and first.head.i < first.i:
                    first = first.head  # "A, B and C": the parser may hang C on B
                if states and not (state(first) or state(tok)):
                    continue
                if persons and not (_person(first, lex) and _person(tok, lex)):
                    continue  # "the two heads of state" are no "UN, G20 and BRICS"
                parties = [first] + _conjuncts(first)
                named_parties = sum(not _titles_only(p, lex) for p in parties)
                if named_parties == 1:
                    continue  # "Wang Yi, State Councilor and Foreign Minister of China": one person and his posts
                if named_parties == 0 and not any(c.dep_ == "det" for p in parties[1:] for c in p.children):
                    continue  # "X, Deputy Prime Minister and Minister of Foreign Affairs of Jordan": one's posts
                if counted is not None and sum(p.ent_type_ in _PARTY_ENTS for p in parties) > counted:
                    continue  # "the two presidents" are not the three ministers named before
                subj = _host_subject(first, lex)
                return ([subj] if subj is not None else []) + parties
            twin = _twin_subject(tok) if tok.dep_ == "nsubj" else None
            if twin is not None and (not persons or (_person(twin, lex) and _person(tok, lex))):
                if not states or (state(twin) and state(tok)):
                    return [twin, tok]
            met = _named(tok) if tok.dep_ == "dobj" else None
            if met is not None and not states:  # "X met Y", "X met his counterpart Y"
                subj = _subject(tok.head)
                if subj is not None and (not persons or _person(subj, lex)):
                    return [subj, met]
            other = _named(tok) if tok.dep_ == "pobj" else None  # "with his counterpart Y": Y
            if other is not None and _titles_only(other, lex):
                # "with Qatar's Prime Minister and Foreign Minister, Sheikh X": the name after the posts
                other = next((c for c in _conjuncts(other) if not _titles_only(c, lex)), other)
            if other is not None and (not persons or _person(other, lex)) and _met_with(tok, lex):
                subj = _host_subject(tok, lex)  # "X held talks with Y", "Dhaka raised its concerns with New Delhi"
                if (
                    subj is not None
                    and (not persons or _person(subj, lex))
                    and (not states or (state(subj) and state(other)))
                ):
                    return [subj, other]
        return None

    for m in range(n, max(-1, n - _SENTENCES_BACK - 1), -1):
        sent = idx.spans[m]
        end = head.i if m == n else sent.end
        found = scan(reversed(head.doc[sent.start : end]))
        if found is not None:
            return found
    if _told_within_the_contact(head, idx.spans[n], lex):
        for m in range(max(-1, n - _SENTENCES_BACK - 1), -1, -1):
            found = scan(reversed(idx.spans[m]))
            # that far back, only parties the model reads as people or states ("the Belt and Road"
            # between is no pair)
            if found is not None and all(t.ent_type_ in _FAR_PARTY_ENTS for t in found):
                return found
    if n == 0:  # a headline's "the two presidents agreed …": the pair the story names first, after it
        for m in range(1, min(len(idx.spans), 1 + _SENTENCES_BACK)):
            found = scan(idx.spans[m])
            if found is not None:
                return found
    if counted is None or counted < 3 or not (states or persons):
        return []
    for m in range(max(-1, n - _SENTENCES_BACK - 1), -1, -1):  # "the three countries" named long before
        sent = idx.spans[m]
        for tok in sent:
            if tok.dep_ == "conj" or not _party(tok) or tok.i >= head.i:
                continue
            parties = [tok] + _conjuncts(tok)
            if len(parties) != counted:
                continue
            if states and not all(state(p) for p in parties):
                continue
            if persons and not all(_person(p, lex) for p in parties):
                continue
            return parties
    return []


def _told_within_the_contact(head: Token, sent: Span, lex: ExtractLexicon) -> bool:
    """ "At the end of the conversation, the parties …", "During their meeting, the two officials …":
    the mention's sentence points back at the contact itself (a contact noun with "the" or a
    possessive, before the mention), so its parties are the pair of the contact the article reported,
    however many sentences of what each said came between."""
    return any(
        tok.lemma_.lower() in lex.contacts.nouns
        and tok.dep_ == "pobj"
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in tok.children)
        for tok in head.doc[sent.start : head.i]
    )


def _twin_subject(tok: Token) -> Token | None:
    """ "Foreign Minister A and U.S. Secretary of State B highlighted …": under long titles the parser
    may make both names subjects of the verb, with no conjunct between them; the earlier one, when
    both are named parties and an "and" stands between them, else None."""
    if not _party(tok):
        return None
    twin = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if twin is None or not _party(twin) or twin.ent_type_ != tok.ent_type_:
        return None
    between = tok.doc[twin.i + 1 : tok.left_edge.i]
    return twin if any(t.dep_ == "cc" and t.lower_ == "and" for t in between) else None


def _state_words(tok: Token, lex: ExtractLexicon, is_state=None) -> list[Token]:
    """ "Turkish, U.S. and Ukrainian delegations", "Russian and American officials": the state words
    (a demonym, a country's name) coordinated before a noun of the pack's `party_nouns`, first-named
    first, when `tok` is the last of them; else empty. Each is a party: the small model tags the
    demonyms, adjectives, as no name (and may take one for a person: "Azerbaijani"), so a word
    `is_state` knows counts too."""

    def state(t: Token) -> bool:
        return t.ent_type_ in ("NORP", "GPE") or (is_state is not None and bool(is_state(t.text)))

    if tok.dep_ != "conj" or not state(tok):
        return []
    first = tok
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ not in ("amod", "compound", "nmod") or not state(first):
        return []
    if first.head.lemma_.lower() not in lex.speakers.group.party_nouns or first.head.tag_ not in ("NNS", "NNPS"):
        return []
    noun = first.head  # "Greek, Turkish and Cypriot": the parser may hang each on the noun
    chain = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and state(c)]
    todo = [c for m in chain for c in m.children if c.dep_ == "conj"]
    while todo:
        c = todo.pop(0)
        if not state(c):
            return []
        chain.append(c)
        todo += [g for g in c.children if g.dep_ == "conj"]
    chain.sort(key=lambda t: t.i)
    return chain if chain[-1].i == tok.i and len(chain) > 1 else []


def party_title(party: Token, lex: ExtractLexicon) -> str | None:
    """ "the Armenian and Azerbaijani foreign ministers": the title each state word's party holds
    ("Azerbaijani foreign minister"), when the noun the state words qualify is a person's title of
    the pack's `person_nouns`; else None (a state word of "delegations" is its state)."""
    noun = party
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ not in ("amod", "compound", "nmod"):
        return None
    noun = noun.head
    if noun.lemma_.lower() not in lex.speakers.group.person_nouns or noun.tag_ not in ("NNS", "NNPS"):
        return None
    words = [c.text for c in noun.children if c.dep_ in ("amod", "compound") and c.i > party.i and c.is_lower]
    return " ".join([party.text, *words, noun.lemma_.lower()])


_LIST_GAPS = (", ", " and ", ", and ", ", the ", " and the ", ", and the ")


def listed_states(head: Token, lex: ExtractLexicon, text: str | None, countries) -> list[tuple[int, int, str]]:
    """ "The three countries announced …" with no pair in reach: the nearest list of exactly that
    many states the article wrote before it ("Burkina Faso, Mali and Niger"), read from the
    article's text (its opening may be a paragraph the parser never saw), as (start, end, code)
    of each state, first-named first; empty when none is found."""
    inner = _of_joint(head, lex) or head
    count = _count(inner, lex)
    if text is None or countries is None or count is None or count < 3 or not _states_only(inner, lex):
        return []
    return _last_list(countries.find_countries(text[: head.idx]), text, count)


def own_listed_states(head: Token, lex: ExtractLexicon, text: str | None, countries) -> list[tuple[int, int, str]]:
    """ "The four countries of Saudi Arabia, Bahrain, the UAE and Egypt", "the three states, A, B and C,":
    the list of exactly that many states the mention itself holds after its head, as `listed_states`."""
    count = _count(head, lex)
    if text is None or countries is None or count is None or count < 2 or not _states_only(head, lex):
        return []
    last = head.doc[head.right_edge.i]
    end = last.idx + len(last.text)
    found = [h for h in countries.find_countries(text[:end]) if h[0] > head.idx]
    return _last_list(found, text, count)


def _last_list(found: list[tuple[int, int, str]], text: str, count: int) -> list[tuple[int, int, str]]:
    """The last run of exactly `count` different states, written as a list ("A, B and C"), among `found`."""
    best: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for hit in found:
        if run and text[run[-1][1] : hit[0]] in _LIST_GAPS:
            run.append(hit)
        else:
            run = [hit]
        if len(run) == count and len({c for _, _, c in run}) == count:
            nxt = next((h for h in found if h[0] >= hit[1]), None)
            if nxt is None or text[hit[1] : nxt[0]] not in _LIST_GAPS:  # not a longer list
                best = list(run)
    return best


def _conjuncts(first: Token) -> list[Token]:
    """The parties joined to the first one, in order, down the parser's chain ("A, B and C": B
    a conjunct of A, C one of B or of A)."""
    out: list[Token] = []
    todo = [c for c in first.children if c.dep_ == "conj"]
    while todo:
        c = todo.pop(0)
        q = _named(c)
        if q is None:
            continue
        out.append(q)
        todo = [g for g in c.children if g.dep_ == "conj"] + todo
    return sorted(out, key=lambda t: t.i)


def persons_only(head: Token, lex: ExtractLexicon) -> bool:
    """ "the two leaders", "both ministers", "the heads of state": only people can be the parties."""
    return head.lemma_.lower() in lex.speakers.person_titles or head.lemma_.lower() in lex.speakers.group.person_nouns


def _person(tok: Token, lex: ExtractLexicon) -> bool:
    """A party that may be a person: tagged one, left untagged, a bare name the small model took
    for a body ("Iwaya and Wang"), or a name under a person's title whatever its tag ("Foreign
    Minister Shah Mahmood Qureshi", read as a place); not "the United Nations", "BRICS" nor a place."""
    if tok.ent_type_ in ("PERSON", "", "PRODUCT"):
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in lex.speakers.person_titles for c in tok.subtree):
        return True
    return tok.ent_type_ == "ORG" and not tok.text.isupper() and not any(c.dep_ == "det" for c in tok.children)


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _party(subj) else None


def _host(verb: Token, lex: ExtractLexicon) -> Token | None:
    """The host of a contact: its named subject, or a person's pronoun ("he", "she": the pack's
    `pronouns.yaml`) standing for a person named before
    ("X arrived in Rome. At noon, he held a meeting with Y. … both officials agreed": X and Y), whom
    the caller resolves as it resolves the pronoun as a speaker; a verb joined to another with no
    subject of its own shares the first one's."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _host(verb.head, lex)  # "A met and held talks with B": the second verb shares A
    if subj is not None and subj.pos_ == "PRON" and subj.lower_ in lex.pronouns.of_kind.get("person", ()):
        return subj
    return _subject(verb)


# "held talks with Y", "talks between A and B", "received a phone call from Y", "made a call to Y"
_HOST_PREPS = ("with", "between", "from", "to")


def _met_with(other: Token, lex: ExtractLexicon) -> bool:
    """The phrase "with Y" (or "from Y") hangs on a contact or on an act of saying ("held talks with Y",
    "raised its concerns with New Delhi", a light verb of a contact noun: "held a meeting with Y"),
    not on a plan or a wish ("is willing to work with China")."""
    prep = other.head
    gov = prep.head if prep.dep_ == "prep" else None
    if gov is None:
        return True
    words = lex.contacts.verbs | lex.contacts.nouns | lex.reporting_verbs.all
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() in words:
        return True
    # "held a meeting with Y": the parser may hang "with" on the light verb instead of its contact noun
    return gov.lemma_.lower() in lex.contacts.light_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.contacts.nouns for c in gov.children
    )


def _host_subject(first: Token, lex: ExtractLexicon) -> Token | None:
    """ "Cho held a phone call with A and B", "X received a phone call from Y": the host (Cho, X) is
    a party too, and named first; not "X attaches importance to its relations with Y" (a tie)."""
    if first.dep_ != "pobj" or first.head.lower_ not in _HOST_PREPS:
        return None
    if first.head.head.lemma_.lower() in lex.speakers.group.tie_nouns:
        return None
    if first.head.lower_ in ("from", "to") and first.head.head.pos_ != "NOUN":
        return None  # "X returned from Y", "X flew to Y": a place, no party
    gov = first.head.head
    if gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "pobj", "nsubj"):
        gov = gov.head
    if gov.pos_ == "ADP" and first.head.lower_ == "with":
        gov = gov.head  # "During a meeting with Y, X warned …": X met Y
        if gov.pos_ == "NOUN" and gov.dep_ == "dobj":
            gov = gov.head  # "X shared the results of his trip with Y": the parser hangs "with" on "trip"
    for _ in range(2):  # "X discussed ways to salvage the deal in a phone call with Y": up to X
        if gov.pos_ not in ("VERB", "AUX") or _subject(gov) is not None or gov.dep_ not in ("relcl", "xcomp", "acl"):
            break
        gov = gov.head.head if gov.head.pos_ == "NOUN" else gov.head
    return _host(gov, lex) if gov.pos_ in ("VERB", "AUX") else None


_MODIFIERS_BACK = 2  # lower-case words between a body's name and its members' noun ("G7 foreign ministers")
_LINKS = ("of", "the", "and", "for")  # small words inside a body's name ("Group of Seven")


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha or (tok.text[:1].isupper() and any(c.isdigit() for c in tok.text))


def introduced_members(head: Token) -> list[Span]:
    """ "The ministers also discussed …" after "Group of Seven foreign ministers met …": the phrases
    by which the article introduced the plural noun of a bare "the ministers", "the leaders" with a
    body's name ("G7 foreign ministers", "NATO leaders", "Leaders of the East African Community"),
    nearest first; each is the noun with the capitalised name before it (and the lower-case words
    between) or after its "of". A bare mention of the noun on the way back adds nothing and is
    passed over."""
    doc = head.doc
    out: list[Span] = []
    for t in reversed(doc[: head.i]):
        if t.lower_ != head.lower_ or t.tag_ not in ("NNS", "NNPS"):
            continue
        j = t.i - 1
        skipped = 0
        while (
            j >= 0
            and skipped < _MODIFIERS_BACK
            and doc[j].is_lower
            and doc[j].is_alpha
            and doc[j].pos_ in ("ADJ", "NOUN")
        ):
            j, skipped = j - 1, skipped + 1
        k = j
        while k >= 0 and (_capital(doc[k]) or (doc[k].lower_ in _LINKS and k > 0 and _capital(doc[k - 1]) and k < j)):
            k -= 1
        while k < j and doc[k + 1].lower_ in _LINKS:  # "The ministers" opening a sentence names no body
            k += 1
        if k < j:
            out.append(doc[k + 1 : t.i + 1])
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "of":
            e = t.i + 2
            if e < len(doc) and doc[e].lower_ == "the":
                e += 1
            s = e
            while e < len(doc) and (_capital(doc[e]) or (doc[e].lower_ in _LINKS[:1] + _LINKS[3:] and e > s)):
                e += 1
            while e > s and doc[e - 1].lower_ in _LINKS:
                e -= 1
            if e > s:
                out.append(doc[t.i : e])
    return out


_STATE = r"(?P<state>[A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['’]s)?"
# a title in lower case and a name ("presidential aide Karel Dvorak", "Defense Minister Ivan Petrenko")
_HEAD_NAME = r"(?P<name>(?:[a-z]+ ){0,2}[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|al|bin|de|van|von|der|la))*)"


def delegation_heads(text: str | None, lex: ExtractLexicon, country_code) -> dict[str, str]:
    """The phrase naming the head of each state's delegation, by the state's code: "the head of the
    Russian delegation, Karel Dvorak", "Ukraine's delegation head, Defense Minister Ivan
    Petrenko", "The Russian delegation, headed by presidential aide X". Read from the article's text
    (a paragraph that only introduces the delegations may never be parsed), anywhere in it, since a
    delegation speaks by its head whether the article names the head before or after; the first
    introduction of each state's counts. (A person met as a group's leader is placed by the parse of
    their sentence instead: `ActorLookup._led_group_country`, with the same verbs of leading.)"""
    if not text:
        return {}
    words = lex.speakers.group
    nouns = "|".join(sorted(words.delegation_nouns))
    heads = "|".join(sorted(words.delegation_head_nouns))
    led = "|".join(sorted(lex.speakers.leading_verbs.values()))  # "headed", "led"
    if not nouns or not heads:
        return {}
    patterns = [
        rf"\b(?i:{heads}) of (?:the |its )?{_STATE} (?i:{nouns}),? {_HEAD_NAME}",
        rf"\b{_STATE} (?i:{nouns}) (?i:{heads}),? {_HEAD_NAME}",
    ]
    if led:
        patterns.append(rf"\b{_STATE} (?i:{nouns}),? (?:{led}) by {_HEAD_NAME}")
    found: list[tuple[int, str, str]] = []
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            code = country_code(m.group("state"))
            if code:
                found.append((m.start(), code, m.group("name")))
    out: dict[str, str] = {}
    for _, code, name in sorted(found):
        out.setdefault(code, name)
    return out
