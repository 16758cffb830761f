// Ukrainian names the roles with feminine forms of their own (вчителька, заступниця); English
// needs none. The generic masculine stands when the gender is not known.
#include "invitation_roles.hpp"

#include <string>

#include "ejournal/error.hpp"

namespace ejournal::services::detail {

namespace {

[[noreturn]] void refuse_role(model::Role role) {
  throw Error(Errc::invalid, ErrorDomain::argument,
              "invitation role " + std::to_string(static_cast<int>(role)) + " is not a known role");
}

// A role's Ukrainian words in masculine and feminine form.
struct GenderedWords {
  std::string_view masculine;
  std::string_view feminine;

  [[nodiscard]] std::string_view of(std::optional<text::Gender> gender) const {
    return gender == text::Gender::feminine ? feminine : masculine;
  }
};

std::string ukrainian(model::Role role, std::optional<text::Gender> invitee_gender,
                      std::string_view class_name, std::optional<text::Gender> child_gender) {
  using model::Role;
  switch (role) {
    case Role::institute_operator:
      return std::string(GenderedWords{"оператор", "операторка"}.of(invitee_gender)) + " платформи";
    case Role::institution_admin:
      return std::string(GenderedWords{"адміністратор", "адміністраторка"}.of(invitee_gender)) +
             " закладу";
    case Role::deputy:
      return std::string(GenderedWords{"заступник", "заступниця"}.of(invitee_gender)) +
             " директора";
    case Role::teacher:
      return std::string(GenderedWords{"вчитель", "вчителька"}.of(invitee_gender));
    case Role::class_teacher:
      return std::string(GenderedWords{"класний керівник", "класна керівниця"}.of(invitee_gender)) +
             " " + std::string(class_name) + " класу";
    case Role::student: return std::string(GenderedWords{"учень", "учениця"}.of(invitee_gender));
    // Parents are named by their child: the child's genitive is what changes.
    case Role::parent:
      return "батьки " + std::string(GenderedWords{"учня", "учениці"}.of(child_gender));
  }
  refuse_role(role);
}

std::string english(model::Role role, std::string_view class_name) {
  using model::Role;
  switch (role) {
    case Role::institute_operator: return "platform operator";
    case Role::institution_admin: return "institution administrator";
    case Role::deputy: return "deputy head";
    case Role::teacher: return "teacher";
    case Role::class_teacher: return "class teacher of " + std::string(class_name);
    case Role::student: return "student";
    case Role::parent: return "parent of a student";
  }
  refuse_role(role);
}

}  // namespace

std::string role_in_words(model::Role role, std::optional<text::Gender> invitee_gender,
                          std::string_view class_name, std::optional<text::Gender> child_gender,
                          Language language) {
  return language == Language::ukrainian ? ukrainian(role, invitee_gender, class_name, child_gender)
                                         : english(role, class_name);
}

}  // namespace ejournal::services::detail
