"""School setup through the C ABI (ejournal.create_class …) on the memory backend and an
in-memory SQLite database, in a school that joined through onboarding: a year, classes, a
subject, a class list imported from CSV, subgroups, courses, a class teacher, enrolments and
parent links; a bad file's problems line by line; a teacher's refusals; bad arguments."""

import datetime
import uuid

import pytest

import ejournal
from ejournal import (ConflictError, ExistsError, InvalidError, NotFoundError,
                      PermissionDeniedError, Principal, RoleGrant, ValidationError)
from test_invitations import School
from test_onboarding import NOW, URIS

ARRIVED = datetime.date(2024, 9, 2)
CLASS_LIST = ("\ufeffПрізвище;Ім'я;По батькові;Дата народження;Стать\r\n"
              "Бойко;Ірина;Олегівна;01.03.2014;\r\n"
              "\"Коваль-Шевчук\";Андрій;;2013-11-30;ч\r\n")


class SetUpSchool(School):
    """The joined school with a year, the classes 5-А and 5-Б, a subject and a teacher."""

    def __init__(self, store):
        super().__init__(store)
        self.year = self.call(ejournal.create_academic_year,
                              ejournal.SchoolYear(
                                  "2024/2025", datetime.date(2024, 9, 2),
                                  datetime.date(2025, 6, 30),
                                  terms=[("I семестр", datetime.date(2024, 9, 2),
                                          datetime.date(2024, 12, 27))]))
        self.klass = self.call(ejournal.create_class, self.year, " 5 - а ")
        self.other_class = self.call(ejournal.create_class, self.year, "5-Б")
        self.subject = self.call(ejournal.create_subject, "Математика", "Мат.")
        self.teacher = self.invite_teacher("teacher@school.example.ua").person
        self.as_teacher = Principal.person(self.institution, self.teacher,
                                           [RoleGrant("teacher")])

    def call(self, function, *args, **kwargs):
        """`function` of ejournal.school_setup as the administrator, at NOW."""
        return function(self.store, self.admin, self.institution, *args, now=NOW, **kwargs)

    def trail(self, entity_type, entity_id):
        return [entry.action for entry in ejournal.audit_for_entity(
            self.store, self.admin, self.institution, entity_type, entity_id)]


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield SetUpSchool(store)


def test_a_year_and_classes_are_created_and_audited(school):
    assert school.store.school_class(school.institution, school.klass).name == "5-А"
    assert school.trail("academic_year", school.year) == ["create"]
    school.call(ejournal.rename_class, school.other_class, "5в")
    assert school.store.school_class(school.institution, school.other_class).name == "5-В"
    assert school.trail("class", school.other_class) == ["create", "update"]
    changed = ejournal.SchoolYear("2024/2025 (6 днів)", datetime.date(2024, 9, 2),
                                  datetime.date(2025, 6, 30), week=6)
    school.call(ejournal.update_academic_year, school.year, changed)
    assert school.store.academic_year(school.institution, school.year).calendar.week == 6
    with pytest.raises(ExistsError):
        school.call(ejournal.rename_class, school.other_class, "5-А")
    with pytest.raises(InvalidError, match="6-A"):
        school.call(ejournal.create_class, school.year, "6-A")
    with pytest.raises(NotFoundError):
        school.call(ejournal.create_class, uuid.uuid4(), "6-А")
    with pytest.raises(ExistsError):
        school.call(ejournal.create_subject, "Математика")
    with pytest.raises(TypeError):
        school.call(ejournal.create_academic_year, "2024/2025")


def test_a_class_list_is_imported_whole(school):
    students = school.call(ejournal.import_class_list, school.klass, ARRIVED, CLASS_LIST)
    assert len(students) == 2
    first = school.store.person(school.institution, students[0])
    assert (first.surname, first.given_name, first.patronymic) == ("Бойко", "Ірина", "Олегівна")
    enrolled = school.store.enrolments(school.institution, school.klass)
    assert sorted(e.student_id for e in enrolled) == sorted(students)
    assert all(e.arrived == ARRIVED for e in enrolled)
    assert school.trail("person", students[1]) == ["create"]
    # The same students again are duplicates of the class's own.
    with pytest.raises(ValidationError) as refused:
        school.call(ejournal.import_class_list, school.klass, ARRIVED, CLASS_LIST.encode())
    assert [field for field, _ in refused.value.problems] == ["line 2: surname",
                                                             "line 3: surname"]


def test_a_bad_file_reports_every_row_and_imports_nothing(school):
    csv = ("surname,given_name,birth_date,email\n"
           "Бойко,,01.03.2014,\n"
           "Гнатюк,Марія,31.02.2013,not-an-email\n"
           "Бойко,Ірина\n"
           "\"Сидоренко, Олег\",Олег,,\n")
    with pytest.raises(ValidationError) as refused:
        school.call(ejournal.import_class_list, school.klass, ARRIVED, csv)
    problems = dict(refused.value.problems)
    assert problems["line 2: given_name"] == "is required"
    assert "line 3: birth_date" in problems and "line 3: email" in problems
    assert problems["line 4"] == "has 2 fields; the header has 4"
    assert "line 5: surname" not in problems
    assert school.store.enrolments(school.institution, school.klass) == []
    with pytest.raises(ValidationError) as refused:
        school.call(ejournal.import_class_list, school.klass, ARRIVED,
                    b"x" * (ejournal.CLASS_LIST_MAX_BYTES + 1))
    assert refused.value.problems[0][0] == "file"
    too_many = "surname;given_name\n" + "Бойко;Іра\n" * (ejournal.CLASS_LIST_MAX_ROWS + 1)
    with pytest.raises(ValidationError) as refused:
        school.call(ejournal.import_class_list, school.klass, ARRIVED, too_many)
    assert refused.value.problems[0][0] == "file"
    with pytest.raises(ValidationError, match="not valid UTF-8"):
        school.call(ejournal.import_class_list, school.klass, ARRIVED,
                    b"surname;given_name\n\xff;x\n")
    with pytest.raises(InvalidError):
        school.call(ejournal.import_class_list, school.klass, ARRIVED, "surname\ud800")
    with pytest.raises(TypeError):
        school.call(ejournal.import_class_list, school.klass, ARRIVED, 42)


