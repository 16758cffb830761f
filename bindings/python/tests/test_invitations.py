"""Invitations through the C ABI (ejournal.invite …) on the memory backend and an in-memory SQLite
database, in a school that joined through onboarding and whose administrator signed in: people
invited and listed, acceptance with a password or an external identity, revoke and resend, a
form's problems, and the errors of each step."""

import datetime

import pytest

import ejournal
from ejournal import (ConflictError, ExistsError, ExpiredError, InvalidError, NotFoundError,
                      PasswordOptions, PermissionDeniedError, Principal, ValidationError)
from test_onboarding import BASE_URL, EDRPOU_A, NOW, URIS, Platform

GOOD_PASSWORD = "сонячний ранок над Дніпром"
ADMIN_LOGIN = "olena.admin@school.example.ua"
#: The cheapest Argon2id cost, for speed: tests only.
CHEAP = PasswordOptions(ops_limit=1, mem_limit_kib=8)
DAY = datetime.timedelta(days=1)


class School(Platform):
    """A school approved at NOW whose administrator accepted with GOOD_PASSWORD, signed in, and
    acts as `admin`, the principal their session authenticates to."""

    def __init__(self, store):
        super().__init__(store)
        approval = ejournal.approve_connection_request(store, self.operator, self.submit(), 1,
                                                       base_url=BASE_URL, now=NOW)
        self.institution, self.admin_id = approval.institution, approval.admin
        ejournal.accept_invitation(store, approval.token, password=GOOD_PASSWORD,
                                   password_options=CHEAP, now=NOW)
        self.session = ejournal.sign_in(store, ADMIN_LOGIN, GOOD_PASSWORD,
                                        password_options=CHEAP, now=NOW)
        self.admin = ejournal.authenticate(store, self.session.token, now=NOW)

    def invite_teacher(self, email="Andriy.Melnyk@School.Example.UA", role="teacher", **changes):
        """Invites a new person (a teacher unless `role` says otherwise) as the administrator."""
        fields = dict(surname=" Мельник ", given_name="Андрій", patronymic="Олегович",
                      email=email, phone="067 765 43 21", base_url=BASE_URL, now=NOW)
        fields.update(changes)
        return ejournal.invite(self.store, self.admin, self.institution, role, **fields)

    def invitations(self, person):
        return ejournal.invitations(self.store, self.admin, self.institution, person)


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield School(store)


def test_an_invited_teacher_accepts_with_a_password(school):
    issued = school.invite_teacher()
    assert len(issued.token) == 43 and issued.token not in repr(issued)
    [pending] = school.invitations(issued.person)
    assert (pending.id, pending.person, pending.institution) == (
        issued.invitation, issued.person, school.institution)
    assert (pending.role, pending.status, pending.email) == (
        "teacher", "pending", "Andriy.Melnyk@school.example.ua")
    assert (pending.created_at, pending.expires_at) == (NOW, NOW + 7 * DAY)
    assert pending.accepted_at is None and pending.school_class is None and pending.child is None

    accepted = ejournal.accept_invitation(school.store, issued.token, password=GOOD_PASSWORD,
                                          password_options=CHEAP, now=NOW)
    assert accepted.account_created
    assert (accepted.invitation, accepted.person, accepted.institution) == (
        issued.invitation, issued.person, school.institution)
    [done] = school.invitations(issued.person)
    assert (done.status, done.accepted_at) == ("accepted", NOW)
    session = ejournal.sign_in(school.store, "andriy.melnyk@school.example.ua", GOOD_PASSWORD,
                               password_options=CHEAP, now=NOW)
    assert session.account == accepted.account
    with pytest.raises(ConflictError):
        ejournal.accept_invitation(school.store, issued.token, password=GOOD_PASSWORD,
                                   password_options=CHEAP, now=NOW)


def test_a_person_with_an_account_accepts_another_role_without_a_credential(school):
    issued = ejournal.invite(school.store, school.admin, school.institution, "deputy",
                             person=school.admin_id, base_url=BASE_URL, now=NOW)
    with pytest.raises(ConflictError):
        ejournal.invite(school.store, school.admin, school.institution, "deputy",
                        person=school.admin_id, base_url=BASE_URL, now=NOW)
    with pytest.raises(InvalidError):
        ejournal.accept_invitation(school.store, issued.token, password=GOOD_PASSWORD, now=NOW)
    accepted = ejournal.accept_invitation(school.store, issued.token, now=NOW)
    assert not accepted.account_created and accepted.person == school.admin_id


