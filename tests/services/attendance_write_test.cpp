// Marking attendance at a lesson and on the daily page.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "attendance_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using storage::testing::day;
using Write = AttendanceTest;

TEST_P(Write, TheTeacherMarksALessonAndChangesAMark) {
  const auto lesson = add_lesson(day(2024, 9, 2), 1);
  const std::vector<AttendanceEntry> entries{{student(0), " н "}, {student(1), "зп"}};
  const auto written =
      write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, entries);
  ASSERT_EQ(written.size(), 2u);
  EXPECT_EQ(written[0].code, "н");
  EXPECT_EQ(written[1].code, "зп");
  const auto stored = mark_of(0, lesson.date, lesson.id);
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->id, written[0].id);
  EXPECT_EQ(stored->recorded_by, school_.teacher.id);
  EXPECT_EQ(stored->reason, model::AbsenceReason::unknown);

  const std::vector<AttendanceEntry> changed{{student(0), "хв"}, {student(1), "зп"}};
  const auto again =
      write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, changed);
  EXPECT_EQ(again[0].id, written[0].id);
  EXPECT_EQ(mark_of(0, lesson.date, lesson.id)->code, "хв");
  EXPECT_EQ(actions_of(again[0]), (std::vector<std::string>{"mark", "change"}));
  EXPECT_EQ(actions_of(again[1]), (std::vector<std::string>{"mark"}));
}

TEST_P(Write, ParentsAreToldOfANewAbsenceOnce) {
  const auto lesson = add_lesson(day(2024, 9, 2), 1);
  const std::vector<AttendanceEntry> late{{student(0), "зп"}};
  (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, late);
  EXPECT_TRUE(mail_to(mother_email_).empty());

  const std::vector<AttendanceEntry> absent{{student(0), "н"}};
  const auto marks =
      write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, absent);
  auto mail = mail_to(mother_email_);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].idempotency_key.rfind("absence:" + marks[0].id.str() + ":2:", 0), 0u);
  EXPECT_NE(mail[0].body.find("\nПредмет: " + school_.subject.name + "\n"), std::string::npos);
  EXPECT_NE(mail[0].body.find("\nВідмітка: н ("), std::string::npos);

  // Another absence code for the same absence tells nothing new.
  const std::vector<AttendanceEntry> ill{{student(0), "хв"}};
  (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, ill);
  EXPECT_EQ(mail_to(mother_email_).size(), 1u);

  // The daily page names no subject.
  const std::vector<AttendanceEntry> day_absent{{student(0), "н"}};
  (void)write_daily_attendance(*store_, clock_, class_teacher_, institution(),
                               school_.school_class.id, day(2024, 9, 3), day_absent);
  mail = mail_to(mother_email_);
  ASSERT_EQ(mail.size(), 2u);
  EXPECT_EQ(std::count_if(mail.begin(), mail.end(),
                          [](const model::Notification& message) {
                            return message.body.find("Предмет") == std::string::npos;
                          }),
            1);
}

