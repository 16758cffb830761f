// The built-in list of commonly used passwords (not installed).
#pragma once

#include <string_view>

namespace ejournal::security::detail {

/// Whether `folded` (UTF-8, NFC, case-folded) is on the list.
bool is_common_password(std::string_view folded);

}  // namespace ejournal::security::detail
