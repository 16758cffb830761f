#include "factories.hpp"

#include <array>
#include <chrono>
#include <string>
#include <utility>

#include "ejournal/calendar/calendar.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {

namespace {

// ЄДРПОУ codes with valid check digits (text/identifiers tests).
constexpr std::array<const char*, 8> kEdrpou = {"32855961", "00032129", "14360506", "38621185",
                                                "00034051", "26418568", "30707830", "30000005"};

// The `index`-th school day from Monday 2024-09-02, Monday to Friday.
model::Date school_day(std::size_t index) {
  return day(2024, 9, 2) + boost::gregorian::days(static_cast<long>(index / 5 * 7 + index % 5));
}

}  // namespace

model::Instant instant(std::int64_t microseconds) {
  return model::Instant{std::chrono::microseconds{microseconds}};
}

model::Instant school_instant(std::int64_t seconds) {
  constexpr std::int64_t monday_morning = 1'725'255'000'000'001;
  return instant(monday_morning + seconds * 1'000'000);
}

model::Date day(int year, int month, int day_of_month) {
  return model::Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                     static_cast<unsigned short>(day_of_month));
}

model::Institution make_institution(int index) {
  model::Institution institution;
  institution.id = model::InstitutionId::generate();
  institution.kind = model::InstitutionKind::school;
  institution.name = "Ліцей № " + std::to_string(index + 1) + " імені Лесі Українки";
  institution.diso_id = std::to_string(100200 + index);
  institution.edrpou = kEdrpou.at(static_cast<std::size_t>(index));
  institution.oblast = "UA-80";
  institution.hromada_katottg = "UA80000000000093317";
  institution.status = model::InstitutionStatus::active;
  institution.created_at = school_instant(index);
  return institution;
}

model::ConnectionRequest make_request(int index, std::int64_t submitted_second) {
  model::ConnectionRequest request;
  request.id = model::ConnectionRequestId::generate();
  request.kind = model::InstitutionKind::college;
  request.hromada_katottg = "UA46060250010015970";
  request.institution_name = "Фаховий коледж № " + std::to_string(index);
  request.diso_id = std::to_string(500 + index);
  request.edrpou = make_institution(index).edrpou;
  request.admin_surname = "Мар\u02BCяненко";
  request.admin_given_name = "Ґеорґій";
  request.admin_email = "admin" + std::to_string(index) + "@xn--80aaxgrpt.xn--j1amh";
  request.admin_phone = "+380441234567";
  request.submitted_at = school_instant(submitted_second);
  return request;
}

model::Person make_person(model::InstitutionId institution, std::string surname,
                          std::string given_name, std::string patronymic) {
  model::Person person;
  person.id = model::PersonId::generate();
  person.institution_id = institution;
  person.surname = std::move(surname);
  person.given_name = std::move(given_name);
  person.patronymic = std::move(patronymic);
  person.gender = text::Gender::feminine;
  person.email = person.id.str() + "@school.example.ua";
  person.phone = "+380671234567";
  person.external_ids = {{"diso", person.id.str().substr(0, 8)}};
  return person;
}

School make_school(int index, std::size_t students, std::size_t lessons) {
  School school;
  school.institution = make_institution(index);
  const auto institution = school.institution.id;

  school.year.id = model::AcademicYearId::generate();
  school.year.institution_id = institution;
  school.year.calendar = calendar::ukrainian_typical_year(2024);

  school.school_class.id = model::ClassId::generate();
  school.school_class.institution_id = institution;
  school.school_class.academic_year_id = school.year.id;
  school.school_class.name = "5-А";

  school.subject.id = model::SubjectId::generate();
  school.subject.institution_id = institution;
  school.subject.name = "Українська мова";
  school.subject.short_name = "Укр. мова";

  school.teacher = make_person(institution, "Коваленко", "Олена", "Петрівна");
  for (std::size_t i = 0; i < students; ++i) {
    school.students.push_back(
        make_person(institution, "Учень" + std::to_string(i), "Тарас", "Григорович"));
  }

  school.course.id = model::CourseId::generate();
  school.course.institution_id = institution;
  school.course.academic_year_id = school.year.id;
  school.course.subject_id = school.subject.id;
  school.course.class_id = school.school_class.id;
  school.course.teacher_id = school.teacher.id;

  for (std::size_t i = 0; i < lessons; ++i) {
    model::Lesson lesson;
    lesson.id = model::LessonId::generate();
    lesson.institution_id = institution;
    lesson.course_id = school.course.id;
    lesson.date = school_day(i / 7);
    lesson.number = static_cast<int>(i % 7) + 1;
    lesson.topic = "Тема " + std::to_string(i + 1);
    school.lessons.push_back(lesson);
  }
  return school;
}

