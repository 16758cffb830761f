"""Changing stored records against the revision they were read at, and a student's lessons, on
the memory backend and an in-memory SQLite database: each change reads back with revision + 1;
two editors of one record, one wins and the other gets ConflictError; unknown records, other
institutions' records and bad values fail and change nothing."""

import dataclasses
import datetime
import threading
import uuid
from fractions import Fraction

import pytest

import ejournal
from ejournal import ConflictError, Course, InvalidError, NotFoundError, SchoolClass
from test_store import EDRPOU_B, SEPTEMBER, URIS, make_school


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield make_school(store)


def add_grade(school, student=0):
    """A current grade of 7 for a student at the first lesson, as read back."""
    [id] = school.store.create_grades(school.institution, courses=school.course,
                                      students=school.students[student], dates=SEPTEMBER[0],
                                      lessons=school.lessons[0], values=7,
                                      recorded_by=school.teacher)
    return read_grade(school, id)


def read_grade(school, id):
    return next(grade for grade in school.store.grades(school.institution, course=school.course)
                if grade.id == id)


def read_lesson(school, id):
    return next(lesson for lesson in school.store.lessons(school.institution, school.course)
                if lesson.id == id)


def read_mark(school, id):
    return next(mark for mark in school.store.attendance(school.institution,
                                                         lesson=school.lessons[0])
                if mark.id == id)


def read_enrolment(school, student, school_class=None):
    return next(enrolment for enrolment in school.store.enrolments(
        school.institution, school_class or school.school_class)
        if enrolment.student_id == student)


def test_update_grade(school):
    store, owner = school.store, school.institution
    grade = add_grade(school)
    assert grade.revision == 1
    assert store.update_grade(owner, grade, value=10) == 2
    grade = read_grade(school, grade.id)
    assert (grade.value, grade.mark, grade.revision) == (Fraction(10), "", 2)
    # A mark replaces the value, and a value (exact) the mark.
    assert store.update_grade(owner, grade, mark="н/а") == 3
    grade = read_grade(school, grade.id)
    assert (grade.value, grade.mark) == (None, "н/а")
    assert store.update_grade(owner, grade, value=Fraction(21, 2), publication="draft",
                              comment="Перевірити роботу") == 4
    grade = read_grade(school, grade.id)
    assert (grade.value, grade.mark, grade.publication, grade.comment) == (
        Fraction(21, 2), "", "draft", "Перевірити роботу")
    # Only the fields given change; the teacher who set it stays.
    assert store.update_grade(owner, grade, comment="") == 5
    grade = read_grade(school, grade.id)
    assert (grade.value, grade.publication, grade.comment, grade.recorded_by) == (
        Fraction(21, 2), "draft", "", school.teacher)
    assert store.update_grade(owner, grade, value=9.5) == 6
    assert read_grade(school, grade.id).value == Fraction(19, 2)


def test_two_editors_of_one_grade(school):
    store, owner = school.store, school.institution
    grade = add_grade(school)
    first_editor, second_editor = read_grade(school, grade.id), read_grade(school, grade.id)
    assert store.update_grade(owner, first_editor, value=11) == 2
    with pytest.raises(ConflictError, match=f"grade {grade.id} was read at revision 1, but the "
                                            "store has revision 2"):
        store.update_grade(owner, second_editor, value=4)
    again = read_grade(school, grade.id)
    assert (again.value, again.revision) == (Fraction(11), 2)
    # Reading it again gives the second editor the current revision to change.
    assert store.update_grade(owner, again, value=4) == 3
    assert read_grade(school, grade.id).value == Fraction(4)


