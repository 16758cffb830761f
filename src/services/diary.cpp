// The diary: one read unit per call; every record is filtered by what the reader may see.
#include "ejournal/services/diary.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "ejournal/access/policy.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/error.hpp"
#include "ejournal/text/collation.hpp"
#include "journal_page_detail.hpp"
#include "journal_reading.hpp"
#include "kyiv_day.hpp"

namespace ejournal::services {

namespace {

using access::Operation;
using access::Target;

// The calendar's first and last years (calendar::Date).
constexpr int kFirstYear = 1400;
constexpr int kLastYear = 9999;

// Undated grades and whole-day marks come after a day's lessons.
constexpr int kAfterLessons = std::numeric_limits<int>::max();

storage::DayRange day_range(model::Date first, model::Date last) {
  storage::DayRange range;
  range.first = first;
  range.last = last;
  return range;
}

// The student's enrolments that overlap the week.
std::vector<model::Enrolment> enrolments_in(storage::UnitOfWork& unit,
                                            const model::InstitutionId& institution,
                                            const model::PersonId& student, model::Date monday,
                                            model::Date sunday) {
  storage::EnrolmentQuery query;
  query.student = student;
  std::vector<model::Enrolment> found = unit.enrolments().list(institution, query);
  std::erase_if(found, [&](const model::Enrolment& enrolment) {
    return enrolment.arrived > sunday || (enrolment.departed && *enrolment.departed < monday);
  });
  return found;
}

// The school days of the week in the calendars of the classes the student was in.
std::vector<model::Date> school_days_of(storage::UnitOfWork& unit,
                                        const model::InstitutionId& institution,
                                        const std::vector<model::Enrolment>& enrolments,
                                        model::Date monday, model::Date sunday) {
  std::set<model::Date> days;
  for (const model::Enrolment& enrolment : enrolments) {
    const auto school_class = unit.classes().find(institution, enrolment.class_id);
    if (!school_class) continue;
    const auto year = unit.academic_years().find(institution, school_class->academic_year_id);
    if (!year) continue;
    const model::Date first = std::max(monday, enrolment.arrived);
    const model::Date last = enrolment.departed ? std::min(sunday, *enrolment.departed) : sunday;
    for (const model::Date& day : calendar::school_days(year->calendar, {first, last})) {
      days.insert(day);
    }
  }
  return {days.begin(), days.end()};
}

// The reader's view of one student's week, within an open read unit.
class WeekReader {
 public:
  WeekReader(storage::UnitOfWork& unit, const access::Principal& principal,
             model::InstitutionId institution)
      : unit_(unit),
        principal_(principal),
        institution_(institution),
        courses_(unit, institution) {}

  DiaryWeek read(const model::Person& student, model::Date day) {
    DiaryWeek week;
    week.student_id = student.id;
    week.surname = student.surname;
    week.given_name = student.given_name;
    week.patronymic = student.patronymic.value_or("");
    week.monday = detail::monday_of(day);
    week.sunday = week.monday + boost::gregorian::days(6);
    const auto enrolments =
        enrolments_in(unit_, institution_, student.id, week.monday, week.sunday);
    const Target target = Target::student(institution_, student.id, current_class(enrolments));
    access::require(principal_, Operation::read_student_record, target);
    const bool sensitive = access::decide(principal_, Operation::read_student_file, target) ||
                           principal_.is_parent_of(student.id);

    week.school_days = school_days_of(unit_, institution_, enrolments, week.monday, week.sunday);
    const storage::DayRange days = day_range(week.monday, week.sunday);
    read_lessons(week, days);
    read_grades(week, days);
    read_attendance(week, days, sensitive);
    read_comments(week);
    return week;
  }

 private:
  // The class of the latest enrolment of the week: the one the access policy scopes by.
  static std::optional<model::ClassId> current_class(
      const std::vector<model::Enrolment>& enrolments) {
    if (enrolments.empty()) return std::nullopt;
    return enrolments.back().class_id;  // listed by arrival
  }

