"""Stores through the C ABI: ejournal.open() on the memory backend and an in-memory SQLite
database, every method, bulk columns from sequences and numpy, progress and its abort, and bad
input."""

import datetime
import threading
import uuid
from dataclasses import dataclass
from fractions import Fraction

import pytest

import ejournal
from ejournal import (CallbackAbortedError, Course, ExistsError, Institution, InvalidError,
                      NotFoundError, Person, SchoolClass, SchoolYear, Subject)

URIS = ["memory:", "sqlite::memory:"]
SEPTEMBER = [datetime.date(2024, 9, day) for day in range(2, 12)]
UTC = datetime.timezone.utc
# Valid ЄДРПОУ codes, one per school, and the КАТОТТГ code of Kyiv (in UA-30).
EDRPOU_A, EDRPOU_B = "32855961", "00032129"
KYIV = "UA80000000000093317"


@dataclass
class School:
    """A small school: a teacher, four students of 5-А, a course and ten lessons."""

    store: ejournal.Store
    institution: uuid.UUID
    teacher: uuid.UUID
    students: list
    year: uuid.UUID
    school_class: uuid.UUID
    course: uuid.UUID
    lessons: list


def make_school(store, name="Ліцей № 1", edrpou=EDRPOU_A):
    institution = store.create_institution(Institution(name, edrpou=edrpou, diso_id=edrpou,
                                                       hromada_katottg=KYIV))
    teacher = store.create_person(institution, Person("Коваленко", "Олена", "Петрівна",
                                                      gender="feminine"))
    students = store.create_people(institution, [Person(surname, "Марія") for surname in
                                                 ("Яковенко", "Ґудзь", "Їжак", "Гнатюк")])
    year = store.create_academic_year(institution, SchoolYear.typical(2024))
    school_class = store.create_class(institution, SchoolClass(year, "5 - а"))
    subject = store.create_subject(institution, Subject("Українська мова", "Укр. мова"))
    course = store.create_course(institution, Course(year, subject, school_class, teacher))
    store.enrol(institution, school_class, students, datetime.date(2024, 9, 2))
    lessons = store.create_lessons(institution, courses=course, dates=SEPTEMBER, numbers=1,
                                   topics=[f"Тема {n}" for n in range(10)])
    return School(store, institution, teacher, students, year, school_class, course, lessons)


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield make_school(store)


def test_open_and_close():
    with ejournal.open("memory:") as store:
        assert store.backend == "memory" and store.schema_version == 0
    with pytest.raises(InvalidError, match="closed"):
        store.backend
    with ejournal.open("sqlite::memory:", busy_timeout_ms=100, migrate=True) as store:
        assert store.backend == "sqlite" and store.schema_version >= 1
    store.close()


def test_open_refuses_bad_input():
    with pytest.raises(InvalidError, match="unknown scheme"):
        ejournal.open("mysql://localhost/school")
    with pytest.raises(InvalidError, match="pool_size"):
        ejournal.open("memory:", pool_size=0)
    with pytest.raises(InvalidError, match="NUL"):
        ejournal.open("memory:\0")
    with pytest.raises(TypeError):
        ejournal.open(b"memory:")


def test_institution_and_people(school):
    store = school.store
    institution = store.institution(school.institution)
    assert (institution.name, institution.edrpou, institution.oblast, institution.kind,
            institution.status) == ("Ліцей № 1", EDRPOU_A, "UA-30", "school", "active")
    assert institution.revision == 1
    assert store.institutions() == [institution]
    teacher = store.person(school.institution, school.teacher)
    assert (teacher.surname, teacher.patronymic, teacher.gender) == ("Коваленко", "Петрівна",
                                                                     "feminine")
    assert [p.surname for p in store.people(school.institution)] == [
        "Гнатюк", "Ґудзь", "Їжак", "Коваленко", "Яковенко"]
    with pytest.raises(ExistsError):
        store.create_institution(Institution("Інший ліцей", edrpou=EDRPOU_A, diso_id="777",
                                             hromada_katottg=KYIV))
    with pytest.raises(InvalidError, match="edrpou"):
        store.create_institution(Institution("Інший ліцей", edrpou="32855968", diso_id="777",
                                             hromada_katottg=KYIV))


