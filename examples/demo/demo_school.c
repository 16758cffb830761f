#include "demo_school.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "demo_check.h"

const char* const demo_subjects[DEMO_SUBJECT_COUNT] = {"Математика", "Українська мова",
                                                       "Інформатика"};
const int demo_subject_teacher[DEMO_SUBJECT_COUNT] = {0, 1, 0};
const char* const demo_students[DEMO_STUDENT_COUNT] = {"Антоненко Дарина", "Бойко Максим",
                                                       "Зінченко Артем",   "Литвиненко Богдан",
                                                       "Олійник Вероніка", "Ярошенко Назар"};

const char* const demo_teacher_logins[2] = {"taras.gudz@school.example.ua",
                                            "oksana.savchuk@school.example.ua"};
const char* const demo_teacher_passwords[2] = {"трикутник і коло на дошці",
                                               "лелека над старою хатою"};
const char* const demo_teacher_names[2] = {"Ґудзь Т. І.", "Савчук О. П."};

/* 2024-09-01 00:00 UTC; Kyiv keeps summer time (UTC+3) all September. */
#define SEPTEMBER_FIRST_UTC INT64_C(1725148800)

int64_t demo_time(int day, int hour, int minute) {
  const int64_t seconds =
      SEPTEMBER_FIRST_UTC + (int64_t)(day - 1) * 86400 + (int64_t)(hour - 3) * 3600 + minute * 60;
  return seconds * 1000000;
}

ej_date demo_date(int day) {
  ej_date date;
  date.year = 2024;
  date.month = 9;
  date.day = day;
  return date;
}

int32_t demo_print_email(const ej_notification* message, char* error, size_t error_size,
                         void* payload) {
  const char* line = message->body;
  (void)error;
  (void)error_size;
  (void)payload;
  printf("\n  ┌─ лист ──────────────────────────────────────────────────────\n");
  printf("  │ Кому: %s\n  │ Тема: %s\n  │ Ключ ідемпотентності: %s\n  │\n", message->recipient,
         message->subject, message->idempotency_key);
  while (*line != '\0') {
    const char* end = strchr(line, '\n');
    const int length = end != NULL ? (int)(end - line) : (int)strlen(line);
    printf("  │ %.*s\n", length, line);
    line += length + (end != NULL ? 1 : 0);
  }
  printf("  └─────────────────────────────────────────────────────────────\n");
  return EJ_DELIVERY_DELIVERED;
}

int32_t demo_print_envelope(const ej_notification* message, char* error, size_t error_size,
                            void* payload) {
  (void)error;
  (void)error_size;
  (void)payload;
  printf("  Лист до %s: «%s»\n", message->recipient, message->subject);
  return EJ_DELIVERY_DELIVERED;
}

void demo_deliver_outbox(ej_store* store, int64_t now, ej_notifier_fn notifier) {
  ej_delivery_report report = EJ_DELIVERY_REPORT_INIT;
  demo_check(ej_outbox_deliver_due(&report, store, &now, NULL, notifier, NULL),
             "ej_outbox_deliver_due");
  printf("  Доставлено листів: %" PRId64 ", відкладено: %" PRId64 "\n", report.delivered,
         report.retried);
}

void demo_accept(ej_store* store, int64_t now, const char* token, const char* login,
                 const char* password) {
  ej_credential credential = EJ_CREDENTIAL_INIT;
  ej_accepted_invitation accepted = EJ_ACCEPTED_INVITATION_INIT;
  credential.kind = EJ_CREDENTIAL_PASSWORD;
  credential.password = password;
  demo_check(ej_invitation_accept(&accepted, store, &now, token, &credential, NULL),
             "ej_invitation_accept");
  printf("  %s: запрошення прийнято, обліковий запис створено (%s)\n", login,
         accepted.account_created ? "пароль — лише як геш Argon2id" : "уже був");
}

ej_principal* demo_sign_in(ej_store* store, int64_t now, const char* login, const char* password) {
  ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
  ej_principal* principal;
  char* session_token;
  demo_check(ej_sign_in(&signed_in, &session_token, store, &now, login, password, NULL, NULL),
             "ej_sign_in");
  demo_check(ej_authenticate(&principal, store, &now, session_token, NULL), "ej_authenticate");
  ej_free(session_token);
  return principal;
}

const char* demo_student_name(const demo_school* school, const ej_uuid* id) {
  int index;
  for (index = 0; index < DEMO_STUDENT_COUNT; ++index) {
    if (memcmp(&school->students[index], id, sizeof *id) == 0) return demo_students[index];
  }
  return "?";
}

void demo_print_field_problems(void) {
  const int32_t count = ej_error_field_count();
  int32_t index;
  for (index = 0; index < count; ++index) {
    const char* field;
    const char* problem;
    demo_check(ej_error_field(&field, &problem, index), "ej_error_field");
    printf("    %s: %s\n", field, problem);
  }
}

void demo_format_rounded(char* out, size_t size, const ej_rational* value, int32_t decimals) {
  ej_decimal rounded;
  char* text;
  demo_check(ej_round(&rounded, value, EJ_ROUND_HALF_UP, decimals), "ej_round");
  demo_check(ej_decimal_format(&text, &rounded), "ej_decimal_format");
  snprintf(out, size, "%s", text);
  ej_free(text);
}

void demo_school_free(demo_school* school) {
  ej_free(school->teacher_token);
  ej_principal_free(school->admin);
  ej_store_free(school->store);
}
