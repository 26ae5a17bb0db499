"""The extraction half of a language pack: one field per file of `LANG/extract/`.

Each file is a sub-model; the rules read the pack through the typed fields and
the derived sets and compiled patterns below (computed once per pack). Field
order matters where one file is checked against another: `cameo` comes before
`reporting_verbs`, whose CAMEO codes must be codes of `cameo.yaml`.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from app.lang.fields import Pattern, Words
from app.lang.patterns import alternation

CameoCode = Annotated[str, Field(pattern=r"^\d{3,4}$")]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReportingVerb(_Section):
    """One reporting verb; see the header of `reporting_verbs.yaml` for each flag."""

    lemma: str
    verb_class: Literal["speech", "act"] = Field(alias="class")
    cameo: CameoCode | None = None
    needs_clause: bool = False
    clause_only: bool = False
    directive: bool = False
    addressee: bool = False
    topic_only: bool = False
    particles: Words = frozenset()
    needs_object: bool = False
    needs_complement_clause: bool = False
    needs_infinitive_except: Words | None = None
    call_frame: bool = False
    objects: dict[str, CameoCode | None] = Field(default_factory=dict)
    not_objects: Words = (
        frozenset()
    )  # "declared independence": with this object the verb tells history, not a statement
    event: bool = False
    not_progressive: bool = False  # "she was referring to the talks": what one meant, no statement

    @model_validator(mode="after")
    def _clause_only_needs_clause(self) -> ReportingVerb:
        if self.clause_only and not self.needs_clause:
            raise ValueError(f"{self.lemma}: clause_only needs needs_clause")
        return self


class Refinement(_Section):
    from_code: CameoCode = Field(alias="from")
    to: CameoCode
    all: tuple[str, ...]


class ContactCategory(_Section):
    default: CameoCode
    phone: CameoCode
    phone_pattern: str
    phone_lemmas: Words
    lemmas: dict[str, CameoCode] = Field(default_factory=dict)


class Cameo(_Section):
    """CAMEO codes and labels, and the content patterns that refine a verb's code."""

    labels: dict[CameoCode, str]
    default: CameoCode
    contact: ContactCategory
    patterns: dict[str, Pattern]
    refinements: tuple[Refinement, ...]

    @model_validator(mode="after")
    def _known(self) -> Cameo:
        codes = [self.default, self.contact.default, self.contact.phone, *self.contact.lemmas.values()]
        codes += [c for r in self.refinements for c in (r.from_code, r.to)]
        for code in codes:
            if code not in self.labels:
                raise ValueError(f"unknown CAMEO code {code!r} (not in labels)")
        for name in [self.contact.phone_pattern, *(n for r in self.refinements for n in r.all)]:
            if name not in self.patterns:
                raise ValueError(f"unknown pattern {name!r} (not in patterns)")
        return self

    @cached_property
    def compiled(self) -> dict[str, re.Pattern[str]]:
        return {name: re.compile(p, re.I) for name, p in self.patterns.items()}


class ReportingVerbs(_Section):
    verbs: tuple[ReportingVerb, ...]

    @field_validator("verbs")
    @classmethod
    def _unique(cls, verbs: tuple[ReportingVerb, ...]) -> tuple[ReportingVerb, ...]:
        seen: set[str] = set()
        for v in verbs:
            if v.lemma in seen:
                raise ValueError(f"{v.lemma}: listed twice")
            seen.add(v.lemma)
        return verbs

    @cached_property
    def by_lemma(self) -> dict[str, ReportingVerb]:
        return {v.lemma: v for v in self.verbs}

    def _where(self, flag: str) -> Words:
        return frozenset(v.lemma for v in self.verbs if getattr(v, flag))

    @cached_property
    def all(self) -> Words:
        return frozenset(self.by_lemma)

    @cached_property
    def speech(self) -> Words:
        return frozenset(v.lemma for v in self.verbs if v.verb_class == "speech")

    @cached_property
    def needs_clause(self) -> Words:
        return self._where("needs_clause")

    @cached_property
    def clause_only(self) -> Words:
        return self._where("clause_only")

    @cached_property
    def directive(self) -> Words:
        return self._where("directive")

    @cached_property
    def addressee(self) -> Words:
        return self._where("addressee")

    @cached_property
    def topic_only(self) -> Words:
        return self._where("topic_only")

    @cached_property
    def event(self) -> Words:
        return self._where("event")

    @cached_property
    def cameo(self) -> dict[str, str]:
        return {v.lemma: v.cameo for v in self.verbs if v.cameo is not None}


class GoesOn(_Section):
    verbs: Words
    particle: str


