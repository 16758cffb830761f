#include "journal_reading_fixture.h"

#include <stddef.h>
#include <string.h>

#include "check.h"

int journal_reading_fixture_write(school* s) {
  ej_uuid courses[3], students[3], lessons[3], recorded_by[3], absent_lesson[1];
  ej_date dates[3] = {{2024, 9, 2}, {2024, 9, 3}, {2024, 9, 3}};
  int32_t columns[3] = {EJ_COLUMN_CURRENT, EJ_COLUMN_CURRENT, EJ_COLUMN_THEMATIC};
  int64_t numerators[3] = {10, 9, 11};
  int32_t publications[3] = {EJ_PUBLICATION_PUBLISHED, EJ_PUBLICATION_DRAFT,
                             EJ_PUBLICATION_PUBLISHED};
  const char* labels[3] = {NULL, NULL, "Тема 1"};
  const char* codes[1] = {"н"};
  int32_t reasons[1] = {EJ_ABSENCE_ILLNESS};
  ej_date absent_day[1] = {{2024, 9, 4}};
  ej_grade_columns grades = EJ_GRADE_COLUMNS_INIT;
  ej_attendance_columns marks = EJ_ATTENDANCE_COLUMNS_INIT;
  int i;
  for (i = 0; i < 3; ++i) {
    courses[i] = s->course;
    students[i] = s->students[0];
    recorded_by[i] = s->teacher;
  }
  lessons[0] = s->lessons[0];
  lessons[1] = s->lessons[1];
  memset(&lessons[2], 0, sizeof lessons[2]); /* nil: the thematic grade has no lesson */
  grades.count = 3;
  grades.courses = courses;
  grades.students = students;
  grades.lessons = lessons;
  grades.dates = dates;
  grades.columns = columns;
  grades.numerators = numerators;
  grades.publications = publications;
  grades.labels = labels;
  grades.recorded_by = recorded_by;
  if (!CHECK_OK(ej_store_grades_create(NULL, s->store, &s->institution, &grades, NULL, NULL))) {
    return 0;
  }
  absent_lesson[0] = s->lessons[2];
  marks.count = 1;
  marks.students = students;
  marks.dates = absent_day;
  marks.lessons = absent_lesson;
  marks.codes = codes;
  marks.reasons = reasons;
  marks.recorded_by = recorded_by;
  return CHECK_OK(ej_store_attendance_create(NULL, s->store, &s->institution, &marks, NULL, NULL));
}

ej_principal* journal_reading_fixture_principal(const school* s, const ej_uuid* person,
                                                int32_t role, const ej_uuid* child) {
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  ej_taught_course taught;
  ej_principal* principal = NULL;
  grant.role = role;
  grant.institution = s->institution;
  grant.person = *person;
  if (role == EJ_ROLE_CLASS_TEACHER) grant.school_class = s->school_class;
  taught.version = EJ_TAUGHT_COURSE_VERSION;
  taught.reserved = 0;
  taught.course = s->course;
  taught.school_class = s->school_class;
  CHECK_OK(ej_principal_person(&principal, &s->institution, person, &grant, 1, child,
                               child != NULL ? 1 : 0, &taught, 1));
  return principal;
}
