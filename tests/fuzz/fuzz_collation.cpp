// Fuzzes the Ukrainian collator: compare, sort keys and the SQLite comparison callback.
#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/collation.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::require;
namespace text = ejournal::text;

int sign(int value) {
  return (value > 0) - (value < 0);
}

// Creating an ICU collator is expensive; one per process is enough for a single-threaded fuzzer.
const text::UkrainianCollator& collator() {
  static const text::UkrainianCollator instance;
  return instance;
}

void check_compare(std::string_view a, std::string_view b) {
  try {
    const int ab = collator().compare(a, b);
    require(ab >= -1 && ab <= 1, "compare returns -1, 0 or 1");
    require(collator().compare(b, a) == -ab, "compare is antisymmetric");
    require(collator().compare(a, a) == 0, "compare is reflexive");
    const std::string key_a = collator().sort_key(a);
    const std::string key_b = collator().sort_key(b);
    require(sign(key_a.compare(key_b)) == ab, "sort keys order as compare does");
  } catch (const ejournal::Error&) {
  }
}

void check_sqlite_callback(std::string_view a, std::string_view b) {
  if (a.size() > INT_MAX || b.size() > INT_MAX) {
    return;
  }
  static const std::unique_ptr<void, void (*)(void*)> context(text::uk_collation_context_new(),
                                                              text::uk_collation_context_free);
  const int a_len = static_cast<int>(a.size());
  const int b_len = static_cast<int>(b.size());
  const int ab = text::uk_collation_compare(context.get(), a_len, a.data(), b_len, b.data());
  const int ba = text::uk_collation_compare(context.get(), b_len, b.data(), a_len, a.data());
  require(sign(ab) == -sign(ba), "the SQLite comparison is antisymmetric");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = ejournal::fuzz::as_text(data, size);
  // One input holds both operands, split at the first newline (or in the middle).
  const std::size_t newline = input.find('\n');
  const std::size_t split = newline == std::string_view::npos ? input.size() / 2 : newline;
  const std::string_view a = input.substr(0, split);
  const std::string_view b = input.substr(std::min(split + 1, input.size()));
  check_compare(a, b);
  check_sqlite_callback(a, b);
  return 0;
}
