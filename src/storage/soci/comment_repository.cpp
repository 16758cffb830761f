// Comments: a teacher's notes to a student, shown in the diary.
#include <limits>
#include <string>
#include <string_view>
#include <tuple>

#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kCommentColumns[] = {"student_id",     "author_id", "course_id",
                                                "lesson_id",      "body",      "created_at",
                                                "institution_id", "id"};
constexpr Table kComments{"comments", kCommentColumns};

struct CommentRow {
  std::string student_id;
  std::string author_id;
  Nullable<std::string> course_id;
  Nullable<std::string> lesson_id;
  std::string body;
  long long created_at = 0;
  std::string institution_id;
  std::string id;
};

auto columns(CommentRow& row) {
  return std::tie(row.student_id, row.author_id, row.course_id, row.lesson_id, row.body,
                  row.created_at, row.institution_id, row.id);
}

CommentRow to_row(const model::Comment& comment) {
  CommentRow row;
  row.student_id = id_text(comment.student_id);
  row.author_id = id_text(comment.author_id);
  row.course_id = nullable_id(comment.course_id);
  row.lesson_id = nullable_id(comment.lesson_id);
  row.body = comment.text;
  row.created_at = instant_micros(comment.created_at);
  row.institution_id = id_text(comment.institution_id);
  row.id = id_text(comment.id);
  return row;
}

model::Comment from_row(const CommentRow& row) {
  model::Comment comment;
  comment.id = parse_id<model::CommentId>(row.id);
  comment.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  comment.student_id = parse_id<model::PersonId>(row.student_id);
  comment.author_id = parse_id<model::PersonId>(row.author_id);
  comment.course_id = optional_id<model::CourseTag>(row.course_id);
  comment.lesson_id = optional_id<model::LessonTag>(row.lesson_id);
  comment.text = row.body;
  comment.created_at = instant_from_micros(row.created_at);
  return comment;
}

// Microseconds at 00:00 UTC of `day`.
long long day_start_micros(model::Date day) {
  constexpr long long kMicrosPerDay = 86'400'000'000LL;
  return (day - model::Date(1970, 1, 1)).days() * kMicrosPerDay;
}

}  // namespace

void SociCommentRepository::insert(const model::Comment& comment) {
  static const std::string sql = insert_sql(kComments);
  CommentRow row = to_row(comment);
  insert_row(connection_, sql, row);
}

std::vector<model::Comment> SociCommentRepository::list_for_student(
    model::InstitutionId institution, model::PersonId student, const DayRange& days) {
  static const std::string sql = select_sql(kComments) +
                                 " WHERE institution_id = :institution_id"
                                 " AND student_id = :student_id"
                                 " AND created_at >= :earliest AND created_at < :until"
                                 " ORDER BY created_at, id";
  const std::string institution_id = id_text(institution);
  const std::string student_id = id_text(student);
  const long long earliest =
      days.first ? day_start_micros(*days.first) : std::numeric_limits<long long>::min();
  const long long until = days.last ? day_start_micros(*days.last + boost::gregorian::days(1))
                                    : std::numeric_limits<long long>::max();
  std::vector<model::Comment> comments;
  query_rows<CommentRow>(
      connection_, sql, [&](const CommentRow& row) { comments.push_back(from_row(row)); },
      soci::use(institution_id), soci::use(student_id), soci::use(earliest), soci::use(until));
  return comments;
}

}  // namespace ejournal::storage::soci_backend
