"""The official Ukrainian → Latin transliteration and login names."""

import pytest

import ejournal
from ejournal import InvalidError, login_from_name, transliterate


@pytest.mark.parametrize("ukrainian, latin", [
    ("Згорани", "Zghorany"), ("Розгон", "Rozghon"), ("Знам'янка", "Znamianka"),
    ("Київ", "Kyiv"), ("Миколаїв", "Mykolaiv"), ("Олексій", "Oleksii"), ("Юрій", "Yurii"),
    ("Наталія", "Nataliia"), ("Єнакієве", "Yenakiieve"), ("Їжакевич", "Yizhakevych"),
    ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"), ("Корюківка", "Koriukivka"),
    ("Яготин", "Yahotyn"), ("Костянтин", "Kostiantyn"), ("Щербухи", "Shcherbukhy"),
    ("Ґалаґан", "Galagan"), ("Гадяч", "Hadiach"), ("ЩУКА", "SHCHUKA"), ("Щука", "Shchuka"),
    ("Щербак", "Shcherbak"), ("ЩЕРБАК", "SHCHERBAK"), ("ЄВГЕН", "YEVHEN")])
def test_official_examples(ukrainian, latin):
    assert transliterate(ukrainian) == latin


def test_the_toolchain_sentence():
    assert transliterate("Згорани Ґудзь Їжак Євген Ірина Щербак Мар'яна Юрій Йосип Лук'янчук "
                         "Святослав Запоріжжя") == (
        "Zghorany Gudz Yizhak Yevhen Iryna Shcherbak Mariana Yurii Yosyp Lukianchuk Sviatoslav "
        "Zaporizhzhia")


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "\u2018", "`", "\u02bb"])
def test_every_apostrophe_is_dropped(apostrophe):
    assert transliterate(f"Мар{apostrophe}яна") == "Mariana"


def test_nfc_first_and_other_characters_pass_through():
    assert transliterate("\u0418\u0306осип") == "Yosyp"
    assert transliterate("Lviv 2024, №5") == "Lviv 2024, №5"
    assert transliterate("") == ""


@pytest.mark.parametrize("surname, given_name, separator, login", [
    ("Лук'янчук", "Мар'яна", ".", "mariana.lukianchuk"),
    ("Петренко-Сидоренко", "Олексій", ".", "oleksii.petrenko-sydorenko"),
    ("Яготин", "Іван", "-", "ivan-yahotyn"),
    ("Ді Марко", "Анна", "", "annadimarko"),
    ("Щербак", "", ".", "shcherbak")])
def test_logins(surname, given_name, separator, login):
    assert login_from_name(surname, given_name, separator) == login


def test_login_defaults_to_a_dot_and_is_cut_to_64_bytes():
    assert login_from_name("Щербак", "Євген") == "yevhen.shcherbak"
    assert len(login_from_name("Щербак" * 20, "Ян")) == 64


def test_bad_input_names_the_value():
    with pytest.raises(InvalidError, match="no letter or digit remains.*'ёё'") as error:
        login_from_name("ёё", "")
    assert error.value.code == ejournal.InvalidError.status
    with pytest.raises(InvalidError, match="separator '_'"):
        login_from_name("Щербак", "Ян", "_")
    with pytest.raises(InvalidError, match="'text' is longer than 65536 bytes"):
        transliterate("a" * 65537)
    with pytest.raises(InvalidError, match="'surname' is longer than 1024 bytes"):
        login_from_name("я" * 513, "Ян")
    with pytest.raises(InvalidError, match="given_name is not valid Unicode text"):
        login_from_name("Щербак", "\ud800")
    with pytest.raises(InvalidError, match="text contains a NUL"):
        transliterate("Київ\0")
    with pytest.raises(TypeError, match="surname must be a str"):
        login_from_name(None, "Ян")
