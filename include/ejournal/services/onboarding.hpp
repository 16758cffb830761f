// Onboarding (issue 6 point 1; ua-school.md §0): an institution submits a connection request, the
// institute's operators review it, and approval creates the institution, its administrator, the
// administrator's role and invitation, and the invitation e-mail in the outbox — atomically.
//
// The audit trail of a request (submit, approve, reject, withdraw) lives in the institute: the
// one institution of kind other (the platform's own), since a request has no institution yet and
// every audit entry belongs to one. The store must hold the institute before a request is
// submitted (Error(not_found) otherwise).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/security/expiry.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/security/secret.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// The connection request as the caller received it: raw strings, nothing checked yet.
struct ConnectionRequestForm {
  /// "kindergarten", "school", "college" or "vocational" (any case, spaces trimmed).
  std::string kind;
  std::string hromada_katottg;  ///< КАТОТТГ code of the city or hromada, "UA" + 17 digits
  std::string institution_name;
  std::string diso_id;  ///< the institution's id in ДІСО (digits)
  std::string edrpou;   ///< ЄДРПОУ, 8 digits with its check digit
  std::string admin_surname;
  std::string admin_given_name;
  std::string admin_patronymic;  ///< may be empty
  std::string admin_email;
  std::string admin_phone;  ///< a Ukrainian number in any usual spelling
};

/// One problem with one field of a form.
struct FieldProblem {
  /// The field's stable name: "kind", "hromada_katottg", "institution_name", "diso_id", "edrpou",
  /// "admin_surname", "admin_given_name", "admin_patronymic", "admin_email", "admin_phone",
  /// "reason".
  std::string field;
  std::string problem;  ///< what is wrong, in English ("is required")

  friend bool operator==(const FieldProblem&, const FieldProblem&) = default;
};

/// A form with one problem or more: Error(invalid, argument) naming what was refused and listing
/// every problem, field by field ("the connection request is refused: edrpou: …; admin_phone:
/// …"). Every form reuses it with its own subject ("the rejection", an invitation form …).
class ValidationError : public Error {
 public:
  /// The message is "<subject> is refused: <field>: <problem>; …". `subject` is a C string (not
  /// null), not a string_view: with one, ValidationError({{"a", "b"}, {"c", "d"}}) would be
  /// ambiguous, the braces also spelling a (problems, subject) pair of iterator ranges.
  explicit ValidationError(std::vector<FieldProblem> problems,
                           const char* subject = "the connection request");
  /// Every problem, in the order the form's fields were checked.
  [[nodiscard]] const std::vector<FieldProblem>& problems() const noexcept { return problems_; }
  /// What was refused, as the message names it ("the connection request").
  [[nodiscard]] const std::string& subject() const noexcept { return subject_; }

 private:
  std::vector<FieldProblem> problems_;
  std::string subject_;
};

/// Raw bytes of one form field beyond which it is refused unread.
inline constexpr std::size_t kMaxFormFieldBytes = 1000;
/// The longest reason of a review decision, in bytes (after trimming).
inline constexpr std::size_t kMaxDecisionReasonBytes = 1000;

/// Every field of `form` checked and normalised by the text module, as a pending request (no id
/// and no times yet). Throws ValidationError listing every field's problem at once: required and
/// empty, too long, not valid UTF-8, a control character, a name not in Ukrainian Cyrillic or
/// with a Latin look-alike, a bad ЄДРПОУ check digit, a malformed ДІСО id or КАТОТТГ code, an
/// e-mail address or a phone number that is not one. Pure.
model::ConnectionRequest check_connection_request(const ConnectionRequestForm& form);

