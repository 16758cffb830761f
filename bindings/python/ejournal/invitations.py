"""How the people of an institution come to it: an administrator invites a person (new, or
already stored) to take a role, the invitation e-mail goes to the outbox (ejournal.outbox), and
the person accepts with the token of its link, which makes their account (ejournal.accounts)
bound to a password or an external identity.

A token is handed out once (Invitation.token; its repr hides it) and in the e-mail; the store
keeps only its hash. Each function takes `now` (an aware datetime; None: the system clock). A
form with problems raises ValidationError listing every one as (field, problem) pairs.

>>> import ejournal
>>> with ejournal.open("memory:") as store:
...     try:
...         ejournal.accept_invitation(store, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
...                                    password="сонячний ранок над Дніпром")
...     except ejournal.NotFoundError:
...         "no invitation has that token"
'no invitation has that token'
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Any, Optional

from ._cdef import (EJ_ACCEPTED_INVITATION_VERSION, EJ_CREDENTIAL_VERSION,
                    EJ_INVITATION_FORM_VERSION, EJ_INVITATION_OPTIONS_VERSION,
                    EJ_ISSUED_INVITATION_VERSION)
from ._columns import instant
from ._lib import (check, decode_text, encode_text, enum_values, ffi, integer, lib, uuid_from_c,
                   uuid_to_c)
from ._services import now_arg, principal_arg, store_arg, take_secret
from .access import ROLES, Principal
from .accounts import PasswordOptions, password_options_arg
from .store import Store, _read_list
from .store_records import CRecord, enum_number, id_bytes, name_of, optional_uuid

__all__ = ["AcceptedInvitation", "Invitation", "InvitationRecord", "PARENT_RELATIONS",
           "accept_invitation", "invitations", "invite", "resend_invitation",
           "revoke_invitation"]

#: "mother", "father", "guardian", "other".
PARENT_RELATIONS = enum_values("ej_parent_relation", "EJ_PARENT_")
#: "pending", "accepted", "revoked".
INVITATION_STATUSES = enum_values("ej_invitation_status", "EJ_INVITATION_")
_CREDENTIALS = enum_values("ej_credential_kind", "EJ_CREDENTIAL_")


@dataclass(frozen=True)
class Invitation:
    """An issued (or resent) invitation. `token` is its secret, whose only other copy is the
    e-mail in the outbox (the store keeps its hash): do not log or keep it."""

    invitation: uuid.UUID
    person: uuid.UUID
    token: str

    def __repr__(self) -> str:
        return f"Invitation(invitation={self.invitation!r}, person={self.person!r}, token=<hidden>)"


@dataclass(frozen=True)
class AcceptedInvitation:
    """What accepting did: the account is new unless the person had one."""

    invitation: uuid.UUID
    institution: uuid.UUID
    person: uuid.UUID
    account: uuid.UUID
    account_created: bool


@dataclass(frozen=True)
class InvitationRecord:
    """An invitation as stored (never its token)."""

    id: uuid.UUID
    institution: uuid.UUID
    person: uuid.UUID
    role: str
    school_class: Optional[uuid.UUID]
    child: Optional[uuid.UUID]
    email: str
    status: str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    accepted_at: Optional[datetime.datetime]
    revision: int

    @classmethod
    def from_c(cls, view: Any) -> "InvitationRecord":
        status = name_of(INVITATION_STATUSES, view.status)
        return cls(uuid_from_c(view.id), uuid_from_c(view.institution), uuid_from_c(view.person),
                   name_of(ROLES, view.role), optional_uuid(view.school_class),
                   optional_uuid(view.child), decode_text(view.email), status,
                   instant(view.created_at), instant(view.expires_at),
                   instant(view.accepted_at) if status == "accepted" else None, view.revision)


def _options(base_url: str, locale: str, days: int) -> CRecord:
    options = CRecord("ej_invitation_options")
    options.pointer.version = EJ_INVITATION_OPTIONS_VERSION
    options.pointer.days = integer(days, "days")
    options.pointer.base_url = options.text(base_url, "base_url")
    options.pointer.locale = options.text(locale, "locale")
    return options


def _issued(issue: Any) -> Invitation:
    """The Invitation of `issue(out, out_token)`, an ej_invite or ej_invitation_resend."""
    out = ffi.new("ej_issued_invitation *", {"version": EJ_ISSUED_INVITATION_VERSION})
    token = ffi.new("char **")
    check(issue(out, token))
    return Invitation(uuid_from_c(out.invitation), uuid_from_c(out.person),
                      take_secret(token[0]))


def invite(store: Store, principal: Principal, institution: uuid.UUID, role: str, *,
           base_url: str, person: Optional[uuid.UUID] = None, surname: Optional[str] = None,
           given_name: Optional[str] = None, patronymic: Optional[str] = None,
           email: Optional[str] = None, phone: Optional[str] = None,
           school_class: Optional[uuid.UUID] = None, child: Optional[uuid.UUID] = None,
           relation: str = "other", locale: str = "uk", days: int = 7,
           now: Optional[datetime.datetime] = None) -> Invitation:
    """Invites `person` (an existing one) or a new person (surname, given_name, email required)
    to take `role` in `institution`: a class teacher of `school_class`, a parent of `child`
    (a student) as `relation`. The e-mail in `locale` ("uk", "en") links to `base_url`; the
    invitation lasts `days`. ValidationError lists the form's problems (fields "person_id",
    "surname", "given_name", "patronymic", "email", "phone", "class_id", "child_id");
    PermissionDeniedError unless the principal may invite to the role; ConflictError when the
    person has a pending invitation to it; ExistsError when the e-mail is another's login."""
    form = CRecord("ej_invitation_form")
    c = form.pointer
    c.version = EJ_INVITATION_FORM_VERSION
    c.role = enum_number(ROLES, role, "role")
    c.institution_id.bytes = id_bytes(institution, "institution")
    c.person_id.bytes = id_bytes(person, "person")
    c.surname = form.text(surname, "surname", optional=True)
    c.given_name = form.text(given_name, "given_name", optional=True)
    c.patronymic = form.text(patronymic, "patronymic", optional=True)
    c.email = form.text(email, "email", optional=True)
    c.phone = form.text(phone, "phone", optional=True)
    c.class_id.bytes = id_bytes(school_class, "school_class")
    c.child_id.bytes = id_bytes(child, "child")
    c.relation = enum_number(PARENT_RELATIONS, relation, "relation")
    options = _options(base_url, locale, days)
    return _issued(lambda out, token: lib.ej_invite(
        out, token, store_arg(store), now_arg(now), principal_arg(principal), c, options.pointer))


