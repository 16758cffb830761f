#include "services/caller.hpp"

#include "storage/convert.hpp"

namespace ejournal::capi {

CallerClock::CallerClock(const std::int64_t* now) {
  if (now != nullptr) fixed_ = records::read_instant(*now);
}

model::Instant CallerClock::now() const {
  return fixed_ ? *fixed_ : model::SystemClock().now();
}

void relay_field_problems(const services::ValidationError& error) {
  std::vector<FieldError> fields;
  fields.reserve(error.problems().size());
  for (const auto& problem : error.problems()) fields.push_back({problem.field, problem.problem});
  set_error_fields(std::move(fields));
}

}  // namespace ejournal::capi
