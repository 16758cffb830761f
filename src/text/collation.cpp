#include "ejournal/text/collation.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <new>
#include <utility>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::text {

namespace {

// NFC with every apostrophe as U+0027: under "shifted" ICU ignores U+0027 at the primary level
// but weighs U+02BC and U+02BB as letters (toolchain.md §5).
icu::UnicodeString prepared(std::string_view text) {
  const std::string nfc = to_nfc(text);
  icu::UnicodeString result =
      icu::UnicodeString::fromUTF8(icu::StringPiece(nfc.data(), static_cast<int32_t>(nfc.size())));
  for (const char16_t apostrophe : {u'\u2019', u'\u02BC', u'\u2018', u'\u0060', u'\u02BB'}) {
    result.findAndReplace(icu::UnicodeString(apostrophe), icu::UnicodeString(u'\''));
  }
  return result;
}

void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(Errc::unsupported, ErrorDomain::text,
                std::string(what) + " failed in ICU: " + u_errorName(status));
  }
}

int sign_of(int value) {
  return (value > 0) - (value < 0);
}

// The ICU sort key of `text` including its terminating 0x00, which no other key byte equals.
std::string terminated_key(const icu::Collator& collator, std::string_view text) {
  const icu::UnicodeString source = prepared(text);
  std::string key(64, '\0');
  for (;;) {
    const int32_t needed = collator.getSortKey(source, reinterpret_cast<uint8_t*>(key.data()),
                                               static_cast<int32_t>(key.size()));
    if (needed <= 0) throw Error(Errc::unsupported, ErrorDomain::text, "ICU gave no sort key");
    const bool fits = static_cast<std::size_t>(needed) <= key.size();
    key.resize(static_cast<std::size_t>(needed));
    if (fits) return key;
  }
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
  std::string key = terminated_key(*icu_->collator, text);
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
  std::string key = terminated_key(*icu_->collator, name.surname) +
                    terminated_key(*icu_->collator, name.given_name) +
                    terminated_key(*icu_->collator, name.patronymic);
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
