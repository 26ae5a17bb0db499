"""Generate `seeds/actors/states.yaml` from the country tables.

Why generated: the states (every ISO 3166-1 entry, plus Kosovo and
Somaliland) share one shape, and their names, capitals and codes must agree
with `countries.py`; a test checks the YAML against these tables.  Run
`python -m app.pipeline.resolve.states_seed > seeds/actors/states.yaml`
after editing `country_data.py` or the tables below.

Wikidata ids were checked against a published country→QID table and left out
where unsure (French overseas regions, uninhabited territories).
"""

from __future__ import annotations

import datetime as dt
import sys

import yaml

from .countries import Countries, all_codes, capitals_of, names_of, short_name
from .normalize import kebab

# Metonyms we give to another actor (Brussels = the EU) or that name a part
# of the state rather than its government.
NOT_STATE_ALIASES = frozenset(
    {
        "Brussels",
        "Gaza",
        "Gaza Strip",
        "Kurdistan Region",
        "Kurdistan Region of Iraq",
        "Iraqi Kurdistan",
        "West Bank",
        "Korea",
        "Emirates",
        "Palestinian Territories",
        "Palestinian territories",
        "Occupied Palestinian Territory",
    }
)

WIKIDATA: dict[str, str] = {
    "AD": "Q228",
    "AE": "Q878",
    "AF": "Q889",
    "AG": "Q781",
    "AI": "Q25228",
    "AL": "Q222",
    "AM": "Q399",
    "AO": "Q916",
    "AR": "Q414",
    "AS": "Q16641",
    "AT": "Q40",
    "AU": "Q408",
    "AW": "Q21203",
    "AX": "Q5689",
    "AZ": "Q227",
    "BA": "Q225",
    "BB": "Q244",
    "BD": "Q902",
    "BE": "Q31",
    "BF": "Q965",
    "BG": "Q219",
    "BH": "Q398",
    "BI": "Q967",
    "BJ": "Q962",
    "BL": "Q25362",
    "BM": "Q23635",
    "BN": "Q921",
    "BO": "Q750",
    "BR": "Q155",
    "BS": "Q778",
    "BT": "Q917",
    "BW": "Q963",
    "BY": "Q184",
    "BZ": "Q242",
    "CA": "Q16",
    "CC": "Q36004",
    "CD": "Q974",
    "CF": "Q929",
    "CG": "Q971",
    "CH": "Q39",
    "CI": "Q1008",
    "CK": "Q26988",
    "CL": "Q298",
    "CM": "Q1009",
    "CN": "Q148",
    "CO": "Q739",
    "CR": "Q800",
    "CU": "Q241",
    "CV": "Q1011",
    "CW": "Q25279",
    "CX": "Q31063",
    "CY": "Q229",
    "CZ": "Q213",
    "DE": "Q183",
    "DJ": "Q977",
    "DK": "Q35",
    "DM": "Q784",
    "DO": "Q786",
    "DZ": "Q262",
    "EC": "Q736",
    "EE": "Q191",
    "EG": "Q79",
    "EH": "Q6250",
    "ER": "Q986",
    "ES": "Q29",
    "ET": "Q115",
    "FI": "Q33",
    "FJ": "Q712",
    "FK": "Q9648",
    "FM": "Q702",
    "FO": "Q4628",
    "FR": "Q142",
    "GA": "Q1000",
    "GB": "Q145",
    "GD": "Q769",
    "GE": "Q230",
    "GG": "Q25230",
    "GH": "Q117",
    "GI": "Q1410",
    "GL": "Q223",
    "GM": "Q1005",
    "GN": "Q1006",
    "GQ": "Q983",
    "GR": "Q41",
    "GS": "Q35086",
    "GT": "Q774",
    "GU": "Q16635",
    "GW": "Q1007",
    "GY": "Q734",
    "HK": "Q8646",
    "HN": "Q783",
    "HR": "Q224",
    "HT": "Q790",
    "HU": "Q28",
    "ID": "Q252",
    "IE": "Q27",
    "IL": "Q801",
    "IM": "Q9676",
    "IN": "Q668",
    "IQ": "Q796",
    "IR": "Q794",
    "IS": "Q189",
    "IT": "Q38",
    "JE": "Q785",
    "JM": "Q766",
    "JO": "Q810",
    "JP": "Q17",
    "KE": "Q114",
    "KG": "Q813",
    "KH": "Q424",
    "KI": "Q710",
    "KM": "Q970",
    "KN": "Q763",
    "KP": "Q423",
    "KR": "Q884",
    "KW": "Q817",
    "KY": "Q5785",
    "KZ": "Q232",
    "LA": "Q819",
    "LB": "Q822",
    "LC": "Q760",
    "LI": "Q347",
    "LK": "Q854",
    "LR": "Q1014",
    "LS": "Q1013",
    "LT": "Q37",
    "LU": "Q32",
    "LV": "Q211",
    "LY": "Q1016",
    "MA": "Q1028",
    "MC": "Q235",
    "MD": "Q217",
    "ME": "Q236",
    "MG": "Q1019",
    "MH": "Q709",
    "MK": "Q221",
    "ML": "Q912",
    "MM": "Q836",
    "MN": "Q711",
    "MO": "Q14773",
    "MP": "Q16644",
    "MQ": "Q17054",
    "MR": "Q1025",
    "MS": "Q13353",
    "MT": "Q233",
    "MU": "Q1027",
    "MV": "Q826",
    "MW": "Q1020",
    "MX": "Q96",
    "MY": "Q833",
    "MZ": "Q1029",
    "NA": "Q1030",
    "NC": "Q33788",
    "NE": "Q1032",
    "NF": "Q31057",
    "NG": "Q1033",
    "NI": "Q811",
    "NL": "Q55",
    "NO": "Q20",
    "NP": "Q837",
    "NR": "Q697",
    "NU": "Q34020",
    "NZ": "Q664",
    "OM": "Q842",
    "PA": "Q804",
    "PE": "Q419",
    "PF": "Q30971",
    "PG": "Q691",
    "PH": "Q928",
    "PK": "Q843",
    "PL": "Q36",
    "PM": "Q34617",
    "PN": "Q35672",
    "PR": "Q1183",
    "PS": "Q219060",
    "PT": "Q45",
    "PW": "Q695",
    "PY": "Q733",
    "QA": "Q846",
    "RO": "Q218",
    "RS": "Q403",
    "RU": "Q159",
    "RW": "Q1037",
    "SA": "Q851",
    "SB": "Q685",
    "SC": "Q1042",
    "SD": "Q1049",
    "SE": "Q34",
    "SG": "Q334",
    "SH": "Q192184",
    "SI": "Q215",
    "SK": "Q214",
    "SL": "Q1044",
    "SM": "Q238",
    "SN": "Q1041",
    "SO": "Q1045",
    "SR": "Q730",
    "SS": "Q958",
    "ST": "Q1039",
    "SV": "Q792",
    "SX": "Q26273",
    "SY": "Q858",
    "SZ": "Q1050",
    "TC": "Q18221",
    "TD": "Q657",
    "TG": "Q945",
    "TH": "Q869",
    "TJ": "Q863",
    "TK": "Q36823",
    "TL": "Q574",
    "TM": "Q874",
    "TN": "Q948",
    "TO": "Q678",
    "TR": "Q43",
    "TT": "Q754",
    "TV": "Q672",
    "TW": "Q865",
    "TZ": "Q924",
    "UA": "Q212",
    "UG": "Q1036",
    "US": "Q30",
    "UY": "Q77",
    "UZ": "Q265",
    "VA": "Q237",
    "VC": "Q757",
    "VE": "Q717",
    "VG": "Q25305",
    "VI": "Q11703",
    "VN": "Q881",
    "VU": "Q686",
    "WF": "Q35555",
    "WS": "Q683",
    "XK": "Q1246",
    "YE": "Q805",
    "YT": "Q17063",
    "ZA": "Q258",
    "ZM": "Q953",
    "ZW": "Q954",
}