class CallFrame(_Section):
    addressee_preps: Words
    request_prep: str
    not_judging: Words
    criticism_particle: str


class DirectiveFrame(_Section):
    addressee_preps: Words
    infinitive_marker: str


class According(_Section):
    word: str
    particle: str
    cue: str


class Account(_Section):
    preposition: str
    complementizer: str
    opinion_nouns: Words = frozenset()


class PutIt(_Section):
    verb: str
    object: str
    mark: str


class WordsOf(_Section):
    preposition: str
    noun: str
    owner: str


class MakeClear(_Section):
    verb: str
    predicates: Words
    objects: Words = frozenset()


class SaidNouns(_Section):
    nouns: Words
    owner_preps: Words


class StrandedClause(_Section):
    complementizer: str
    path_deps: Words
    content_nouns: Words
    # "said in a statement it had imposed …" (no "that"): the verbs of making the document itself
    # ("a statement it issued", "an interview he gave the BBC"), whose clause only describes it
    making_verbs: Words = frozenset()


class PassiveAgent(_Section):
    prep: str
    not_acts: Words
    # "the ambassador was summoned to the foreign ministry": with no agent, the body the verb's place
    # names acted
    place_verbs: Words = frozenset()
    place_preps: Words = frozenset()
    place_subjects: Words = frozenset()  # who must have been summoned: an envoy
    place_bodies: Words = frozenset()  # the bodies a place may name


class ReadoutPassive(_Section):
    """ "It was agreed to maintain dialogue", "the importance of X was noted": a readout's passive with
    no agent speaks for the party that spoke or met last, this many paragraphs back at most."""

    verbs: Words
    paragraphs: int = Field(default=1, ge=0)


