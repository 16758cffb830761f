// Importing a class list from CSV: a good file creates and enrols every student in one unit; a
// file with any problem is refused whole, every problem named by line and column.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "ejournal/services/onboarding.hpp"
#include "ejournal/services/school_setup.hpp"
#include "setup_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using Import = SetupTest;
using storage::testing::day;

/// The problems of the ValidationError `action` throws, as "field: problem" lines.
std::vector<std::string> problems_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const ValidationError& error) {
    EXPECT_EQ(error.subject(), "the class list");
    std::vector<std::string> lines;
    for (const auto& problem : error.problems())
      lines.push_back(problem.field + ": " + problem.problem);
    return lines;
  }
  ADD_FAILURE() << "no ValidationError";
  return {};
}

bool has_prefix(const std::vector<std::string>& lines, const std::string& prefix) {
  return std::ranges::any_of(lines, [&](const auto& line) { return line.starts_with(prefix); });
}

TEST_P(Import, AGoodFileCreatesAndEnrolsEveryStudent) {
  const std::string csv =
      "\xEF\xBB\xBFПрізвище;Ім'я;По батькові;Дата народження;E-mail;Стать\r\n"
      "Мар’яненко;Олена;Петрівна;01.03.2014;olena@school.example.ua;\r\n"
      "\"Коваль-Шевчук\";\"Андрій\";;2013-11-30;;ч\r\n"
      "\r\n"
      "\"Бойко\";\"Ірина \"\"Іра\"\"\";;;;ж\r\n";
  const auto made = import_class_list(*store_, clock_, admin_, school(), school_.school_class.id,
                                      day(2024, 9, 2), csv);
  ASSERT_EQ(made.students.size(), 3u);
  ASSERT_EQ(made.enrolments.size(), 3u);
  const auto unit = store_->begin(storage::Access::read);
  const auto first = unit->people().find(school(), made.students[0]);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->surname, "Марʼяненко");
  EXPECT_EQ(first->patronymic, "Петрівна");
  EXPECT_EQ(first->gender, text::Gender::feminine);
  EXPECT_EQ(first->email, "olena@school.example.ua");
  const auto second = unit->people().find(school(), made.students[1]);
  EXPECT_EQ(second->surname, "Коваль-Шевчук");
  EXPECT_EQ(second->patronymic, std::nullopt);
  EXPECT_EQ(second->gender, text::Gender::masculine);
  EXPECT_EQ(unit->people().find(school(), made.students[2])->given_name, "Ірина \"Іра\"");
  for (std::size_t k = 0; k < 3; ++k) {
    const auto grants = unit->role_grants().list_for_person(school(), made.students[k]);
    ASSERT_EQ(grants.size(), 1u);
    EXPECT_EQ(grants[0].role, model::Role::student);
    const auto enrolment = unit->enrolments().find(school(), made.enrolments[k]);
    EXPECT_EQ(enrolment->student_id, made.students[k]);
    EXPECT_EQ(enrolment->class_id, school_.school_class.id);
    EXPECT_EQ(enrolment->arrived, day(2024, 9, 2));
    EXPECT_EQ(unit->audit().list_for_entity(school(), "person", made.students[k].str()).size(), 1u);
    EXPECT_EQ(unit->audit().list_for_entity(school(), "enrolment", made.enrolments[k].str()).size(),
              1u);
  }
}

TEST_P(Import, CommasAndEnglishHeadersInAnyOrderAreRead) {
  const std::string csv =
      "given_name, SURNAME ,gender\n"
      "Тарас,Шевченко,m\n"
      "\"Леся, молодша\",Українка,f\n";
  const auto made = import_class_list(*store_, clock_, admin_, school(), school_.school_class.id,
                                      day(2024, 9, 2), csv);
  ASSERT_EQ(made.students.size(), 2u);
  const auto unit = store_->begin(storage::Access::read);
  EXPECT_EQ(unit->people().find(school(), made.students[1])->given_name, "Леся, молодша");
  EXPECT_EQ(unit->people().find(school(), made.students[1])->surname, "Українка");
}

TEST_P(Import, EveryBadRowIsReportedAndNothingIsImported) {
  const auto before = structure();
  const std::string csv =
      "surname;given_name;patronymic;birth_date;email;gender\n"
      "Петренко;;;01.09.2013;;\n"
      "Petrenko;Іван;;31.02.2013;not-an-email;x\n"
      "Сидоренко;Олег\n"
      "Добрий;Учень;;;;\n"
      "Гнатюк;Марія;;01.01.2030;;\n";
  const auto lines = problems_of([&] {
    (void)import_class_list(*store_, clock_, admin_, school(), school_.school_class.id,
                            day(2024, 9, 2), csv);
  });
  EXPECT_TRUE(has_prefix(lines, "line 2: given_name: is required"));
  EXPECT_TRUE(has_prefix(lines, "line 3: birth_date: '31.02.2013' is not a day"));
  EXPECT_TRUE(has_prefix(lines, "line 3: email: "));
  EXPECT_TRUE(has_prefix(lines, "line 3: gender: "));
  EXPECT_TRUE(has_prefix(lines, "line 4: has 2 fields; the header has 6"));
  EXPECT_TRUE(has_prefix(lines, "line 6: birth_date: "));
  EXPECT_FALSE(has_prefix(lines, "line 5"));
  EXPECT_EQ(structure(), before);
}

