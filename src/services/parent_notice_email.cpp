// Plain lines with a label each, so that no Ukrainian noun has to be declined around a name.
#include "parent_notice_email.hpp"

#include "ejournal/error.hpp"
#include "ejournal/text/locale_format.hpp"
#include "ejournal/text/names.hpp"

namespace ejournal::services::detail {

namespace {

struct KindWords {
  const char* name;     ///< the kind in idempotency keys and the audit
  const char* subject;  ///< the subject line's start
  const char* label;    ///< the label of the detail line
};

KindWords words_of(ParentNoticeKind kind) {
  switch (kind) {
    case ParentNoticeKind::published_grade: return {"grade", "Нова оцінка", "Оцінка"};
    case ParentNoticeKind::absence: return {"absence", "Пропуск", "Відмітка"};
    case ParentNoticeKind::comment: return {"comment", "Новий коментар", "Коментар"};
  }
  throw Error(Errc::invalid, ErrorDomain::argument,
              "notice kind " + std::to_string(static_cast<int>(kind)) + " is none of 1…3");
}

// The pupil's label: the generic (masculine) form when the gender is not recorded, as official
// texts do.
const char* pupil_label(const model::Person& student) {
  return student.gender == text::Gender::feminine ? "Учениця" : "Учень";
}

}  // namespace

std::string parent_notice_kind_name(ParentNoticeKind kind) {
  return words_of(kind).name;
}

ParentNoticeEmail render_parent_notice(const ParentNotice& notice,
                                       const std::string& institution_name,
                                       const model::Person& student) {
  const KindWords words = words_of(notice.kind);
  const text::FullName name{student.surname, student.given_name, student.patronymic};
  ParentNoticeEmail email;
  email.subject = std::string(words.subject) + ": " + student.surname + " " + student.given_name;
  email.body =
      institution_name + "\n" + pupil_label(student) + ": " + text::format_full(name) + "\n";
  if (!notice.subject.empty()) email.body += "Предмет: " + notice.subject + "\n";
  const auto ymd = notice.date.year_month_day();
  email.body +=
      "Дата: " +
      text::format_date({static_cast<std::int32_t>(ymd.year), static_cast<std::int32_t>(ymd.month),
                         static_cast<std::int32_t>(ymd.day)},
                        text::DateStyle::long_date) +
      "\n" + words.label + ": " + notice.detail +
      "\n\nПро що вам повідомляти, можна обрати в налаштуваннях облікового запису.";
  return email;
}

}  // namespace ejournal::services::detail
