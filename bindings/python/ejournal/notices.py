"""What a person is told by e-mail about the students they are a parent of: a newly published
grade, an absence, a new comment. The journal puts these messages in the outbox in the same
transaction as the change; each person chooses here which kinds they receive. Until they choose,
every kind is on (revision 0).

>>> import ejournal
>>> NotificationPreferences().absences
True
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Optional

from ._cdef import EJ_NOTIFICATION_PREFERENCES_VERSION
from ._lib import check, ffi, integer, lib, uuid_to_c
from ._services import now_arg, principal_arg, store_arg
from .access import Principal
from .store import Store

__all__ = ["NotificationPreferences", "notification_preferences",
           "set_notification_preferences"]


@dataclass(frozen=True)
class NotificationPreferences:
    """A person's choices. `revision` is the stored version they were read at (0: never chosen);
    pass it back unchanged when storing, so that a choice made meanwhile on another device is
    never overwritten unseen (ConflictError instead)."""

    published_grades: bool = True
    absences: bool = True
    comments: bool = True
    revision: int = 0


def notification_preferences(store: Store, principal: Principal, institution: uuid.UUID,
                             person: uuid.UUID) -> NotificationPreferences:
    """The choices of `person`, read by that person. PermissionDeniedError for anyone else;
    NotFoundError when the institution has no such person."""
    out = ffi.new("ej_notification_preferences *",
                  {"version": EJ_NOTIFICATION_PREFERENCES_VERSION})
    check(lib.ej_notification_preferences_get(out, store_arg(store), principal_arg(principal),
                                              uuid_to_c(institution), uuid_to_c(person)))
    return NotificationPreferences(published_grades=out.published_grades == 1,
                                   absences=out.absences == 1, comments=out.comments == 1,
                                   revision=out.revision)


def set_notification_preferences(store: Store, principal: Principal, institution: uuid.UUID,
                                 person: uuid.UUID, choices: NotificationPreferences, *,
                                 now: Optional[datetime.datetime] = None) -> int:
    """Stores the choices of `person`, made by that person, audited; returns the new revision.
    ConflictError when they changed since `choices.revision`."""
    if not isinstance(choices, NotificationPreferences):
        raise TypeError(f"choices must be NotificationPreferences, not {type(choices).__name__}")
    for name in ("published_grades", "absences", "comments"):
        if not isinstance(getattr(choices, name), bool):
            raise TypeError(f"choices.{name} must be a bool")
    given = ffi.new("ej_notification_preferences *", {
        "version": EJ_NOTIFICATION_PREFERENCES_VERSION,
        "published_grades": int(choices.published_grades),
        "absences": int(choices.absences),
        "comments": int(choices.comments),
        "revision": integer(choices.revision, "choices.revision", bits=64)})
    revision = ffi.new("int64_t *")
    check(lib.ej_notification_preferences_set(revision, store_arg(store), now_arg(now),
                                              principal_arg(principal), uuid_to_c(institution),
                                              uuid_to_c(person), given))
    return revision[0]
