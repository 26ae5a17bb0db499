"""Title and institution phrases → role codes and institution types.

Why regexes over normalised text: the phrases are few and formulaic
("foreign minister", "top diplomat", "head of diplomacy", "Secretary of
State", "Ministry of Foreign Affairs and International Cooperation"), and
the resolver removes the country words first, so what is left is matched
whole ("defence ministry", "officials") or searched ("spokesperson").
All functions take text already passed through `normalize.norm`.
"""

from __future__ import annotations

import re

PRONOUNS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "his",
        "hers",
        "its",
        "their",
        "our",
        "who",
        "whom",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "himself",
        "herself",
        "themselves",
        "itself",
        "me",
        "my",
    }
)
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "some",
        "several",
        "many",
        "most",
        "various",
        "certain",
        "other",
        "two",
        "three",
        "four",
        "five",
        "both",
        "all",
        "its",
        "their",
        "his",
        "her",
    }
)
INDEFINITE = frozenset({"a", "an", "one", "some", "several", "certain", "various", "many"})
# Words that say "a title", never part of a person's name.
TITLE_WORDS = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "ministers",
        "foreign",
        "defence",
        "defense",
        "secretary",
        "general",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokesmen",
        "spokespeople",
        "chief",
        "head",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "director",
        "deputy",
        "ambassador",
        "envoy",
        "special",
        "representative",
        "high",
        "commissioner",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "prince",
        "crown",
        "sheikh",
        "premier",
        "chancellor",
        "leader",
        "supreme",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "colonel",
        "maj",
        "major",
        "adm",
        "admiral",
        "marshal",
        "field",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "mayor",
        "former",
        "acting",
        "interim",
        "state",
        "of",
        "the",
        "for",
        "and",
        "affairs",
        "external",
        "top",
        "diplomat",
        "diplomacy",
        "ministry",
        "office",
        "department",
        "information",
        "interior",
        "trade",
        "economy",
        "finance",
        "justice",
        "press",
        "speaker",
        "national",
        "security",
        "adviser",
        "advisor",
        "official",
        "officials",
        "spokes",
        "person",
        "commander",
        "army",
        "military",
        "opposition",
        "party",
        "presidential",
        "government",
        "sir",
        "lord",
        "dame",
        "his",
        "her",
        "excellency",
        "hon",
        "honourable",
        "rev",
        "cardinal",
        "pope",
        "patriarch",
        "president-elect",
        "elect",
        "new",
        "outgoing",
        "incoming",
        "then",
        "ex",
        "late",
        "assistant",
        "under",
        "undersecretary",
        "negotiator",
        "delegate",
        "counterpart",
        "mp",
        "lawmaker",
        "member",
        "senior",
        "junior",
        "first",
        "lady",
        "commission",
        "council",
        "agency",
        "ceo",
        "executive",
    }
)
# Generic heads that, alone, name no one in particular ("the two sides").
GENERIC_ONLY = frozenset(
    {
        "side",
        "sides",
        "country",
        "countries",
        "nation",
        "nations",
        "party",
        "parties",
        "minister",
        "ministers",
        "leader",
        "leaders",
        "president",
        "presidents",
        "official",
        "statement",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "sources",
        "source",
        "two",
        "both",
        "neighbours",
        "neighbors",
        "pair",
        "delegations",
        "governments",
        "capitals",
        "counterparts",
        "counterpart",
        "men",
        "women",
        "duo",
        "chief",
        "head",
        "secretary",
        "prime",
        "foreign",
        "defence",
        "defense",
        "of",
        "state",
        "general",
        "premier",
        "chancellor",
        "envoy",
        "diplomat",
        "diplomats",
        "ambassador",
        "foreign minister",
    }
)
COLLECTIVE = frozenset(
    {
        "group",
        "groups",
        "organisation",
        "organisations",
        "organization",
        "organizations",
        "sources",
        "source",
        "activists",
        "analysts",
        "experts",
        "residents",
        "media",
        "countries",
        "nations",
        "diplomats",
        "observers",
        "witnesses",
        "rebels",
        "militants",
        "protesters",
        "people",
        "critics",
        "officials",
        "campaigners",
        "watchdog",
        "ngo",
        "ngos",
        "charity",
        "charities",
        "community",
        "communities",
        "movement",
        "forces",
        "militia",
        "militias",
        "coalition",
        "alliance",
        "union",
        "unions",
        "association",
        "committee",
        "monitors",
        "monitor",
        "agencies",
        "survivors",
        "families",
        "lawmakers",
        "legislators",
        "opposition",
        "parties",
        "party",
        "front",
        "brigade",
        "brigades",
        "fighters",
        "insurgents",
        "scholars",
        "researchers",
        "economists",
        "investors",
        "traders",
        "negotiators",
        "mediators",
        "delegation",
        "delegates",
        "representatives",
        "members",
        "leaders",
        "elders",
        "clerics",
        "students",
        "workers",
        "farmers",
        "doctors",
        "journalists",
        "press",
    }
)
# Adjectives that do not change who speaks ("a senior Israeli official" = Israel).
QUALIFIERS = frozenset(
    {
        "senior",
        "high",
        "ranking",
        "high-ranking",
        "unnamed",
        "anonymous",
        "several",
        "other",
        "some",
        "many",
        "two",
        "three",
        "local",
        "regional",
        "federal",
        "unidentified",
    }
)

