// The course page for a term and the class summary page, each read in one read unit.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/journal_page.hpp"
#include "journal_page_detail.hpp"
#include "journal_reading.hpp"

namespace ejournal::services {

namespace {

using access::Operation;
using access::Target;
using boost::gregorian::days;

storage::DayRange day_range(model::Date first, model::Date last) {
  storage::DayRange range;
  range.first = first;
  range.last = last;
  return range;
}

model::AcademicYear year_of(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                            const model::AcademicYearId& id) {
  auto year = unit.academic_years().find(institution, id);
  if (!year) {
    throw Error(Errc::not_found, ErrorDomain::storage,
                "the academic year " + id.str() + " is missing");
  }
  return std::move(*year);
}

model::SchoolClass class_of(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                            const model::ClassId& id) {
  auto found = unit.classes().find(institution, id);
  if (!found) throw Error(Errc::not_found, ErrorDomain::argument, "no class " + id.str());
  return std::move(*found);
}

// The last day whose undated grades belong to term `index`: the day before the next term, or
// the year's last day.
model::Date undated_until(const calendar::SchoolYear& year, std::size_t index) {
  return index + 1 < year.terms.size() ? year.terms[index + 1].first - days(1) : year.last;
}

// The term whose undated grades include one set on `day`: the last term that began by then
// (the first term for a day before any).
std::size_t term_of(const calendar::SchoolYear& year, model::Date day) {
  std::size_t index = 0;
  for (std::size_t i = 0; i < year.terms.size(); ++i) {
    if (year.terms[i].first <= day) index = i;
  }
  return index;
}

// The undated columns of a course page, keyed by kind and label, built in any order and then
// put in paper order.
class UndatedColumns {
 public:
  void note(model::ColumnKind kind, const std::string& label) { keys_.insert({kind, label}); }

  // Appends the columns to `page` in paper order; returns where each key went.
  std::map<std::pair<model::ColumnKind, std::string>, std::size_t> append_to(Page& page) const {
    const detail::UndatedOrder order;
    std::vector<std::pair<model::ColumnKind, std::string>> sorted(keys_.begin(), keys_.end());
    std::ranges::sort(sorted, {},
                      [&](const auto& key) { return order.key(key.first, key.second); });
    std::map<std::pair<model::ColumnKind, std::string>, std::size_t> placed;
    for (const auto& [kind, label] : sorted) {
      PageColumn column;
      column.kind = kind;
      column.label = label;
      placed.emplace(std::pair(kind, label), page.columns.size());
      page.columns.push_back(std::move(column));
    }
    return placed;
  }

