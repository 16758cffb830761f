"""Reports through the C ABI (ejournal.reports) on the memory backend and an in-memory SQLite
database. Grades are written through the store; expected values are computed by hand from the
domain rules (ua-school.md): exact means and whole grades half-up (§1.9), marks never count
(§1.7), the semester from thematic grades and the annual from semester grades with a correction
replacing its grade (§1.6), the certificate average to tenths with its 100–200 score (§4), levels
1–3, 4–6, 7–9, 10–12 (§1.2), statistics of published grades only and naming nobody (§7).

Українська мова, student 0: 09-02 10, 09-03 11, 09-04 «н», 09-05 8; thematic «Тема 1» 09-06 10;
09-09 7, 09-10 8, 09-11 12 (a draft); I семестр 12-26 10, corrected 12-30 11; II семестр
2025-05-29 8; annual 2025-05-30 10; ДПА 2025-06-10 12. Student 1: 09-02 3, 09-03 5. Student 2:
09-02 12. Математика, student 0: 09-02 9, 09-03 10, 09-04 10; annual 9.
"""

import datetime
import uuid
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pytest

import ejournal
from ejournal import (Course, EmptyError, Institution, InvalidError, NotFoundError,
                      PermissionDeniedError, Person, Principal, RangeError, RoleGrant,
                      SchoolClass, SchoolYear, Subject)
from ejournal.ua import BasisUse

URIS = ["memory:", "sqlite::memory:"]
KYIV = "UA80000000000093317"
SEPTEMBER = [datetime.date(2024, 9, day) for day in range(2, 12)]


@dataclass
class School:
    store: ejournal.Store
    institution: uuid.UUID
    students: list
    year: uuid.UUID
    school_class: uuid.UUID
    ukrainian: uuid.UUID
    maths: uuid.UUID
    teacher: Principal
    parent: Principal
    other_parent: Principal
    admin: Principal
    class_teacher: Principal
    operator: Principal


def grades(store, institution, course, teacher, lessons, rows):
    """Stores rows of (student, day index or date, column, value or mark, label, publication)."""
    by_date = dict(zip(SEPTEMBER, lessons))
    dates = [SEPTEMBER[day] if isinstance(day, int) else day for _, day, *_ in rows]
    store.create_grades(
        institution, courses=course, students=[student for student, *_ in rows], dates=dates,
        recorded_by=teacher, columns=[column for _, _, column, *_ in rows],
        values=[value if not isinstance(value, str) else None for _, _, _, value, *_ in rows],
        marks=[value if isinstance(value, str) else None for _, _, _, value, *_ in rows],
        labels=[label for *_, label, _ in rows],
        publications=[publication for *_, publication in rows],
        lessons=[by_date[date] if column == "current" else None
                 for date, (_, _, column, *_) in zip(dates, rows)])


def make_school(store):
    institution = store.create_institution(Institution("Ліцей № 1", edrpou="32855961",
                                                       diso_id="32855961", hromada_katottg=KYIV))
    teacher = store.create_person(institution, Person("Коваленко", "Олена", "Петрівна"))
    students = store.create_people(institution, [Person(surname, "Марія") for surname in
                                                 ("Яковенко", "Ґудзь", "Їжак")])
    year = store.create_academic_year(institution, SchoolYear.typical(2024))
    school_class = store.create_class(institution, SchoolClass(year, "5 - а"))
    ukrainian_subject = store.create_subject(institution, Subject("Українська мова"))
    maths_subject = store.create_subject(institution, Subject("Математика"))
    ukrainian = store.create_course(institution,
                                    Course(year, ukrainian_subject, school_class, teacher))
    maths = store.create_course(institution, Course(year, maths_subject, school_class, teacher))
    store.enrol(institution, school_class, students, datetime.date(2024, 9, 2))
    ukrainian_lessons = store.create_lessons(institution, courses=ukrainian, dates=SEPTEMBER,
                                             numbers=1)
    maths_lessons = store.create_lessons(institution, courses=maths, dates=SEPTEMBER, numbers=2)
    s0, s1, s2 = students
    pub, draft = "published", "draft"
    grades(store, institution, ukrainian, teacher, ukrainian_lessons, [
        (s0, 0, "current", 10, None, pub), (s0, 1, "current", 11, None, pub),
        (s0, 2, "current", "н", None, pub), (s0, 3, "current", 8, None, pub),
        (s0, 4, "thematic", 10, "Тема 1", pub), (s0, 7, "current", 7, None, pub),
        (s0, 8, "current", 8, None, pub), (s0, 9, "current", 12, None, draft),
        (s0, datetime.date(2024, 12, 26), "semester", 10, "I семестр", pub),
        (s0, datetime.date(2024, 12, 30), "corrected", 11, "Скоригована", pub),
        (s0, datetime.date(2025, 5, 29), "semester", 8, "II семестр", pub),
        (s0, datetime.date(2025, 5, 30), "annual", 10, "Річна", pub),
        (s0, datetime.date(2025, 6, 10), "state_exam", 12, "ДПА", pub),
        (s1, 0, "current", 3, None, pub), (s1, 1, "current", 5, None, pub),
        (s2, 0, "current", 12, None, pub)])
    grades(store, institution, maths, teacher, maths_lessons, [
        (s0, 0, "current", 9, None, pub), (s0, 1, "current", 10, None, pub),
        (s0, 2, "current", 10, None, pub),
        (s0, datetime.date(2025, 5, 30), "annual", 9, "Річна", pub)])

    institute = store.create_institution(Institution("Інститут освітньої аналітики",
                                                     kind="other"))
    operator = store.create_person(institute, Person("Оператор", "Олег"))

    def person(role, **facts):
        who = store.create_person(institution, Person("Мельник", "Оксана"))
        grant = RoleGrant(role, school_class if role == "class_teacher" else None)
        return Principal.person(institution, who, [grant], **facts)

    return School(
        store, institution, students, year, school_class, ukrainian, maths,
        Principal.person(institution, teacher, [RoleGrant("teacher")],
                         courses=[(ukrainian, school_class), (maths, school_class)]),
        person("parent", children=[s0]), person("parent", children=[s1]),
        person("institution_admin"), person("class_teacher"),
        Principal.person(institute, operator, [RoleGrant("institute_operator")]))


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield make_school(store)


