"""A registry for the resolver tests: the real non-person seeds plus a small
set of people written here, so the tests do not depend on seeds/actors/people.yaml
(maintained separately)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.config import Settings
from app.lang import load_lexicon
from app.lang.resolve_schema import ResolveLexicon
from app.pipeline.resolve.countries import Countries
from app.pipeline.resolve.loader import load_records, load_registry
from app.pipeline.resolve.record import actor_from_dict
from app.pipeline.resolve.registry import Registry
from app.pipeline.resolve.resolver import Resolver

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "actors"
OWN_FILES = ("states.yaml", "institutions.yaml", "organisations.yaml", "media.yaml")

PEOPLE_YAML = """
- slug: antony-blinken
  name: Antony Blinken
  kind: person
  country: US
  aliases: [Blinken, Tony Blinken]
  roles:
    - {role: foreign_minister, title: Secretary of State, organisation: united-states-department-of-state, country: US, start: 2021-01-26, end: 2025-01-20}
- slug: marco-rubio
  name: Marco Rubio
  kind: person
  country: US
  aliases: [Rubio]
  roles:
    - {role: foreign_minister, title: Secretary of State, organisation: united-states-foreign-ministry, country: US, start: 2025-01-21, end: null}
- slug: joe-biden
  name: Joe Biden
  kind: person
  country: US
  aliases: [Biden]
  roles:
    - {role: head_of_state, title: President of the United States, country: US, start: 2021-01-20, end: 2025-01-20}
- slug: jake-sullivan
  name: Jake Sullivan
  kind: person
  country: US
  aliases: [Sullivan]
  roles:
    - {role: other, title: National Security Advisor, country: US, start: 2021-01-20, end: 2025-01-20}
- slug: sergey-lavrov
  name: Sergey Lavrov
  kind: person
  country: RU
  parent: russia-foreign-ministry
  aliases: [Lavrov, Sergei Lavrov]
  roles:
    - {role: foreign_minister, title: Minister of Foreign Affairs, organisation: russia-foreign-ministry, country: RU, start: 2004-03-09, end: null}
- slug: maria-zakharova
  name: Maria Zakharova
  kind: person
  country: RU
  aliases: [Zakharova]
  roles:
    - {role: foreign_ministry_spokesperson, title: Director of the Information and Press Department, organisation: russia-foreign-ministry, country: RU, start: 2015-08-10, end: null}
- slug: dmitry-peskov
  name: Dmitry Peskov
  kind: person
  country: RU
  aliases: [Peskov]
  roles:
    - {role: presidential_spokesperson, title: Press Secretary of the President, organisation: russia-presidency, country: RU, start: 2012-05-22, end: null}
- slug: lin-jian
  name: Lin Jian
  kind: person
  country: CN
  roles:
    - {role: foreign_ministry_spokesperson, title: Spokesperson of the Ministry of Foreign Affairs, organisation: china-foreign-ministry, country: CN, start: 2024-01-01, end: null}
- slug: ararat-mirzoyan
  name: Ararat Mirzoyan
  kind: person
  country: AM
  aliases: [Mirzoyan]
  roles:
    - {role: foreign_minister, title: Minister of Foreign Affairs, organisation: armenia-foreign-ministry, country: AM, start: 2021-08-19, end: null}
- slug: nikol-pashinyan
  name: Nikol Pashinyan
  kind: person
  country: AM
  aliases: [Pashinyan]
  roles:
    - {role: head_of_government, title: Prime Minister, organisation: armenia-prime-ministers-office, country: AM, start: 2018-05-08, end: null}
- slug: jeyhun-bayramov
  name: Jeyhun Bayramov
  kind: person
  country: AZ
  aliases: [Bayramov]
  roles:
    - {role: foreign_minister, title: Minister of Foreign Affairs, country: AZ, start: 2020-07-16, end: null}
- slug: ilham-aliyev
  name: Ilham Aliyev
  kind: person
  country: AZ
  roles:
    - {role: head_of_state, title: President of Azerbaijan, country: AZ, start: 2003-10-31, end: null}
- slug: heydar-aliyev
  name: Heydar Aliyev
  kind: person
  country: AZ
  roles:
    - {role: head_of_state, title: President of Azerbaijan, country: AZ, start: 1993-06-15, end: 2003-10-31}
