/*
 * The school week of 5-А. Each teacher fills in the journal after their lessons, at 15:00 (Ґудзь)
 * or 15:30 (Савчук) of the day, within the journal's editing window; at 18:00 the outbox goes to
 * the demo's notifier, which prints the notices to the parent.
 */
#include "school_week_steps.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "demo_check.h"
#include "ejournal.h"

#define FIRST_DAY 2
#define LAST_DAY 6
#define MATHEMATICS 0
#define UKRAINIAN 1
#define INFORMATICS 2

typedef struct lesson_plan {
  int day; /* of September 2024 */
  int number;
  int subject; /* index into demo_subjects */
  int type;    /* ej_lesson_type */
  const char* topic;
  const char* homework;
  int due_day; /* 0: no homework */
} lesson_plan;

static const lesson_plan lessons[] = {
    {2, 1, UKRAINIAN, EJ_LESSON_REGULAR, "Значення мови в житті людини", "Вправа 4, с. 8", 4},
    {2, 2, MATHEMATICS, EJ_LESSON_REGULAR, "Натуральні числа. Ряд натуральних чисел", "№ 12, 15",
     3},
    {3, 1, MATHEMATICS, EJ_LESSON_REGULAR, "Порівняння натуральних чисел", "№ 34, 37", 4},
    {3, 3, INFORMATICS, EJ_LESSON_REGULAR, "Безпека в кабінеті. Складники комп'ютера", "", 0},
    {4, 1, UKRAINIAN, EJ_LESSON_REGULAR, "Звуки і букви. Алфавіт", "Вивчити алфавіт", 5},
    {4, 2, MATHEMATICS, EJ_LESSON_REGULAR, "Координатний промінь", "№ 58, 61", 5},
    {5, 1, MATHEMATICS, EJ_LESSON_PRACTICAL, "Розв'язування задач", "№ 80", 6},
    {5, 2, UKRAINIAN, EJ_LESSON_REGULAR, "Голосні та приголосні звуки", "Вправа 21", 9},
    {6, 1, MATHEMATICS, EJ_LESSON_TEST, "Самостійна робота «Натуральні числа»", "", 0},
    {6, 3, INFORMATICS, EJ_LESSON_PRACTICAL, "Файли і папки", "", 0},
};

#define LESSON_COUNT ((int)(sizeof lessons / sizeof lessons[0]))

/* A grade at a lesson (an index into `lessons`); `draft` grades go in pencil. */
typedef struct grade_plan {
  int lesson;
  int student; /* index into demo_students */
  const char* value;
  int draft;
} grade_plan;

static const grade_plan grades[] = {
    {0, 0, "11", 0}, {0, 4, "10", 0}, {1, 1, "10", 0}, {1, 3, "8", 0}, {2, 0, "9", 0},
    {2, 5, "7", 0},  {3, 2, "12", 0}, {4, 3, "6", 0},  {4, 5, "8", 0}, {5, 4, "11", 0},
    {5, 2, "9", 0},  {6, 0, "10", 0}, {6, 1, "8", 0},  {7, 0, "9", 0}, {7, 2, "7", 0},
    {8, 0, "10", 1}, {8, 1, "9", 1},  {8, 2, "н", 1},  {8, 3, "7", 1}, {8, 4, "12", 1},
    {8, 5, "6", 1},  {9, 4, "11", 0}, {9, 0, "12", 0},
};

#define GRADE_COUNT ((int)(sizeof grades / sizeof grades[0]))

/* Who missed which lesson: Дарина was ill on Wednesday. (Артем, who missed the Friday test, has
 * the mark н in its column instead, as the paper journal has it.) */
typedef struct absence_plan {
  int lesson;
  int student;
} absence_plan;

static const absence_plan absences[] = {{4, 0}, {5, 0}};

#define ABSENCE_COUNT ((int)(sizeof absences / sizeof absences[0]))

static const char* const weekday_names[] = {"Понеділок", "Вівторок", "Середа", "Четвер",
                                            "П'ятниця"};

typedef struct week_state {
  ej_uuid lesson_ids[LESSON_COUNT];
  ej_grade_written drafts[GRADE_COUNT];
  int draft_count;
} week_state;