# Slugs other registry files use for the state itself (a role held "for" it).
SLUG_ALIASES: dict[str, list[str]] = {"CN": ["china-presidency"]}

# States renamed in English usage: the name a story of that time uses, until the day of the change
# (the registry names a body as it was called on the article's day).
FORMER_NAMES: dict[str, list[dict]] = {
    "MK": [{"name": "Macedonia", "until": dt.date(2019, 2, 12)}],
    "SZ": [{"name": "Swaziland", "until": dt.date(2018, 4, 19)}],
    "TR": [{"name": "Turkey", "until": dt.date(2022, 6, 1)}],
}

# Not in ISO 3166-1: self-declared, unrecognised, no country code.
EXTRA_STATES = [
    {
        "slug": "somaliland",
        "name": "Somaliland",
        "kind": "state",
        "country": None,
        "aliases": ["Republic of Somaliland", "Government of Somaliland", "Hargeisa"],
    },
]


def state_records(countries: Countries) -> list[dict]:
    out = []
    for code in sorted(all_codes(), key=lambda c: kebab(short_name(c) or c)):
        name = short_name(code) or code
        aliases = [n for n in names_of(code)[1:] + capitals_of(code) if n not in NOT_STATE_ALIASES]
        aliases.append(f"Government of {countries.with_article(name)}")
        rec = {"slug": kebab(name), "name": name, "kind": "state", "country": code}
        if code in WIKIDATA:
            rec["wikidata"] = WIKIDATA[code]
        rec["aliases"] = list(dict.fromkeys(a for a in aliases if a != name))
        if code in SLUG_ALIASES:
            rec["slug_aliases"] = SLUG_ALIASES[code]
        if code in FORMER_NAMES:
            rec["former_names"] = FORMER_NAMES[code]
        out.append(rec)
    return out + EXTRA_STATES


HEADER = (
    "# States: every ISO 3166-1 entry plus Kosovo (XK) and Somaliland (no code).\n"
    "# Generated by `python -m app.pipeline.resolve.states_seed`; edit country_data.py, then regenerate.\n"
)


class _FlowList(list):
    """Alias lists print on one line, like the other registry files."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def dump_actors(records: list[dict], header: str = "") -> str:
    """YAML text for a list of actor dicts (aliases in flow style, blank line between actors)."""
    chunks = []
    for rec in records:
        rec = {k: (_FlowList(v) if k in ("aliases", "slug_aliases") else v) for k, v in rec.items()}
        chunks.append(yaml.dump([rec], Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000))
    return header + "\n".join(chunks)


def dump(countries: Countries) -> str:
    return dump_actors(state_records(countries), HEADER + "\n")


if __name__ == "__main__":
    from app.lang import load_lexicon

    sys.stdout.write(dump(Countries(load_lexicon().resolve.countries)))
