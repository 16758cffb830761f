"""Accounts and sessions through the C ABI (ejournal.sign_in …) on the memory backend and an
in-memory SQLite database: sign-in, the principal a session authenticates to, sign-out, lockout,
expiry, a changed password, revoked sessions and the options of each."""

import datetime

import pytest

import ejournal
from ejournal import (ExpiredError, InvalidError, NotFoundError, PasswordOptions,
                      PermissionDeniedError, Principal, SessionOptions)
from test_invitations import ADMIN_LOGIN, CHEAP, GOOD_PASSWORD, URIS, School
from test_onboarding import NOW

MINUTE = datetime.timedelta(minutes=1)
NEW_PASSWORD = "вечірній туман над Десною"


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield School(store)


def sign_in(school, password=GOOD_PASSWORD, **options):
    return ejournal.sign_in(school.store, ADMIN_LOGIN, password, password_options=CHEAP,
                            **options)


def test_a_session_authenticates_to_the_person(school):
    session = ejournal.sign_in(school.store, " Olena.Admin@SCHOOL.example.ua ", GOOD_PASSWORD,
                               password_options=CHEAP, now=NOW)
    assert session.token not in repr(session) and len(session.token) == 43
    assert (session.person, session.institution) == (school.admin_id, school.institution)
    assert session.expires_at == NOW + datetime.timedelta(hours=12)
    principal = ejournal.authenticate(school.store, session.token, now=NOW)
    assert principal.kind == "person"
    # Its grants came from the store: the administrator may read invitations.
    assert ejournal.invitations(school.store, principal, school.institution, school.admin_id)


def test_sessions_expire_and_end(school):
    session = sign_in(school, now=NOW)
    with pytest.raises(ExpiredError):
        ejournal.authenticate(school.store, session.token, now=NOW + 31 * MINUTE)
    lenient = SessionOptions(idle_timeout=datetime.timedelta(hours=6))
    busy = sign_in(school, session=lenient, now=NOW)
    ejournal.authenticate(school.store, busy.token, session=lenient, now=NOW + 300 * MINUTE)
    with pytest.raises(ExpiredError):
        ejournal.authenticate(school.store, busy.token, session=lenient, now=NOW + 750 * MINUTE)
    ejournal.sign_out(school.store, busy.token, now=NOW)
    ejournal.sign_out(school.store, busy.token, now=NOW)
    with pytest.raises(PermissionDeniedError):
        ejournal.authenticate(school.store, busy.token, session=lenient, now=NOW)
    with pytest.raises(NotFoundError):
        ejournal.sign_out(school.store, "A" * 43)
    with pytest.raises(InvalidError) as malformed:
        ejournal.authenticate(school.store, "short")
    assert "short" not in str(malformed.value)


def test_wrong_passwords_lock_sign_in(school):
    with pytest.raises(PermissionDeniedError, match="wrong login or password"):
        ejournal.sign_in(school.store, "nobody@school.example.ua", GOOD_PASSWORD,
                         password_options=CHEAP, now=NOW)
    strict = SessionOptions(lock_after=2)
    for _ in range(2):
        with pytest.raises(PermissionDeniedError, match="wrong login or password") as wrong:
            sign_in(school, "зовсім не той пароль", session=strict, now=NOW)
        assert "зовсім" not in str(wrong.value)
    with pytest.raises(PermissionDeniedError, match="locked"):
        sign_in(school, session=strict, now=NOW)
    assert sign_in(school, session=strict, now=NOW + 5 * MINUTE).person == school.admin_id


def test_changing_the_password_ends_every_session(school):
    other = sign_in(school, now=NOW)
    with pytest.raises(PermissionDeniedError):
        ejournal.change_password(school.store, school.admin, "не той старий пароль",
                                 NEW_PASSWORD, password_options=CHEAP, now=NOW)
    with pytest.raises(InvalidError, match="password refused") as refused:
        ejournal.change_password(school.store, school.admin, GOOD_PASSWORD, "Olena12345678",
                                 password_options=CHEAP, now=NOW)
    assert "Olena1" not in str(refused.value)
    assert ejournal.change_password(school.store, school.admin, GOOD_PASSWORD, NEW_PASSWORD,
                                    password_options=CHEAP, now=NOW) == 2
    for token in (school.session.token, other.token):
        with pytest.raises(PermissionDeniedError):
            ejournal.authenticate(school.store, token, now=NOW)
    with pytest.raises(PermissionDeniedError):
        sign_in(school, now=NOW)
    fresh = ejournal.authenticate(school.store, sign_in(school, NEW_PASSWORD, now=NOW).token,
                                  now=NOW)
    assert ejournal.revoke_sessions(school.store, fresh, school.institution,
                                    school.admin_id, now=NOW) == 1


def test_revoking_sessions(school):
    sign_in(school, now=NOW)
    assert ejournal.revoke_sessions(school.store, school.admin, school.institution,
                                    school.admin_id, "Втрачено телефон", now=NOW) == 2
    with pytest.raises(PermissionDeniedError):
        ejournal.revoke_sessions(school.store, Principal.anonymous(), school.institution,
                                 school.admin_id)
    with pytest.raises(NotFoundError):
        ejournal.revoke_sessions(school.store, school.admin, school.institution,
                                 school.institution)
    with pytest.raises(PermissionDeniedError):
        ejournal.change_password(school.store, Principal.anonymous(), GOOD_PASSWORD,
                                 NEW_PASSWORD)


def test_external_sign_in_needs_a_bound_identity(school):
    with pytest.raises(PermissionDeniedError):
        ejournal.sign_in_external(school.store, "https://id.vendor.example", "nobody")


@pytest.mark.parametrize("options, field", [
    (SessionOptions(idle_timeout=datetime.timedelta(0)), "idle_timeout_s"),
    (SessionOptions(absolute_lifetime=datetime.timedelta(minutes=29)), "absolute_lifetime_s"),
    (SessionOptions(lock_after=0), "lock_after"),
    (SessionOptions(first_lock=datetime.timedelta(0)), "first_lock_s"),
    (SessionOptions(max_lock=datetime.timedelta(seconds=59)), "max_lock_s"),
])
def test_bad_session_options_name_the_field(school, options, field):
    with pytest.raises(InvalidError, match=field):
        sign_in(school, session=options, now=NOW)


@pytest.mark.parametrize("options, field", [
    (PasswordOptions(min_length=65), "min_length"),
    (PasswordOptions(ops_limit=0, mem_limit_kib=8), "ops_limit"),
    (PasswordOptions(ops_limit=1, mem_limit_kib=7), "mem_limit_kib"),
])
def test_bad_password_options_name_the_field(school, options, field):
    with pytest.raises(InvalidError, match=field):
        ejournal.sign_in(school.store, ADMIN_LOGIN, GOOD_PASSWORD, password_options=options)


def test_options_are_checked_in_python_too():
    with pytest.raises(InvalidError, match="whole number of seconds"):
        SessionOptions(idle_timeout=datetime.timedelta(milliseconds=1500)).to_c()
    with pytest.raises(InvalidError, match="negative"):
        PasswordOptions(ops_limit=-1).to_c()
    with pytest.raises(TypeError):
        SessionOptions(first_lock=60).to_c()
    assert PasswordOptions() == PasswordOptions(12, 2, 65536)
