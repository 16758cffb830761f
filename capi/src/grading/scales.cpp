// Threshold tables and grading scales: ej_thresholds_* and ej_scale_*.
#include <optional>
#include <utility>
#include <vector>

#include "convert.hpp"
#include "ejournal/grading/scale.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;

struct ej_thresholds {
  grading::ThresholdTable table;
};

struct ej_scale {
  grading::Scale scale;
};

namespace {

static_assert(static_cast<int>(grading::ScaleKind::numeric) == EJ_SCALE_KIND_NUMERIC);
static_assert(static_cast<int>(grading::ScaleKind::verbal) == EJ_SCALE_KIND_VERBAL);

grading::ThresholdTable builtin_thresholds(int32_t which) {
  switch (which) {
    case EJ_THRESHOLDS_UKRAINIAN_12_LEVELS: return grading::ThresholdTable::ukrainian_12_levels();
    case EJ_THRESHOLDS_HUNDRED_TO_ECTS: return grading::ThresholdTable::hundred_to_ects();
    case EJ_THRESHOLDS_UKRAINIAN_12_TO_FIVE: return grading::ThresholdTable::ukrainian_12_to_five();
    case EJ_THRESHOLDS_HUNDRED_TO_FIVE: return grading::ThresholdTable::hundred_to_five();
    case EJ_THRESHOLDS_FIVE_TO_UKRAINIAN_12: return grading::ThresholdTable::five_to_ukrainian_12();
    default: break;
  }
  capi::fail_invalid("argument 'which' is not an ej_thresholds_id (" + std::to_string(which) + ")");
}

grading::Scale builtin_scale(int32_t which) {
  switch (which) {
    case EJ_SCALE_UKRAINIAN_12: return grading::Scale::ukrainian_12();
    case EJ_SCALE_NUSH_LEVELS: return grading::Scale::nush_levels();
    case EJ_SCALE_NUSH_DESCRIPTORS: return grading::Scale::nush_descriptors();
    case EJ_SCALE_NUSH_VERBAL: return grading::Scale::nush_verbal();
    case EJ_SCALE_FIVE_POINT: return grading::Scale::five_point();
    case EJ_SCALE_HUNDRED_POINT: return grading::Scale::hundred_point();
    case EJ_SCALE_PASS_FAIL: return grading::Scale::pass_fail();
    default: break;
  }
  capi::fail_invalid("argument 'which' is not an ej_scale_id (" + std::to_string(which) + ")");
}

// Parameter names of column entries: "codes[2]".
std::string entry(std::string_view column, int32_t index) {
  return std::string(column) + "[" + std::to_string(index) + "]";
}

void check_row_count(int32_t count) {
  if (count < 1) {
    capi::fail_invalid("argument 'count' must be at least 1 (" + std::to_string(count) + ")");
  }
}

}  // namespace

extern "C" {

int ej_thresholds_builtin(ej_thresholds** out, int32_t which) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_thresholds{builtin_thresholds(which)};
    return EJ_OK;
  });
}

int ej_thresholds_new(ej_thresholds** out, const char* name, double min, double max, int32_t count,
                      const double* lower_bounds, const char* const* codes,
                      const char* const* names, const double* values) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    std::string table_name = capi::read_text(name, "name");
    const grading::Rational domain_min = capi::read_double(min, "min");
    const grading::Rational domain_max = capi::read_double(max, "max");
    check_row_count(count);
    capi::require(lower_bounds, "lower_bounds");
    capi::require(codes, "codes");
    capi::require(names, "names");
    std::vector<grading::Threshold> rows;
    rows.reserve(static_cast<std::size_t>(count));
    for (int32_t i = 0; i < count; ++i) {
      grading::Threshold row{capi::read_double(lower_bounds[i], entry("lower_bounds", i)),
                             capi::read_text(codes[i], entry("codes", i)),
                             capi::read_text(names[i], entry("names", i)), std::nullopt};
      if (values != nullptr) row.value = capi::read_double(values[i], entry("values", i));
      rows.push_back(std::move(row));
    }
    *out = new ej_thresholds{
        grading::ThresholdTable(std::move(table_name), domain_min, domain_max, std::move(rows))};
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_thresholds_free(ej_thresholds* table) {
  delete table;
}

int ej_thresholds_lookup(const char** out_code, const char** out_name, ej_rational* out_value,
                         int32_t* out_has_value, const ej_thresholds* table,
                         const ej_rational* value) {
  return capi::guarded([&] {
    capi::reset(out_code);
    capi::reset(out_name);
    capi::reset(out_value);
    capi::reset(out_has_value);
    capi::require(table, "table");
    const grading::Threshold& row = table->table.lookup(capi::read_rational(value, "value"));
    const ej_rational target =
        row.value ? capi::to_c(*row.value, "the row's value") : ej_rational{};
    capi::put(out_code, row.code.c_str());
    capi::put(out_name, row.name.c_str());
    capi::put(out_value, target);
    capi::put(out_has_value, row.value ? 1 : 0);
    return EJ_OK;
  });
}

