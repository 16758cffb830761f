// ej_journal_* over services/journal.hpp: lessons, grades and comments.
#include <cstdint>
#include <string>

#include "access/principal.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/journal.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/caller.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

namespace {

// The constants of store_journal.h are the model's enumerators, so the casts below are exact.
static_assert(static_cast<int>(model::LessonType::regular) == EJ_LESSON_REGULAR);
static_assert(static_cast<int>(model::LessonType::other) == EJ_LESSON_OTHER);
static_assert(static_cast<int>(model::ColumnKind::current) == EJ_COLUMN_CURRENT);
static_assert(static_cast<int>(model::ColumnKind::custom) == EJ_COLUMN_CUSTOM);
static_assert(static_cast<int>(model::Publication::draft) == EJ_PUBLICATION_DRAFT);
static_assert(static_cast<int>(model::Publication::published) == EJ_PUBLICATION_PUBLISHED);

const ej_journal_options kDefaultOptions = EJ_JOURNAL_OPTIONS_INIT;

/// Free text read raw for the services to check: one byte beyond the longest they take is
/// enough for them to say it is too long.
std::string text_of(const char* text) {
  return capi::raw_text(text, model::kMaxTextBytes);
}

services::JournalOptions read_options(const ej_journal_options* given) {
  const ej_journal_options& options = given != nullptr ? *given : kDefaultOptions;
  capi::check_options_version(options.version, EJ_JOURNAL_OPTIONS_VERSION, "options->version");
  services::JournalOptions result;
  result.editing_window_days = options.editing_window_days;
  return result;
}

services::LessonForm read_lesson_form(const ej_lesson_form* given) {
  capi::require(given, "form");
  records::check_struct_version(given->version, EJ_LESSON_FORM_VERSION, "form->version");
  capi::check_reserved(given->reserved, "form->reserved");
  services::LessonForm form;
  form.course_id = records::required_id<model::CourseId>(&given->course_id, "form->course_id");
  const auto date = records::read_optional_date(&given->date, "form->date");
  if (!date) capi::fail_invalid("argument 'form->date' is required");
  form.date = *date;
  form.number = given->number;
  form.type = static_cast<model::LessonType>(records::read_enum(
      given->type, EJ_LESSON_REGULAR, EJ_LESSON_OTHER, "form->type", "ej_lesson_type"));
  form.homework_due = records::read_optional_date(&given->homework_due, "form->homework_due");
  form.topic = text_of(given->topic);
  form.homework = text_of(given->homework);
  form.reason = text_of(given->reason);
  return form;
}

services::GradeForm read_grade_form(const ej_grade_form* given) {
  capi::require(given, "form");
  records::check_struct_version(given->version, EJ_GRADE_FORM_VERSION, "form->version");
  capi::check_reserved(given->reserved, "form->reserved");
  services::GradeForm form;
  form.column = static_cast<model::ColumnKind>(records::read_enum(
      given->column, EJ_COLUMN_CURRENT, EJ_COLUMN_CUSTOM, "form->column", "ej_column_kind"));
  form.course_id = records::required_id<model::CourseId>(&given->course_id, "form->course_id");
  form.student_id = records::required_id<model::PersonId>(&given->student_id, "form->student_id");
  form.lesson_id = records::optional_id<model::LessonId>(&given->lesson_id);
  form.publication = static_cast<model::Publication>(
      records::read_enum(given->publication, EJ_PUBLICATION_DRAFT, EJ_PUBLICATION_PUBLISHED,
                         "form->publication", "ej_publication"));
  form.column_label = text_of(given->label);
  form.value = text_of(given->value);
  form.comment = text_of(given->comment);
  form.reason = text_of(given->reason);
  return form;
}

services::GradeEdit read_grade_edit(const ej_grade_edit* given) {
  capi::require(given, "edit");
  records::check_struct_version(given->version, EJ_GRADE_EDIT_VERSION, "edit->version");
  capi::check_reserved(given->reserved, "edit->reserved");
  services::GradeEdit edit;
  edit.grade_id = records::required_id<model::GradeId>(&given->grade_id, "edit->grade_id");
  edit.version = given->revision;
  edit.value = text_of(given->value);
  edit.comment = text_of(given->comment);
  edit.reason = text_of(given->reason);
  return edit;
}

services::CommentForm read_comment_form(const ej_comment_form* given) {
  capi::require(given, "form");
  records::check_struct_version(given->version, EJ_COMMENT_FORM_VERSION, "form->version");
  capi::check_reserved(given->reserved, "form->reserved");
  services::CommentForm form;
  form.student_id = records::required_id<model::PersonId>(&given->student_id, "form->student_id");
  form.course_id = records::optional_id<model::CourseId>(&given->course_id);
  form.lesson_id = records::optional_id<model::LessonId>(&given->lesson_id);
  form.text = text_of(given->text);
  return form;
}

void write_grade(ej_grade_written* out, const services::GradeWrite& written) noexcept {
  out->newly_published = written.newly_published ? 1 : 0;
  out->id = records::write_uuid(written.grade.id.value);
  out->revision = written.grade.version;
}

/// The zeroed output of a grade call, checked before any work.
void reset_grade_out(ej_grade_written* out) {
  capi::require(out, "out");
  capi::reset_versioned(out, EJ_GRADE_WRITTEN_VERSION);
}

}  // namespace

