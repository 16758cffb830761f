// The invitation e-mail. Every caller text is checked once more here (one line, no control
// characters, bounded), because the texts end up in a mail header and a body a person reads:
// a line break in a name would forge a header or a line of the message.
#include "ejournal/services/invitation_email.hpp"

#include <string>

#include "../model/fields.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/text/locale_format.hpp"
#include "invitation_roles.hpp"
#include "kyiv_day.hpp"

namespace ejournal::services {

namespace {

using model::detail::Presence;

// The caller's texts, checked and in NFC.
struct CheckedTexts {
  std::string institution;
  std::string class_name;
  std::string child;  ///< the child's full name, or empty
};

std::string checked_name(std::string_view field, std::string_view value, Presence presence) {
  return model::detail::line(field, value, model::kMaxNameBytes, presence);
}

CheckedTexts checked_texts(const InvitationEmailFacts& facts) {
  CheckedTexts texts;
  texts.institution =
      checked_name("invitation.institution_name", facts.institution_name, Presence::required);
  const bool class_teacher = facts.role == model::Role::class_teacher;
  texts.class_name =
      model::detail::line("invitation.class_name", facts.class_name, model::kMaxLabelBytes,
                          class_teacher ? Presence::required : Presence::optional);
  if (!class_teacher && !texts.class_name.empty()) {
    model::detail::refuse("invitation.class_name", facts.class_name,
                          "is set; it is allowed for a class teacher only");
  }
  model::detail::present_when("invitation.child_name", facts.child_name,
                              facts.role == model::Role::parent, "for a parent");
  if (facts.child_name) {
    text::FullName child;
    child.surname = checked_name("invitation.child_name.surname", facts.child_name->surname,
                                 Presence::required);
    child.given =
        checked_name("invitation.child_name.given", facts.child_name->given, Presence::required);
    if (facts.child_name->patronymic) {
      child.patronymic = checked_name("invitation.child_name.patronymic",
                                      *facts.child_name->patronymic, Presence::required);
    }
    texts.child = text::format_full(child);
  }
  return texts;
}

detail::Language language_of(std::string_view locale) {
  if (locale == "uk") return detail::Language::ukrainian;
  if (locale == "en") return detail::Language::english;
  model::detail::refuse("invitation e-mail locale", locale, "is neither \"uk\" nor \"en\"");
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

// `prefix` + `name`, the name cut at a character boundary (and marked "…") so that the subject
// stays within a notification's subject limit whatever the name's length.
std::string subject_line(std::string_view prefix, std::string_view name) {
  constexpr std::string_view kEllipsis = "…";
  if (prefix.size() + name.size() <= model::kMaxNameBytes) {
    return std::string(prefix) + std::string(name);
  }
  std::size_t cut = model::kMaxNameBytes - prefix.size() - kEllipsis.size();
  while (cut > 0 && is_continuation_byte(name[cut])) --cut;
  return std::string(prefix) + std::string(name.substr(0, cut)) + std::string(kEllipsis);
}

InvitationEmail ukrainian_email(const CheckedTexts& texts, const std::string& role,
                                const std::string& link, const std::string& expiry) {
  std::string body = "Добрий день!\n\nВас запрошено до електронного журналу.\n";
  body += "Заклад освіти: " + texts.institution + "\n";
  body += "Роль: " + role + "\n";
  if (!texts.child.empty()) body += "Дитина: " + texts.child + "\n";
  body += "\nЩоб прийняти запрошення, відкрийте посилання:\n" + link + "\n\n";
  body += "Запрошення дійсне до " + expiry + "\n";
  body += "Якщо ви не чекали на цей лист, просто не відкривайте посилання.";
  return {subject_line("Запрошення до електронного журналу: ", texts.institution), body};
}

InvitationEmail english_email(const CheckedTexts& texts, const std::string& role,
                              const std::string& link, const std::string& expiry) {
  std::string body = "Hello,\n\nYou are invited to the electronic journal.\n";
  body += "Institution: " + texts.institution + "\n";
  body += "Role: " + role + "\n";
  if (!texts.child.empty()) body += "Child: " + texts.child + "\n";
  body += "\nTo accept the invitation, open this link:\n" + link + "\n\n";
  body += "The invitation is valid until " + expiry + ".\n";
  body += "If you did not expect this e-mail, simply ignore it.";
  return {subject_line("Invitation to the electronic journal: ", texts.institution), body};
}

}  // namespace

InvitationEmail render_invitation_email(const InvitationEmailFacts& facts,
                                        std::string_view locale) {
  const detail::Language language = language_of(locale);
  const CheckedTexts texts = checked_texts(facts);
  const std::string role = detail::role_in_words(facts.role, facts.invitee_gender, texts.class_name,
                                                 facts.child_gender, language);
  const std::string link = acceptance_link(facts.base_url, facts.token);
  const std::string expiry =
      text::format_date(detail::kyiv_day(facts.expires_at), text::DateStyle::long_date, locale);
  return language == detail::Language::ukrainian ? ukrainian_email(texts, role, link, expiry)
                                                 : english_email(texts, role, link, expiry);
}

}  // namespace ejournal::services