class ReportedBack(_Section):
    """ "This was stated by X": the subjects that refer to the sentence before, and the opening that
    shows it before the parse."""

    subjects: Words
    pattern: Pattern
    min_words: int = Field(default=5, ge=1)  # the sentence before is one of at least this many words

    @cached_property
    def rx(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


class VerbFrames(_Section):
    modals: Words
    raising_heads: Words
    quoted_as_verbs: Words
    reported_as_verbs: Words = frozenset()  # "reported X as saying": X, only through "as saying"
    passive_agent: PassiveAgent
    infinitive_complement_verbs: Words = frozenset()
    anonymity_verbs: Words
    # "prompting Quito to declare …": verbs whose object does what their infinitive says (it was done)
    causative_heads: Words = frozenset()
    # "briefed reporters on condition of anonymity": a preposition and noun that state the source's condition, not a topic
    anonymity_condition: tuple[str, str] = ("on", "condition")
    # "Kral, for his part, said …": a preposition and noun that turn to the next speaker, no topic
    turn_phrase: tuple[str, str] = ("for", "part")
    goes_on: GoesOn
    call: CallFrame
    directive: DirectiveFrame
    content_preps: Words
    setting_preps: Words = frozenset()  # "At the forum, X said …": an opening phrase's place or occasion
    # "informed the ambassadors of measures taken": what an addressee verb told, hung on its addressee
    addressee_topic_preps: Words = frozenset()
    gerund_preps: Words = frozenset()
    none_determiners: Words = frozenset()
    according: According
    account: Account
    subordinators: Words
    negating_preps: Words = frozenset()  # "without offering evidence": the act the gerund names was not done
    reported_back: ReportedBack | None = None  # "This was stated by X": the sentence before is X's
    readout_passive: ReadoutPassive | None = None  # "It was agreed to …" in a readout: the last party's
    question_marks: Words = frozenset()  # "declined to say whether X …": an embedded question asserts nothing
    framing_participles: Words
    stranded_clause: StrandedClause
    conditional_marks: Words
    said_nouns: SaidNouns
    # "…, a demand Ukraine has rejected": a noun summing up the clause before, reacted to by a speaker
    reaction_nouns: Words = frozenset()
    put_it: PutIt
    words_of: WordsOf
    make_clear: MakeClear
    # "Rights groups voiced caution": an act whose words make a span shorter than this reads from its subject
    min_act_chars: int = 0


class Counterparts(_Section):
    preps: Words
    noun_preps: Words
    noun_party_preps: Words
    noun_party_verbs: Words
    topic_preps: Words
    topic_prep: str
    manner_nouns: Words
    object_verbs: Words
    guest_participles: Words = frozenset()  # "met with visiting Minister X": X, read as the gerund's object


class Signing(_Section):
    verbs: Words
    documents: Words
    partner_preps: Words
    # "signed a joint declaration": documents that count only with one of these modifiers
    joint_documents: Words = frozenset()
    joint_modifiers: Words = frozenset()
    # "put their signatures to a treaty": a verb, its object and the preposition of the document
    signature_verbs: Words = frozenset()
    signature_nouns: Words = frozenset()
    signature_preps: Words = frozenset()


class Gathering(_Section):
    verbs: Words
    particle: str


class NounFrame(_Section):
    nouns: Words
    between: str
    with_: str = Field(alias="with")
    realis_preps: Words
    purpose_prep: str
    unreal_modifiers: Words
    unreal_heads: Words
    # "Talks between A and B were held in Geneva", "the first meeting of A and B took place in New York":
    # the noun as the subject of a verb saying the event happened (a lemma; "take" with `place`), and
    # the prepositions that name its parties there
    happened_verbs: Words = frozenset()
    happened_passive: Words = frozenset()
    took_place: tuple[str, str] = ("take", "place")
    subject_party_preps: Words = frozenset()


class Telling(_Section):
    """ "X informed Y about the deal in a phone call": verbs that address a party, and the prepositions
    of the contact noun (call, meeting …) in which it was done."""

    verbs: Words = frozenset()
    preps: Words = frozenset()


class Remote(_Section):
    """ "X, who joined the envoys by videoconference": verbs of taking part, the prepositions of the means and
    the means (by their lemma or a compound word) that make taking part from afar a contact."""

    verbs: Words = frozenset()
    preps: Words = frozenset()
    media: Words = frozenset()


class Welcoming(_Section):
    """ "X welcomed Y to the capital": verbs whose object is a visitor received when a place follows one of
    these prepositions (a host's contact with the visitor, not praise of them)."""

    verbs: Words = frozenset()
    preps: Words = frozenset()
    memberships: Words = frozenset()  # "welcomed Y to the alliance": admitted as a member, no visit


class Contacts(_Section):
    verbs: Words
    noun_only_verbs: Words
    # "X called Y to congratulate him": a noun-only verb with a party for object and one of these
    # purposes after it is a phone call all the same
    call_purposes: Words = frozenset()
    # "Qatar mediated between A and B": verbs that report a contact only with a counterpart, never by a
    # plural subject alone ("Qatar and Egypt mediated the truce": co-mediators, no contact between them)
    counterpart_verbs: Words = frozenset()
    # "the two sides reviewed relations", "They reviewed …": verbs that report a contact only with a
    # subject that stands for the parties (a joint mention or "they"), never named ones ("In his account,
    # A and B reviewed …" is what a speaker told of their talks)
    joint_only_verbs: Words = frozenset()
    light_verbs: Words
    nouns: Words
    audience_nouns: Words
    irrealis_heads: Words
    unrealised_adverbs: Words = frozenset()  # "have yet to hold talks": not held
    counterparts: Counterparts
    plural_words: Words
    signing: Signing
    gathering: Gathering
    particle_verbs: dict[str, str]
    object_pairs: dict[str, Words]
    measure_nouns: Words
    noun_frame: NounFrame
    pair_hyphens: Words = frozenset()
    # "Lopes chaired a four-way meeting of …": light verbs whose contact noun needs no named counterpart
    chair_verbs: Words = frozenset()
    telling: Telling = Field(default_factory=lambda: Telling())
    remote: Remote = Field(default_factory=lambda: Remote())
    welcoming: Welcoming = Field(default_factory=lambda: Welcoming())


class GroupWords(_Section):
    heads: Words
    nouns: Words
    joint_nouns: Words  # "the two sides", "the leaders": the parties named together just before
    counted_joint_nouns: Words = frozenset()  # "both officials", "the two authorities": joint only when counted
    counted_modifiers: Words = frozenset()  # "the two top diplomats": adjectives a counted joint noun may carry
    joint_determiners: Words  # "the", "both": a definite group, not "some leaders"
    pair_nouns: Words = frozenset()  # "the pair", "the duo": a singular noun for the two just named
    state_nouns: Words  # "the three countries": only states can be the parties
    # "his government", "her administration": the state of the person the sentence named before it
    possessed_governments: Words = frozenset()
    joint_titles: Words = frozenset()  # "the two heads of state": a title with its complement, as a joint noun
    joint_of_nouns: Words = frozenset()  # "the ministries of the two countries": a body of a joint mention
    person_nouns: Words = frozenset()  # "the two leaders": only people can be the parties
    # "a meeting of Turkish, U.S. and Ukrainian delegations … The three sides": nouns (lemmas) whose
    # coordinated state words are the parties
    party_nouns: Words = frozenset()
    # "the head of the Russian delegation, X": a delegation (these nouns) speaks by its head (these)
    delegation_nouns: Words = frozenset()
    delegation_head_nouns: Words = frozenset()
    # "Mongolia attaches importance to its relations with China": a standing tie with another state
    # (these nouns) names no act of both, so no pair for a later "both sides"
    tie_nouns: Words = frozenset()


class Speakers(_Section):
    person_titles: Words
    honorific_heads: Words = frozenset()
    generic_titles: Words = frozenset()
    loose_titles: Words = frozenset()  # "Russian leader X": no post a bare "the president" could not mean
    relative_post: str = r"^who\s+(?:is|was)\s+"  # "X, who was nominated as Y,": Y describes X
    name_suffixes: Words = frozenset()  # "Biden, Jr.": a suffix after a name's comma, no name itself
    state_kinds: Words = frozenset()  # "the Kingdom": a state the article named, by the kind of state it is
    state_form_words: Words = frozenset()  # "Republic", "Kingdom": left out of a title before a name
    body_voice_titles: Words = frozenset()
    background_marks: Words = frozenset()  # "after X claimed …": X speaks in the background
    empty_subjects: Words = frozenset()  # "It came as X led …": no one's clause
    alternative_conjunctions: Words = (
        frozenset()
    )  # "A or B": one party named twice  # "the official": the body that spoke last, with no person before
    data_nouns: Words = frozenset()
    outlet_nouns: Words = frozenset()  # "a newspaper said": an outlet that carries what others did
    institution_nouns: Words
    sentence_openers: Words = frozenset()  # "But Del Rosario said": no part of the name after them
    short_states: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # "the North" → "North Korea"
    # "the delegation, headed by X", "X led the delegation": each verb of leading (lemma) with its participle
    leading_verbs: dict[str, str] = Field(default_factory=dict)
    partitive_heads: Words = frozenset()  # "one of the sources said": a part of a group that can speak
    seat_verbs: Words = frozenset()  # "a group based in X": where a body sits places it
    referring_groups: Words = frozenset()  # "…, the group said": the body the clause named
    collective_nouns: Words
    document_nouns: Words
    relay_nouns: Words = frozenset()  # "the presidency said Macron stressed …": the principal's words
    relaying_bodies: Words = frozenset()  # "the ministry said Wang Yi had emphasised …": Wang Yi's
    representing_verbs: Words = frozenset()  # "X, representing North Korea, said": X speaks for it
    relaying_sources: Words = frozenset()  # "X told Y …, government sources said": X's words
    relayed_view_verbs: Words = frozenset()  # "I can tell you that he believes …": a view passed on is voiced
    salient_titles: Words = frozenset()  # a bare "the president": the article's main holder of the title
    # a bare post of organisations ("the Secretary-General"): the nearest organisation named before that
    # has it, else the organisation the post alone stands for
    organisation_posts: dict[str, str] = Field(default_factory=dict)
    # forms of address and their abbreviations ("His Excellency" after "HE Sheikh X")
    honorific_abbreviations: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Words of the posts that speak for a principal ("spokesman", "press secretary", "chief cabinet secretary"):
    # their account of the principal's call is that call, not their own statement
    briefer_words: Words = frozenset()
    # "the Prime CS", "the MOS": words a post written by its initials may spell, besides person titles
    post_initial_words: Words = frozenset()
    # "the prime minister", "the foreign minister": words before a title that say which post it is; the
    # person who spoke under that post, not another minister who spoke since
    post_modifiers: Words = frozenset()
    # Abbreviated titles the tokenizer must keep whole ("Amb. Kabiru Bala"): its own list lacks them, so
    # "The High Commissioner, Amb." ended a sentence and cut the title from the name
    title_abbreviations: tuple[str, ...] = ()
    # words before a body's noun that do not say which body ("the government agency", "the state body")
    generic_body_words: Words = frozenset()
    # prepositions the tagger reads as a capitalised name opening a sentence ("Via Twitter, the ministry said")
    fronted_prepositions: Words = frozenset()
    salience_ratio: float = 1.3
    account_nouns: Words
    group: GroupWords
    name_preps: Words
    title_to_prep: str
    to_posts: Words = frozenset()  # "the Kenyan mission to the UN": posts whose "to" phrase says which
    title_of_prep: str
    title_chain_preps: Words
    owner_preps: Words
    carrier_verbs: Words = frozenset()  # "a statement carried by KCNA": the outlet carried it, did not issue it
    # "a resolution presented by Peru and Ecuador": the sponsors, the issuer only when no adopter is named
    sponsor_verbs: Words = frozenset()
    # "The text reiterates …": a noun for any document, the last one the article named
    any_document_nouns: Words = frozenset()
    adopted_documents: Words = frozenset()  # "adopted a resolution": documents a body adopts
    # "the Lisbon Declaration", "The Charter": capitalised, these nouns head a document's own name
    named_document_nouns: Words = frozenset()
    # "X and Y signed the Charter": the verbs whose subject issued a named document ("welcomed" is not one)
    issuing_verbs: Words = frozenset()
    # "X welcomed (dismissed, described) the communiqué": verbs of one who reacted to a document, not its issuer
    reaction_verbs: Words = frozenset()
    party_preps: Words = frozenset()  # "the accord between X and Y": the parties, the first one first
    # "the summit", "the ASEAN Foreign Ministers' Meeting": a meeting speaks for the body whose members met
    meeting_nouns: Words = frozenset()
    meeting_words: Words = frozenset()  # "Leaders", "Foreign Ministers'": words naming who met, not the body
    indefinite_determiners: Words
    place_preps: Words
    name_links: Words = frozenset()  # "of" in "Economic Community of West African States (ECOWAS)"
    leading_determiners: tuple[str, ...]
    quantifiers: tuple[str, ...]
    home_min_mentions: int = Field(ge=1)  # an article's most named country counts from this many mentions
    home_target_words: Words = frozenset()  # "action against Russia": a country after these is acted on
    home_other_side_nouns: Words = frozenset()  # "his Jordanian counterpart": a country of the other side
    # Two-letter web domains that are not a country's press ("example.io", "example.tv")
    home_vanity_domains: Words = frozenset()
    home_government_domains: dict[str, str] = Field(default_factory=dict)
    home_government_labels: Words = frozenset()
    home_mission_labels: Words = frozenset()  # "chinese-embassy.org.uk": the mission's state, not its host's
    # Words of outlets' names a generic web address makes with a state's name ("nationthailand")
    home_host_words: Words = frozenset()
    home_hub_cities: Words = frozenset()
    counted_plural_openers: Words = frozenset()
    outlet_verbs: Words = frozenset()
    # "opposition leader X", "opposition lawmakers": the side that answers a state's government
    home_opposition_words: Words = frozenset()
    # "Finance Minister X", "Vice President X": a government's own posts, which a national outlet
    # writes bare for its own state's holders
    home_outlet_posts: Words = frozenset()

    @cached_property
    def actor_nouns(self) -> Words:
        """Nouns that can be the source of a statement without a name."""
        return (
            self.person_titles
            | self.generic_titles
            | self.institution_nouns
            | self.collective_nouns
            | self.document_nouns
        )

    @cached_property
    def leading_rx(self) -> re.Pattern[str]:
        return re.compile(rf"^({'|'.join(map(re.escape, self.leading_determiners))})\s+", re.I)

    @cached_property
    def quantifier_rx(self) -> re.Pattern[str]:
        return re.compile(rf"^({'|'.join(map(re.escape, self.quantifiers))})\s+", re.I)

    @cached_property
    def relative_post_rx(self) -> re.Pattern[str]:
        return re.compile(self.relative_post, re.I)


class Pronouns(_Section):
    personal: dict[str, Literal["person", "thing", "plural"]]
    relative: Words
    relative_subjects: Words
    plural_subjects: Words
    relative_owners: Words = frozenset()  # "the minister, whose government asked": the subject is the minister's
    not_speakers: Words = frozenset()  # "Not everyone welcomed the deal": nobody in particular
    not_speaker_determiners: Words = frozenset()  # "Neither side mentioned X", "No official said": nobody
    first_person: Words = frozenset()  # "I can tell you that he …": the one speaking, never an actor's name
    demonstratives: Words = frozenset()  # "This follows a statement by X, objecting to …": a thing, no speaker
    # "Spokesman Ivo Brandt: … I can tell you": a paragraph's opening label, whose "I" it is (group "label")
    label_pattern: str = r"(?!)"

    @cached_property
    def label_rx(self) -> re.Pattern[str]:
        return re.compile(self.label_pattern)

    @cached_property
    def of_kind(self) -> dict[str, Words]:
        """'person' → {he, she, his, her}, and so on."""
        kinds: dict[str, set[str]] = {}
        for word, kind in self.personal.items():
            kinds.setdefault(kind, set()).add(word)
        return {k: frozenset(v) for k, v in kinds.items()}


class QuoteMarks(_Section):
    double_marks: str
    open_only: str
    close_only: str
    left_context: str
    continuation_marks: str
    quote_labels: Words = frozenset()  # "Quote: “…”": a paragraph label that hands the quote to the last speaker
    single_pattern: Pattern
    dash_open_pattern: Pattern
    dash_close_pattern: Pattern
    dash_attribution_words: int = Field(ge=1)
    dash_attribution_end_pattern: Pattern
    dash_narration_pattern: Pattern = "(?!)"  # an unclosed dash before narration: no quotation
    dash_speaker_words: Words = frozenset()  # words that make such a paragraph someone's speech after all
    attribution_bars: str = ""
    attribution_bar_cue: str = "say"
    name_word_pattern: Pattern
    name_small_words: Words
    min_speech_words: int = Field(ge=1)
    marks: str

    @cached_property
    def double_rx(self) -> re.Pattern[str]:
        return re.compile(f"[{re.escape(self.double_marks)}]")

    @cached_property
    def single_rx(self) -> re.Pattern[str]:
        return re.compile(self.single_pattern)

    @cached_property
    def dash_open_rx(self) -> re.Pattern[str]:
        return re.compile(self.dash_open_pattern)

    @cached_property
    def dash_close_rx(self) -> re.Pattern[str]:
        return re.compile(self.dash_close_pattern)

    @cached_property
    def dash_attribution_end_rx(self) -> re.Pattern[str]:
        return re.compile(self.dash_attribution_end_pattern)

    @cached_property
    def dash_narration_rx(self) -> re.Pattern[str]:
        return re.compile(self.dash_narration_pattern)

    @cached_property
    def name_word_rx(self) -> re.Pattern[str]:
        return re.compile(self.name_word_pattern)

    @cached_property
    def mark_set(self) -> frozenset[str]:
        return frozenset(self.marks)


class DatelineForm(_Section):
    """One form of a dateline: the names of the pieces it joins (see `Datelines`)."""

    place: str
    end: str
    indent: bool = False  # blank space may come before the place
    region: str | None = None
    date: str | None = None
    agency: str | None = None


class Datelines(_Section):
    """The pieces a dateline is read from, and the forms that join them (furniture.yaml `dateline`;
    read by app/pipeline/extract/dateline.py)."""

    places: dict[str, Pattern]
    regions: dict[str, Pattern] = Field(default_factory=dict)
    dates: dict[str, Pattern] = Field(default_factory=dict)
    agencies: dict[str, Pattern] = Field(default_factory=dict)
    ends: dict[str, Pattern]
    forms: dict[str, DatelineForm]
    min_place: int = Field(ge=0)  # the letters of an undated dateline's place at least ("EU —" is none)
    city_window: int = Field(default=0, ge=0)  # the first paragraphs where a city's colon dateline may stand
    # a syndicator's credit in brackets before any dateline ("(MENAFN- Kuwait News Agency (KUNA)) ")
    syndication: Pattern | None = None

    @model_validator(mode="after")
    def _known_pieces(self) -> Datelines:
        for name, form in self.forms.items():
            for kind, piece, pieces in [
                ("place", form.place, self.places),
                ("region", form.region, self.regions),
                ("date", form.date, self.dates),
                ("agency", form.agency, self.agencies),
                ("end", form.end, self.ends),
            ]:
                if piece is not None and piece not in pieces:
                    raise ValueError(f"dateline form {name}: unknown {kind} {piece!r}")
            try:
                re.compile(self.pattern(name))
            except re.error as exc:
                raise ValueError(f"dateline form {name}: its pieces do not join: {exc}") from None
        return self

    def pattern(self, name: str) -> str:
        """The form's regular expression: `^`, blank space if `indent`, the place, then its region,
        date and agency, each optional in the text, then its end (required)."""
        form = self.forms[name]
        parts = ["^", f"(?:{self.syndication})?" if self.syndication else ""]
        parts += [r"\s*" if form.indent else "", f"(?P<place>{self.places[form.place]})"]
        if form.region:
            parts.append(f"(?:{self.regions[form.region]})?")
        if form.date:
            parts.append(f"(?P<date>{self.dates[form.date]})?")
        if form.agency:
            parts.append(f"(?P<agency>{self.agencies[form.agency]})?")
        parts.append(f"(?:{self.ends[form.end]})")
        return "".join(parts)

    @cached_property
    def forms_rx(self) -> dict[str, re.Pattern[str]]:
        return {name: re.compile(self.pattern(name)) for name in self.forms}


class FurniturePattern(_Section):
    pattern: Pattern
    ignore_case: bool = True


class Furniture(_Section):
    patterns: tuple[FurniturePattern, ...]
    credit_pattern: Pattern
    terminal_pattern: Pattern
    quote_openers: str
    max_heading_words: int = Field(ge=0)
    max_caps_share: float = Field(gt=0, le=1)
    dateline: Datelines
    sentence_break_pattern: Pattern
    # A line that ends with a photo credit in brackets is a caption as a whole, all its sentences
    # ("X meets Y in Beijing, Dec. 5. (Xinhua/Li Xiang)"), up to this many words.
    caption_credit_pattern: Pattern | None = None
    max_caption_words: int = Field(default=45, ge=0)
    # A photo caption in the present tense closed by the picture's full date, as a whole line.
    dated_caption_pattern: Pattern | None = None
    # A photo caption in the present tense closed by a bare agency credit in brackets ("(SPA)").
    present_caption_pattern: Pattern | None = None
    # A line holding HTML markup residue ('<a href=…'): furniture as a whole line.
    markup_pattern: Pattern | None = None
    # The label of a block of links to other stories; the unterminated lines after it are their headlines.
    related_labels: Words = frozenset()
    max_related_words: int = Field(default=20, ge=0)

    @cached_property
    def sentence_break_rx(self) -> re.Pattern[str]:
        return re.compile(self.sentence_break_pattern)

    @cached_property
    def furniture_rx(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p.pattern, re.I if p.ignore_case else 0) for p in self.patterns)

    @cached_property
    def credit_rx(self) -> re.Pattern[str]:
        return re.compile(self.credit_pattern)

    @cached_property
    def markup_rx(self) -> re.Pattern[str] | None:
        return re.compile(self.markup_pattern, re.I) if self.markup_pattern else None

    @cached_property
    def caption_credit_rx(self) -> re.Pattern[str] | None:
        return re.compile(self.caption_credit_pattern, re.I) if self.caption_credit_pattern else None

    @cached_property
    def dated_caption_rx(self) -> re.Pattern[str] | None:
        return re.compile(self.dated_caption_pattern) if self.dated_caption_pattern else None

    @cached_property
    def present_caption_rx(self) -> re.Pattern[str] | None:
        return re.compile(self.present_caption_pattern) if self.present_caption_pattern else None

    @cached_property
    def terminal_rx(self) -> re.Pattern[str]:
        return re.compile(self.terminal_pattern)


