/* The institute's statistics through the C ABI (ejournal/statistics.h) on the memory backend and
 * an in-memory SQLite database, over the seed's spring-2021 table: Sumy oblast 37, Kyiv oblast
 * 26, Dnipropetrovsk 19, Cherkasy 18, Rivne 17 institutions spread over hromadas, approved
 * through onboarding but for 2 suspended ones in Sumy and 1 closed one in Rivne (the C API makes
 * those with ej_store_institution_create), with other requests pending, rejected or withdrawn.
 * Also an empty platform, the permission refused, and bad arguments at every entry. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "onboarding_fixture.h"

static const int64_t now = ONBOARDING_NOW;

/* One oblast of the seed table: its КАТОТТГ code and how many institutions each hromada has. */
typedef struct seed_oblast {
  const char* katottg;
  int hromadas[3]; /* 0 after the last */
} seed_oblast;

static const seed_oblast spring_2021[] = {
    {"59", {15, 12, 10}}, /* Сумська область: 37 */
    {"32", {14, 12, 0}},  /* Київська область: 26 */
    {"12", {10, 9, 0}},   /* Дніпропетровська область: 19 */
    {"71", {9, 9, 0}},    /* Черкаська область: 18 */
    {"56", {17, 0, 0}},   /* Рівненська область: 17 */
};

/* Room for a hromada code ("UA" + 17 digits) and for any int the format could print. */
#define HROMADA_SIZE 48

/* The КАТОТТГ code of the `index`-th hromada of `oblast`: raion 01, hromada 010, 020 … */
static void hromada_code(char out[HROMADA_SIZE], const char* oblast, int index) {
  snprintf(out, HROMADA_SIZE, "UA%s01%03d00000%05d", oblast, 10 * (index + 1),
           atoi(oblast) * 100 + index);
}

/* The `n`-th valid ЄДРПОУ: a seven-digit stem and the one check digit that fits it. */
static void edrpou(char out[9], int n) {
  char* normalized = NULL;
  int stem = 2000000 + n * 37;
  int digit;
  for (digit = 6; digit >= 0; --digit, stem /= 10) out[digit] = (char)('0' + stem % 10);
  out[8] = '\0';
  for (digit = 0; digit < 10; ++digit) {
    out[7] = (char)('0' + digit);
    if (ej_edrpou_normalize(&normalized, out) == EJ_OK) break;
  }
  ej_free(normalized);
}

/* Submits the `n`-th institution's request, in `hromada`; returns its id. */
static ej_uuid submit(platform* p, int n, const char* hromada) {
  char code[9];
  ej_connection_request_form form;
  ej_uuid id;
  memset(&id, 0, sizeof id);
  edrpou(code, n);
  form = onboarding_fixture_form(code);
  form.hromada_katottg = hromada;
  CHECK_OK(ej_onboarding_submit(&id, p->store, &now, &form));
  return id;
}

static void approve(platform* p, int n, const char* hromada) {
  const ej_uuid id = submit(p, n, hromada);
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_review_options options = EJ_REVIEW_OPTIONS_INIT;
  options.base_url = ONBOARDING_BASE_URL;
  CHECK_OK(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1,
                                 &options));
}

/* Stores the `n`-th institution directly, with `status`. */
static void create(platform* p, int n, const char* hromada, int32_t status) {
  char code[9];
  ej_institution institution = EJ_INSTITUTION_INIT;
  edrpou(code, n);
  institution.name = "Ліцей";
  institution.edrpou = code;
  institution.diso_id = code;
  institution.hromada_katottg = hromada;
  institution.status = status;
  CHECK_OK(ej_store_institution_create(NULL, p->store, &institution));
}

/* The seed table joined, with 2 of Sumy's first hromada suspended and 1 of Rivne closed; then 3
 * pending, 2 rejected and 1 withdrawn requests. */
