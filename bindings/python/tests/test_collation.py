"""Name normalisation, Ukrainian collation and search keys."""

import pytest

from ejournal import (Collator, InvalidError, NormalizedName, latin_search_key, normalize_name,
                      search_key)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "\u2018", "`", "\u02bb"])
def test_every_apostrophe_becomes_the_modifier_letter(apostrophe):
    assert normalize_name(f"Мар{apostrophe}яна").text == "Мар\u02bcяна"


def test_dashes_spaces_and_nfc():
    assert normalize_name("\u00a0Петренко\u2013Сидоренко \u2003 Олена ") == NormalizedName(
        "Петренко-Сидоренко Олена", 4)
    assert normalize_name("\u0418\u0306осип") == NormalizedName("Йосип", 0)


def test_look_alikes_strict_and_lenient():
    with pytest.raises(InvalidError, match="Latin letter 'I' \\(U\\+0049\\) in the Cyrillic "
                                           "word 'Iван'"):
        normalize_name("Iван")
    assert normalize_name("Iванна Пeтренко", lenient=True) == NormalizedName("Іванна Петренко", 2)
    assert normalize_name("Ivan").text == "Ivan"


def test_controls_and_bad_text_are_rejected():
    with pytest.raises(InvalidError, match="control character U\\+0009 at byte offset 4"):
        normalize_name("Ян\tПетро")
    with pytest.raises(InvalidError, match="'text' is longer than 1024 bytes"):
        search_key("я" * 513)
    with pytest.raises(TypeError):
        search_key(None)


def test_the_alphabet_and_apostrophes():
    collator = Collator()
    names = ["Ярема", "Їжак", "Ґава", "Євген", "Гава", "Ірина", "Йосип", "Ігор", "Ирод", "Єва",
             "Ева"]
    assert sorted(names)[0] == "Єва"  # code-point order puts Є first
    assert sorted(names, key=collator.sort_key) == [
        "Гава", "Ґава", "Ева", "Єва", "Євген", "Ирод", "Ігор", "Ірина", "Їжак", "Йосип", "Ярема"]
    assert sorted(["Мар’яна", "Марта", "Мар'яна", "Марина"], key=collator.sort_key) == [
        "Марина", "Марта", "Мар’яна", "Мар'яна"]
    assert collator.compare("Г", "Ґ") == -1
    assert collator.compare("Мар'яна", "Марʼяна") == 0
    assert collator.compare("Яна", "Іван") == 1


def test_names_order_by_parts_then_id():
    collator = Collator()
    people = [("Шевчук", "Анна", None, 1), ("Шевченко", "Юрій", "", 2),
              ("Шевченко", "Іван", "Петрович", 9), ("Шевченко", "Іван", "Петрович", 3)]
    ordered = sorted(people, key=lambda p: collator.name_sort_key(*p))
    assert [p[3] for p in ordered] == [3, 9, 2, 1]
    with pytest.raises(TypeError):
        collator.name_sort_key("Ян", "Ян", None, -1)


def test_search_keys():
    assert search_key("мар'яна") == search_key("МАР’ЯНА") == search_key("Марʼяна") == "мар\u02bcяна"
    assert latin_search_key("Kyiv") == latin_search_key("Київ") == "kyiv"
