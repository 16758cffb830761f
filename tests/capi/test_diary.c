/* The diary through the C ABI (ejournal/diary.h), on the memory backend, an in-memory SQLite
 * database and PostgreSQL when EJ_PG_CONN is set: what a student, a parent and a class teacher
 * see of a week, a parent's view of each child, and the refusals. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "journal_reading_fixture.h"
#include "store_fixture.h"

static const ej_date wednesday = {2024, 9, 4};

/* The one week `principal` reads of student 0; NULL after a failed CHECK. */
static ej_diary* read_week(const school* s, const ej_principal* principal,
                           const ej_diary_week** week) {
  ej_diary* diary = NULL;
  int64_t count = 0;
  *week = NULL;
  if (!CHECK_OK(ej_diary_week_read(&diary, s->store, principal, &s->institution, &s->students[0],
                                   &wednesday)) ||
      !CHECK_OK(ej_diary_count(&count, diary)) || !CHECK_INT(count, 1) ||
      !CHECK_OK(ej_diary_get(week, diary, 0))) {
    ej_diary_free(diary);
    return NULL;
  }
  return diary;
}

static void test_student_view(const school* s) {
  ej_principal* student =
      journal_reading_fixture_principal(s, &s->students[0], EJ_ROLE_STUDENT, NULL);
  const ej_diary_week* week = NULL;
  ej_diary* diary = read_week(s, student, &week);
  if (diary != NULL) {
    CHECK_STR(week->surname, "Яковенко");
    CHECK_INT(week->monday.day, 2);
    CHECK_INT(week->sunday.day, 8);
    CHECK_INT(week->school_day_count, 5);
    CHECK_INT(week->school_days[4].day, 6);
    CHECK_INT(week->lesson_count, 7); /* the fixture's lessons of 2–8 September */
    CHECK_STR(week->lessons[0].subject, "Українська мова");
    CHECK_INT(week->lessons[0].type, EJ_LESSON_REGULAR);
    CHECK_INT(week->lessons[0].homework_due.year, 0);
    CHECK_INT(week->grade_count, 2); /* the draft is not shown */
    CHECK_INT(week->grades[0].value_num, 10);
    CHECK_INT(week->grades[0].has_value, 1);
    CHECK(store_fixture_same_id(&week->grades[0].lesson, &s->lessons[0]));
    CHECK_STR(week->grades[1].label, "Тема 1");
    CHECK_INT(week->grades[1].column, EJ_COLUMN_THEMATIC);
    CHECK(ej_uuid_is_nil(&week->grades[1].lesson));
    CHECK_INT(week->attendance_count, 1);
    CHECK_STR(week->attendance[0].code, "н");
    CHECK_INT(week->attendance[0].reason, 0); /* hidden from the student */
    CHECK(week->attendance[0].document_ref == NULL);
    CHECK_INT(week->comment_count, 0);
  }
  ej_diary_free(diary);
  ej_principal_free(student);
}

static void test_parent_and_class_teacher_views(const school* s) {
  ej_uuid parent_id, class_teacher_id;
  ej_principal* parent = NULL;
  ej_principal* class_teacher = NULL;
  const ej_diary_week* week = NULL;
  ej_diary* diary = NULL;
  CHECK_OK(ej_uuid_generate(&parent_id));
  CHECK_OK(ej_uuid_generate(&class_teacher_id));
  parent = journal_reading_fixture_principal(s, &parent_id, EJ_ROLE_PARENT, &s->students[0]);
  diary = read_week(s, parent, &week);
  if (diary != NULL) {
    CHECK_INT(week->grade_count, 2);
    CHECK_INT(week->attendance[0].reason, EJ_ABSENCE_ILLNESS);
    CHECK(week->attendance[0].document_ref != NULL);
  }
  ej_diary_free(diary);
  class_teacher =
      journal_reading_fixture_principal(s, &class_teacher_id, EJ_ROLE_CLASS_TEACHER, NULL);
  diary = read_week(s, class_teacher, &week);
  if (diary != NULL) {
    CHECK_INT(week->grade_count, 3);
    CHECK_INT(week->grades[1].publication, EJ_PUBLICATION_DRAFT);
    CHECK_INT(week->grades[1].value_num, 9);
  }
  ej_diary_free(diary);
  ej_principal_free(parent);
  ej_principal_free(class_teacher);
}

