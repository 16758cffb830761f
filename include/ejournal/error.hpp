// The one exception type the C++ core throws for expected failures.
#pragma once

#include <stdexcept>
#include <string>

namespace ejournal {

/// What went wrong, in terms a caller can act on. The C ABI maps each to its EJ_E* status.
enum class Errc {
  invalid = 1,  ///< bad argument or input (the message names the value)
  not_found,    ///< a referenced thing does not exist
  exists,       ///< it already exists (duplicate code, id, …)
  conflict,     ///< concurrent modification or a state-machine violation
  permission,   ///< the acting principal may not do this
  expired,      ///< a token or invitation is past its expiry
  storage,      ///< backend or I/O failure
  version,      ///< unknown options version or schema version
  unsupported,  ///< valid request the library does not do (yet, or for this input)
  empty,        ///< nothing to compute: no value counts
  range,        ///< a value lies outside its domain, or a result overflows its type
};

/// Which part of the library raised the error.
enum class ErrorDomain { argument = 1, grading, text, storage, access, internal };

/// Thrown by the core for every expected failure; `what()` says what was wrong and with which
/// value.
class Error : public std::runtime_error {
 public:
  Error(Errc code, ErrorDomain domain, const std::string& message)
      : std::runtime_error(message), code_(code), domain_(domain) {}

  [[nodiscard]] Errc code() const noexcept { return code_; }
  [[nodiscard]] ErrorDomain domain() const noexcept { return domain_; }

 private:
  Errc code_;
  ErrorDomain domain_;
};

}  // namespace ejournal
