// Memory that holds a secret (a token's text, a password) and wipes it when done.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string_view>

namespace ejournal::security {

/// Owns the bytes of a secret and overwrites them with zeros (sodium_memzero) on destruction,
/// so a freed secret does not linger on the heap. Move-only: a copy would be one more place to
/// wipe. Moving hands over the buffer itself, so no second copy of the bytes is left behind.
/// It cannot be written to a stream (operator<< is deleted): a secret is read only through the
/// deliberately named reveal().
class SecretString {
 public:
  /// An empty secret.
  SecretString() noexcept = default;
  /// A secret holding a copy of `text`. The caller wipes its own copy.
  explicit SecretString(std::string_view text);
  SecretString(const SecretString&) = delete;
  SecretString& operator=(const SecretString&) = delete;
  /// Takes `other`'s buffer; `other` becomes empty.
  SecretString(SecretString&& other) noexcept;
  /// Wipes this secret, then takes `other`'s buffer; `other` becomes empty.
  SecretString& operator=(SecretString&& other) noexcept;
  ~SecretString();

  /// The secret's bytes, valid while this object lives and is not assigned to.
  [[nodiscard]] std::string_view reveal() const noexcept { return {bytes_.get(), size_}; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

  friend std::ostream& operator<<(std::ostream&, const SecretString&) = delete;

 private:
  void wipe() noexcept;

  std::unique_ptr<char[]> bytes_;
  std::size_t size_ = 0;
};

}  // namespace ejournal::security
