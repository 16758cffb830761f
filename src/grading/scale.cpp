// Threshold tables and grading scales, with the Ukrainian defaults as data.
#include "ejournal/grading/scale.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>

#include "detail.hpp"

namespace ejournal::grading {

using detail::describe;
using detail::fail;
using detail::quoted;

namespace {

std::string domain_text(const Rational& min, const Rational& max) {
  return describe(min) + " … " + describe(max);
}

std::string table_text(const std::string& name) {
  return name.empty() ? std::string("threshold table") : "threshold table " + quoted(name);
}

std::string scale_text(const std::string& name) {
  return name.empty() ? std::string("scale") : "scale " + quoted(name);
}

Threshold row(std::int64_t bound, std::string code, std::string name,
              std::optional<std::int64_t> value = std::nullopt) {
  return Threshold{Rational(bound), std::move(code), std::move(name),
                   value ? std::optional<Rational>(Rational(*value)) : std::nullopt};
}

}  // namespace

ThresholdTable::ThresholdTable(std::string name, Rational min, Rational max,
                               std::vector<Threshold> rows)
    : name_(std::move(name)), min_(min), max_(max), rows_(std::move(rows)) {
  if (rows_.empty()) fail(Errc::invalid, table_text(name_) + " has no rows");
  if (min_ > max_) {
    fail(Errc::invalid, table_text(name_) + ": its minimum " + describe(min_) +
                            " is above its maximum " + describe(max_));
  }
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const Threshold& threshold = rows_[i];
    if (threshold.code.empty()) {
      fail(Errc::invalid, table_text(name_) + ": row " + std::to_string(i) + " (bound " +
                              describe(threshold.lower_bound) + ") has an empty code");
    }
    if (threshold.lower_bound < min_ || threshold.lower_bound > max_) {
      fail(Errc::invalid, table_text(name_) + ": row " + std::to_string(i) + " (" +
                              quoted(threshold.code) + ") has the bound " +
                              describe(threshold.lower_bound) + " outside its domain " +
                              domain_text(min_, max_));
    }
  }
  std::stable_sort(rows_.begin(), rows_.end(), [](const Threshold& a, const Threshold& b) {
    return a.lower_bound > b.lower_bound;
  });
  const auto repeated = std::adjacent_find(
      rows_.begin(), rows_.end(),
      [](const Threshold& a, const Threshold& b) { return a.lower_bound == b.lower_bound; });
  if (repeated != rows_.end()) {
    fail(Errc::invalid, table_text(name_) + ": rows " + quoted(repeated->code) + " and " +
                            quoted(std::next(repeated)->code) + " share the bound " +
                            describe(repeated->lower_bound));
  }
}

const Threshold& ThresholdTable::lookup(const Rational& value) const {
  if (value < min_ || value > max_) {
    fail(Errc::range, table_text(name_) + ": value " + describe(value) + " outside its domain " +
                          domain_text(min_, max_));
  }
  for (const Threshold& threshold : rows_) {
    if (value >= threshold.lower_bound) return threshold;
  }
  fail(Errc::range, table_text(name_) + ": value " + describe(value) +
                        " lies below its lowest bound " + describe(rows_.back().lower_bound));
}

ThresholdTable ThresholdTable::ukrainian_12_levels() {
  return ThresholdTable("рівні 12-бальної шкали", 1, 12,
                        {row(10, "IV", "Високий"), row(7, "III", "Достатній"),
                         row(4, "II", "Середній"), row(1, "I", "Початковий")});
}

ThresholdTable ThresholdTable::hundred_to_ects() {
  return ThresholdTable(
      "100 → ECTS", 0, 100,
      {row(90, "A", "відмінно", 5), row(82, "B", "дуже добре", 4), row(74, "C", "добре", 4),
       row(64, "D", "задовільно", 3), row(60, "E", "достатньо", 3),
       row(35, "FX", "незадовільно (можливе повторне складання)", 2),
       row(0, "F", "незадовільно (повторне вивчення)", 2)});
}

ThresholdTable ThresholdTable::ukrainian_12_to_five() {
  return ThresholdTable("12 → 5", 1, 12,
                        {row(10, "5", "відмінно", 5), row(7, "4", "добре", 4),
                         row(4, "3", "задовільно", 3), row(1, "2", "незадовільно", 2)});
}

ThresholdTable ThresholdTable::hundred_to_five() {
  return ThresholdTable("100 → 5", 0, 100,
                        {row(90, "5", "відмінно", 5), row(74, "4", "добре", 4),
                         row(60, "3", "задовільно", 3), row(0, "2", "незадовільно", 2)});
}

ThresholdTable ThresholdTable::five_to_ukrainian_12() {
  return ThresholdTable(
      "5 → 12", 3, 5,
      {row(5, "12", "відмінно", 12), row(4, "9", "добре", 9), row(3, "6", "задовільно", 6)});
}

Scale Scale::numeric(std::string name, Rational min, Rational max, Rational step,
                     std::optional<ThresholdTable> levels) {
  if (min >= max) {
    fail(Errc::invalid, scale_text(name) + ": minimum " + describe(min) + " is not below maximum " +
                            describe(max));
  }
  if (step.sign() <= 0) {
    fail(Errc::invalid, scale_text(name) + ": step " + describe(step) + " is not positive");
  }
  if (levels && (levels->min() != min || levels->max() != max)) {
    fail(Errc::invalid, scale_text(name) + ": its levels cover " +
                            domain_text(levels->min(), levels->max()) + ", not its range " +
                            domain_text(min, max));
  }
  Scale scale;
  scale.name_ = std::move(name);
  scale.kind_ = ScaleKind::numeric;
  scale.min_ = min;
  scale.max_ = max;
  scale.step_ = step;
  scale.levels_ = std::move(levels);
  return scale;
}