class Dates(_Section):
    weekdays: tuple[str, ...] = Field(min_length=7, max_length=7)
    months: tuple[str, ...] = Field(min_length=12, max_length=12)
    weekday_prefixes: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    relative_days: dict[str, int]

    @staticmethod
    def _alt(words) -> str:
        return "|".join(re.escape(w) for w in words)

    @cached_property
    def day_month_rx(self) -> re.Pattern[str]:
        mon, suf = self._alt(self.months), self._alt(self.ordinal_suffixes)
        return re.compile(rf"\b(\d{{1,2}})(?:{suf})?\s+({mon})(?:,?\s+(\d{{4}}))?\b", re.I)

    @cached_property
    def month_day_rx(self) -> re.Pattern[str]:
        mon, suf = self._alt(self.months), self._alt(self.ordinal_suffixes)
        return re.compile(rf"\b({mon})\s+(\d{{1,2}})(?:{suf})?(?:,?\s+(\d{{4}}))?\b", re.I)

    @cached_property
    def weekday_rx(self) -> re.Pattern[str]:
        pre, days = self._alt(self.weekday_prefixes), self._alt(self.weekdays)
        return re.compile(rf"\b(?:{pre})?\s*({days})\b", re.I)

    @cached_property
    def relative_rx(self) -> re.Pattern[str]:
        return re.compile(rf"\b({self._alt(self.relative_days)})\b", re.I)