def test_subgroups_courses_and_class_teachers(school):
    students = school.call(ejournal.import_class_list, school.klass, ARRIVED, CLASS_LIST)
    group = school.call(ejournal.create_subgroup, school.klass, "1 група")
    school.call(ejournal.add_subgroup_member, group, students[0])
    with pytest.raises(ExistsError):
        school.call(ejournal.add_subgroup_member, group, students[0])
    with pytest.raises(InvalidError, match="student"):
        school.call(ejournal.add_subgroup_member, group, school.teacher)
    school.call(ejournal.remove_subgroup_member, group, students[0])
    with pytest.raises(NotFoundError):
        school.call(ejournal.remove_subgroup_member, group, students[0])

    course = school.call(ejournal.create_course, subject=school.subject,
                         school_class=school.klass, subgroup=group, teacher=school.teacher,
                         scale="nush_levels")
    stored = school.store.course(school.institution, course)
    assert (stored.subgroup_id, stored.scale) == (group, "nush_levels")
    assert stored.academic_year_id == school.year
    school.call(ejournal.reassign_course, course, school.teacher, "five_point")
    assert school.store.course(school.institution, course).scale == "five_point"
    assert "five_point" in ejournal.COURSE_SCALES
    with pytest.raises(InvalidError, match="not a known scale"):
        school.call(ejournal.create_course, subject=school.subject, school_class=school.klass,
                    teacher=school.teacher, scale="12")
    with pytest.raises(InvalidError, match="teacher"):
        school.call(ejournal.create_course, subject=school.subject, school_class=school.klass,
                    teacher=students[1])

    grant = school.call(ejournal.assign_class_teacher, school.klass, school.teacher)
    assert school.trail("role_grant", grant) == ["grant"]
    with pytest.raises(ConflictError):
        school.call(ejournal.assign_class_teacher, school.klass, school.teacher)
    school.call(ejournal.withdraw_class_teacher, school.klass)
    with pytest.raises(NotFoundError):
        school.call(ejournal.withdraw_class_teacher, school.klass)


def test_enrolments_and_parent_links(school):
    students = school.call(ejournal.import_class_list, school.klass, ARRIVED, CLASS_LIST)
    with pytest.raises(ConflictError, match="one class at a time"):
        school.call(ejournal.enrol_student, school.other_class, students[0],
                    datetime.date(2025, 1, 13))
    [enrolment] = [e for e in school.store.enrolments(school.institution, school.klass)
                   if e.student_id == students[0]]
    with pytest.raises(InvalidError):
        school.call(ejournal.record_departure, enrolment.id, datetime.date(2024, 9, 1))
    school.call(ejournal.record_departure, enrolment.id, datetime.date(2024, 12, 27),
                "Наказ № 12")
    with pytest.raises(ConflictError):
        school.call(ejournal.record_departure, enrolment.id, datetime.date(2024, 12, 28))
    moved = school.call(ejournal.enrol_student, school.other_class, students[0],
                        datetime.date(2025, 1, 13))
    assert school.trail("enrolment", moved) == ["create"]
    assert school.trail("enrolment", enrolment.id) == ["create", "depart"]

    parent = school.invite_teacher("parent@school.example.ua", role="parent",
                                   child=students[0]).person
    school.call(ejournal.unlink_parent, parent, students[0])
    link = school.call(ejournal.link_parent, parent, students[0], "mother")
    assert school.trail("parent_link", link) == ["link"]
    with pytest.raises(ExistsError):
        school.call(ejournal.link_parent, parent, students[0], "father")
    with pytest.raises(InvalidError):
        school.call(ejournal.link_parent, parent, students[1], "aunt")
    with pytest.raises(InvalidError, match="parent"):
        school.call(ejournal.link_parent, school.teacher, students[1])
    with pytest.raises(NotFoundError):
        school.call(ejournal.unlink_parent, parent, students[1])


def test_a_teacher_may_not_set_up_the_school(school):
    def as_teacher(function, *args, **kwargs):
        return function(school.store, school.as_teacher, school.institution, *args, now=NOW,
                        **kwargs)

    with pytest.raises(PermissionDeniedError, match="manage_classes"):
        as_teacher(ejournal.create_class, school.year, "6-А")
    with pytest.raises(PermissionDeniedError, match="manage_subjects"):
        as_teacher(ejournal.create_subject, "Фізика")
    with pytest.raises(PermissionDeniedError, match="manage_courses"):
        as_teacher(ejournal.create_course, subject=school.subject, school_class=school.klass,
                   teacher=school.teacher)
    with pytest.raises(PermissionDeniedError, match="assign_role"):
        as_teacher(ejournal.assign_class_teacher, school.klass, school.teacher)
    with pytest.raises(PermissionDeniedError, match="manage_people"):
        as_teacher(ejournal.import_class_list, school.klass, ARRIVED, CLASS_LIST)
    assert school.store.enrolments(school.institution, school.klass) == []
    with pytest.raises(TypeError):
        school.call(ejournal.enrol_student, school.klass, school.teacher, "2024-09-02")
    with pytest.raises(TypeError):
        school.call(ejournal.create_class, "not an id", "6-А")