def test_teacher_report_with_drafts(school):
    report = ejournal.student_term_report(school.store, school.teacher, school.institution,
                                          school.students[0], school.ukrainian, 0)
    assert (report.subject_name, report.term, report.term_name) == \
        ("Українська мова", 0, "I семестр")
    assert report.course == school.ukrainian and report.drafts_included
    # 10 11 8 7 8 and the draft 12 count, «н» does not: 56/6.
    assert (report.current_counted, report.current_average) == (6, Fraction(28, 3))
    # The open topic after «Тема 1»: 7, 8, 12 → 9.
    assert (report.thematic.grade, report.thematic.mean) == (9, Fraction(9))
    assert [entry.label for entry in report.thematic.basis] == \
        ["2024-09-09", "2024-09-10", "2024-09-11"]
    assert (report.semester.grade, report.semester.rule) == (10, "ua.semester.mean_of_thematic")
    # (11 + 8) / 2 = 9.5 → 10; the I семестр grade 10 is replaced by its correction.
    assert (report.annual.grade, report.annual.mean) == (10, Fraction(19, 2))
    assert [entry.use for entry in report.annual.basis] == \
        [BasisUse.REPLACED_BY_CORRECTED, BasisUse.COUNTED, BasisUse.COUNTED]


def test_parent_sees_published_grades_and_rounding_is_a_policy(school):
    report = ejournal.student_term_report(school.store, school.parent, school.institution,
                                          school.students[0], school.ukrainian, 0)
    assert not report.drafts_included
    assert (report.current_counted, report.current_average) == (5, Fraction(44, 5))
    assert (report.thematic.grade, report.thematic.mean) == (8, Fraction(15, 2))
    floor = ejournal.student_term_report(school.store, school.parent, school.institution,
                                         school.students[0], school.ukrainian, 0,
                                         rounding="floor")
    assert (floor.thematic.grade, floor.annual.grade) == (7, 9)
    maths = ejournal.student_term_report(school.store, school.parent, school.institution,
                                         school.students[0], school.maths, 0)
    assert (maths.semester.grade, maths.semester.rule) == (10, "ua.semester.mean_of_current")
    empty = ejournal.student_term_report(school.store, school.parent, school.institution,
                                         school.students[0], school.ukrainian, 1)
    assert (empty.current_average, empty.thematic.mark, empty.semester.mark) == \
        (None, "н/а", "н/а")


def test_term_report_refusals(school):
    def report(principal, course=school.ukrainian, term=0, student=school.students[0]):
        return ejournal.student_term_report(school.store, principal, school.institution, student,
                                            course, term)
    with pytest.raises(PermissionDeniedError, match="read_student_record"):
        report(school.other_parent)
    with pytest.raises(PermissionDeniedError):
        report(school.operator)
    with pytest.raises(NotFoundError, match="course"):
        report(school.admin, course=uuid.uuid4())
    with pytest.raises(NotFoundError, match="student"):
        report(school.admin, student=uuid.uuid4())
    with pytest.raises(RangeError, match="term 2"):
        report(school.admin, term=2)
    with pytest.raises(InvalidError, match="negative"):
        report(school.admin, term=-1)
    with pytest.raises(InvalidError, match="rounding"):
        ejournal.student_term_report(school.store, school.admin, school.institution,
                                     school.students[0], school.ukrainian, 0, rounding="nearest")
    with pytest.raises(TypeError):
        report(school.admin, course=str(school.ukrainian))


