#include "ejournal/text/collation.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <utility>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::text {

namespace {

void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(Errc::unsupported, ErrorDomain::text,
                std::string(what) + " failed in ICU: " + u_errorName(status));
  }
}

// NFC with every apostrophe as U+0027: under "shifted" ICU ignores U+0027 at the primary level
// but weighs U+02BC and U+02BB as letters (toolchain.md §5). One conversion to UTF-16 and one
// pass over it: this runs for every key of a sort.
icu::UnicodeString prepared(std::string_view text) {
  if (const auto offset = find_invalid_utf8(text)) {
    throw Error(Errc::invalid, ErrorDomain::text,
                "invalid UTF-8 at byte offset " + std::to_string(*offset));
  }
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw Error(Errc::range, ErrorDomain::text,
                "text of " + std::to_string(text.size()) + " bytes exceeds the 2 GiB limit");
  }
  icu::UnicodeString result = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  check_icu(status, "opening the NFC normaliser");
  if (!nfc->isNormalized(result, status)) result = nfc->normalize(result, status);
  check_icu(status, "NFC normalisation");
  for (int32_t i = 0; i < result.length(); ++i) {
    switch (result.charAt(i)) {
      case u'\u2019':
      case u'\u02BC':
      case u'\u2018':
      case u'\u0060':
      case u'\u02BB': result.setCharAt(i, u'\''); break;
      default: break;
    }
  }
  return result;
}

int sign_of(int value) {
  return (value > 0) - (value < 0);
}

// Appends the ICU sort key of `text` with its terminating 0x00, which no other key byte equals.
// A stack buffer serves the usual name; a longer key is fetched again at its full size.
void append_terminated_key(std::string& key, const icu::Collator& collator, std::string_view text) {
  const icu::UnicodeString source = prepared(text);
  std::array<uint8_t, 256> buffer{};
  const int32_t needed =
      collator.getSortKey(source, buffer.data(), static_cast<int32_t>(buffer.size()));
  if (needed <= 0) throw Error(Errc::unsupported, ErrorDomain::text, "ICU gave no sort key");
  if (static_cast<std::size_t>(needed) <= buffer.size()) {
    key.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(needed));
    return;
  }
  const std::size_t offset = key.size();
  key.resize(offset + static_cast<std::size_t>(needed));
  collator.getSortKey(source, reinterpret_cast<uint8_t*>(key.data() + offset), needed);
}

}  // namespace

struct UkrainianCollator::Icu {
  std::unique_ptr<icu::Collator> collator;
};

UkrainianCollator::UkrainianCollator() : icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->collator.reset(icu::Collator::createInstance(icu::Locale("uk"), status));
  check_icu(status, "opening the Ukrainian collation");
  icu_->collator->setAttribute(UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, status);
  check_icu(status, "setting alternate handling");
}

UkrainianCollator::UkrainianCollator(const UkrainianCollator& other)
    : icu_(std::make_unique<Icu>(
          Icu{std::unique_ptr<icu::Collator>(other.icu_->collator->clone())})) {
  if (!icu_->collator) throw std::bad_alloc();
}

UkrainianCollator& UkrainianCollator::operator=(const UkrainianCollator& other) {
  UkrainianCollator copy(other);
  icu_ = std::move(copy.icu_);
  return *this;
}

UkrainianCollator::UkrainianCollator(UkrainianCollator&&) noexcept = default;
UkrainianCollator& UkrainianCollator::operator=(UkrainianCollator&&) noexcept = default;
UkrainianCollator::~UkrainianCollator() = default;

int UkrainianCollator::compare(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult order = icu_->collator->compare(prepared(a), prepared(b), status);
  check_icu(status, "comparing");
  return static_cast<int>(order);
}

std::string UkrainianCollator::sort_key(std::string_view text) const {
  std::string key;
  append_terminated_key(key, *icu_->collator, text);
  key.pop_back();
  return key;
}

int UkrainianCollator::compare_names(const PersonName& a, const PersonName& b) const {
  const std::array<std::pair<std::string_view, std::string_view>, 3> parts{
      {{a.surname, b.surname}, {a.given_name, b.given_name}, {a.patronymic, b.patronymic}}};
  for (const auto& [left, right] : parts) {
    if (const int order = compare(left, right); order != 0) return order;
  }
  if (a.id != b.id) return a.id < b.id ? -1 : 1;
  for (const auto& [left, right] : parts) {
    if (const int order = sign_of(left.compare(right)); order != 0) return order;
  }
  return 0;
}

std::string UkrainianCollator::name_sort_key(const PersonName& name) const {
  std::string key;
  key.reserve(160 + name.surname.size() + name.given_name.size() + name.patronymic.size());
  append_terminated_key(key, *icu_->collator, name.surname);
  append_terminated_key(key, *icu_->collator, name.given_name);
  append_terminated_key(key, *icu_->collator, name.patronymic);
  for (int shift = 56; shift >= 0; shift -= 8) {
    key.push_back(static_cast<char>((name.id >> shift) & 0xFFU));
  }
  // The raw names, NUL-separated so that a shorter name sorts first as in compare_names.
  key.append(name.surname).append(1, '\0').append(name.given_name).append(1, '\0');
  key.append(name.patronymic);
  return key;
}

void* uk_collation_context_new() noexcept {
  try {
    return new UkrainianCollator();
  } catch (...) {
    return nullptr;
  }
}

void uk_collation_context_free(void* context) noexcept {
  delete static_cast<UkrainianCollator*>(context);
}

int uk_collation_compare(void* context, int a_len, const void* a, int b_len,
                         const void* b) noexcept {
  const std::string_view left(static_cast<const char*>(a),
                              static_cast<std::size_t>(std::max(a_len, 0)));
  const std::string_view right(static_cast<const char*>(b),
                               static_cast<std::size_t>(std::max(b_len, 0)));
  const bool left_valid = !find_invalid_utf8(left).has_value();
  const bool right_valid = !find_invalid_utf8(right).has_value();
  if (left_valid != right_valid) return left_valid ? -1 : 1;
  if (left_valid && context != nullptr) {
    try {
      return static_cast<const UkrainianCollator*>(context)->compare(left, right);
    } catch (...) {
      // Out of memory: fall back to byte order rather than let an exception reach SQLite.
    }
  }
  return sign_of(left.compare(right));
}

}  // namespace ejournal::text