def test_a_parent_of_a_student_and_an_external_identity(school):
    student = school.invite_teacher("student@school.example.ua", "student", given_name="Софія",
                                    patronymic=None, phone=None)
    parent = ejournal.invite(school.store, school.admin, school.institution, "parent",
                             surname="Мельник", given_name="Олег", email="parent@school.example.ua",
                             child=student.person, relation="father", locale="en", days=14,
                             base_url=BASE_URL, now=NOW)
    [record] = school.invitations(parent.person)
    assert (record.role, record.child, record.expires_at) == (
        "parent", student.person, NOW + 14 * DAY)
    ejournal.accept_invitation(school.store, parent.token,
                               external=("https://id.vendor.example", "parent-1"), now=NOW)
    session = ejournal.sign_in_external(school.store, "https://id.vendor.example", "parent-1",
                                        now=NOW)
    assert session.person == parent.person
    with pytest.raises(InvalidError, match="relation"):
        ejournal.invite(school.store, school.admin, school.institution, "parent",
                        surname="Мельник", given_name="Ірина", email="p2@school.example.ua",
                        child=student.person, relation="aunt", base_url=BASE_URL)


def test_every_problem_of_a_form_is_listed(school):
    with pytest.raises(ValidationError) as caught:
        school.invite_teacher("not an e-mail", surname=None, phone="12",
                              child=school.institution)
    problems = dict(caught.value.problems)
    assert set(problems) == {"surname", "email", "phone", "child_id"}
    assert problems["surname"] == "is required"
    with pytest.raises(ValidationError) as caught:
        ejournal.invite(school.store, school.admin, school.institution, "class_teacher",
                        surname="Мельник", given_name="Андрій", email="c@school.example.ua",
                        base_url=BASE_URL)
    assert [field for field, _ in caught.value.problems] == ["class_id"]


def test_revoke_and_resend(school):
    issued = school.invite_teacher()
    later = NOW + datetime.timedelta(minutes=1)
    resent = ejournal.resend_invitation(school.store, school.admin, school.institution,
                                        issued.invitation, base_url=BASE_URL, days=3, now=later)
    assert resent.invitation == issued.invitation and resent.token != issued.token
    assert school.invitations(issued.person)[0].expires_at == later + 3 * DAY
    with pytest.raises(NotFoundError):
        ejournal.accept_invitation(school.store, issued.token, password=GOOD_PASSWORD, now=later)
    with pytest.raises(PermissionDeniedError):
        ejournal.revoke_invitation(school.store, Principal.anonymous(), school.institution,
                                   issued.invitation)
    with pytest.raises(ValidationError) as caught:
        ejournal.revoke_invitation(school.store, school.admin, school.institution,
                                   issued.invitation, "x" * 70000)
    assert [field for field, _ in caught.value.problems] == ["reason"]
    ejournal.revoke_invitation(school.store, school.admin, school.institution, issued.invitation,
                               "Помилка в адресі", now=later)
    assert school.invitations(issued.person)[0].status == "revoked"
    with pytest.raises(PermissionDeniedError):
        ejournal.accept_invitation(school.store, resent.token, password=GOOD_PASSWORD, now=later)
    with pytest.raises(ConflictError, match="revoked"):
        ejournal.resend_invitation(school.store, school.admin, school.institution,
                                   issued.invitation, base_url=BASE_URL)


def test_acceptance_errors(school):
    issued = school.invite_teacher()
    with pytest.raises(InvalidError) as malformed:
        ejournal.accept_invitation(school.store, "not a token", password=GOOD_PASSWORD)
    assert "not a token" not in str(malformed.value)
    with pytest.raises(ExpiredError):
        ejournal.accept_invitation(school.store, issued.token, password=GOOD_PASSWORD,
                                   password_options=CHEAP, now=NOW + 8 * DAY)
    with pytest.raises(InvalidError):
        ejournal.accept_invitation(school.store, issued.token, now=NOW)
    with pytest.raises(InvalidError, match="password refused") as weak:
        ejournal.accept_invitation(school.store, issued.token, password="qwerty123456",
                                   password_options=CHEAP, now=NOW)
    assert "qwerty" not in str(weak.value)
    with pytest.raises(InvalidError, match="min_length"):
        ejournal.accept_invitation(school.store, issued.token, password=GOOD_PASSWORD,
                                   password_options=PasswordOptions(min_length=7), now=NOW)
    with pytest.raises(TypeError):
        ejournal.accept_invitation(school.store, issued.token, password=GOOD_PASSWORD,
                                   external=("issuer", "subject"))
    assert school.invitations(issued.person)[0].status == "pending"


def test_who_may_invite_and_list(school):
    anonymous = Principal.anonymous()
    with pytest.raises(PermissionDeniedError):
        ejournal.invite(school.store, anonymous, school.institution, "teacher",
                        surname="Мельник", given_name="Андрій", email="a@school.example.ua",
                        base_url=BASE_URL)
    with pytest.raises(PermissionDeniedError):
        ejournal.invitations(school.store, anonymous, school.institution, school.admin_id)
    with pytest.raises(ExistsError):
        school.invite_teacher(ADMIN_LOGIN)
    with pytest.raises(InvalidError, match="days"):
        school.invite_teacher(days=0)
    with pytest.raises(InvalidError, match="role"):
        ejournal.invite(school.store, school.admin, school.institution, "janitor",
                        base_url=BASE_URL)
    assert school.invitations(school.session.person)[0].status == "accepted"


def test_the_fixture_edrpou_is_the_approved_school(school):
    assert school.store.institution(school.institution).edrpou == EDRPOU_A
