// Validators for contact details: e-mail addresses and Ukrainian phone numbers (ua-school.md
// §5.6). Every function throws Error(invalid, text) naming the value and the rule it breaks; none
// of them keeps state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ejournal::text {

inline constexpr std::size_t kMaxEmailBytes = 254;
inline constexpr std::size_t kMaxEmailLocalBytes = 64;
inline constexpr std::size_t kMaxDomainBytes = 253;
inline constexpr std::size_t kMaxDomainLabelBytes = 63;

/// An e-mail address in the practical syntax that mail systems actually accept: exactly one '@';
/// a local part that is an ASCII dot-atom of RFC 5322 atext (no leading, trailing or doubled
/// dots, at most 64 bytes; quoted local parts and non-ASCII local parts are refused) whose case is
/// kept; a domain mapped to ASCII by UTS #46 ("школа.укр" → "xn--80atdl2c.xn--j1amh"), lower
/// case, of at least two labels of 1–63 bytes, at most 253 bytes, with a TLD that is not all
/// digits. Surrounding spaces, tabs and line breaks are trimmed; the result is at most 254 bytes.
std::string normalize_email(std::string_view text);

enum class PhoneKind {
  unknown,  ///< a valid Ukrainian number outside the mobile and fixed ranges (toll-free, VoIP, …)
  mobile,
  fixed,
};

/// A Ukrainian phone number in E.164 form.
struct Phone {
  std::string e164;  ///< "+380" and the 9-digit national significant number
  PhoneKind kind = PhoneKind::unknown;
  /// The first two digits of the national number: the operator range of a mobile, the area zone
  /// of a fixed line. Informational only: numbers are portable between operators.
  std::string code;
};

/// A Ukrainian phone number (§5.6). Spaces, dashes, dots and parentheses are removed; the digits
/// may then be "+380…", "00380…", "380…", the national "0…" or the legacy "80…" (as in
/// "8 067 …"), each followed by the 9-digit national number, which cannot start with 0. Other
/// country codes are refused: the journal stores Ukrainian numbers only. The kind follows the
/// mobile and fixed ranges of §5.6 (libphonenumber metadata).
Phone normalize_phone(std::string_view text);

}  // namespace ejournal::text
