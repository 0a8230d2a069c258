"""The household rules without a database: name keys, which names may link files, households from
links, and the household's money counting each person once."""

from decimal import Decimal

from charity_desk.domain.household_links import (
    FileMoney,
    ListedMember,
    household_money,
    households,
    links_by_name,
    name_key,
    person_keys,
)


def test_spellings_of_one_name_share_a_key():
    assert name_key("نورة عبد الله العتيبي") == name_key("نوره عبدالله عتيبي") == name_key("  نُورة  عبدالله العتيبى ")
    assert name_key("سعد محمد الشمري") != name_key("سعد محمد العنزي")


def test_a_registered_person_answers_to_the_full_name_and_first_father_family():
    keys = person_keys("سعد", "محمد", "علي", "الشمري")
    assert keys == {name_key("سعد محمد علي الشمري"), name_key("سعد محمد الشمري")}
    assert name_key("سعد الشمري") not in keys  # two words are many people


def test_only_names_of_three_words_or_more_link_files():
    assert links_by_name(name_key("سعد محمد الشمري"))
    assert not links_by_name(name_key("سعد الشمري")) and not links_by_name("")


def test_households_are_the_files_reachable_through_links():
    assert households([(5, 3), (3, 9), (7, 8)]) == {3: 3, 5: 3, 9: 3, 7: 7, 8: 7}
    assert households([]) == {}


def test_the_household_money_counts_each_person_once():
    files = [FileMoney(1, Decimal("3000")), FileMoney(2, Decimal("1000"))]
    members = [
        ListedMember(1, "نورة عبدالله العتيبي", "", Decimal("1000"), is_file=2),  # she is file 2
        ListedMember(1, "منيرة سعد الشمري", "", Decimal("0"), None),
        ListedMember(2, "منيره سعد الشمري", "", Decimal("200"), None),  # the same daughter, another spelling
        ListedMember(2, "فهد سعد الشمري", "1000010031", Decimal("500"), None),
        ListedMember(1, "فهد", "1000010031", Decimal("0"), None),  # the same son by his ID
    ]
    money = household_money(files, members)
    assert (money.size, money.total_income, money.income_per_person) == (4, Decimal("4700.00"), Decimal("1175.00"))
