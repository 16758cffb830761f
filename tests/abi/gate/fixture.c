/* A miniature C ABI, compiled in several revisions to prove that check_abi.sh accepts what is
   compatible and rejects what is not. REVISION selects the variant:
   1 baseline; 2 adds a function and grows the options struct at its end (compatible);
   3 removes a function; 4 changes a parameter type; 5 inserts an options member in the middle
   (of another type: a same-type insertion is, in binary terms, a rename plus an append). */
#include <stdint.h>

typedef struct ej_probe_options {
  uint32_t version;
#if REVISION == 5
  int64_t inserted;
#endif
  int32_t level;
#if REVISION == 2
  int32_t appended;
#endif
} ej_probe_options;

__attribute__((visibility("default"))) int ej_probe_configure(const ej_probe_options* opts) {
  return opts == 0 ? -2 : (int)opts->level;
}

#if REVISION == 4
__attribute__((visibility("default"))) int ej_probe_scale(int64_t value) {
  return (int)value;
}
#else
__attribute__((visibility("default"))) int ej_probe_scale(int32_t value) {
  return value;
}
#endif

#if REVISION != 3
__attribute__((visibility("default"))) int ej_probe_removable(void) {
  return 1;
}
#endif

#if REVISION == 2
__attribute__((visibility("default"))) int ej_probe_added(void) {
  return 2;
}
#endif
