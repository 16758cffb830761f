// Building the tree: ej_category_options_init, ej_item_options_init, ej_gradebook_new/free/add_*,
// the Canvas weighting switches and the item index.
#include <optional>
#include <string>
#include <utility>

#include "ejournal/grading/gradebook.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "handles.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;
namespace gradebook = ejournal::grading::gradebook;

namespace {

// The constants of gradebook.h are the core's enumerators, so the casts below are exact.
static_assert(static_cast<int>(gradebook::Aggregation::mean) == EJ_AGGREGATION_MEAN);
static_assert(static_cast<int>(gradebook::Aggregation::natural) == EJ_AGGREGATION_NATURAL);

gradebook::Aggregation read_aggregation(int32_t aggregation, std::string_view parameter) {
  if (aggregation < EJ_AGGREGATION_MEAN || aggregation > EJ_AGGREGATION_NATURAL) {
    capi::fail_invalid("argument '" + std::string(parameter) +
                       "' is not an ej_gradebook_aggregation (" + std::to_string(aggregation) +
                       ")");
  }
  return static_cast<gradebook::Aggregation>(aggregation);
}

std::optional<grading::Rational> read_weight(int32_t has_weight, double weight,
                                             std::string_view has_weight_parameter,
                                             std::string_view weight_parameter) {
  if (!capi::read_bool(has_weight, has_weight_parameter)) return std::nullopt;
  return capi::read_double(weight, weight_parameter);
}

gradebook::Category read_category(const ej_category_options* opts) {
  const ej_category_options defaults = EJ_CATEGORY_OPTIONS_INIT;
  const ej_category_options& given = opts != nullptr ? *opts : defaults;
  // Version 1 is the only layout so far, so every field below exists in the caller's struct.
  capi::check_options_version(given.version, EJ_CATEGORY_OPTIONS_VERSION, "opts->version");
  gradebook::Category category;
  category.aggregation = read_aggregation(given.aggregation, "opts->aggregation");
  category.exclude_empty = capi::read_bool(given.exclude_empty, "opts->exclude_empty");
  // Negative counts are the core's to refuse: its message names the category.
  category.drop_lowest = given.drop_lowest;
  category.keep_highest = given.keep_highest;
  category.drop_highest = given.drop_highest;
  category.min = capi::read_double(given.min, "opts->min");
  category.max = capi::read_double(given.max, "opts->max");
  category.weight = read_weight(given.has_weight, given.weight, "opts->has_weight", "opts->weight");
  category.weight_overridden = capi::read_bool(given.weight_overridden, "opts->weight_overridden");
  category.extra_credit = capi::read_bool(given.extra_credit, "opts->extra_credit");
  category.hidden = capi::read_bool(given.hidden, "opts->hidden");
  return category;
}

gradebook::Item read_item(const ej_item_options* opts) {
  const ej_item_options defaults = EJ_ITEM_OPTIONS_INIT;
  const ej_item_options& given = opts != nullptr ? *opts : defaults;
  // Version 1 is the only layout so far, so every field below exists in the caller's struct.
  capi::check_options_version(given.version, EJ_ITEM_OPTIONS_VERSION, "opts->version");
  capi::check_reserved(given.reserved, "opts->reserved");
  gradebook::Item item;
  item.order = given.order;
  item.min = capi::read_double(given.min, "opts->min");
  item.max = capi::read_double(given.max, "opts->max");
  item.weight = read_weight(given.has_weight, given.weight, "opts->has_weight", "opts->weight");
  item.weight_overridden = capi::read_bool(given.weight_overridden, "opts->weight_overridden");
  item.extra_credit = capi::read_bool(given.extra_credit, "opts->extra_credit");
  item.hidden = capi::read_bool(given.hidden, "opts->hidden");
  item.never_drop = capi::read_bool(given.never_drop, "opts->never_drop");
  item.omitted = capi::read_bool(given.omitted, "opts->omitted");
  return item;
}

// Records the new item's id; an id two items share is marked so that a lookup refuses it
// rather than picking one (the compute functions refuse the book itself).
void index_item(ej_gradebook& book, const std::string& id, std::size_t index) {
  const auto [position, inserted] = book.item_index.emplace(id, index);
  if (!inserted) position->second = ej_gradebook::kSharedId;
}

}  // namespace

extern "C" {

int ej_category_options_init(ej_category_options* opts, uint32_t version) {
  return capi::init_options(opts, version, ej_category_options EJ_CATEGORY_OPTIONS_INIT);
}

int ej_item_options_init(ej_item_options* opts, uint32_t version) {
  return capi::init_options(opts, version, ej_item_options EJ_ITEM_OPTIONS_INIT);
}

int ej_gradebook_new(ej_gradebook** out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_gradebook{};
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_gradebook_free(ej_gradebook* book) {
  delete book;
}

int ej_gradebook_add_category(ej_gradebook* book, const char* id, const char* parent,
                              const char* name, const ej_category_options* opts) {
  return capi::guarded([&] {
    capi::require(book, "book");
    gradebook::Category category = read_category(opts);
    category.id = capi::read_text(id, "id");
    category.parent = capi::read_text(parent, "parent", /*optional=*/true);
    category.name = capi::read_text(name, "name", /*optional=*/true);
    book->book.categories.push_back(std::move(category));
    return EJ_OK;
  });
}

int ej_gradebook_add_item(ej_gradebook* book, const char* id, const char* category,
                          const char* name, const char* period, const ej_item_options* opts) {
  return capi::guarded([&] {
    capi::require(book, "book");
    gradebook::Item item = read_item(opts);
    item.id = capi::read_text(id, "id");
    item.category = capi::read_text(category, "category");
    item.name = capi::read_text(name, "name", /*optional=*/true);
    item.period = capi::read_text(period, "period", /*optional=*/true);
    // Reserved first, so that a failed allocation leaves the index and the items in step.
    book->book.items.reserve(book->book.items.size() + 1);
    index_item(*book, item.id, book->book.items.size());
    book->book.items.push_back(std::move(item));
    return EJ_OK;
  });
}

int ej_gradebook_add_period(ej_gradebook* book, const char* id, double weight) {
  return capi::guarded([&] {
    capi::require(book, "book");
    gradebook::GradingPeriod period;
    period.id = capi::read_text(id, "id");
    period.weight = capi::read_double(weight, "weight");
    book->book.periods.push_back(std::move(period));
    return EJ_OK;
  });
}

int ej_gradebook_set_weighted_groups(ej_gradebook* book, int32_t weighted) {
  return capi::guarded([&] {
    capi::require(book, "book");
    book->book.weighted_groups = capi::read_bool(weighted, "weighted");
    return EJ_OK;
  });
}

int ej_gradebook_set_weighted_periods(ej_gradebook* book, int32_t weighted) {
  return capi::guarded([&] {
    capi::require(book, "book");
    book->book.weighted_periods = capi::read_bool(weighted, "weighted");
    return EJ_OK;
  });
}

int ej_gradebook_item_index(int32_t* out, const ej_gradebook* book, const char* id) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(book, "book");
    const std::string wanted = capi::read_text(id, "id");
    const auto found = book->item_index.find(wanted);
    if (found == book->item_index.end()) {
      throw ejournal::Error(ejournal::Errc::not_found, ejournal::ErrorDomain::argument,
                            "no item has the id '" + wanted + "'");
    }
    if (found->second == ej_gradebook::kSharedId) {
      capi::fail_invalid("the item id '" + wanted + "' is not unique");
    }
    *out = capi::to_int32(found->second, "the item index");
    return EJ_OK;
  });
}

}  // extern "C"
