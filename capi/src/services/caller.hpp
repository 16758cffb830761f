// What every service entry point shares: the caller's "now" as a clock, raw texts for the
// services to check, and the relay of a form's field problems to ej_error_field().
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <chrono>
#include <memory>

#include "ejournal/model/time.hpp"
#include "ejournal/security/secret.hpp"
#include "ejournal/services/onboarding.hpp"
#include "firewall.hpp"
#include "storage/convert.hpp"

namespace ejournal::capi {

/// The clock of a call: the instant the caller passed, or the system clock for NULL.
class CallerClock final : public model::Clock {
 public:
  explicit CallerClock(const std::int64_t* now);
  [[nodiscard]] model::Instant now() const override;

 private:
  std::optional<model::Instant> fixed_;
};

/// A caller's text as raw bytes for a service that checks it itself (UTF-8 included): empty for
/// NULL, and at most `limit` + 1 bytes seen, enough for the service to tell it is too long. A
/// view, not a copy, so that a password or token leaves no copy of the library's behind.
std::string_view raw_view(const char* text, std::size_t limit) noexcept;

/// A token the caller passed (an invitation's or a session's), as a view of the caller's buffer;
/// the service says whether it is well formed, without quoting it. Error(invalid) naming
/// 'token' for NULL.
std::string_view read_token(const char* token);

/// raw_view() as a string, for a form field.
std::string raw_text(const char* text, std::size_t limit);

/// An optional reason of a decision or revocation, read raw; one beyond 64 KiB is refused
/// unread, as field "reason" (the services refuse far shorter ones with their own message).
std::string read_reason(const char* reason);

/// `days` (an option named `parameter`) as the lifetime of an invitation: 1 … 365 days (a year:
/// an invitation is for someone about to start, and the bound keeps its expiry far from
/// overflowing); Error(invalid) naming the value otherwise.
std::chrono::seconds invitation_lifetime(std::int32_t days, std::string_view parameter);

/// Zeroes an output struct the caller versioned (`out->version`, checked against `current`),
/// keeping that version.
template <class Out>
void reset_versioned(Out* out, std::uint32_t current) {
  records::check_struct_version(out->version, current, "out->version");
  const std::uint32_t version = out->version;
  *out = Out{};
  out->version = version;
}

/// Where a token handed out goes. The buffer is allocated before the service call, so that no
/// allocation can fail once its unit of work has committed; unless handed out, it is freed.
class SecretOut {
 public:
  /// Resets `*out` to NULL. A NULL `out` (the caller does not want the token) is refused naming
  /// `parameter` when `required`.
  SecretOut(char** out, std::string_view parameter, bool required);

  /// Copies `secret` into the buffer and hands it to the caller (nothing without an `out`).
  /// Throws Error(range, internal) for a secret longer than services::kMaxTokenBytes, which
  /// tokens never are.
  void hand_out(const security::SecretString& secret);

 private:
  char** out_;
  std::unique_ptr<char, void (*)(void*)> buffer_;
};

/// Lists `error`'s problems for ej_error_field() on this thread.
void relay_field_problems(const services::ValidationError& error);

/// guarded() for a call that checks a form: a ValidationError also lists its problems field by
/// field, before the firewall records its code and message as for any other error.
template <class Body>
int guarded_form(Body&& body) noexcept {
  return guarded([&]() -> int {
    try {
      return std::forward<Body>(body)();
    } catch (const services::ValidationError& error) {
      relay_field_problems(error);
      throw;
    }
  });
}

}  // namespace ejournal::capi
