/* Proves the harness can fail: one false check must make the program exit non-zero (the test is
 * registered with WILL_FAIL). */
#include "check.h"

int main(void) {
  CHECK_INT(1 + 1, 3);
  return check_finish("capi_harness_fails");
}
