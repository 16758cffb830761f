"""The platform at a glance, for the institute: how many institutions have joined, by status, by
oblast and by hromada, and where the connection requests stand. The store counts them; no
institution is read.

The institute itself (the institution of kind "other") is not counted. Every list is ordered by
count, largest first, then by code. Its rows are named tuples, so a list loads as a table as is:
``pandas.DataFrame(statistics.by_oblast)`` has the columns katottg, name_uk, institutions, active.

>>> import ejournal
>>> with ejournal.open("memory:") as store:
...     statistics = ejournal.institute_statistics(store, ejournal.Principal.system())
>>> statistics.institutions, statistics.by_status[0]
(0, StatusCount(status='active', count=0))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, NamedTuple

from ._lib import check, decode_text, ffi, lib, owned
from ._services import principal_arg, store_arg
from .access import Principal
from .onboarding import REQUEST_STATUSES
from .store import Store
from .store_records import INSTITUTION_STATUSES, name_of

__all__ = ["HromadaCount", "InstituteStatistics", "OblastCount", "StatusCount",
           "institute_statistics"]


class StatusCount(NamedTuple):
    """The institutions (or connection requests) with one status."""

    status: str
    count: int


class OblastCount(NamedTuple):
    """The institutions of one first-level unit: an oblast, the ARC or a city with special
    status. `active` counts those of them working in the system."""

    katottg: str
    name_uk: str
    institutions: int
    active: int


class HromadaCount(NamedTuple):
    """The institutions of one hromada (or city), by the КАТОТТГ code they registered, with the
    two-digit code of its first-level unit."""

    katottg: str
    oblast_katottg: str
    institutions: int
    active: int


@dataclass(frozen=True)
class InstituteStatistics:
    """The counts as read once. `by_status` lists every institution status and
    `requests_by_status` every request status, those with none included (count 0); `by_oblast`
    and `by_hromada` list the places with at least one institution."""

    institutions: int
    by_status: list[StatusCount]
    by_oblast: list[OblastCount]
    by_hromada: list[HromadaCount]
    requests_by_status: list[StatusCount]


def _section(statistics: Any, name: str, ctype: str, row: Callable[[Any], tuple]) -> list:
    """The rows of one section of an `ej_statistics *` (ej_statistics_<name>_count / _get)."""
    count = ffi.new("int64_t *")
    check(getattr(lib, f"ej_statistics_{name}_count")(count, statistics))
    view = ffi.new(f"const {ctype} **")
    get = getattr(lib, f"ej_statistics_{name}_get")
    rows = []
    for index in range(count[0]):
        check(get(view, statistics, index))
        rows.append(row(view[0]))
    return rows


def institute_statistics(store: Store, principal: Principal) -> InstituteStatistics:
    """The statistics as the store holds them now, read at once. PermissionDeniedError unless the
    principal is an institute operator or the system."""
    statistics = owned("ej_statistics", lib.ej_statistics_free,
                       lambda out: lib.ej_institute_statistics(out, store_arg(store),
                                                               principal_arg(principal)))
    try:
        total = ffi.new("int64_t *")
        check(lib.ej_statistics_institutions(total, statistics))
        return InstituteStatistics(
            total[0],
            _section(statistics, "by_status", "ej_institution_status_count",
                     lambda c: StatusCount(name_of(INSTITUTION_STATUSES, c.status), c.count)),
            _section(statistics, "by_oblast", "ej_oblast_count",
                     lambda c: OblastCount(decode_text(c.katottg), decode_text(c.name_uk),
                                           c.institutions, c.active)),
            _section(statistics, "by_hromada", "ej_hromada_count",
                     lambda c: HromadaCount(decode_text(c.katottg), decode_text(c.oblast_katottg),
                                            c.institutions, c.active)),
            _section(statistics, "requests_by_status", "ej_request_status_count",
                     lambda c: StatusCount(name_of(REQUEST_STATUSES, c.status), c.count)))
    finally:
        ffi.release(statistics)
