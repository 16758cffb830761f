// Ukrainian identifiers and first-level units: ej_*_normalize, ej_katottg_parse, ej_region_*.
#include <string>
#include <string_view>

#include "ejournal/text/identifiers.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace text = ejournal::text;

namespace {

// The shared body of the ej_*_normalize functions: read, normalise, hand out.
int normalize_into(char** out, const char* input, std::string (*normalize)(std::string_view)) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = capi::hand_out(normalize(capi::read_text(input, "text")));
    return EJ_OK;
  });
}

}  // namespace

extern "C" {

int ej_edrpou_normalize(char** out, const char* input) {
  return normalize_into(out, input, text::normalize_edrpou);
}

int ej_rnokpp_normalize(char** out, const char* input) {
  return normalize_into(out, input, text::normalize_rnokpp);
}

int ej_class_name_normalize(char** out, const char* input) {
  return normalize_into(out, input, text::normalize_class_name);
}

int ej_diso_id_normalize(char** out, const char* input) {
  return normalize_into(out, input, text::normalize_diso_id);
}

int ej_katottg_parse(char** out_code, int32_t* out_region_index, const char* input) {
  return capi::guarded([&] {
    capi::put(out_region_index, int32_t{-1});
    capi::require(out_code, "out_code");
    *out_code = nullptr;
    const text::Katottg parsed = text::parse_katottg(capi::read_text(input, "text"));
    const auto all = text::regions();
    const auto index =
        capi::to_int32(static_cast<std::size_t>(parsed.region - all.data()), "region index");
    *out_code = capi::hand_out(parsed.code);
    capi::put(out_region_index, index);
    return EJ_OK;
  });
}

int ej_region_count(int32_t* out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = capi::to_int32(text::regions().size(), "region count");
    return EJ_OK;
  });
}

int ej_region_get(const char** out_katottg, const char** out_iso, const char** out_name_uk,
                  const char** out_name_latin, int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_katottg);
    capi::reset(out_iso);
    capi::reset(out_name_uk);
    capi::reset(out_name_latin);
    const auto all = text::regions();
    const text::Region& region = all[capi::read_index(index, all.size(), "first-level units")];
    // The reference data are string literals, so each view is NUL-terminated.
    capi::put(out_katottg, region.katottg.data());
    capi::put(out_iso, region.iso.data());
    capi::put(out_name_uk, region.name_uk.data());
    capi::put(out_name_latin, region.name_latin.data());
    return EJ_OK;
  });
}

}  // extern "C"
