#include "demo_check.h"

#include <stdio.h>
#include <stdlib.h>

#include "ejournal.h"

void demo_check(int status, const char* call) {
  if (status == EJ_OK) return;
  fprintf(stderr, "ejournal-demo: %s failed: %s: %s\n", call, ej_status_str(status),
          ej_error_last()->message);
  exit(EXIT_FAILURE);
}
