// The attendance dictionary: the built-in Ukrainian codes, checking a caller's dictionary, and
// reading codes; the percentages of the counts.
#include <set>
#include <string>
#include <utility>

#include "attendance_detail.hpp"
#include "code_points.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/attendance.hpp"
#include "ejournal/text/utf8.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

namespace {

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

/// `text` checked as UTF-8 and returned in NFC without surrounding spaces; `what` names it.
std::string clean(std::string_view text, std::string_view what) {
  if (const auto offset = text::find_invalid_utf8(text)) {
    refuse(std::string(what) + " is not valid UTF-8 at byte " + std::to_string(*offset));
  }
  return text::to_nfc(detail::trim_space(text));
}

/// A code: 1 … kMaxCodeCharacters characters, no control characters.
std::string clean_code(std::string_view typed, std::string_view what) {
  std::string code = clean(typed, what);
  const auto points = detail::code_points(code);
  if (points.empty() || points.size() > model::kMaxCodeCharacters) {
    refuse(std::string(what) + " '" + code + "' must have 1 to " +
           std::to_string(model::kMaxCodeCharacters) + " characters");
  }
  for (const char32_t point : points) {
    if (point < 0x20 || point == 0x7F) {
      refuse(std::string(what) + " '" + code + "' holds a control character");
    }
  }
  return code;
}

AttendanceCode code(std::string code, std::string title, AttendanceKind kind, bool explained) {
  return AttendanceCode{std::move(code), std::move(title), kind, explained};
}

std::optional<grading::Rational> percent(std::int64_t total, std::int64_t missed) {
  if (total <= 0) return std::nullopt;
  return grading::Rational::fraction(grading::Int128{total - missed} * 100, total);
}

}  // namespace

std::vector<AttendanceCode> ukrainian_attendance_codes() {
  return {
      code("п", "присутність", AttendanceKind::present, false),
      code("зп", "запізнення", AttendanceKind::late, false),
      code("н", "відсутність", AttendanceKind::absent, false),
      code("хв", "хвороба", AttendanceKind::absent, true),
      code("пп", "відсутність з поважної причини", AttendanceKind::absent, true),
      code("від", "відпустка", AttendanceKind::absent, true),
      code("кар", "карантин", AttendanceKind::absent, true),
  };
}

void validate(const AttendanceOptions& options) {
  if (options.alert_days < 1 || options.alert_days > 366) {
    refuse("the alert's length " + std::to_string(options.alert_days) +
           " is not 1 to 366 school days");
  }
  if (options.codes.empty()) refuse("the attendance dictionary has no codes");
  std::set<std::string> seen;
  for (const auto& entry : options.codes) {
    const std::string checked = clean_code(entry.code, "the attendance code");
    if (checked != entry.code) {
      refuse("the attendance code '" + checked + "' is not in NFC or has spaces around it");
    }
    if (!seen.insert(checked).second) {
      refuse("the attendance code '" + checked + "' is listed twice");
    }
    const std::string title = clean(entry.title, "the title of '" + checked + "'");
    if (title.empty() || title.size() > model::kMaxLabelBytes) {
      refuse("the title of the attendance code '" + checked + "' must have 1 to " +
             std::to_string(model::kMaxLabelBytes) + " bytes");
    }
    if (entry.kind != AttendanceKind::present && entry.kind != AttendanceKind::late &&
        entry.kind != AttendanceKind::absent) {
      refuse("the attendance code '" + checked + "' has the unknown kind " +
             std::to_string(static_cast<int>(entry.kind)));
    }
  }
}

std::optional<grading::Rational> lessons_attended_percent(const AttendanceCounts& counts) {
  return percent(counts.lessons, counts.lessons_missed);
}

std::optional<grading::Rational> days_attended_percent(const AttendanceCounts& counts) {
  return percent(counts.school_days, counts.days_missed);
}

std::string_view absence_reason_name(model::AbsenceReason reason) {
  switch (reason) {
    case model::AbsenceReason::unknown: return "unknown";
    case model::AbsenceReason::illness: return "illness";
    case model::AbsenceReason::family: return "family";
    case model::AbsenceReason::valid_document: return "valid_document";
    case model::AbsenceReason::other: return "other";
  }
  refuse("absence reason " + std::to_string(static_cast<int>(reason)) + " is not a known reason");
}

namespace detail {

AttendanceDictionary::AttendanceDictionary(const AttendanceOptions& options)
    : codes_(options.codes), alert_days_(options.alert_days) {
  validate(options);
}

const AttendanceCode& AttendanceDictionary::lookup(std::string_view typed) const {
  const std::string code = clean_code(typed, "the attendance code");
  for (const auto& entry : codes_) {
    if (entry.code == code) return entry;
  }
  std::string known;
  for (const auto& entry : codes_) known += (known.empty() ? "" : ", ") + entry.code;
  refuse("the attendance code '" + code + "' is not in the dictionary (" + known + ")");
}

const AttendanceCode& AttendanceDictionary::of(const model::AttendanceMark& mark) const {
  for (const auto& entry : codes_) {
    if (entry.code == mark.code) return entry;
  }
  refuse("the attendance mark " + mark.id.str() + " has the code '" + mark.code +
         "', which the dictionary lacks");
}

const AttendanceCode* AttendanceDictionary::find(std::string_view code) const noexcept {
  for (const auto& entry : codes_) {
    if (entry.code == code) return &entry;
  }
  return nullptr;
}

bool AttendanceDictionary::is_absence(const model::AttendanceMark& mark) const {
  return of(mark).kind == AttendanceKind::absent;
}

bool AttendanceDictionary::is_explained(const model::AttendanceMark& mark) const {
  const auto& entry = of(mark);
  return entry.kind == AttendanceKind::absent &&
         (entry.explained || mark.reason != model::AbsenceReason::unknown);
}

}  // namespace detail

}  // namespace ejournal::services
