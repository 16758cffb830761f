// Grades and attendance: exact values, special marks, queries with each filter, orders, keys.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Grades = StoreTest;
using Attendance = StoreTest;

template <class Record>
std::vector<Record> stored(std::vector<Record> records) {
  for (auto& record : records) record.version = 1;
  return records;
}

// Date, then student, then id: the order of grade and attendance lists.
template <class Record>
std::vector<Record> in_list_order(std::vector<Record> records,
                                  const std::function<bool(const Record&)>& keep) {
  std::erase_if(records, [&](const Record& record) { return !keep(record); });
  std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.student_id != b.student_id) return a.student_id < b.student_id;
    return a.id < b.id;
  });
  return records;
}

TEST_P(Grades, RoundTripValuesMarksAndOptionalFields) {
  const auto school = make_school(0, 2, 2);
  store_school(store(), school);
  auto half = make_grade(school, 0, 0, grading::Rational::fraction(21, 2));
  half.comment = "Відповідь біля дошки";
  half.column_label = "Урок 1";
  auto mark = make_grade(school, 1, 0, 0);
  mark.value.reset();
  mark.mark = "н/а";
  mark.publication = model::Publication::draft;
  auto semester = make_grade(school, 0, 1, grading::Rational::parse("10.25"));
  semester.lesson_id.reset();
  semester.column = model::ColumnKind::semester;
  semester.column_label = "I семестр";
  semester.date = day(2024, 12, 27);
  auto negative = make_grade(school, 1, 1, grading::Rational::fraction(-7, 3));
  negative.column = model::ColumnKind::custom;
  negative.column_label = "Бонус «Ґ»";
  const std::vector grades = {half, mark, semester, negative};
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& grade : grades) unit.grades().insert(grade);
  });
  for (const auto& expected : stored(grades)) {
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.grades().find(school.institution.id, expected.id);
                      }),
                 expected);
  }
  expect_write_error(store(), Errc::exists, [&](UnitOfWork& unit) { unit.grades().insert(half); });
}

TEST_P(Grades, UpdateBumpsTheVersionAndRefusesStaleOrForeignOnes) {
  const auto school = make_school(0, 1, 1);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  auto grade = make_grade(school, 0, 0, 9);
  write(store(), [&](UnitOfWork& unit) { unit.grades().insert(grade); });
  grade.version = 1;
  auto corrected = grade;
  corrected.value = grading::Rational::fraction(23, 2);
  corrected.comment = "Виправлено";
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.grades().update(corrected), 2); });
  corrected.version = 2;
  auto stale = grade;
  stale.value = 1;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.grades().update(stale); });
  auto foreign = corrected;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.grades().update(foreign); });
  auto missing = make_grade(school, 0, 0, 5);
  missing.version = 1;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.grades().update(missing); });
  expect_found(
      read(store(),
           [&](UnitOfWork& unit) { return unit.grades().find(school.institution.id, grade.id); }),
      corrected);
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.grades().find(other.institution.id, grade.id);
               }).has_value());
}

TEST_P(Grades, ListWithEachFilterByDateStudentAndId) {
  const auto school = make_school(0, 3, 14);
  store_school(store(), school);
  auto second_course = school.course;
  second_course.id = model::CourseId::generate();
  std::vector<model::GradeEntry> grades;
  for (std::size_t lesson = 0; lesson < 14; lesson += 3) {
    for (std::size_t student = 0; student < 3; ++student) {
      auto grade = make_grade(school, student, lesson, static_cast<std::int64_t>(lesson % 12 + 1));
      grade.publication = student == 1 ? model::Publication::draft : model::Publication::published;
      grades.push_back(grade);
    }
  }
  auto thematic = make_grade(school, 2, 0, 8);
  thematic.column = model::ColumnKind::thematic;
  thematic.lesson_id.reset();
  grades.push_back(thematic);
  auto same_day_twice = make_grade(school, 2, 0, 11);  // a second grade in the same lesson
  grades.push_back(same_day_twice);
  auto elsewhere = make_grade(school, 0, 1, 6);
  elsewhere.course_id = second_course.id;
  elsewhere.lesson_id.reset();
  grades.push_back(elsewhere);
  write(store(), [&](UnitOfWork& unit) {
    unit.courses().insert(second_course);
    unit.grades().insert_many(grades, {});
  });
  const auto all = stored(grades);
  const auto list = [&](const GradeQuery& query) {
    return read(store(),
                [&](UnitOfWork& unit) { return unit.grades().list(school.institution.id, query); });
  };
  using Grade = model::GradeEntry;
  const auto course = school.course.id;
  const auto student = school.students[2].id;
  const auto tuesday = day(2024, 9, 3);
  expect_same_list(list(grade_query(course, {})), in_list_order<Grade>(all, [&](const Grade& g) {
                     return g.course_id == course;
                   }));
  expect_same_list(list(grade_query({}, student)), in_list_order<Grade>(all, [&](const Grade& g) {
                     return g.student_id == student;
                   }));
  expect_same_list(list(grade_query(course, student)),
                   in_list_order<Grade>(all, [&](const Grade& g) {
                     return g.course_id == course && g.student_id == student;
                   }));
  expect_same_list(list(grade_query(course, {}, days(tuesday, tuesday))),
                   in_list_order<Grade>(all, [&](const Grade& g) {
                     return g.course_id == course && g.date == tuesday;
                   }));
  expect_same_list(list(grade_query(course, {}, days(tuesday, {}))),
                   in_list_order<Grade>(all, [&](const Grade& g) {
                     return g.course_id == course && g.date >= tuesday;
                   }));
  expect_same_list(list(grade_query({}, student, days({}, tuesday))),
                   in_list_order<Grade>(all, [&](const Grade& g) {
                     return g.student_id == student && g.date <= tuesday;
                   }));
  expect_same_list(list(grade_query(course, {}, {}, model::ColumnKind::thematic)), {all[15]});
  expect_same_list(list(grade_query(course, {}, {}, {}, true)),
                   in_list_order<Grade>(all, [&](const Grade& g) {
                     return g.course_id == course && g.publication == model::Publication::published;
                   }));
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.grades().list(make_school(1, 0, 0).institution.id,
                                          grade_query(course, {}));
              }).empty());
  expect_error(Errc::invalid, [&] { (void)list(grade_query({}, {}, days(tuesday, {}))); });
}

