/*
 * Setting up 5-А on the morning of Monday 2 September 2024, after the onboarding.
 */
#include "school_setup_steps.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "demo_check.h"
#include "ejournal.h"

/* The class list as a secretary exports it: semicolons, Ukrainian headers, dates DD.MM.YYYY.
 * The first file has a day that does not exist (31 September); the second is corrected. */
#define CLASS_LIST_HEADER "прізвище;ім'я;по батькові;дата народження;стать\n"
#define CLASS_LIST_ROWS_BEFORE_STASIUK                               \
  "Антоненко;Дарина;Ігорівна;14.03.2013;ж\n" \
  "Бойко;Максим;Олегович;02.07.2013;ч\n"         \
  "Зінченко;Артем;Сергійович;21.11.2012;ч\n" \
  "Литвиненко;Богдан;Петрович;05.01.2013;ч\n"
#define CLASS_LIST_ROW_AFTER_STASIUK "Ярошенко;Назар;Вікторович;17.05.2013;ч\n"

static const char faulty_class_list[] = CLASS_LIST_HEADER CLASS_LIST_ROWS_BEFORE_STASIUK
    "Олійник;Вероніка;Миколаївна;31.09.2013;ж\n" CLASS_LIST_ROW_AFTER_STASIUK;
static const char class_list[] = CLASS_LIST_HEADER CLASS_LIST_ROWS_BEFORE_STASIUK
    "Олійник;Вероніка;Миколаївна;30.09.2013;ж\n" CLASS_LIST_ROW_AFTER_STASIUK;

/* The academic year from the typical Ukrainian calendar, printed term by term. */
static void create_year(demo_school* school, int64_t now) {
  ej_school_year* calendar;
  int32_t term_count;
  int32_t index;
  size_t school_days;
  demo_check(ej_school_year_typical(&calendar, 2024), "ej_school_year_typical");
  demo_check(ej_setup_academic_year_create(&school->year, school->store, &now, school->admin,
                                           &school->institution, calendar),
             "ej_setup_academic_year_create");
  demo_check(ej_school_year_term_count(&term_count, calendar), "ej_school_year_term_count");
  printf("  Навчальний рік 2024/2025 за типовим календарем, п'ятиденка:\n");
  for (index = 0; index < term_count; ++index) {
    char* name;
    ej_date first;
    ej_date last;
    demo_check(ej_school_year_term(&name, &first, &last, calendar, index), "ej_school_year_term");
    demo_check(ej_school_year_count_school_days(&school_days, calendar, &first, &last),
               "ej_school_year_count_school_days");
    printf("    %s: %02d.%02d.%d – %02d.%02d.%d, навчальних днів: %zu\n", name, first.day,
           first.month, first.year, last.day, last.month, last.year, school_days);
    ej_free(name);
  }
  ej_school_year_free(calendar);
}

/* The class (its name typed carelessly) and its subjects. */
static void create_class_and_subjects(demo_school* school, int64_t now, ej_uuid* subjects) {
  int index;
  demo_check(ej_setup_class_create(&school->school_class, school->store, &now, school->admin,
                                   &school->institution, &school->year, "5 - а"),
             "ej_setup_class_create");
  printf("  Клас «5 - а» записано як 5-А; предмети:");
  for (index = 0; index < DEMO_SUBJECT_COUNT; ++index) {
    demo_check(ej_setup_subject_create(&subjects[index], school->store, &now, school->admin,
                                       &school->institution, demo_subjects[index], NULL),
               "ej_setup_subject_create");
    printf("%s %s", index == 0 ? "" : ",", demo_subjects[index]);
  }
  printf("\n");
}

/* Ґудзь accepts the invitation of the onboarding; Савчук is invited, accepts and becomes the
 * class teacher of 5-А. */
static void bring_teachers(demo_school* school, int64_t now) {
  ej_invitation_form form = EJ_INVITATION_FORM_INIT;
  ej_invitation_options options = EJ_INVITATION_OPTIONS_INIT;
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  char* token;

  demo_accept(school->store, now, school->teacher_token, demo_teacher_logins[0],
              demo_teacher_passwords[0]);
  form.institution_id = school->institution;
  form.role = EJ_ROLE_TEACHER;
  form.surname = "Савчук";
  form.given_name = "Оксана";
  form.patronymic = "Петрівна";
  form.email = demo_teacher_logins[1];
  options.base_url = DEMO_ACCEPT_URL;
  demo_check(ej_invite(&issued, &token, school->store, &now, school->admin, &form, &options),
             "ej_invite");
  school->teachers[1] = issued.person;
  demo_deliver_outbox(school->store, now, demo_print_envelope);
  demo_accept(school->store, now, token, demo_teacher_logins[1], demo_teacher_passwords[1]);
  ej_free(token);
  demo_check(
      ej_setup_class_teacher_assign(NULL, school->store, &now, school->admin, &school->institution,
                                    &school->school_class, &school->teachers[1]),
      "ej_setup_class_teacher_assign");
  printf("  Класна керівниця 5-А — Савчук Оксана Петрівна\n");
}

