// Courses (who teaches what to whom) and enrolments (a student's time in a class).
//
// Optional filters are bound as a flag and a value, "(:has_x = 0 OR x = :x)", so that one
// statement text serves every combination and no value is ever spliced into SQL.
#include <string>
#include <utility>

#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

namespace {

using model::Course;
using model::Enrolment;

const std::string kCourseColumns =
    "id, academic_year_id, subject_id, class_id, subgroup_id, teacher_id, scale, version";

// The columns of one courses row (institution_id aside), in kCourseColumns' order.
struct CourseRow {
  std::string id;
  std::string academic_year_id;
  std::string subject_id;
  std::string class_id;
  Nullable<std::string> subgroup_id;
  std::string teacher_id;
  std::string scale;
  long long version = 0;

  static CourseRow of(const Course& course) {
    return {course.id.str(),
            course.academic_year_id.str(),
            course.subject_id.str(),
            course.class_id.str(),
            nullable_id(course.subgroup_id),
            course.teacher_id.str(),
            course.scale,
            course.version};
  }

  [[nodiscard]] Course model(model::InstitutionId institution) const {
    return {parse_id<model::CourseId>(id),
            institution,
            parse_id<model::AcademicYearId>(academic_year_id),
            parse_id<model::SubjectId>(subject_id),
            parse_id<model::ClassId>(class_id),
            optional_id<model::SubgroupTag>(subgroup_id),
            parse_id<model::PersonId>(teacher_id),
            scale,
            version};
  }
};

template <class... Bindings>
std::vector<Course> query_courses(Connection& connection, model::InstitutionId institution,
                                  const std::string& where, Bindings&&... bindings) {
  CourseRow row;
  Statement statement = connection.statement(
      "SELECT " + kCourseColumns + " FROM courses WHERE " + where,
      std::forward<Bindings>(bindings)..., soci::into(row.id), soci::into(row.academic_year_id),
      soci::into(row.subject_id), soci::into(row.class_id),
      soci::into(row.subgroup_id.value, row.subgroup_id.indicator), soci::into(row.teacher_id),
      soci::into(row.scale), soci::into(row.version));
  std::vector<Course> courses;
  for_each_row(statement, [&] { courses.push_back(row.model(institution)); });
  return courses;
}

const std::string kEnrolmentColumns =
    "id, class_id, student_id, arrived, departed, departure_note, version";

// The columns of one enrolments row (institution_id aside), in kEnrolmentColumns' order.
struct EnrolmentRow {
  std::string id;
  std::string class_id;
  std::string student_id;
  std::string arrived;
  Nullable<std::string> departed;
  std::string departure_note;
  long long version = 0;

  void set(const Enrolment& enrolment) {
    id = enrolment.id.str();
    class_id = enrolment.class_id.str();
    student_id = enrolment.student_id.str();
    arrived = date_text(enrolment.arrived);
    departed = nullable_date(enrolment.departed);
    departure_note = enrolment.departure_note;
    version = enrolment.version;
  }

