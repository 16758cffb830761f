#include "updates.hpp"

#include "ejournal/error.hpp"

namespace ejournal::capi::records {

std::int64_t read_revision(std::int64_t revision) {
  if (revision < 1) {
    fail_invalid("argument 'revision' is " + std::to_string(revision) +
                 ": a stored record's revision is 1 or more");
  }
  return revision;
}

void fail_stale(std::string_view kind, const std::string& id, std::int64_t read,
                std::int64_t stored) {
  throw Error(Errc::conflict, ErrorDomain::storage,
              std::string(kind) + " " + id + " was read at revision " + std::to_string(read) +
                  ", but the store has revision " + std::to_string(stored) +
                  ": someone else changed it since");
}

std::optional<std::string> read_text_change(const char* text, std::string_view parameter,
                                            std::size_t max_bytes) {
  if (text == nullptr) return std::nullopt;
  return read_text(text, parameter, false, max_bytes);
}

}  // namespace ejournal::capi::records