/// Step 1: stores the form as a pending request submitted at clock.now() and appends its audit
/// entry ("connection_request", id, "submit", after = the normalised fields as JSON) to the
/// institute's trail, in one unit of work. Open to everyone (no principal). Throws
/// ValidationError as check_connection_request does; Error(conflict, argument) naming the
/// ЄДРПОУ or the ДІСО id when a pending or approved request or an institution already has it —
/// also when a concurrent submission took it after this one looked (the store's unique keys
/// refuse the later one, and the same conflict is reported); Error(not_found) when the store has
/// no institute. On any error nothing is stored.
model::ConnectionRequestId submit_connection_request(storage::Store& store,
                                                     const model::Clock& clock,
                                                     const ConnectionRequestForm& form);

/// How an approval invites the new administrator.
struct ReviewOptions {
  /// The acceptance page of the invitation link (see acceptance_link).
  std::string base_url;
  std::string locale = "uk";  ///< of the invitation e-mail: "uk" or "en"
  security::InvitationPolicy invitation;
  /// An optional note of the operator, kept as the decision reason and in the audit entry.
  std::string reason;
};

/// What an approval made. The store keeps only the token's hash; the token itself is here and in
/// the body of the outbox's invitation e-mail, which must carry the link until it is delivered
/// (at least once, across a crash). deliver_due clears that body once the e-mail is delivered or
/// finally fails, so afterwards the token is nowhere in the store.
struct Approval {
  model::InstitutionId institution_id;
  model::PersonId admin_id;
  model::RoleGrantId grant_id;
  model::InvitationId invitation_id;
  security::SecretString token;
};

/// Step 2, approval. Needs access::Operation::review_connection_request (an institute operator or
/// the system). In one unit of work: the institution (active; the oblast from the КАТОТТГ code),
/// the administrator (a person of it, from the request), their institution_admin role, an
/// invitation with a fresh token (Token::generate(random); stored as its hash, expiring per
/// options.invitation), the invitation e-mail in the outbox, audit entries (in the institute: the
/// request's "approve" with the actor and reason; in the new institution: "create" of the
/// institution and of the person, "grant" of the role, "issue" of the invitation) and the request
/// approved with its institution and decided_at. Throws Error(permission) when the principal may
/// not review; Error(not_found) for an unknown request; Error(conflict) when `expected_version`
/// is not the request's version, when it is not pending (naming its state), or when an
/// institution already has its ЄДРПОУ or ДІСО id (also when a concurrent approval made it after
/// this one looked: the same conflicts are reported); Error(invalid) for bad options. On any
/// error nothing is stored.
Approval approve_connection_request(storage::Store& store, const model::Clock& clock,
                                    security::RandomSource& random,
                                    const access::Principal& principal,
                                    model::ConnectionRequestId request_id,
                                    std::int64_t expected_version, const ReviewOptions& options);

/// Step 2, rejection: a pending request becomes rejected with `reason` (required: not empty once
/// trimmed, at most kMaxDecisionReasonBytes, one or more lines of valid UTF-8) and decided_at,
/// audited ("reject"). Errors as approve_connection_request; ValidationError (field "reason") for
/// a bad reason.
void reject_connection_request(storage::Store& store, const model::Clock& clock,
                               const access::Principal& principal,
                               model::ConnectionRequestId request_id, std::int64_t expected_version,
                               const std::string& reason);

/// The institution withdrew its request (it wrote to the institute; the access policy lets the
/// institute's operators record it): pending → withdrawn, audited ("withdraw") with the optional
/// `reason`. Errors as reject_connection_request (the reason may be empty).
void withdraw_connection_request(storage::Store& store, const model::Clock& clock,
                                 const access::Principal& principal,
                                 model::ConnectionRequestId request_id,
                                 std::int64_t expected_version, const std::string& reason = {});

/// The requests, oldest first; only those with `status` when given. Needs
/// access::Operation::list_connection_requests.
std::vector<model::ConnectionRequest> list_connection_requests(
    storage::Store& store, const access::Principal& principal,
    std::optional<model::RequestStatus> status = std::nullopt);

/// The request's state as a word: "pending", "approved", "rejected", "withdrawn".
std::string_view request_status_name(model::RequestStatus status);

}  // namespace ejournal::services
