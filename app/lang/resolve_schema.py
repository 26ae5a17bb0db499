"""The resolution half of a language pack: one field per file of `LANG/resolve/`.

Why pydantic models: the resolver turns these lists into sets and compiled
patterns once, at start-up; a misspelt key or a regex that does not compile
must stop the program there with the file and the field named (see
`app.lang.lexicon.load_lexicon`), not make the resolver quietly miss titles.
Pattern fields hold the pattern source; the resolve stage compiles them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.lang.fields import Pattern, Words


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MentionWords(_Section):
    """`mentions.yaml`: how a mention is cleaned and cut into determiner, title and name."""

    pronouns: Words  # never an actor on their own
    # "Monday's", "on 28 January", "March": a mention made only of these and weekdays (and determiners,
    # digits) names a day, never a speaker; a weekday after a name is dropped ("Tripoli Thursday")
    weekdays: Words = frozenset()
    time_words: Words = frozenset()
    determiners: Words  # stripped before lookups ("the", "two", "its")
    indefinite: Words  # "a", "some": no particular holder meant
    counting: Words  # "the two ...": place words do not make it specific
    # "Fourteen Palestinian factions", "12 opposition parties": a count opening a group's mention is no
    # part of the group's name (digits count too)
    count_words: Words = frozenset()
    leading: Pattern  # dropped from the front ("according to", "said")
    # "the Cuban-American senator": a demonym hyphened before one of these is the person's heritage,
    # not the state served (an American senator)
    heritage_demonyms: Words = frozenset()
    org_words: Words  # capitalised words that are organisation words, not names
    connectors: Words  # trimmed from the ends of what is left of a title
    joint: Pattern  # "X and Y": two parties
    anonymous_heads: Words  # "a Chilean diplomat": one unnamed person
    anonymous_links: Words  # "an official at/in/from ..."
    # "the Sultanate", "the Kingdom": a state named by its form of government alone, the article's state
    # when its official name has that word ("Sultanate of Oman")
    state_forms: Words = frozenset()
    group_heads: Words  # "an opposition group": a group, not an institution
    bare_rest: Words  # what may remain beside an institution: "ministry officials"
    group_place: Words  # "Albanians in (southern) Serbia": a group of a place speaks for that place
    compass: Words  # "southern", "north": describe a part of the place that follows
    state_namesake: Words  # before an organisation's name, a state's own body ("National Security Council")
    person_of: Pattern  # "Ana Lima of Chile", "X from the Y Institute": a person, then whom they belong to
    # "a diplomat based in Oslo, who asked not to be named": what an unnamed source's name drops
    relative_words: Words = frozenset()  # open a relative clause ("who asked …")
    participle_endings: tuple[str, ...] = ()  # a lower-case word so ending opens a participle phrase ("based in …")
    place_links: Words = frozenset()  # before a capitalised place: a place phrase ("in Oslo")
    stationed: Words = frozenset()  # "diplomats in Oslo": posted in the place, of no state it names
    partitive_words: Words = frozenset()  # "from one of the …": a complement naming some of a group names no one


class NameWords(_Section):
    """`names.yaml`: particles of personal names ("al-Burhan" is also "Burhan")."""

    particles: Words
    glued_particles: tuple[str, ...]  # "al-", "el-": a particle written onto the name
    # "bin", "ibn": a link to the father's name, dropped with it to find the short form ("Majed al-Ansari")
    patronymic_links: Words = frozenset()
    abbreviations: Words = frozenset()  # "Jr.", "Gen.": a full stop inside a name, not a sentence's end
    # states whose people's names are written family name first ("Kim Yo Jong" is "Kim")
    family_name_first: tuple[str, ...] = ()
    # a person introduced as another's relative ("first lady Emine Erdogan", "his son Hunter Biden"): a
    # bare surname the two share is not theirs while the other is met (`ActorLookup._met`)
    relatives: Words = frozenset()


class TitleWords(_Section):
    """`titles.yaml`: the words of titles, heads and collectives."""

    title_words: Words  # say "a title", never part of a person's name
    # "His Excellency", "H.E.", "Prof": forms of address before a name or a title, never part of
    # either ("Excellency Minister of State" is the Minister of State); phrases, normalised
    honorifics: Words = frozenset()
    generic_only: Words  # alone they name no one ("the two sides")
    collective: Words  # a group of people, never a name
    qualifiers: Words  # do not change who speaks ("a senior Israeli official")
    person_heads: Words  # an unnamed title that is one person ("the Saudi crown prince")
    institution_heads: Words  # an unnamed phrase that is a body ("the electoral commission")
    # bodies every state has, named "<body> of <state>" ("Kenya's Ministry of Mining"); a demonym
    # before any other body is part of its name ("the Ukrainian Institute of National Memory")
    state_pattern_heads: Words
    # the field or region of a post after its "for", never part of the holder's name ("Commissioner for
    # Neighbourhood and Enlargement Oliver Várhelyi", "Special Envoy for the Western Balkans Gabriel Escobar")
    post_fields: Words = frozenset()
    # roles and affiliations written capitalised before a name that are not titles of a state's
    # service ("Republican Congresswoman Ana Lima", "US Mediator Tom Reis"): never a word of the name
    name_prefix_words: Words = frozenset()
    # endings of words that are a portfolio's last word, never a surname ("Minister of Information and
    # National Orientation", "Adviser to the President on Policy Communication"), read only after a
    # person's title and a link word
    portfolio_endings: Words = frozenset()
    singular: dict[str, str]  # plural heads read as singular
    spokes_words: dict[str, str]  # spelling variants of "spokesperson"
    title_stopwords: Words  # ignored when matching a free title
    trailing_posts: Words = frozenset()  # a post alone after a full name: the parse's leftover, no family name
    # "The representative of the Russian Federation told the Council": at a meeting of states, a bare delegate
    # of a state speaks for that state
    state_delegates: Words = frozenset()
    media_suffix: Pattern  # "Tass news agency" -> "Tass"
    media_prefix: Pattern  # "state broadcaster RTS" -> "RTS"
    # "Egypt's state-affiliated Al-Zahra News", "the semi-official Tasnim news agency": words that
    # describe an outlet (group "state": it serves the state), read on the raw phrase
    media_descriptor: Pattern = r"(?!)"
    media_named_suffix: Pattern = r"(?!)"  # "Tasnim news agency": a suffix that makes an unknown name an outlet
    home_offices: Words  # "the president" alone: the article's state's holder of the office
    # ... and offices named so only in some states: "the Secretary" in a US text is the Secretary of State
    home_office_names: dict[str, dict[str, str]] = {}
    state_media: Pattern  # "state media", "the state-run broadcaster": the article's state's outlets
    home_blockers: Words  # a title with one of these serves no state ("the court's president")
    home_markers: Words  # a state's own body or legislature despite a blocker ("National Security Council")
    portfolio_heads: Words  # a post whose "of"/"for" words name its portfolio ("Minister for European Affairs")
    regnal_titles: Words  # "King Abdullah": only a person who held that title
    given_name_honorifics: Words = frozenset()  # "President Sheikh Mohamed": a given name after it
    given_name_offices: Words = frozenset()  # ... names a holder of one of these offices
    domestic_groups: Words  # a group of one country's politics or people ("rebel group", "tribal elders")
    state_service: Words  # a bare title with one of these serves a state ("a top minister", "the ministry of finance")
    org_heads: Words  # heads of any body ("director"): "director of <a name>" serves that body, no state
    other_state: Pattern  # "the leader of a small island nation": an unnamed state, not the article's
    unaffiliated: Pattern  # a post at a research or teaching body: the person speaks for no state
    # "UN Special Envoy on Myanmar": an international body's post whose states come only after these
    # words is about those states; its holder speaks for the body, no state
    international_post: Pattern | None = None
    # "the Secretary-General's Special Envoy for the Great Lakes region": the body's envoy, named by no state
    secretary_generals_envoy: Pattern | None = None
    post_topic_links: Words = frozenset()
    # "Ambassador to Chad", "the special envoy for Yemen": the place a post is held, not the state served
    posted_titles: Words = frozenset()
    posted_links: Words = frozenset()
    local_post_words: Words = frozenset()  # "oblast", "regional": words of a local post named by its city
    portfolio_links: Words = frozenset()  # "of", "on", "to": a portfolio's words run back over these to its title
    portfolio_joiners: Words = frozenset()  # "and": passed over, linking nothing by itself
    leader_government_words: Words = frozenset()  # "administration": a known leader's, of the leader's state
    # "an adviser to <a known person>": the person served, whose state the aide serves (group "whom")
    served: Pattern | None = None
    # "Donald Trump's hostage envoy": an aide title after a known person's name (the possessive is
    # gone once normalised), of that person's state
    aide_titles: Words = frozenset()


class InstitutionWords(_Section):
    """`institutions.yaml`: phrases naming a state's bodies, and their fall-backs."""

    bodies: dict[str, Pattern]  # institution type -> phrase (matched whole); first match wins
    presidency_context: Pattern  # words that place a spokesperson in the presidency
    slug_hint: str  # a slug containing this is a presidency ("kremlin-presidency")
    possessive_owner: Pattern  # "Pashinyan's office"
    owner_admin: Pattern  # "the Trump administration"
    owner_staff: Words  # what of an owner means their office, not their state
    # "the Taiwan Affairs Office", "the Mainland Affairs Council": a place before these words is
    # what the body deals with, not the state it belongs to
    subject_words: Words = frozenset()
    # "U.S. officials", "Jordanian diplomats": unnamed people of one state are a source as the
    # article names them (GUIDELINES: anonymous sources), of that state, not the state itself
    as_named: Words = frozenset()
    fallback: dict[str, str]  # role code -> institution type that speaks for it
    # institution type -> [the role code of the post it is the office of, a pattern of the post's titles]
    office_posts: dict[str, tuple[str, Pattern]] = {}
    generated: dict[str, tuple[str, str]]  # institution type -> (slug suffix, name pattern)
    # a narrower body -> the broader one that speaks for it where the registry has no such body
    # ("the Thai army" is the Royal Thai Army; the army of a state with no army listed is its armed forces)
    broader: dict[str, str] = {}
    generic_bodies: Pattern  # names every state's body has ("the Foreign Office"): the article's state's
    # "Iran's mission to the United Nations", "the Kenyan UN mission": a state's mission to an
    # organisation (what is left once both are read), and how it is named ({state}, {organisation})
    mission_to: Pattern = r"(?!)"
    mission_name: str = "Permanent Mission of {state} to the {organisation}"
    # "the Chinese embassy in Manila": a state's post in another (what is left once both are read),
    # named "<Post> of <state> in <host>" ({post}, {state}, {host})
    post_in: Pattern = r"(?!)"
    post_name: str = "{post} of {state} in {host}"
    # "a spokesperson for the Green party": an unnamed spokesperson speaks for whom they speak for (group "owner")
    spokesperson_for: Pattern = r"(?!)"
    # "an M23 spokesman": an unnamed spokesperson of a known armed group, party or movement named
    # before the title (group "owner") speaks for it, as "a spokesperson for M23" does
    # "an M23 spokesman", "a Chinese Ministry of Commerce spokesperson": group "owner" speaks
    unnamed_spokesperson: Pattern = r"(?!)"
    # "Ana Lima's Green Dawn party": a body named in its own right after its leader's possessive (groups
    # "owner", "name", "head"), is named by its own name
    own_named_group: Pattern = r"(?!)"