int ej_scale_builtin(ej_scale** out, int32_t which) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_scale{builtin_scale(which)};
    return EJ_OK;
  });
}

int ej_scale_numeric(ej_scale** out, const char* name, double min, double max, double step,
                     const ej_thresholds* levels) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    std::string scale_name = capi::read_text(name, "name");
    const grading::Rational lowest = capi::read_double(min, "min");
    const grading::Rational highest = capi::read_double(max, "max");
    const grading::Rational spacing = capi::read_double(step, "step");
    std::optional<grading::ThresholdTable> bands;
    if (levels != nullptr) bands = levels->table;
    *out = new ej_scale{
        grading::Scale::numeric(std::move(scale_name), lowest, highest, spacing, std::move(bands))};
    return EJ_OK;
  });
}

int ej_scale_symbolic(ej_scale** out, const char* name, int32_t count, const char* const* codes,
                      const char* const* labels, const double* values) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    std::string scale_name = capi::read_text(name, "name");
    check_row_count(count);
    capi::require(codes, "codes");
    capi::require(labels, "labels");
    capi::require(values, "values");
    std::vector<grading::Symbol> symbols;
    symbols.reserve(static_cast<std::size_t>(count));
    for (int32_t i = 0; i < count; ++i) {
      symbols.push_back(grading::Symbol{capi::read_text(codes[i], entry("codes", i)),
                                        capi::read_text(labels[i], entry("labels", i)),
                                        capi::read_double(values[i], entry("values", i))});
    }
    *out = new ej_scale{grading::Scale::symbolic(std::move(scale_name), std::move(symbols))};
    return EJ_OK;
  });
}

int ej_scale_verbal(ej_scale** out, const char* name) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_scale{grading::Scale::verbal(capi::read_text(name, "name"))};
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_scale_free(ej_scale* scale) {
  delete scale;
}

int ej_scale_info(int32_t* out_kind, const char** out_name, ej_rational* out_min,
                  ej_rational* out_max, int32_t* out_symbol_count, const ej_scale* scale) {
  return capi::guarded([&] {
    capi::reset(out_kind);
    capi::reset(out_name);
    capi::reset(out_min);
    capi::reset(out_max);
    capi::reset(out_symbol_count);
    capi::require(scale, "scale");
    const grading::Scale& s = scale->scale;
    // A verbal scale has no range in the core; the C contract reports {0, 1} for it.
    ej_rational min{0, 1};
    ej_rational max{1, 1};
    if (s.kind() != grading::ScaleKind::verbal) {
      min = capi::to_c(s.min(), "the scale's minimum");
      max = capi::to_c(s.max(), "the scale's maximum");
    }
    const int32_t symbol_count = capi::to_int32(s.symbols().size(), "the number of symbols");
    capi::put(out_kind, static_cast<int32_t>(s.kind()));
    capi::put(out_name, s.name().c_str());
    capi::put(out_min, min);
    capi::put(out_max, max);
    capi::put(out_symbol_count, symbol_count);
    return EJ_OK;
  });
}

int ej_scale_symbol(const char** out_code, const char** out_label, ej_rational* out_value,
                    const ej_scale* scale, int32_t index) {
  return capi::guarded([&] {
    capi::require(out_code, "out_code");
    capi::require(out_label, "out_label");
    capi::require(out_value, "out_value");
    *out_code = nullptr;
    *out_label = nullptr;
    *out_value = ej_rational{};
    capi::require(scale, "scale");
    const auto& symbols = scale->scale.symbols();
    const grading::Symbol& symbol =
        symbols[capi::read_index(index, symbols.size(), "symbols of the scale")];
    *out_value = capi::to_c(symbol.value, "the symbol's value");
    *out_code = symbol.code.c_str();
    *out_label = symbol.label.c_str();
    return EJ_OK;
  });
}

int ej_scale_parse(ej_rational* out, const ej_scale* scale, const char* text) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_rational{};
    capi::require(scale, "scale");
    const std::string grade = capi::read_text(text, "text");
    *out = capi::to_c(scale->scale.parse(grade), "the grade");
    return EJ_OK;
  });
}

int ej_scale_contains(int32_t* out, const ej_scale* scale, const ej_rational* value) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(scale, "scale");
    *out = scale->scale.contains(capi::read_rational(value, "value")) ? 1 : 0;
    return EJ_OK;
  });
}

int ej_scale_level(const char** out_code, const char** out_name, const ej_scale* scale,
                   const ej_rational* value) {
  return capi::guarded([&] {
    capi::require(out_code, "out_code");
    capi::require(out_name, "out_name");
    *out_code = nullptr;
    *out_name = nullptr;
    capi::require(scale, "scale");
    const grading::Threshold& level = scale->scale.level_of(capi::read_rational(value, "value"));
    *out_code = level.code.c_str();
    *out_name = level.name.c_str();
    return EJ_OK;
  });
}

}  // extern "C"
