"""The audit trail through the C ABI (ejournal.audit) on the memory backend and an in-memory
SQLite database: a request's review in the institute's trail with before/after as dicts, the
approval's work in the new institution's, a person's changes, institutions kept apart, who may
read, no secret in any entry, and bad arguments."""

import datetime
import json
import uuid

import pytest

import ejournal
from ejournal import (AuditEntry, InvalidError, PermissionDeniedError, Principal, RoleGrant,
                      audit_by_person, audit_for_entity)

URIS = ["memory:", "sqlite::memory:"]
UTC = datetime.timezone.utc
NOW = datetime.datetime(2024, 9, 2, 7, 0, tzinfo=UTC)
LATER = NOW + datetime.timedelta(minutes=5)
BASE_URL = "https://journal.example.ua/invitations/accept"
# Valid ЄДРПОУ codes (each also serves as the ДІСО id).
EDRPOU_A, EDRPOU_B = "32855961", "00032129"


class Platform:
    """The institute with an operator and an administrator of its own (who reads its trail)."""

    def __init__(self, store):
        self.store = store
        self.institute = store.create_institution(
            ejournal.Institution("Інститут освітньої аналітики", kind="other"))
        self.operator_id = store.create_person(self.institute,
                                               ejournal.Person("Коваленко", "Ірина"))
        self.operator = Principal.person(self.institute, self.operator_id,
                                         [RoleGrant("institute_operator")])
        reader = store.create_person(self.institute, ejournal.Person("Шевчук", "Марія"))
        self.reader = Principal.person(self.institute, reader, [RoleGrant("institution_admin")])

    def submit(self, edrpou):
        return ejournal.submit_connection_request(
            self.store, now=NOW, kind="school", hromada_katottg="UA71020130000086047",
            institution_name="Ліцей № 1 імені Тараса Шевченка", diso_id=edrpou, edrpou=edrpou,
            admin_surname="Мар'яненко", admin_given_name="Олена", admin_patronymic="Петрівна",
            admin_email="olena.admin@school.example.ua", admin_phone="+380671234567")

    def approve(self, request):
        return ejournal.approve_connection_request(self.store, self.operator, request, 1,
                                                   base_url=BASE_URL, now=LATER)


@pytest.fixture(params=URIS)
def platform(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield Platform(store)


def test_the_review_of_a_request_is_in_the_institutes_trail(platform):
    approved, rejected = platform.submit(EDRPOU_A), platform.submit(EDRPOU_B)
    approval = platform.approve(approved)
    ejournal.reject_connection_request(platform.store, platform.operator, rejected, 1,
                                       " ЄДРПОУ не збігається ", now=LATER)

    submit, approve = audit_for_entity(platform.store, platform.reader, platform.institute,
                                       "connection_request", approved)
    assert isinstance(submit, AuditEntry)
    assert (submit.action, submit.actor, submit.at) == ("submit", None, NOW)
    assert (submit.institution, submit.entity_type) == (platform.institute, "connection_request")
    assert submit.entity_id == str(approved)
    assert submit.before is None and submit.before_json == ""
    assert submit.after["edrpou"] == EDRPOU_A
    assert submit.after["admin_surname"] == "Мар\u02BCяненко"
    assert json.loads(submit.after_json) == submit.after
    assert (approve.action, approve.actor, approve.at) == ("approve", platform.operator_id, LATER)
    assert approve.before == {"status": "pending"}
    assert approve.after == {"status": "approved", "institution_id": str(approval.institution)}
    assert approve.id != submit.id

    [_, reject] = audit_for_entity(platform.store, platform.reader, platform.institute,
                                   "connection_request", str(rejected))
    assert (reject.action, reject.reason) == ("reject", "ЄДРПОУ не збігається")
    assert reject.after == {"status": "rejected"}

    decisions = audit_by_person(platform.store, platform.reader, platform.institute,
                                platform.operator_id)
    assert [entry.action for entry in decisions] == ["approve", "reject"]


def test_the_approvals_work_is_in_the_new_institutions_trail_without_the_token(platform):
    approval = platform.approve(platform.submit(EDRPOU_A))
    admin = Principal.person(approval.institution, approval.admin,
                             [RoleGrant("institution_admin", id=approval.grant)])
    [issue] = audit_for_entity(platform.store, admin, approval.institution, "invitation",
                               approval.invitation)
    assert (issue.action, issue.actor) == ("issue", platform.operator_id)
    assert issue.after["role"] == "institution_admin"
    made = audit_by_person(platform.store, admin, approval.institution, platform.operator_id)
    assert [(entry.entity_type, entry.action) for entry in made] == [
        ("institution", "create"), ("person", "create"), ("role_grant", "grant"),
        ("invitation", "issue")]
    for entry in made:
        assert entry.institution == approval.institution
        for text in (entry.before_json, entry.after_json, entry.reason, entry.entity_id):
            assert approval.token not in text


def test_institutions_are_kept_apart(platform):
    approval = platform.approve(platform.submit(EDRPOU_A))
    assert audit_for_entity(platform.store, platform.reader, platform.institute, "invitation",
                            approval.invitation) == []
    assert audit_for_entity(platform.store, Principal.system(), approval.institution,
                            "invitation", approval.invitation) != []
    with pytest.raises(PermissionDeniedError, match="another institution"):
        audit_by_person(platform.store, platform.reader, approval.institution,
                        platform.operator_id)


def test_only_the_administrator_and_the_system_may_read(platform):
    request = platform.submit(EDRPOU_A)
    with pytest.raises(PermissionDeniedError, match="read_audit_trail"):
        audit_for_entity(platform.store, platform.operator, platform.institute,
                         "connection_request", request)
    with pytest.raises(PermissionDeniedError):
        audit_by_person(platform.store, Principal.anonymous(), platform.institute,
                        platform.operator_id)
    [entry] = audit_for_entity(platform.store, Principal.system(), platform.institute,
                               "connection_request", request)
    assert entry.action == "submit"


def test_bad_arguments_are_refused(platform):
    read = platform.reader
    store, institute = platform.store, platform.institute
    with pytest.raises(InvalidError, match="entity type is empty"):
        audit_for_entity(store, read, institute, "", uuid.uuid4())
    with pytest.raises(InvalidError, match="entity id is empty"):
        audit_for_entity(store, read, institute, "invitation", "")
    with pytest.raises(InvalidError, match="entity_type"):
        audit_for_entity(store, read, institute, "x" * 101, uuid.uuid4())
    with pytest.raises(InvalidError, match="entity_id"):
        audit_for_entity(store, read, institute, "invitation", "7" * 201)
    with pytest.raises(InvalidError, match="entity_type"):
        audit_for_entity(store, read, institute, "a\0b", uuid.uuid4())
    with pytest.raises(InvalidError, match="nil"):
        audit_for_entity(store, read, uuid.UUID(int=0), "invitation", uuid.uuid4())
    with pytest.raises(InvalidError, match="'person' is the nil UUID"):
        audit_by_person(store, read, institute, uuid.UUID(int=0))
    with pytest.raises(TypeError, match="entity_id must be a uuid.UUID or a str"):
        audit_for_entity(store, read, institute, "invitation", 7)
    with pytest.raises(TypeError, match="principal must be a Principal"):
        audit_by_person(store, None, institute, platform.operator_id)
    with pytest.raises(TypeError, match="store must be a Store"):
        audit_by_person(None, read, institute, platform.operator_id)
    with pytest.raises(TypeError, match="an id must be a uuid.UUID"):
        audit_by_person(store, read, institute, str(platform.operator_id))
    assert audit_by_person(store, read, institute, uuid.uuid4()) == []
