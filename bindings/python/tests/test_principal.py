"""The acting principal (ejournal.Principal) through the C ABI: its kinds and the facts it
refuses."""

import uuid

import pytest

import ejournal
from ejournal import InvalidError, Principal, RoleGrant


def test_the_three_kinds():
    school, person = uuid.uuid4(), uuid.uuid4()
    assert Principal.anonymous().kind == "anonymous"
    assert Principal.system().kind == "system"
    teacher = Principal.person(school, person, [RoleGrant("teacher"),
                                                RoleGrant("class_teacher", uuid.uuid4()),
                                                RoleGrant("parent")],
                               children=[uuid.uuid4()], courses=[(uuid.uuid4(), uuid.uuid4())])
    assert teacher.kind == "person"
    assert Principal.person(school, person).kind == "person"


def test_a_closed_principal_cannot_be_used():
    principal = Principal.system()
    with principal:
        assert principal.kind == "system"
    with pytest.raises(InvalidError, match="closed"):
        principal.kind


@pytest.mark.parametrize("grant, message", [
    (RoleGrant("class_teacher"), "names no class"),
    (RoleGrant("teacher", uuid.uuid4()), "not a class teacher's"),
    (RoleGrant("teacher", person=uuid.uuid4()), "belongs to person"),
    (RoleGrant("teacher", institution=uuid.uuid4()), "belongs to institution"),
])
def test_refused_grants(grant, message):
    with pytest.raises(InvalidError, match=message):
        Principal.person(uuid.uuid4(), uuid.uuid4(), [grant])


def test_refused_ids_and_names():
    nil = uuid.UUID(int=0)
    with pytest.raises(InvalidError, match="institution id is nil"):
        Principal.person(nil, uuid.uuid4())
    with pytest.raises(InvalidError, match="children\\[0\\]"):
        Principal.person(uuid.uuid4(), uuid.uuid4(), children=[nil])
    with pytest.raises(InvalidError, match="school_class"):
        Principal.person(uuid.uuid4(), uuid.uuid4(), courses=[(uuid.uuid4(), nil)])
    with pytest.raises(InvalidError, match="'headmaster' is not one of"):
        Principal.person(uuid.uuid4(), uuid.uuid4(), [RoleGrant("headmaster")])
    with pytest.raises(TypeError, match="grants\\[0\\] must be a RoleGrant"):
        Principal.person(uuid.uuid4(), uuid.uuid4(), ["teacher"])
    with pytest.raises(TypeError, match="uuid.UUID"):
        Principal.person(str(uuid.uuid4()), uuid.uuid4())


def test_roles_are_the_c_constants():
    assert ejournal.access.ROLES["institute_operator"] == ejournal.lib.EJ_ROLE_INSTITUTE_OPERATOR
    roles = ejournal.access.ROLES
    assert sorted(roles, key=roles.get) == ["institute_operator", "institution_admin", "deputy",
                                            "teacher", "class_teacher", "student", "parent"]
