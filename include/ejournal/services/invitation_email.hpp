// The e-mail that carries an invitation: subject and plain-text body in Ukrainian or English.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ejournal/model/people.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/text/names.hpp"

namespace ejournal::services {

/// The longest base URL of an acceptance link, in bytes.
inline constexpr std::size_t kMaxBaseUrlBytes = 2000;
/// The longest invitation token, in bytes (before URL encoding).
inline constexpr std::size_t kMaxTokenBytes = 512;

/// What an invitation e-mail says. The texts are usually validated model values; the renderer
/// checks them again so that no value can break the layout of the message.
struct InvitationEmailFacts {
  std::string institution_name;  ///< as registered: "Ліцей № 1 імені Лесі Українки"
  model::Role role = model::Role::teacher;
  /// The invitee's grammatical gender; without it the role is named in the generic (masculine)
  /// form, as official Ukrainian texts do.
  std::optional<text::Gender> invitee_gender;
  std::string class_name;  ///< "5-А": required for a class teacher, empty for every other role
  /// The child of an invited parent: required for a parent, absent for every other role.
  std::optional<text::FullName> child_name;
  std::optional<text::Gender> child_gender;  ///< for a parent; generic (masculine) without it
  /// The acceptance page, e.g. "https://journal.example.ua/invitations/accept"; see
  /// acceptance_link for what is accepted.
  std::string base_url;
  std::string token;  ///< the secret token, shown only inside the link
  model::Instant expires_at{};
};

/// A rendered e-mail: one subject line and a plain-text body of lines joined by "\n" (no final
/// line break, so that model::validated keeps the body as it is).
struct InvitationEmail {
  std::string subject;
  std::string body;
};

/// `base_url` + "?token=" + the token percent-encoded (every byte but A–Z a–z 0–9 - . _ ~).
/// The base URL is printable ASCII (no spaces, no control or non-ASCII characters; encode an
/// internationalised host as punycode), at most kMaxBaseUrlBytes, starts with "https://" and a
/// host — or with "http://localhost", "http://127.0.0.1" or "http://[::1]" for development,
/// since a link sent in the clear exposes the token — and has no user info ("@"), query ("?") or
/// fragment ("#"). Throws Error(invalid, argument) quoting the base URL, or saying what is wrong
/// with the token (empty, longer than kMaxTokenBytes) without showing it.
std::string acceptance_link(std::string_view base_url, std::string_view token);

/// The invitation e-mail in `locale` ("uk" or "en"): the institution's name, the role in words
/// ("вчителька", "класний керівник 5-А класу", "батьки учениці" and the child's full name), the
/// acceptance link (acceptance_link) and the day of expiry on the Europe/Kyiv calendar written
/// out ("до 7 вересня 2024 р." / "until 7 September 2024"). Throws Error(invalid, argument)
/// naming the field when a text is empty where required, longer than model::kMaxNameBytes, not
/// valid UTF-8 or holds a control character, when a class name or child is missing for its role
/// or given for another, for an unknown role, or naming the locale when it is neither "uk" nor
/// "en"; and the errors of acceptance_link.
InvitationEmail render_invitation_email(const InvitationEmailFacts& facts, std::string_view locale);

}  // namespace ejournal::services