  [[nodiscard]] Enrolment model(model::InstitutionId institution) const {
    return {parse_id<model::EnrolmentId>(id),
            institution,
            parse_id<model::ClassId>(class_id),
            parse_id<model::PersonId>(student_id),
            date_from_text(arrived),
            optional_date(departed),
            departure_note,
            version};
  }
};

template <class T>
std::optional<T> first(std::vector<T> found) {
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

// One filter of a list query: whether it is set, and its value as a column value.
struct Filter {
  int set = 0;
  std::string value;
};

template <class IdType>
Filter filter_of(const std::optional<IdType>& id) {
  if (!id) return {};
  return {1, id->str()};
}

}  // namespace

void SociCourseRepository::insert(const Course& course) {
  const std::string institution = course.institution_id.str();
  CourseRow row = CourseRow::of(course);
  row.version = 1;
  connection_.execute(
      "INSERT INTO courses (institution_id, " + kCourseColumns +
          ") VALUES (:institution_id, :id, :academic_year_id, :subject_id, :class_id,"
          " :subgroup_id, :teacher_id, :scale, :version)",
      soci::use(institution), soci::use(row.id), soci::use(row.academic_year_id),
      soci::use(row.subject_id), soci::use(row.class_id),
      soci::use(row.subgroup_id.value, row.subgroup_id.indicator), soci::use(row.teacher_id),
      soci::use(row.scale), soci::use(row.version));
}

std::optional<Course> SociCourseRepository::find(model::InstitutionId institution,
                                                 model::CourseId id) {
  const std::string institution_key = institution.str();
  const std::string key = id.str();
  return first(query_courses(connection_, institution,
                             "institution_id = :institution_id AND id = :id",
                             soci::use(institution_key), soci::use(key)));
}

std::int64_t SociCourseRepository::update(const Course& course) {
  const std::string institution = course.institution_id.str();
  CourseRow row = CourseRow::of(course);
  long long next = row.version + 1;
  const long long changed = connection_.execute_counted(
      "UPDATE courses SET academic_year_id = :academic_year_id, subject_id = :subject_id,"
      " class_id = :class_id, subgroup_id = :subgroup_id, teacher_id = :teacher_id,"
      " scale = :scale, version = :next_version"
      " WHERE institution_id = :institution_id AND id = :id AND version = :version",
      soci::use(row.academic_year_id), soci::use(row.subject_id), soci::use(row.class_id),
      soci::use(row.subgroup_id.value, row.subgroup_id.indicator), soci::use(row.teacher_id),
      soci::use(row.scale), soci::use(next), soci::use(institution), soci::use(row.id),
      soci::use(row.version));
  return finish_versioned_update(connection_, changed, row.version, "courses", institution, row.id,
                                 "course " + row.id);
}

std::vector<Course> SociCourseRepository::list(model::InstitutionId institution,
                                               const CourseQuery& query) {
  const std::string institution_key = institution.str();
  const Filter year = filter_of(query.academic_year);
  const Filter school_class = filter_of(query.school_class);
  const Filter teacher = filter_of(query.teacher);
  return query_courses(connection_, institution,
                       "institution_id = :institution_id"
                       " AND (:has_year = 0 OR academic_year_id = :academic_year_id)"
                       " AND (:has_class = 0 OR class_id = :class_id)"
                       " AND (:has_teacher = 0 OR teacher_id = :teacher_id) ORDER BY id",
                       soci::use(institution_key), soci::use(year.set), soci::use(year.value),
                       soci::use(school_class.set), soci::use(school_class.value),
                       soci::use(teacher.set), soci::use(teacher.value));
}

void SociEnrolmentRepository::insert(const Enrolment& enrolment) {
  insert_many(std::span<const Enrolment>(&enrolment, 1), nullptr);
}

void SociEnrolmentRepository::insert_many(std::span<const Enrolment> enrolments,
                                          const Progress& progress) {
  std::string institution;
  EnrolmentRow row;
  // Prepared once and executed per row with the bound variables refilled.
  Statement statement = connection_.statement(
      "INSERT INTO enrolments (institution_id, " + kEnrolmentColumns +
          ") VALUES (:institution_id, :id, :class_id, :student_id, :arrived, :departed,"
          " :departure_note, :version)",
      soci::use(institution), soci::use(row.id), soci::use(row.class_id), soci::use(row.student_id),
      soci::use(row.arrived), soci::use(row.departed.value, row.departed.indicator),
      soci::use(row.departure_note), soci::use(row.version));
  std::size_t done = 0;
  for (const Enrolment& enrolment : enrolments) {
    institution = enrolment.institution_id.str();
    row.set(enrolment);
    row.version = 1;
    statement.execute();
    report_progress(progress, ++done, enrolments.size());
  }
}

std::optional<Enrolment> SociEnrolmentRepository::find(model::InstitutionId institution,
                                                       model::EnrolmentId id) {
  const std::string institution_key = institution.str();
  const std::string key = id.str();
  EnrolmentRow row;
  Statement statement = connection_.statement(
      "SELECT " + kEnrolmentColumns +
          " FROM enrolments WHERE institution_id = :institution_id AND id = :id",
      soci::use(institution_key), soci::use(key), soci::into(row.id), soci::into(row.class_id),
      soci::into(row.student_id), soci::into(row.arrived),
      soci::into(row.departed.value, row.departed.indicator), soci::into(row.departure_note),
      soci::into(row.version));
  if (!statement.execute()) return std::nullopt;
  return row.model(institution);
}

std::int64_t SociEnrolmentRepository::update(const Enrolment& enrolment) {
  const std::string institution = enrolment.institution_id.str();
  EnrolmentRow row;
  row.set(enrolment);
  long long next = row.version + 1;
  const long long changed = connection_.execute_counted(
      "UPDATE enrolments SET class_id = :class_id, student_id = :student_id,"
      " arrived = :arrived, departed = :departed, departure_note = :departure_note,"
      " version = :next_version"
      " WHERE institution_id = :institution_id AND id = :id AND version = :version",
      soci::use(row.class_id), soci::use(row.student_id), soci::use(row.arrived),
      soci::use(row.departed.value, row.departed.indicator), soci::use(row.departure_note),
      soci::use(next), soci::use(institution), soci::use(row.id), soci::use(row.version));
  return finish_versioned_update(connection_, changed, row.version, "enrolments", institution,
                                 row.id, "enrolment " + row.id);
}

std::vector<Enrolment> SociEnrolmentRepository::list(model::InstitutionId institution,
                                                     const EnrolmentQuery& query) {
  const std::string institution_key = institution.str();
  const Filter school_class = filter_of(query.school_class);
  const Filter student = filter_of(query.student);
  const Filter on = query.on ? Filter{1, date_text(*query.on)} : Filter{};
  EnrolmentRow row;
  // The day is bound twice because a named placeholder stands for one position in SOCI.
  Statement statement = connection_.statement(
      "SELECT " + kEnrolmentColumns +
          " FROM enrolments WHERE institution_id = :institution_id"
          " AND (:has_class = 0 OR class_id = :class_id)"
          " AND (:has_student = 0 OR student_id = :student_id)"
          " AND (:has_day = 0 OR (arrived <= :day AND (departed IS NULL OR departed >= :day2)))"
          " ORDER BY arrived, id",
      soci::use(institution_key), soci::use(school_class.set), soci::use(school_class.value),
      soci::use(student.set), soci::use(student.value), soci::use(on.set), soci::use(on.value),
      soci::use(on.value), soci::into(row.id), soci::into(row.class_id), soci::into(row.student_id),
      soci::into(row.arrived), soci::into(row.departed.value, row.departed.indicator),
      soci::into(row.departure_note), soci::into(row.version));
  std::vector<Enrolment> enrolments;
  for_each_row(statement, [&] { enrolments.push_back(row.model(institution)); });
  return enrolments;
}

}  // namespace ejournal::storage::soci_backend