def test_editors_on_threads_one_wins():
    with ejournal.open("memory:") as store:
        school = make_school(store)
        grade = add_grade(school)
        outcomes = []
        start = threading.Barrier(4)

        def edit(value):
            start.wait()
            try:
                outcomes.append(store.update_grade(school.institution, grade, value=value))
            except ConflictError:
                outcomes.append("conflict")

        threads = [threading.Thread(target=edit, args=(value,)) for value in (5, 6, 7, 8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes, key=str) == [2, "conflict", "conflict", "conflict"]
        assert read_grade(school, grade.id).revision == 2


def test_update_attendance(school):
    store, owner = school.store, school.institution
    [id] = store.create_attendance(owner, students=school.students[0], dates=SEPTEMBER[0],
                                   lessons=school.lessons[0], codes="н",
                                   recorded_by=school.teacher)
    mark = read_mark(school, id)
    assert store.update_attendance(owner, mark, code="хв", reason="illness",
                                   document_ref="Довідка № 12") == 2
    mark = read_mark(school, id)
    assert (mark.code, mark.reason, mark.document_ref, mark.revision) == (
        "хв", "illness", "Довідка № 12", 2)
    assert store.update_attendance(owner, mark, document_ref="") == 3
    mark = read_mark(school, id)
    assert (mark.code, mark.reason, mark.document_ref) == ("хв", "illness", "")
    with pytest.raises(ConflictError, match="attendance mark .* read at revision 2"):
        store.update_attendance(owner, dataclasses.replace(mark, revision=2), code="н")
    with pytest.raises(InvalidError, match="'change->code' is empty"):
        store.update_attendance(owner, mark, code="")
    with pytest.raises(InvalidError, match="reason"):
        store.update_attendance(owner, mark, reason="sick")
    assert read_mark(school, id).revision == 3


def test_update_lesson(school):
    store, owner = school.store, school.institution
    lesson = read_lesson(school, school.lessons[0])
    assert (lesson.topic, lesson.homework_due, lesson.revision) == ("Тема 0", None, 1)
    assert store.update_lesson(owner, lesson, topic="Іменник", homework="Вправа 5",
                               homework_due=SEPTEMBER[2], type="test") == 2
    lesson = read_lesson(school, lesson.id)
    assert (lesson.topic, lesson.homework, lesson.homework_due, lesson.type) == (
        "Іменник", "Вправа 5", SEPTEMBER[2], "test")
    # None removes the due date; the rest stays.
    assert store.update_lesson(owner, lesson, homework_due=None) == 3
    lesson = read_lesson(school, lesson.id)
    assert (lesson.topic, lesson.homework, lesson.homework_due) == ("Іменник", "Вправа 5", None)
    with pytest.raises(InvalidError, match="lesson.homework_due is 2024-09-01, before"):
        store.update_lesson(owner, lesson, homework_due=datetime.date(2024, 9, 1))
    with pytest.raises(InvalidError, match="type = 'exam' is not one of"):
        store.update_lesson(owner, lesson, type="exam")
    with pytest.raises(TypeError, match="homework_due must be a datetime.date"):
        store.update_lesson(owner, lesson, homework_due="2024-09-05")
    assert read_lesson(school, lesson.id).revision == 3


def test_failures_change_nothing(school):
    store, owner = school.store, school.institution
    other = make_school(store, "Ліцей № 2", EDRPOU_B)
    grade = add_grade(school)
    theirs = add_grade(other)
    # Another institution's record, or this one's under another institution: not found.
    with pytest.raises(NotFoundError, match="not found in institution"):
        store.update_grade(owner, theirs, value=5)
    with pytest.raises(NotFoundError, match="not found in institution"):
        store.update_grade(other.institution, grade, value=5)
    with pytest.raises(InvalidError, match="both the value 5 and the mark 'н/а'"):
        store.update_grade(owner, grade, value=5, mark="н/а")
    with pytest.raises(InvalidError, match="grade.mark 'абвгдеєжзиіїйклмн' is 17 characters"):
        store.update_grade(owner, grade, mark="абвгдеєжзиіїйклмн")
    with pytest.raises(InvalidError, match="publication"):
        store.update_grade(owner, grade, publication="hidden")
    with pytest.raises(InvalidError, match="NUL"):
        store.update_grade(owner, grade, comment="a\0b")
    with pytest.raises(TypeError, match="value must be a number"):
        store.update_grade(owner, grade, value=None)
    with pytest.raises(TypeError, match="grade must be a Grade"):
        store.update_grade(owner, read_lesson(school, school.lessons[0]), value=5)
    assert read_grade(school, grade.id) == grade
    assert read_grade(other, theirs.id) == theirs


def test_end_enrolment_and_the_diary(school):
    store, owner = school.store, school.institution
    student = school.students[1]
    assert len(store.lessons_for_student(owner, student)) == 10
    enrolment = read_enrolment(school, student)
    assert store.end_enrolment(owner, enrolment, SEPTEMBER[3], "Наказ № 7") == 2
    enrolment = read_enrolment(school, student)
    assert (enrolment.departed, enrolment.departure_note, enrolment.revision) == (
        SEPTEMBER[3], "Наказ № 7", 2)
    lessons = store.lessons_for_student(owner, student)
    assert [lesson.date for lesson in lessons] == SEPTEMBER[:4]
    with pytest.raises(InvalidError, match="enrolment.departed is 2024-09-01, before arrived"):
        store.end_enrolment(owner, enrolment, datetime.date(2024, 9, 1))
    with pytest.raises(ConflictError, match="read at revision 1"):
        store.end_enrolment(owner, dataclasses.replace(enrolment, revision=1), SEPTEMBER[5])
    assert read_enrolment(school, student) == enrolment


def test_lessons_for_student_across_a_transfer(school):
    """A student leaves 5-А after 6 September and joins 6-Б on 9 September."""
    store, owner = school.store, school.institution
    student = school.students[2]
    class_6b = store.create_class(owner, SchoolClass(school.year, "6-Б"))
    subject = store.subjects(owner)[0].id
    course_6b = store.create_course(owner, Course(school.year, subject, class_6b, school.teacher))
    lessons_6b = store.create_lessons(owner, courses=course_6b,
                                      dates=[SEPTEMBER[4], SEPTEMBER[7], SEPTEMBER[8]],
                                      numbers=[2, 2, 3])
    store.end_enrolment(owner, read_enrolment(school, student), SEPTEMBER[4], "До 6-Б")
    store.enrol(owner, class_6b, [student], SEPTEMBER[7])
    lessons = store.lessons_for_student(owner, student)
    assert [lesson.id for lesson in lessons] == school.lessons[:5] + lessons_6b[1:]
    assert [(lesson.date, lesson.number) for lesson in lessons[-2:]] == [
        (SEPTEMBER[7], 2), (SEPTEMBER[8], 3)]
    between = store.lessons_for_student(owner, student, SEPTEMBER[3], SEPTEMBER[7])
    assert [lesson.date for lesson in between] == [SEPTEMBER[3], SEPTEMBER[4], SEPTEMBER[7]]
    assert len(store.lessons_for_student(owner, school.students[3], first=SEPTEMBER[3])) == 7
    # Nobody is enrolled under another institution, nor is the teacher anywhere.
    other = make_school(store, "Ліцей № 2", EDRPOU_B)
    assert store.lessons_for_student(other.institution, student) == []
    assert store.lessons_for_student(owner, other.students[0]) == []
    assert store.lessons_for_student(owner, school.teacher) == []
    assert store.lessons_for_student(owner, uuid.uuid4()) == []
    with pytest.raises(InvalidError, match="'student' is the nil UUID"):
        store.lessons_for_student(owner, uuid.UUID(int=0))
    with pytest.raises(TypeError, match="last must be a datetime.date"):
        store.lessons_for_student(owner, student, last="2024-09-30")