void store_school(Store& store, const School& school) {
  write(store, [&](UnitOfWork& unit) {
    unit.institutions().insert(school.institution);
    unit.academic_years().insert(school.year);
    unit.classes().insert(school.school_class);
    unit.subjects().insert(school.subject);
    unit.people().insert(school.teacher);
    unit.people().insert_many(school.students, {});
    unit.courses().insert(school.course);
    unit.lessons().insert_many(school.lessons, {});
  });
}

model::GradeEntry make_grade(const School& school, std::size_t student, std::size_t lesson,
                             grading::Rational value) {
  model::GradeEntry grade;
  grade.id = model::GradeId::generate();
  grade.institution_id = school.institution.id;
  grade.course_id = school.course.id;
  grade.student_id = school.students.at(student).id;
  grade.column = model::ColumnKind::current;
  grade.lesson_id = school.lessons.at(lesson).id;
  grade.date = school.lessons.at(lesson).date;
  grade.value = value;
  grade.publication = model::Publication::published;
  grade.recorded_by = school.teacher.id;
  grade.recorded_at = school_instant(static_cast<std::int64_t>(lesson * 100 + student));
  return grade;
}

model::AttendanceMark make_mark(const School& school, std::size_t student, std::size_t lesson) {
  model::AttendanceMark mark;
  mark.id = model::AttendanceId::generate();
  mark.institution_id = school.institution.id;
  mark.student_id = school.students.at(student).id;
  mark.date = school.lessons.at(lesson).date;
  mark.lesson_id = school.lessons.at(lesson).id;
  mark.code = "н";
  mark.reason = model::AbsenceReason::illness;
  mark.recorded_by = school.teacher.id;
  mark.recorded_at = school_instant(static_cast<std::int64_t>(lesson * 100 + student));
  return mark;
}

DayRange days(std::optional<model::Date> first, std::optional<model::Date> last) {
  DayRange range;
  range.first = first;
  range.last = last;
  return range;
}

GradeQuery grade_query(std::optional<model::CourseId> course,
                       std::optional<model::PersonId> student, DayRange in_days,
                       std::optional<model::ColumnKind> column, bool published_only) {
  GradeQuery query;
  query.course = course;
  query.student = student;
  query.days = in_days;
  query.column = column;
  query.published_only = published_only;
  return query;
}

AttendanceQuery attendance_query(std::optional<model::PersonId> student,
                                 std::optional<model::LessonId> lesson, DayRange in_days) {
  AttendanceQuery query;
  query.student = student;
  query.lesson = lesson;
  query.days = in_days;
  return query;
}

EnrolmentQuery enrolment_query(std::optional<model::ClassId> school_class,
                               std::optional<model::PersonId> student,
                               std::optional<model::Date> on) {
  EnrolmentQuery query;
  query.school_class = school_class;
  query.student = student;
  query.on = on;
  return query;
}

CourseQuery course_query(std::optional<model::AcademicYearId> academic_year,
                         std::optional<model::ClassId> school_class,
                         std::optional<model::PersonId> teacher) {
  CourseQuery query;
  query.academic_year = academic_year;
  query.school_class = school_class;
  query.teacher = teacher;
  return query;
}

model::Enrolment make_enrolment(const School& school, std::size_t student) {
  model::Enrolment enrolment;
  enrolment.id = model::EnrolmentId::generate();
  enrolment.institution_id = school.institution.id;
  enrolment.class_id = school.school_class.id;
  enrolment.student_id = school.students.at(student).id;
  enrolment.arrived = school.year.calendar.first;
  return enrolment;
}

model::Account make_account(const model::Person& person) {
  model::Account account;
  account.id = model::AccountId::generate();
  account.institution_id = person.institution_id;
  account.person_id = person.id;
  account.login = person.email;
  account.password_hash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$" + account.id.str();
  account.created_at = school_instant(0);
  account.password_changed_at = account.created_at;
  return account;
}

model::SignInSession make_sign_in_session(const model::Account& account, std::int64_t second) {
  model::SignInSession session;
  session.id = model::SessionId::generate();
  session.institution_id = account.institution_id;
  session.account_id = account.id;
  // The id's 32 hex digits twice: as long as a SHA-256 and unique as the id.
  std::string digits = session.id.str();
  std::erase(digits, '-');
  session.token_hash = digits + digits;
  session.created_at = school_instant(second);
  session.last_seen_at = session.created_at;
  session.expires_at = school_instant(second + 12 * 3600);
  return session;
}

}  // namespace ejournal::storage::testing
