// Ukrainian alphabetical order (ua-school.md §5.10) over ICU's CLDR "uk" collation.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace ejournal::text {

/// A person's name to order; `id` is the caller's stable tie-break (for example a row id).
struct PersonName {
  std::string_view surname;
  std::string_view given_name;
  std::string_view patronymic;
  std::uint64_t id = 0;
};

/// Ukrainian order: Г < Ґ < Д, Е < Є, И < І < Ї < Й; case and apostrophes count only when all
/// else is equal ("Марина Марта Мар'яна"). Input is NFC-normalised and every apostrophe variant
/// is folded to U+0027 first, because ICU treats U+02BC as a letter and would not ignore it.
/// Thread safety: one object must not be used by two threads at once; copy it (a copy clones
/// the ICU collator) to give each thread its own.
class UkrainianCollator {
 public:
  /// Throws Error(unsupported) when ICU has no usable "uk" collation.
  UkrainianCollator();
  UkrainianCollator(const UkrainianCollator& other);
  UkrainianCollator& operator=(const UkrainianCollator& other);
  UkrainianCollator(UkrainianCollator&&) noexcept;
  UkrainianCollator& operator=(UkrainianCollator&&) noexcept;
  ~UkrainianCollator();

  /// -1, 0 or 1. Throws Error(invalid) naming the byte offset for invalid UTF-8.
  int compare(std::string_view a, std::string_view b) const;
  /// Bytes whose plain lexicographic order (memcmp) is compare's order.
  std::string sort_key(std::string_view text) const;

  /// By surname, then given name, then patronymic, then id, then the raw bytes of the three
  /// names, so that only identical names with identical ids compare equal.
  int compare_names(const PersonName& a, const PersonName& b) const;
  /// Bytes whose memcmp order is compare_names' order.
  std::string name_sort_key(const PersonName& name) const;

 private:
  struct Icu;  // keeps ICU's headers out of this one
  std::unique_ptr<Icu> icu_;
};

/// A context for uk_collation_compare: a new UkrainianCollator, or nullptr when ICU has none.
/// Give each SQLite connection its own. Release it with uk_collation_context_free, which matches
/// the xDestroy of sqlite3_create_collation_v2.
void* uk_collation_context_new() noexcept;
void uk_collation_context_free(void* context) noexcept;

/// The xCompare of sqlite3_create_collation_v2: UkrainianCollator::compare of the two byte
/// ranges. Never throws; text that is not valid UTF-8 is ordered by its bytes after all valid
/// text, so the order stays total.
int uk_collation_compare(void* context, int a_len, const void* a, int b_len,
                         const void* b) noexcept;

}  // namespace ejournal::text
