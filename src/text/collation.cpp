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
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"
#include "utf16.hpp"

namespace ejournal::text {

namespace {

void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(Errc::unsupported, ErrorDomain::text,
                std::string(what) + " failed in ICU: " + u_errorName(status));
  }
}

// Whether each code point below U+0500 (Latin and Cyrillic) passes the NFC quick check on its
// own: NFC_QC = Yes and combining class 0. Text made only of such code points is in NFC (UAX #15
// quick check), so the usual name skips the normaliser. Built once from ICU's own data.
class NfcQuickYes {
 public:
  NfcQuickYes() {
    for (std::size_t c = 0; c < table_.size(); ++c) {
      const auto code_point = static_cast<UChar32>(c);
      table_[c] = u_getIntPropertyValue(code_point, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                  u_getCombiningClass(code_point) == 0;
    }
  }
  bool operator()(char16_t unit) const { return unit < table_.size() && table_[unit]; }

 private:
  std::array<bool, 0x500> table_{};
};

const NfcQuickYes& nfc_quick_yes() {
  static const NfcQuickYes table;
  return table;
}

// A text as the collator reads it: UTF-16 in NFC with every apostrophe as U+0027. Under
// "shifted" ICU ignores U+0027 at the primary level but weighs U+02BC and U+02BB as letters
// (toolchain.md §5). This runs for every key of a sort, so a name is decoded in one pass into an
// inline buffer; only long text or text that is not yet NFC takes the heap.
class CollationInput {
 public:
  explicit CollationInput(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(INT32_MAX)) {
      throw Error(Errc::range, ErrorDomain::text,
                  "text of " + std::to_string(text.size()) + " bytes exceeds the 2 GiB limit");
    }
    char16_t* units = inline_.data();
    if (text.size() > inline_.size()) {
      heap_.resize(text.size());
      units = heap_.data();
    }
    const std::size_t decoded = decode_utf8(text, units);
    const NfcQuickYes& quick_yes = nfc_quick_yes();
    bool in_nfc = true;
    std::size_t length = 0;
    for (std::size_t i = 0; i < decoded; ++i) {
      const char16_t unit = units[i];
      in_nfc = in_nfc && quick_yes(unit);
      switch (unit) {
        case u'\u2019':
        case u'\u02BC':
        case u'\u2018':
        case u'\u0060':
        case u'\u02BB': units[length++] = u'\''; break;
        default: units[length++] = unit; break;
      }
    }
    data_ = units;
    length_ = static_cast<int32_t>(length);
    if (in_nfc) return;
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    check_icu(status, "opening the NFC normaliser");
    if (unorm2_isNormalized(nfc, data_, length_, &status)) return;
    check_icu(status, "checking NFC");
    // Apostrophes neither compose nor reorder, so folding them first changes nothing here.
    const int32_t needed = unorm2_normalize(nfc, data_, length_, nullptr, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) check_icu(status, "NFC normalisation");
    std::u16string normalised(static_cast<std::size_t>(needed), u'\0');
    status = U_ZERO_ERROR;
    unorm2_normalize(nfc, data_, length_, normalised.data(), needed, &status);
    check_icu(status, "NFC normalisation");
    heap_ = std::move(normalised);
    data_ = heap_.data();
    length_ = needed;
  }
  CollationInput(const CollationInput&) = delete;
  CollationInput& operator=(const CollationInput&) = delete;

  const char16_t* data() const { return data_; }
  int32_t length() const { return length_; }

 private:
  std::array<char16_t, 96> inline_;
  std::u16string heap_;
  const char16_t* data_ = nullptr;
  int32_t length_ = 0;
};

int sign_of(int value) {
  return (value > 0) - (value < 0);
}

// Appends the ICU sort key of `text` with its terminating 0x00, which no other key byte equals.
// A stack buffer serves the usual name; a longer key is fetched again at its full size.
void append_terminated_key(std::string& key, const icu::Collator& collator, std::string_view text) {
  const CollationInput source(text);
  std::array<uint8_t, 256> buffer;
  const int32_t needed = collator.getSortKey(source.data(), source.length(), buffer.data(),
                                             static_cast<int32_t>(buffer.size()));
  if (needed <= 0) throw Error(Errc::unsupported, ErrorDomain::text, "ICU gave no sort key");
  if (static_cast<std::size_t>(needed) <= buffer.size()) {
    key.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(needed));
    return;
  }
  const std::size_t offset = key.size();
  key.resize(offset + static_cast<std::size_t>(needed));
  collator.getSortKey(source.data(), source.length(),
                      reinterpret_cast<uint8_t*>(key.data() + offset), needed);
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
  // Through sort keys rather than ICU's compare: the two disagree when a shifted punctuation
  // mark is followed by a combining mark (found by fuzzing, twice), and every order the library
  // gives — SQLite's ORDER BY through this function, sort keys in memory — must be one order.
  std::string left;
  std::string right;
  append_terminated_key(left, *icu_->collator, a);
  append_terminated_key(right, *icu_->collator, b);
  return sign_of(left.compare(right));
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