  void read_lessons(DiaryWeek& week, const storage::DayRange& days) {
    for (model::Lesson& lesson :
         unit_.lessons().list_for_student(institution_, week.student_id, days)) {
      lesson_numbers_[lesson.id] = lesson.number;
      week.lessons.push_back({lesson.id, lesson.course_id, courses_.subject(lesson.course_id),
                              lesson.date, lesson.number, lesson.type, std::move(lesson.topic),
                              std::move(lesson.homework), lesson.homework_due});
    }
  }

  // Drafts are shown only to those who read the course's journal.
  bool sees_drafts(const model::CourseId& course_id) {
    if (const auto known = drafts_.find(course_id); known != drafts_.end()) return known->second;
    const model::Course& course = courses_.course(course_id);
    const bool allowed =
        static_cast<bool>(access::decide(principal_, Operation::read_course_journal,
                                         Target::course(institution_, course.id, course.class_id)));
    return drafts_.emplace(course_id, allowed).first->second;
  }

  // The lesson number a record of `lesson` sorts by; kAfterLessons for none.
  int number_of(const std::optional<model::LessonId>& lesson) {
    if (!lesson) return kAfterLessons;
    if (const auto known = lesson_numbers_.find(*lesson); known != lesson_numbers_.end()) {
      return known->second;
    }
    const auto found = unit_.lessons().find(institution_, *lesson);
    const int number = found ? found->number : kAfterLessons;
    lesson_numbers_.emplace(*lesson, number);
    return number;
  }

  void read_grades(DiaryWeek& week, const storage::DayRange& days) {
    storage::GradeQuery query;
    query.student = week.student_id;
    query.days = days;
    for (model::GradeEntry& grade : unit_.grades().list(institution_, query)) {
      if (grade.publication == model::Publication::draft && !sees_drafts(grade.course_id)) {
        continue;
      }
      week.grades.push_back({grade.id, grade.course_id, courses_.subject(grade.course_id),
                             grade.date, grade.lesson_id, grade.column,
                             std::move(grade.column_label), grade.value, std::move(grade.mark),
                             grade.publication, std::move(grade.comment)});
    }
    std::ranges::sort(week.grades, {}, [&](const DiaryGrade& grade) {
      return std::tuple(grade.date, number_of(grade.lesson_id),
                        undated_order_.key(grade.column, grade.column_label), grade.grade_id);
    });
  }

  void read_attendance(DiaryWeek& week, const storage::DayRange& days, bool sensitive) {
    storage::AttendanceQuery query;
    query.student = week.student_id;
    query.days = days;
    for (model::AttendanceMark& mark : unit_.attendance().list(institution_, query)) {
      DiaryAttendance shown{mark.id, mark.date, mark.lesson_id, std::move(mark.code), {}, {}};
      if (sensitive) {
        shown.reason = mark.reason;
        shown.document_ref = std::move(mark.document_ref);
      }
      week.attendance.push_back(std::move(shown));
    }
    std::ranges::sort(week.attendance, {}, [&](const DiaryAttendance& mark) {
      return std::tuple(mark.date, number_of(mark.lesson_id), mark.attendance_id);
    });
  }

  // Comments are stored by instant: a day either side of the week in UTC covers its Kyiv days.
  void read_comments(DiaryWeek& week) {
    const storage::DayRange around =
        day_range(week.monday - boost::gregorian::days(1), week.sunday + boost::gregorian::days(1));
    for (model::Comment& comment :
         unit_.comments().list_for_student(institution_, week.student_id, around)) {
      const text::CalendarDate kyiv = detail::kyiv_day(comment.created_at);
      const model::Date date(static_cast<unsigned short>(kyiv.year),
                             static_cast<unsigned short>(kyiv.month),
                             static_cast<unsigned short>(kyiv.day));
      if (date < week.monday || date > week.sunday) continue;
      DiaryComment shown;
      shown.comment_id = comment.id;
      shown.date = date;
      shown.author_id = comment.author_id;
      shown.author = author_name(comment.author_id);
      shown.course_id = comment.course_id;
      if (comment.course_id) shown.subject = courses_.subject(*comment.course_id);
      shown.lesson_id = comment.lesson_id;
      shown.text = std::move(comment.text);
      shown.created_at = comment.created_at;
      week.comments.push_back(std::move(shown));
    }
    std::ranges::stable_sort(week.comments, {}, &DiaryComment::date);
  }