TEST_P(Write, LessonRefusalsChangeNothing) {
  const auto lesson = add_lesson(day(2024, 9, 2), 1);
  const std::vector<AttendanceEntry> first{{student(0), "н"}};
  (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, first);
  const auto before = snapshot();
  const auto attempt = [&](const access::Principal& who, model::LessonId id,
                           std::vector<AttendanceEntry> entries) {
    return code_of(
        [&] { (void)write_lesson_attendance(*store_, clock_, who, institution(), id, entries); });
  };
  EXPECT_EQ(attempt(teacher_, lesson.id, {{student(1), "н"}, {student(0), "ХХ"}}), Errc::invalid);
  EXPECT_EQ(attempt(teacher_, lesson.id, {{student(1), "н"}, {student(1), "зп"}}), Errc::invalid);
  EXPECT_EQ(attempt(teacher_, lesson.id, {}), Errc::invalid);
  EXPECT_EQ(attempt(teacher_, lesson.id, {{student(1), std::string("\xff", 1)}}), Errc::invalid);
  EXPECT_EQ(attempt(teacher_, lesson.id, {{school_.teacher.id, "н"}}), Errc::not_found);
  EXPECT_EQ(attempt(teacher_, lesson.id, {{other_.students[0].id, "н"}}), Errc::not_found);
  EXPECT_EQ(attempt(teacher_, other_.lessons[0].id, {{student(0), "н"}}), Errc::not_found);
  EXPECT_EQ(attempt(class_teacher_, lesson.id, {{student(0), "п"}}), Errc::permission);
  EXPECT_EQ(attempt(admin_, lesson.id, {{student(0), "п"}}), Errc::permission);
  EXPECT_EQ(attempt(parent_, lesson.id, {{student(0), "п"}}), Errc::permission);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Write, AnUnknownCodeIsQuotedWithTheDictionary) {
  const auto lesson = add_lesson(day(2024, 9, 2), 1);
  const std::vector<AttendanceEntry> entries{{student(0), "відс"}};
  const auto message = message_of([&] {
    (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, entries);
  });
  EXPECT_NE(message.find("'відс'"), std::string::npos) << message;
  EXPECT_NE(message.find("хв"), std::string::npos) << message;
}

TEST_P(Write, AStudentWhoLeftIsNotMarked) {
  {
    const auto unit = store_->begin();
    auto enrolment = unit->enrolments().list(
        institution(), storage::testing::enrolment_query({}, student(2), {}))[0];
    enrolment.departed = day(2024, 9, 6);
    unit->enrolments().update(enrolment);
    unit->commit();
  }
  const auto before_leaving = add_lesson(day(2024, 9, 6), 1);
  const auto after_leaving = add_lesson(day(2024, 9, 9), 1);
  const std::vector<AttendanceEntry> entries{{student(2), "н"}};
  EXPECT_EQ(
      write_lesson_attendance(*store_, clock_, teacher_, institution(), before_leaving.id, entries)
          .size(),
      1u);
  EXPECT_EQ(code_of([&] {
              (void)write_lesson_attendance(*store_, clock_, teacher_, institution(),
                                            after_leaving.id, entries);
            }),
            Errc::not_found);
}

TEST_P(Write, TheClassTeacherKeepsTheDailyPage) {
  const std::vector<AttendanceEntry> entries{{student(0), "хв"}, {student(2), "п"}};
  const auto written = write_daily_attendance(*store_, clock_, class_teacher_, institution(),
                                              school_.school_class.id, day(2024, 9, 3), entries);
  ASSERT_EQ(written.size(), 2u);
  EXPECT_FALSE(written[0].lesson_id);
  const auto stored = mark_of(0, day(2024, 9, 3));
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->code, "хв");
  EXPECT_EQ(actions_of(*stored), (std::vector<std::string>{"mark"}));
}

