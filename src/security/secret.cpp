#include "ejournal/security/secret.hpp"

#include <cstring>
#include <utility>

#include "sodium.hpp"

namespace ejournal::security {

SecretString::SecretString(std::string_view text)
    : bytes_(std::make_unique_for_overwrite<char[]>(text.size())), size_(text.size()) {
  if (!text.empty()) std::memcpy(bytes_.get(), text.data(), text.size());
}

SecretString::SecretString(SecretString&& other) noexcept
    : bytes_(std::move(other.bytes_)), size_(std::exchange(other.size_, 0)) {}

SecretString& SecretString::operator=(SecretString&& other) noexcept {
  if (this != &other) {
    wipe();
    bytes_ = std::move(other.bytes_);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

SecretString::~SecretString() {
  wipe();
}

void SecretString::wipe() noexcept {
  if (bytes_) sodium_memzero(bytes_.get(), size_);
}

}  // namespace ejournal::security
