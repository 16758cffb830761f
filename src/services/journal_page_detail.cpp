// Rows, undated columns' order and the grid of the journal pages.
#include "journal_page_detail.hpp"

#include <algorithm>
#include <utility>

#include "journal_reading.hpp"

namespace ejournal::services::detail {

namespace {

// The paper journal's order of the undated columns (ua-school.md §1.5): the thematic grades and
// the notebook (counted towards them), then the semester with its correction beside it, the
// annual, the state exam, and the school's own columns last.
int paper_rank(model::ColumnKind kind) {
  switch (kind) {
    case model::ColumnKind::current: return 0;
    case model::ColumnKind::thematic: return 1;
    case model::ColumnKind::notebook: return 2;
    case model::ColumnKind::semester: return 3;
    case model::ColumnKind::corrected: return 4;
    case model::ColumnKind::annual: return 5;
    case model::ColumnKind::state_exam: return 6;
    case model::ColumnKind::custom: return 7;
  }
  return 8;
}

// Digit runs padded to one width, so that the collator's order compares numbers by value.
std::string padded_numbers(const std::string& label) {
  constexpr std::size_t kWidth = 20;
  std::string result;
  std::size_t i = 0;
  while (i < label.size()) {
    if (label[i] < '0' || label[i] > '9') {
      result.push_back(label[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < label.size() && label[end] >= '0' && label[end] <= '9') ++end;
    const std::size_t digits = end - i;
    if (digits < kWidth) result.append(kWidth - digits, '0');
    result.append(label, i, digits);
    i = end;
  }
  return result;
}

}  // namespace

std::vector<PageRow> enrolled_rows(storage::UnitOfWork& unit,
                                   const model::InstitutionId& institution,
                                   const model::ClassId& school_class, model::Date first,
                                   model::Date last,
                                   const std::optional<std::set<model::PersonId>>& members) {
  storage::EnrolmentQuery query;
  query.school_class = school_class;
  // Listed by arrival: the latest enrolment of a student is the last one seen.
  std::map<model::PersonId, model::Enrolment> latest;
  for (model::Enrolment& enrolment : unit.enrolments().list(institution, query)) {
    if (enrolment.arrived > last || (enrolment.departed && *enrolment.departed < first)) continue;
    if (members && !members->contains(enrolment.student_id)) continue;
    latest.insert_or_assign(enrolment.student_id, std::move(enrolment));
  }
  const text::UkrainianCollator collator;
  std::vector<std::pair<std::string, PageRow>> keyed;
  for (const auto& [student_id, enrolment] : latest) {
    const model::Person person = find_person(unit, institution, student_id, "student");
    PageRow row;
    row.student_id = student_id;
    row.surname = person.surname;
    row.given_name = person.given_name;
    row.patronymic = person.patronymic.value_or("");
    row.gender = person.gender;
    if (enrolment.departed && *enrolment.departed <= last) row.departed = enrolment.departed;
    keyed.emplace_back(name_key(collator, person), std::move(row));
  }
  std::ranges::sort(keyed, {}, &std::pair<std::string, PageRow>::first);
  std::vector<PageRow> rows;
  rows.reserve(keyed.size());
  for (auto& [key, row] : keyed) rows.push_back(std::move(row));
  return rows;
}

std::tuple<int, std::string, std::string> UndatedOrder::key(model::ColumnKind kind,
                                                            const std::string& label) const {
  return {paper_rank(kind), collator_.sort_key(padded_numbers(label)), label};
}

Grid::Grid(Page& page) : page_(page) {
  for (std::size_t i = 0; i < page.rows.size(); ++i) rows_.emplace(page.rows[i].student_id, i);
}

std::optional<std::size_t> Grid::row_of(const model::PersonId& student) const {
  const auto found = rows_.find(student);
  if (found == rows_.end()) return std::nullopt;
  return found->second;
}

void Grid::add_grade(const model::PersonId& student, std::size_t column,
                     const model::GradeEntry& grade) {
  const auto row = row_of(student);
  if (!row) return;
  PageEntry entry;
  entry.row = *row;
  entry.column = column;
  entry.value = grade.value;
  entry.mark = grade.mark;
  entry.publication = grade.publication;
  page_.entries.push_back(std::move(entry));
}

void Grid::add_attendance(const model::PersonId& student, std::size_t column,
                          const std::string& code) {
  const auto row = row_of(student);
  if (!row) return;
  PageEntry entry;
  entry.row = *row;
  entry.column = column;
  entry.attendance = code;
  page_.entries.push_back(std::move(entry));
}

void Grid::finish() {
  std::ranges::stable_sort(page_.entries, {}, [](const PageEntry& entry) {
    return std::tuple(entry.row, entry.column, entry.attendance.empty());
  });
}

}  // namespace ejournal::services::detail
