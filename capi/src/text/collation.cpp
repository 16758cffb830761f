// Name normalisation, search keys and the Ukrainian collator: ej_name_normalize, ej_search_key,
// ej_latin_search_key, ej_collator_*.
#include <cstdint>
#include <string>

#include "ejournal/text/collation.hpp"
#include "ejournal/text/normalize.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace text = ejournal::text;

// The handle keeps the last key so that ej_collator_*sort_key can lend it out.
struct ej_collator {
  text::UkrainianCollator collator;
  std::string key;
};

namespace {

void lend_key(const uint8_t** data, size_t* len, ej_collator* collator, std::string key) {
  collator->key = std::move(key);
  *data = reinterpret_cast<const uint8_t*>(collator->key.data());
  *len = collator->key.size();
}

}  // namespace

extern "C" {

int ej_name_normalize(char** out, uint32_t* out_changes, const char* text, int32_t mode) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    if (out_changes != nullptr) *out_changes = 0;
    const std::string source = capi::read_text(text, "text");
    if (mode != EJ_NORMALIZE_STRICT && mode != EJ_NORMALIZE_LENIENT) {
      throw ejournal::Error(ejournal::Errc::invalid, ejournal::ErrorDomain::argument,
                            "argument 'mode' has the unknown value " + std::to_string(mode));
    }
    const auto result =
        text::normalize_name(source, mode == EJ_NORMALIZE_STRICT ? text::NormalizeMode::strict
                                                                 : text::NormalizeMode::lenient);
    *out = capi::hand_out(result.text);
    if (out_changes != nullptr) *out_changes = static_cast<uint32_t>(result.changes.size());
    return EJ_OK;
  });
}

int ej_search_key(char** out, const char* text) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = capi::hand_out(text::search_key(capi::read_text(text, "text")));
    return EJ_OK;
  });
}

int ej_latin_search_key(char** out, const char* text) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = capi::hand_out(text::latin_search_key(capi::read_text(text, "text")));
    return EJ_OK;
  });
}

int ej_collator_new(ej_collator** out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_collator{text::UkrainianCollator(), std::string()};
    return EJ_OK;
  });
}

void ej_collator_free(ej_collator* collator) {
  delete collator;
}

int ej_collator_compare(int32_t* out, ej_collator* collator, const char* a, const char* b) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(collator, "collator");
    *out = collator->collator.compare(capi::read_text(a, "a"), capi::read_text(b, "b"));
    return EJ_OK;
  });
}

int ej_collator_sort_key(const uint8_t** data, size_t* len, ej_collator* collator,
                         const char* text) {
  return capi::guarded([&] {
    capi::require(data, "data");
    capi::require(len, "len");
    *data = nullptr;
    *len = 0;
    capi::require(collator, "collator");
    lend_key(data, len, collator, collator->collator.sort_key(capi::read_text(text, "text")));
    return EJ_OK;
  });
}

int ej_collator_name_sort_key(const uint8_t** data, size_t* len, ej_collator* collator,
                              const char* surname, const char* given_name, const char* patronymic,
                              uint64_t id) {
  return capi::guarded([&] {
    capi::require(data, "data");
    capi::require(len, "len");
    *data = nullptr;
    *len = 0;
    capi::require(collator, "collator");
    const std::string family = capi::read_text(surname, "surname");
    const std::string given = capi::read_text(given_name, "given_name");
    const std::string father = capi::read_text(patronymic, "patronymic", true);
    lend_key(data, len, collator,
             collator->collator.name_sort_key(text::PersonName{family, given, father, id}));
    return EJ_OK;
  });
}

}  // extern "C"