# Heads that make an unnamed, unresolved title a person ("the Saudi crown prince").
PERSON_HEADS = frozenset(
    {
        "minister",
        "president",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "envoy",
        "prince",
        "princess",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "chief",
        "secretary",
        "adviser",
        "advisor",
        "aide",
        "commander",
        "general",
        "governor",
        "mayor",
        "senator",
        "negotiator",
        "leader",
        "premier",
        "chancellor",
        "director",
        "chairman",
        "chairwoman",
        "chairperson",
        "head",
        "commissioner",
        "representative",
        "delegate",
        "speaker",
        "lawmaker",
        "official",
        "diplomat",
    }
)
INSTITUTION_HEADS = frozenset(
    {
        "ministry",
        "office",
        "department",
        "council",
        "commission",
        "agency",
        "committee",
        "parliament",
        "assembly",
        "court",
        "tribunal",
        "embassy",
        "mission",
        "service",
        "government",
        "cabinet",
        "army",
        "bank",
        "authority",
        "directorate",
        "secretariat",
        "presidency",
        "senate",
        "congress",
        "duma",
        "knesset",
        "navy",
        "guard",
        "police",
        "administration",
        "bureau",
        "board",
        "institute",
        "centre",
        "center",
        "fund",
        "programme",
        "program",
        "command",
        "headquarters",
        "staff",
    }
)
MEDIA_SUFFIX = re.compile(
    r"\s+(news agency|agency|news service|newspaper|daily|broadcaster|outlet|"
    r"channel|tv|television|radio|news|wire service|wire|website|portal|network)$"
)
MEDIA_PREFIX = re.compile(
    r"^(state run |state owned |state |official |private |independent )?"
    r"(news agency|agency|newspaper|daily|broadcaster|outlet|channel|tv|television|"
    r"radio|news outlet|media outlet|wire service)\s+"
)

# --- institutions --------------------------------------------------------
_FM = (
    r"foreign ministry|foreign affairs ministry|ministry (of|for) (\w+ (and )?)?foreign( and \w+)? affairs"
    r"( and [\w ]+)?|mfa|mofa|foreign office|diplomacy|ministry of external affairs|external affairs ministry|"
    r"ministry of foreign relations|foreign relations ministry|department of foreign affairs|foreign affairs "
    r"department|foreign affairs|state department|department of state|diplomatic service|foreign service|"
    r"mea|cancilleria|chancellery of foreign affairs"
)
_DM = (
    r"defen[cs]e ministry|ministry (of|for) (national )?defen[cs]e( [\w ]+)?|mod|defen[cs]e department|"
    r"department of (national )?defen[cs]e|national defen[cs]e ministry|war department|department of war|"
    r"war ministry|ministry of war|ministry of the armed forces|pentagon"
)
_PRESIDENCY = (
    r"presidency|presidential (office|administration|palace|executive office|apparatus)|"
    r"office of (the )?president|president office|administration of (the )?president|"
    r"presidential|head of state office"
)
_PM_OFFICE = (
    r"prime minister office|office of (the )?prime minister|pm office|prime ministerial office|"
    r"premier office|pmo|prime minister s office|chancellery|chancellor office|federal chancellery"
)
_STATE = (
    r"government|govt|authorities|authority|officials|official|leadership|administration|regime|state|"
    r"side|delegation|junta|military authorities|military government|military junta|transitional "
    r"government|interim government|federal government|national government|central government|"
    r"negotiators|negotiator|diplomats|diplomat|top brass|establishment|executive|rulers|"
    r"ruling junta|officialdom|capital"
)
_ARMED = r"military|army|armed forces|forces|troops|defen[cs]e forces|general staff|military command"
_CABINET = r"cabinet|council of ministers|cabinet of ministers"

INSTITUTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"^(?:{body})$"))
    for kind, body in (
        ("foreign_ministry", _FM),
        ("defence_ministry", _DM),
        ("presidency", _PRESIDENCY),
        ("pm_office", _PM_OFFICE),
        ("cabinet", _CABINET),
        ("armed_forces", _ARMED),
        ("state", _STATE),
    )
)
_FM_CONTEXT = re.compile(rf"\b(?:{_FM})\b")
_PRES_CONTEXT = re.compile(r"\b(presidential|presidency|president|kremlin|white house|elysee)\b")
_DM_CONTEXT = re.compile(rf"\b(?:{_DM})\b")


def institution_kind(rest: str) -> str | None:
    """What institution a country-less remainder names: "defence ministry" ->
    "defence_ministry", "officials" -> "state"; None when it names none."""
    rest = rest.strip()
    if not rest:
        return None
    for kind, pattern in INSTITUTION_PATTERNS:
        if pattern.match(rest):
            return kind
    return None


# --- roles ---------------------------------------------------------------
_BLOCK = re.compile(
    r"\b(deputy|vice|former|ex|assistant|under|undersecretary|shadow|late|junior|state secretary|"
    r"permanent secretary|principal secretary|first lady|elect|president elect|"
    r"envoy|ambassador|adviser|advisor|special representative|aide|assistant secretary|"
    r"parliamentary|opposition)\b"
)
_SPOKES = re.compile(
    r"\b(spokesperson|spokesman|spokeswoman|spokesmen|spokespeople|spokespersons|press secretary|"
    r"spokes person|press officer|mouthpiece)\b"
)
_FM_TITLE = re.compile(
    r"\b(foreign (affairs )?minister|minister (of|for) (\w+ (and )?)?foreign( and \w+)? affairs|"
    r"(external affairs|foreign relations) minister|minister (of|for) (external affairs|foreign "
    r"relations)|(top|chief) diplomat|head of (the )?(diplomacy|diplomatic service|foreign ministry)|"
    r"foreign policy chief|foreign affairs chief|foreign ministry chief|diplomacy chief)\b"
)
_SEC_STATE = re.compile(r"\bsecretary of state\b")
_FOREIGN_SEC = re.compile(r"\bforeign secretary\b")
_DM_TITLE = re.compile(
    r"\b(defen[cs]e (minister|secretary|chief)|minister (of|for) (national )?defen[cs]e|"
    r"secretary of (defen[cs]e|war)|war secretary|war minister|pentagon chief|minister of the "
    r"armed forces|armed forces minister)\b"
)
_HOG = re.compile(r"\b(prime minister|premier|chancellor|head of (the )?government|pm|taoiseach)\b")
_HOS = re.compile(
    r"\b(president|head of state|king|queen|emir|amir|sultan|supreme leader|monarch|"
    r"chairman of the presidential council)\b"
)
_LEADER = re.compile(r"\b(leader|ruler|strongman|head)\b")