def test_structure(school):
    store, owner = school.store, school.institution
    year = store.academic_year(owner, school.year)
    assert year.calendar == SchoolYear.typical(2024) and year.revision == 1
    assert [c.name for c in store.classes(owner, school.year)] == ["5-А"]
    assert store.school_class(owner, school.school_class).name == "5-А"
    assert store.subjects(owner)[0].short_name == "Укр. мова"
    course = store.course(owner, school.course)
    assert (course.teacher_id, course.subgroup_id, course.scale) == (school.teacher, None,
                                                                     "ukrainian_12")
    assert store.courses(owner, school.school_class) == [course]
    enrolments = store.enrolments(owner, school.school_class)
    assert sorted(e.student_id for e in enrolments) == sorted(school.students)
    assert enrolments[0].departed is None
    assert store.enrolments(owner, school.school_class, on=datetime.date(2024, 9, 1)) == []
    lessons = store.lessons(owner, school.course, SEPTEMBER[2], SEPTEMBER[4])
    assert [(lesson.date, lesson.topic) for lesson in lessons] == [
        (SEPTEMBER[2], "Тема 2"), (SEPTEMBER[3], "Тема 3"), (SEPTEMBER[4], "Тема 4")]


def test_other_institution_is_not_found(school):
    other = make_school(school.store, "Ліцей № 2", EDRPOU_B)
    with pytest.raises(NotFoundError, match="not found in institution"):
        school.store.person(other.institution, school.teacher)
    with pytest.raises(NotFoundError):
        school.store.course(other.institution, school.course)
    assert school.store.grades(other.institution, course=school.course) == []


def grade_rows(school, rows):
    """Columns of `rows` grades: values 1…12, and "н/а" on every 7th row."""
    values = [None if row % 7 == 0 else Fraction(1 + row % 12) for row in range(rows)]
    return dict(courses=school.course,
                students=[school.students[row % 4] for row in range(rows)],
                lessons=[school.lessons[row % 10] for row in range(rows)],
                dates=[SEPTEMBER[row % 10] for row in range(rows)],
                values=values, marks=["н/а" if value is None else None for value in values],
                recorded_by=school.teacher,
                recorded_at=datetime.datetime(2024, 9, 2, 8, 30, tzinfo=UTC))


def test_grades_in_bulk(school):
    seen = []
    ids = school.store.create_grades(school.institution, **grade_rows(school, 2000),
                                     progress=lambda done, total: seen.append((done, total)))
    assert len(set(ids)) == 2000
    assert seen and seen[-1] == (2000, 2000)
    grades = school.store.grades(school.institution, course=school.course)
    assert len(grades) == 2000
    first = school.store.grades(school.institution, student=school.students[1],
                                first=SEPTEMBER[1], last=SEPTEMBER[1])
    assert {grade.value for grade in first} - {None} <= {Fraction(n) for n in range(1, 13)}
    assert all((grade.value is None) == (grade.mark == "н/а") for grade in grades)
    grade = next(grade for grade in first if grade.value is not None)
    assert (grade.column, grade.publication, grade.mark, grade.recorded_by) == (
        "current", "published", "", school.teacher)
    assert grade.recorded_at == datetime.datetime(2024, 9, 2, 8, 30, tzinfo=UTC)
    # Row 0 (student 0, 2 September) holds the mark "н/а".
    marked = school.store.grades(school.institution, student=school.students[0],
                                 first=SEPTEMBER[0], last=SEPTEMBER[0])
    assert ids[0] in {grade.id for grade in marked if grade.mark == "н/а"}


def test_fractions_and_columns(school):
    school.store.create_grades(school.institution, courses=school.course,
                               students=school.students[:2], dates=SEPTEMBER[0],
                               values=[Fraction(21, 2), 7], columns=["thematic", "semester"],
                               publications="draft", labels=["Тема 1", None],
                               recorded_by=school.teacher)
    grades = school.store.grades(school.institution, course=school.course)
    assert sorted((g.column, g.value, g.label) for g in grades) == [
        ("semester", Fraction(7), ""), ("thematic", Fraction(21, 2), "Тема 1")]
    assert school.store.grades(school.institution, course=school.course,
                               published_only=True) == []
    assert len(school.store.grades(school.institution, course=school.course,
                                   column="thematic")) == 1


