// The journal's rules for changing grades: corrections with reasons, the thematic and corrected
// columns, the editing window, stale versions and departed students.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/services/journal.hpp"
#include "journal_fixture.hpp"

namespace ejournal::services::journal_testing {
namespace {

using GradeRulesTest = JournalTest;

GradeEdit edit_of(const model::GradeEntry& grade, std::string value, std::string reason = {}) {
  GradeEdit edit;
  edit.grade_id = grade.id;
  edit.version = grade.version;
  edit.value = std::move(value);
  edit.comment = grade.comment;
  edit.reason = std::move(reason);
  return edit;
}

TEST_P(GradeRulesTest, CorrectingAPublishedGradeNeedsAReasonAndIsAudited) {
  const auto lesson = lesson_on(september(9));
  const auto written = grade(current_grade(lesson, 0, "7")).grade;
  const auto before = snapshot();
  for (const auto& reason :
       std::vector<std::string>{"", "   ", "\xC3\x28", std::string(1001, 'a')}) {
    EXPECT_EQ(code_of([&] {
                edit_grade(*store_, clock_, teacher_, school_id(), edit_of(written, "9", reason));
              }),
              Errc::invalid);
  }
  EXPECT_EQ(snapshot(), before);
  const auto corrected = edit_grade(*store_, clock_, teacher_, school_id(),
                                    edit_of(written, "9", "Перевірила роботу повторно"));
  EXPECT_FALSE(corrected.newly_published);
  EXPECT_EQ(corrected.grade.version, 2);
  EXPECT_EQ(stored(written.id).value, grading::Rational(9));
  const auto audit = audit_of("grade", written.id.str());
  ASSERT_EQ(audit.size(), 2U);
  EXPECT_EQ(audit[1].action, "correct");
  EXPECT_NE(audit[1].before.find("\"value\":\"7\""), std::string::npos);
  EXPECT_NE(audit[1].after.find("\"value\":\"9\""), std::string::npos);
  EXPECT_EQ(audit[1].reason, "Перевірила роботу повторно");
}

TEST_P(GradeRulesTest, ADraftChangesFreely) {
  const auto lesson = lesson_on(september(9));
  auto form = current_grade(lesson, 0, "7");
  form.publication = model::Publication::draft;
  const auto draft = grade(form).grade;
  auto edit = edit_of(draft, "н");
  edit.comment = "Був на олімпіаді";
  const auto changed = edit_grade(*store_, clock_, teacher_, school_id(), edit).grade;
  EXPECT_EQ(changed.mark, "н");
  EXPECT_FALSE(changed.value);
  EXPECT_EQ(stored(draft.id).comment, "Був на олімпіаді");
  EXPECT_EQ(stored(draft.id).publication, model::Publication::draft);
  EXPECT_EQ(audit_of("grade", draft.id.str()).back().action, "update");
}

TEST_P(GradeRulesTest, APublishedThematicGradeIsNeverCorrected) {
  const auto thematic = grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 0, "6")).grade;
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, teacher_, school_id(),
                         edit_of(thematic, "8", "Перескладання"));
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, admin_, school_id(),
                         edit_of(thematic, "8", "Розпорядження директора"));
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
  auto draft_form = undated_grade(model::ColumnKind::thematic, "Тема 2", 0, "6");
  draft_form.publication = model::Publication::draft;
  const auto draft = grade(draft_form).grade;
  EXPECT_EQ(edit_grade(*store_, clock_, teacher_, school_id(), edit_of(draft, "8")).grade.value,
            grading::Rational(8));
}