TEST_P(Grades, InsertManyIsAllOrNothingAndReportsProgress) {
  const auto school = make_school(0, 10, 70);
  store_school(store(), school);
  std::vector<model::GradeEntry> grades;
  for (std::size_t lesson = 0; lesson < 70; ++lesson) {
    for (std::size_t student = 0; student < 10; ++student) {
      grades.push_back(make_grade(school, student, lesson, 7));
    }
  }
  auto repeated = grades;
  repeated.push_back(grades[350]);
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.grades().insert_many(repeated, {}); });
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.grades().list(school.institution.id, grade_query(school.course.id, {}));
              }).empty());
  std::vector<std::size_t> done_counts;
  write(store(), [&](UnitOfWork& unit) {
    unit.grades().insert_many(grades, [&](std::size_t done, std::size_t total) {
      EXPECT_EQ(total, 700u);
      done_counts.push_back(done);
    });
  });
  ASSERT_FALSE(done_counts.empty());
  EXPECT_TRUE(std::is_sorted(done_counts.begin(), done_counts.end()));
  EXPECT_EQ(done_counts.back(), 700u);
  // Every field of every row comes back, in list order (on PostgreSQL, sorted by bytes).
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.grades().list(school.institution.id,
                                                    grade_query(school.course.id, {}));
                        }),
                   in_list_order<model::GradeEntry>(stored(grades),
                                                    [](const model::GradeEntry&) { return true; }));
}

TEST_P(Attendance, RoundTripUpdateAndScope) {
  const auto school = make_school(0, 2, 2);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  auto lesson_mark = make_mark(school, 0, 0);
  lesson_mark.document_ref = "Довідка № 086/о-123";
  auto whole_day = make_mark(school, 1, 0);
  whole_day.lesson_id.reset();
  whole_day.code = "хв";
  whole_day.reason = model::AbsenceReason::valid_document;
  write(store(), [&](UnitOfWork& unit) {
    unit.attendance().insert(lesson_mark);
    unit.attendance().insert(whole_day);
  });
  for (const auto& expected : stored(std::vector{lesson_mark, whole_day})) {
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.attendance().find(school.institution.id, expected.id);
                      }),
                 expected);
  }
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.attendance().find(other.institution.id, lesson_mark.id);
               }).has_value());
  lesson_mark.version = 1;
  auto late = lesson_mark;
  late.code = "зп";
  late.reason = model::AbsenceReason::unknown;
  late.document_ref.clear();
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.attendance().update(late), 2); });
  late.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.attendance().update(lesson_mark); });
  auto foreign = late;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.attendance().update(foreign); });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.attendance().find(school.institution.id, late.id);
                    }),
               late);
}

