"""Journal pages through the C ABI (ejournal.course_page, ejournal.class_summary) on the memory
backend and an in-memory SQLite database: a course's page for a term, the class summary page,
their CSV, HTML and plain rows, and the refusals."""

import datetime
import uuid
from fractions import Fraction

import pytest

import ejournal
from ejournal import NotFoundError, PermissionDeniedError, Principal, RangeError, RoleGrant
from test_diary import reader, write_journal
from test_store import SEPTEMBER, URIS, make_school


@pytest.fixture(params=URIS)
def school(request):
    with ejournal.open(request.param, pool_size=1) as store:
        made = make_school(store)
        write_journal(made)
        yield made


def teacher(school):
    return Principal.person(school.institution, school.teacher, [RoleGrant("teacher")],
                            courses=[(school.course, school.school_class)])


def test_a_course_page_in_ukrainian_order_with_lessons_then_undated_columns(school):
    page = ejournal.course_page(school.store, teacher(school), school.institution, school.course)
    assert (page.title, page.teacher, page.period) == (
        "Українська мова, 5-А", "Коваленко О. П.", "I семестр")
    assert page.first == SEPTEMBER[0]
    assert [row.surname for row in page.rows] == ["Гнатюк", "Ґудзь", "Їжак", "Яковенко"]
    assert page.rows[3].departed is None and page.rows[3].gender is None
    assert [column.heading for column in page.columns] == [
        f"{day:02d}.09" for day in range(2, 12)] + ["Тема 1", "I семестр",
                                                      "Скоригована (I семестр)"]
    first = page.columns[0]
    assert (first.kind, first.lesson_id, first.date, first.number, first.label) == (
        "current", school.lessons[0], SEPTEMBER[0], 1, "Тема 0")
    assert page.columns[10].kind == "thematic" and page.columns[10].date is None
    assert [(entry.row, entry.column, entry.value, entry.publication, entry.attendance)
            for entry in page.entries] == [
        (3, 0, Fraction(10), "published", ""), (3, 1, Fraction(9), "draft", ""),
        (3, 2, None, "published", "н"), (3, 10, Fraction(21, 2), "published", "")]
    assert [page.cell_text(3, column) for column in (0, 1, 2, 10, 11)] == [
        "10", "(9)", "н", "10,5", ""]
    table = page.table()
    assert table[3]["Учень"] == "Яковенко Марія" and table[3]["Тема 1"] == "10,5"
    assert table[0]["№"] == "1" and table[0]["02.09"] == ""
    with pytest.raises(RangeError):
        page.cell_text(4, 0)
    assert "rows=4" in repr(page)


def test_exports(school):
    page = ejournal.course_page(school.store, teacher(school), school.institution, school.course)
    csv = page.to_csv()
    assert csv.startswith("№,Учень,02.09,03.09,")
    assert "\r\n4,Яковенко Марія,10,(9),н," in csv
    html = page.to_html()
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert '<span class="draft">(9)</span>' in html
    assert "<h2>Зміст уроків</h2>" in html


def test_the_class_summary(school):
    school.store.create_grades(school.institution, courses=school.course,
                               students=school.students[0], dates=datetime.date(2024, 12, 27),
                               values=11, columns="semester", labels="I семестр",
                               recorded_by=school.teacher)
    page = ejournal.class_summary(school.store, reader(school, "class_teacher"),
                                  school.institution, school.school_class)
    assert (page.title, page.period) == ("5-А: зведений облік навчальних досягнень", "2024/2025")
    assert [column.heading for column in page.columns] == [
        "Українська мова: I семестр", "Українська мова: Скоригована (I семестр)",
        "Українська мова: II семестр", "Українська мова: Скоригована (II семестр)",
        "Українська мова: Річна"]
    assert page.columns[0].subject == "Українська мова" and page.columns[0].subject_id
    assert [(entry.row, entry.column, entry.value) for entry in page.entries] == [
        (3, 0, Fraction(11))]


def test_refusals(school):
    store, owner = school.store, school.institution
    with pytest.raises(PermissionDeniedError, match="read_course_journal"):
        ejournal.course_page(store, reader(school, "student", school.students[0]), owner,
                             school.course)
    with pytest.raises(PermissionDeniedError, match="read_class_summary"):
        ejournal.class_summary(store, teacher(school), owner, school.school_class)
    with pytest.raises(RangeError, match="term 2"):
        ejournal.course_page(store, teacher(school), owner, school.course, term=2)
    with pytest.raises(NotFoundError):
        ejournal.course_page(store, teacher(school), owner, uuid.uuid4())
    with pytest.raises(NotFoundError):
        ejournal.class_summary(store, Principal.system(), owner, uuid.uuid4())
    with pytest.raises(TypeError):
        ejournal.course_page(store, teacher(school), owner, school.course, term="first")
