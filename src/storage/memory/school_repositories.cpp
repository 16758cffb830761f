#include "school_repositories.hpp"

#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "checks.hpp"
#include "lists.hpp"

namespace ejournal::storage::memory {

// Academic years -------------------------------------------------------------------------------

void MemoryAcademicYears::insert(const model::AcademicYear& year) {
  tx_.write([&](Database& db) {
    tx_.statement("insert academic year");
    require_free(db.academic_years, scoped_key(year), "academic year");
    require_present(db.institutions, {year.institution_id}, "institution");
    tx_.insert_row(db.academic_years, first_version(year));
  });
}

std::optional<model::AcademicYear> MemoryAcademicYears::find(model::InstitutionId institution,
                                                             model::AcademicYearId id) {
  return found(tx_.read().academic_years, {institution, id});
}

std::int64_t MemoryAcademicYears::update(const model::AcademicYear& year) {
  return tx_.write([&](Database& db) {
    tx_.statement("update academic year");
    require_current(db.academic_years, year, "academic year");
    tx_.replace_row(db.academic_years, next_version(year));
    return year.version + 1;
  });
}

std::vector<model::AcademicYear> MemoryAcademicYears::list(model::InstitutionId institution) {
  const auto& years = tx_.read().academic_years;
  return rows_of(years, years.indexes().by_institution.find({institution}),
                 [institution](const auto& entry) {
                   return std::tuple{institution, std::get<model::AcademicYearId>(entry)};
                 });
}

// Classes --------------------------------------------------------------------------------------

namespace {

// "10-А" → (10, "А"), so that classes order by grade as a number. Any other name (which
// text::normalize_class_name never gives) orders by its leading digits, if any, then the rest.
std::pair<int, std::string_view> grade_and_letter(std::string_view name) {
  constexpr int kMaxGrade = 1'000'000;  // far above any grade; keeps the number from overflowing
  int grade = 0;
  std::size_t at = 0;
  for (; at < name.size() && name[at] >= '0' && name[at] <= '9'; ++at) {
    if (grade < kMaxGrade) grade = grade * 10 + (name[at] - '0');
  }
  if (at < name.size() && name[at] == '-') ++at;
  return {grade, name.substr(at)};
}

void check_class_references(const Database& db, const model::SchoolClass& school_class) {
  require_present(db.academic_years, {school_class.institution_id, school_class.academic_year_id},
                  "academic year");
}

auto class_name_key(const model::SchoolClass& school_class) {
  return std::tuple{school_class.institution_id, school_class.academic_year_id, school_class.name};
}

}  // namespace

void MemoryClasses::insert(const model::SchoolClass& school_class) {
  tx_.write([&](Database& db) {
    tx_.statement("insert class");
    require_free(db.classes, scoped_key(school_class), "class");
    check_class_references(db, school_class);
    require_unique(db.classes.indexes().by_name, class_name_key(school_class),
                   "class named in (institution, academic year, name)");
    tx_.insert_row(db.classes, first_version(school_class));
  });
}

std::optional<model::SchoolClass> MemoryClasses::find(model::InstitutionId institution,
                                                      model::ClassId id) {
  return found(tx_.read().classes, {institution, id});
}

std::int64_t MemoryClasses::update(const model::SchoolClass& school_class) {
  return tx_.write([&](Database& db) {
    tx_.statement("update class");
    require_current(db.classes, school_class, "class");
    check_class_references(db, school_class);
    require_unique_except(db.classes.indexes().by_name, class_name_key(school_class),
                          school_class.id, "class named in (institution, academic year, name)");
    tx_.replace_row(db.classes, next_version(school_class));
    return school_class.version + 1;
  });
}

std::vector<model::SchoolClass> MemoryClasses::list(model::InstitutionId institution,
                                                    model::AcademicYearId year) {
  const auto& classes = tx_.read().classes;
  auto rows = rows_of(classes, classes.indexes().by_year.find({institution, year}),
                      [institution](model::ClassId id) {
                        return std::tuple{institution, id};
                      });
  const auto& collator = tx_.collator();
  return sorted_by(std::move(rows), [&collator](const model::SchoolClass& row) {
    const auto [grade, letter] = grade_and_letter(row.name);
    return std::tuple{grade, collation_key(collator, letter), row.id};
  });
}

// Subjects -------------------------------------------------------------------------------------

void MemorySubjects::insert(const model::Subject& subject) {
  tx_.write([&](Database& db) {
    tx_.statement("insert subject");
    require_free(db.subjects, scoped_key(subject), "subject");
    require_present(db.institutions, {subject.institution_id}, "institution");
    require_unique(db.subjects.indexes().by_name, std::tuple{subject.institution_id, subject.name},
                   "subject named in (institution, name)");
    tx_.insert_row(db.subjects, subject);
  });
}

std::optional<model::Subject> MemorySubjects::find(model::InstitutionId institution,
                                                   model::SubjectId id) {
  return found(tx_.read().subjects, {institution, id});
}

std::vector<model::Subject> MemorySubjects::list(model::InstitutionId institution) {
  const auto& subjects = tx_.read().subjects;
  auto rows = rows_of(subjects, subjects.indexes().by_institution.find({institution}),
                      [institution](model::SubjectId id) {
                        return std::tuple{institution, id};
                      });
  const auto& collator = tx_.collator();
  return sorted_by(std::move(rows), [&collator](const model::Subject& row) {
    return std::pair{collation_key(collator, row.name), row.id};
  });
}

// Subgroups ------------------------------------------------------------------------------------

void MemorySubgroups::insert(const model::Subgroup& subgroup) {
  tx_.write([&](Database& db) {
    tx_.statement("insert subgroup");
    require_free(db.subgroups, scoped_key(subgroup), "subgroup");
    require_present(db.classes, {subgroup.institution_id, subgroup.class_id}, "class");
    tx_.insert_row(db.subgroups, subgroup);
  });
}

std::optional<model::Subgroup> MemorySubgroups::find(model::InstitutionId institution,
                                                     model::SubgroupId id) {
  return found(tx_.read().subgroups, {institution, id});
}

std::vector<model::Subgroup> MemorySubgroups::list(model::InstitutionId institution,
                                                   model::ClassId school_class) {
  const auto& subgroups = tx_.read().subgroups;
  auto rows = rows_of(subgroups, subgroups.indexes().by_class.find({institution, school_class}),
                      [institution](model::SubgroupId id) {
                        return std::tuple{institution, id};
                      });
  const auto& collator = tx_.collator();
  return sorted_by(std::move(rows), [&collator](const model::Subgroup& row) {
    return std::pair{collation_key(collator, row.name), row.id};
  });
}

void MemorySubgroups::add_member(const model::SubgroupMember& member) {
  tx_.write([&](Database& db) {
    tx_.statement("insert subgroup member");
    require_present(db.subgroups, {member.institution_id, member.subgroup_id}, "subgroup");
    require_present(db.people, {member.institution_id, member.student_id}, "student");
    require_free(db.subgroup_members, member_key(member), "subgroup member");
    tx_.insert_row(db.subgroup_members, member);
  });
}

void MemorySubgroups::remove_member(const model::SubgroupMember& member) {
  tx_.write([&](Database& db) {
    tx_.statement("delete subgroup member");
    require_present(db.subgroup_members, member_key(member), "subgroup member");
    tx_.erase_row(db.subgroup_members, member_key(member));
  });
}

std::vector<model::PersonId> MemorySubgroups::members(model::InstitutionId institution,
                                                      model::SubgroupId subgroup) {
  const auto& students =
      tx_.read().subgroup_members.indexes().by_subgroup.find({institution, subgroup});
  return {students.begin(), students.end()};
}

// Courses --------------------------------------------------------------------------------------

namespace {

void check_course_references(const Database& db, const model::Course& course) {
  const model::InstitutionId institution = course.institution_id;
  require_present(db.academic_years, {institution, course.academic_year_id}, "academic year");
  require_present(db.subjects, {institution, course.subject_id}, "subject");
  require_present(db.classes, {institution, course.class_id}, "class");
  if (course.subgroup_id)
    require_present(db.subgroups, {institution, *course.subgroup_id}, "subgroup");
  require_present(db.people, {institution, course.teacher_id}, "teacher");
}

}  // namespace

void MemoryCourses::insert(const model::Course& course) {
  tx_.write([&](Database& db) {
    tx_.statement("insert course");
    require_free(db.courses, scoped_key(course), "course");
    check_course_references(db, course);
    tx_.insert_row(db.courses, first_version(course));
  });
}

std::optional<model::Course> MemoryCourses::find(model::InstitutionId institution,
                                                 model::CourseId id) {
  return found(tx_.read().courses, {institution, id});
}

std::int64_t MemoryCourses::update(const model::Course& course) {
  return tx_.write([&](Database& db) {
    tx_.statement("update course");
    require_current(db.courses, course, "course");
    check_course_references(db, course);
    tx_.replace_row(db.courses, next_version(course));
    return course.version + 1;
  });
}

std::vector<model::Course> MemoryCourses::list(model::InstitutionId institution,
                                               const CourseQuery& query) {
  const auto& courses = tx_.read().courses;
  std::vector<model::Course> rows;
  for (const model::CourseId id : courses.indexes().by_institution.find({institution})) {
    const model::Course& row = courses.at({institution, id});
    if ((!query.academic_year || row.academic_year_id == *query.academic_year) &&
        (!query.school_class || row.class_id == *query.school_class) &&
        (!query.teacher || row.teacher_id == *query.teacher)) {
      rows.push_back(row);
    }
  }
  return rows;
}

// Enrolments -----------------------------------------------------------------------------------

namespace {

void check_new_enrolment(const Database& db, const model::Enrolment& enrolment) {
  require_free(db.enrolments, scoped_key(enrolment), "enrolment");
  require_present(db.classes, {enrolment.institution_id, enrolment.class_id}, "class");
  require_present(db.people, {enrolment.institution_id, enrolment.student_id}, "student");
}

bool matches(const model::Enrolment& row, const EnrolmentQuery& query) {
  return (!query.school_class || row.class_id == *query.school_class) &&
         (!query.student || row.student_id == *query.student) &&
         (!query.on || (row.arrived <= *query.on && (!row.departed || *query.on <= *row.departed)));
}

}  // namespace

void MemoryEnrolments::insert(const model::Enrolment& enrolment) {
  tx_.write([&](Database& db) {
    tx_.statement("insert enrolment");
    check_new_enrolment(db, enrolment);
    tx_.insert_row(db.enrolments, first_version(enrolment));
  });
}

void MemoryEnrolments::insert_many(std::span<const model::Enrolment> enrolments,
                                   const Progress& progress) {
  tx_.write([&](Database& db) {
    BatchClaims<decltype(Database::enrolments)::Key> ids;
    for (const model::Enrolment& enrolment : enrolments) {
      check_new_enrolment(db, enrolment);
      ids.claim(scoped_key(enrolment), "enrolment");
    }
    tx_.insert_rows(db.enrolments, enrolments, "insert enrolment", progress,
                    [](const model::Enrolment& enrolment) { return first_version(enrolment); });
  });
}

std::optional<model::Enrolment> MemoryEnrolments::find(model::InstitutionId institution,
                                                       model::EnrolmentId id) {
  return found(tx_.read().enrolments, {institution, id});
}

std::int64_t MemoryEnrolments::update(const model::Enrolment& enrolment) {
  return tx_.write([&](Database& db) {
    tx_.statement("update enrolment");
    require_current(db.enrolments, enrolment, "enrolment");
    require_present(db.classes, {enrolment.institution_id, enrolment.class_id}, "class");
    require_present(db.people, {enrolment.institution_id, enrolment.student_id}, "student");
    tx_.replace_row(db.enrolments, next_version(enrolment));
    return enrolment.version + 1;
  });
}

std::vector<model::Enrolment> MemoryEnrolments::list(model::InstitutionId institution,
                                                     const EnrolmentQuery& query) {
  const auto& enrolments = tx_.read().enrolments;
  const auto& indexes = enrolments.indexes();
  // The narrowest group the query names; each is already in the list's order.
  const auto& candidates = query.school_class
                               ? indexes.by_class.find({institution, *query.school_class})
                           : query.student ? indexes.by_student.find({institution, *query.student})
                                           : indexes.by_institution.find({institution});
  std::vector<model::Enrolment> rows;
  for (const auto& entry : candidates) {
    const model::Enrolment& row = enrolments.at({institution, std::get<model::EnrolmentId>(entry)});
    if (matches(row, query)) rows.push_back(row);
  }
  return rows;
}

}  // namespace ejournal::storage::memory
