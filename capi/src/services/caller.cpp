#include "services/caller.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "ejournal/services/invitation_email.hpp"
#include "ejournal/services/onboarding.hpp"
#include "grading/convert.hpp"
#include "storage/convert.hpp"

namespace ejournal::capi {

namespace {

/// How far a reason is read: far beyond kMaxDecisionReasonBytes, so that only a reason the
/// service refuses anyway is cut.
constexpr std::size_t kReasonReadLimit = 64 * 1024;
/// The longest invitation lifetime, in days.
constexpr std::int32_t kMaxInvitationDays = 365;

}  // namespace

CallerClock::CallerClock(const std::int64_t* now) {
  if (now != nullptr) fixed_ = records::read_instant(*now);
}

model::Instant CallerClock::now() const {
  return fixed_ ? *fixed_ : model::SystemClock().now();
}

std::string_view raw_view(const char* text, std::size_t limit) noexcept {
  if (text == nullptr) return {};
  return {text, strnlen(text, limit + 1)};
}

std::string_view read_token(const char* token) {
  require(token, "token");
  return raw_view(token, services::kMaxTokenBytes);
}

std::string raw_text(const char* text, std::size_t limit) {
  return std::string(raw_view(text, limit));
}

std::string read_reason(const char* reason) {
  std::string text = raw_text(reason, kReasonReadLimit);
  if (text.size() > kReasonReadLimit) {
    throw services::ValidationError(
        {{"reason",
          "is longer than " + std::to_string(services::kMaxDecisionReasonBytes) + " bytes"}});
  }
  return text;
}

std::chrono::seconds invitation_lifetime(std::int32_t days, std::string_view parameter) {
  if (days < 1 || days > kMaxInvitationDays) {
    fail_invalid("argument '" + std::string(parameter) + "' is " + std::to_string(days) +
                 ", not 1 … " + std::to_string(kMaxInvitationDays));
  }
  return std::chrono::days(days);
}

SecretOut::SecretOut(char** out, std::string_view parameter, bool required)
    : out_(out), buffer_(nullptr, &std::free) {
  if (out == nullptr) {
    if (required) require(out, parameter);
    return;
  }
  *out = nullptr;
  buffer_.reset(static_cast<char*>(std::malloc(services::kMaxTokenBytes + 1)));
  if (!buffer_) throw std::bad_alloc();
}

void SecretOut::hand_out(const security::SecretString& secret) {
  if (out_ == nullptr) return;
  const std::string_view text = secret.reveal();
  if (text.size() > services::kMaxTokenBytes) {
    throw Error(Errc::range, ErrorDomain::internal,
                "the token is longer than " + std::to_string(services::kMaxTokenBytes) + " bytes");
  }
  std::memcpy(buffer_.get(), text.data(), text.size());
  buffer_.get()[text.size()] = '\0';
  *out_ = buffer_.release();
}

void relay_field_problems(const services::ValidationError& error) {
  std::vector<FieldError> fields;
  fields.reserve(error.problems().size());
  for (const auto& problem : error.problems()) fields.push_back({problem.field, problem.problem});
  set_error_fields(std::move(fields));
}

}  // namespace ejournal::capi
