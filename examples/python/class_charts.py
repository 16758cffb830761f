"""A class's first term in two charts, through the Python binding: the school is set up as its
administrator would (year, class 7-Б from a CSV class list, a teacher who accepts an invitation,
a course), a term of lessons is loaded with grades as columns and attendance is marked lesson by
lesson; then the class's grades by level and its weekly attendance are read back as pandas
DataFrames and drawn with matplotlib into one PNG.

    python3 class_charts.py [out.png]      (default: class_charts.png)

The data are drawn from a seeded generator, so every run prints the same figures.
"""

import datetime
import random
import sys

import matplotlib

matplotlib.use("Agg")  # no display: write the file only
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

import ejournal  # noqa: E402
from ejournal import Principal, RoleGrant  # noqa: E402

UTC = datetime.timezone.utc
NOW = datetime.datetime(2024, 8, 26, 9, 0, tzinfo=UTC)
BASE_URL = "https://journal.example.ua/invitations/accept"
CLASS_LIST = """прізвище;ім'я;по батькові;стать
Бондаренко;Олена;Петрівна;ж
Гнатюк;Ярослав;Іванович;ч
Єременко;Данило;Олегович;ч
Зайченко;Марія;Андріївна;ж
Ковальчук;Софія;Ігорівна;ж
Мельник;Артем;Сергійович;ч
Олійник;Вікторія;Романівна;ж
Ярошенко;Максим;Вікторович;ч
"""
# The teacher's password, for the example only (a cheap hash keeps the run short).
PASSWORD = "зелений кит пливе на південь"
CHEAP_HASH = ejournal.PasswordOptions(ops_limit=1, mem_limit_kib=8)
# The four levels of the 12-point scale, as the journal names them.
LEVEL_NAMES = {"initial": "початковий", "average": "середній", "sufficient": "достатній",
               "high": "високий"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Mondays, Wednesdays and Fridays, lessons 2, 3 and 1.
TIMETABLE = [(1, 2), (3, 3), (5, 1)]


def set_up(store):
    """The school, its administrator's principal, the class, the course and its teacher's
    principal, the students and the first term."""
    school = store.create_institution(ejournal.Institution(
        "Ліцей № 3 м. Черкаси", edrpou="32855961", diso_id="32855961",
        hromada_katottg="UA71020130000086047"))
    director = store.create_person(school, ejournal.Person("Шевчук", "Марія"))
    admin = Principal.person(school, director, [RoleGrant("institution_admin")])
    calendar = ejournal.SchoolYear.typical(2024)
    year = ejournal.create_academic_year(store, admin, school, calendar, now=NOW)
    school_class = ejournal.create_class(store, admin, school, year, "7-Б", now=NOW)
    students = ejournal.import_class_list(store, admin, school, school_class, calendar.first,
                                          CLASS_LIST, now=NOW)
    invitation = ejournal.invite(store, admin, school, "teacher", base_url=BASE_URL,
                                 surname="Коваленко", given_name="Ірина",
                                 email="iryna.kovalenko@school.example.ua", now=NOW)
    ejournal.accept_invitation(store, invitation.token, password=PASSWORD,
                               password_options=CHEAP_HASH, now=NOW)
    subject = ejournal.create_subject(store, admin, school, "Алгебра", now=NOW)
    course = ejournal.create_course(store, admin, school, subject=subject,
                                    school_class=school_class, teacher=invitation.person, now=NOW)
    teacher = Principal.person(school, invitation.person, [RoleGrant("teacher")],
                               courses=[(course, school_class)])
    return school, admin, school_class, course, (teacher, invitation.person), students, calendar


def load_term(store, school, course, teacher, students, calendar, draw):
    """The first term's lessons; at each about a third of the class is graded and each student
    is absent with a small chance. Returns the lessons' (id, date)."""
    principal, person = teacher
    term = calendar.terms[0]
    slots = calendar.lesson_dates(TIMETABLE, term.first, term.last)
    lessons = store.create_lessons(school, courses=course, dates=[day for day, _ in slots],
                                   numbers=[number for _, number in slots],
                                   topics="Лінійні рівняння")
    grades = {"lessons": [], "students": [], "dates": [], "values": []}
    for lesson, (day, _) in zip(lessons, slots):
        marks = {student: ("н" if draw.random() < 0.06 else "п") for student in students}
        ejournal.write_lesson_attendance(store, principal, school, lesson, marks, now=NOW)
        for student in draw.sample(students, len(students) // 3):
            if marks[student] == "п":
                grades["lessons"].append(lesson)
                grades["students"].append(student)
                grades["dates"].append(day)
                grades["values"].append(min(12, max(1, round(draw.gauss(8.5, 2.0)))))
    store.create_grades(school, courses=course, students=grades["students"],
                        dates=grades["dates"], lessons=grades["lessons"],
                        values=grades["values"], recorded_by=person,
                        columns="current", publications="published")
    return [(lesson, day) for lesson, (day, _) in zip(lessons, slots)]


def weekly_attendance(store, admin, school, school_class, lessons):
    """Per school week of the term: (Monday, percent of lessons attended) for the class."""
    mondays = sorted({day - datetime.timedelta(days=day.weekday()) for _, day in lessons})
    rows = []
    for monday in mondays:
        report = ejournal.class_attendance(store, admin, school, school_class, monday,
                                           monday + datetime.timedelta(days=6))
        rows.append({"week": monday, "attended": float(report.total.lessons_percent)})
    return ejournal.to_dataframe(rows)


def draw_charts(levels, weeks, path):
    """The two charts side by side in one PNG."""
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    left.bar([LEVEL_NAMES[level] for level in levels["level"]], levels["count"], color="#3b6ea8")
    left.set_title("7-Б, алгебра, I семестр: поточні оцінки за рівнями")
    left.set_ylabel("оцінок")
    right.plot(weeks["week"], weeks["attended"], marker="o", color="#a83b3b")
    right.set_ylim(80, 100)
    right.set_title("Відвідування уроків за тижнями, %")
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "class_charts.png"
    draw = random.Random(2024)
    with ejournal.open("sqlite::memory:") as store:
        school, admin, school_class, course, teacher, students, calendar = set_up(store)
        lessons = load_term(store, school, course, teacher, students, calendar, draw)
        statistics = ejournal.class_statistics(store, admin, school, school_class, 0)
        levels = statistics.overall.to_dataframe()
        weeks = weekly_attendance(store, admin, school, school_class, lessons)
    term = calendar.terms[0]
    print(f"lessons: {len(lessons)} from {term.first} to {term.last}")
    for level, count, percent in levels.itertuples(index=False):
        print(f"level {level}: {count} grades ({float(percent):.1f} %)")
    print(f"mean grade: {float(statistics.overall.mean):.2f}")
    print(f"weeks: {len(weeks)}, lowest attendance {weeks['attended'].min():.1f} %")
    draw_charts(levels, weeks, path)
    with open(path, "rb") as written:
        kind = "PNG" if written.read(len(PNG_SIGNATURE)) == PNG_SIGNATURE else "not a PNG"
    print(f"chart: {path} ({kind})")


if __name__ == "__main__":
    main()
