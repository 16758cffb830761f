// ej_diary_week_read, ej_diary_children_read and the diary handle over services/diary.hpp.
#include <cstdint>
#include <memory>
#include <vector>

#include "access/principal.hpp"
#include "calendar/school_year.hpp"
#include "ejournal/services/diary.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/indexed.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

namespace {

// A week's C views; their strings point into the week they were made from.
struct WeekViews {
  std::vector<ej_date> school_days;
  std::vector<ej_diary_lesson> lessons;
  std::vector<ej_diary_grade> grades;
  std::vector<ej_diary_attendance> attendance;
  std::vector<ej_diary_comment> comments;
};

ej_diary_lesson view_of(const services::DiaryLesson& lesson) {
  ej_diary_lesson view{};
  view.version = EJ_DIARY_LESSON_VERSION;
  view.number = lesson.number;
  view.lesson = records::write_uuid(lesson.lesson_id.value);
  view.course = records::write_uuid(lesson.course_id.value);
  view.date = capi::write_date(lesson.date);
  view.type = static_cast<int32_t>(lesson.type);
  view.homework_due = records::write_optional_date(lesson.homework_due);
  view.subject = lesson.subject.c_str();
  view.topic = lesson.topic.c_str();
  view.homework = lesson.homework.c_str();
  return view;
}

ej_diary_grade view_of(const services::DiaryGrade& grade) {
  // A stored value came in through int64 parts, so it fits them on the way out.
  const ej_rational value =
      grade.value ? capi::to_c(*grade.value, "grade value") : ej_rational{0, 1};
  ej_diary_grade view{};
  view.version = EJ_DIARY_GRADE_VERSION;
  view.column = static_cast<int32_t>(grade.column);
  view.grade = records::write_uuid(grade.grade_id.value);
  view.course = records::write_uuid(grade.course_id.value);
  view.lesson = records::write_optional_id(grade.lesson_id);
  view.date = capi::write_date(grade.date);
  view.publication = static_cast<int32_t>(grade.publication);
  view.has_value = grade.value ? 1 : 0;
  view.value_num = value.num;
  view.value_den = value.den;
  view.subject = grade.subject.c_str();
  view.label = grade.column_label.c_str();
  view.mark = grade.mark.c_str();
  view.comment = grade.comment.c_str();
  return view;
}

ej_diary_attendance view_of(const services::DiaryAttendance& mark) {
  ej_diary_attendance view{};
  view.version = EJ_DIARY_ATTENDANCE_VERSION;
  view.reason = mark.reason ? static_cast<int32_t>(*mark.reason) : 0;
  view.attendance = records::write_uuid(mark.attendance_id.value);
  view.lesson = records::write_optional_id(mark.lesson_id);
  view.date = capi::write_date(mark.date);
  view.code = mark.code.c_str();
  view.document_ref = mark.document_ref ? mark.document_ref->c_str() : nullptr;
  return view;
}

ej_diary_comment view_of(const services::DiaryComment& comment) {
  ej_diary_comment view{};
  view.version = EJ_DIARY_COMMENT_VERSION;
  view.comment = records::write_uuid(comment.comment_id.value);
  view.author = records::write_uuid(comment.author_id.value);
  view.course = records::write_optional_id(comment.course_id);
  view.lesson = records::write_optional_id(comment.lesson_id);
  view.date = capi::write_date(comment.date);
  view.created_at = records::write_instant(comment.created_at);
  view.author_name = comment.author.c_str();
  view.subject = comment.subject.c_str();
  view.text = comment.text.c_str();
  return view;
}

template <class Record, class View>
void view_all(const std::vector<Record>& records_in, std::vector<View>& views) {
  views.reserve(records_in.size());
  for (const Record& record : records_in) views.push_back(view_of(record));
}

}  // namespace

/// The weeks, their views (one per week, kept at fixed addresses) and the week records.
struct ej_diary {
  std::vector<services::DiaryWeek> weeks;
  std::vector<std::unique_ptr<WeekViews>> views;
  std::vector<ej_diary_week> records;
};

namespace {

ej_diary* make_diary(std::vector<services::DiaryWeek> weeks) {
  auto diary = std::make_unique<ej_diary>();
  diary->weeks = std::move(weeks);
  for (const services::DiaryWeek& week : diary->weeks) {
    auto views = std::make_unique<WeekViews>();
    for (const model::Date& day : week.school_days) {
      views->school_days.push_back(capi::write_date(day));
    }
    view_all(week.lessons, views->lessons);
    view_all(week.grades, views->grades);
    view_all(week.attendance, views->attendance);
    view_all(week.comments, views->comments);
    ej_diary_week record{};
    record.version = EJ_DIARY_WEEK_VERSION;
    record.student = records::write_uuid(week.student_id.value);
    record.monday = capi::write_date(week.monday);
    record.sunday = capi::write_date(week.sunday);
    record.surname = week.surname.c_str();
    record.given_name = week.given_name.c_str();
    record.patronymic = week.patronymic.c_str();
    record.school_days = views->school_days.data();
    record.school_day_count = static_cast<int64_t>(views->school_days.size());
    record.lessons = views->lessons.data();
    record.lesson_count = static_cast<int64_t>(views->lessons.size());
    record.grades = views->grades.data();
    record.grade_count = static_cast<int64_t>(views->grades.size());
    record.attendance = views->attendance.data();
    record.attendance_count = static_cast<int64_t>(views->attendance.size());
    record.comments = views->comments.data();
    record.comment_count = static_cast<int64_t>(views->comments.size());
    diary->records.push_back(record);
    diary->views.push_back(std::move(views));
  }
  return diary.release();
}

}  // namespace

extern "C" {

int ej_diary_week_read(ej_diary** out, ej_store* store, const ej_principal* principal,
                       const ej_uuid* institution, const ej_uuid* student, const ej_date* day) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto pupil = records::required_id<model::PersonId>(student, "student");
    const model::Date date = capi::read_date(day, "day");
    std::vector<services::DiaryWeek> weeks;
    weeks.push_back(services::read_diary_week(core, who, owner, pupil, date));
    *out = make_diary(std::move(weeks));
    return EJ_OK;
  });
}

int ej_diary_children_read(ej_diary** out, ej_store* store, const ej_principal* principal,
                           const ej_uuid* institution, const ej_uuid* parent, const ej_date* day) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto reader = records::required_id<model::PersonId>(parent, "parent");
    const model::Date date = capi::read_date(day, "day");
    *out = make_diary(services::read_children_diaries(core, who, owner, reader, date));
    return EJ_OK;
  });
}

int ej_diary_count(int64_t* out, const ej_diary* diary) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(diary, "diary");
    *out = static_cast<int64_t>(diary->records.size());
    return EJ_OK;
  });
}

int ej_diary_get(const ej_diary_week** out, const ej_diary* diary, int64_t index) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(diary, "diary");
    *out = &diary->records[capi::checked_index(index, diary->records.size(), "weeks")];
    return EJ_OK;
  });
}

void ej_diary_free(ej_diary* diary) {
  delete diary;
}

}  // extern "C"
