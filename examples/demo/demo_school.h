/*
 * The school the demo builds up section by section, and the helpers every section shares: the
 * demo's clock, sign-in and the outbox delivered to a printing notifier.
 *
 * Time never comes from the system clock: every call gets a fixed `now` on the Europe/Kyiv wall
 * clock of September 2024 (UTC+3), so that the output is the same on every run.
 */
#ifndef EJOURNAL_DEMO_SCHOOL_H
#define EJOURNAL_DEMO_SCHOOL_H

#include <stddef.h>
#include <stdint.h>

#include "ejournal.h"

#define DEMO_ACCEPT_URL "https://journal.example.ua/invitations/accept"
#define DEMO_SUBJECT_COUNT 3
#define DEMO_STUDENT_COUNT 6

/* What the sections hand on to the next: ids, and the principals still signed in. */
typedef struct demo_school {
  ej_store* store;
  ej_uuid institution;
  ej_principal* admin;
  char* teacher_token; /* the invitation the administrator sent in the onboarding */
  ej_uuid teachers[2]; /* [0] Ґудзь (mathematics, informatics), [1] the class teacher */
  ej_uuid year;
  ej_uuid school_class;
  ej_uuid courses[DEMO_SUBJECT_COUNT];  /* in the order of demo_subjects */
  ej_uuid students[DEMO_STUDENT_COUNT]; /* in the order of the class list */
  ej_uuid parent;
  ej_uuid child; /* the parent's child: students[0] */
} demo_school;

/* The subjects of 5-А and who teaches them (an index into demo_school.teachers). */
extern const char* const demo_subjects[DEMO_SUBJECT_COUNT];
extern const int demo_subject_teacher[DEMO_SUBJECT_COUNT];
/* The students as the class list names them ("Антоненко Дарина"), in its order. */
extern const char* const demo_students[DEMO_STUDENT_COUNT];

/* The logins and passwords of the people who sign in. */
#define DEMO_ADMIN_LOGIN "olena.admin@school.example.ua"
#define DEMO_ADMIN_PASSWORD "зелений каштан на подвір'ї"
#define DEMO_TEACHER_LOGINS \
  { "taras.gudz@school.example.ua", "oksana.savchuk@school.example.ua" }
#define DEMO_TEACHER_PASSWORDS \
  { "трикутник і коло на дошці", "лелека над старою хатою" }
#define DEMO_PARENT_LOGIN "natalia.antonenko@example.ua"
#define DEMO_PARENT_PASSWORD "мамин борщ із пампушками"

/* The teachers' logins, passwords and short names, in the order of demo_school.teachers. */
extern const char* const demo_teacher_logins[2];
extern const char* const demo_teacher_passwords[2];
extern const char* const demo_teacher_names[2];

/* µs since the epoch of `hour`:`minute` in Kyiv on `day` September 2024. */
int64_t demo_time(int day, int hour, int minute);

/* The date `day` September 2024. */
ej_date demo_date(int day);

/* Prints a message as a mail client would show it. */
int32_t demo_print_email(const ej_notification* message, char* error, size_t error_size,
                         void* payload);

/* Prints only who got which message. */
int32_t demo_print_envelope(const ej_notification* message, char* error, size_t error_size,
                            void* payload);

/* Delivers every due message of the outbox to `notifier` and prints how many went. */
void demo_deliver_outbox(ej_store* store, int64_t now, ej_notifier_fn notifier);

/* Accepts the invitation with a new password and prints that it did. */
void demo_accept(ej_store* store, int64_t now, const char* token, const char* login,
                 const char* password);

/* Signs in and returns the principal of the new session, with its roles, children and courses
 * as the store holds them at `now`. */
ej_principal* demo_sign_in(ej_store* store, int64_t now, const char* login, const char* password);

/* "Антоненко Дарина" of the student `id`, or "?" for another id. */
const char* demo_student_name(const demo_school* school, const ej_uuid* id);

/* Writes `value` rounded half up to `decimals` ("9.67") into `out` of `size` bytes. */
void demo_format_rounded(char* out, size_t size, const ej_rational* value, int32_t decimals);

/* Prints each problem of the last failed call as "    field: problem". */
void demo_print_field_problems(void);

/* Releases what the school still holds. */
void demo_school_free(demo_school* school);

#endif
