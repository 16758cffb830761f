// The field checks that the validated() functions are made of. Each takes the field's name as
// messages show it ("person.email") and throws Error(invalid, argument) naming it and the value.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/text/identifiers.hpp"

namespace ejournal::model::detail {

/// Required or may be empty.
enum class Presence { required, optional };

/// Throws Error(invalid, argument): "<field> '<value>' <rule>".
[[noreturn]] void refuse(std::string_view field, std::string_view value, std::string_view rule);
/// Throws Error(invalid, argument): "<field> <rule>", for a value that is not text.
[[noreturn]] void refuse(std::string_view field, std::string_view rule);

/// A name: text::normalize_name (strict), at most kMaxNameBytes.
std::string name(std::string_view field, std::string_view value, Presence presence);
/// An optional name: nullopt stays, a name that is empty once normalised becomes nullopt.
std::optional<std::string> optional_name(std::string_view field,
                                         const std::optional<std::string>& value);

/// One line of text: valid UTF-8 in NFC, no control characters, surrounding spaces trimmed, at
/// most `max_bytes`.
std::string line(std::string_view field, std::string_view value, std::size_t max_bytes,
                 Presence presence);
/// Text that may span lines: as line() but tabs and line breaks are allowed inside.
std::string text_block(std::string_view field, std::string_view value, std::size_t max_bytes,
                       Presence presence);
/// A special-mark or attendance code: a required line of at most kMaxCodeCharacters characters.
std::string code(std::string_view field, std::string_view value, Presence presence);

/// text::normalize_email, or "" when optional and empty.
std::string email(std::string_view field, std::string_view value, Presence presence);
/// text::normalize_phone's E.164 form, or "" when optional and empty.
std::string phone(std::string_view field, std::string_view value, Presence presence);
/// text::normalize_edrpou, or "" when optional and empty.
std::string edrpou(std::string_view field, std::string_view value, Presence presence);
/// text::normalize_diso_id, or "" when optional and empty.
std::string diso_id(std::string_view field, std::string_view value, Presence presence);
/// text::parse_katottg, or nullopt when optional and empty.
std::optional<text::Katottg> katottg(std::string_view field, std::string_view value,
                                     Presence presence);
/// A first-level unit by ISO 3166-2 code (any case) or two-digit КАТОТТГ code, or nullptr when
/// optional and empty.
const text::Region* region(std::string_view field, std::string_view value, Presence presence);

/// A real day, not one of Boost's special values.
void date(std::string_view field, const Date& value);
/// `later` is not before `earlier`.
void not_before(std::string_view field, const Date& later, std::string_view earlier_field,
                const Date& earlier);

/// The id is not nil.
template <class Tag>
void id(std::string_view field, const Id<Tag>& value) {
  if (value.is_nil()) refuse(field, "is the nil UUID; an id is needed");
}

/// The id, when set, is not nil.
template <class Tag>
void id(std::string_view field, const std::optional<Id<Tag>>& value) {
  if (value) id(field, *value);
}

/// Throws unless the optional field is set exactly when `wanted` ("<field> is set … / missing
/// …", with `condition` saying when it belongs).
template <class T>
void present_when(std::string_view field, const std::optional<T>& value, bool wanted,
                  std::string_view condition) {
  if (wanted && !value) refuse(field, "is missing; it is required " + std::string(condition));
  if (!wanted && value) refuse(field, "is set; it is allowed " + std::string(condition) + " only");
}

/// `value` is one of the named enumerators first … last (a cast from an integer may hold any
/// other number).
template <class Enum>
void enumerator(std::string_view field, Enum value, Enum first, Enum last) {
  using Number = std::underlying_type_t<Enum>;
  const auto number = static_cast<Number>(value);
  if (number < static_cast<Number>(first) || number > static_cast<Number>(last)) {
    refuse(field, "is " + std::to_string(number) + ", not one of the values " +
                      std::to_string(static_cast<Number>(first)) + " … " +
                      std::to_string(static_cast<Number>(last)));
  }
}

}  // namespace ejournal::model::detail