Scale Scale::symbolic(std::string name, std::vector<Symbol> symbols) {
  if (symbols.empty()) fail(Errc::invalid, scale_text(name) + " has no symbols");
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    const Symbol& symbol = symbols[i];
    if (symbol.code.empty()) {
      fail(Errc::invalid, scale_text(name) + ": symbol " + std::to_string(i) + " (value " +
                              describe(symbol.value) + ") has an empty code");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (symbols[j].code == symbol.code) {
        fail(Errc::invalid, scale_text(name) + ": symbols " + std::to_string(j) + " and " +
                                std::to_string(i) + " share the code " + quoted(symbol.code));
      }
    }
    if (i > 0 && symbols[i - 1].value >= symbol.value) {
      fail(Errc::invalid, scale_text(name) + ": symbol " + quoted(symbol.code) + " has the value " +
                              describe(symbol.value) + ", not above the value " +
                              describe(symbols[i - 1].value) + " of " +
                              quoted(symbols[i - 1].code) + " before it");
    }
  }
  Scale scale;
  scale.name_ = std::move(name);
  scale.kind_ = ScaleKind::symbolic;
  scale.min_ = symbols.front().value;
  scale.max_ = symbols.back().value;
  scale.symbols_ = std::move(symbols);
  return scale;
}

Scale Scale::verbal(std::string name) {
  Scale scale;
  scale.name_ = std::move(name);
  scale.kind_ = ScaleKind::verbal;
  return scale;
}

Scale Scale::ukrainian_12() {
  return numeric("12-бальна", 1, 12, 1, ThresholdTable::ukrainian_12_levels());
}

Scale Scale::nush_levels() {
  return symbolic(
      "рівні НУШ",
      {{"П", "початковий", 1}, {"С", "середній", 2}, {"Д", "достатній", 3}, {"В", "високий", 4}});
}

Scale Scale::nush_descriptors() {
  return symbolic("дескриптори свідоцтва досягнень",
                  {{"1", "ще потребує уваги і допомоги", 1},
                   {"2", "досягає результату з допомогою вчителя/дорослих", 2},
                   {"3", "демонструє помітний прогрес", 3},
                   {"4", "має значні успіхи", 4}});
}

Scale Scale::nush_verbal() {
  return verbal("вербальне оцінювання");
}

Scale Scale::five_point() {
  return numeric("5-бальна", 2, 5, 1,
                 ThresholdTable("5-бальна", 2, 5,
                                {row(5, "5", "відмінно"), row(4, "4", "добре"),
                                 row(3, "3", "задовільно"), row(2, "2", "незадовільно")}));
}

Scale Scale::hundred_point(std::optional<ThresholdTable> ects) {
  return numeric("100-бальна", 0, 100, 1,
                 ects ? std::move(ects) : std::optional(ThresholdTable::hundred_to_ects()));
}

Scale Scale::pass_fail() {
  return symbolic("зараховано / не зараховано",
                  {{"не зар.", "не зараховано", 0}, {"зар.", "зараховано", 1}});
}

Rational Scale::min() const {
  if (kind_ == ScaleKind::verbal) {
    fail(Errc::unsupported, "verbal " + scale_text(name_) + " has no range");
  }
  return min_;
}

Rational Scale::max() const {
  if (kind_ == ScaleKind::verbal) {
    fail(Errc::unsupported, "verbal " + scale_text(name_) + " has no range");
  }
  return max_;
}

bool Scale::contains(const Rational& value) const {
  switch (kind_) {
    case ScaleKind::numeric:
      return value >= min_ && value <= max_ && ((value - min_) / step_).is_integer();
    case ScaleKind::symbolic:
      return std::any_of(symbols_.begin(), symbols_.end(),
                         [&](const Symbol& symbol) { return symbol.value == value; });
    case ScaleKind::verbal: return false;
  }
  return false;
}

Rational Scale::parse(std::string_view text) const {
  switch (kind_) {
    case ScaleKind::numeric: {
      Rational value;
      try {
        value = Rational::parse(text);
      } catch (const Error& error) {
        fail(Errc::invalid,
             quoted(text) + " is not a grade of " + scale_text(name_) + ": " + error.what());
      }
      if (!contains(value)) {
        fail(Errc::invalid, quoted(text) + " is not a grade of " + scale_text(name_) + " (" +
                                domain_text(min_, max_) + ", step " + describe(step_) + ")");
      }
      return value;
    }
    case ScaleKind::symbolic: {
      for (const Symbol& symbol : symbols_) {
        if (symbol.code == text) return symbol.value;
      }
      for (const Symbol& symbol : symbols_) {
        if (symbol.label == text) return symbol.value;
      }
      fail(Errc::invalid, quoted(text) + " is neither a code nor a label of " + scale_text(name_));
    }
    case ScaleKind::verbal: break;
  }
  fail(Errc::unsupported,
       "verbal " + scale_text(name_) + " has no grades to read from " + quoted(text));
}

const Threshold& Scale::level_of(const Rational& value) const {
  if (!levels_) fail(Errc::unsupported, scale_text(name_) + " has no levels");
  return levels_->lookup(value);
}

}  // namespace ejournal::grading
