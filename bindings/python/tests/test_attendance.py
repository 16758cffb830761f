"""Attendance through the C ABI (ejournal.write_lesson_attendance …) on the memory backend and an
in-memory SQLite database: marks at a lesson and on the daily page, the class teacher's reason,
a parent's explanation, counts with exact percentages, the alert across the autumn holidays, an
institution's own dictionary, and refusals that change nothing. The school's ten lessons fall one
a day from 2024-09-02."""

import datetime
from fractions import Fraction

import pytest

import ejournal
from ejournal import (AttendanceCode, ConflictError, InvalidError, NotFoundError,
                      PermissionDeniedError, Person, Principal, RoleGrant)
from test_store import URIS, make_school

NOW = datetime.datetime(2024, 9, 2, 6, 0, tzinfo=datetime.timezone.utc)


def day(month, day_of_month):
    return datetime.date(2024, month, day_of_month)


class Staff:
    """The school with its teacher, class teacher, a parent of the first student and a parent
    of the second."""

    def __init__(self, store):
        self.school = school = make_school(store)
        self.store, self.institution = store, school.institution
        leader, mother, father = store.create_people(school.institution, [
            Person("Мельник", "Ірина"), Person("Шевченко", "Марія"), Person("Ткаченко", "Іван")])
        self.teacher = Principal.person(school.institution, school.teacher,
                                        [RoleGrant("teacher")],
                                        courses=[(school.course, school.school_class)])
        self.class_teacher = Principal.person(school.institution, leader,
                                              [RoleGrant("class_teacher", school.school_class)])
        self.parent = Principal.person(school.institution, mother, [RoleGrant("parent")],
                                       children=[school.students[0]])
        self.other_parent = Principal.person(school.institution, father, [RoleGrant("parent")],
                                             children=[school.students[1]])

    def marks(self):
        """Every student's marks: unchanged by each refusal."""
        return [self.store.attendance(self.institution, student=student)
                for student in self.school.students]


@pytest.fixture(params=URIS)
def staff(request):
    with ejournal.open(request.param, pool_size=1) as store:
        yield Staff(store)


def test_builtin_dictionary():
    codes = ejournal.builtin_attendance_codes()
    assert codes[3] == AttendanceCode("хв", "хвороба", "absent", True)
    assert codes[1].kind == "late"
    assert set(ejournal.ATTENDANCE_KINDS) == {"present", "late", "absent"}


def test_marks_reasons_and_counts(staff):
    s = staff.school
    marked = ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution,
                                              s.lessons[0], {s.students[0]: "н",
                                                             s.students[1]: "зп"}, now=NOW)
    assert [(mark.student_id, mark.code) for mark in marked] == [(s.students[0], "н"),
                                                                 (s.students[1], "зп")]
    daily = ejournal.write_daily_attendance(staff.store, staff.class_teacher, s.institution,
                                            s.school_class, day(9, 3), {s.students[0]: "хв"})
    assert daily[0].lesson_id is None
    ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.lessons[2],
                                     {s.students[0]: "н"})
    changed = ejournal.write_absence_reason(staff.store, staff.class_teacher, s.institution,
                                            s.students[0], day(9, 2), day(9, 2), "illness",
                                            "довідка 5")
    assert [(mark.reason, mark.document_ref) for mark in changed] == [("illness", "довідка 5")]
    explained = ejournal.explain_absence(staff.store, staff.parent, s.institution,
                                         s.students[0], day(9, 2), day(9, 6), "family",
                                         "сімейні обставини")
    assert [mark.date for mark in explained] == [day(9, 4)]

    counts = ejournal.student_attendance(staff.store, staff.parent, s.institution,
                                         s.students[0], day(9, 2), day(9, 6))
    assert (counts.lessons, counts.lessons_missed, counts.lessons_missed_explained) == (5, 3, 3)
    assert (counts.school_days, counts.days_missed) == (5, 3)
    assert counts.lessons_percent == Fraction(40) and counts.days_percent == Fraction(40)

    report = ejournal.class_attendance(staff.store, staff.class_teacher, s.institution,
                                       s.school_class, day(9, 2), day(9, 6))
    # Гнатюк, Ґудзь, Їжак, Яковенко: Ukrainian order, not the order of creation.
    assert [row.student for row in report.students] == [s.students[3], s.students[1],
                                                        s.students[2], s.students[0]]
    assert report.total.student is None
    assert report.total.lessons == 5 * len(s.students)
    assert report.total.lessons_late == 1
    assert report.total.lessons_percent == Fraction(100 * (20 - 3), 20)
    holidays = ejournal.student_attendance(staff.store, staff.parent, s.institution,
                                           s.students[0], day(10, 28), day(11, 3))
    assert holidays.lessons == 0 and holidays.lessons_percent is None


