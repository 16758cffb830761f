"""Onboarding through the C ABI (ejournal.onboarding) on the memory backend and an in-memory
SQLite database: a request submitted, listed, approved, rejected and withdrawn; a form's problems
as ValidationError.problems; permissions, stale revisions and bad arguments."""

import datetime
import uuid

import pytest

import ejournal
from ejournal import (ConflictError, InvalidError, NotFoundError, PermissionDeniedError,
                      Principal, RoleGrant, ValidationError)

URIS = ["memory:", "sqlite::memory:"]
UTC = datetime.timezone.utc
NOW = datetime.datetime(2024, 9, 2, 7, 0, tzinfo=UTC)
BASE_URL = "https://journal.example.ua/invitations/accept"
# Valid ЄДРПОУ codes (each also serves as the ДІСО id).
EDRPOU_A, EDRPOU_B = "32855961", "00032129"


def form(edrpou=EDRPOU_A, **changes):
    """A form that passes every check, with spellings that need normalising."""
    fields = dict(kind=" School ", hromada_katottg="ua 71020130000086047",
                  institution_name="Ліцей  № 1 імені Тараса Шевченка", diso_id=edrpou,
                  edrpou=edrpou, admin_surname="Мар'яненко", admin_given_name="Олена",
                  admin_patronymic="Петрівна", admin_email=" Olena.Admin@School.Example.UA ",
                  admin_phone="+380 (67) 123-45-67")
    fields.update(changes)
    return fields


class Platform:
    """A store holding the institute, and one of its operators as a principal."""

    def __init__(self, store):
        self.store = store
        self.institute = store.create_institution(
            ejournal.Institution("Інститут освітньої аналітики", kind="other"))
        person = store.create_person(self.institute, ejournal.Person("Коваленко", "Ірина"))
        self.operator = Principal.person(self.institute, person,
                                         [RoleGrant("institute_operator")])

    def submit(self, edrpou=EDRPOU_A, now=NOW, **changes):
        return ejournal.submit_connection_request(self.store, now=now, **form(edrpou, **changes))

    def requests(self, status=None):
        return ejournal.connection_requests(self.store, self.operator, status)


