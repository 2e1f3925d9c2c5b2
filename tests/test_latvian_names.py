"""Latvian forms of Russian-spelt Latvian names: rules, ranking data, authority file."""

from __future__ import annotations

import json

import pytest

from biblio.model import Entry, Person, Role, Text
from biblio.translit import latvian
from biblio.translit.authorities import find_authority, load_authorities
from biblio.translit.latvian import fold_latvian, latvian_candidates, latvian_form, latvian_initials, looks_latvian
from biblio.translit.variants import add_variants, latvian_variant


@pytest.mark.parametrize(
    "russian,latvian_",
    [
        ("Крастынь", "Krastiņš"),  # ы → i, нь → ņ, -š restored
        ("Рашкевиц", "Raškevics"),  # ш → š, -s restored after c
        ("Галинь", "Galiņš"),
        ("Рекшня", "Rekšņa"),  # ня → ņa
        ("Дзинтарс", "Dzintars"),  # дз is one Latvian sound, -s kept
        ("Самсон", "Samsons"),  # -s restored (confidence comes from the authority file)
        ("Берзинь", "Bērziņš"),  # long vowel from the name data
        ("Спрогис", "Sproģis"),  # г before и may be ģ
        ("Пельше", "Pelše"),  # ль before a consonant is a plain l
        ("Калнберзин", "Kalnbērziņš"),  # dropped soft sign, known name
    ],
)
def test_best_candidate(russian, latvian_):
    assert latvian_candidates(russian)[0].form == latvian_
    assert latvian_candidates(russian.upper())[0].form == latvian_.upper()


def test_rules_work_beyond_the_name_data():
    # None of these is in the shipped name list: the rules and the character model carry them.
    known = latvian.known_names("surnames")
    for form in ("raškevics", "rekšņa", "dzintars", "samsons"):
        assert form not in known
    assert latvian_form("Рашкевиц") == "Raškevics"
    assert latvian_form("Рекшня") == "Rekšņa"
    assert latvian_form("Дзинтарс") == "Dzintars"


def test_known_names_rank_first():
    ranked = latvian_candidates("Озолинь")
    assert ranked[0].form == "Ozoliņš" and ranked[0].known
    assert all(not c.known for c in ranked[1:]) or ranked[1].score <= ranked[0].score


@pytest.mark.parametrize("russian", ["Шестаков", "Капитанов", "Гродненский", "Богодистый", "Жуков", "Ивлев", "Юденков"])
def test_russian_names_get_no_latvian_form(russian):
    assert not looks_latvian(russian)
    assert latvian_form(russian) is None


def test_marks_of_latvian_spelling():
    assert looks_latvian("Крастынь") and looks_latvian("Рашкевиц") and looks_latvian("Дзинтарс")
    assert not looks_latvian("Самсон")  # nothing in the spelling says Latvian: the authority file does


def test_initials_in_latvian_spelling():
    assert latvian_initials("Я. П.") == "J. P."
    assert latvian_initials("Х.") == "H."
    assert latvian_initials("Ю. Ж.") == "J. Ž."


def test_fold_latvian():
    assert fold_latvian("Āboliņš Čakste Ģirts Ķēniņš Ļaviņš Šmits Žagars Ūdris Īle Ēriks") == (
        "Abolins Cakste Girts Kenins Lavins Smits Zagars Udris Ile Eriks"
    )


class TestAuthorities:
    def test_file_is_well_formed(self):
        from biblio.translit.authorities import authority_path

        data = json.loads(authority_path().read_text(encoding="utf-8"))
        ids = [p["id"] for p in data["people"]]
        assert len(ids) == len(set(ids)) >= 10
        for person in data["people"]:
            assert person["preferred"]["family"] and person["preferred"]["lang"] == "lv"
            assert all(form["lang"] for form in person["forms"])

    def test_samsons_as_the_article_says(self):
        record = find_authority("Самсон", "В. П.")
        assert record is not None and record.preferred == {"family": "Samsons", "given": "Vilis", "lang": "lv"}

    def test_initials_must_not_contradict(self):
        assert find_authority("Самсон", "А. Б.") is None
        assert find_authority("Самсон", "") is not None

    def test_sprogis_and_strods(self):
        assert find_authority("Спрогис", "А. К.").preferred["given"] == "Artūrs"
        assert find_authority("Strods", "Heinrihs").id == "strods-heinrihs"

    def test_other_file(self, tmp_path):
        path = tmp_path / "auth.json"
        path.write_text(json.dumps({"people": [{"id": "x", "preferred": {"family": "Ozols"}, "forms": [{"family": "Озолс"}]}]}))
        assert find_authority("Озолс", path=str(path)).id == "x"
        assert load_authorities(str(path))[0].preferred == {"family": "Ozols"}


class TestPersonVariants:
    def test_authority_wins_and_source_form_stays(self):
        person = Person(family="Самсон", initials="В. П.")
        entry = Entry(title=Text("Дружба народов победила"), persons=[person])
        add_variants(entry)
        assert person.family == "Самсон" and person.initials == "В. П."
        assert person.variants["lv"] == {"family": "Samsons", "given": "Vilis", "basis": "authority", "authority": "samsons-vilis"}
        assert person.variants["ala-lc"] == {"family": "Samson", "initials": "V. P."}
        assert person.variants["iso9"] == {"family": "Samson", "initials": "V. P."}

    def test_rules_variant_says_so(self):
        variant = latvian_variant(Person(family="Рашкевиц", initials="А. К."))
        assert variant == {"family": "Raškevics", "initials": "A. K.", "basis": "rules"}
        variant = latvian_variant(Person(family="Крастынь", initials="Я. П."))
        assert variant == {"family": "Krastiņš", "initials": "J. P.", "basis": "name-data"}

    def test_no_variant_for_russian_people_or_latin_script(self):
        assert latvian_variant(Person(family="Шестаков", initials="Н. С.")) is None
        assert latvian_variant(Person(family="Strods", given="Heinrihs")) is None
        assert latvian_variant(Person(literal="Институт истории АН СССР")) is None

    def test_editors_in_host_get_variants_too(self):
        from biblio.model import Host

        editor = Person(family="Жуков", initials="Е. М.", role=Role.EDITOR_IN_CHIEF)
        entry = Entry(title=Text("Партизанское движение"), host=Host(title=Text("Советская историческая энциклопедия"), persons=[editor]))
        add_variants(entry, ("bgn-pcgn",))
        assert editor.variants == {"bgn-pcgn": {"family": "Zhukov", "initials": "Ye. M."}}
        assert entry.host.title.romanized == {"bgn-pcgn": "Sovet·skaya istoricheskaya entsiklopediya"}
