"""E-mail addresses and Ukrainian phone numbers."""

import pytest

import ejournal
from ejournal import InvalidError, Phone, PhoneKind
from ejournal.contacts import normalize_email, normalize_phone


@pytest.mark.parametrize("text, expected", [
    ("ivan@example.com", "ivan@example.com"),
    ("  Ivan.Petrenko@School.Example.UA \t", "Ivan.Petrenko@school.example.ua"),
    ("director@школа.укр", "director@xn--80atdl2c.xn--j1amh"),
    ("x@ШКОЛА.УКР", "x@xn--80atdl2c.xn--j1amh"),
    ("a+tag@mail.com", "a+tag@mail.com")])
def test_emails(text, expected):
    assert normalize_email(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("", "is empty"), ("ivan.example.com", "'ivan.example.com' has no '@'"),
    ("a@b@example.com", "more than one '@'"), ('"ivan"@example.com', "quoted local part"),
    (".ivan@example.com", "starts or ends with a dot"), ("iv..an@example.com", "two dots in a row"),
    ("a" * 65 + "@example.com", "local part of 65 bytes, at most 64"),
    ("ivan@localhost", "one-label domain 'localhost'"),
    ("ivan@10.0.0.1", "all-numeric top-level domain '1'"),
    ("ivan@exam_ple.com", "not allowed in a host name"),
    ("ivan@" + "a" * 64 + ".com", "label of 64 bytes, at most 63"),
    ("x'; DROP TABLE users;--@example.com", "the character ';'"),
    ("iv\x01an@example.com", r"\\x01"),
    ("x" * 1_000_000 + "@example.com", "'text'")])
def test_invalid_emails(text, fragment):
    with pytest.raises(InvalidError, match=fragment):
        normalize_email(text)


@pytest.mark.parametrize("text", [
    "+380 67 123 45 67", "380671234567", "0671234567", "(067) 123-45-67", "8 067 123 45 67",
    "00380671234567", "+38 (067) 123-45-67"])
def test_phone_forms(text):
    assert normalize_phone(text) == Phone("+380671234567", PhoneKind.MOBILE, "67")


def test_phone_kinds():
    assert normalize_phone("+38 (044) 123 45 67") == Phone("+380441234567", PhoneKind.FIXED, "44")
    assert normalize_phone("0800123456").kind is PhoneKind.UNKNOWN
    assert ejournal.normalize_phone("0931234567").kind is PhoneKind.MOBILE


@pytest.mark.parametrize("text, fragment", [
    ("", "'' has no digits"), ("+48 123 456 789", r"'\+48 123 456 789' is not Ukrainian"),
    ("067123456", "has 8 digits after"), ("671234567", "must start with"),
    ("+380 012 345 678", "starting with 0"), ("067 ABC 45 67", "the character 'A' at byte 5"),
    ("0671234567' OR 1=1", "the character ''' at byte 11"), ("067\t1234567", r"\\x09"),
    ("1" * 1_000_000, "'text'")])
def test_invalid_phones(text, fragment):
    with pytest.raises(InvalidError, match=fragment):
        normalize_phone(text)


def test_text_that_cannot_reach_the_library():
    with pytest.raises(InvalidError, match="text"):
        normalize_email("ivan\udc80@example.com")
    with pytest.raises(InvalidError, match="text"):
        normalize_phone("067\x001234567")
    with pytest.raises(TypeError):
        normalize_phone(671234567)
