// A valid record of each entity, for tests to spoil one field at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/validate.hpp"

namespace ejournal::model::testing {

inline constexpr const char* kKyivHromada = "UA80000000000093317";  // in UA-30
inline constexpr const char* kValidEdrpou = "32855961";

template <class IdType>
IdType new_id() {
  return IdType::generate();
}

inline Instant at_second(std::int64_t seconds) {
  return Instant{std::chrono::seconds{seconds}};
}

inline Institution sample_institution() {
  Institution institution;
  institution.id = new_id<InstitutionId>();
  institution.name = "Ліцей № 1";
  institution.diso_id = "12345";
  institution.edrpou = kValidEdrpou;
  institution.hromada_katottg = kKyivHromada;
  return institution;
}

inline ConnectionRequest sample_request() {
  ConnectionRequest request;
  request.id = new_id<ConnectionRequestId>();
  request.hromada_katottg = kKyivHromada;
  request.institution_name = "Ліцей № 1";
  request.diso_id = "12345";
  request.edrpou = kValidEdrpou;
  request.admin_surname = "Шевченко";
  request.admin_given_name = "Тарас";
  request.admin_email = "director@example.com";
  request.admin_phone = "0671234567";
  request.submitted_at = at_second(1'700'000'000);
  return request;
}

inline Person sample_person() {
  Person person;
  person.id = new_id<PersonId>();
  person.institution_id = new_id<InstitutionId>();
  person.surname = "Коваленко";
  person.given_name = "Олена";
  return person;
}

inline RoleGrant sample_grant() {
  return RoleGrant{new_id<RoleGrantId>(), new_id<InstitutionId>(), new_id<PersonId>(),
                   Role::teacher, std::nullopt};
}

inline ParentLink sample_link() {
  return ParentLink{new_id<ParentLinkId>(), new_id<InstitutionId>(), new_id<PersonId>(),
                    new_id<PersonId>(), ParentRelation::mother};
}

inline AcademicYear sample_year() {
  return AcademicYear{new_id<AcademicYearId>(), new_id<InstitutionId>(),
                      calendar::ukrainian_typical_year(2024), 0};
}

inline SchoolClass sample_class() {
  return SchoolClass{new_id<ClassId>(), new_id<InstitutionId>(), new_id<AcademicYearId>(), "5-А",
                     0};
}

inline Subject sample_subject() {
  return Subject{new_id<SubjectId>(), new_id<InstitutionId>(), "Українська мова", "Укр. мова"};
}

inline Subgroup sample_subgroup() {
  return Subgroup{new_id<SubgroupId>(), new_id<InstitutionId>(), new_id<ClassId>(), "1 група"};
}

inline Course sample_course() {
  Course course;
  course.id = new_id<CourseId>();
  course.institution_id = new_id<InstitutionId>();
  course.academic_year_id = new_id<AcademicYearId>();
  course.subject_id = new_id<SubjectId>();
  course.class_id = new_id<ClassId>();
  course.teacher_id = new_id<PersonId>();
  return course;
}

inline Enrolment sample_enrolment() {
  Enrolment enrolment;
  enrolment.id = new_id<EnrolmentId>();
  enrolment.institution_id = new_id<InstitutionId>();
  enrolment.class_id = new_id<ClassId>();
  enrolment.student_id = new_id<PersonId>();
  enrolment.arrived = Date(2024, 9, 2);
  return enrolment;
}

inline Lesson sample_lesson() {
  Lesson lesson;
  lesson.id = new_id<LessonId>();
  lesson.institution_id = new_id<InstitutionId>();
  lesson.course_id = new_id<CourseId>();
  lesson.date = Date(2024, 9, 2);
  lesson.topic = "Звуки і букви";
  return lesson;
}

inline GradeEntry sample_grade() {
  GradeEntry grade;
  grade.id = new_id<GradeId>();
  grade.institution_id = new_id<InstitutionId>();
  grade.course_id = new_id<CourseId>();
  grade.student_id = new_id<PersonId>();
  grade.lesson_id = new_id<LessonId>();
  grade.date = Date(2024, 9, 2);
  grade.value = grading::Rational(10);
  grade.recorded_by = new_id<PersonId>();
  return grade;
}

inline AttendanceMark sample_attendance() {
  AttendanceMark mark;
  mark.id = new_id<AttendanceId>();
  mark.institution_id = new_id<InstitutionId>();
  mark.student_id = new_id<PersonId>();
  mark.date = Date(2024, 9, 2);
  mark.code = "н";
  mark.recorded_by = new_id<PersonId>();
  return mark;
}

inline Comment sample_comment() {
  Comment comment;
  comment.id = new_id<CommentId>();
  comment.institution_id = new_id<InstitutionId>();
  comment.student_id = new_id<PersonId>();
  comment.author_id = new_id<PersonId>();
  comment.text = "Молодець!";
  return comment;
}

inline Invitation sample_invitation() {
  Invitation invitation;
  invitation.id = new_id<InvitationId>();
  invitation.institution_id = new_id<InstitutionId>();
  invitation.person_id = new_id<PersonId>();
  invitation.email = "teacher@example.com";
  invitation.token_hash = std::string(64, 'a');
  invitation.created_at = at_second(1'700'000'000);
  invitation.expires_at = at_second(1'700'086'400);
  return invitation;
}

inline AuditEntry sample_audit() {
  AuditEntry entry;
  entry.id = new_id<AuditId>();
  entry.institution_id = new_id<InstitutionId>();
  entry.entity_type = "grade";
  entry.entity_id = new_id<GradeId>().str();
  entry.action = "create";
  entry.after = R"({"value": "10"})";
  return entry;
}

inline Notification sample_notification() {
  Notification notification;
  notification.id = new_id<NotificationId>();
  notification.institution_id = new_id<InstitutionId>();
  notification.channel = "email";
  notification.recipient = "parent@example.com";
  notification.subject = "Нова оцінка";
  notification.body = "Ваша дитина отримала 10.";
  notification.idempotency_key = "grade-created-1";
  return notification;
}

inline Account sample_account() {
  Account account;
  account.id = new_id<AccountId>();
  account.institution_id = new_id<InstitutionId>();
  account.person_id = new_id<PersonId>();
  account.login = "teacher@example.com";
  account.password_hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
  account.created_at = at_second(1'700'000'000);
  return account;
}

inline SignInSession sample_session() {
  SignInSession session;
  session.id = new_id<SessionId>();
  session.institution_id = new_id<InstitutionId>();
  session.account_id = new_id<AccountId>();
  session.token_hash = std::string(64, 'b');
  session.created_at = at_second(1'700'000'000);
  session.last_seen_at = session.created_at;
  session.expires_at = at_second(1'700'043'200);
  return session;
}

}  // namespace ejournal::model::testing
