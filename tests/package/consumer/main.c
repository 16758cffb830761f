/* Uses the installed C ABI: the version must match the installed headers. */
#include <stdio.h>

#include "ejournal.h"

int main(void) {
  if (ej_version_number() != EJ_VERSION_NUMBER) {
    fprintf(stderr, "installed library %s does not match headers %s\n", ej_version_string(),
            EJ_VERSION_STRING);
    return 1;
  }
  printf("c consumer: ejournal %s\n", ej_version_string());
  return 0;
}
