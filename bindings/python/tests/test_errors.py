"""Exceptions mapped from the status codes, and the checks made before any C call."""

from fractions import Fraction

import pytest

import ejournal
from ejournal import _lib, ffi, lib

EXPECTED_CLASSES = {
    "EJ_ERROR": ejournal.Error,
    "EJ_EINVALID": ejournal.InvalidError,
    "EJ_ENOTFOUND": ejournal.NotFoundError,
    "EJ_EEXISTS": ejournal.ExistsError,
    "EJ_ECONFLICT": ejournal.ConflictError,
    "EJ_EPERM": ejournal.PermissionDeniedError,
    "EJ_EEXPIRED": ejournal.ExpiredError,
    "EJ_ESTORAGE": ejournal.StorageError,
    "EJ_ENOMEM": ejournal.OutOfMemoryError,
    "EJ_EBUFS": ejournal.BufferTooSmallError,
    "EJ_EVERSION": ejournal.VersionError,
    "EJ_EUNSUPPORTED": ejournal.UnsupportedError,
    "EJ_EEMPTY": ejournal.EmptyError,
    "EJ_ERANGE": ejournal.RangeError,
    "EJ_EUSER": ejournal.CallbackAbortedError,
}


@pytest.mark.parametrize("name, expected", EXPECTED_CLASSES.items())
def test_every_status_code_has_its_exception(name, expected):
    code = getattr(lib, name)
    error = _lib.error_for(code, "the message", ejournal.ErrorClass.GRADING)
    assert type(error) is expected
    assert isinstance(error, ejournal.Error)
    assert (error.code, error.klass, error.message) == (code, ejournal.ErrorClass.GRADING,
                                                        "the message")
    assert str(error) == "the message"


def test_status_codes_known_to_the_header_are_all_mapped():
    codes = set(ffi.typeof("ej_status").relements) - {"EJ_OK"}
    assert codes == set(EXPECTED_CLASSES)


def test_an_unknown_code_gives_the_base_class():
    error = _lib.error_for(-999, "odd", 77)
    assert type(error) is ejournal.Error
    assert error.klass is ejournal.ErrorClass.INTERNAL


def test_exceptions_fit_the_builtin_hierarchy():
    assert issubclass(ejournal.InvalidError, ValueError)
    assert issubclass(ejournal.NotFoundError, LookupError)
    assert issubclass(ejournal.EmptyError, ValueError)
    assert issubclass(ejournal.RangeError, ValueError)
    assert issubclass(ejournal.OutOfMemoryError, MemoryError)
    assert not issubclass(ejournal.UnsupportedError, ValueError)


def test_a_failed_call_raises_with_the_library_message():
    status = lib.ej_scale_builtin(ffi.new("ej_scale **"), 9999)
    assert status == lib.EJ_EINVALID
    library_message = ffi.string(lib.ej_error_last().message).decode()
    with pytest.raises(ejournal.InvalidError) as raised:
        _lib.check(status)
    assert raised.value.code == lib.EJ_EINVALID
    assert raised.value.message == library_message != ""
    assert isinstance(raised.value.klass, ejournal.ErrorClass)


def test_the_wrappers_raise_from_the_library():
    with pytest.raises(ejournal.InvalidError) as raised:
        ejournal.round_decimal(Fraction(1, 3), decimals=19)
    assert raised.value.code == lib.EJ_EINVALID
    assert "19" in raised.value.message or "decimals" in raised.value.message


def test_error_last_is_cleared_by_a_successful_call():
    lib.ej_scale_builtin(ffi.new("ej_scale **"), 9999)
    assert lib.ej_error_last().code == lib.EJ_EINVALID
    ejournal.round_decimal(1)
    assert lib.ej_error_last().code == lib.EJ_OK
    assert ffi.string(lib.ej_error_last().message) == b""


def test_status_string_names_the_code():
    assert ejournal.status_string(lib.EJ_EINVALID).startswith("EJ_EINVALID")
    assert ejournal.status_string(12345) == "unknown status"


@pytest.mark.parametrize("bad", ["\ud800", "abc\udfff", "\udc80x"])
def test_lone_surrogates_are_rejected_before_the_call(bad):
    with pytest.raises(ejournal.InvalidError, match="surrogate"):
        ejournal.Scale.builtin("ukrainian_12").parse(bad)
    with pytest.raises(ejournal.InvalidError, match="surrogate"):
        ejournal.Marks().add(bad)


def test_nul_characters_are_rejected_rather_than_cutting_the_string():
    with pytest.raises(ejournal.InvalidError, match="NUL"):
        ejournal.Scale.builtin("ukrainian_12").parse("1\x002")


def test_strings_must_be_str():
    with pytest.raises(TypeError):
        ejournal.Scale.builtin("ukrainian_12").parse(b"10")
    with pytest.raises(TypeError):
        ejournal.Marks().add(5)


def test_unknown_option_names_list_the_choices():
    with pytest.raises(ejournal.InvalidError, match="'half_up'"):
        ejournal.round_decimal(1, rounding="banker")
    with pytest.raises(ejournal.InvalidError, match="method"):
        ejournal.aggregate([1], method="average")
    with pytest.raises(ejournal.InvalidError, match="'ukrainian_12'"):
        ejournal.Scale.builtin("ukrainian-12")


def test_a_closed_handle_cannot_be_used():
    with ejournal.Scale.builtin("ukrainian_12") as scale:
        assert scale.parse("7") == 7
    with pytest.raises(ejournal.InvalidError, match="closed"):
        scale.parse("7")
    scale.close()  # closing twice is harmless
