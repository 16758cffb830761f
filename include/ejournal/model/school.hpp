// The structure of a school year: the calendar, classes, subjects, subgroups, courses and
// enrolments (ua-school.md §6, §9.1, §9.4, §9.6).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"

namespace ejournal::model {

/// An institution's academic year: terms, holidays, school-day rules and the bell schedule.
struct AcademicYear {
  AcademicYearId id;
  InstitutionId institution_id;
  calendar::SchoolYear calendar;
  std::int64_t version = 0;
};

/// A class such as "5-А": grade 1–12 and a capital Cyrillic letter.
struct SchoolClass {
  ClassId id;
  InstitutionId institution_id;
  AcademicYearId academic_year_id;
  std::string name;  ///< normalised by text::normalize_class_name
  std::int64_t version = 0;
};

struct Subject {
  SubjectId id;
  InstitutionId institution_id;
  std::string name;        ///< "Українська мова"
  std::string short_name;  ///< "Укр. мова", or empty
};

/// Part of a class taught separately (languages, labs, PE); a student may be in several.
struct Subgroup {
  SubgroupId id;
  InstitutionId institution_id;
  ClassId class_id;
  std::string name;  ///< "1 група"
};

/// A student's membership in a subgroup.
struct SubgroupMember {
  InstitutionId institution_id;
  SubgroupId subgroup_id;
  PersonId student_id;
  friend bool operator==(const SubgroupMember&, const SubgroupMember&) = default;
};

/// Who teaches what to whom: a subject to a class, or to one subgroup of it, by a teacher, on a
/// grading scale. A journal belongs to a course.
struct Course {
  CourseId id;
  InstitutionId institution_id;
  AcademicYearId academic_year_id;
  SubjectId subject_id;
  ClassId class_id;
  std::optional<SubgroupId> subgroup_id;
  PersonId teacher_id;
  std::string scale = "ukrainian_12";  ///< name of the grading scale of the course
  std::int64_t version = 0;
};

/// A student's time in a class: the day they arrived and, once they leave, the last day.
struct Enrolment {
  EnrolmentId id;
  InstitutionId institution_id;
  ClassId class_id;
  PersonId student_id;
  Date arrived;
  std::optional<Date> departed;  ///< last day in the class
  std::string departure_note;    ///< e.g. the transfer order
  std::int64_t version = 0;
};

}  // namespace ejournal::model
