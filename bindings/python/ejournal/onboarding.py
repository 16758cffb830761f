"""How an institution joins: it submits a connection request, an institute operator reviews it,
and an approval creates the institution, its administrator, their role and invitation, and the
invitation e-mail in the outbox (ejournal.outbox) — all at once or not at all.

The store must hold the institute (the one institution of kind "other") first. Each function
takes `now` (an aware datetime; None: the system clock). A form with problems raises
ValidationError listing every one as (field, problem) pairs.

>>> import ejournal
>>> with ejournal.open("memory:") as store:
...     _ = store.create_institution(ejournal.Institution("Інститут", kind="other"))
...     try:
...         ejournal.submit_connection_request(store, kind="school", edrpou="32855962")
...     except ejournal.ValidationError as error:
...         dict(error.problems)["institution_name"]
'is required'
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Any, Optional

from ._cdef import (EJ_APPROVAL_VERSION, EJ_CONNECTION_REQUEST_FORM_VERSION,
                    EJ_REVIEW_OPTIONS_VERSION)
from ._columns import instant, micros
from ._lib import check, decode_text, encode_text, enum_values, ffi, integer, lib, uuid_to_c
from .access import Principal
from .store import Store, _read_list
from .store_records import INSTITUTION_KINDS, CRecord, enum_number, name_of, optional_uuid

__all__ = ["Approval", "ConnectionRequest", "FORM_FIELDS", "approve_connection_request",
           "connection_requests", "reject_connection_request", "submit_connection_request",
           "withdraw_connection_request"]

#: The fields of a connection request form, as submit_connection_request() takes them.
FORM_FIELDS = ("kind", "hromada_katottg", "institution_name", "diso_id", "edrpou",
               "admin_surname", "admin_given_name", "admin_patronymic", "admin_email",
               "admin_phone")
#: "pending", "approved", "rejected", "withdrawn".
REQUEST_STATUSES = enum_values("ej_request_status", "EJ_REQUEST_")


@dataclass(frozen=True)
class ConnectionRequest:
    """A stored request: the form's fields normalised, its status and the decision. Pass
    `revision` as `expected_revision` to decide on it."""

    id: uuid.UUID
    kind: str
    hromada_katottg: str
    institution_name: str
    diso_id: str
    edrpou: str
    admin_surname: str
    admin_given_name: str
    admin_patronymic: Optional[str]
    admin_email: str
    admin_phone: str
    status: str
    decision_reason: str
    submitted_at: datetime.datetime
    decided_at: Optional[datetime.datetime]
    institution: Optional[uuid.UUID]
    revision: int

    @classmethod
    def from_c(cls, view: Any) -> "ConnectionRequest":
        status = name_of(REQUEST_STATUSES, view.status)
        patronymic = view.admin_patronymic
        return cls(uuid.UUID(bytes=bytes(view.id.bytes)), name_of(INSTITUTION_KINDS, view.kind),
                   decode_text(view.hromada_katottg), decode_text(view.institution_name),
                   decode_text(view.diso_id), decode_text(view.edrpou),
                   decode_text(view.admin_surname), decode_text(view.admin_given_name),
                   None if patronymic == ffi.NULL else decode_text(patronymic),
                   decode_text(view.admin_email), decode_text(view.admin_phone), status,
                   decode_text(view.decision_reason), instant(view.submitted_at),
                   None if status == "pending" else instant(view.decided_at),
                   optional_uuid(view.institution), view.revision)


@dataclass(frozen=True)
class Approval:
    """What an approval made. `token` is the invitation's secret, whose only other copy is the
    e-mail in the outbox (the store keeps its hash): do not log or keep it."""

    institution: uuid.UUID
    admin: uuid.UUID
    grant: uuid.UUID
    invitation: uuid.UUID
    token: str

    def __repr__(self) -> str:
        return (f"Approval(institution={self.institution!r}, admin={self.admin!r}, "
                f"grant={self.grant!r}, invitation={self.invitation!r}, token=<hidden>)")


def _now(now: Optional[datetime.datetime]) -> Any:
    """The `const int64_t *now` of a call: NULL for the system clock."""
    return ffi.NULL if now is None else ffi.new("int64_t *", micros(now, "now"))


def _store(store: Store) -> Any:
    if not isinstance(store, Store):
        raise TypeError(f"store must be a Store, not {type(store).__name__}")
    return store._ptr


def _principal(principal: Principal) -> Any:
    if not isinstance(principal, Principal):
        raise TypeError(f"principal must be a Principal, not {type(principal).__name__}")
    return principal._ptr


def submit_connection_request(store: Store, *, now: Optional[datetime.datetime] = None,
                              **fields: Optional[str]) -> uuid.UUID:
    """Stores a connection request from the form `fields` (FORM_FIELDS; a missing one is empty)
    and returns its id. ValidationError lists every problem of the form; ConflictError when a
    request or an institution already has its ЄДРПОУ or ДІСО id; NotFoundError without an
    institute."""
    unknown = sorted(set(fields) - set(FORM_FIELDS))
    if unknown:
        raise TypeError(f"unknown form fields: {', '.join(unknown)}")
    record = CRecord("ej_connection_request_form")
    record.pointer.version = EJ_CONNECTION_REQUEST_FORM_VERSION
    for name in FORM_FIELDS:
        setattr(record.pointer, name, record.text(fields.get(name), name, optional=True))
    out = ffi.new("ej_uuid *")
    check(lib.ej_onboarding_submit(out, _store(store), _now(now), record.pointer))
    return uuid.UUID(bytes=bytes(out.bytes))


def approve_connection_request(store: Store, principal: Principal, request: uuid.UUID,
                               expected_revision: int, *, base_url: str, locale: str = "uk",
                               invitation_days: int = 7, reason: Optional[str] = None,
                               now: Optional[datetime.datetime] = None) -> Approval:
    """Approves a pending request at `expected_revision`; the invitation link starts with
    `base_url`, the e-mail is in `locale` ("uk" or "en"). PermissionDeniedError unless the
    principal is an institute operator or the system; ConflictError for a stale revision or a
    decided request; NotFoundError for an unknown one."""
    options = CRecord("ej_review_options")
    options.pointer.version = EJ_REVIEW_OPTIONS_VERSION
    options.pointer.invitation_days = integer(invitation_days, "invitation_days")
    options.pointer.base_url = options.text(base_url, "base_url")
    options.pointer.locale = options.text(locale, "locale")
    options.pointer.reason = options.text(reason, "reason", optional=True)
    out = ffi.new("ej_approval *", {"version": EJ_APPROVAL_VERSION})
    token = ffi.new("char **")
    check(lib.ej_onboarding_approve(out, token, _store(store), _now(now), _principal(principal),
                                    uuid_to_c(request),
                                    integer(expected_revision, "expected_revision", 64),
                                    options.pointer))
    ids = [uuid.UUID(bytes=bytes(getattr(out, name).bytes))
           for name in ("institution", "admin", "grant", "invitation")]
    return Approval(*ids, _take_secret(token[0]))


def _take_secret(pointer: Any) -> str:
    """The str of a secret the library handed out; its C copy is overwritten, then freed."""
    try:
        size = len(ffi.string(pointer))
        text = ffi.string(pointer).decode("utf-8")
        ffi.memmove(pointer, bytes(size), size)
        return text
    finally:
        lib.ej_free(pointer)


def reject_connection_request(store: Store, principal: Principal, request: uuid.UUID,
                              expected_revision: int, reason: str, *,
                              now: Optional[datetime.datetime] = None) -> None:
    """Rejects a pending request with `reason` (required; ValidationError for field "reason")."""
    check(lib.ej_onboarding_reject(_store(store), _now(now), _principal(principal),
                                   uuid_to_c(request),
                                   integer(expected_revision, "expected_revision", 64),
                                   encode_text(reason, "reason")))


def withdraw_connection_request(store: Store, principal: Principal, request: uuid.UUID,
                                expected_revision: int, reason: Optional[str] = None, *,
                                now: Optional[datetime.datetime] = None) -> None:
    """Records that the institution withdrew its pending request, with an optional reason."""
    check(lib.ej_onboarding_withdraw(_store(store), _now(now), _principal(principal),
                                     uuid_to_c(request),
                                     integer(expected_revision, "expected_revision", 64),
                                     encode_text(reason, "reason", optional=True)))


def connection_requests(store: Store, principal: Principal,
                        status: Optional[str] = None) -> list[ConnectionRequest]:
    """The requests, oldest first; only those of `status` ("pending", "approved", "rejected",
    "withdrawn") when given. PermissionDeniedError unless the principal may review them."""
    wanted = 0 if status is None else enum_number(REQUEST_STATUSES, status, "status")
    return _read_list("connection_request", ConnectionRequest,
                      lambda out: lib.ej_onboarding_list(out, _store(store),
                                                         _principal(principal), wanted))
