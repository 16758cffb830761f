// Grading scales and threshold tables, as data (ua-school.md §1.2–§1.4, §2).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/grading/rational.hpp"

namespace ejournal::grading {

/// One row of a threshold table: every value ≥ lower_bound (and below the next higher bound)
/// maps to this row. `value` is the row's number on a target scale, where it has one.
struct Threshold {
  Rational lower_bound;
  std::string code;               ///< short form: "IV", "A", "5"
  std::string name;               ///< long form: "Високий", "відмінно"
  std::optional<Rational> value;  ///< target value for conversions (12→5 gives 5, 4, 3, 2)
};

/// Maps values of a domain [min, max] to rows by inclusive lower bounds, checked from the highest
/// bound down (Moodle's letter rule). Used for levels of a scale, ECTS letters and conversions.
class ThresholdTable {
 public:
  /// Rows in any order. Throws Error(invalid) when rows is empty, min > max, two rows share a
  /// bound, or a bound lies outside [min, max]; Error(invalid) naming the row on an empty code.
  ThresholdTable(std::string name, Rational min, Rational max, std::vector<Threshold> rows);

  /// The row for `value`. Throws Error(range) when value is outside [min, max] or below every
  /// bound.
  [[nodiscard]] const Threshold& lookup(const Rational& value) const;

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const Rational& min() const noexcept { return min_; }
  [[nodiscard]] const Rational& max() const noexcept { return max_; }
  /// Rows sorted by lower bound, highest first.
  [[nodiscard]] const std::vector<Threshold>& rows() const noexcept { return rows_; }

  /// 12-point → levels I–IV: 1–3 Початковий, 4–6 Середній, 7–9 Достатній, 10–12 Високий.
  static ThresholdTable ukrainian_12_levels();
  /// 100-point → ECTS, the most common published table: A 90, B 82, C 74, D 64, E 60, FX 35, F 0.
  static ThresholdTable hundred_to_ects();
  /// 12-point → 5-point by level: 10–12 → 5, 7–9 → 4, 4–6 → 3, 1–3 → 2.
  static ThresholdTable ukrainian_12_to_five();
  /// 100-point → 5-point: 90–100 → 5, 74–89 → 4, 60–73 → 3, 0–59 → 2.
  static ThresholdTable hundred_to_five();
  /// Old 5-point grades in education documents → 12-point: 3 → 6, 4 → 9, 5 → 12 (2 is outside).
  static ThresholdTable five_to_ukrainian_12();

 private:
  std::string name_;
  Rational min_;
  Rational max_;
  std::vector<Threshold> rows_;
};

/// One symbol of a symbolic scale: shown as `code`, counted as `value` where averaging is allowed.
struct Symbol {
  std::string code;   ///< "В", "зараховано"
  std::string label;  ///< "високий рівень"
  Rational value;     ///< rank or points; strictly increasing along the scale
};

enum class ScaleKind {
  numeric = 1,  ///< numbers in [min, max] on a step (12-point, 5-point, 100-point, custom)
  symbolic,     ///< ordered symbols (NUSh levels, descriptors, pass/fail, custom letters)
  verbal,       ///< free text only; nothing to aggregate
};

/// A grading scale. Immutable once built; cheap to copy.
class Scale {
 public:
  /// Numbers in [min, max] that are min + k·step (step > 0). `levels`, when given, names bands.
  /// Throws Error(invalid) for min ≥ max, step ≤ 0, or levels whose domain differs from [min, max].
  static Scale numeric(std::string name, Rational min, Rational max, Rational step,
                       std::optional<ThresholdTable> levels = std::nullopt);
  /// Ordered symbols, lowest first, with strictly increasing values and distinct codes.
  static Scale symbolic(std::string name, std::vector<Symbol> symbols);
  /// Free-text assessment (grades 1–2 of the New Ukrainian School).
  static Scale verbal(std::string name);

  /// 1…12, step 1, with the four named levels.
  static Scale ukrainian_12();
  /// NUSh primary levels П, С, Д, В (values 1…4).
  static Scale nush_levels();
  /// The four descriptors of the achievement certificate, from "ще потребує уваги і допомоги" (1)
  /// to "має значні успіхи" (4).
  static Scale nush_descriptors();
  /// Verbal assessment.
  static Scale nush_verbal();
  /// National 5-point scale 2…5 (незадовільно, задовільно, добре, відмінно).
  static Scale five_point();
  /// 0…100, step 1, with ECTS letters as its levels (the default table unless one is given).
  static Scale hundred_point(std::optional<ThresholdTable> ects = std::nullopt);
  /// не зараховано (0) / зараховано (1).
  static Scale pass_fail();

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] ScaleKind kind() const noexcept { return kind_; }
  /// Range of values (symbolic: the first and last symbol's value). Error(unsupported) if verbal.
  [[nodiscard]] Rational min() const;
  [[nodiscard]] Rational max() const;
  [[nodiscard]] const std::vector<Symbol>& symbols() const noexcept { return symbols_; }
  [[nodiscard]] const std::optional<ThresholdTable>& levels() const noexcept { return levels_; }

  /// True when `value` is a grade of this scale (in range and on the step, or a symbol's value).
  [[nodiscard]] bool contains(const Rational& value) const;
  /// Reads a grade: numeric scales take a decimal ("10", "87.5" if on the step); symbolic scales
  /// take a symbol's code or label. Throws Error(invalid) naming the text when it is not a grade
  /// of this scale; Error(unsupported) on a verbal scale.
  [[nodiscard]] Rational parse(std::string_view text) const;
  /// The level/band of a value (Error(unsupported) when the scale has no levels).
  [[nodiscard]] const Threshold& level_of(const Rational& value) const;

 private:
  Scale() = default;
  std::string name_;
  ScaleKind kind_ = ScaleKind::numeric;
  Rational min_;
  Rational max_;
  Rational step_;
  std::vector<Symbol> symbols_;
  std::optional<ThresholdTable> levels_;
};

}  // namespace ejournal::grading