 private:
  std::set<std::pair<model::ColumnKind, std::string>> keys_;
};

std::vector<model::GradeEntry> course_grades(storage::UnitOfWork& unit,
                                             const model::InstitutionId& institution,
                                             const model::CourseId& course,
                                             const storage::DayRange& range,
                                             std::optional<model::ColumnKind> column = {}) {
  storage::GradeQuery query;
  query.course = course;
  query.days = range;
  query.column = column;
  auto grades = unit.grades().list(institution, query);
  std::ranges::stable_sort(grades, {}, [](const model::GradeEntry& grade) {
    return std::tuple(grade.recorded_at, grade.id);
  });
  return grades;
}

}  // namespace

Page read_course_journal(storage::Store& store, const access::Principal& principal,
                         model::InstitutionId institution, model::CourseId course_id,
                         std::size_t term) {
  detail::require_id(institution, "institution");
  detail::require_id(course_id, "course");
  const auto unit = store.begin(storage::Access::read);
  detail::CourseBook courses(*unit, institution);
  const model::Course& course = courses.course(course_id);
  access::require(principal, Operation::read_course_journal,
                  Target::course(institution, course.id, course.class_id));
  const model::AcademicYear year = year_of(*unit, institution, course.academic_year_id);
  const auto& terms = year.calendar.terms;
  if (term >= terms.size()) {
    throw Error(Errc::range, ErrorDomain::argument,
                "term " + std::to_string(term) + " is outside the " + std::to_string(terms.size()) +
                    " terms of " + year.calendar.name);
  }
  Page page;
  page.period = terms[term].name;
  page.first = terms[term].first;
  page.last = terms[term].last;
  const model::SchoolClass school_class = class_of(*unit, institution, course.class_id);
  page.title = courses.subject(course.id) + ", " + school_class.name;
  std::optional<std::set<model::PersonId>> members;
  if (course.subgroup_id) {
    const auto subgroup = unit->subgroups().find(institution, *course.subgroup_id);
    if (subgroup) page.title += " (" + subgroup->name + ")";
    const auto ids = unit->subgroups().members(institution, *course.subgroup_id);
    members.emplace(ids.begin(), ids.end());
  }
  if (const auto teacher = unit->people().find(institution, course.teacher_id)) {
    page.teacher = detail::short_name(*teacher);
  }
  page.rows =
      detail::enrolled_rows(*unit, institution, course.class_id, page.first, page.last, members);

  std::map<model::LessonId, std::size_t> lesson_columns;
  for (model::Lesson& lesson :
       unit->lessons().list(institution, course.id, day_range(page.first, page.last))) {
    PageColumn column;
    column.lesson_id = lesson.id;
    column.date = lesson.date;
    column.number = lesson.number;
    column.label = std::move(lesson.topic);
    column.homework = std::move(lesson.homework);
    lesson_columns.emplace(lesson.id, page.columns.size());
    page.columns.push_back(std::move(column));
  }

  const auto grades = course_grades(*unit, institution, course.id,
                                    day_range(page.first, undated_until(year.calendar, term)));
  UndatedColumns undated;
  undated.note(model::ColumnKind::semester, page.period);
  undated.note(model::ColumnKind::corrected, page.period);
  for (const model::GradeEntry& grade : grades) {
    if (grade.column != model::ColumnKind::current) undated.note(grade.column, grade.column_label);
  }
  const auto undated_columns = undated.append_to(page);

  detail::Grid grid(page);
  // The marks of the page's lessons, lesson by lesson: a student's marks of the term are those of
  // every course of the class, some fifteen times as many rows. The grid keeps the rows' students.
  for (const auto& [lesson_id, column] : lesson_columns) {
    storage::AttendanceQuery query;
    query.lesson = lesson_id;
    for (const model::AttendanceMark& mark : unit->attendance().list(institution, query)) {
      grid.add_attendance(mark.student_id, column, mark.code);
    }
  }
  for (const model::GradeEntry& grade : grades) {
    if (grade.column == model::ColumnKind::current) {
      const auto column =
          grade.lesson_id ? lesson_columns.find(*grade.lesson_id) : lesson_columns.end();
      if (column != lesson_columns.end()) grid.add_grade(grade.student_id, column->second, grade);
    } else {
      grid.add_grade(grade.student_id, undated_columns.at({grade.column, grade.column_label}),
                     grade);
    }
  }
  grid.finish();
  return page;
}

Page read_class_summary(storage::Store& store, const access::Principal& principal,
                        model::InstitutionId institution, model::ClassId class_id) {
  detail::require_id(institution, "institution");
  detail::require_id(class_id, "class");
  const auto unit = store.begin(storage::Access::read);
  const model::SchoolClass school_class = class_of(*unit, institution, class_id);
  access::require(principal, Operation::read_class_summary,
                  Target::school_class(institution, class_id));
  const model::AcademicYear year = year_of(*unit, institution, school_class.academic_year_id);
  const calendar::SchoolYear& calendar = year.calendar;
  Page page;
  page.title = school_class.name + ": зведений облік навчальних досягнень";
  page.period = calendar.name;
  page.first = calendar.first;
  page.last = calendar.last;
  page.rows = detail::enrolled_rows(*unit, institution, class_id, page.first, page.last, {});

  // The class's courses by subject; a subject taught in subgroups has several.
  storage::CourseQuery query;
  query.school_class = class_id;
  detail::CourseBook courses(*unit, institution);
  std::map<model::SubjectId, std::vector<model::CourseId>> by_subject;
  for (const model::Course& course : unit->courses().list(institution, query)) {
    by_subject[course.subject_id].push_back(course.id);
  }
  const text::UkrainianCollator collator;
  std::vector<std::tuple<std::string, model::SubjectId, std::string>> subjects;
  for (const auto& [subject_id, ids] : by_subject) {
    const std::string& name = courses.subject(ids.front());
    subjects.emplace_back(collator.sort_key(name), subject_id, name);
  }
  std::ranges::sort(subjects);

  const std::size_t terms = std::max<std::size_t>(calendar.terms.size(), 1);
  const auto term_name = [&](std::size_t index) {
    return calendar.terms.empty() ? calendar.name : calendar.terms[index].name;
  };
  const storage::DayRange whole_year = day_range(page.first, page.last);
  detail::Grid grid(page);
  for (const auto& [key, subject_id, name] : subjects) {
    const auto add_column = [&, id = subject_id, subject = name](model::ColumnKind kind,
                                                                 std::string label) {
      PageColumn column;
      column.kind = kind;
      column.label = std::move(label);
      column.subject_id = id;
      column.subject = subject;
      page.columns.push_back(std::move(column));
      return page.columns.size() - 1;
    };
    const std::size_t base = page.columns.size();
    for (std::size_t t = 0; t < terms; ++t) {
      add_column(model::ColumnKind::semester, term_name(t));
      add_column(model::ColumnKind::corrected, term_name(t));
    }
    const std::size_t annual = add_column(model::ColumnKind::annual, "Річна");
    std::optional<std::size_t> state_exam;
    for (const model::CourseId& course : by_subject.at(subject_id)) {
      for (const model::ColumnKind kind :
           {model::ColumnKind::semester, model::ColumnKind::corrected, model::ColumnKind::annual,
            model::ColumnKind::state_exam}) {
        for (const model::GradeEntry& grade :
             course_grades(*unit, institution, course, whole_year, kind)) {
          std::size_t column = annual;
          if (kind == model::ColumnKind::state_exam) {
            if (!state_exam) state_exam = add_column(model::ColumnKind::state_exam, "ДПА");
            column = *state_exam;
          } else if (kind != model::ColumnKind::annual) {
            const std::size_t slot = calendar.terms.empty() ? 0 : term_of(calendar, grade.date);
            column = base + 2 * slot + (kind == model::ColumnKind::corrected ? 1 : 0);
          }
          grid.add_grade(grade.student_id, column, grade);
        }
      }
    }
  }
  grid.finish();
  return page;
}

}  // namespace ejournal::services
