// The invitation form: the invitee's fields checked by the text module against the role, every
// problem collected before any is reported.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/text/contacts.hpp"
#include "ejournal/text/names.hpp"
#include "ejournal/text/normalize.hpp"
#include "invitations_detail.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services::detail {

namespace {

/// Collects the problems of the form, field by field.
class FormProblems {
 public:
  void add(std::string_view field, std::string problem) {
    problems_.push_back({std::string(field), std::move(problem)});
  }

  /// The value normalised by `normalize`, or nullopt (with the problem recorded) when it is too
  /// long or `normalize` refuses it; nullopt without a problem when it is empty and optional.
  template <class Normalize>
  std::optional<std::string> field(std::string_view field, std::string_view value, bool required,
                                   Normalize&& normalize) {
    if (value.size() > kMaxFormFieldBytes) {
      add(field, "is too long: " + std::to_string(value.size()) + " bytes, at most " +
                     std::to_string(kMaxFormFieldBytes));
      return std::nullopt;
    }
    const auto text = trim_space(value);
    if (text.empty()) {
      if (required) add(field, "is required");
      return std::nullopt;
    }
    try {
      return normalize(text);
    } catch (const Error& error) {
      add(field, error.what());
      return std::nullopt;
    }
  }

  /// A name part: normalize_name (strict), at most model::kMaxNameBytes.
  std::optional<std::string> name(std::string_view field, std::string_view value, bool required) {
    auto name = this->field(field, value, required,
                            [](std::string_view text) { return text::normalize_name(text).text; });
    if (name && name->size() > model::kMaxNameBytes) {
      add(field, "is too long: " + std::to_string(name->size()) + " bytes, at most " +
                     std::to_string(model::kMaxNameBytes));
      return std::nullopt;
    }
    return name;
  }

  /// Records a problem when a field given only for another role or person choice is set.
  void refuse_given(std::string_view field, bool given, std::string_view why) {
    if (given) add(field, "must be empty " + std::string(why));
  }

  [[nodiscard]] const std::vector<FieldProblem>& problems() const { return problems_; }

 private:
  std::vector<FieldProblem> problems_;
};

}  // namespace

CheckedInvitee check_invitation_form(const InvitationForm& form) {
  FormProblems problems;
  CheckedInvitee result;
  const bool class_teacher = form.role == model::Role::class_teacher;
  const bool parent = form.role == model::Role::parent;
  if (form.person_id) {
    if (form.person_id->is_nil()) problems.add("person_id", "is the nil id");
    constexpr std::string_view why = "when an existing person is invited";
    problems.refuse_given("surname", !trim_space(form.surname).empty(), why);
    problems.refuse_given("given_name", !trim_space(form.given_name).empty(), why);
    problems.refuse_given("patronymic", !trim_space(form.patronymic).empty(), why);
    problems.refuse_given("email", !trim_space(form.email).empty(), why);
    problems.refuse_given("phone", !trim_space(form.phone).empty(), why);
  } else {
    const auto surname = problems.name("surname", form.surname, true);
    const auto given = problems.name("given_name", form.given_name, true);
    const auto patronymic = problems.name("patronymic", form.patronymic, false);
    const auto email = problems.field("email", form.email, true, [](std::string_view text) {
      return text::normalize_email(text);
    });
    const auto phone = problems.field("phone", form.phone, false, [](std::string_view text) {
      return text::normalize_phone(text).e164;
    });
    if (surname && given && email && (phone || trim_space(form.phone).empty())) {
      model::Person person;
      person.surname = *surname;
      person.given_name = *given;
      person.patronymic = patronymic;
      person.gender = text::guess_gender({*surname, *given, patronymic});
      person.email = *email;
      person.phone = phone.value_or("");
      result.new_person = std::move(person);
    }
  }
  if (class_teacher && !form.class_id) problems.add("class_id", "is required for a class teacher");
  if (form.class_id && form.class_id->is_nil()) problems.add("class_id", "is the nil id");
  problems.refuse_given("class_id", !class_teacher && form.class_id, "but for a class teacher");
  if (parent && !form.child_id) problems.add("child_id", "is required for a parent");
  if (form.child_id && form.child_id->is_nil()) problems.add("child_id", "is the nil id");
  problems.refuse_given("child_id", !parent && form.child_id, "but for a parent");
  if (!problems.problems().empty()) throw ValidationError(problems.problems(), "the invitation");
  return result;
}

std::string_view role_name(model::Role role) {
  switch (role) {
    case model::Role::institute_operator: return "institute_operator";
    case model::Role::institution_admin: return "institution_admin";
    case model::Role::deputy: return "deputy";
    case model::Role::teacher: return "teacher";
    case model::Role::class_teacher: return "class_teacher";
    case model::Role::student: return "student";
    case model::Role::parent: return "parent";
  }
  throw Error(Errc::invalid, ErrorDomain::argument,
              "role " + std::to_string(static_cast<int>(role)) + " is not a known role");
}

}  // namespace ejournal::services::detail