def test_refusals_change_nothing(staff):
    s = staff.school
    ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.lessons[0],
                                     {s.students[0]: "н"})
    before = staff.marks()
    with pytest.raises(InvalidError, match="'xx'"):
        ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.lessons[1],
                                         {s.students[1]: "н", s.students[0]: "xx"})
    with pytest.raises(InvalidError):
        ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.lessons[1],
                                         {})
    with pytest.raises(PermissionDeniedError):
        ejournal.write_lesson_attendance(staff.store, staff.class_teacher, s.institution,
                                         s.lessons[1], {s.students[1]: "н"})
    with pytest.raises(NotFoundError):
        ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.course,
                                         {s.students[1]: "н"})
    with pytest.raises(NotFoundError):
        ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.lessons[1],
                                         {s.teacher: "н"})
    with pytest.raises(InvalidError, match="2024-09-07"):
        ejournal.write_daily_attendance(staff.store, staff.class_teacher, s.institution,
                                        s.school_class, day(9, 7), {s.students[1]: "н"})
    with pytest.raises(PermissionDeniedError):
        ejournal.write_daily_attendance(staff.store, staff.teacher, s.institution,
                                        s.school_class, day(9, 3), {s.students[1]: "н"})
    with pytest.raises(PermissionDeniedError):
        ejournal.write_absence_reason(staff.store, staff.parent, s.institution, s.students[0],
                                      day(9, 2), day(9, 6), "illness")
    with pytest.raises(InvalidError):
        ejournal.write_absence_reason(staff.store, staff.class_teacher, s.institution,
                                      s.students[0], day(9, 2), day(9, 6), "illness", "a\nb")
    with pytest.raises(InvalidError, match="sick"):
        ejournal.write_absence_reason(staff.store, staff.class_teacher, s.institution,
                                      s.students[0], day(9, 2), day(9, 6), "sick")
    with pytest.raises(NotFoundError):
        ejournal.write_absence_reason(staff.store, staff.class_teacher, s.institution,
                                      s.students[2], day(9, 2), day(9, 6), "illness")
    with pytest.raises(PermissionDeniedError):
        ejournal.explain_absence(staff.store, staff.other_parent, s.institution, s.students[0],
                                 day(9, 2), day(9, 6), "family", "так")
    with pytest.raises(InvalidError):
        ejournal.explain_absence(staff.store, staff.parent, s.institution, s.students[0],
                                 day(9, 2), day(9, 6), "valid_document", "так")
    with pytest.raises(InvalidError):
        ejournal.explain_absence(staff.store, staff.parent, s.institution, s.students[0],
                                 day(9, 6), day(9, 2), "family", "так")
    with pytest.raises(PermissionDeniedError):
        ejournal.student_attendance(staff.store, staff.teacher, s.institution, s.students[0],
                                    day(9, 2), day(9, 6))
    with pytest.raises(PermissionDeniedError):
        ejournal.class_attendance(staff.store, staff.parent, s.institution, s.school_class,
                                  day(9, 2), day(9, 6))
    with pytest.raises(TypeError):
        ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.lessons[1],
                                         [(s.students[1], "н")])
    assert staff.marks() == before
    ejournal.explain_absence(staff.store, staff.parent, s.institution, s.students[0],
                             day(9, 2), day(9, 6), "illness", "хворіла")
    with pytest.raises(ConflictError):
        ejournal.explain_absence(staff.store, staff.parent, s.institution, s.students[0],
                                 day(9, 2), day(9, 6), "illness", "хворіла")


