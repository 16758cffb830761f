// What every service entry point shares: the caller's "now" as a clock, and the relay of a
// form's field problems to ej_error_field().
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "ejournal/model/time.hpp"
#include "ejournal/services/onboarding.hpp"
#include "firewall.hpp"

namespace ejournal::capi {

/// The clock of a call: the instant the caller passed, or the system clock for NULL.
class CallerClock final : public model::Clock {
 public:
  explicit CallerClock(const std::int64_t* now);
  [[nodiscard]] model::Instant now() const override;

 private:
  std::optional<model::Instant> fixed_;
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