TEST_P(GradeRulesTest, TheCorrectedColumnOnlyRaisesTheSemesterGrade) {
  auto corrected = undated_grade(model::ColumnKind::corrected, "I семестр", 0, "9");
  auto before = snapshot();
  EXPECT_EQ(code_of([&] { grade(corrected); }), Errc::invalid);  // no semester grade yet
  EXPECT_EQ(snapshot(), before);
  grade(undated_grade(model::ColumnKind::semester, "I семестр", 0, "8"));
  grade(undated_grade(model::ColumnKind::semester, "I семестр", 1, "н/а"));
  before = snapshot();
  for (const std::string_view value : {"8", "7"}) {
    corrected.value = std::string(value);
    EXPECT_EQ(code_of([&] { grade(corrected); }), Errc::invalid) << value;
  }
  auto other_label = undated_grade(model::ColumnKind::corrected, "II семестр", 0, "10");
  EXPECT_EQ(code_of([&] { grade(other_label); }), Errc::invalid);
  auto over_a_mark = undated_grade(model::ColumnKind::corrected, "I семестр", 1, "10");
  EXPECT_EQ(code_of([&] { grade(over_a_mark); }), Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  corrected.value = "9";
  const auto raised = grade(corrected).grade;
  EXPECT_EQ(stored(raised.id).value, grading::Rational(9));
  before = snapshot();
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, teacher_, school_id(),
                         edit_of(raised, "8", "Помилка комісії"));
            }),
            Errc::invalid);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(GradeRulesTest, PastTheWindowOnlyTheAdministratorCorrects) {
  const auto lesson = lesson_on(september(9));
  const auto written = grade(current_grade(lesson, 0, "5")).grade;
  clock_.set_today(september(17));  // eight days later
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, teacher_, school_id(), edit_of(written, "6", "Описка"));
            }),
            Errc::permission);
  EXPECT_NE(message_of([&] {
              edit_grade(*store_, clock_, teacher_, school_id(), edit_of(written, "6", "Описка"));
            }).find("editing window of 7 days"),
            std::string::npos);
  EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 1, "6")); }), Errc::permission);
  EXPECT_EQ(
      code_of([&] { edit_grade(*store_, clock_, admin_, school_id(), edit_of(written, "6")); }),
      Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  const auto corrected = edit_grade(*store_, clock_, admin_, school_id(),
                                    edit_of(written, "6", "Наказ №12 про виправлення"));
  EXPECT_EQ(corrected.grade.recorded_by, admin_person_.id);
  const auto audit = audit_of("grade", written.id.str());
  EXPECT_EQ(audit.back().action, "correct");
  EXPECT_EQ(audit.back().actor_id, admin_person_.id);
  EXPECT_EQ(audit.back().reason, "Наказ №12 про виправлення");
  // A late entry, too, is the administrator's, with a reason.
  auto late = current_grade(lesson, 1, "6");
  late.reason = "Учень писав роботу пізніше";
  EXPECT_EQ(record_grade(*store_, clock_, admin_, school_id(), late).grade.recorded_by,
            admin_person_.id);
}

TEST_P(GradeRulesTest, AStaleEditIsAConflictNeverOverwritten) {
  const auto lesson = lesson_on(september(9));
  const auto written = grade(current_grade(lesson, 0, "7")).grade;
  edit_grade(*store_, clock_, teacher_, school_id(), edit_of(written, "8", "Перша правка"));
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, teacher_, school_id(),
                         edit_of(written, "10", "Застаріла правка"));
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(stored(written.id).value, grading::Rational(8));
}

TEST_P(GradeRulesTest, EditRefusesBadValuesAndOthersGrades) {
  const auto lesson = lesson_on(september(9));
  const auto written = grade(current_grade(lesson, 0, "7")).grade;
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, teacher_, school_id(), edit_of(written, "13", "x"));
            }),
            Errc::invalid);
  auto long_comment = edit_of(written, "8", "x");
  long_comment.comment = std::string(model::kMaxTextBytes + 1, 'a');
  EXPECT_EQ(code_of([&] { edit_grade(*store_, clock_, teacher_, school_id(), long_comment); }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, other_teacher_, school_id(), edit_of(written, "8", "x"));
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              edit_grade(*store_, clock_, foreign_teacher_, other_.institution.id,
                         edit_of(written, "8", "x"));
            }),
            Errc::not_found);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(GradeRulesTest, ADepartedStudentsMarksStay) {
  const auto lesson = lesson_on(september(5));
  const auto written = grade(current_grade(lesson, 2, "10")).grade;
  {
    // The student leaves the school altogether a day earlier than first recorded.
    const auto unit = store_->begin();
    storage::EnrolmentQuery query;
    query.student = school_.students[2].id;
    auto enrolment = unit->enrolments().list(school_id(), query).at(0);
    enrolment.departed = september(5);
    enrolment.departure_note = "Наказ №7 про вибуття";
    unit->enrolments().update(enrolment);
    unit->commit();
  }
  const auto grades = grades_of(school_.students[2].id);
  ASSERT_EQ(grades.size(), 1U);
  EXPECT_EQ(grades[0].id, written.id);
  EXPECT_EQ(grades[0].value, grading::Rational(10));
  const auto later = lesson_on(september(6));
  EXPECT_EQ(code_of([&] { grade(current_grade(later, 2, "9")); }), Errc::invalid);
}

EJ_INSTANTIATE_STORE_TEST(GradeRulesTest);

}  // namespace
}  // namespace ejournal::services::journal_testing
