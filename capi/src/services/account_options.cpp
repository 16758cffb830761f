// ej_password_options_init, ej_session_options_init and the readers of both.
#include "services/account_options.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "grading/convert.hpp"

namespace capi = ejournal::capi;
namespace security = ejournal::security;

namespace {

const ej_password_options kDefaultPasswordOptions = EJ_PASSWORD_OPTIONS_INIT;
const ej_session_options kDefaultSessionOptions = EJ_SESSION_OPTIONS_INIT;

/// The fewest KiB libsodium lets Argon2id use.
constexpr std::uint64_t kMinMemoryKib = 8;
/// The longest duration a session option takes: ten years, far from overflowing an instant.
constexpr std::int64_t kMaxDurationSeconds = std::int64_t{3650} * 24 * 60 * 60;

/// Error(invalid) "argument 'NAME' is VALUE; it must be RULE".
[[noreturn]] void refuse(std::string_view name, const std::string& value, std::string_view rule) {
  capi::fail_invalid("argument '" + std::string(name) + "' is " + value + "; it must be " +
                     std::string(rule));
}

/// A duration option in seconds, at least `floor` and at most ten years.
std::chrono::seconds read_seconds(std::int64_t value, std::int64_t floor, std::string_view name,
                                  std::string_view rule) {
  if (value < floor || value > kMaxDurationSeconds) {
    refuse(name, std::to_string(value),
           std::string(rule) + " and at most " + std::to_string(kMaxDurationSeconds));
  }
  return std::chrono::seconds(value);
}

}  // namespace

namespace ejournal::capi {

PasswordSettings read_password_options(const ej_password_options* given) {
  const ej_password_options& options = given != nullptr ? *given : kDefaultPasswordOptions;
  check_options_version(options.version, EJ_PASSWORD_OPTIONS_VERSION, "password_options->version");
  const auto min_length = static_cast<std::int64_t>(options.min_length);
  if (min_length < static_cast<std::int64_t>(security::kMinPasswordLengthFloor) ||
      min_length > static_cast<std::int64_t>(security::kMinPasswordLengthCeiling)) {
    refuse("password_options->min_length", std::to_string(min_length),
           std::to_string(security::kMinPasswordLengthFloor) + " … " +
               std::to_string(security::kMinPasswordLengthCeiling));
  }
  if (options.ops_limit < 1) refuse("password_options->ops_limit", "0", "at least 1");
  if (options.mem_limit_kib < kMinMemoryKib ||
      options.mem_limit_kib > std::numeric_limits<std::size_t>::max() / 1024) {
    refuse("password_options->mem_limit_kib", std::to_string(options.mem_limit_kib),
           "at least " + std::to_string(kMinMemoryKib) + " KiB");
  }
  security::Argon2Params cost;
  cost.opslimit = options.ops_limit;
  cost.memlimit = static_cast<std::size_t>(options.mem_limit_kib) * 1024;
  security::PasswordPolicy policy;
  policy.min_length = static_cast<std::size_t>(min_length);
  return {security::PasswordHasher(cost), policy};
}

SessionSettings read_session_options(const ej_session_options* given) {
  const ej_session_options& options = given != nullptr ? *given : kDefaultSessionOptions;
  check_options_version(options.version, EJ_SESSION_OPTIONS_VERSION, "session->version");
  SessionSettings settings;
  settings.session.idle_timeout =
      read_seconds(options.idle_timeout_s, 1, "session->idle_timeout_s", "at least 1");
  settings.session.absolute_lifetime =
      read_seconds(options.absolute_lifetime_s, options.idle_timeout_s,
                   "session->absolute_lifetime_s", "at least session->idle_timeout_s");
  if (options.lock_after < 1) {
    refuse("session->lock_after", std::to_string(options.lock_after), "at least 1");
  }
  settings.lockout.lock_after = static_cast<std::uint32_t>(options.lock_after);
  settings.lockout.first_lock =
      read_seconds(options.first_lock_s, 1, "session->first_lock_s", "at least 1");
  settings.lockout.max_lock = read_seconds(options.max_lock_s, options.first_lock_s,
                                           "session->max_lock_s", "at least session->first_lock_s");
  return settings;
}

}  // namespace ejournal::capi

extern "C" {

int ej_password_options_init(ej_password_options* opts, uint32_t version) {
  return capi::init_options(opts, version, kDefaultPasswordOptions);
}

int ej_session_options_init(ej_session_options* opts, uint32_t version) {
  return capi::init_options(opts, version, kDefaultSessionOptions);
}

}  // extern "C"
