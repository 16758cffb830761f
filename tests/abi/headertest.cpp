// Compiles the umbrella header as C++17 with warnings as errors and checks that its
// declarations have C linkage (a C++-mangled declaration would not link against the library).
#include <cstdio>
#include <cstring>

#include "ejournal.h"

int main() {
  if (std::strcmp(ej_version_string(), EJ_VERSION_STRING) != 0) {
    std::fprintf(stderr, "library %s, headers %s\n", ej_version_string(), EJ_VERSION_STRING);
    return 1;
  }
  std::printf("ejournal %s\n", ej_version_string());
  return 0;
}
