/* Entity ids: ej_uuid_parse, ej_uuid_format, ej_uuid_generate, ej_uuid_is_nil. */
#include <string.h>

#include "check.h"

static const char kText[] = "0123abcd-4567-89ef-8a1b-c2d3e4f5a6b7";

static void test_round_trip(void) {
  static const uint8_t expected[16] = {0x01, 0x23, 0xab, 0xcd, 0x45, 0x67, 0x89, 0xef,
                                       0x8a, 0x1b, 0xc2, 0xd3, 0xe4, 0xf5, 0xa6, 0xb7};
  ej_uuid id;
  char text[EJ_UUID_STRLEN + 1];
  if (!CHECK_OK(ej_uuid_parse(&id, kText))) return;
  CHECK(memcmp(id.bytes, expected, sizeof expected) == 0);
  if (CHECK_OK(ej_uuid_format(text, sizeof text, &id))) CHECK_STR(text, kText);
}

static void test_upper_case_reads_and_formats_lower(void) {
  ej_uuid id;
  char text[64];
  if (!CHECK_OK(ej_uuid_parse(&id, "0123ABCD-4567-89EF-8A1B-C2D3E4F5A6B7"))) return;
  if (CHECK_OK(ej_uuid_format(text, sizeof text, &id))) CHECK_STR(text, kText);
}

/* A refused text leaves the id nil and names the problem. */
static void check_refused(const char* text, const char* fragment) {
  ej_uuid id;
  memset(id.bytes, 0xAB, sizeof id.bytes);
  CHECK_ERROR(ej_uuid_parse(&id, text), EJ_EINVALID, fragment);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_ARGUMENT);
  CHECK(ej_uuid_is_nil(&id));
}

static void test_malformed_text(void) {
  check_refused("", "'' is not in the form");
  check_refused("0123abcd04567-89ef-8a1b-c2d3e4f5a6b7", "'0' at offset 8 where a '-' belongs");
  check_refused("0123abcd-4567-89ef-8a1b-c2d3e4f5a6b", "35 bytes long, not 36");
  check_refused("{0123abcd-4567-89ef-8a1b-c2d3e4f5a6b7}", "38 bytes long");
  check_refused("0123abcg-4567-89ef-8a1b-c2d3e4f5a6b7", "'g' at offset 7 is not a hexadecimal");
  check_refused("0123abcd-4567-89ef-8a1b-c2d3e4f5a6b\xff", "UTF-8");
  check_refused(NULL, "'text'");
}

static void test_bad_arguments(void) {
  ej_uuid id;
  char small[EJ_UUID_STRLEN];
  memset(&id, 0, sizeof id);
  CHECK_ERROR(ej_uuid_parse(NULL, kText), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_uuid_format(NULL, 37, &id), EJ_EINVALID, "'out'");
  small[0] = 'x';
  CHECK_ERROR(ej_uuid_format(small, sizeof small, NULL), EJ_EINVALID, "'id'");
  CHECK_INT(small[0], '\0');
  small[0] = 'x';
  CHECK_ERROR(ej_uuid_format(small, sizeof small, &id), EJ_EBUFS, "needs 37 bytes");
  CHECK_INT(small[0], '\0');
  CHECK_ERROR(ej_uuid_generate(NULL), EJ_EINVALID, "'out'");
}

static void test_generate(void) {
  ej_uuid first;
  ej_uuid second;
  char text[EJ_UUID_STRLEN + 1];
  if (!CHECK_OK(ej_uuid_generate(&first)) || !CHECK_OK(ej_uuid_generate(&second))) return;
  CHECK(!ej_uuid_is_nil(&first));
  CHECK(memcmp(first.bytes, second.bytes, sizeof first.bytes) != 0);
  /* Version 7 in the high nibble of byte 6, variant 10xx in byte 8. */
  CHECK_INT(first.bytes[6] >> 4, 7);
  CHECK_INT(first.bytes[8] & 0xC0, 0x80);
  /* The first 48 bits are the time in milliseconds: the second id is not older. */
  CHECK(memcmp(first.bytes, second.bytes, 6) <= 0);
  if (CHECK_OK(ej_uuid_format(text, sizeof text, &first))) {
    CHECK_INT(strlen(text), EJ_UUID_STRLEN);
    CHECK_INT(text[14], '7');
  }
}

static void test_is_nil(void) {
  ej_uuid id;
  memset(&id, 0, sizeof id);
  CHECK_INT(ej_uuid_is_nil(&id), 1);
  CHECK_INT(ej_uuid_is_nil(NULL), 1);
  id.bytes[15] = 1;
  CHECK_INT(ej_uuid_is_nil(&id), 0);
  if (CHECK_OK(ej_uuid_parse(&id, "00000000-0000-0000-0000-000000000000"))) {
    CHECK_INT(ej_uuid_is_nil(&id), 1);
  }
}

int main(void) {
  test_round_trip();
  test_upper_case_reads_and_formats_lower();
  test_malformed_text();
  test_bad_arguments();
  test_generate();
  test_is_nil();
  return check_finish("test_uuid");
}
