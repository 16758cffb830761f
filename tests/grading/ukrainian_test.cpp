// Ukrainian derivation rules (ua-school.md §1.6, §1.9, §4).
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "ejournal/grading/ukrainian.hpp"
#include "test_support.hpp"

namespace ejournal::grading {
namespace {

using testing::dec;
using testing::fails_with;
using testing::frac;

std::vector<Grade> grades(std::initializer_list<std::int64_t> values) {
  std::vector<Grade> result;
  for (const std::int64_t value : values) result.push_back(Grade::of(value));
  return result;
}

UaRules rounding(RoundingMode mode) {
  UaRules rules;
  rules.rounding = mode;
  return rules;
}

TEST(SuggestThematic, MeanOfCurrentGradesWithItsBasis) {
  const std::vector<Grade> current = {Grade::of(8, "Урок 1"), Grade::of(9), Grade::special("н"),
                                      Grade::of(10), Grade::empty()};
  const Suggestion suggestion = suggest_thematic(current);
  ASSERT_TRUE(suggestion.grade.has_value());
  EXPECT_EQ(*suggestion.grade, 9);
  EXPECT_EQ(suggestion.mark, "");
  EXPECT_EQ(suggestion.rule, "ua.thematic.mean_of_current");
  EXPECT_EQ(suggestion.mean, Rational(9));
  ASSERT_EQ(suggestion.basis.size(), 5u);
  EXPECT_EQ(suggestion.basis[0].source, "current");
  EXPECT_EQ(suggestion.basis[0].grade.label, "Урок 1");
  EXPECT_EQ(suggestion.basis[0].counted_value, Rational(8));
  EXPECT_EQ(suggestion.basis[2].use, BasisUse::mark_excluded);
  EXPECT_FALSE(suggestion.basis[2].counted_value.has_value());
  EXPECT_EQ(suggestion.basis[3].index, 3u);
  EXPECT_EQ(suggestion.basis[4].use, BasisUse::empty);
}

TEST(SuggestThematic, RoundingPolicyDecidesTies) {
  const std::vector<Grade> current = grades({10, 11});
  EXPECT_EQ(*suggest_thematic(current).grade, 11);
  EXPECT_EQ(*suggest_thematic(current, rounding(RoundingMode::half_even)).grade, 10);
  EXPECT_EQ(*suggest_thematic(current, rounding(RoundingMode::floor)).grade, 10);
  EXPECT_EQ(*suggest_thematic(current, rounding(RoundingMode::ceiling)).grade, 11);
  // 8.33… is not a tie: every nearest-value policy gives 8, ceiling gives 9.
  const std::vector<Grade> thirds = grades({8, 8, 9});
  EXPECT_EQ(suggest_thematic(thirds).mean, frac(25, 3));
  EXPECT_EQ(*suggest_thematic(thirds).grade, 8);
  EXPECT_EQ(*suggest_thematic(thirds, rounding(RoundingMode::ceiling)).grade, 9);
}

TEST(SuggestThematic, NotAttestedWhenNothingCounts) {
  const std::vector<Grade> absent = {Grade::special("н"), Grade::special("н")};
  const Suggestion suggestion = suggest_thematic(absent);
  EXPECT_FALSE(suggestion.grade.has_value());
  EXPECT_EQ(suggestion.mark, "н/а");
  EXPECT_EQ(suggestion.rule, "ua.no_basis");
  EXPECT_FALSE(suggestion.mean.has_value());
  EXPECT_EQ(suggestion.basis.size(), 2u);

  const Suggestion none = suggest_thematic({});
  EXPECT_EQ(none.mark, "н/а");
  EXPECT_TRUE(none.basis.empty());
}

TEST(SuggestThematic, SharedAttestationMark) {
  // Exempt pupils keep their mark; an absence beside it does not break the sharing.
  const std::vector<Grade> exempt = {Grade::special("зв."), Grade::special("звільнений"),
                                     Grade::special("н")};
  const Suggestion suggestion = suggest_thematic(exempt);
  EXPECT_EQ(suggestion.mark, "зв.");
  EXPECT_EQ(suggestion.rule, "ua.shared_mark");
  // Two different attestation marks share nothing.
  const std::vector<Grade> mixed = {Grade::special("зв."), Grade::special("зар.")};
  EXPECT_EQ(suggest_thematic(mixed).mark, "н/а");
  EXPECT_EQ(suggest_thematic(mixed).rule, "ua.no_basis");
}

TEST(SuggestThematic, ValuesMustBeTwelvePointGrades) {
  struct Bad {
    Rational value;
    const char* text;
  };
  for (const Bad& bad : {Bad{0, "0"}, Bad{13, "13"}, Bad{dec("7.5"), "7.5"}, Bad{-1, "-1"}}) {
    const std::vector<Grade> current = {Grade::of(9), Grade::of(bad.value, "Контрольна")};
    EXPECT_TRUE(fails_with([&] { suggest_thematic(current); }, Errc::invalid,
                           {"current grade 1", "'Контрольна'", bad.text, "integer 1…12"}));
  }
  const std::vector<Grade> unknown = {Grade::special("хв")};
  EXPECT_TRUE(fails_with([&] { suggest_thematic(unknown); }, Errc::invalid, {"'хв'"}));
  Grade both = Grade::of(9);
  both.mark = "н";
  const std::vector<Grade> value_and_mark = {both};
  EXPECT_TRUE(fails_with([&] { suggest_thematic(value_and_mark); }, Errc::invalid, {"both"}));
  EXPECT_TRUE(
      fails_with([&] { suggest_thematic(grades({9}), rounding(static_cast<RoundingMode>(0))); },
                 Errc::invalid, {"rounding mode 0"}));
}

TEST(SuggestThematic, CountingMarksFromACustomDictionary) {
  MarkDictionary marks = MarkDictionary::ukrainian();
  SpecialMark studied;
  studied.code = "вивч";
  studied.counts_in_average = true;
  studied.average_value = Rational(7);
  marks.add(studied);
  SpecialMark lowest;
  lowest.code = "min";
  lowest.counts_in_average = true;
  marks.add(lowest);
  SpecialMark broken;
  broken.code = "x";
  broken.counts_in_average = true;
  broken.average_value = dec("6.5");
  marks.add(broken);
  UaRules rules;
  rules.marks = &marks;
  const std::vector<Grade> current = {Grade::of(11), Grade::special("вивч"), Grade::special("min")};
  const Suggestion suggestion = suggest_thematic(current, rules);
  EXPECT_EQ(suggestion.mean, Rational(19) / Rational(3));
  EXPECT_EQ(suggestion.basis[1].counted_value, Rational(7));
  EXPECT_EQ(suggestion.basis[2].counted_value, Rational(1));
  const std::vector<Grade> fractional = {Grade::special("x")};
  EXPECT_TRUE(fails_with([&] { suggest_thematic(fractional, rules); }, Errc::invalid, {"6.5"}));
}

TEST(SuggestSemester, MeanOfThematicGrades) {
  const std::vector<Grade> thematic = grades({7, 8, 10});
  const std::vector<Grade> current = grades({12, 12});
  const Suggestion suggestion = suggest_semester(thematic, current);
  EXPECT_EQ(*suggestion.grade, 8);
  EXPECT_EQ(suggestion.mean, frac(25, 3));
  EXPECT_EQ(suggestion.rule, "ua.semester.mean_of_thematic");
  ASSERT_EQ(suggestion.basis.size(), 3u);
  EXPECT_EQ(suggestion.basis[0].source, "thematic");
}

TEST(SuggestSemester, FallsBackToCurrentGradesWhenNoThematicIsRecorded) {
  const std::vector<Grade> thematic = {Grade::empty(), Grade::empty()};
  const std::vector<Grade> current = grades({9, 10, 10, 11});
  const Suggestion suggestion = suggest_semester(thematic, current);
  EXPECT_EQ(*suggestion.grade, 10);
  EXPECT_EQ(suggestion.rule, "ua.semester.mean_of_current");
  ASSERT_EQ(suggestion.basis.size(), 6u);
  EXPECT_EQ(suggestion.basis[0].use, BasisUse::empty);
  EXPECT_EQ(suggestion.basis[2].source, "current");
  EXPECT_EQ(suggestion.basis[5].index, 3u);

  EXPECT_EQ(*suggest_semester({}, current).grade, 10);

  UaRules no_fallback;
  no_fallback.semester_falls_back_to_current = false;
  const Suggestion without = suggest_semester(thematic, current, no_fallback);
  EXPECT_EQ(without.mark, "н/а");
  EXPECT_EQ(without.rule, "ua.no_basis");
}

TEST(SuggestSemester, RecordedThematicMarksAreAResultNotAGap) {
  const std::vector<Grade> thematic = {Grade::special("н/а"), Grade::special("н/а")};
  const std::vector<Grade> current = grades({9, 10});
  const Suggestion suggestion = suggest_semester(thematic, current);
  EXPECT_EQ(suggestion.mark, "н/а");
  EXPECT_EQ(suggestion.rule, "ua.shared_mark");
  EXPECT_EQ(suggestion.basis.size(), 2u);
}

TEST(SuggestSemester, ValidatesThematicGrades) {
  const std::vector<Grade> thematic = {Grade::of(9), Grade::of(14, "Тема 2")};
  EXPECT_TRUE(fails_with([&] { suggest_semester(thematic, {}); }, Errc::invalid,
                         {"thematic grade 1", "'Тема 2'", "14"}));
  const std::vector<Grade> current = {Grade::of(0)};
  EXPECT_TRUE(
      fails_with([&] { suggest_semester({}, current); }, Errc::invalid, {"current grade 0"}));
}

TEST(SuggestAnnual, MeanOfSemesterGrades) {
  const std::vector<Grade> semesters = {Grade::of(9, "I семестр"), Grade::of(10, "II семестр")};
  const Suggestion suggestion = suggest_annual(semesters, {});
  EXPECT_EQ(*suggestion.grade, 10);
  EXPECT_EQ(suggestion.mean, dec("9.5"));
  EXPECT_EQ(suggestion.rule, "ua.annual.mean_of_semesters");
  EXPECT_EQ(*suggest_annual(semesters, {}, rounding(RoundingMode::floor)).grade, 9);
}

TEST(SuggestAnnual, CorrectedGradeReplacesItsSemester) {
  const std::vector<Grade> semesters = grades({7, 9});
  const std::vector<Grade> corrected = {Grade::of(9), Grade::empty()};
  const Suggestion suggestion = suggest_annual(semesters, corrected);
  EXPECT_EQ(*suggestion.grade, 9);
  EXPECT_EQ(suggestion.mean, Rational(9));
  ASSERT_EQ(suggestion.basis.size(), 3u);
  EXPECT_EQ(suggestion.basis[0].source, "semester");
  EXPECT_EQ(suggestion.basis[0].use, BasisUse::replaced_by_corrected);
  EXPECT_FALSE(suggestion.basis[0].counted_value.has_value());
  EXPECT_EQ(suggestion.basis[1].source, "corrected");
  EXPECT_EQ(suggestion.basis[1].counted_value, Rational(9));
  EXPECT_EQ(suggestion.basis[2].source, "semester");
  EXPECT_EQ(suggestion.basis[2].use, BasisUse::counted);
}

TEST(SuggestAnnual, CorrectionOfNotAttested) {
  const std::vector<Grade> semesters = {Grade::special("н/а"), Grade::of(8)};
  const std::vector<Grade> corrected = {Grade::of(6), Grade::empty()};
  const Suggestion suggestion = suggest_annual(semesters, corrected);
  EXPECT_EQ(*suggestion.grade, 7);
  EXPECT_EQ(suggestion.basis[0].use, BasisUse::replaced_by_corrected);
}

TEST(SuggestAnnual, SharedAttestationMarks) {
  const std::vector<Grade> exempt = {Grade::special("зв."), Grade::special("зв")};
  const Suggestion suggestion = suggest_annual(exempt, {});
  EXPECT_EQ(suggestion.mark, "зв.");
  EXPECT_EQ(suggestion.rule, "ua.shared_mark");
  EXPECT_FALSE(suggestion.grade.has_value());
  const std::vector<Grade> passed = {Grade::special("зар."), Grade::special("зараховано")};
  EXPECT_EQ(suggest_annual(passed, {}).mark, "зар.");
  const std::vector<Grade> nothing = {Grade::empty(), Grade::empty()};
  EXPECT_EQ(suggest_annual(nothing, {}).mark, "н/а");
}

TEST(SuggestAnnual, CorrectionOnlyRaises) {
  const std::vector<Grade> semesters = grades({9, 8});
  const std::vector<Grade> lower = {Grade::empty(), Grade::of(7, "Скоригована")};
  EXPECT_TRUE(fails_with([&] { suggest_annual(semesters, lower); }, Errc::invalid,
                         {"corrected grade 1", "'Скоригована'", "7", "below", "8"}));
  const std::vector<Grade> same = {Grade::of(9), Grade::empty()};
  EXPECT_EQ(suggest_annual(semesters, same).mean, dec("8.5"));
}

TEST(SuggestAnnual, RejectsMalformedCorrections) {
  const std::vector<Grade> semesters = grades({9, 8});
  const std::vector<Grade> short_list = {Grade::of(10)};
  EXPECT_TRUE(
      fails_with([&] { suggest_annual(semesters, short_list); }, Errc::invalid, {"(1)", "(2)"}));
  const std::vector<Grade> mark = {Grade::special("зар."), Grade::empty()};
  EXPECT_TRUE(fails_with([&] { suggest_annual(semesters, mark); }, Errc::invalid, {"'зар.'"}));
  const std::vector<Grade> too_high = {Grade::of(13), Grade::empty()};
  EXPECT_TRUE(fails_with([&] { suggest_annual(semesters, too_high); }, Errc::invalid, {"13"}));
  const std::vector<Grade> missing = {Grade::empty(), Grade::empty()};
  const std::vector<Grade> correction = {Grade::of(10), Grade::empty()};
  EXPECT_TRUE(
      fails_with([&] { suggest_annual(missing, correction); }, Errc::invalid, {"never recorded"}));
}

// `count` subject grades whose sum is `sum` (as even as possible).
std::vector<CertificateEntry> subjects(std::int64_t sum, std::int64_t count) {
  std::vector<CertificateEntry> entries;
  for (std::int64_t i = 0; i < count; ++i) {
    const std::int64_t grade = sum / count + (i < sum % count ? 1 : 0);
    entries.push_back(CertificateEntry{Grade::of(grade), CertificateEntryKind::subject, false});
  }
  return entries;
}

TEST(CertificateAverage, RoundingExamplesOfTheReference) {
  struct Case {
    std::int64_t sum;
    std::int64_t count;
    std::int64_t tenths;
    int score;
  };
  for (const Case& c : {Case{193, 20, 97, 177}, Case{127, 15, 85, 165}, Case{191, 20, 96, 176},
                        Case{201, 22, 91, 171}}) {
    const CertificateAverage average = certificate_average(subjects(c.sum, c.count));
    EXPECT_EQ(average.mean, frac(c.sum, c.count));
    EXPECT_EQ(average.average, (Decimal{c.tenths, 1})) << c.sum << "/" << c.count;
    EXPECT_EQ(average.score, c.score);
  }
  EXPECT_EQ(certificate_average(subjects(193, 20)).average.to_string(), "9.7");
}

TEST(CertificateAverage, ExcludesExemptPassedAndOptionalCourses) {
  const std::vector<CertificateEntry> entries = {
      {Grade::of(10, "Українська мова"), CertificateEntryKind::subject, false},
      {Grade::of(9, "Математика"), CertificateEntryKind::subject, false},
      {Grade::special("зв.", "Фізична культура"), CertificateEntryKind::subject, false},
      {Grade::special("зараховано", "Мистецтво"), CertificateEntryKind::subject, false},
      {Grade::of(12, "Факультатив"), CertificateEntryKind::optional_course, false},
      {Grade::of(8, "ДПА: українська мова"), CertificateEntryKind::state_exam, false},
      {Grade::special("звільнена", "ДПА: математика"), CertificateEntryKind::state_exam, false},
  };
  const CertificateAverage average = certificate_average(entries);
  EXPECT_EQ(average.mean, Rational(9));
  EXPECT_EQ(average.average, (Decimal{90, 1}));
  EXPECT_EQ(average.score, 170);
  ASSERT_EQ(average.basis.size(), 7u);
  EXPECT_EQ(average.basis[2].use, BasisUse::mark_excluded);
  EXPECT_EQ(average.basis[3].use, BasisUse::mark_excluded);
  EXPECT_EQ(average.basis[4].use, BasisUse::excluded_by_kind);
  EXPECT_EQ(average.basis[4].source, "optional_course");
  EXPECT_EQ(average.basis[5].source, "state_exam");
  EXPECT_EQ(average.basis[5].counted_value, Rational(8));
  EXPECT_EQ(average.basis[0].source, "subject");
}

TEST(CertificateAverage, OldFivePointGradesAreConverted) {
  const std::vector<CertificateEntry> entries = {
      {Grade::of(3), CertificateEntryKind::subject, true},
      {Grade::of(4), CertificateEntryKind::subject, true},
      {Grade::of(5), CertificateEntryKind::subject, true},
      {Grade::of(10), CertificateEntryKind::subject, false},
  };
  const CertificateAverage average = certificate_average(entries);
  EXPECT_EQ(average.mean, Rational(37) / Rational(4));  // (6 + 9 + 12 + 10) / 4
  EXPECT_EQ(average.average, (Decimal{93, 1}));         // 9.25 → 9.3
  EXPECT_EQ(average.basis[0].grade.value, Rational(3));
  EXPECT_EQ(average.basis[0].counted_value, Rational(6));
  EXPECT_EQ(average.basis[2].counted_value, Rational(12));
}

TEST(CertificateAverage, RejectsGradesThatCannotStand) {
  const std::vector<CertificateEntry> failing = {
      {Grade::of(2), CertificateEntryKind::subject, true}};
  EXPECT_TRUE(
      fails_with([&] { certificate_average(failing); }, Errc::invalid, {"5-point grade 2"}));
  const std::vector<CertificateEntry> six = {{Grade::of(6), CertificateEntryKind::subject, true}};
  EXPECT_TRUE(fails_with([&] { certificate_average(six); }, Errc::invalid, {"6", "3, 4 or 5"}));
  const std::vector<CertificateEntry> thirteen = {
      {Grade::of(13, "Хімія"), CertificateEntryKind::subject, false}};
  EXPECT_TRUE(fails_with([&] { certificate_average(thirteen); }, Errc::invalid,
                         {"subject grade 0", "'Хімія'", "13"}));
  const std::vector<CertificateEntry> unknown = {
      {Grade::special("хв"), CertificateEntryKind::state_exam, false}};
  EXPECT_TRUE(fails_with([&] { certificate_average(unknown); }, Errc::invalid,
                         {"state_exam grade 0", "'хв'"}));
  const std::vector<CertificateEntry> bad_kind = {
      {Grade::of(9), static_cast<CertificateEntryKind>(9), false}};
  EXPECT_TRUE(fails_with([&] { certificate_average(bad_kind); }, Errc::invalid, {"kind 9"}));
}

TEST(CertificateAverage, NothingCountsIsEmpty) {
  EXPECT_TRUE(fails_with([] { certificate_average({}); }, Errc::empty, {"0 entries"}));
  const std::vector<CertificateEntry> only_excluded = {
      {Grade::special("зв."), CertificateEntryKind::subject, false},
      {Grade::of(11), CertificateEntryKind::optional_course, false},
      {Grade::empty(), CertificateEntryKind::state_exam, false}};
  EXPECT_TRUE(fails_with([&] { certificate_average(only_excluded); }, Errc::empty, {"3 entries"}));
}

TEST(CertificateAverage, TenthsAgreeWithExactHalfUpRounding) {
  std::mt19937_64 random(2016);
  std::uniform_int_distribution<std::int64_t> grade(1, 12);
  std::uniform_int_distribution<std::int64_t> counts(1, 30);
  for (int round_number = 0; round_number < 500; ++round_number) {
    std::vector<CertificateEntry> entries(static_cast<std::size_t>(counts(random)));
    for (CertificateEntry& entry : entries) entry.grade = Grade::of(grade(random));
    const CertificateAverage average = certificate_average(entries);
    EXPECT_EQ(average.average, round(average.mean, {RoundingMode::half_up, 1}));
    EXPECT_EQ(average.score, certificate_score(static_cast<int>(average.average.units)));
  }
}

TEST(CertificateScore, EveryRowOfTheConversionTable) {
  // ua-school.md §4: average → score on the 100–200 scale.
  const std::pair<const char*, int> table[] = {
      {"1.0", 100},  {"1.5", 100},  {"2.0", 100},  {"2.1", 101},  {"2.5", 105},
      {"3.0", 110},  {"3.5", 115},  {"4.0", 120},  {"4.5", 125},  {"5.0", 130},
      {"5.5", 135},  {"6.0", 140},  {"6.5", 145},  {"7.0", 150},  {"7.5", 155},
      {"8.0", 160},  {"8.5", 165},  {"9.0", 170},  {"9.5", 175},  {"10.0", 180},
      {"10.5", 185}, {"11.0", 190}, {"11.5", 195}, {"11.9", 199}, {"12.0", 200},
  };
  for (const auto& [average, score] : table) {
    const Rational tenths = dec(average) * 10;
    ASSERT_TRUE(tenths.is_integer());
    EXPECT_EQ(certificate_score(static_cast<int>(tenths.numerator())), score) << average;
  }
  for (int tenths = 10; tenths <= 20; ++tenths) EXPECT_EQ(certificate_score(tenths), 100);
  for (int tenths = 21; tenths <= 120; ++tenths) {
    EXPECT_EQ(certificate_score(tenths) - certificate_score(tenths - 1), 1) << tenths;
  }
}

TEST(CertificateScore, OutsideTheTableIsARangeError) {
  EXPECT_TRUE(fails_with([] { certificate_score(9); }, Errc::range, {"9 tenths"}));
  EXPECT_TRUE(fails_with([] { certificate_score(121); }, Errc::range, {"121 tenths"}));
}

}  // namespace
}  // namespace ejournal::grading