static void join_the_seed_table(platform* p) {
  char hromada[HROMADA_SIZE];
  char sumy[HROMADA_SIZE];
  size_t o;
  int h, i, n = 0;
  for (o = 0; o < sizeof spring_2021 / sizeof spring_2021[0]; ++o) {
    const seed_oblast* oblast = &spring_2021[o];
    for (h = 0; h < 3 && oblast->hromadas[h] > 0; ++h) {
      hromada_code(hromada, oblast->katottg, h);
      for (i = 0; i < oblast->hromadas[h]; ++i) {
        if (strcmp(oblast->katottg, "59") == 0 && h == 0 && i < 2) {
          create(p, n++, hromada, EJ_INSTITUTION_SUSPENDED);
        } else if (strcmp(oblast->katottg, "56") == 0 && i == 0) {
          create(p, n++, hromada, EJ_INSTITUTION_CLOSED);
        } else {
          approve(p, n++, hromada);
        }
      }
    }
  }
  hromada_code(sumy, "59", 0);
  for (i = 0; i < 3; ++i) (void)submit(p, n++, sumy);
  for (i = 0; i < 2; ++i) {
    const ej_uuid id = submit(p, n++, sumy);
    CHECK_OK(ej_onboarding_reject(p->store, &now, p->operator_principal, &id, 1, "не заклад"));
  }
  {
    const ej_uuid id = submit(p, n++, sumy);
    CHECK_OK(ej_onboarding_withdraw(p->store, &now, p->operator_principal, &id, 1, NULL));
  }
}

/* The list sizes of `statistics`, checked against the expected ones. */
static void check_sizes(const ej_statistics* statistics, int64_t by_status, int64_t by_oblast,
                        int64_t by_hromada, int64_t requests) {
  int64_t count = -1;
  CHECK_OK(ej_statistics_by_status_count(&count, statistics));
  CHECK_INT(count, by_status);
  CHECK_OK(ej_statistics_by_oblast_count(&count, statistics));
  CHECK_INT(count, by_oblast);
  CHECK_OK(ej_statistics_by_hromada_count(&count, statistics));
  CHECK_INT(count, by_hromada);
  CHECK_OK(ej_statistics_requests_by_status_count(&count, statistics));
  CHECK_INT(count, requests);
}

static void check_status(const ej_statistics* statistics, int64_t index, int32_t status,
                         int64_t count) {
  const ej_institution_status_count* row = NULL;
  if (CHECK_OK(ej_statistics_by_status_get(&row, statistics, index))) {
    CHECK_INT(row->version, EJ_INSTITUTION_STATUS_COUNT_VERSION);
    CHECK_INT(row->status, status);
    CHECK_INT(row->count, count);
  }
}

static void check_request_status(const ej_statistics* statistics, int64_t index, int32_t status,
                                 int64_t count) {
  const ej_request_status_count* row = NULL;
  if (CHECK_OK(ej_statistics_requests_by_status_get(&row, statistics, index))) {
    CHECK_INT(row->version, EJ_REQUEST_STATUS_COUNT_VERSION);
    CHECK_INT(row->status, status);
    CHECK_INT(row->count, count);
  }
}

static void check_oblast(const ej_statistics* statistics, int64_t index, const char* katottg,
                         const char* name_uk, int64_t institutions, int64_t active) {
  const ej_oblast_count* row = NULL;
  if (CHECK_OK(ej_statistics_by_oblast_get(&row, statistics, index))) {
    CHECK_INT(row->version, EJ_OBLAST_COUNT_VERSION);
    CHECK_STR(row->katottg, katottg);
    CHECK_STR(row->name_uk, name_uk);
    CHECK_INT(row->institutions, institutions);
    CHECK_INT(row->active, active);
  }
}

static void check_hromada(const ej_statistics* statistics, int64_t index, const char* oblast,
                          int hromada, int64_t institutions, int64_t active) {
  char katottg[HROMADA_SIZE];
  const ej_hromada_count* row = NULL;
  hromada_code(katottg, oblast, hromada);
  if (CHECK_OK(ej_statistics_by_hromada_get(&row, statistics, index))) {
    CHECK_INT(row->version, EJ_HROMADA_COUNT_VERSION);
    CHECK_STR(row->katottg, katottg);
    CHECK_STR(row->oblast_katottg, oblast);
    CHECK_INT(row->institutions, institutions);
    CHECK_INT(row->active, active);
  }
}

