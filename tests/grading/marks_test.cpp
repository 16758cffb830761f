// The special-mark dictionary.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ejournal/grading/marks.hpp"
#include "test_support.hpp"

namespace ejournal::grading {
namespace {

using testing::fails_with;

SpecialMark mark_with(std::string code, std::vector<std::string> aliases = {}) {
  SpecialMark mark;
  mark.code = std::move(code);
  mark.aliases = std::move(aliases);
  return mark;
}

TEST(MarkDictionary, UkrainianOfficialMarks) {
  const MarkDictionary marks = MarkDictionary::ukrainian();
  ASSERT_EQ(marks.marks().size(), 5u);
  for (const SpecialMark& mark : marks.marks()) {
    EXPECT_FALSE(mark.counts_in_average) << mark.code;
    EXPECT_FALSE(mark.label.empty()) << mark.code;
  }

  const SpecialMark* absent = marks.find("н");
  ASSERT_NE(absent, nullptr);
  EXPECT_TRUE(absent->is_absence);
  EXPECT_FALSE(absent->is_attestation_result);

  const SpecialMark* not_attested = marks.find("н/а");
  ASSERT_NE(not_attested, nullptr);
  EXPECT_TRUE(not_attested->is_attestation_result);
  EXPECT_FALSE(not_attested->is_absence);
  EXPECT_EQ(not_attested->label, "не атестований(а)");

  const SpecialMark* passed = marks.find("зар.");
  ASSERT_NE(passed, nullptr);
  EXPECT_EQ(passed->pass_fail, PassFail::pass);
  const SpecialMark* failed = marks.find("не зар.");
  ASSERT_NE(failed, nullptr);
  EXPECT_EQ(failed->pass_fail, PassFail::fail);
  EXPECT_EQ(marks.find("зв.")->pass_fail, PassFail::none);
}

TEST(MarkDictionary, AliasesFindTheCanonicalMark) {
  const MarkDictionary marks = MarkDictionary::ukrainian();
  for (const char* spelling : {"зв", "звільнений", "звільнена", "звільнений(а)", "зв."}) {
    const SpecialMark* mark = marks.find(spelling);
    ASSERT_NE(mark, nullptr) << spelling;
    EXPECT_EQ(mark->code, "зв.") << spelling;
  }
  EXPECT_EQ(marks.find("зараховано")->code, "зар.");
  EXPECT_EQ(marks.find("не зараховано")->code, "не зар.");
  EXPECT_EQ(marks.find("не атестована")->code, "н/а");
  EXPECT_EQ(marks.find("Н")->code, "н");
}

TEST(MarkDictionary, UnknownSpellingsAreNotFound) {
  const MarkDictionary marks = MarkDictionary::ukrainian();
  EXPECT_EQ(marks.find(""), nullptr);
  EXPECT_EQ(marks.find("хв"), nullptr);
  // NZ.UA's "Н/А" (absent for a valid reason) must not be taken for the official н/а.
  EXPECT_EQ(marks.find("Н/А"), nullptr);
  EXPECT_EQ(MarkDictionary().find("н"), nullptr);
}

TEST(MarkDictionary, AddsCustomMarks) {
  MarkDictionary marks = MarkDictionary::ukrainian();
  SpecialMark ill = mark_with("хв", {"хворів", "хворіла"});
  ill.is_absence = true;
  marks.add(ill);
  SpecialMark studied = mark_with("вивч");
  studied.counts_in_average = true;
  studied.average_value = Rational(7);
  marks.add(studied);
  ASSERT_EQ(marks.marks().size(), 7u);
  EXPECT_TRUE(marks.find("хворіла")->is_absence);
  EXPECT_EQ(marks.find("вивч")->average_value, Rational(7));
}

TEST(MarkDictionary, RejectsEmptyAndDuplicateSpellings) {
  MarkDictionary marks = MarkDictionary::ukrainian();
  EXPECT_TRUE(fails_with([&] { marks.add(mark_with("")); }, Errc::invalid, {"empty code"}));
  EXPECT_TRUE(
      fails_with([&] { marks.add(mark_with("x", {""})); }, Errc::invalid, {"'x'", "empty alias"}));
  EXPECT_TRUE(fails_with([&] { marks.add(mark_with("н")); }, Errc::exists, {"'н'"}));
  EXPECT_TRUE(
      fails_with([&] { marks.add(mark_with("new", {"зв"})); }, Errc::exists, {"'зв'", "'зв.'"}));
  EXPECT_TRUE(fails_with([&] { marks.add(mark_with("зв")); }, Errc::exists, {"'зв.'"}));
  EXPECT_TRUE(fails_with(
      [&] {
        marks.add(mark_with("y", {"z", "z"}));
      },
      Errc::exists, {"'z'", "twice"}));
  EXPECT_TRUE(fails_with([&] { marks.add(mark_with("y", {"y"})); }, Errc::exists, {"twice"}));
  // A rejected mark leaves the dictionary as it was.
  EXPECT_EQ(marks.marks().size(), 5u);
  EXPECT_EQ(marks.find("new"), nullptr);
}

}  // namespace
}  // namespace ejournal::grading
