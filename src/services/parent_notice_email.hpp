// The e-mail that tells a parent of a notice: subject and plain-text body in Ukrainian.
#pragma once

#include <string>

#include "ejournal/model/people.hpp"
#include "ejournal/services/parent_notices.hpp"

namespace ejournal::services::detail {

struct ParentNoticeEmail {
  std::string subject;
  std::string body;
};

/// "Нова оцінка: Іваненко Олена" and lines naming the institution, the student, the subject, the
/// day (written out, "2 вересня 2024 р.") and the grade, code or comment. Throws
/// Error(invalid, argument) for a kind out of range.
ParentNoticeEmail render_parent_notice(const ParentNotice& notice,
                                       const std::string& institution_name,
                                       const model::Person& student);

/// "grade", "absence" or "comment": the kind as the idempotency keys and the audit spell it.
std::string parent_notice_kind_name(ParentNoticeKind kind);

}  // namespace ejournal::services::detail