static void test_the_seed_table(platform* p) {
  ej_statistics* statistics = NULL;
  int64_t institutions = -1;
  join_the_seed_table(p);
  if (!CHECK_OK(ej_institute_statistics(&statistics, p->store, p->operator_principal))) return;

  CHECK_OK(ej_statistics_institutions(&institutions, statistics));
  CHECK_INT(institutions, 117);
  check_sizes(statistics, 3, 5, 10, 4);
  check_status(statistics, 0, EJ_INSTITUTION_ACTIVE, 114);
  check_status(statistics, 1, EJ_INSTITUTION_SUSPENDED, 2);
  check_status(statistics, 2, EJ_INSTITUTION_CLOSED, 1);

  check_oblast(statistics, 0, "59", "Сумська область", 37, 35);
  check_oblast(statistics, 1, "32", "Київська область", 26, 26);
  check_oblast(statistics, 2, "12", "Дніпропетровська область", 19, 19);
  check_oblast(statistics, 3, "71", "Черкаська область", 18, 18);
  check_oblast(statistics, 4, "56", "Рівненська область", 17, 16);

  /* Equal counts are ordered by code: 12 in Kyiv oblast before 12 in Sumy, and so on. */
  check_hromada(statistics, 0, "56", 0, 17, 16);
  check_hromada(statistics, 1, "59", 0, 15, 13);
  check_hromada(statistics, 2, "32", 0, 14, 14);
  check_hromada(statistics, 3, "32", 1, 12, 12);
  check_hromada(statistics, 4, "59", 1, 12, 12);
  check_hromada(statistics, 5, "12", 0, 10, 10);
  check_hromada(statistics, 6, "59", 2, 10, 10);
  check_hromada(statistics, 7, "12", 1, 9, 9);
  check_hromada(statistics, 8, "71", 0, 9, 9);
  check_hromada(statistics, 9, "71", 1, 9, 9);

  check_request_status(statistics, 0, EJ_REQUEST_APPROVED, 114);
  check_request_status(statistics, 1, EJ_REQUEST_PENDING, 3);
  check_request_status(statistics, 2, EJ_REQUEST_REJECTED, 2);
  check_request_status(statistics, 3, EJ_REQUEST_WITHDRAWN, 1);
  ej_statistics_free(statistics);
}

/* Only the institute (not counted): every status at 0, no place. */
static void test_an_empty_platform(const char* uri) {
  platform p;
  ej_principal* system = NULL;
  ej_statistics* statistics = NULL;
  int64_t institutions = -1;
  if (onboarding_fixture_open(&p, uri) && CHECK_OK(ej_principal_system(&system)) &&
      CHECK_OK(ej_institute_statistics(&statistics, p.store, system))) {
    CHECK_OK(ej_statistics_institutions(&institutions, statistics));
    CHECK_INT(institutions, 0);
    check_sizes(statistics, 3, 0, 0, 4);
    check_status(statistics, 0, EJ_INSTITUTION_ACTIVE, 0);
    check_status(statistics, 1, EJ_INSTITUTION_SUSPENDED, 0);
    check_status(statistics, 2, EJ_INSTITUTION_CLOSED, 0);
    check_request_status(statistics, 0, EJ_REQUEST_PENDING, 0);
    check_request_status(statistics, 1, EJ_REQUEST_APPROVED, 0);
    check_request_status(statistics, 2, EJ_REQUEST_REJECTED, 0);
    check_request_status(statistics, 3, EJ_REQUEST_WITHDRAWN, 0);
  }
  ej_statistics_free(statistics);
  ej_principal_free(system);
  onboarding_fixture_close(&p);
}

/* Anonymous callers and an institution's administrator may not read; *out is reset. */
static void test_permission_refused(platform* p) {
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  ej_principal* admin = NULL;
  ej_statistics* statistics = STALE(ej_statistics);
  if (!onboarding_fixture_approved(p, &approval)) return;
  grant.role = EJ_ROLE_INSTITUTION_ADMIN;
  grant.id = approval.grant;
  grant.institution = approval.institution;
  grant.person = approval.admin;
  if (!CHECK_OK(ej_principal_person(&admin, &approval.institution, &approval.admin, &grant, 1, NULL,
                                    0, NULL, 0))) {
    return;
  }
  CHECK_ERROR(ej_institute_statistics(&statistics, p->store, p->anonymous), EJ_EPERM,
              "read_institute_statistics");
  CHECK(statistics == NULL);
  statistics = STALE(ej_statistics);
  CHECK_ERROR(ej_institute_statistics(&statistics, p->store, admin), EJ_EPERM,
              "read_institute_statistics");
  CHECK(statistics == NULL);
  ej_principal_free(admin);
}

