// The link an invitation e-mail carries. The base URL comes from the embedding application's
// configuration, so it is checked strictly: a link that leaks the token in the clear, points at
// a look-alike user-info host or smuggles a second query is refused rather than mended.
#include <array>
#include <string>
#include <string_view>

#include "../model/fields.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/invitation_email.hpp"

namespace ejournal::services {

namespace {

constexpr std::string_view kField = "invitation base URL";
constexpr std::string_view kSecure = "https://";
// Development servers on the machine itself may use plain HTTP: the token never leaves it.
constexpr std::array<std::string_view, 3> kLoopbackOrigins = {"http://localhost",
                                                              "http://127.0.0.1", "http://[::1]"};

[[noreturn]] void refuse_token(const std::string& rule) {
  throw Error(Errc::invalid, ErrorDomain::argument, "invitation token " + rule);
}

bool is_printable_ascii(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte > 0x20U && byte < 0x7FU;
}

bool is_unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// The origin's part after the scheme: the host and port, up to the path.
std::string_view authority_after(std::string_view url, std::size_t scheme_length) {
  const std::string_view rest = url.substr(scheme_length);
  return rest.substr(0, rest.find('/'));
}

bool is_loopback(std::string_view url) {
  for (const std::string_view origin : kLoopbackOrigins) {
    if (url.starts_with(origin)) {
      const std::string_view after = url.substr(origin.size());
      if (after.empty() || after.front() == ':' || after.front() == '/') return true;
    }
  }
  return false;
}

void check_base_url(std::string_view url) {
  using model::detail::refuse;
  if (url.size() > kMaxBaseUrlBytes) {
    refuse(kField, url,
           "is " + std::to_string(url.size()) + " bytes long, at most " +
               std::to_string(kMaxBaseUrlBytes));
  }
  for (std::size_t offset = 0; offset < url.size(); ++offset) {
    if (!is_printable_ascii(url[offset])) {
      refuse(kField, url,
             "holds a space, control or non-ASCII character at byte " + std::to_string(offset) +
                 "; percent-encode the path and write the host as punycode");
    }
  }
  if (url.find_first_of("?#") != std::string_view::npos) {
    refuse(kField, url, "has a query or fragment; the link appends its own \"?token=\"");
  }
  const bool secure = url.starts_with(kSecure);
  if (!secure && !is_loopback(url)) {
    refuse(kField, url,
           "must start with \"https://\" (plain \"http://\" only for localhost, 127.0.0.1 or "
           "[::1]): the link carries a secret token");
  }
  const std::string_view authority = authority_after(url, url.find("//") + 2);
  if (authority.empty() || authority.front() == ':') refuse(kField, url, "names no host");
  if (authority.find('@') != std::string_view::npos) {
    refuse(kField, url, "has user info (\"@\") before the host, which can disguise it");
  }
}

std::string percent_encoded(std::string_view bytes) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string encoded;
  encoded.reserve(bytes.size() * 3);
  for (const char c : bytes) {
    if (is_unreserved(c)) {
      encoded.push_back(c);
    } else {
      const auto byte = static_cast<unsigned char>(c);
      encoded.push_back('%');
      encoded.push_back(kHex[byte >> 4U]);
      encoded.push_back(kHex[byte & 0x0FU]);
    }
  }
  return encoded;
}

}  // namespace

std::string acceptance_link(std::string_view base_url, std::string_view token) {
  check_base_url(base_url);
  if (token.empty()) refuse_token("is empty");
  if (token.size() > kMaxTokenBytes) {
    refuse_token("is " + std::to_string(token.size()) + " bytes long, at most " +
                 std::to_string(kMaxTokenBytes));
  }
  return std::string(base_url) + "?token=" + percent_encoded(token);
}

}  // namespace ejournal::services
