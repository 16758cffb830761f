"""What the service modules (onboarding, invitations, accounts) share: the arguments every call
takes, and secrets handed out by the library."""

from __future__ import annotations

import datetime
from typing import Any, Optional

from ._columns import micros
from ._lib import ffi, lib
from .access import Principal
from .store import Store


def now_arg(now: Optional[datetime.datetime]) -> Any:
    """The `const int64_t *now` of a call: NULL for the system clock."""
    return ffi.NULL if now is None else ffi.new("int64_t *", micros(now, "now"))


def store_arg(store: Store) -> Any:
    """The `ej_store *` of `store`; TypeError for anything else."""
    if not isinstance(store, Store):
        raise TypeError(f"store must be a Store, not {type(store).__name__}")
    return store._ptr


def principal_arg(principal: Principal) -> Any:
    """The `ej_principal *` of `principal`; TypeError for anything else."""
    if not isinstance(principal, Principal):
        raise TypeError(f"principal must be a Principal, not {type(principal).__name__}")
    return principal._ptr


def take_secret(pointer: Any) -> str:
    """The str of a secret the library handed out; its C copy is overwritten, then freed."""
    try:
        size = len(ffi.string(pointer))
        text = ffi.string(pointer).decode("utf-8")
        ffi.memmove(pointer, bytes(size), size)
        return text
    finally:
        lib.ej_free(pointer)
