// The role of an invitation in words, as its e-mail names it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ejournal/model/people.hpp"
#include "ejournal/text/names.hpp"

namespace ejournal::services::detail {

/// The two languages of the e-mails.
enum class Language { ukrainian, english };

/// The role as the invitee reads it: "вчителька", "класний керівник 5-А класу", "батьки учня" /
/// "teacher", "class teacher of 5-А", "parent of a student". Without a gender the Ukrainian words
/// take the generic (masculine) form. `class_name` is used for a class teacher only and
/// `child_gender` for a parent only. Throws Error(invalid, argument) for an unknown role.
std::string role_in_words(model::Role role, std::optional<text::Gender> invitee_gender,
                          std::string_view class_name, std::optional<text::Gender> child_gender,
                          Language language);

}  // namespace ejournal::services::detail
