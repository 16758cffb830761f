"""Reading the audit trail: every change the library made (a request reviewed, an invitation
issued, resent, revoked or accepted, an account created …) — who, when, which entity, before →
after and why — per entity or per person, in the order the changes were made.

The trail is append-only: nothing in the library alters or deletes an entry, and no entry holds a
token or a password. Reading it needs the institution's administrator (or the system principal);
the connection requests' entries are in the institute's own trail.

>>> import ejournal
>>> with ejournal.open("memory:") as store:
...     institute = store.create_institution(ejournal.Institution("Інститут", kind="other"))
...     request = ejournal.submit_connection_request(
...         store, kind="school", hromada_katottg="UA71020130000086047",
...         institution_name="Ліцей № 1", diso_id="100200", edrpou="32855961",
...         admin_surname="Мельник", admin_given_name="Олена",
...         admin_email="olena@school.example.ua", admin_phone="+380671234567")
...     [entry] = ejournal.audit_for_entity(store, ejournal.Principal.system(), institute,
...                                         "connection_request", request)
>>> entry.action, entry.actor, entry.after["edrpou"]
('submit', None, '32855961')
"""

from __future__ import annotations

import datetime
import json
import uuid
from dataclasses import dataclass
from typing import Any, Optional, Union

from ._columns import instant
from ._lib import decode_text, encode_text, lib, uuid_from_c, uuid_to_c
from ._services import principal_arg, store_arg
from .access import Principal
from .store import Store, _read_list
from .store_records import optional_uuid

__all__ = ["AuditEntry", "audit_by_person", "audit_for_entity"]


def _document(text: str) -> Optional[dict[str, Any]]:
    """The JSON object of an entry's before or after; None when the entry has none."""
    return json.loads(text) if text else None


@dataclass(frozen=True)
class AuditEntry:
    """One change as appended to the trail. `actor` is None for the system (and for a connection
    request, which no one signs in to submit). `before` and `after` are the changed fields as
    dicts (None when there are none: `before` of a creation); `before_json` and `after_json` are
    the same as the library stored them."""

    id: uuid.UUID
    institution: uuid.UUID
    actor: Optional[uuid.UUID]
    at: datetime.datetime
    entity_type: str
    entity_id: str
    action: str
    before: Optional[dict[str, Any]]
    after: Optional[dict[str, Any]]
    reason: str
    before_json: str
    after_json: str

    @classmethod
    def from_c(cls, view: Any) -> "AuditEntry":
        before, after = decode_text(view.before), decode_text(view.after)
        return cls(uuid_from_c(view.id), uuid_from_c(view.institution), optional_uuid(view.actor),
                   instant(view.at), decode_text(view.entity_type), decode_text(view.entity_id),
                   decode_text(view.action), _document(before), _document(after),
                   decode_text(view.reason), before, after)


def audit_for_entity(store: Store, principal: Principal, institution: uuid.UUID,
                     entity_type: str, entity_id: Union[uuid.UUID, str]) -> list[AuditEntry]:
    """The entries about one entity of `institution` ("invitation" and the invitation's id, as a
    UUID or its text), oldest first; other institutions' entries are never returned.
    PermissionDeniedError unless the principal may read the institution's trail; InvalidError for
    an empty or too long entity type or id."""
    if isinstance(entity_id, uuid.UUID):
        entity_id = str(entity_id)
    elif not isinstance(entity_id, str):
        raise TypeError(f"entity_id must be a uuid.UUID or a str, not {type(entity_id).__name__}")
    type_text = encode_text(entity_type, "entity_type")
    id_text = encode_text(entity_id, "entity_id")
    return _read_list("audit_entry", AuditEntry,
                      lambda out: lib.ej_audit_for_entity(out, store_arg(store),
                                                          principal_arg(principal),
                                                          uuid_to_c(institution), type_text,
                                                          id_text))


def audit_by_person(store: Store, principal: Principal, institution: uuid.UUID,
                    person: uuid.UUID) -> list[AuditEntry]:
    """The changes `person` made in `institution`, oldest first. PermissionDeniedError as
    audit_for_entity(); InvalidError for a nil institution or person."""
    return _read_list("audit_entry", AuditEntry,
                      lambda out: lib.ej_audit_by_person(out, store_arg(store),
                                                         principal_arg(principal),
                                                         uuid_to_c(institution),
                                                         uuid_to_c(person)))
