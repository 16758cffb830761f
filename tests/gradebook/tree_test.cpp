// The tree checks every policy relies on: each malformed gradebook is refused with a message
// naming the node at fault.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "ejournal/grading/gradebook.hpp"

namespace {

using namespace ejournal::grading::gradebook;
using ejournal::Errc;
using ejournal::Error;

Category category(const std::string& id, const std::string& parent = "") {
  Category made;
  made.id = id;
  made.parent = parent;
  return made;
}

Item item(const std::string& id, const std::string& in_category) {
  Item made;
  made.id = id;
  made.category = in_category;
  return made;
}

Gradebook two_level_book() {
  Gradebook book;
  book.categories = {category("course"), category("tests", "course")};
  book.items = {item("t1", "tests"), item("hw", "course")};
  book.items[0].max = 10;
  return book;
}

// Runs compute() on `book` and returns the message of the Error(invalid) it must throw.
std::string invalid_message(const Gradebook& book, std::size_t grade_count) {
  const std::vector<Grade> grades(grade_count);
  try {
    (void)compute(book, grades, MoodlePolicy{});
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "the gradebook was accepted";
  return {};
}

void expect_refused(const Gradebook& book, const std::string& fragment) {
  const std::string message = invalid_message(book, book.items.size());
  EXPECT_NE(message.find(fragment), std::string::npos) << message;
}

TEST(Tree, RefusesACycle) {
  Gradebook book = two_level_book();
  book.categories.push_back(category("a", "b"));
  book.categories.push_back(category("b", "a"));
  expect_refused(book, "cycle through category 'a'");
}

TEST(Tree, RefusesACategoryThatIsItsOwnParent) {
  Gradebook book = two_level_book();
  book.categories.push_back(category("loop", "loop"));
  expect_refused(book, "'loop' is its own parent");
}

TEST(Tree, RefusesAMissingParentOrCategory) {
  Gradebook book = two_level_book();
  book.categories.push_back(category("orphan", "nowhere"));
  expect_refused(book, "its parent 'nowhere' does not exist");

  book = two_level_book();
  book.items.push_back(item("lost", "gone"));
  expect_refused(book, "item 'lost': its category 'gone' does not exist");
}

TEST(Tree, RefusesNoRootOrTwoRoots) {
  Gradebook book = two_level_book();
  book.categories.push_back(category("second"));
  expect_refused(book, "two root categories: 'course' and 'second'");

  book = two_level_book();
  book.categories[0].parent = "tests";
  expect_refused(book, "no root category");

  expect_refused(Gradebook{}, "no category");
}

TEST(Tree, RefusesEmptyAndDuplicateIds) {
  Gradebook book = two_level_book();
  book.items.push_back(item("t1", "course"));
  expect_refused(book, "duplicate item id 't1'");

  book = two_level_book();
  book.categories.push_back(category("", "course"));
  expect_refused(book, "category 2 has an empty id");
}

TEST(Tree, RefusesNegativeRangesWeightsAndDropCounts) {
  Gradebook book = two_level_book();
  book.items[0].min = 5;
  book.items[0].max = -5;
  expect_refused(book, "item 't1': its range 5 … -5 is negative");

  book = two_level_book();
  book.categories[1].weight = -1;
  expect_refused(book, "category 'tests': negative weight -1");

  book = two_level_book();
  book.categories[1].drop_lowest = -2;
  expect_refused(book, "category 'tests': negative drop rule (drop lowest -2");
}

TEST(Tree, RefusesDropRulesBeyondTheChildren) {
  Gradebook book = two_level_book();
  book.categories[1].drop_highest = 2;  // 'tests' holds one item
  expect_refused(book, "category 'tests': its drop rules ask for 2 of 1 children");

  book = two_level_book();
  book.categories[0].keep_highest = 3;  // 'course' holds 'tests' and 'hw'
  expect_refused(book, "category 'course': its drop rules ask for 3 of 2 children");
}

TEST(Tree, RefusesWeightsThatSumToZero) {
  Gradebook book = two_level_book();
  book.categories[0].aggregation = Aggregation::weighted_mean;
  book.categories[1].weight = 0;
  book.items[1].weight = 0;
  expect_refused(book, "category 'course': the weights of its 2 children sum to zero");
}

TEST(Tree, RefusesUnknownOrNegativeGradingPeriods) {
  Gradebook book = two_level_book();
  book.items[0].period = "spring";
  expect_refused(book, "item 't1': its grading period 'spring' does not exist");

  book = two_level_book();
  book.periods = {GradingPeriod{"autumn", -10}};
  expect_refused(book, "grading period 'autumn': negative weight -10");
}

TEST(Tree, RefusesGradesOfAnotherLength) {
  const std::string message = invalid_message(two_level_book(), 3);
  EXPECT_NE(message.find("expected one grade per item (2), got 3"), std::string::npos) << message;
}

TEST(Tree, ClassGradesMustBeWholeStudents) {
  const std::vector<Grade> grades(5);
  try {
    (void)compute_class(two_level_book(), grades, MoodlePolicy{});
    FAIL() << "five grades for two items were accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid);
    EXPECT_NE(std::string(e.what()).find("not a whole number of students × 2 items"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
