"""The institute's statistics through the C ABI (ejournal.statistics) on the memory backend and an
in-memory SQLite database, over the seed's spring-2021 table: Sumy oblast 37, Kyiv oblast 26,
Dnipropetrovsk 19, Cherkasy 18, Rivne 17 institutions spread over hromadas, approved through
onboarding but for 2 suspended ones in Sumy and 1 closed one in Rivne (stored directly: no
service suspends an institution yet), with other requests pending, rejected or withdrawn. Also an
empty platform, the permission refused and bad arguments."""

import datetime

import pytest

import ejournal
from ejournal import (HromadaCount, InstituteStatistics, InvalidError, OblastCount,
                      PermissionDeniedError, Principal, RoleGrant, StatusCount)

URIS = ["memory:", "sqlite::memory:"]
NOW = datetime.datetime(2024, 9, 2, 7, 0, tzinfo=datetime.timezone.utc)
BASE_URL = "https://journal.example.ua/invitations/accept"

# Each oblast of the seed table: its КАТОТТГ code and how many institutions each hromada has.
SPRING_2021 = [("59", [15, 12, 10]), ("32", [14, 12]), ("12", [10, 9]), ("71", [9, 9]),
               ("56", [17])]


def hromada_code(oblast, index):
    """The КАТОТТГ code of the `index`-th hromada of `oblast`: raion 01, hromada 010, 020 …"""
    return f"UA{oblast}01{10 * (index + 1):03d}00000{int(oblast) * 100 + index:05d}"


def edrpou(n):
    """The `n`-th valid ЄДРПОУ: a seven-digit stem and the one check digit that fits it."""
    stem = f"{2000000 + n * 37:07d}"
    for check in "0123456789":
        try:
            return ejournal.normalize_edrpou(stem + check)
        except InvalidError:
            continue
    raise AssertionError(f"no check digit fits {stem}")


class Platform:
    """A store holding the institute, and one of its operators as a principal."""

    def __init__(self, store):
        self.store = store
        institute = store.create_institution(
            ejournal.Institution("Інститут освітньої аналітики", kind="other"))
        person = store.create_person(institute, ejournal.Person("Коваленко", "Ірина"))
        self.operator = Principal.person(institute, person, [RoleGrant("institute_operator")])
        self.count = 0

    def submit(self, hromada):
        code = edrpou(self.count)
        self.count += 1
        return ejournal.submit_connection_request(
            self.store, now=NOW, kind="school", hromada_katottg=hromada,
            institution_name=f"Ліцей № {self.count}", diso_id=code, edrpou=code,
            admin_surname="Мар'яненко", admin_given_name="Олена",
            admin_email="olena@school.example.ua", admin_phone="+380671234567")

    def approve(self, hromada):
        return ejournal.approve_connection_request(self.store, self.operator, self.submit(hromada),
                                                   1, base_url=BASE_URL, now=NOW)

    def create(self, hromada, status):
        code = edrpou(self.count)
        self.count += 1
        self.store.create_institution(ejournal.Institution(
            f"Ліцей № {self.count}", edrpou=code, diso_id=code, hromada_katottg=hromada,
            status=status))

    def join_the_seed_table(self):
        """The seed table, 2 of Sumy's first hromada suspended and 1 of Rivne closed; then 3
        pending, 2 rejected and 1 withdrawn requests."""
        for oblast, hromadas in SPRING_2021:
            for index, size in enumerate(hromadas):
                hromada = hromada_code(oblast, index)
                for number in range(size):
                    if (oblast, index) == ("59", 0) and number < 2:
                        self.create(hromada, "suspended")
                    elif oblast == "56" and number == 0:
                        self.create(hromada, "closed")
                    else:
                        self.approve(hromada)
        sumy = hromada_code("59", 0)
        for _ in range(3):
            self.submit(sumy)
        for _ in range(2):
            ejournal.reject_connection_request(self.store, self.operator, self.submit(sumy), 1,
                                               "не заклад", now=NOW)
        ejournal.withdraw_connection_request(self.store, self.operator, self.submit(sumy), 1,
                                             now=NOW)

    def statistics(self, principal=None):
        return ejournal.institute_statistics(self.store, principal or self.operator)


@pytest.fixture(params=URIS)
def platform(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield Platform(store)


def test_the_seed_table_comes_out_exactly(platform):
    platform.join_the_seed_table()
    statistics = platform.statistics()
    assert isinstance(statistics, InstituteStatistics)
    assert statistics.institutions == 117
    assert statistics.by_status == [StatusCount("active", 114), StatusCount("suspended", 2),
                                    StatusCount("closed", 1)]
    assert statistics.by_oblast == [
        OblastCount("59", "Сумська область", 37, 35),
        OblastCount("32", "Київська область", 26, 26),
        OblastCount("12", "Дніпропетровська область", 19, 19),
        OblastCount("71", "Черкаська область", 18, 18),
        OblastCount("56", "Рівненська область", 17, 16),
    ]
    # Equal counts are ordered by code: 12 in Kyiv oblast before 12 in Sumy, and so on.
    assert statistics.by_hromada == [
        HromadaCount(hromada_code(oblast, index), oblast, institutions, active)
        for oblast, index, institutions, active in [
            ("56", 0, 17, 16), ("59", 0, 15, 13), ("32", 0, 14, 14), ("32", 1, 12, 12),
            ("59", 1, 12, 12), ("12", 0, 10, 10), ("59", 2, 10, 10), ("12", 1, 9, 9),
            ("71", 0, 9, 9), ("71", 1, 9, 9)]
    ]
    assert statistics.requests_by_status == [
        StatusCount("approved", 114), StatusCount("pending", 3), StatusCount("rejected", 2),
        StatusCount("withdrawn", 1)]


def test_rows_are_named_columns_for_a_table(platform):
    platform.approve(hromada_code("59", 0))
    [oblast] = platform.statistics().by_oblast
    assert oblast._asdict() == {"katottg": "59", "name_uk": "Сумська область",
                                "institutions": 1, "active": 1}
    assert HromadaCount._fields == ("katottg", "oblast_katottg", "institutions", "active")
    assert StatusCount._fields == ("status", "count")


def test_an_empty_platform_counts_zero_of_every_status_and_not_the_institute(platform):
    statistics = platform.statistics(Principal.system())
    assert statistics == InstituteStatistics(
        0, [StatusCount("active", 0), StatusCount("suspended", 0), StatusCount("closed", 0)], [],
        [], [StatusCount("pending", 0), StatusCount("approved", 0), StatusCount("rejected", 0),
             StatusCount("withdrawn", 0)])


def test_only_the_institute_operators_and_the_system_may_read(platform):
    approval = platform.approve(hromada_code("59", 0))
    admin = Principal.person(approval.institution, approval.admin,
                             [RoleGrant("institution_admin", id=approval.grant)])
    for principal in (Principal.anonymous(), admin):
        with pytest.raises(PermissionDeniedError, match="read_institute_statistics"):
            platform.statistics(principal)


def test_a_store_and_a_principal_are_required(platform):
    with pytest.raises(TypeError, match="store must be a Store"):
        ejournal.institute_statistics("memory:", platform.operator)
    with pytest.raises(TypeError, match="principal must be a Principal"):
        ejournal.institute_statistics(platform.store, None)
