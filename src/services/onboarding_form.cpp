// The connection request form: every field checked and normalised by the text module, every
// problem collected before any is reported.
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code_points.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/text/contacts.hpp"
#include "ejournal/text/identifiers.hpp"
#include "ejournal/text/normalize.hpp"
#include "ejournal/text/utf8.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

namespace {

std::string listing(std::string_view subject, const std::vector<FieldProblem>& problems) {
  std::string message = std::string(subject) + " is refused:";
  for (std::size_t i = 0; i < problems.size(); ++i) {
    message += (i == 0 ? " " : "; ") + problems[i].field + ": " + problems[i].problem;
  }
  return message;
}

bool is_control(char32_t point) {
  return point < 0x20 || (point >= 0x7F && point <= 0x9F) || point == 0x2028 || point == 0x2029;
}

bool is_ukrainian_letter(char32_t c) {
  if (c == 0x0404 || c == 0x0406 || c == 0x0407 || c == 0x0490) return true;  // Є І Ї Ґ
  if (c == 0x0454 || c == 0x0456 || c == 0x0457 || c == 0x0491) return true;  // є і ї ґ
  if (c < 0x0410 || c > 0x044F) return false;
  const char32_t upper = c >= 0x0430 ? c - 0x20 : c;
  return upper != 0x042A && upper != 0x042B && upper != 0x042D;  // Ъ Ы Э
}

bool is_cyrillic(char32_t c) {
  return c >= 0x0400 && c <= 0x052F;
}

bool is_latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x00C0 && c <= 0x024F);
}

/// Collects the problems of a form, field by field.
class Checker {
 public:
  /// The raw checks every field passes first: size, UTF-8, control characters, presence. Returns
  /// the trimmed text, or nullopt when a problem was recorded or an optional field is empty.
  std::optional<std::string_view> raw(std::string_view field, std::string_view value, bool required,
                                      bool allow_line_breaks = false) {
    if (value.size() > kMaxFormFieldBytes) {
      return fail(field, "is too long: " + std::to_string(value.size()) + " bytes, at most " +
                             std::to_string(kMaxFormFieldBytes));
    }
    if (const auto offset = text::find_invalid_utf8(value)) {
      return fail(field, "is not valid UTF-8 (at byte " + std::to_string(*offset) + ")");
    }
    const auto trimmed = detail::trim_space(value);
    for (const char32_t point : detail::code_points(trimmed)) {
      if (allow_line_breaks && (point == '\n' || point == '\t' || point == '\r')) continue;
      if (is_control(point)) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(point));
        return fail(field, std::string("contains a control character (") + hex + ")");
      }
    }
    if (trimmed.empty()) {
      if (required) fail(field, "is required");
      return std::nullopt;
    }
    return trimmed;
  }

  /// Runs `check` on the value; an Error becomes the field's problem.
  template <class Check>
  auto text(std::string_view field, Check&& check) -> std::optional<decltype(check())> {
    try {
      return check();
    } catch (const Error& error) {
      fail(field, error.what());
      return std::nullopt;
    }
  }

  std::nullopt_t fail(std::string_view field, std::string problem) {
    problems_.push_back({std::string(field), std::move(problem)});
    return std::nullopt;
  }

  [[nodiscard]] const std::vector<FieldProblem>& problems() const { return problems_; }

 private:
  std::vector<FieldProblem> problems_;
};

/// A name field passed through the raw checks and text::normalize_name, at most
/// model::kMaxNameBytes once normalised; nullopt when a problem was recorded or an optional field
/// is empty.
std::optional<std::string> normalized_name(Checker& checker, std::string_view field,
                                           std::string_view value, bool required) {
  const auto trimmed = checker.raw(field, value, required);
  if (!trimmed) return std::nullopt;
  auto name = checker.text(field, [&] { return text::normalize_name(*trimmed).text; });
  if (name && name->size() > model::kMaxNameBytes) {
    return checker.fail(field, "is too long: " + std::to_string(name->size()) + " bytes, at most " +
                                   std::to_string(model::kMaxNameBytes));
  }
  return name;
}

/// A person's name part: one word of Ukrainian letters, apostrophes and hyphens.
std::optional<std::string> person_name(Checker& checker, std::string_view field,
                                       std::string_view value, bool required) {
  const auto name = normalized_name(checker, field, value, required);
  if (!name) return std::nullopt;
  bool foreign = false;
  for (const char32_t c : detail::code_points(*name)) {
    if (is_ukrainian_letter(c) || c == 0x02BC || c == '-') continue;
    if (c == ' ') return checker.fail(field, "must be one word (a double surname takes a hyphen)");
    if (is_cyrillic(c)) {
      return checker.fail(field, "has the letter '" + detail::utf8_of(c) +
                                     "', which is not in the Ukrainian alphabet");
    }
    if (c < 0x80 && !is_latin_letter(c)) {
      return checker.fail(field,
                          "has the character '" + detail::utf8_of(c) + "', which is not a letter");
    }
    foreign = true;  // Latin or another script
  }
  if (foreign) return checker.fail(field, "is not written in Ukrainian Cyrillic letters");
  return name;
}