static void create_courses(demo_school* school, int64_t now, const ej_uuid* subjects) {
  int index;
  for (index = 0; index < DEMO_SUBJECT_COUNT; ++index) {
    ej_course_form form = EJ_COURSE_FORM_INIT;
    form.subject_id = subjects[index];
    form.class_id = school->school_class;
    form.teacher_id = school->teachers[demo_subject_teacher[index]];
    demo_check(ej_setup_course_create(&school->courses[index], school->store, &now, school->admin,
                                      &school->institution, &form),
               "ej_setup_course_create");
    printf("  Курс: %s, 5-А — %s (12-бальна шкала)\n", demo_subjects[index],
           demo_teacher_names[demo_subject_teacher[index]]);
  }
}

/* The class list: the faulty file is refused whole, the corrected one enrols everyone. */
static void import_class_list(demo_school* school, int64_t now) {
  const ej_date arrived = demo_date(2);
  int64_t count = 0;
  ej_uuid students[EJ_CLASS_LIST_MAX_ROWS];
  int index;
  int status = ej_setup_class_list_import(&count, students, school->store, &now, school->admin,
                                          &school->institution, &school->school_class, &arrived,
                                          faulty_class_list, (int64_t)strlen(faulty_class_list));
  if (status != EJ_EINVALID) demo_check(status == EJ_OK ? EJ_ERROR : status, "the faulty list");
  printf("  Список класу з CSV з помилкою не імпортовано (%s), жодного рядка:\n",
         ej_status_str(status));
  demo_print_field_problems();
  demo_check(ej_setup_class_list_import(&count, students, school->store, &now, school->admin,
                                        &school->institution, &school->school_class, &arrived,
                                        class_list, (int64_t)strlen(class_list)),
             "ej_setup_class_list_import");
  if (count != DEMO_STUDENT_COUNT) demo_check(EJ_ERROR, "the class list's size");
  memcpy(school->students, students, sizeof school->students);
  printf("  Виправлений список: %" PRId64 " учнів зараховано до 5-А з 02.09.2024:", count);
  for (index = 0; index < DEMO_STUDENT_COUNT; ++index) {
    printf("%s %s", index == 0 ? "" : ",", demo_students[index]);
  }
  printf("\n");
}

/* Дарина's mother is invited for her daughter, receives the e-mail and accepts. */
static void bring_parent(demo_school* school, int64_t now) {
  ej_invitation_form form = EJ_INVITATION_FORM_INIT;
  ej_invitation_options options = EJ_INVITATION_OPTIONS_INIT;
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  char* token;
  school->child = school->students[0];
  form.institution_id = school->institution;
  form.role = EJ_ROLE_PARENT;
  form.surname = "Антоненко";
  form.given_name = "Наталія";
  form.patronymic = "Василівна";
  form.email = DEMO_PARENT_LOGIN;
  form.child_id = school->child;
  form.relation = EJ_PARENT_MOTHER;
  options.base_url = DEMO_ACCEPT_URL;
  demo_check(ej_invite(&issued, &token, school->store, &now, school->admin, &form, &options),
             "ej_invite");
  school->parent = issued.person;
  printf("  Запрошено маму Дарини Антоненко (зв'язок «мати» записано разом із запрошенням):\n");
  demo_deliver_outbox(school->store, now, demo_print_envelope);
  demo_accept(school->store, now, token, DEMO_PARENT_LOGIN, DEMO_PARENT_PASSWORD);
  ej_free(token);
}

void run_school_setup_steps(demo_school* school) {
  ej_uuid subjects[DEMO_SUBJECT_COUNT];
  printf("\n1. Адміністраторка налаштовує школу (понеділок, 2 вересня 2024 р.)\n");
  create_year(school, demo_time(2, 9, 10));
  create_class_and_subjects(school, demo_time(2, 9, 12), subjects);
  bring_teachers(school, demo_time(2, 9, 15));
  create_courses(school, demo_time(2, 9, 20), subjects);
  import_class_list(school, demo_time(2, 9, 25));
  bring_parent(school, demo_time(2, 9, 30));
}