TEST_P(Write, DailyRefusalsChangeNothing) {
  const auto before = snapshot();
  const auto attempt = [&](const access::Principal& who, model::ClassId school_class,
                           model::Date date) {
    const std::vector<AttendanceEntry> entries{{student(0), "н"}};
    return code_of([&] {
      (void)write_daily_attendance(*store_, clock_, who, institution(), school_class, date,
                                   entries);
    });
  };
  const auto own = school_.school_class.id;
  EXPECT_EQ(attempt(class_teacher_, own, day(2024, 9, 7)), Errc::invalid);    // a Saturday
  EXPECT_EQ(attempt(class_teacher_, own, day(2024, 10, 30)), Errc::invalid);  // autumn holidays
  EXPECT_EQ(attempt(class_teacher_, own, day(2024, 8, 30)), Errc::invalid);   // before the year
  EXPECT_EQ(attempt(class_teacher_, own, model::Date()), Errc::invalid);
  EXPECT_EQ(attempt(class_teacher_, other_.school_class.id, day(2024, 9, 3)), Errc::not_found);
  EXPECT_EQ(attempt(teacher_, own, day(2024, 9, 3)), Errc::permission);
  EXPECT_EQ(attempt(admin_, own, day(2024, 9, 3)), Errc::permission);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Write, AnInstitutionsOwnDictionaryDecides) {
  AttendanceOptions options;
  options.codes = {{"В", "відсутній", AttendanceKind::absent, false},
                   {"Х", "хворий", AttendanceKind::absent, true}};
  const std::vector<AttendanceEntry> entries{{student(0), "В"}};
  EXPECT_EQ(write_daily_attendance(*store_, clock_, class_teacher_, institution(),
                                   school_.school_class.id, day(2024, 9, 3), entries, options)[0]
                .code,
            "В");
  const std::vector<AttendanceEntry> builtin{{student(1), "н"}};
  EXPECT_EQ(code_of([&] {
              (void)write_daily_attendance(*store_, clock_, class_teacher_, institution(),
                                           school_.school_class.id, day(2024, 9, 3), builtin,
                                           options);
            }),
            Errc::invalid);
}

TEST_P(Write, AKindergartenGroupsDailySheetRunsThroughTheSummer) {
  // A kindergarten's year has no terms: every working weekday but its holidays is a day of the
  // sheet, the summer included (ua-school.md §3). Its groups are stored as classes.
  model::AcademicYear year;
  year.id = model::AcademicYearId::generate();
  year.institution_id = institution();
  year.calendar.name = "2024/2025 садок";
  year.calendar.first = day(2024, 9, 2);
  year.calendar.last = day(2025, 8, 29);
  year.calendar.holidays = {{"Новий рік", day(2025, 1, 1), day(2025, 1, 1)}};
  model::SchoolClass group;
  group.id = model::ClassId::generate();
  group.institution_id = institution();
  group.academic_year_id = year.id;
  group.name = "1-Б";
  const auto child = storage::testing::make_person(institution(), "Бойко", "Софія", "Іванівна");
  const auto educator =
      storage::testing::make_person(institution(), "Лисенко", "Оксана", "Петрівна");
  model::Enrolment enrolment;
  enrolment.id = model::EnrolmentId::generate();
  enrolment.institution_id = institution();
  enrolment.class_id = group.id;
  enrolment.student_id = child.id;
  enrolment.arrived = year.calendar.first;
  {
    const auto unit = store_->begin();
    unit->academic_years().insert(year);
    unit->classes().insert(group);
    unit->people().insert(child);
    unit->people().insert(educator);
    unit->enrolments().insert(enrolment);
    unit->commit();
  }
  const auto sheet_keeper =
      access::Principal::person(educator.id, institution(),
                                {{model::RoleGrantId::generate(), institution(), educator.id,
                                  model::Role::class_teacher, group.id}});
  const std::vector<AttendanceEntry> leave{{child.id, "від"}};
  EXPECT_EQ(write_daily_attendance(*store_, clock_, sheet_keeper, institution(), group.id,
                                   day(2025, 7, 15), leave)
                .size(),
            1u);
  EXPECT_EQ(code_of([&] {
              (void)write_daily_attendance(*store_, clock_, sheet_keeper, institution(), group.id,
                                           day(2025, 1, 1), leave);
            }),
            Errc::invalid);
  const auto july = class_attendance(*store_, sheet_keeper, institution(), group.id,
                                     {day(2025, 7, 14), day(2025, 7, 20)});
  EXPECT_EQ(july.total.school_days, 5);
  EXPECT_EQ(july.total.days_missed_explained, 1);
  EXPECT_EQ(days_attended_percent(july.total), grading::Rational(80));
}

EJ_INSTANTIATE_STORE_TEST(Write);

}  // namespace
}  // namespace ejournal::services::testing
