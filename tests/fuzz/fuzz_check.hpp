// Helpers shared by the fuzz targets: a violated invariant must stop the fuzzer loudly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "ejournal/text/utf8.hpp"

// The libFuzzer entry point every fuzz target defines; replay_main.cpp calls it without libFuzzer.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace ejournal::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// abort() rather than throw: libFuzzer and the sanitizers report an abort as a crash with the
// input that caused it, while an exception could be swallowed by a caller.
inline void require(bool holds, const char* invariant) {
  if (!holds) {
    std::fprintf(stderr, "fuzz invariant violated: %s\n", invariant);
    std::abort();
  }
}

inline bool is_valid_utf8(std::string_view text) {
  return !text::find_invalid_utf8(text).has_value();
}

}  // namespace ejournal::fuzz