def accept_invitation(store: Store, token: str, *, password: Optional[str] = None,
                      external: Optional[tuple[str, str]] = None,
                      password_options: Optional[PasswordOptions] = None,
                      now: Optional[datetime.datetime] = None) -> AcceptedInvitation:
    """Accepts the invitation whose token is `token`. A person without an account gets one bound
    to `password` or to the identity `external` = (issuer, subject); one with an account passes
    neither. InvalidError for a malformed token, a missing or superfluous credential, or a
    refused password (never quoted); NotFoundError for an unknown token; PermissionDeniedError
    when it was revoked; ConflictError when already accepted; ExpiredError past its expiry;
    ExistsError when the login or identity is another account's."""
    if password is not None and external is not None:
        raise TypeError("pass either password or external, not both")
    credential = CRecord("ej_credential")
    credential.pointer.version = EJ_CREDENTIAL_VERSION
    if password is not None:
        credential.pointer.kind = _CREDENTIALS["password"]
        credential.pointer.password = credential.text(password, "password")
    elif external is not None:
        issuer, subject = external
        credential.pointer.kind = _CREDENTIALS["external"]
        credential.pointer.issuer = credential.text(issuer, "issuer")
        credential.pointer.subject = credential.text(subject, "subject")
    else:
        credential.pointer.kind = _CREDENTIALS["none"]
    out = ffi.new("ej_accepted_invitation *", {"version": EJ_ACCEPTED_INVITATION_VERSION})
    check(lib.ej_invitation_accept(out, store_arg(store), now_arg(now),
                                   encode_text(token, "token"), credential.pointer,
                                   password_options_arg(password_options)))
    return AcceptedInvitation(uuid_from_c(out.invitation), uuid_from_c(out.institution),
                              uuid_from_c(out.person), uuid_from_c(out.account),
                              bool(out.account_created))


def revoke_invitation(store: Store, principal: Principal, institution: uuid.UUID,
                      invitation: uuid.UUID, reason: Optional[str] = None, *,
                      now: Optional[datetime.datetime] = None) -> None:
    """Revokes a pending invitation so that its token stops working. ConflictError when it is
    not pending; NotFoundError for an unknown one."""
    check(lib.ej_invitation_revoke(store_arg(store), now_arg(now), principal_arg(principal),
                                   uuid_to_c(institution), uuid_to_c(invitation),
                                   encode_text(reason, "reason", optional=True)))


def resend_invitation(store: Store, principal: Principal, institution: uuid.UUID,
                      invitation: uuid.UUID, *, base_url: str, locale: str = "uk",
                      days: int = 7, now: Optional[datetime.datetime] = None) -> Invitation:
    """Sends a pending invitation again with a new token (the old one stops working) and a new
    expiry `days` from now. Errors as revoke_invitation."""
    options = _options(base_url, locale, days)
    return _issued(lambda out, token: lib.ej_invitation_resend(
        out, token, store_arg(store), now_arg(now), principal_arg(principal),
        uuid_to_c(institution), uuid_to_c(invitation), options.pointer))


def invitations(store: Store, principal: Principal, institution: uuid.UUID,
                person: uuid.UUID) -> list[InvitationRecord]:
    """The invitations of `person`, oldest first. PermissionDeniedError unless the principal
    may read the institution's people."""
    return _read_list("invitation", InvitationRecord,
                      lambda out: lib.ej_invitations_list(out, store_arg(store),
                                                          principal_arg(principal),
                                                          uuid_to_c(institution),
                                                          uuid_to_c(person)))
