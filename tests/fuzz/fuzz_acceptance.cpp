// Fuzzes the token-acceptance path: the input is the token a stranger presents. One pending
// invitation lives in a memory store; no input but its token may accept it, every refusal is an
// Error that never quotes a token-shaped input, and a refusal changes nothing.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/security/password_hasher.hpp"
#include "ejournal/security/seeded_random.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/storage/open.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::require;
namespace model = ejournal::model;
namespace services = ejournal::services;

/// A clock that stands at a fixed instant, so that the invitation never expires mid-run.
class FixedClock final : public model::Clock {
 public:
  explicit FixedClock(model::Instant at) : at_(at) {}
  [[nodiscard]] model::Instant now() const override { return at_; }

 private:
  model::Instant at_;
};

struct World {
  std::unique_ptr<ejournal::storage::Store> store = ejournal::storage::open_store("memory:");
  FixedClock clock{model::Instant{} + std::chrono::hours(24 * 365 * 55)};
  ejournal::security::PasswordHasher hasher{ejournal::security::Argon2Params{1, 8192}};
  model::InstitutionId institution_id = model::InstitutionId::generate();
  services::IssuedInvitation issued;
};

World& world() {
  static World* made = [] {
    auto* w = new World;
    model::Institution school;
    school.id = w->institution_id;
    school.kind = model::InstitutionKind::school;
    school.name = "Ліцей № 1";
    school.created_at = w->clock.now();
    {
      const auto unit = w->store->begin();
      unit->institutions().insert(school);
      unit->commit();
    }
    services::InvitationForm form;
    form.institution_id = w->institution_id;
    form.role = model::Role::teacher;
    form.surname = "Шевчук";
    form.given_name = "Тарас";
    form.email = "taras@school.example.ua";
    services::InvitationOptions options;
    options.base_url = "https://journal.example.ua/accept";
    ejournal::security::SeededRandom random(11);
    w->issued = services::invite(*w->store, w->clock, random, ejournal::access::Principal::system(),
                                 form, options);
    return w;
  }();
  return *made;
}

bool token_shaped(std::string_view text) {
  return text.size() == ejournal::security::kTokenTextLength &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
         });
}

bool still_pending(World& w) {
  const auto unit = w.store->begin(ejournal::storage::Access::read);
  const auto invitation = unit->invitations().find(w.institution_id, w.issued.invitation_id);
  return invitation && invitation->status == model::InvitationStatus::pending;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  World& w = world();
  const std::string_view token = ejournal::fuzz::as_text(data, size);
  if (token == w.issued.token.reveal()) return 0;  // the one input that may accept
  try {
    services::accept_invitation(*w.store, w.clock, w.hasher, token,
                                services::NewPassword{"сонячний ранок над Дніпром"});
    require(false, "only the invitation's own token accepts it");
  } catch (const ejournal::Error& error) {
    require(error.code() == ejournal::Errc::invalid || error.code() == ejournal::Errc::not_found,
            "a stranger's token is malformed or unknown");
    // A token-shaped input is where quoting would leak a token; shorter or other inputs may
    // share words with the fixed messages ("expected 43 characters") without being quoted.
    require(!token_shaped(token) ||
                std::string_view(error.what()).find(token) == std::string_view::npos,
            "a refusal never quotes a token-shaped input");
  }
  require(still_pending(w), "a refused token leaves the invitation pending");
  return 0;
}