  std::string author_name(const model::PersonId& author) {
    if (const auto known = authors_.find(author); known != authors_.end()) return known->second;
    const auto person = unit_.people().find(institution_, author);
    return authors_.emplace(author, person ? detail::short_name(*person) : std::string())
        .first->second;
  }

  storage::UnitOfWork& unit_;
  const access::Principal& principal_;
  model::InstitutionId institution_;
  detail::CourseBook courses_;
  detail::UndatedOrder undated_order_;
  std::map<model::CourseId, bool> drafts_;
  std::map<model::LessonId, int> lesson_numbers_;
  std::map<model::PersonId, std::string> authors_;
};

// Error(not_found) unless the person was ever enrolled in a class: only a student has a diary.
void require_student(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                     const model::PersonId& person) {
  storage::EnrolmentQuery query;
  query.student = person;
  if (unit.enrolments().list(institution, query).empty()) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "the person " + person.str() + " was never enrolled in a class: no student");
  }
}

// A parent's view of their children is the parent's own, or the administration's (who read the
// institution's people and parent links); each child's week is then checked on its own.
void require_parent_view(const access::Principal& principal,
                         const model::InstitutionId& institution, const model::PersonId& parent) {
  if (principal.kind() == access::Principal::Kind::person && principal.person_id() == parent &&
      principal.institution_id() == institution) {
    return;
  }
  if (access::decide(principal, Operation::read_people, Target::institution(institution))) return;
  throw Error(Errc::permission, ErrorDomain::access,
              "the children's diaries of parent " + parent.str() +
                  " are only for that parent and the administration");
}

void check_arguments(const model::InstitutionId& institution, const model::PersonId& person,
                     std::string_view role, const model::Date& day) {
  detail::require_id(institution, "institution");
  detail::require_id(person, role);
  detail::require_day(day, "day of the week");
  // The week and the day either side of it that comments are read from must be dates too.
  if (day.year() <= kFirstYear || day.year() >= kLastYear) {
    throw Error(Errc::range, ErrorDomain::argument,
                "the day's year " + std::to_string(static_cast<int>(day.year())) +
                    " is outside the years " + std::to_string(kFirstYear + 1) + "–" +
                    std::to_string(kLastYear - 1) + " a diary week may fall in");
  }
}

}  // namespace

DiaryWeek read_diary_week(storage::Store& store, const access::Principal& principal,
                          model::InstitutionId institution, model::PersonId student_id,
                          model::Date day) {
  check_arguments(institution, student_id, "student", day);
  const auto unit = store.begin(storage::Access::read);
  const model::Person student = detail::find_person(*unit, institution, student_id, "student");
  require_student(*unit, institution, student_id);
  return WeekReader(*unit, principal, institution).read(student, day);
}

std::vector<DiaryWeek> read_children_diaries(storage::Store& store,
                                             const access::Principal& principal,
                                             model::InstitutionId institution,
                                             model::PersonId parent_id, model::Date day) {
  check_arguments(institution, parent_id, "parent", day);
  const auto unit = store.begin(storage::Access::read);
  (void)detail::find_person(*unit, institution, parent_id, "parent");
  require_parent_view(principal, institution, parent_id);
  const text::UkrainianCollator collator;
  std::vector<std::pair<std::string, model::Person>> children;
  for (const model::ParentLink& link : unit->parent_links().children_of(institution, parent_id)) {
    model::Person child = detail::find_person(*unit, institution, link.child_id, "child");
    children.emplace_back(detail::name_key(collator, child), std::move(child));
  }
  std::ranges::sort(children, {}, &std::pair<std::string, model::Person>::first);
  WeekReader reader(*unit, principal, institution);
  std::vector<DiaryWeek> weeks;
  for (const auto& [key, child] : children) weeks.push_back(reader.read(child, day));
  return weeks;
}

}  // namespace ejournal::services
