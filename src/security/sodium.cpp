#include "sodium.hpp"

#include "ejournal/error.hpp"

namespace ejournal::security::detail {

void ensure_sodium() {
  // A function-local static is initialised exactly once even when threads race to it.
  static const bool ready = sodium_init() >= 0;
  if (!ready) {
    throw Error(Errc::unsupported, ErrorDomain::internal,
                "libsodium could not be initialised: no usable OS random source");
  }
}

}  // namespace ejournal::security::detail
