"""Who acts: the principal every service call (ejournal.onboarding …) takes, so that the
library's one access policy decides what it may do.

The caller signs the user in and loads their facts (role grants, children, courses); the
principal carries them into each call.

>>> import uuid, ejournal
>>> school, teacher = uuid.uuid4(), uuid.uuid4()
>>> ejournal.Principal.person(school, teacher, [ejournal.RoleGrant("teacher")]).kind
'person'
>>> ejournal.Principal.anonymous().kind
'anonymous'
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Iterable, Optional

from ._cdef import EJ_ROLE_GRANT_VERSION, EJ_TAUGHT_COURSE_VERSION
from ._lib import Handle, check, enum_values, ffi, lib, uuid_to_c
from .store_records import enum_number, id_bytes, name_of

__all__ = ["Principal", "RoleGrant", "ROLES"]

#: The role names: "institute_operator", "institution_admin", "deputy", "teacher",
#: "class_teacher", "student", "parent".
ROLES = enum_values("ej_role", "EJ_ROLE_")
_KINDS = enum_values("ej_principal_type", "EJ_PRINCIPAL_")


@dataclass(frozen=True)
class RoleGrant:
    """A role the person holds in their institution: `school_class` for a class teacher only.
    `institution` and `person` default to the principal's; `id` (used in messages) to a new one."""

    role: str
    school_class: Optional[uuid.UUID] = None
    id: Optional[uuid.UUID] = None
    institution: Optional[uuid.UUID] = None
    person: Optional[uuid.UUID] = None


class Principal(Handle):
    """The acting principal; immutable and shareable between threads. Made by anonymous(),
    system() or person()."""

    _CTYPE = "ej_principal"
    _FREE = "ej_principal_free"

    @classmethod
    def anonymous(cls) -> "Principal":
        """Someone who has not signed in: may only submit a request or accept an invitation."""
        return cls._made_by(lib.ej_principal_anonymous)

    @classmethod
    def system(cls) -> "Principal":
        """The library itself, for jobs no person performs (delivering the outbox …). It may do
        everything: never hand it to code acting for a user."""
        return cls._made_by(lib.ej_principal_system)

    @classmethod
    def person(cls, institution: uuid.UUID, person: uuid.UUID,
               grants: Iterable[RoleGrant] = (), children: Iterable[uuid.UUID] = (),
               courses: Iterable[tuple[uuid.UUID, uuid.UUID]] = ()) -> "Principal":
        """A signed-in person of `institution` with their role grants, children (they count
        with the parent role) and taught courses as (course, class) pairs (they count with the
        teacher role). InvalidError for a nil id, a grant of another person or institution, an
        unknown role, a class teacher's grant without a class or another role's with one."""
        grants, children, courses = list(grants), list(children), list(courses)
        grant_array = ffi.new("ej_role_grant[]", max(len(grants), 1))
        for index, grant in enumerate(grants):
            argument = f"grants[{index}]"
            if not isinstance(grant, RoleGrant):
                raise TypeError(f"{argument} must be a RoleGrant, not {type(grant).__name__}")
            item = grant_array[index]
            item.version = EJ_ROLE_GRANT_VERSION
            item.role = enum_number(ROLES, grant.role, f"{argument}.role")
            item.id.bytes = id_bytes(grant.id or uuid.uuid4(), f"{argument}.id")
            item.institution.bytes = id_bytes(grant.institution or institution,
                                              f"{argument}.institution")
            item.person.bytes = id_bytes(grant.person or person, f"{argument}.person")
            item.school_class.bytes = id_bytes(grant.school_class, f"{argument}.school_class")
        child_array = ffi.new("ej_uuid[]", max(len(children), 1))
        for index, child in enumerate(children):
            child_array[index].bytes = id_bytes(child, f"children[{index}]")
        course_array = ffi.new("ej_taught_course[]", max(len(courses), 1))
        for index, pair in enumerate(courses):
            course, school_class = pair
            item = course_array[index]
            item.version = EJ_TAUGHT_COURSE_VERSION
            item.course.bytes = id_bytes(course, f"courses[{index}].course")
            item.school_class.bytes = id_bytes(school_class, f"courses[{index}].class")
        institution_id, person_id = uuid_to_c(institution), uuid_to_c(person)
        return cls._made_by(lambda out: lib.ej_principal_person(
            out, institution_id, person_id, grant_array, len(grants), child_array, len(children),
            course_array, len(courses)))

    @property
    def kind(self) -> str:
        """"anonymous", "person" or "system"."""
        out = ffi.new("int32_t *")
        check(lib.ej_principal_kind(out, self._ptr))
        return name_of(_KINDS, out[0])
