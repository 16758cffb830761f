"""The class journal through the C ABI (ejournal.record_lesson …) on the memory backend and an
in-memory SQLite database: lessons recorded and edited, grades recorded, published and
corrected with their audit entries, the thematic and corrected columns, the editing window,
comments, and the errors of each call — every refusal leaving the journal as it was. Today is
Tuesday 2024-09-10."""

import datetime
from fractions import Fraction

import pytest

import ejournal
from ejournal import (ConflictError, Course, ExistsError, InvalidError, NotFoundError, Person,
                      PermissionDeniedError, Principal, RoleGrant, UnsupportedError)
from test_store import URIS, make_school

UTC = datetime.timezone.utc
TODAY = datetime.datetime(2024, 9, 10, 8, tzinfo=UTC)
NEXT_WEEK = datetime.datetime(2024, 9, 19, 8, tzinfo=UTC)
MONDAY = datetime.date(2024, 9, 9)
THURSDAY = datetime.date(2024, 9, 12)


class Journal:
    """make_school's school (its lessons from 2024-09-02, one a day) with an administrator, a
    class teacher and a teacher of no course, each as a principal."""

    def __init__(self, store):
        self.store = store
        self.school = make_school(store)
        institution = self.institution = self.school.institution
        self.admin_id = store.create_person(institution, Person("Бондар", "Ганна"))
        self.class_teacher_id = store.create_person(institution, Person("Шевченко", "Ірина"))
        nobody = store.create_person(institution, Person("Ткаченко", "Богдан"))
        self.teacher = Principal.person(institution, self.school.teacher, [RoleGrant("teacher")],
                                        courses=[(self.school.course, self.school.school_class)])
        self.other_teacher = Principal.person(institution, nobody, [RoleGrant("teacher")])
        self.admin = Principal.person(institution, self.admin_id,
                                      [RoleGrant("institution_admin")])
        self.class_teacher = Principal.person(
            institution, self.class_teacher_id,
            [RoleGrant("class_teacher", school_class=self.school.school_class)])

    @property
    def monday_lesson(self):
        return self.school.lessons[7]

    def lesson(self, date=THURSDAY, number=2, principal=None, **fields):
        fields.setdefault("topic", "Іменник як частина мови")
        fields.setdefault("now", TODAY)
        return ejournal.record_lesson(self.store, principal or self.teacher, self.institution,
                                      self.school.course, date, number, **fields)

    def grade(self, value, student=0, principal=None, **fields):
        fields.setdefault("now", TODAY)
        if fields.get("column", "current") == "current":
            fields.setdefault("lesson", self.monday_lesson)
        return ejournal.record_grade(self.store, principal or self.teacher, self.institution,
                                     self.school.course, self.school.students[student], value,
                                     **fields)

    def grades(self):
        return self.store.grades(self.institution, course=self.school.course)

    def grade_by_id(self, grade_id):
        [grade] = [grade for grade in self.grades() if grade.id == grade_id]
        return grade

    def journal(self):
        """The lessons and grades of the course: equal before and after a refused call."""
        return self.store.lessons(self.institution, self.school.course), self.grades()

    def audit(self, grade_id):
        return ejournal.audit_for_entity(self.store, self.admin, self.institution, "grade",
                                         grade_id)