@pytest.fixture(params=URIS)
def platform(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield Platform(store)


def test_a_submitted_request_is_stored_normalised(platform):
    id = platform.submit()
    [request] = platform.requests("pending")
    assert request.id == id
    assert (request.kind, request.edrpou, request.diso_id) == ("school", EDRPOU_A, EDRPOU_A)
    assert request.hromada_katottg == "UA71020130000086047"
    assert request.institution_name == "Ліцей № 1 імені Тараса Шевченка"
    assert request.admin_surname == "Мар\u02BCяненко"
    assert request.admin_patronymic == "Петрівна"
    assert request.admin_email == "Olena.Admin@school.example.ua"
    assert request.admin_phone == "+380671234567"
    assert (request.status, request.revision) == ("pending", 1)
    assert request.submitted_at == NOW
    assert request.decided_at is None and request.institution is None
    assert platform.requests("approved") == []


def test_a_missing_patronymic_reads_back_as_none(platform):
    platform.submit(admin_patronymic=None)
    assert platform.requests()[0].admin_patronymic is None


def test_every_problem_of_a_form_is_listed(platform):
    with pytest.raises(ValidationError) as caught:
        ejournal.submit_connection_request(
            platform.store, **form("32855962", admin_phone="12", admin_surname=None,
                                   kind="university"))
    problems = dict(caught.value.problems)
    assert {"kind", "edrpou", "admin_phone", "admin_surname"} <= set(problems)
    assert problems["admin_surname"] == "is required"
    assert isinstance(caught.value, InvalidError)
    assert "the connection request is refused" in str(caught.value)
    # The next failure has no field problems: a plain InvalidError.
    with pytest.raises(InvalidError) as plain:
        ejournal.approve_connection_request(platform.store, platform.operator, uuid.uuid4(), 1,
                                            base_url=BASE_URL, invitation_days=0)
    assert not isinstance(plain.value, ValidationError)


def test_a_duplicate_edrpou_conflicts(platform):
    platform.submit()
    with pytest.raises(ConflictError, match=EDRPOU_A):
        platform.submit()


def test_approval_makes_the_institution_and_the_invitation(platform):
    id = platform.submit()
    approval = ejournal.approve_connection_request(
        platform.store, platform.operator, id, 1, base_url=BASE_URL, locale="en",
        invitation_days=14, reason="Документи перевірено", now=NOW)
    assert len(approval.token) >= 32
    assert approval.token not in repr(approval)
    institution = platform.store.institution(approval.institution)
    assert (institution.edrpou, institution.oblast) == (EDRPOU_A, "UA-71")
    admin = platform.store.person(approval.institution, approval.admin)
    assert admin.surname == "Мар\u02BCяненко"
    [request] = platform.requests("approved")
    assert (request.institution, request.decided_at, request.revision) == (
        approval.institution, NOW, 2)
    assert request.decision_reason == "Документи перевірено"
    with pytest.raises(ConflictError, match="approved"):
        ejournal.reject_connection_request(platform.store, platform.operator, id, 2, "Пізно")


def test_reject_and_withdraw(platform):
    # The later request is submitted first, so that the list shows it sorts by submission time.
    second = platform.submit(EDRPOU_B, now=NOW + datetime.timedelta(minutes=1))
    first = platform.submit(EDRPOU_A, now=NOW)
    ejournal.reject_connection_request(platform.store, platform.operator, first, 1,
                                       "  ЄДРПОУ не збігається  ", now=NOW)
    ejournal.withdraw_connection_request(platform.store, Principal.system(), second, 1)
    [rejected] = platform.requests("rejected")
    assert (rejected.id, rejected.decision_reason) == (first, "ЄДРПОУ не збігається")
    [withdrawn] = platform.requests("withdrawn")
    assert withdrawn.id == second and withdrawn.decided_at > NOW
    assert [request.id for request in platform.requests()] == [first, second]  # oldest first


def test_a_bad_reason_is_a_field_problem(platform):
    id = platform.submit()
    with pytest.raises(ValidationError) as caught:
        ejournal.reject_connection_request(platform.store, platform.operator, id, 1, "  ")
    assert [field for field, _ in caught.value.problems] == ["reason"]


def test_who_may_review(platform):
    id = platform.submit()
    anonymous = Principal.anonymous()
    with pytest.raises(PermissionDeniedError):
        ejournal.approve_connection_request(platform.store, anonymous, id, 1, base_url=BASE_URL)
    with pytest.raises(PermissionDeniedError):
        ejournal.connection_requests(platform.store, anonymous)
    with pytest.raises(PermissionDeniedError):
        ejournal.withdraw_connection_request(platform.store, anonymous, id, 1)
    assert platform.requests()[0].status == "pending"


def test_stale_unknown_and_bad_arguments(platform):
    id = platform.submit()
    with pytest.raises(ConflictError):
        ejournal.withdraw_connection_request(platform.store, platform.operator, id, 2)
    with pytest.raises(NotFoundError):
        ejournal.withdraw_connection_request(platform.store, platform.operator, uuid.uuid4(), 1)
    with pytest.raises(InvalidError, match="invitation_days"):
        ejournal.approve_connection_request(platform.store, platform.operator, id, 1,
                                            base_url=BASE_URL, invitation_days=0)
    with pytest.raises(InvalidError, match="fr"):
        ejournal.approve_connection_request(platform.store, platform.operator, id, 1,
                                            base_url=BASE_URL, locale="fr")
    with pytest.raises(InvalidError, match="http://example.ua"):
        ejournal.approve_connection_request(platform.store, platform.operator, id, 1,
                                            base_url="http://example.ua")
    with pytest.raises(InvalidError, match="'closed' is not one of"):
        platform.requests("closed")
    with pytest.raises(TypeError, match="unknown form fields: colour"):
        ejournal.submit_connection_request(platform.store, colour="red")
    with pytest.raises(TypeError, match="principal must be a Principal"):
        ejournal.connection_requests(platform.store, "operator")
    with pytest.raises(TypeError, match="store must be a Store"):
        ejournal.connection_requests(None, platform.operator)
    with pytest.raises(InvalidError, match="no time zone"):
        ejournal.submit_connection_request(platform.store, now=datetime.datetime(2024, 9, 2),
                                           **form(EDRPOU_B))
    assert platform.requests("pending")[0].revision == 1


def test_a_store_without_the_institute_refuses_requests():
    with ejournal.open("memory:") as store:
        with pytest.raises(NotFoundError):
            ejournal.submit_connection_request(store, **form())
