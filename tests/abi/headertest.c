/* Compiles the umbrella header as strict C99 (-pedantic -Werror) and checks that the library
   a program links against reports the version of the headers it was built with. */
#include <stdio.h>

#include "ejournal.h"

int main(void) {
  int32_t major = -1;
  int32_t minor = -1;
  int32_t patch = -1;
  ej_version(&major, &minor, &patch);
  if (major != EJ_VERSION_MAJOR || minor != EJ_VERSION_MINOR || patch != EJ_VERSION_PATCH) {
    fprintf(stderr, "library %d.%d.%d, headers %s\n", (int)major, (int)minor, (int)patch,
            EJ_VERSION_STRING);
    return 1;
  }
  if (ej_version_number() != EJ_VERSION_NUMBER) {
    fprintf(stderr, "ej_version_number() %d, EJ_VERSION_NUMBER %d\n", (int)ej_version_number(),
            EJ_VERSION_NUMBER);
    return 1;
  }
  printf("ejournal %s\n", ej_version_string());
  return 0;
}
