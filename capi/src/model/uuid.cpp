// Entity ids: ej_uuid_parse, ej_uuid_format, ej_uuid_generate, ej_uuid_is_nil.
#include <algorithm>
#include <cstring>
#include <string>

#include <boost/uuid/uuid.hpp>

#include "ejournal/model/ids.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace model = ejournal::model;

namespace {

static_assert(sizeof(ej_uuid::bytes) == boost::uuids::uuid::static_size(),
              "ej_uuid and boost::uuids::uuid hold the same 16 bytes");

void store(ej_uuid* out, const boost::uuids::uuid& value) noexcept {
  std::copy(value.begin(), value.end(), out->bytes);
}

boost::uuids::uuid load(const ej_uuid& id) noexcept {
  boost::uuids::uuid value{};
  std::copy(std::begin(id.bytes), std::end(id.bytes), value.begin());
  return value;
}

}  // namespace

extern "C" {

int ej_uuid_parse(ej_uuid* out, const char* text) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_uuid{};
    store(out, model::parse_uuid(capi::read_text(text, "text")));
    return EJ_OK;
  });
}

int ej_uuid_format(char* out, size_t out_size, const ej_uuid* id) {
  // EJ_EBUFS has no core error code: the status is set here, so the body returns a plain int.
  return capi::guarded([&]() -> int {
    capi::require(out, "out");
    if (out_size > 0) out[0] = '\0';
    capi::require(id, "id");
    constexpr std::size_t kNeeded = EJ_UUID_STRLEN + 1;
    if (out_size < kNeeded) {
      return capi::set_error(EJ_EBUFS, EJ_ERRCLASS_ARGUMENT,
                             "out_size " + std::to_string(out_size) +
                                 " is too small for a UUID's text; it needs " +
                                 std::to_string(kNeeded) + " bytes");
    }
    const std::string text = model::uuid_text(load(*id));
    std::memcpy(out, text.c_str(), kNeeded);
    return EJ_OK;
  });
}

int ej_uuid_generate(ej_uuid* out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_uuid{};
    store(out, model::time_ordered_uuid());
    return EJ_OK;
  });
}

int ej_uuid_is_nil(const ej_uuid* id) {
  if (id == nullptr) return 1;
  return std::all_of(std::begin(id->bytes), std::end(id->bytes),
                     [](std::uint8_t byte) { return byte == 0; })
             ? 1
             : 0;
}

}  // extern "C"