- slug: dmytro-kuleba
  name: Dmytro Kuleba
  kind: person
  country: UA
  aliases: [Kuleba]
  roles:
    - {role: foreign_minister, title: Minister of Foreign Affairs, country: UA, start: 2020-03-04, end: 2024-09-05}
- slug: andrii-sybiha
  name: Andrii Sybiha
  kind: person
  country: UA
  aliases: [Sybiha, Andriy Sybiha]
  roles:
    - {role: foreign_minister, title: Minister of Foreign Affairs, country: UA, start: 2024-09-05, end: null}
- slug: benjamin-netanyahu
  name: Benjamin Netanyahu
  kind: person
  country: IL
  aliases: [Netanyahu]
  roles:
    - {role: head_of_government, title: Prime Minister, organisation: israel-prime-ministers-office, country: IL, start: 2022-12-29, end: null}
- slug: antonio-guterres
  name: António Guterres
  kind: person
  country: null
  aliases: [Guterres]
  roles:
    - {role: un_secretary_general, title: Secretary-General of the United Nations, organisation: united-nations, country: null, start: 2017-01-01, end: null}
- slug: jens-stoltenberg
  name: Jens Stoltenberg
  kind: person
  country: NO
  roles:
    - {role: nato_secretary_general, title: Secretary General of NATO, organisation: nato, country: null, start: 2014-10-01, end: 2024-10-01}
- slug: mark-rutte
  name: Mark Rutte
  kind: person
  country: NL
  roles:
    - {role: head_of_government, title: Prime Minister, country: NL, start: 2010-10-14, end: 2024-07-02}
    - {role: nato_secretary_general, title: Secretary General of NATO, organisation: nato, country: null, start: 2024-10-01, end: null}
- slug: josep-borrell
  name: Josep Borrell
  kind: person
  country: null
  aliases: [Borrell]
  roles:
    - {role: eu_high_representative, title: High Representative of the Union for Foreign Affairs and Security Policy, organisation: european-union, country: null, start: 2019-12-01, end: 2024-11-30}
- slug: kaja-kallas
  name: Kaja Kallas
  kind: person
  country: null
  aliases: [Kallas]
  roles:
    - {role: eu_high_representative, title: High Representative of the Union for Foreign Affairs and Security Policy, organisation: european-union, country: null, start: 2024-12-01, end: null}
- slug: abdel-fattah-al-burhan
  name: Abdel Fattah al-Burhan
  kind: person
  country: SD
  aliases: [Burhan, al-Burhan]
  roles:
    - {role: head_of_state, title: Chairman of the Transitional Sovereignty Council, organisation: sudan-sovereignty-council, country: SD, start: 2019-08-21, end: null}
- slug: irfaan-ali
  name: Irfaan Ali
  kind: person
  country: GY
  aliases: [Mohamed Irfaan Ali, Ali]
  roles:
    - {role: head_of_state, title: President of Guyana, country: GY, start: 2020-08-02, end: null}
- slug: muse-bihi-abdi
  name: Muse Bihi Abdi
  kind: person
  country: null
  roles:
    - {role: other, title: President of Somaliland, organisation: somaliland, country: null, start: 2017-12-13, end: 2024-12-12}
"""


def people_records() -> list[dict]:
    return yaml.safe_load(PEOPLE_YAML)


@pytest.fixture(scope="session")
def own_actors():
    return load_records(SEEDS, exclude=[p.name for p in SEEDS.glob("*.yaml") if p.name not in OWN_FILES])


@pytest.fixture(scope="session")
def registry(own_actors) -> Registry:
    return Registry(list(own_actors) + [actor_from_dict(r, "test") for r in people_records()])


@pytest.fixture(scope="session")
def lexicon() -> ResolveLexicon:
    return load_lexicon().resolve


@pytest.fixture(scope="session")
def resolver(registry, lexicon) -> Resolver:
    return Resolver(registry, lexicon)


@pytest.fixture(scope="session")
def project_resolver(lexicon: ResolveLexicon) -> Resolver:
    """The resolver over the project's whole registry (people included)."""
    return Resolver(load_registry(Settings().actors_dir, strict=True), lexicon)


@pytest.fixture(scope="session")
def countries(lexicon) -> Countries:
    return Countries(lexicon.countries)