static void test_argument_errors(platform* p) {
  ej_statistics* statistics = STALE(ej_statistics);
  const ej_institution_status_count* status = NULL;
  const ej_oblast_count* oblast = NULL;
  const ej_hromada_count* hromada = NULL;
  const ej_request_status_count* request = NULL;
  int64_t count = -1;

  CHECK_ERROR(ej_institute_statistics(NULL, p->store, p->operator_principal), EJ_EINVALID, "out");
  CHECK_ERROR(ej_institute_statistics(&statistics, NULL, p->operator_principal), EJ_EINVALID,
              "store");
  CHECK(statistics == NULL);
  CHECK_ERROR(ej_institute_statistics(&statistics, p->store, NULL), EJ_EINVALID, "principal");
  CHECK(statistics == NULL);

  /* A NULL handle or output at every accessor; a NULL output is named before the handle. */
  CHECK_ERROR(ej_statistics_institutions(&count, NULL), EJ_EINVALID, "statistics");
  CHECK_INT(count, 0);
  CHECK_ERROR(ej_statistics_by_status_count(&count, NULL), EJ_EINVALID, "statistics");
  CHECK_ERROR(ej_statistics_by_oblast_count(&count, NULL), EJ_EINVALID, "statistics");
  CHECK_ERROR(ej_statistics_by_hromada_count(&count, NULL), EJ_EINVALID, "statistics");
  CHECK_ERROR(ej_statistics_requests_by_status_count(&count, NULL), EJ_EINVALID, "statistics");
  CHECK_ERROR(ej_statistics_by_status_get(&status, NULL, 0), EJ_EINVALID, "statistics");
  CHECK_ERROR(ej_statistics_by_oblast_get(&oblast, NULL, 0), EJ_EINVALID, "statistics");
  CHECK_ERROR(ej_statistics_by_hromada_get(&hromada, NULL, 0), EJ_EINVALID, "statistics");
  CHECK_ERROR(ej_statistics_requests_by_status_get(&request, NULL, 0), EJ_EINVALID, "statistics");

  if (!CHECK_OK(ej_institute_statistics(&statistics, p->store, p->operator_principal))) return;
  CHECK_ERROR(ej_statistics_institutions(NULL, statistics), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_by_status_count(NULL, statistics), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_by_oblast_count(NULL, statistics), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_by_hromada_count(NULL, statistics), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_requests_by_status_count(NULL, statistics), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_by_status_get(NULL, statistics, 0), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_by_oblast_get(NULL, statistics, 0), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_by_hromada_get(NULL, statistics, 0), EJ_EINVALID, "out");
  CHECK_ERROR(ej_statistics_requests_by_status_get(NULL, statistics, 0), EJ_EINVALID, "out");

  /* An index outside a list names it and the list's size; *out is reset. */
  status = STALE(const ej_institution_status_count);
  CHECK_ERROR(ej_statistics_by_status_get(&status, statistics, 3), EJ_ERANGE, "index 3");
  CHECK(status == NULL);
  CHECK_ERROR(ej_statistics_by_status_get(&status, statistics, -1), EJ_ERANGE, "index -1");
  CHECK_ERROR(ej_statistics_by_oblast_get(&oblast, statistics, 5), EJ_ERANGE, "list of 5");
  CHECK(oblast == NULL);
  CHECK_ERROR(ej_statistics_by_hromada_get(&hromada, statistics, 10), EJ_ERANGE, "index 10");
  CHECK(hromada == NULL);
  CHECK_ERROR(ej_statistics_requests_by_status_get(&request, statistics, 4), EJ_ERANGE,
              "list of 4");
  CHECK(request == NULL);
  ej_statistics_free(statistics);
  ej_statistics_free(NULL);
}

int main(void) {
  const char* const uris[] = {"memory:", "sqlite::memory:", NULL};
  for (const char* const* uri = uris; *uri != NULL; ++uri) {
    platform p;
    if (onboarding_fixture_open(&p, *uri)) {
      test_the_seed_table(&p);
      test_argument_errors(&p);
      test_permission_refused(&p);
    }
    onboarding_fixture_close(&p);
    test_an_empty_platform(*uri);
  }
  return check_finish("capi_statistics");
}