class Inflection(_Section):
    suffixes: tuple[str, ...]
    stem_suffixes: tuple[str, ...]
    undoubled_after: str
    doubled_suffixes: tuple[str, ...]
    y_suffixes: tuple[str, ...]


class CueWords(_Section):
    inflection: Inflection
    irregular_forms: Words


class Transcripts(_Section):
    """Briefing and interview transcripts (`transcripts.yaml`)."""

    label_pattern: Pattern
    question_labels: Words
    asker_words: Words
    unnamed_labels: Words
    answer_hosts: Words
    not_speakers: Words
    min_turns: int = Field(ge=2)
    min_answer_words: int = Field(ge=1)
    honorifics: Words
    outlets: Words
    outlet_words: Words
    question_marks: Words
    question_closers: Words
    refusals: Words
    refusal_max_words: int = Field(ge=1)
    quote_refusals: Words = frozenset()  # a quote anywhere that only declines ("No comment.")
    quote_refusal_max_words: int = Field(default=14, ge=1)
    refusal_breaks: Words = frozenset()  # "I won't comment, but …": says something after all
    closing_window: int = Field(ge=1)

    @field_validator("label_pattern")
    @classmethod
    def _label_group(cls, pattern: str) -> str:
        if "label" not in re.compile(pattern).groupindex:
            raise ValueError("label_pattern lacks the named group 'label'")
        return pattern

    def label_of(self, m: re.Match[str]) -> tuple[str, int]:
        """The label a match of `label_pattern` found and where it starts (group "label", else "bare")."""
        group = "label" if m.group("label") else "bare"
        return m.group(group), m.start(group)

    @cached_property
    def label_rx(self) -> re.Pattern[str]:
        return re.compile(self.label_pattern)