TEST_P(Attendance, OneMarkPerStudentAndLessonOrDay) {
  const auto school = make_school(0, 2, 2);
  store_school(store(), school);
  const auto lesson_mark = make_mark(school, 0, 0);
  auto whole_day = make_mark(school, 0, 0);
  whole_day.lesson_id.reset();
  auto other_lesson = make_mark(school, 0, 1);
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& mark : {lesson_mark, whole_day, other_lesson}) unit.attendance().insert(mark);
  });
  auto same_lesson = make_mark(school, 0, 0);
  auto same_day = whole_day;
  same_day.id = model::AttendanceId::generate();
  same_day.code = "хв";
  for (const auto& taken : {lesson_mark, same_lesson, same_day}) {
    expect_write_error(store(), Errc::exists,
                       [&](UnitOfWork& unit) { unit.attendance().insert(taken); });
  }
  // Another student, or another day, is free.
  auto next_student = same_day;
  next_student.id = model::AttendanceId::generate();
  next_student.student_id = school.students[1].id;
  auto next_day = same_day;
  next_day.id = model::AttendanceId::generate();
  next_day.date = day(2024, 9, 3);
  write(store(), [&](UnitOfWork& unit) {
    unit.attendance().insert(next_student);
    unit.attendance().insert(next_day);
  });
  EXPECT_EQ(read(store(),
                 [&](UnitOfWork& unit) {
                   return unit.attendance().list(school.institution.id,
                                                 attendance_query(school.students[0].id, {}));
                 })
                .size(),
            4u);
}

TEST_P(Attendance, ListWithEachFilterByDateStudentAndId) {
  const auto school = make_school(0, 3, 14);
  store_school(store(), school);
  std::vector<model::AttendanceMark> marks;
  for (std::size_t lesson = 0; lesson < 14; lesson += 2) {
    for (std::size_t student = 0; student < 3; ++student) {
      marks.push_back(make_mark(school, student, lesson));
    }
  }
  auto whole_day = make_mark(school, 1, 8);
  whole_day.lesson_id.reset();
  marks.push_back(whole_day);
  write(store(), [&](UnitOfWork& unit) { unit.attendance().insert_many(marks, {}); });
  const auto all = stored(marks);
  const auto list = [&](const AttendanceQuery& query) {
    return read(store(), [&](UnitOfWork& unit) {
      return unit.attendance().list(school.institution.id, query);
    });
  };
  using Mark = model::AttendanceMark;
  const auto student = school.students[1].id;
  const auto lesson = school.lessons[4].id;
  const auto tuesday = day(2024, 9, 3);
  expect_same_list(
      list(attendance_query(student, {})),
      in_list_order<Mark>(all, [&](const Mark& m) { return m.student_id == student; }));
  expect_same_list(list(attendance_query({}, lesson)),
                   in_list_order<Mark>(all, [&](const Mark& m) { return m.lesson_id == lesson; }));
  expect_same_list(list(attendance_query(student, lesson)),
                   in_list_order<Mark>(all, [&](const Mark& m) {
                     return m.student_id == student && m.lesson_id == lesson;
                   }));
  expect_same_list(list(attendance_query(student, {}, days(tuesday, tuesday))),
                   in_list_order<Mark>(all, [&](const Mark& m) {
                     return m.student_id == student && m.date == tuesday;
                   }));
  expect_same_list(list(attendance_query(student, {}, days(tuesday, {}))),
                   in_list_order<Mark>(all, [&](const Mark& m) {
                     return m.student_id == student && m.date >= tuesday;
                   }));
  expect_same_list(list(attendance_query(student, {}, days({}, day(2024, 9, 2)))),
                   in_list_order<Mark>(all, [&](const Mark& m) {
                     return m.student_id == student && m.date <= day(2024, 9, 2);
                   }));
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.attendance().list(make_school(1, 0, 0).institution.id,
                                              attendance_query(student, {}));
              }).empty());
  expect_error(Errc::invalid, [&] { (void)list(attendance_query({}, {}, days(tuesday, {}))); });
}

TEST_P(Attendance, InsertManyIsAllOrNothingAndReportsProgress) {
  const auto school = make_school(0, 10, 70);
  store_school(store(), school);
  std::vector<model::AttendanceMark> marks;
  for (std::size_t lesson = 0; lesson < 70; ++lesson) {
    for (std::size_t student = 0; student < 10; ++student) {
      marks.push_back(make_mark(school, student, lesson));
    }
  }
  auto clashing = marks;
  clashing.push_back(make_mark(school, 3, 30));
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.attendance().insert_many(clashing, {}); });
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.attendance().list(school.institution.id,
                                              attendance_query(school.students[3].id, {}));
              }).empty());
  std::vector<std::size_t> done_counts;
  write(store(), [&](UnitOfWork& unit) {
    unit.attendance().insert_many(marks, [&](std::size_t done, std::size_t total) {
      EXPECT_EQ(total, 700u);
      done_counts.push_back(done);
    });
  });
  ASSERT_FALSE(done_counts.empty());
  EXPECT_TRUE(std::is_sorted(done_counts.begin(), done_counts.end()));
  EXPECT_EQ(done_counts.back(), 700u);
  EXPECT_EQ(read(store(),
                 [&](UnitOfWork& unit) {
                   return unit.attendance().list(school.institution.id,
                                                 attendance_query(school.students[3].id, {}));
                 })
                .size(),
            70u);
}

INSTANTIATE_TEST_SUITE_P(Backends, Grades, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Attendance, ::testing::ValuesIn(all_backends()), backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
