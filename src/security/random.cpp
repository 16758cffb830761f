#include "ejournal/security/random.hpp"

#include "sodium.hpp"

namespace ejournal::security {

void SystemRandom::fill(std::span<unsigned char> out) {
  detail::ensure_sodium();
  randombytes_buf(out.data(), out.size());
}

}  // namespace ejournal::security
