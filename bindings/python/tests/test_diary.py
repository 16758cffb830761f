"""The diary through the C ABI (ejournal.diary_week, ejournal.children_diaries) on the memory
backend and an in-memory SQLite database: what a student, a parent and a class teacher see of a
week, a parent's view of each child, and the refusals."""

import datetime
import uuid
from fractions import Fraction

import pytest

import ejournal
from ejournal import NotFoundError, PermissionDeniedError, Principal, RangeError, RoleGrant
from test_store import SEPTEMBER, URIS, make_school

WEDNESDAY = datetime.date(2024, 9, 4)


def write_journal(school):
    """Student 0: a published and a draft grade, a thematic grade and an absence."""
    school.store.create_grades(school.institution, courses=school.course,
                               students=school.students[0],
                               lessons=[school.lessons[0], school.lessons[1], None],
                               dates=[SEPTEMBER[0], SEPTEMBER[1], SEPTEMBER[1]],
                               values=[10, 9, Fraction(21, 2)],
                               columns=["current", "current", "thematic"],
                               publications=["published", "draft", "published"],
                               labels=[None, None, "Тема 1"], recorded_by=school.teacher)
    school.store.create_attendance(school.institution, students=school.students[0],
                                   dates=SEPTEMBER[2], lessons=school.lessons[2], codes="н",
                                   reasons="illness", recorded_by=school.teacher)


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        made = make_school(store)
        write_journal(made)
        yield made


def reader(school, role, person=None, **facts):
    """A principal holding `role` (a class teacher of the school's class)."""
    klass = school.school_class if role == "class_teacher" else None
    return Principal.person(school.institution, person or uuid.uuid4(),
                            [RoleGrant(role, school_class=klass)], **facts)


def week_of(school, principal, student=0, day=WEDNESDAY):
    return ejournal.diary_week(school.store, principal, school.institution,
                               school.students[student], day)


def test_a_student_sees_published_grades_and_no_absence_details(school):
    week = week_of(school, reader(school, "student", school.students[0]))
    assert (week.surname, week.given_name, week.patronymic) == ("Яковенко", "Марія", "")
    assert (week.monday, week.sunday) == (datetime.date(2024, 9, 2), datetime.date(2024, 9, 8))
    assert week.school_days == tuple(datetime.date(2024, 9, day) for day in range(2, 7))
    assert [lesson.topic for lesson in week.lessons] == [f"Тема {n}" for n in range(7)]
    lesson = week.lessons[0]
    assert (lesson.subject, lesson.number, lesson.type, lesson.homework_due) == (
        "Українська мова", 1, "regular", None)
    assert [(grade.value, grade.column, grade.label) for grade in week.grades] == [
        (Fraction(10), "current", ""), (Fraction(21, 2), "thematic", "Тема 1")]
    assert week.grades[0].lesson_id == school.lessons[0] and week.grades[1].lesson_id is None
    [absence] = week.attendance
    assert (absence.code, absence.lesson_id, absence.reason, absence.document_ref) == (
        "н", school.lessons[2], None, None)
    assert week.comments == ()


def test_a_parent_sees_the_absence_reason_but_no_drafts(school):
    week = week_of(school, reader(school, "parent", children=[school.students[0]]))
    assert [grade.publication for grade in week.grades] == ["published", "published"]
    [absence] = week.attendance
    assert (absence.reason, absence.document_ref) == ("illness", "")


def test_the_class_teacher_sees_drafts(school):
    week = week_of(school, reader(school, "class_teacher"))
    assert [(grade.value, grade.publication) for grade in week.grades] == [
        (10, "published"), (9, "draft"), (Fraction(21, 2), "published")]
    tuesday = week.on(SEPTEMBER[1])
    assert tuesday.school_days == (SEPTEMBER[1],)
    assert [lesson.lesson_id for lesson in tuesday.lessons] == [school.lessons[1]]
    assert [grade.value for grade in tuesday.grades] == [9, Fraction(21, 2)]
    assert tuesday.attendance == ()


def test_others_are_refused_and_unknown_people_not_found(school):
    with pytest.raises(PermissionDeniedError, match="read_student_record"):
        week_of(school, reader(school, "student", school.students[1]))
    with pytest.raises(PermissionDeniedError):
        week_of(school, reader(school, "parent", children=[school.students[1]]))
    system = Principal.system()
    with pytest.raises(NotFoundError, match="never enrolled"):
        ejournal.diary_week(school.store, system, school.institution, school.teacher, WEDNESDAY)
    with pytest.raises(NotFoundError):
        ejournal.diary_week(school.store, system, school.institution, uuid.uuid4(), WEDNESDAY)
    with pytest.raises(RangeError, match="9999"):
        week_of(school, system, day=datetime.date(9999, 12, 30))
    with pytest.raises(TypeError, match="datetime.date"):
        week_of(school, system, day=datetime.datetime(2024, 9, 4, 8, 0))
    with pytest.raises(TypeError, match="datetime.date"):
        week_of(school, system, day="2024-09-04")
    with pytest.raises(TypeError):
        ejournal.diary_week(school.store, system, school.institution, "student", WEDNESDAY)


def test_a_parent_reads_each_childs_week(school):
    system = Principal.system()
    child = ejournal.invite(school.store, system, school.institution, "student",
                            surname="Шевченко", given_name="Тарас",
                            email="taras@school.example.ua", base_url="https://school.example.ua/a")
    school.store.enrol(school.institution, school.school_class, [child.person], SEPTEMBER[0])
    parent = ejournal.invite(school.store, system, school.institution, "parent",
                             surname="Шевченко", given_name="Григорій",
                             email="hryhorii@school.example.ua", child=child.person,
                             relation="father", base_url="https://school.example.ua/a")
    as_parent = reader(school, "parent", parent.person, children=[child.person])
    [week] = ejournal.children_diaries(school.store, as_parent, school.institution,
                                       parent.person, WEDNESDAY)
    assert (week.student_id, week.surname, len(week.lessons), week.grades) == (
        child.person, "Шевченко", 7, ())
    with pytest.raises(PermissionDeniedError):
        ejournal.children_diaries(school.store, reader(school, "student", school.students[0]),
                                  school.institution, parent.person, WEDNESDAY)
    assert ejournal.children_diaries(school.store, system, school.institution, school.teacher,
                                     WEDNESDAY) == []
