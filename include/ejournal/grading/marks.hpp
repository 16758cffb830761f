// Special marks (позначки) as a dictionary with semantic flags (ua-school.md §1.7).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/grading/rational.hpp"

namespace ejournal::grading {

enum class PassFail { none = 0, pass, fail };

/// A special mark. A mark never enters an arithmetic mean unless `counts_in_average` says so.
struct SpecialMark {
  std::string code;                  ///< canonical spelling: "н/а"
  std::string label;                 ///< what it means: "не атестований(а)"
  std::vector<std::string> aliases;  ///< other spellings accepted on input: "зв", "звільнений"
  bool counts_in_average = false;
  /// When counting: its value on the item's scale; when absent it counts as the item's minimum.
  std::optional<Rational> average_value;
  bool is_absence = false;             ///< "н"
  bool is_attestation_result = false;  ///< may stand in a final column (н/а, зв., зар., не зар.)
  PassFail pass_fail = PassFail::none;
};

/// The marks an institution uses. Lookups match the code or an alias exactly (callers pass
/// NFC-normalised text).
class MarkDictionary {
 public:
  MarkDictionary() = default;

  /// The official marks: н (absence), н/а (not attested), зв. (exempt), зар. (passed),
  /// не зар. (not passed) — none counts in averages.
  static MarkDictionary ukrainian();

  /// Adds a mark. Throws Error(invalid) when its code is empty or a spelling is empty,
  /// Error(exists) when its code or an alias is already taken.
  void add(SpecialMark mark);
  /// The mark spelled `code_or_alias`, or nullptr.
  [[nodiscard]] const SpecialMark* find(std::string_view code_or_alias) const noexcept;
  [[nodiscard]] std::span<const SpecialMark> marks() const noexcept { return marks_; }

 private:
  std::vector<SpecialMark> marks_;
};

}  // namespace ejournal::grading
