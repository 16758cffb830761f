"""Names (ПІБ), gendered words, dates and counted nouns."""

import datetime

import pytest

import ejournal
from ejournal import (FullName, InvalidError, RangeError, format_count, format_date, format_name,
                      gender_word, guess_gender, parse_full_name)

ABSENCES = {"one": "пропуск", "few": "пропуски", "many": "пропусків"}


def test_parse_and_format():
    name = parse_full_name("Шевченко Тарас Григорович")
    assert name == FullName("Шевченко", "Тарас", "Григорович")
    assert format_name(name) == "Шевченко Тарас Григорович"
    assert format_name(name, "surname_initials") == "Шевченко Т. Г."
    assert format_name(name, "initials_surname") == "Т. Г. Шевченко"


def test_patronymic_is_optional_and_parts_are_normalised():
    name = parse_full_name("  Петренко-Коваль \t Мар\u2019яна ")
    assert name == FullName("Петренко-Коваль", "Мар\u02bcяна", None)
    assert format_name(name, "surname_initials") == "Петренко-Коваль М."
    assert format_name(FullName("Лук'янчук", "Ян"), "full") == "Лук\u02bcянчук Ян"
    assert parse_full_name("\u0418\u0306осипенко Ян").surname == "Йосипенко"


@pytest.mark.parametrize("word, feminine, masculine", [
    ("not_attested", "не атестована", "не атестований"), ("pupil", "учениця", "учень"),
    ("exempt", "звільнена", "звільнений")])
def test_gender_words(word, feminine, masculine):
    assert gender_word(word, "feminine") == feminine
    assert gender_word(word, "masculine") == masculine


@pytest.mark.parametrize("text, gender", [
    ("Шевченко Тарас Григорович", "masculine"), ("Українка Леся Петрівна", "feminine"),
    ("КОВАЛЬ ІРИНА АНДРІЇВНА", "feminine"), ("Алієв Рашид огли", None), ("Smith John", None)])
def test_guess_gender(text, gender):
    assert guess_gender(parse_full_name(text)) == gender


def test_guess_gender_refuses_bad_text():
    with pytest.raises(InvalidError, match="patronymic is not valid Unicode text"):
        guess_gender(FullName("Шевченко", "Тарас", "\udc80"))


@pytest.mark.parametrize("style, uk, en", [
    ("long", "1 вересня 2024 р.", "1 September 2024"),
    ("month_year", "вересень 2024", "September 2024"),
    ("weekday", "неділя", "Sunday"), ("numeric", "01.09.2024", "01/09/2024")])
def test_dates(style, uk, en):
    day = datetime.date(2024, 9, 1)
    assert format_date(day, style) == uk
    assert format_date(day, style, "en") == en


def test_a_datetime_counts_by_its_date():
    assert format_date(datetime.datetime(2024, 9, 1, 23, 59), "weekday") == "неділя"


@pytest.mark.parametrize("n, text", [
    (1, "1 пропуск"), (2, "2 пропуски"), (5, "5 пропусків"), (11, "11 пропусків"),
    (21, "21 пропуск"), (22, "22 пропуски"), (0, "0 пропусків")])
def test_ukrainian_counts(n, text):
    assert format_count(n, ABSENCES) == text


def test_english_counts():
    forms = {"one": "absence", "other": "absences"}
    assert format_count(1, forms, "en") == "1 absence"
    assert format_count(21, forms, "en") == "21 absences"


def test_bad_input_names_the_value():
    with pytest.raises(InvalidError, match="full name 'Шевченко' has 1 words") as error:
        parse_full_name("Шевченко")
    assert error.value.code == ejournal.InvalidError.status
    with pytest.raises(InvalidError, match="'А Б В Г' has 4 words"):
        parse_full_name("А Б В Г")
    with pytest.raises(InvalidError, match="'text' is longer than 1024 bytes"):
        parse_full_name("я" * 513 + " Ян")
    with pytest.raises(InvalidError, match="text is not valid Unicode text"):
        parse_full_name("Ян \ud800")
    with pytest.raises(TypeError, match="text must be a str"):
        parse_full_name(None)
    with pytest.raises(InvalidError, match="'Ді Марко', 'Анна', '' are not one word each"):
        format_name(FullName("Ді Марко", "Анна"))
    with pytest.raises(InvalidError, match="style = 'short' is not one of"):
        format_name(FullName("Шевченко", "Тарас"), "short")
    with pytest.raises(InvalidError, match="gender = 'neuter' is not one of"):
        gender_word("pupil", "neuter")
    with pytest.raises(InvalidError, match="unknown locale 'ru'"):
        format_date(datetime.date(2024, 9, 1), locale="ru")
    with pytest.raises(TypeError, match="date must be a datetime.date"):
        format_date("2024-09-01")
    with pytest.raises(InvalidError, match="no form for 2 \\(plural category 'few'"):
        format_count(2, {"one": "урок"})
    with pytest.raises(InvalidError, match="forms has keys \\['some'\\]"):
        format_count(2, {"some": "урок"})
    with pytest.raises(InvalidError, match="unknown locale 'de'"):
        format_count(2, ABSENCES, "de")
    with pytest.raises(RangeError, match="count 9007199254740993"):
        format_count(2 ** 53 + 1, ABSENCES)
    with pytest.raises(RangeError, match="does not fit a 64-bit integer"):
        format_count(2 ** 63, ABSENCES)