extern "C" {

int ej_journal_options_init(ej_journal_options* opts, uint32_t version) {
  return capi::init_options(opts, version, kDefaultOptions);
}

int ej_journal_lesson_record(ej_uuid* out_id, int64_t* out_revision, ej_store* store,
                             const int64_t* now, const ej_principal* principal,
                             const ej_uuid* institution, const ej_lesson_form* form,
                             const ej_journal_options* options) {
  return capi::guarded([&] {
    if (out_id != nullptr) *out_id = ej_uuid{};
    if (out_revision != nullptr) *out_revision = 0;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const services::LessonForm fields = read_lesson_form(form);
    const services::JournalOptions settings = read_options(options);
    const capi::CallerClock clock(now);
    const model::Lesson lesson = services::record_lesson(core, clock, who, owner, fields, settings);
    if (out_id != nullptr) *out_id = records::write_uuid(lesson.id.value);
    if (out_revision != nullptr) *out_revision = lesson.version;
    return EJ_OK;
  });
}

int ej_journal_lesson_edit(int64_t* out_revision, ej_store* store, const int64_t* now,
                           const ej_principal* principal, const ej_uuid* institution,
                           const ej_uuid* lesson, int64_t revision, const ej_lesson_form* form,
                           const ej_journal_options* options) {
  return capi::guarded([&] {
    if (out_revision != nullptr) *out_revision = 0;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::LessonId>(lesson, "lesson");
    const services::LessonForm fields = read_lesson_form(form);
    const services::JournalOptions settings = read_options(options);
    const capi::CallerClock clock(now);
    const model::Lesson edited =
        services::edit_lesson(core, clock, who, owner, id, revision, fields, settings);
    if (out_revision != nullptr) *out_revision = edited.version;
    return EJ_OK;
  });
}

int ej_journal_grade_record(ej_grade_written* out, ej_store* store, const int64_t* now,
                            const ej_principal* principal, const ej_uuid* institution,
                            const ej_grade_form* form, const ej_journal_options* options) {
  return capi::guarded([&] {
    reset_grade_out(out);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const services::GradeForm fields = read_grade_form(form);
    const services::JournalOptions settings = read_options(options);
    const capi::CallerClock clock(now);
    write_grade(out, services::record_grade(core, clock, who, owner, fields, settings));
    return EJ_OK;
  });
}

int ej_journal_grade_edit(ej_grade_written* out, ej_store* store, const int64_t* now,
                          const ej_principal* principal, const ej_uuid* institution,
                          const ej_grade_edit* edit, const ej_journal_options* options) {
  return capi::guarded([&] {
    reset_grade_out(out);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const services::GradeEdit change = read_grade_edit(edit);
    const services::JournalOptions settings = read_options(options);
    const capi::CallerClock clock(now);
    write_grade(out, services::edit_grade(core, clock, who, owner, change, settings));
    return EJ_OK;
  });
}

int ej_journal_grade_publish(ej_grade_written* out, ej_store* store, const int64_t* now,
                             const ej_principal* principal, const ej_uuid* institution,
                             const ej_uuid* grade, int64_t revision, const char* reason,
                             const ej_journal_options* options) {
  return capi::guarded([&] {
    // The grade is read before `out` is reset: a caller may pass the id of the record it
    // publishes into.
    const auto id = records::required_id<model::GradeId>(grade, "grade");
    reset_grade_out(out);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const services::JournalOptions settings = read_options(options);
    const capi::CallerClock clock(now);
    write_grade(out, services::publish_grade(core, clock, who, owner, id, revision, text_of(reason),
                                             settings));
    return EJ_OK;
  });
}

int ej_journal_comment_write(ej_uuid* out_id, ej_store* store, const int64_t* now,
                             const ej_principal* principal, const ej_uuid* institution,
                             const ej_comment_form* form) {
  return capi::guarded([&] {
    if (out_id != nullptr) *out_id = ej_uuid{};
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const services::CommentForm fields = read_comment_form(form);
    const capi::CallerClock clock(now);
    const model::Comment comment = services::write_comment(core, clock, who, owner, fields);
    if (out_id != nullptr) *out_id = records::write_uuid(comment.id.value);
    return EJ_OK;
  });
}

}  // extern "C"