def test_certificate_report(school):
    report = ejournal.certificate_report(school.store, school.parent, school.institution,
                                         school.students[0], school.year)
    # Математика 9, Українська мова 10 and ДПА 12: 31/3 = 10.33 → 10.3 → 183.
    assert (report.average.average, report.average.exact, report.average.score) == \
        (Decimal("10.3"), Fraction(31, 3), 183)
    assert [(entry.source, entry.label) for entry in report.average.basis] == \
        [("subject", "Математика"), ("subject", "Українська мова"),
         ("state_exam", "Українська мова")]
    assert report.courses == [school.maths, school.ukrainian, school.ukrainian]
    with pytest.raises(EmptyError):
        ejournal.certificate_report(school.store, school.admin, school.institution,
                                    school.students[2], school.year)
    with pytest.raises(PermissionDeniedError):
        ejournal.certificate_report(school.store, school.other_parent, school.institution,
                                    school.students[0], school.year)
    with pytest.raises(NotFoundError, match="academic year"):
        ejournal.certificate_report(school.store, school.admin, school.institution,
                                    school.students[0], uuid.uuid4())


def levels(distribution):
    return [(share.level, share.count, share.percent) for share in distribution.levels]


def test_class_statistics(school):
    statistics = ejournal.class_statistics(school.store, school.class_teacher, school.institution,
                                           school.school_class, 0)
    assert (statistics.term_name, statistics.students) == ("I семестр", 3)
    assert [subject.name for subject in statistics.subjects] == ["Математика", "Українська мова"]
    ukrainian = statistics.subjects[1].distribution
    assert levels(ukrainian) == [("initial", 1, Fraction(25, 2)), ("average", 1, Fraction(25, 2)),
                                 ("sufficient", 3, Fraction(75, 2)), ("high", 3, Fraction(75, 2))]
    assert (ukrainian.graded, ukrainian.marked, ukrainian.mean) == (8, 1, Fraction(8))
    overall = statistics.overall
    assert [share.count for share in overall.levels] == [1, 1, 4, 5]
    assert overall.levels[3].percent == Fraction(500, 11)
    assert (overall.graded, overall.mean) == (11, Fraction(93, 11))
    annual = ejournal.class_statistics(school.store, school.admin, school.institution,
                                       school.school_class, 1, "annual")
    assert [share.count for share in annual.overall.levels] == [0, 0, 1, 1]
    with pytest.raises(PermissionDeniedError, match="read_class_statistics"):
        ejournal.class_statistics(school.store, school.teacher, school.institution,
                                  school.school_class, 0)
    with pytest.raises(InvalidError, match="column"):
        ejournal.class_statistics(school.store, school.admin, school.institution,
                                  school.school_class, 0, "weekly")
    with pytest.raises(NotFoundError):
        ejournal.class_statistics(school.store, school.admin, school.institution, uuid.uuid4(), 0)


def test_distribution_rows_load_into_pandas(school):
    pandas = pytest.importorskip("pandas")
    statistics = ejournal.class_statistics(school.store, school.admin, school.institution,
                                           school.school_class, 0)
    frame = pandas.DataFrame(statistics.overall.levels)
    assert list(frame.columns) == ["level", "count", "percent"]
    assert list(frame["count"]) == [1, 1, 4, 5]


def test_institution_and_oblast_statistics(school):
    semester = ejournal.institution_statistics(school.store, school.admin, school.institution,
                                               school.year, 0, "semester")
    assert (semester.classes, semester.students) == (1, 3)
    # Student 0's correction 11 is the one semester grade of I семестр.
    assert levels(semester.overall)[3] == ("high", 1, Fraction(100))
    with pytest.raises(PermissionDeniedError, match="read_institution_statistics"):
        ejournal.institution_statistics(school.store, school.class_teacher, school.institution,
                                        school.year, 0)

    oblast = ejournal.oblast_statistics(school.store, school.operator, "80", "2024/2025", 0)
    assert (oblast.oblast_katottg, oblast.oblast_name) == ("80", "місто Київ")
    assert (oblast.institutions, oblast.reporting, oblast.students) == (1, 1, 3)
    assert [(subject.subject, subject.name) for subject in oblast.subjects] == \
        [(None, "Математика"), (None, "Українська мова")]
    assert [share.count for share in oblast.overall.levels] == [1, 1, 4, 5]
    with pytest.raises(PermissionDeniedError, match="read_institute_statistics"):
        ejournal.oblast_statistics(school.store, school.admin, "80", "2024/2025", 0)
    with pytest.raises(InvalidError, match="'99'"):
        ejournal.oblast_statistics(school.store, school.operator, "99", "2024/2025", 0)
    with pytest.raises(InvalidError, match="NUL"):
        ejournal.oblast_statistics(school.store, school.operator, "80", "2024\0", 0)
    with pytest.raises(InvalidError, match="64"):
        ejournal.oblast_statistics(school.store, school.operator, "80", "9" * 65, 0)


def test_level_of():
    assert [ejournal.level_of(grade) for grade in (1, 3, 4, 6, 7, 9, 10, 12)] == \
        ["initial", "initial", "average", "average", "sufficient", "sufficient", "high", "high"]
    with pytest.raises(InvalidError, match="13"):
        ejournal.level_of(13)
