"""Notification choices through the C ABI (ejournal.notices) on the memory backend and an
in-memory SQLite database: the defaults, storing with revisions, a stale revision refused, only
the person themself, the audit entry, and bad arguments."""

import dataclasses
import datetime
import uuid

import pytest

import ejournal
from ejournal import (ConflictError, InvalidError, NotFoundError, NotificationPreferences,
                      PermissionDeniedError, Principal, RoleGrant, notification_preferences,
                      set_notification_preferences)

URIS = ["memory:", "sqlite::memory:"]
NOW = datetime.datetime(2024, 9, 2, 7, 0, tzinfo=datetime.timezone.utc)


class School:
    """A school (kind "other" needs no codes) with a parent and another person."""

    def __init__(self, store):
        self.store = store
        self.institution = store.create_institution(
            ejournal.Institution("Інститут освітньої аналітики", kind="other"))
        self.parent = store.create_person(self.institution, ejournal.Person("Коваль", "Оксана"))
        self.other = store.create_person(self.institution, ejournal.Person("Коваль", "Андрій"))

    def principal(self, person):
        return Principal.person(self.institution, person, [RoleGrant("parent")])

    def read(self, person=None):
        person = person or self.parent
        return notification_preferences(self.store, self.principal(person), self.institution,
                                        person)

    def write(self, choices, person=None):
        person = person or self.parent
        return set_notification_preferences(self.store, self.principal(person), self.institution,
                                            person, choices, now=NOW)


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield School(store)


def test_every_kind_is_on_until_the_person_chooses(school):
    assert school.read() == NotificationPreferences(True, True, True, 0)


def test_choices_are_stored_with_revisions(school):
    first = dataclasses.replace(school.read(), absences=False)
    assert school.write(first) == 1
    assert school.read() == NotificationPreferences(True, False, True, 1)
    with pytest.raises(ConflictError):
        school.write(first)
    second = dataclasses.replace(school.read(), published_grades=False, comments=False)
    assert school.write(second) == 2
    assert school.read() == NotificationPreferences(False, False, False, 2)
    # Each person's choices are their own.
    assert school.read(school.other) == NotificationPreferences()


def test_the_change_is_audited(school):
    school.write(NotificationPreferences(comments=False))
    trail = ejournal.audit_for_entity(school.store, Principal.system(), school.institution,
                                      "notification_preferences", str(school.parent))
    assert len(trail) == 1
    assert trail[0].actor == school.parent
    assert trail[0].before == {"published_grades": "on", "absences": "on", "comments": "on"}
    assert trail[0].after == {"published_grades": "on", "absences": "on", "comments": "off"}


def test_only_the_person_reads_and_sets_their_choices(school):
    with pytest.raises(PermissionDeniedError):
        notification_preferences(school.store, school.principal(school.other),
                                 school.institution, school.parent)
    with pytest.raises(PermissionDeniedError):
        set_notification_preferences(school.store, school.principal(school.other),
                                     school.institution, school.parent,
                                     NotificationPreferences(absences=False), now=NOW)
    assert school.read() == NotificationPreferences()


def test_a_person_the_institution_does_not_have_is_not_found(school):
    stranger = uuid.uuid4()
    with pytest.raises(NotFoundError):
        school.read(stranger)
    with pytest.raises(NotFoundError):
        school.write(NotificationPreferences(), stranger)


def test_bad_arguments(school):
    with pytest.raises(TypeError):
        school.write({"absences": False})
    with pytest.raises(TypeError):
        school.write(NotificationPreferences(absences=0))
    with pytest.raises(TypeError):
        notification_preferences(school.store, "parent", school.institution, school.parent)
    with pytest.raises(InvalidError):
        school.read(uuid.UUID(int=0))
    assert school.read() == NotificationPreferences()