static void record_lesson(demo_school* school, week_state* state, const ej_principal* teacher,
                          int64_t now, int index) {
  const lesson_plan* plan = &lessons[index];
  ej_lesson_form form = EJ_LESSON_FORM_INIT;
  form.number = plan->number;
  form.course_id = school->courses[plan->subject];
  form.date = demo_date(plan->day);
  form.type = plan->type;
  form.topic = plan->topic;
  form.homework = plan->homework;
  if (plan->due_day != 0) form.homework_due = demo_date(plan->due_day);
  demo_check(ej_journal_lesson_record(&state->lesson_ids[index], NULL, school->store, &now, teacher,
                                      &school->institution, &form, NULL),
             "ej_journal_lesson_record");
  printf("    урок %d, %s: «%s»", plan->number, demo_subjects[plan->subject], plan->topic);
  if (plan->due_day != 0) printf("; д/з до %02d.09: %s", plan->due_day, plan->homework);
  printf("\n");
}

static void record_grades(demo_school* school, week_state* state, const ej_principal* teacher,
                          int64_t now, int index) {
  const char* separator = "      оцінки: ";
  int grade;
  for (grade = 0; grade < GRADE_COUNT; ++grade) {
    const grade_plan* plan = &grades[grade];
    ej_grade_form form = EJ_GRADE_FORM_INIT;
    ej_grade_written written = EJ_GRADE_WRITTEN_INIT;
    if (plan->lesson != index) continue;
    form.course_id = school->courses[lessons[index].subject];
    form.student_id = school->students[plan->student];
    form.lesson_id = state->lesson_ids[index];
    form.value = plan->value;
    form.publication = plan->draft ? EJ_PUBLICATION_DRAFT : EJ_PUBLICATION_PUBLISHED;
    demo_check(ej_journal_grade_record(&written, school->store, &now, teacher, &school->institution,
                                       &form, NULL),
               "ej_journal_grade_record");
    if (plan->draft) state->drafts[state->draft_count++] = written;
    printf("%s%s %s%s", separator, demo_students[plan->student], plan->value,
           plan->draft ? " (олівцем)" : "");
    separator = ", ";
  }
  if (strcmp(separator, ", ") == 0) printf("\n");
}

static void record_absences(demo_school* school, const week_state* state,
                            const ej_principal* teacher, int64_t now, int index) {
  int absence;
  for (absence = 0; absence < ABSENCE_COUNT; ++absence) {
    const char* code = "н";
    if (absences[absence].lesson != index) continue;
    demo_check(
        ej_attendance_write_lesson(NULL, school->store, &now, teacher, &school->institution,
                                   &state->lesson_ids[index], 1,
                                   &school->students[absences[absence].student], &code, NULL),
        "ej_attendance_write_lesson");
    printf("      відсутні: %s (н)\n", demo_students[absences[absence].student]);
  }
}

/* The teacher's journal of one day: their lessons, then each lesson's grades and absences. */
static void fill_in_day(demo_school* school, week_state* state, int day, int teacher_index) {
  const int64_t now = demo_time(day, 15, 30 * teacher_index);
  ej_principal* teacher = NULL;
  int index;
  for (index = 0; index < LESSON_COUNT; ++index) {
    if (lessons[index].day != day ||
        demo_subject_teacher[lessons[index].subject] != teacher_index) {
      continue;
    }
    if (teacher == NULL) {
      teacher = demo_sign_in(school->store, now, demo_teacher_logins[teacher_index],
                             demo_teacher_passwords[teacher_index]);
      printf("  %s, %02d:%02d:\n", demo_teacher_names[teacher_index], 15, 30 * teacher_index);
    }
    record_lesson(school, state, teacher, now, index);
    record_grades(school, state, teacher, now, index);
    record_absences(school, state, teacher, now, index);
  }
  ej_principal_free(teacher);
}

/* How the week's notices are printed: the first of each kind (its idempotency key up to the
 * first ':', such as "absence") in full, later ones by their envelope, so that a week stays
 * short. */
#define NOTICE_KINDS 8
#define NOTICE_KIND_BYTES 32

typedef struct notice_printer {
  char kinds[NOTICE_KINDS][NOTICE_KIND_BYTES];
  int kind_count;
  int delivered_today;
} notice_printer;

static int32_t print_notice(const ej_notification* message, char* error, size_t error_size,
                            void* payload) {
  notice_printer* printer = payload;
  const size_t length = strcspn(message->idempotency_key, ":");
  int index;
  if (printer->delivered_today++ == 0)
    printf("  18:00, листи з черги — демонстраційному поштареві:\n");
  for (index = 0; index < printer->kind_count; ++index) {
    if (strlen(printer->kinds[index]) == length &&
        strncmp(printer->kinds[index], message->idempotency_key, length) == 0) {
      return demo_print_envelope(message, error, error_size, NULL);
    }
  }
  if (printer->kind_count < NOTICE_KINDS && length < NOTICE_KIND_BYTES) {
    memcpy(printer->kinds[printer->kind_count], message->idempotency_key, length);
    printer->kinds[printer->kind_count++][length] = '\0';
  }
  return demo_print_email(message, error, error_size, NULL);
}

