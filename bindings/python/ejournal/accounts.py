"""How a person signs in: with the login and password of the account that accepting an invitation
made (ejournal.invitations), or with an external identity the embedding system vouches for; each
request then authenticates its session token into the Principal the service calls take.

A session token is handed out once (SignedIn.token; its repr hides it) and the store keeps only
its hash. A wrong login and a wrong password raise the same PermissionDeniedError. Each function
takes `now` (an aware datetime; None: the system clock).

>>> import ejournal
>>> with ejournal.open("memory:") as store:
...     try:
...         ejournal.sign_in(store, "nobody@school.example.ua", "a long enough password")
...     except ejournal.PermissionDeniedError as error:
...         str(error)
'wrong login or password'
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Any, Optional

from ._cdef import EJ_PASSWORD_OPTIONS_VERSION, EJ_SESSION_OPTIONS_VERSION, EJ_SIGNED_IN_VERSION
from ._columns import instant
from ._lib import InvalidError, check, encode_text, ffi, integer, lib, uuid_from_c, uuid_to_c
from ._services import now_arg, principal_arg, store_arg, take_secret
from .access import Principal
from .store import Store

__all__ = ["PasswordOptions", "SessionOptions", "SignedIn", "authenticate", "change_password",
           "revoke_sessions", "sign_in", "sign_in_external", "sign_out"]


@dataclass(frozen=True)
class PasswordOptions:
    """How passwords are hashed (Argon2id) and how long a new one must be. The default cost
    (2 passes over 64 MiB, about 0.1–0.2 s a hash) is the one production must keep; a cheaper
    one is for tests and demonstrations only (a password is rehashed at its next sign-in with
    the options then given)."""

    min_length: int = 12
    ops_limit: int = 2
    mem_limit_kib: int = 64 * 1024

    def to_c(self) -> Any:
        return ffi.new("ej_password_options *", {
            "version": EJ_PASSWORD_OPTIONS_VERSION,
            "min_length": integer(self.min_length, "min_length"),
            "ops_limit": _unsigned(self.ops_limit, "ops_limit"),
            "mem_limit_kib": _unsigned(self.mem_limit_kib, "mem_limit_kib")})


@dataclass(frozen=True)
class SessionOptions:
    """How long sessions live (whole seconds) and when sign-in locks: the lock_after-th wrong
    password in a row locks it for first_lock, each further one twice as long up to max_lock."""

    idle_timeout: datetime.timedelta = datetime.timedelta(minutes=30)
    absolute_lifetime: datetime.timedelta = datetime.timedelta(hours=12)
    lock_after: int = 5
    first_lock: datetime.timedelta = datetime.timedelta(minutes=1)
    max_lock: datetime.timedelta = datetime.timedelta(hours=1)

    def to_c(self) -> Any:
        return ffi.new("ej_session_options *", {
            "version": EJ_SESSION_OPTIONS_VERSION,
            "lock_after": integer(self.lock_after, "lock_after"),
            "idle_timeout_s": _seconds(self.idle_timeout, "idle_timeout"),
            "absolute_lifetime_s": _seconds(self.absolute_lifetime, "absolute_lifetime"),
            "first_lock_s": _seconds(self.first_lock, "first_lock"),
            "max_lock_s": _seconds(self.max_lock, "max_lock")})


@dataclass(frozen=True)
class SignedIn:
    """A new session. `token` is its only copy: hand it to the client, never log it."""

    session: uuid.UUID
    account: uuid.UUID
    person: uuid.UUID
    institution: uuid.UUID
    expires_at: datetime.datetime
    token: str

    def __repr__(self) -> str:
        return (f"SignedIn(session={self.session!r}, account={self.account!r}, "
                f"person={self.person!r}, institution={self.institution!r}, "
                f"expires_at={self.expires_at!r}, token=<hidden>)")


def _unsigned(value: object, argument: str) -> int:
    number = integer(value, argument, 64)
    if number < 0:
        raise InvalidError(f"{argument} = {number} is negative")
    return number


def _seconds(value: object, argument: str) -> int:
    """A timedelta as whole seconds."""
    if not isinstance(value, datetime.timedelta):
        raise TypeError(f"{argument} must be a datetime.timedelta, not {type(value).__name__}")
    if value % datetime.timedelta(seconds=1):
        raise InvalidError(f"{argument} = {value} is not a whole number of seconds")
    return value // datetime.timedelta(seconds=1)


def password_options_arg(options: Optional[PasswordOptions]) -> Any:
    """The `const ej_password_options *` of `options`: NULL (the default) for None."""
    if options is None:
        return ffi.NULL
    if not isinstance(options, PasswordOptions):
        raise TypeError(f"password_options must be PasswordOptions, not {type(options).__name__}")
    return options.to_c()


def _session_arg(options: Optional[SessionOptions]) -> Any:
    if options is None:
        return ffi.NULL
    if not isinstance(options, SessionOptions):
        raise TypeError(f"session must be SessionOptions, not {type(options).__name__}")
    return options.to_c()


def _signed_in(start: Any) -> SignedIn:
    """The SignedIn of `start(out, out_token)`, an ej_sign_in*."""
    out = ffi.new("ej_signed_in *", {"version": EJ_SIGNED_IN_VERSION})
    token = ffi.new("char **")
    check(start(out, token))
    return SignedIn(uuid_from_c(out.session), uuid_from_c(out.account), uuid_from_c(out.person),
                    uuid_from_c(out.institution), instant(out.expires_at),
                    take_secret(token[0]))


def sign_in(store: Store, login: str, password: str, *, session: Optional[SessionOptions] = None,
            password_options: Optional[PasswordOptions] = None,
            now: Optional[datetime.datetime] = None) -> SignedIn:
    """Signs in with a login (the account's e-mail in any case) and a password. The same
    PermissionDeniedError for a wrong login or password, a locked account (saying until when)
    or a disabled one; a wrong password counts towards the lock."""
    c_login, c_password = encode_text(login, "login"), encode_text(password, "password")
    return _signed_in(lambda out, token: lib.ej_sign_in(
        out, token, store_arg(store), now_arg(now), c_login, c_password, _session_arg(session),
        password_options_arg(password_options)))


def sign_in_external(store: Store, issuer: str, subject: str, *,
                     session: Optional[SessionOptions] = None,
                     now: Optional[datetime.datetime] = None) -> SignedIn:
    """Signs in the account bound to the external identity (issuer, subject) that the caller
    has authenticated. PermissionDeniedError when none is bound or it is disabled."""
    c_issuer, c_subject = encode_text(issuer, "issuer"), encode_text(subject, "subject")
    return _signed_in(lambda out, token: lib.ej_sign_in_external(
        out, token, store_arg(store), now_arg(now), c_issuer, c_subject, _session_arg(session)))


def authenticate(store: Store, token: str, *, session: Optional[SessionOptions] = None,
                 now: Optional[datetime.datetime] = None) -> Principal:
    """The Principal of the session whose token is `token`, its grants loaded fresh, and the
    session's last use set to now. InvalidError for a malformed token; PermissionDeniedError
    for an unknown, ended or disabled one; ExpiredError when it was idle too long or is past
    its end."""
    c_token = encode_text(token, "token")
    return Principal._made_by(lambda out: lib.ej_authenticate(
        out, store_arg(store), now_arg(now), c_token, _session_arg(session)))


def sign_out(store: Store, token: str, *, now: Optional[datetime.datetime] = None) -> None:
    """Ends the session whose token is `token` (again: nothing changes). NotFoundError for an
    unknown one."""
    check(lib.ej_sign_out(store_arg(store), now_arg(now), encode_text(token, "token")))


def change_password(store: Store, principal: Principal, old_password: str, new_password: str, *,
                    password_options: Optional[PasswordOptions] = None,
                    now: Optional[datetime.datetime] = None) -> int:
    """Changes the signed-in principal's own password and ends every session of their account;
    returns how many ended. PermissionDeniedError for a wrong old password; InvalidError for a
    refused new one (the message says why, never quoting it)."""
    revoked = ffi.new("int64_t *")
    check(lib.ej_change_password(revoked, store_arg(store), now_arg(now),
                                 principal_arg(principal),
                                 encode_text(old_password, "old_password"),
                                 encode_text(new_password, "new_password"),
                                 password_options_arg(password_options)))
    return revoked[0]


def revoke_sessions(store: Store, principal: Principal, institution: uuid.UUID,
                    person: uuid.UUID, reason: Optional[str] = None, *,
                    now: Optional[datetime.datetime] = None) -> int:
    """Ends every session of `person`'s account (an administrator for anyone, a person for
    themself); returns how many ended. NotFoundError when the person has no account."""
    revoked = ffi.new("int64_t *")
    check(lib.ej_revoke_sessions(revoked, store_arg(store), now_arg(now),
                                 principal_arg(principal), uuid_to_c(institution),
                                 uuid_to_c(person), encode_text(reason, "reason", optional=True)))
    return revoked[0]
