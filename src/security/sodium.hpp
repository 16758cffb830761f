// libsodium for the security module (not installed).
#pragma once

#include <sodium.h>

namespace ejournal::security::detail {

/// Initialises libsodium once per process; later calls return at once. Thread-safe. Throws
/// Error(unsupported, internal) when libsodium cannot start (no usable OS random source).
void ensure_sodium();

/// Overwrites the characters of a string that held a secret with zeros when the scope ends,
/// however it ends.
template <class String>
class WipeOnExit {
 public:
  explicit WipeOnExit(String& text) noexcept : text_(text) {}
  WipeOnExit(const WipeOnExit&) = delete;
  WipeOnExit& operator=(const WipeOnExit&) = delete;
  ~WipeOnExit() {
    sodium_memzero(text_.data(), text_.size() * sizeof(typename String::value_type));
  }

 private:
  String& text_;
};

}  // namespace ejournal::security::detail