static void test_refusals(const school* s) {
  ej_principal* other =
      journal_reading_fixture_principal(s, &s->students[1], EJ_ROLE_STUDENT, NULL);
  ej_principal* teacher = journal_reading_fixture_principal(s, &s->teacher, EJ_ROLE_TEACHER, NULL);
  ej_diary* diary = NULL;
  const ej_diary_week* week = NULL;
  ej_uuid stranger;
  ej_date bad = {2024, 2, 30};
  ej_date last_year = {9999, 12, 30};
  int64_t count = 0;
  CHECK_OK(ej_uuid_generate(&stranger));
  CHECK_ERROR(
      ej_diary_week_read(&diary, s->store, other, &s->institution, &s->students[0], &wednesday),
      EJ_EPERM, "read_student_record");
  CHECK(diary == NULL);
  CHECK_ERROR(
      ej_diary_week_read(&diary, s->store, teacher, &s->institution, &s->students[0], &wednesday),
      EJ_EPERM, "");
  CHECK_ERROR(ej_diary_week_read(&diary, s->store, teacher, &s->institution, &stranger, &wednesday),
              EJ_ENOTFOUND, "student");
  CHECK_ERROR(
      ej_diary_week_read(&diary, s->store, teacher, &s->institution, &s->teacher, &wednesday),
      EJ_ENOTFOUND, "never enrolled");
  CHECK_ERROR(ej_diary_week_read(&diary, s->store, other, &s->institution, &s->students[0], &bad),
              EJ_EINVALID, "day");
  CHECK_ERROR(
      ej_diary_week_read(&diary, s->store, other, &s->institution, &s->students[0], &last_year),
      EJ_ERANGE, "9999");
  CHECK_ERROR(
      ej_diary_week_read(NULL, s->store, other, &s->institution, &s->students[0], &wednesday),
      EJ_EINVALID, "out");
  CHECK_ERROR(
      ej_diary_week_read(&diary, s->store, NULL, &s->institution, &s->students[0], &wednesday),
      EJ_EINVALID, "principal");
  CHECK_ERROR(ej_diary_count(NULL, diary), EJ_EINVALID, "out");
  CHECK_ERROR(ej_diary_count(&count, NULL), EJ_EINVALID, "diary");
  if (CHECK_OK(ej_diary_week_read(&diary, s->store, other, &s->institution, &s->students[1],
                                  &wednesday))) {
    CHECK_ERROR(ej_diary_get(&week, diary, 1), EJ_ERANGE, "index 1");
    CHECK_ERROR(ej_diary_get(&week, diary, -1), EJ_ERANGE, "index -1");
    CHECK(week == NULL);
  }
  ej_diary_free(diary);
  ej_diary_free(NULL);
  ej_principal_free(other);
  ej_principal_free(teacher);
}

/* A new student with a parent (the invitations store the grant and the link), enrolled in the
 * class: the parent's view holds that child's week. */
static void test_children(const school* s) {
  ej_principal* system = NULL;
  ej_principal* parent = NULL;
  ej_principal* other = NULL;
  ej_invitation_form form = EJ_INVITATION_FORM_INIT;
  ej_invitation_options options = EJ_INVITATION_OPTIONS_INIT;
  ej_issued_invitation child = EJ_ISSUED_INVITATION_INIT, issued = EJ_ISSUED_INVITATION_INIT;
  ej_date arrived = {2024, 9, 2};
  ej_diary* diary = NULL;
  const ej_diary_week* week = NULL;
  int64_t count = 0;
  const int64_t now = 1725255000000000;
  if (!CHECK_OK(ej_principal_system(&system))) return;
  options.base_url = "https://school.example.ua/accept";
  form.role = EJ_ROLE_STUDENT;
  form.institution_id = s->institution;
  form.surname = "Шевченко";
  form.given_name = "Тарас";
  form.email = "taras@school.example.ua";
  if (CHECK_OK(ej_invite(&child, NULL, s->store, &now, system, &form, &options)) &&
      CHECK_OK(ej_store_enrol(NULL, s->store, &s->institution, &s->school_class, &child.person, 1,
                              &arrived, NULL, NULL))) {
    form.role = EJ_ROLE_PARENT;
    form.surname = "Шевченко";
    form.given_name = "Григорій";
    form.email = "hryhorii@school.example.ua";
    form.child_id = child.person;
    form.relation = EJ_PARENT_FATHER;
    if (CHECK_OK(ej_invite(&issued, NULL, s->store, &now, system, &form, &options))) {
      parent = journal_reading_fixture_principal(s, &issued.person, EJ_ROLE_PARENT, &child.person);
      if (CHECK_OK(ej_diary_children_read(&diary, s->store, parent, &s->institution, &issued.person,
                                          &wednesday)) &&
          CHECK_OK(ej_diary_count(&count, diary)) && CHECK_INT(count, 1) &&
          CHECK_OK(ej_diary_get(&week, diary, 0))) {
        CHECK_STR(week->surname, "Шевченко");
        CHECK(store_fixture_same_id(&week->student, &child.person));
        CHECK_INT(week->lesson_count, 7);
        CHECK_INT(week->grade_count, 0);
      }
      ej_diary_free(diary);
      diary = NULL;
      other = journal_reading_fixture_principal(s, &s->students[0], EJ_ROLE_STUDENT, NULL);
      CHECK_ERROR(ej_diary_children_read(&diary, s->store, other, &s->institution, &issued.person,
                                         &wednesday),
                  EJ_EPERM, "");
      CHECK(diary == NULL);
      /* A student has no children: an empty diary. */
      if (CHECK_OK(ej_diary_children_read(&diary, s->store, system, &s->institution,
                                          &s->students[0], &wednesday))) {
        CHECK_OK(ej_diary_count(&count, diary));
        CHECK_INT(count, 0);
      }
      ej_diary_free(diary);
    }
  }
  ej_principal_free(other);
  ej_principal_free(parent);
  ej_principal_free(system);
}

static void test_backend(const char* uri) {
  school s;
  printf("backend %s\n", uri);
  if (!store_fixture_open(&s, uri, "Ліцей № 1") || !journal_reading_fixture_write(&s)) {
    ej_store_free(s.store);
    return;
  }
  test_student_view(&s);
  test_parent_and_class_teacher_views(&s);
  test_refusals(&s);
  test_children(&s);
  ej_store_free(s.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_diary");
}