/// The institution's name: a name (no look-alikes) with Ukrainian letters in it.
std::optional<std::string> institution_name(Checker& checker, std::string_view value) {
  constexpr std::string_view field = "institution_name";
  const auto name = normalized_name(checker, field, value, true);
  if (!name) return std::nullopt;
  bool ukrainian = false;
  for (const char32_t c : detail::code_points(*name)) {
    if (is_ukrainian_letter(c)) {
      ukrainian = true;
    } else if (is_cyrillic(c)) {
      return checker.fail(field, "has the letter '" + detail::utf8_of(c) +
                                     "', which is not in the Ukrainian alphabet");
    }
  }
  if (!ukrainian) return checker.fail(field, "is not written in Ukrainian");
  return name;
}

std::optional<model::InstitutionKind> kind(Checker& checker, std::string_view value) {
  const auto trimmed = checker.raw("kind", value, true);
  if (!trimmed) return std::nullopt;
  std::string lower(*trimmed);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  using model::InstitutionKind;
  for (const auto candidate : {InstitutionKind::kindergarten, InstitutionKind::school,
                               InstitutionKind::college, InstitutionKind::vocational}) {
    if (lower == detail::kind_name(candidate)) return candidate;
  }
  return checker.fail("kind", "must be kindergarten, school, college or vocational");
}

}  // namespace

ValidationError::ValidationError(std::vector<FieldProblem> problems, const char* subject)
    : Error(Errc::invalid, ErrorDomain::argument, listing(subject, problems)),
      problems_(std::move(problems)),
      subject_(subject) {}

std::string_view detail::trim_space(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  const auto first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

std::string_view detail::kind_name(model::InstitutionKind kind) {
  switch (kind) {
    case model::InstitutionKind::kindergarten: return "kindergarten";
    case model::InstitutionKind::school: return "school";
    case model::InstitutionKind::college: return "college";
    case model::InstitutionKind::vocational: return "vocational";
    case model::InstitutionKind::other: return "other";
  }
  return "unknown";
}

std::optional<std::string> detail::check_reason(std::string_view reason, bool required,
                                                std::string& out) {
  Checker checker;
  const auto trimmed = checker.raw("reason", reason, required, true);
  if (!checker.problems().empty()) return checker.problems().front().problem;
  out = trimmed ? std::string(*trimmed) : std::string();
  if (out.size() > kMaxDecisionReasonBytes) {
    return "is too long: " + std::to_string(out.size()) + " bytes, at most " +
           std::to_string(kMaxDecisionReasonBytes);
  }
  out = text::to_nfc(out);
  return std::nullopt;
}

model::ConnectionRequest check_connection_request(const ConnectionRequestForm& form) {
  Checker checker;
  model::ConnectionRequest request;
  const auto the_kind = kind(checker, form.kind);

  std::optional<std::string> hromada;
  if (const auto raw = checker.raw("hromada_katottg", form.hromada_katottg, true)) {
    hromada = checker.text("hromada_katottg", [&] { return text::parse_katottg(*raw).code; });
  }
  const auto name = institution_name(checker, form.institution_name);
  std::optional<std::string> diso;
  if (const auto raw = checker.raw("diso_id", form.diso_id, true)) {
    diso = checker.text("diso_id", [&] { return text::normalize_diso_id(*raw); });
  }
  std::optional<std::string> edrpou;
  if (const auto raw = checker.raw("edrpou", form.edrpou, true)) {
    edrpou = checker.text("edrpou", [&] { return text::normalize_edrpou(*raw); });
  }
  const auto surname = person_name(checker, "admin_surname", form.admin_surname, true);
  const auto given = person_name(checker, "admin_given_name", form.admin_given_name, true);
  const auto patronymic = person_name(checker, "admin_patronymic", form.admin_patronymic, false);
  std::optional<std::string> email;
  if (const auto raw = checker.raw("admin_email", form.admin_email, true)) {
    email = checker.text("admin_email", [&] { return text::normalize_email(*raw); });
  }
  std::optional<std::string> phone;
  if (const auto raw = checker.raw("admin_phone", form.admin_phone, true)) {
    phone = checker.text("admin_phone", [&] { return text::normalize_phone(*raw).e164; });
  }
  if (!checker.problems().empty()) throw ValidationError(checker.problems());

  request.kind = *the_kind;
  request.hromada_katottg = *hromada;
  request.institution_name = *name;
  request.diso_id = *diso;
  request.edrpou = *edrpou;
  request.admin_surname = *surname;
  request.admin_given_name = *given;
  request.admin_patronymic = patronymic;
  request.admin_email = *email;
  request.admin_phone = *phone;
  request.status = model::RequestStatus::pending;
  return request;
}

}  // namespace ejournal::services