class OrgRole(_Section):
    code: str
    pattern: Pattern  # the head phrase, matched whole


class RoleWords(_Section):
    """`roles.yaml`: titles naming an office held on a date."""

    blocked: Pattern  # deputy, former, vice...: never the office holder
    spokesperson: Pattern
    foreign_minister: Pattern
    secretary_of_state: Pattern
    foreign_secretary: Pattern
    defence_minister: Pattern
    head_of_government: Pattern
    head_of_state: Pattern
    leader: Pattern
    ministry_head: Pattern  # "chief", "head", "minister" inside a ministry phrase
    chancellor: Pattern
    secretary_of_state_country: str
    foreign_secretary_country: str
    chancellor_countries: Words
    parliamentary: Words  # where "leader" means the head of government
    high_representative: Pattern
    organisations: dict[str, tuple[OrgRole, ...]]  # org slug -> its posts
    code_titles: dict[str, tuple[str, ...]]  # role code -> title words, for roles recorded as "other"
    # role codes whose title words name different posts ("president", "supreme leader"), not synonyms
    distinct_titles: frozenset[str] = frozenset()


class MemoryWords(_Section):
    """`memory.yaml`: heads that refer back to a body met earlier in the article."""

    back_references: dict[str, tuple[str, ...]]  # head -> the kinds it may mean
    loose: Words  # heads whose adjectives only describe ("the regional bloc")
    # "the diplomat": a role noun that refers back to the latest person introduced with any of these
    # title words (the noun itself always fits)
    role_nouns: dict[str, tuple[str, ...]] = {}


class CountryWords(_Section):
    """`countries.yaml`: how country names appear in running text."""

    blockers: tuple[str, ...]  # contain a country word but name no country
    dotted: dict[str, str]  # "U.S." -> "US"
    with_the: Words  # take "the" in "Government of the X"
    the_prefixes: tuple[str, ...]  # names starting so take "the" too
    regions: tuple[str, ...] = ()  # places that are no state ("the Middle East"): a post's place, no name


class ResolveLexicon(_Section):
    mentions: MentionWords
    names: NameWords
    titles: TitleWords
    institutions: InstitutionWords
    roles: RoleWords
    memory: MemoryWords
    countries: CountryWords
