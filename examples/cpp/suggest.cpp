// A minimal C++ example over ejournal::core: a suggested thematic grade with its basis, and a
// certificate average with its 100–200 score. Failures arrive as ejournal::Error.
#include <cstdlib>
#include <iostream>
#include <utility>
#include <vector>

#include "ejournal/grading.hpp"

namespace grading = ejournal::grading;

namespace {

void print_thematic_suggestion() {
  // A topic's current grades; the pupil missed one lesson (н).
  const std::vector<grading::Grade> current{grading::Grade::of(10), grading::Grade::of(11),
                                            grading::Grade::special("н"), grading::Grade::of(12),
                                            grading::Grade::of(10)};
  const grading::Suggestion suggestion = grading::suggest_thematic(current);
  const grading::Rational& mean = suggestion.mean.value();

  std::cout << "thematic: " << suggestion.grade.value() << " (rule " << suggestion.rule << ", mean "
            << mean.to_string() << " = "
            << grading::round(mean, {grading::RoundingMode::half_up, 2}).to_string() << ")\n";
  for (const grading::BasisEntry& entry : suggestion.basis) {
    std::cout << "  grade #" << entry.index << ": "
              << (entry.use == grading::BasisUse::counted ? entry.counted_value.value().to_string()
                                                          : entry.grade.mark + " (not counted)")
              << '\n';
  }
}

grading::CertificateEntry certificate_entry(
    grading::Grade grade,
    grading::CertificateEntryKind kind = grading::CertificateEntryKind::subject) {
  return {std::move(grade), kind, false};
}

void print_certificate_average() {
  // The worked example of ua-school.md §1.9: 20 grades summing to 193 (thirteen 10s, seven 9s),
  // plus an exempt subject and an optional course, neither of which counts.
  std::vector<grading::CertificateEntry> entries;
  for (int i = 0; i < 13; ++i) entries.push_back(certificate_entry(grading::Grade::of(10)));
  for (int i = 0; i < 7; ++i) entries.push_back(certificate_entry(grading::Grade::of(9)));
  entries.push_back(certificate_entry(grading::Grade::special("зв.", "Фізична культура")));
  entries.push_back(certificate_entry(grading::Grade::of(12, "Інформатика"),
                                      grading::CertificateEntryKind::optional_course));

  const grading::CertificateAverage average = grading::certificate_average(entries);
  std::cout << "certificate: " << average.mean.to_string() << " = " << average.average.to_string()
            << ", score " << average.score << '\n';
}

// A grade of 13 does not exist on the 12-point scale: the core throws Error(invalid).
bool refuses_grade_13() {
  const std::vector<grading::Grade> wrong{grading::Grade::of(13)};
  try {
    grading::suggest_thematic(wrong);
  } catch (const ejournal::Error& error) {
    std::cout << "refused: " << error.what() << '\n';
    return error.code() == ejournal::Errc::invalid;
  }
  std::cerr << "a grade of 13 was accepted\n";
  return false;
}

}  // namespace

int main() {
  try {
    print_thematic_suggestion();
    print_certificate_average();
  } catch (const ejournal::Error& error) {
    std::cerr << "failed: " << error.what() << '\n';
    return EXIT_FAILURE;
  }
  return refuses_grade_13() ? EXIT_SUCCESS : EXIT_FAILURE;
}