class TopBand(_Section):
    """Which statements may reach the top band (`confidence.yaml`)."""

    floor: float = Field(gt=0, lt=1)  # the top band's lowest confidence
    below: float = Field(gt=0, lt=1)  # what a statement outside the gate is held to at most
    any_of: Words  # signals of which one must be present
    none_of: Words  # signals none of which may be present


class Confidence(_Section):
    """The signals a statement's confidence reads (`confidence.yaml`); their weights are fitted
    (`confidence_model.yaml`)."""

    hows: Words  # ways a speaker is found that are signals of their own (attribution.py's `how`)
    own_verbs: Words  # cue verbs weighed on their own rather than with their class
    hung_deps: Words
    far_chars: int = Field(ge=1)
    before_chars: int = Field(ge=1)
    top_band: TopBand


class ConfidenceModel(_Section):
    """A logistic model over the named signals of `confidence.py`, written by
    `bench/fit_confidence.py`; a signal without a weight counts 0."""

    fitted_on: str
    statements: int = Field(ge=1)
    correct_share: float = Field(gt=0, lt=1)  # of the statements fitted on
    unseen_share: float = Field(gt=0, lt=1)  # on news not tuned on: the intercept is moved to it
    intercept: float
    weights: dict[str, float]


class ExtractLexicon(BaseModel):
    """Every word list and pattern of the extract stage, for one language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cameo: Cameo
    reporting_verbs: ReportingVerbs
    verb_frames: VerbFrames
    contacts: Contacts
    speakers: Speakers
    pronouns: Pronouns
    quotes: QuoteMarks
    furniture: Furniture
    dates: Dates
    cue_words: CueWords
    transcripts: Transcripts
    confidence: Confidence
    confidence_model: ConfidenceModel

    @field_validator("reporting_verbs")
    @classmethod
    def _known_codes(cls, verbs: ReportingVerbs, info: ValidationInfo) -> ReportingVerbs:
        cameo = info.data.get("cameo")
        if cameo is not None:
            for v in verbs.verbs:
                for code in [v.cameo, *v.objects.values()]:
                    if code is not None and code not in cameo.labels:
                        raise ValueError(f"{v.lemma}: unknown CAMEO code {code!r} (not in cameo.yaml)")
        return verbs

    def _forms(self, lemma: str) -> set[str]:
        """Inflected forms of a lemma for the pre-filter (over-generation is harmless)."""
        inf = self.cue_words.inflection
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        out = {lemma} | {lemma + s for s in inf.suffixes} | {stem + s for s in inf.stem_suffixes}
        if lemma[-1] not in inf.undoubled_after:
            out |= {lemma + lemma[-1] + s for s in inf.doubled_suffixes}
        if lemma.endswith("y"):
            out |= {lemma[:-1] + s for s in inf.y_suffixes}
        return out

    @cached_property
    def cue_rx(self) -> re.Pattern[str]:
        """Any word that could start a statement or a contact: paragraphs without
        one (and without a quotation mark) are not parsed."""
        c = self.contacts
        words = set(self.cue_words.irregular_forms) | {self.verb_frames.according.word}
        for lemma in (
            self.reporting_verbs.all
            | c.verbs
            | c.signing.verbs
            | c.gathering.verbs
            | set(c.particle_verbs)
            | set(c.object_pairs)
        ):
            words |= self._forms(lemma)
        words |= c.nouns
        words |= self.verb_frames.account.opinion_nouns  # "In his view, …"
        words |= c.signing.signature_verbs | c.telling.verbs  # "put their signatures to", "informed X in a call"
        for lemma in c.remote.verbs | c.welcoming.verbs:  # "joined the envoys by videoconference", "welcomed X to"
            words |= self._forms(lemma)
        alt = alternation(words)  # a trie of the ~1,000 words: the longest-first list was slow
        return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)