TEST_P(Import, DuplicatesInTheFileOrInTheClassAreRefused) {
  (void)enrol_student(*store_, clock_, admin_, school(), school_.school_class.id,
                      school_.students[0].id, day(2024, 9, 2));
  const auto before = structure();
  const std::string csv =
      "surname;given_name;patronymic;birth_date\n"
      "Бойко;Ірина;;01.03.2014\n"
      "БОЙКО;  ірина ;;2014-03-01\n"
      "Бойко;Ірина;;02.03.2014\n"
      "учень0;тарас;григорович;\n";
  const auto lines = problems_of([&] {
    (void)import_class_list(*store_, clock_, admin_, school(), school_.school_class.id,
                            day(2024, 9, 2), csv);
  });
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "line 3: surname: names the same student as line 2");
  EXPECT_EQ(lines[1], "line 5: surname: names the student " + school_.students[0].id.str() +
                          " already in the class");
  EXPECT_EQ(structure(), before);
}

TEST_P(Import, BadFilesAreRefusedWhole) {
  const auto before = structure();
  const auto refused = [&](const std::string& csv) {
    return problems_of([&] {
      (void)import_class_list(*store_, clock_, admin_, school(), school_.school_class.id,
                              day(2024, 9, 2), csv);
    });
  };
  EXPECT_TRUE(has_prefix(refused(std::string(kMaxClassListBytes + 1, 'a')), "file: is too large"));
  EXPECT_TRUE(has_prefix(refused("surname;given_name\nБойко;\xC3\x28\n"),
                         "file: is not valid UTF-8 at byte 30"));
  EXPECT_TRUE(has_prefix(refused("surname;name\nБойко;Іра\n"),
                         "file: the header names an unknown column 'name'"));
  EXPECT_TRUE(has_prefix(refused("surname;surname;given_name\n"),
                         "file: the header names the column surname twice"));
  EXPECT_TRUE(has_prefix(refused("surname\nБойко\n"), "file: the header has no given_name"));
  EXPECT_TRUE(has_prefix(refused("surname;given_name\n"), "file: lists no students"));
  EXPECT_TRUE(has_prefix(refused(""), "file: has no header"));
  EXPECT_TRUE(has_prefix(refused("surname;given_name\n\"Бойко;Іра\n"),
                         "line 2: has a quote that is never closed"));
  EXPECT_TRUE(has_prefix(refused("surname;given_name\n\"Бойко\"x;Іра\n"),
                         "line 2: has text after a closing quote"));
  std::string many = "surname;given_name\n";
  for (std::size_t k = 0; k <= kMaxClassListRows; ++k) many += "Бойко;Іра\n";
  EXPECT_TRUE(has_prefix(refused(many), "file: lists 201 students, at most 200"));
  EXPECT_TRUE(has_prefix(refused("surname;given_name\n" + std::string(2000, 'x') + ";Іра\n"),
                         "line 2: surname: is too long"));
  EXPECT_EQ(structure(), before);
}

TEST_P(Import, ImportNeedsTheAdministratorAndAClassOfTheSchool) {
  const auto before = structure();
  const std::string csv = "surname;given_name\nБойко;Ірина\n";
  EXPECT_EQ(code_of([&] {
              (void)import_class_list(*store_, clock_, teacher(), school(), school_.school_class.id,
                                      day(2024, 9, 2), csv);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)import_class_list(*store_, clock_, admin_, school(), other_.school_class.id,
                                      day(2024, 9, 2), csv);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              (void)import_class_list(*store_, clock_, admin_, school(), school_.school_class.id,
                                      model::Date(boost::gregorian::not_a_date_time), csv);
            }),
            Errc::invalid);
  EXPECT_EQ(structure(), before);
}

TEST_P(Import, ProblemsNameTheLineARowStartsOnAndQuoteLittle) {
  const auto before = structure();
  const std::string csv =
      "surname;given_name\n"
      "Бойко;\"Ірина\n(друга лінія)\"\n"
      "Гнатюк;\n";
  const auto lines = problems_of([&] {
    (void)import_class_list(*store_, clock_, admin_, school(), school_.school_class.id,
                            day(2024, 9, 2), csv);
  });
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].starts_with("line 2: given_name: ")) << lines[0];
  EXPECT_EQ(lines[1], "line 4: given_name: is required");
  const std::string long_column(30, 'x');
  const auto header = problems_of([&] {
    (void)import_class_list(
        *store_, clock_, admin_, school(), school_.school_class.id, day(2024, 9, 2),
        "surname;given_name;\x01" + std::string(15, 'a') + "ї" + long_column + "\nБойко;Іра;\n");
  });
  ASSERT_EQ(header.size(), 1u);
  EXPECT_EQ(header[0], "file: the header names an unknown column '?" + std::string(15, 'a') + "ї" +
                           std::string(22, 'x') + "…'");
  EXPECT_EQ(structure(), before);
}

EJ_INSTANTIATE_STORE_TEST(Import);

}  // namespace
}  // namespace ejournal::services::testing
