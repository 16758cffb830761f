"""Delivering the notification outbox: the messages that changes wrote (an approval's invitation
e-mail …) handed to a Python notifier, at least once, and each outcome recorded.

A notifier is a callable taking a Notification. Returning normally means delivered; raising
DeliveryRejected is a permanent failure (no such mailbox: given up now); any other exception is a
temporary failure, retried later with its text recorded. It may see a message again after a
crash, so it should drop an idempotency_key it already sent.

>>> import ejournal
>>> sent = []
>>> with ejournal.open("memory:") as store:
...     ejournal.deliver_due(store, sent.append).delivered
0
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Optional

from ._cdef import EJ_DELIVERY_POLICY_VERSION, EJ_DELIVERY_REPORT_VERSION
from ._columns import micros
from ._lib import check, decode_text, ffi, integer, lib
from .store import Store

__all__ = ["DeliveryPolicy", "DeliveryRejected", "DeliveryReport", "Notification", "deliver_due"]

_DELIVERED = lib.EJ_DELIVERY_DELIVERED
_RETRY_LATER = lib.EJ_DELIVERY_RETRY_LATER
_REJECTED = lib.EJ_DELIVERY_REJECTED


class DeliveryRejected(Exception):
    """Raised by a notifier for a permanent failure: the message is given up at once."""


@dataclass(frozen=True)
class Notification:
    """One outbox message as a notifier receives it; `attempt` is 1 the first time."""

    id: uuid.UUID
    institution: uuid.UUID
    channel: str
    recipient: str
    subject: str
    body: str
    idempotency_key: str
    attempt: int


@dataclass(frozen=True)
class DeliveryPolicy:
    """How a run works through the outbox: messages per run, failed attempts before giving up,
    and the retry delay (doubling after each failure, up to `max_retry_delay`)."""

    batch_limit: int = 100
    max_attempts: int = 10
    first_retry_delay: datetime.timedelta = datetime.timedelta(minutes=1)
    max_retry_delay: datetime.timedelta = datetime.timedelta(hours=6)


@dataclass(frozen=True)
class DeliveryReport:
    """What one run did: delivered, retried later, failed (given up), skipped (changed by
    another run meanwhile)."""

    delivered: int
    retried: int
    failed: int
    skipped: int


def _microseconds(delay: datetime.timedelta, argument: str) -> int:
    if not isinstance(delay, datetime.timedelta):
        raise TypeError(f"{argument} must be a datetime.timedelta, not {type(delay).__name__}")
    return integer(delay // datetime.timedelta(microseconds=1), argument, 64)


def _error_text(error: BaseException) -> str:
    return str(error) or type(error).__name__


class _Relay:
    """The ej_notifier_fn over a Python notifier: never lets an exception reach the C side."""

    def __init__(self, notifier: Callable[[Notification], Any]) -> None:
        self._notifier = notifier
        # A BaseException that is not an Exception (KeyboardInterrupt …), raised after the run.
        self.interrupt: Optional[BaseException] = None
        self.callback = ffi.callback("ej_notifier_fn", self._call, onerror=self._failed)

    def _call(self, view: Any, error: Any, error_size: int, _payload: Any) -> int:
        notification = Notification(
            uuid.UUID(bytes=bytes(view.id.bytes)), uuid.UUID(bytes=bytes(view.institution.bytes)),
            decode_text(view.channel), decode_text(view.recipient), decode_text(view.subject),
            decode_text(view.body), decode_text(view.idempotency_key), view.attempt)
        try:
            self._notifier(notification)
        except DeliveryRejected as rejection:
            self._write(error, error_size, _error_text(rejection))
            return _REJECTED
        except Exception as failure:  # any failure of the notifier is a temporary one
            self._write(error, error_size, f"{type(failure).__name__}: {_error_text(failure)}")
            return _RETRY_LATER
        except BaseException as interrupt:
            self.interrupt = interrupt
            self._write(error, error_size, f"interrupted: {type(interrupt).__name__}")
            return _RETRY_LATER
        return _DELIVERED

    @staticmethod
    def _write(error: Any, error_size: int, text: str) -> None:
        """Copies `text` into the C error buffer, cut on a character boundary, NUL-terminated."""
        encoded = text.encode("utf-8", "replace")[:error_size - 1]
        encoded = encoded.decode("utf-8", "ignore").encode("utf-8")
        ffi.memmove(error, encoded + b"\0", len(encoded) + 1)

    def _failed(self, _type: type, error: BaseException, _traceback: Any) -> int:
        # Reached only when building the Notification itself failed; retried later.
        if not isinstance(error, Exception):
            self.interrupt = error
        return _RETRY_LATER


def deliver_due(store: Store, notifier: Callable[[Notification], Any], *,
                now: Optional[datetime.datetime] = None,
                policy: Optional[DeliveryPolicy] = None) -> DeliveryReport:
    """Delivers the messages due at `now` (None: the system clock) through `notifier`, each
    outcome recorded in its own transaction. An exception that is not an Exception
    (KeyboardInterrupt) raised by the notifier is raised again once the run has recorded it."""
    if not isinstance(store, Store):
        raise TypeError(f"store must be a Store, not {type(store).__name__}")
    if not callable(notifier):
        raise TypeError(f"notifier must be callable, not {type(notifier).__name__}")
    policy = DeliveryPolicy() if policy is None else policy
    if not isinstance(policy, DeliveryPolicy):
        raise TypeError(f"policy must be a DeliveryPolicy, not {type(policy).__name__}")
    c_policy = ffi.new("ej_delivery_policy *", {
        "version": EJ_DELIVERY_POLICY_VERSION,
        "batch_limit": integer(policy.batch_limit, "policy.batch_limit"),
        "max_attempts": integer(policy.max_attempts, "policy.max_attempts"),
        "first_retry_delay_us": _microseconds(policy.first_retry_delay,
                                              "policy.first_retry_delay"),
        "max_retry_delay_us": _microseconds(policy.max_retry_delay, "policy.max_retry_delay")})
    c_now = ffi.NULL if now is None else ffi.new("int64_t *", micros(now, "now"))
    report = ffi.new("ej_delivery_report *", {"version": EJ_DELIVERY_REPORT_VERSION})
    relay = _Relay(notifier)
    check(lib.ej_outbox_deliver_due(report, store._ptr, c_now, c_policy, relay.callback,
                                    ffi.NULL))
    if relay.interrupt is not None:
        raise relay.interrupt
    return DeliveryReport(report.delivered, report.retried, report.failed, report.skipped)