# Where the head of government, not the head of state, leads: "Armenia's leader".
PARLIAMENTARY = frozenset(
    {
        "GB",
        "DE",
        "IT",
        "JP",
        "IN",
        "IL",
        "CA",
        "AU",
        "NZ",
        "ES",
        "NL",
        "BE",
        "SE",
        "NO",
        "DK",
        "IE",
        "GR",
        "HU",
        "CZ",
        "SK",
        "HR",
        "SI",
        "BG",
        "EE",
        "LV",
        "AT",
        "AM",
        "GE",
        "ET",
        "PK",
        "BD",
        "NP",
        "TH",
        "MY",
        "SG",
        "IQ",
        "XK",
        "AL",
        "MK",
        "ME",
        "MT",
        "LU",
        "IS",
        "LK",
        "PL",
        "PT",
        "FI",
    }
)
# International posts: org slug -> (role code, head phrases that name it).
ORG_ROLES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "united-nations": (("un_secretary_general", re.compile(r"^(secretary general|chief|head|boss|leader|sg)$")),),
    "european-union": (
        (
            "eu_high_representative",
            re.compile(
                r"^(top diplomat|chief diplomat|foreign policy chief|foreign affairs chief|foreign policy head|head of "
                r"diplomacy|high representative( for foreign affairs( and security policy)?)?|foreign minister|"
                r"foreign affairs head|diplomacy chief)$"
            ),
        ),
        (
            "european_commission_president",
            re.compile(r"^(commission (president|chief|head)|president of the commission)$"),
        ),
        ("european_council_president", re.compile(r"^(council (president|chief)|president of the council)$")),
    ),
    "european-commission": (("european_commission_president", re.compile(r"^(president|chief|head|boss|leader)$")),),
    "european-council": (("european_council_president", re.compile(r"^(president|chief|head|chair|chairman)$")),),
    "nato": (("nato_secretary_general", re.compile(r"^(secretary general|chief|head|boss|leader)$")),),
    "iaea": (("iaea_director_general", re.compile(r"^(director general|chief|head|boss|leader)$")),),
    "osce": (("osce_secretary_general", re.compile(r"^(secretary general|chief|head)$")),),
}
_HIGH_REP = re.compile(r"\bhigh representative of the union\b")


def blocked(text: str) -> bool:
    """Deputy, former, vice... titles never stand for the office holder."""
    return bool(_BLOCK.search(text))


def is_spokesperson(text: str) -> bool:
    return bool(_SPOKES.search(text))


def org_role(org_slug: str, rest: str) -> str | None:
    """The international post a remainder names for that organisation."""
    rest = rest.strip()
    if _HIGH_REP.search(rest):
        return "eu_high_representative"
    for code, pattern in ORG_ROLES.get(org_slug, ()):
        if pattern.match(rest):
            return code
    return None


def state_role(text: str, country: str | None, context: str | None = None) -> str | None:
    """Role code a national title names ("foreign minister" -> foreign_minister).

    `context` is the institution type met in the mention ("foreign_ministry"
    for "Foreign Ministry spokesperson", "presidency" for "Kremlin
    spokesman"); `country` the ISO code, which settles "Secretary of State"
    (US only) and "Foreign Secretary" (the UK's minister, India's top civil
    servant)."""
    if not text or blocked(text):
        return None
    if _SPOKES.search(text):
        if context == "foreign_ministry" or _FM_CONTEXT.search(text):
            return "foreign_ministry_spokesperson"
        if context == "presidency" or _PRES_CONTEXT.search(text):
            return "presidential_spokesperson"
        return None
    if _FM_TITLE.search(text):
        return "foreign_minister"
    if _SEC_STATE.search(text):
        return "foreign_minister" if country in (None, "US") else None
    if _FOREIGN_SEC.search(text):
        return "foreign_minister" if country in (None, "GB") else None
    if _DM_TITLE.search(text):
        return "defence_minister"
    if context == "foreign_ministry" and re.search(r"\b(chief|head|minister)\b", text):
        return "foreign_minister"
    if context == "defence_ministry" and re.search(r"\b(chief|head|minister)\b", text):
        return "defence_minister"
    if _HOG.search(text):
        if re.search(r"\bchancellor\b", text) and country not in (None, "DE", "AT"):
            return None
        return "head_of_government"
    if _HOS.search(text):
        return "head_of_state"
    if _LEADER.search(text) and context is None:
        return "head_of_government" if country in PARLIAMENTARY else "head_of_state"
    return None


def default_country(text: str) -> str | None:
    """The country a title implies on its own ("Secretary of State": US)."""
    if _SEC_STATE.search(text) and not blocked(text):
        return "US"
    if _FOREIGN_SEC.search(text) and not blocked(text):
        return "GB"
    return None


# Plural heads → singular, so "defence ministers of Russia and Armenia" reads
# like "defence minister of Russia".
_SINGULAR = {
    "ministers": "minister",
    "ministries": "ministry",
    "presidents": "president",
    "leaders": "leader",
    "governments": "government",
    "offices": "office",
    "spokespersons": "spokesperson",
    "spokesmen": "spokesman",
    "spokeswomen": "spokeswoman",
    "premiers": "premier",
    "diplomats": "diplomat",
    "secretaries": "secretary",
    "chiefs": "chief",
    "heads": "head",
    "departments": "department",
}


def singular(text: str) -> str:
    return " ".join(_SINGULAR.get(t, t) for t in text.split())