def test_alert_across_the_autumn_holidays(staff):
    s = staff.school
    year = ejournal.SchoolYear.typical(2024)
    # 21–25 October, the holidays of 28 October – 3 November, then 4–8 November.
    for date in year.school_days(day(10, 21), day(11, 8)):
        ejournal.write_daily_attendance(staff.store, staff.class_teacher, s.institution,
                                        s.school_class, date, {s.students[1]: "н"})
    assert ejournal.absence_alerts(staff.store, staff.class_teacher, s.institution,
                                   s.school_class, day(11, 7)) == []
    alerts = ejournal.absence_alerts(staff.store, staff.class_teacher, s.institution,
                                     s.school_class, day(11, 10))
    assert alerts == [ejournal.AbsenceAlert(s.students[1], day(10, 21), day(11, 8), 10)]
    ejournal.explain_absence(staff.store, staff.other_parent, s.institution, s.students[1],
                             day(11, 4), day(11, 4), "illness", "хворів")
    assert ejournal.absence_alerts(staff.store, staff.class_teacher, s.institution,
                                   s.school_class, day(11, 10)) == []
    assert len(ejournal.absence_alerts(staff.store, staff.class_teacher, s.institution,
                                       s.school_class, day(11, 10), alert_days=4)) == 1
    with pytest.raises(InvalidError):
        ejournal.absence_alerts(staff.store, staff.class_teacher, s.institution, s.school_class,
                                day(11, 10), alert_days=0)
    with pytest.raises(PermissionDeniedError):
        ejournal.absence_alerts(staff.store, staff.parent, s.institution, s.school_class,
                                day(11, 10))


def test_an_institutions_own_dictionary(staff):
    s = staff.school
    codes = [AttendanceCode("В", "відсутній"), AttendanceCode("П", "присутній", "present")]
    marked = ejournal.write_daily_attendance(staff.store, staff.class_teacher, s.institution,
                                             s.school_class, day(9, 3), {s.students[0]: "В"},
                                             codes=codes)
    assert marked[0].code == "В"
    with pytest.raises(InvalidError, match="'н'"):
        ejournal.write_daily_attendance(staff.store, staff.class_teacher, s.institution,
                                        s.school_class, day(9, 3), {s.students[1]: "н"},
                                        codes=codes)
    with pytest.raises(InvalidError, match="twice"):
        ejournal.write_daily_attendance(staff.store, staff.class_teacher, s.institution,
                                        s.school_class, day(9, 3), {s.students[1]: "В"},
                                        codes=codes + codes)
    with pytest.raises(TypeError):
        ejournal.write_daily_attendance(staff.store, staff.class_teacher, s.institution,
                                        s.school_class, day(9, 3), {s.students[1]: "В"},
                                        codes=["В"])
    counts = ejournal.student_attendance(staff.store, staff.parent, s.institution,
                                         s.students[0], day(9, 3), day(9, 3), codes=codes)
    assert counts.days_missed_unexplained == 1


def test_class_rows_as_a_dataframe(staff):
    pandas = pytest.importorskip("pandas")
    s = staff.school
    ejournal.write_lesson_attendance(staff.store, staff.teacher, s.institution, s.lessons[0],
                                     {s.students[2]: "н"})
    report = ejournal.class_attendance(staff.store, staff.class_teacher, s.institution,
                                       s.school_class, day(9, 2), day(9, 2))
    frame = report.to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(s.students)
    assert frame["lessons_missed"].sum() == 1
    assert set(frame["student"]) == set(s.students)