@pytest.fixture(params=URIS)
def journal(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield Journal(store)


def test_a_lesson_is_recorded_and_edited(journal):
    written = journal.lesson(homework="Вправа 12", homework_due=datetime.date(2024, 9, 13),
                             type="test")
    assert written.revision == 1
    [lesson] = journal.store.lessons(journal.institution, journal.school.course, THURSDAY,
                                     THURSDAY)
    assert (lesson.id, lesson.number, lesson.type, lesson.topic, lesson.homework_due) == (
        written.id, 2, "test", "Іменник як частина мови", datetime.date(2024, 9, 13))
    revision = ejournal.edit_lesson(journal.store, journal.teacher, journal.institution,
                                    written.id, written.revision, journal.school.course,
                                    THURSDAY, 3, topic="Рід іменників", now=TODAY)
    assert revision == 2
    [lesson] = journal.store.lessons(journal.institution, journal.school.course, THURSDAY,
                                     THURSDAY)
    assert (lesson.number, lesson.topic, lesson.type) == (3, "Рід іменників", "regular")
    before = journal.journal()
    with pytest.raises(ConflictError, match="changed since it was read"):
        ejournal.edit_lesson(journal.store, journal.teacher, journal.institution, written.id, 1,
                             journal.school.course, THURSDAY, 3, topic="Застаріла", now=TODAY)
    with pytest.raises(NotFoundError):
        ejournal.edit_lesson(journal.store, journal.teacher, journal.institution,
                             journal.school.course, 1, journal.school.course, THURSDAY, now=TODAY)
    assert journal.journal() == before


def test_a_lesson_without_entries_is_removed(journal):
    written = journal.lesson()
    journal.grade("10")
    before = journal.journal()
    with pytest.raises(ConflictError, match="cannot be removed"):
        ejournal.remove_lesson(journal.store, journal.teacher, journal.institution,
                               journal.monday_lesson, 1, now=TODAY)
    with pytest.raises(ConflictError, match="changed since it was read"):
        ejournal.remove_lesson(journal.store, journal.teacher, journal.institution, written.id, 2,
                               now=TODAY)
    with pytest.raises(PermissionDeniedError, match="write_lessons"):
        ejournal.remove_lesson(journal.store, journal.other_teacher, journal.institution,
                               written.id, 1, now=TODAY)
    assert journal.journal() == before
    ejournal.remove_lesson(journal.store, journal.teacher, journal.institution, written.id, 1,
                           now=TODAY)
    assert written.id not in [lesson.id for lesson in journal.journal()[0]]
    with pytest.raises(NotFoundError):
        ejournal.remove_lesson(journal.store, journal.teacher, journal.institution, written.id, 1,
                               now=TODAY)


def test_lesson_refusals_change_nothing(journal):
    journal.lesson()
    before = journal.journal()
    with pytest.raises(ExistsError):
        journal.lesson()
    with pytest.raises(InvalidError, match="2024-09-07 is not a school day"):
        journal.lesson(datetime.date(2024, 9, 7))
    with pytest.raises(InvalidError, match="bell schedule"):
        journal.lesson(number=9)
    with pytest.raises(InvalidError, match="homework_due"):
        journal.lesson(number=4, homework_due=THURSDAY)
    with pytest.raises(InvalidError, match="type"):
        journal.lesson(number=4, type="lecture")
    with pytest.raises(InvalidError, match="topic"):
        journal.lesson(number=4, topic="x" * 4001)
    with pytest.raises(PermissionDeniedError, match="write_lessons"):
        journal.lesson(number=4, principal=journal.other_teacher)
    with pytest.raises(InvalidError, match="reason"):
        journal.lesson(number=4, principal=journal.admin)
    with pytest.raises(InvalidError, match="editing window"):
        journal.lesson(number=4, editing_window_days=-1)
    with pytest.raises(TypeError):
        journal.lesson(None)
    assert journal.journal() == before


def test_grades_draft_publish_and_marks(journal):
    published = journal.grade(" 10 ", comment="Гарна відповідь")
    assert (published.revision, published.newly_published) == (1, True)
    grade = journal.grade_by_id(published.id)
    assert (grade.value, grade.mark, grade.comment, grade.publication, grade.recorded_by) == (
        Fraction(10), "", "Гарна відповідь", "published", journal.school.teacher)

    draft = journal.grade("н", student=1, draft=True)
    assert not draft.newly_published
    assert journal.grade_by_id(draft.id).publication == "draft"
    shown = ejournal.publish_grade(journal.store, journal.teacher, journal.institution,
                                   draft.id, draft.revision, now=TODAY)
    assert (shown.revision, shown.newly_published) == (2, True)
    assert journal.grade_by_id(draft.id).mark == "н"
    with pytest.raises(ConflictError, match="published already"):
        ejournal.publish_grade(journal.store, journal.teacher, journal.institution, draft.id, 2,
                               now=TODAY)

    thematic = journal.grade("н/а", student=2, column="thematic", label="Тема 1")
    assert journal.grade_by_id(thematic.id).column == "thematic"

    future = journal.lesson().id
    before = journal.journal()
    with pytest.raises(InvalidError, match='"13"'):
        journal.grade("13", student=3)
    with pytest.raises(InvalidError, match="absence mark"):
        journal.grade("н", student=3, column="thematic", label="Тема 1")
    with pytest.raises(InvalidError, match="attestation mark"):
        journal.grade("н/а", student=3)
    with pytest.raises(ExistsError):
        journal.grade("11")
    with pytest.raises(PermissionDeniedError, match="write_grades"):
        journal.grade("11", student=3, principal=journal.other_teacher)
    with pytest.raises(InvalidError, match="has not taken place yet"):
        journal.grade("11", lesson=future)
    with pytest.raises(InvalidError, match="column"):
        journal.grade("11", student=3, column="quarter")
    with pytest.raises(NotFoundError):
        journal.grade("11", lesson=journal.school.course)
    assert journal.journal() == before


def test_a_verbal_scale_takes_no_values(journal):
    school = journal.school
    subject = journal.store.course(journal.institution, school.course).subject_id
    verbal = journal.store.create_course(journal.institution, Course(
        school.year, subject, school.school_class, school.teacher, scale="nush_verbal"))
    teacher = Principal.person(journal.institution, school.teacher, [RoleGrant("teacher")],
                               courses=[(verbal, school.school_class)])
    lesson = ejournal.record_lesson(journal.store, teacher, journal.institution, verbal, MONDAY,
                                    2, now=TODAY)

    def grade(value):
        return ejournal.record_grade(journal.store, teacher, journal.institution, verbal,
                                     school.students[0], value, lesson=lesson.id, now=TODAY)

    with pytest.raises(UnsupportedError, match="verbal"):
        grade("Молодець")
    assert not journal.store.grades(journal.institution, course=verbal)
    assert grade("н").revision == 1


def test_corrections_need_a_reason_and_are_audited(journal):
    written = journal.grade("7")
    before = journal.journal()
    with pytest.raises(InvalidError, match="needs a reason"):
        ejournal.edit_grade(journal.store, journal.teacher, journal.institution, written.id, 1,
                            "9", now=TODAY)
    assert journal.journal() == before
    corrected = ejournal.edit_grade(journal.store, journal.teacher, journal.institution,
                                    written.id, 1, "9", reason="Перевірила повторно", now=TODAY)
    assert (corrected.revision, corrected.newly_published) == (2, False)
    assert journal.grade_by_id(written.id).value == 9
    entry = journal.audit(written.id)[-1]
    assert (entry.action, entry.reason) == ("correct", "Перевірила повторно")
    assert (entry.before["value"], entry.after["value"]) == ("7", "9")
    with pytest.raises(ConflictError, match="changed since it was read"):
        ejournal.edit_grade(journal.store, journal.teacher, journal.institution, written.id, 1,
                            "10", reason="Застаріла", now=TODAY)


def test_thematic_and_corrected_columns(journal):
    thematic = journal.grade("6", column="thematic", label="Тема 1")
    with pytest.raises(ConflictError, match="thematic"):
        ejournal.edit_grade(journal.store, journal.teacher, journal.institution, thematic.id, 1,
                            "8", reason="Перескладання", now=TODAY)
    with pytest.raises(InvalidError, match="no semester grade"):
        journal.grade("9", column="corrected", label="I семестр")
    journal.grade("8", column="semester", label="I семестр")
    with pytest.raises(InvalidError, match="not above the semester grade"):
        journal.grade("8", column="corrected", label="I семестр")
    raised = journal.grade("9", column="corrected", label="I семестр")
    assert journal.grade_by_id(raised.id).value == 9


def test_past_the_window_only_the_administrator_corrects(journal):
    written = journal.grade("5")
    with pytest.raises(PermissionDeniedError, match="editing window of 7 days"):
        ejournal.edit_grade(journal.store, journal.teacher, journal.institution, written.id, 1,
                            "6", reason="Описка", now=NEXT_WEEK)
    with pytest.raises(InvalidError, match="reason"):
        ejournal.edit_grade(journal.store, journal.admin, journal.institution, written.id, 1,
                            "6", now=NEXT_WEEK)
    ejournal.edit_grade(journal.store, journal.admin, journal.institution, written.id, 1, "6",
                        reason="Наказ №12", now=NEXT_WEEK)
    grade = journal.grade_by_id(written.id)
    assert (grade.value, grade.recorded_by) == (6, journal.admin_id)
    # A wider window lets the teacher work on.
    ejournal.edit_grade(journal.store, journal.teacher, journal.institution, written.id, 2, "7",
                        reason="Описка", editing_window_days=14, now=NEXT_WEEK)
    assert journal.grade_by_id(written.id).value == 7


def test_comments(journal):
    comment = ejournal.write_comment(journal.store, journal.teacher, journal.institution,
                                     journal.school.students[0], " Забув зошит. ",
                                     course=journal.school.course,
                                     lesson=journal.monday_lesson, now=TODAY)
    [entry] = ejournal.audit_for_entity(journal.store, journal.admin, journal.institution,
                                        "comment", comment)
    assert (entry.action, entry.actor) == ("create", journal.school.teacher)
    assert entry.after["text"] == "Забув зошит."
    ejournal.write_comment(journal.store, journal.class_teacher, journal.institution,
                           journal.school.students[1], "Молодець!", now=TODAY)
    with pytest.raises(PermissionDeniedError, match="write_comment"):
        ejournal.write_comment(journal.store, journal.teacher, journal.institution,
                               journal.school.students[0], "Текст", now=TODAY)
    with pytest.raises(InvalidError, match="comment.text"):
        ejournal.write_comment(journal.store, journal.class_teacher, journal.institution,
                               journal.school.students[0], "  ", now=TODAY)
    with pytest.raises(InvalidError, match="needs the lesson's course"):
        ejournal.write_comment(journal.store, journal.class_teacher, journal.institution,
                               journal.school.students[0], "Текст",
                               lesson=journal.monday_lesson, now=TODAY)
    with pytest.raises(NotFoundError):
        ejournal.write_comment(journal.store, journal.teacher, journal.institution,
                               journal.school.course, "Текст", course=journal.school.course,
                               now=TODAY)
    with pytest.raises(InvalidError, match="text"):
        ejournal.write_comment(journal.store, journal.teacher, journal.institution,
                               journal.school.students[0], "a\0b", now=TODAY)
    entries = ejournal.audit_by_person(journal.store, journal.admin, journal.institution,
                                       journal.class_teacher_id)
    assert [(entry.entity_type, entry.action) for entry in entries] == [("comment", "create")]


def test_a_parent_is_told_of_a_published_grade_and_a_comment(journal):
    # A student with the student role (imported), whose mother is invited and accepts.
    [child] = ejournal.import_class_list(journal.store, journal.admin, journal.institution,
                                         journal.school.school_class, datetime.date(2024, 9, 2),
                                         "прізвище;ім'я\nКоваль;Дарина\n", now=TODAY)
    invitation = ejournal.invite(journal.store, journal.admin, journal.institution, "parent",
                                 base_url="https://journal.example.ua/accept", surname="Коваль",
                                 given_name="Оксана", email="oksana.koval@example.ua",
                                 child=child, relation="mother", now=TODAY)
    ejournal.accept_invitation(journal.store, invitation.token,
                               password="зелений кит пливе на південь",
                               password_options=ejournal.PasswordOptions(ops_limit=1,
                                                                         mem_limit_kib=8),
                               now=TODAY)
    course = journal.school.course

    def grade(value, **fields):
        return ejournal.record_grade(journal.store, journal.teacher, journal.institution, course,
                                     child, value, now=TODAY, **fields)

    grade("10", lesson=journal.monday_lesson)
    grade("8", column="thematic", label="Тема 1", draft=True)
    journal.grade("9", student=1)
    ejournal.write_comment(journal.store, journal.teacher, journal.institution, child,
                           "Гарна робота на уроці!", course=course, now=TODAY)
    told = []
    ejournal.deliver_due(journal.store, told.append, now=TODAY)
    to_parent = sorted((message.subject.split(":")[0], message.body.splitlines()[-3])
                       for message in told if message.recipient == "oksana.koval@example.ua"
                       and not message.idempotency_key.startswith("invitation:"))
    assert to_parent == [("Нова оцінка", "Оцінка: 10"),
                         ("Новий коментар", "Коментар: Гарна робота на уроці!")]