def test_progress_aborts_and_nothing_is_stored(school):
    with pytest.raises(CallbackAbortedError, match="nothing was stored"):
        school.store.create_grades(school.institution, **grade_rows(school, 50),
                                   progress=lambda done, total: False)

    def explode(done, total):
        raise KeyError("stop here")

    with pytest.raises(KeyError, match="stop here"):
        school.store.create_grades(school.institution, **grade_rows(school, 50),
                                   progress=explode)
    assert school.store.grades(school.institution, course=school.course) == []


def test_bad_grade_columns(school):
    rows = grade_rows(school, 10)
    with pytest.raises(InvalidError, match="dates has 3 rows, but the call has 10"):
        school.store.create_grades(school.institution, **{**rows, "dates": SEPTEMBER[:3]})
    with pytest.raises(InvalidError, match=r"marks\[1\]' is 'зв.' where the row has a value"):
        school.store.create_grades(school.institution,
                                   **{**rows, "marks": [None, "зв."] + [None] * 8,
                                      "values": [5] * 10})
    with pytest.raises(InvalidError, match="columns"):
        school.store.create_grades(school.institution, **{**rows, "columns": "weekly"})
    with pytest.raises(InvalidError, match="row 0: "):
        school.store.create_grades(school.institution, **{**rows, "columns": "custom"})
    with pytest.raises(TypeError, match="uuid.UUID"):
        school.store.create_grades(school.institution, **{**rows, "recorded_by": "teacher"})
    with pytest.raises(NotFoundError):
        school.store.create_grades(school.institution, **{**rows, "courses": uuid.uuid4()})
    assert school.store.grades(school.institution, course=school.course) == []
    with pytest.raises(InvalidError, match="neither a course nor a student"):
        school.store.grades(school.institution)


def test_attendance(school):
    store, owner = school.store, school.institution
    store.create_attendance(owner, students=school.students, dates=SEPTEMBER[0],
                            lessons=[school.lessons[0]] * 3 + [None], codes=["н", "хв", "н", "н"],
                            reasons=["illness", "unknown", "family", "other"],
                            recorded_by=school.teacher)
    at_lesson = store.attendance(owner, lesson=school.lessons[0])
    assert len(at_lesson) == 3
    whole_day = store.attendance(owner, student=school.students[3])
    assert [(mark.lesson_id, mark.code, mark.reason) for mark in whole_day] == [
        (None, "н", "other")]
    with pytest.raises(ExistsError):
        store.create_attendance(owner, students=school.students[0], dates=SEPTEMBER[0],
                                lessons=school.lessons[0], codes="н", recorded_by=school.teacher)


def test_numpy_columns(school):
    numpy = pytest.importorskip("numpy")
    rows = 400
    students = numpy.frombuffer(b"".join(school.students[row % 4].bytes for row in range(rows)),
                                dtype="S16")
    dates = numpy.array([SEPTEMBER[row % 10] for row in range(rows)], dtype="datetime64[D]")
    numerators = numpy.arange(rows, dtype=numpy.int64) % 12 + 1
    lessons = numpy.frombuffer(b"".join(school.lessons[row % 10].bytes for row in range(rows)),
                               dtype="S16")
    school.store.create_grades(school.institution, courses=school.course, students=students,
                               lessons=lessons, dates=dates, numerators=numerators,
                               recorded_by=school.teacher)
    grades = school.store.grades(school.institution, course=school.course)
    assert len(grades) == rows
    assert {grade.date for grade in grades} == set(SEPTEMBER)


def test_threads_write_at_once():
    with ejournal.open("memory:") as store:
        school = make_school(store)
        errors = []

        def write(offset):
            try:
                rows = grade_rows(school, 200)
                store.create_grades(school.institution, **rows)
            except Exception as error:  # noqa: BLE001 — reported by the assertion below
                errors.append(error)

        threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(store.grades(school.institution, course=school.course)) == 800