/* 18:00: the outbox goes to the demo's notifier; a day without notices prints nothing. */
static void deliver_notices(demo_school* school, notice_printer* printer, int day) {
  ej_delivery_report report = EJ_DELIVERY_REPORT_INIT;
  const int64_t now = demo_time(day, 18, 0);
  printer->delivered_today = 0;
  demo_check(ej_outbox_deliver_due(&report, school->store, &now, NULL, print_notice, printer),
             "ej_outbox_deliver_due");
  if (report.delivered + report.retried > 0) {
    printf("  Доставлено листів: %" PRId64 ", відкладено: %" PRId64 "\n", report.delivered,
           report.retried);
  }
}

/* Wednesday evening: Дарина's mother explains the absence in the diary. */
static void explain_absence(demo_school* school) {
  const int64_t now = demo_time(4, 19, 0);
  const ej_date day = demo_date(4);
  ej_principal* parent = demo_sign_in(school->store, now, DEMO_PARENT_LOGIN, DEMO_PARENT_PASSWORD);
  demo_check(ej_attendance_explain(NULL, school->store, &now, parent, &school->institution,
                                   &school->child, &day, &day, EJ_ABSENCE_ILLNESS,
                                   "Застуда, довідка від лікаря в понеділок", NULL),
             "ej_attendance_explain");
  printf(
      "  19:00, мама Дарини пояснює пропуск у щоденнику: хвороба («Застуда, довідка від лікаря в "
      "понеділок»)\n");
  ej_principal_free(parent);
}

/* Thursday: the mathematics teacher writes to Дарина about the lesson she missed. */
static void write_comment(demo_school* school, const week_state* state) {
  const int64_t now = demo_time(5, 15, 20);
  ej_comment_form form = EJ_COMMENT_FORM_INIT;
  ej_principal* teacher =
      demo_sign_in(school->store, now, demo_teacher_logins[0], demo_teacher_passwords[0]);
  form.student_id = school->child;
  form.course_id = school->courses[MATHEMATICS];
  form.lesson_id = state->lesson_ids[6];
  form.text = "Дарина швидко наздогнала тему «Координатний промінь» після пропуску. Молодець!";
  demo_check(
      ej_journal_comment_write(NULL, school->store, &now, teacher, &school->institution, &form),
      "ej_journal_comment_write");
  printf("  %s пише Дарині Антоненко: «%s»\n", demo_teacher_names[0], form.text);
  ej_principal_free(teacher);
}

/* Friday 16:00: the test is checked again and its pencil grades are published. */
static void publish_drafts(demo_school* school, week_state* state) {
  const int64_t now = demo_time(6, 16, 0);
  ej_principal* teacher =
      demo_sign_in(school->store, now, demo_teacher_logins[0], demo_teacher_passwords[0]);
  int index;
  for (index = 0; index < state->draft_count; ++index) {
    ej_grade_written* draft = &state->drafts[index];
    demo_check(ej_journal_grade_publish(draft, school->store, &now, teacher, &school->institution,
                                        &draft->id, draft->revision, NULL, NULL),
               "ej_journal_grade_publish");
  }
  printf("  16:00 %s публікує оцінки самостійної роботи: %d (до того їх бачив лише він)\n",
         demo_teacher_names[0], state->draft_count);
  ej_principal_free(teacher);
}

void run_school_week_steps(demo_school* school) {
  week_state state;
  notice_printer printer;
  int day;
  memset(&state, 0, sizeof state);
  memset(&printer, 0, sizeof printer);
  printf("\n2. Навчальний тиждень 5-А: 2–6 вересня 2024 р.\n");
  for (day = FIRST_DAY; day <= LAST_DAY; ++day) {
    printf("\n%s, %02d.09\n", weekday_names[day - FIRST_DAY], day);
    fill_in_day(school, &state, day, 0);
    fill_in_day(school, &state, day, 1);
    if (day == 5) write_comment(school, &state);
    if (day == 6) publish_drafts(school, &state);
    deliver_notices(school, &printer, day);
    if (day == 4) explain_absence(school);
  }
}
