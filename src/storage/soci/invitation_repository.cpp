// Invitations to take a role; the token is stored only as its hash.
#include <string>
#include <string_view>
#include <tuple>

#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kInvitationColumns[] = {
    "person_id",  "role",   "class_id",    "child_id", "email",          "token_hash", "created_at",
    "expires_at", "status", "accepted_at", "version",  "institution_id", "id"};
constexpr Table kInvitations{"invitations", kInvitationColumns};

struct InvitationRow {
  std::string person_id;
  int role = 0;
  Nullable<std::string> class_id;
  Nullable<std::string> child_id;
  std::string email;
  std::string token_hash;
  long long created_at = 0;
  long long expires_at = 0;
  int status = 0;
  Nullable<long long> accepted_at;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(InvitationRow& row) {
  return std::tie(row.person_id, row.role, row.class_id, row.child_id, row.email, row.token_hash,
                  row.created_at, row.expires_at, row.status, row.accepted_at, row.version,
                  row.institution_id, row.id);
}

InvitationRow to_row(const model::Invitation& invitation, std::int64_t version) {
  InvitationRow row;
  row.person_id = id_text(invitation.person_id);
  row.role = enum_code(invitation.role);
  row.class_id = nullable_id(invitation.class_id);
  row.child_id = nullable_id(invitation.child_id);
  row.email = invitation.email;
  row.token_hash = invitation.token_hash;
  row.created_at = instant_micros(invitation.created_at);
  row.expires_at = instant_micros(invitation.expires_at);
  row.status = enum_code(invitation.status);
  row.accepted_at = nullable_instant(invitation.accepted_at);
  row.version = version;
  row.institution_id = id_text(invitation.institution_id);
  row.id = id_text(invitation.id);
  return row;
}

model::Invitation from_row(const InvitationRow& row) {
  model::Invitation invitation;
  invitation.id = parse_id<model::InvitationId>(row.id);
  invitation.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  invitation.person_id = parse_id<model::PersonId>(row.person_id);
  invitation.role = enum_from_code(row.role, model::Role::institute_operator, model::Role::parent,
                                   "invitation role");
  invitation.class_id = optional_id<model::ClassTag>(row.class_id);
  invitation.child_id = optional_id<model::PersonTag>(row.child_id);
  invitation.email = row.email;
  invitation.token_hash = row.token_hash;
  invitation.created_at = instant_from_micros(row.created_at);
  invitation.expires_at = instant_from_micros(row.expires_at);
  invitation.status = enum_from_code(row.status, model::InvitationStatus::pending,
                                     model::InvitationStatus::revoked, "invitation status");
  invitation.accepted_at = optional_instant(row.accepted_at);
  invitation.version = row.version;
  return invitation;
}

}  // namespace

void SociInvitationRepository::insert(const model::Invitation& invitation) {
  static const std::string sql = insert_sql(kInvitations);
  InvitationRow row = to_row(invitation, 1);
  insert_row(connection_, sql, row);
}

std::optional<model::Invitation> SociInvitationRepository::find(model::InstitutionId institution,
                                                                model::InvitationId id) {
  static const std::string sql =
      select_sql(kInvitations) + " WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string invitation_id = id_text(id);
  std::optional<model::Invitation> found;
  query_rows<InvitationRow>(
      connection_, sql, [&](const InvitationRow& row) { found = from_row(row); },
      soci::use(institution_id), soci::use(invitation_id));
  return found;
}

std::optional<model::Invitation> SociInvitationRepository::find_by_token_hash(
    std::string_view token_hash) {
  static const std::string sql = select_sql(kInvitations) + " WHERE token_hash = :token_hash";
  const std::string hash(token_hash);
  std::optional<model::Invitation> found;
  query_rows<InvitationRow>(
      connection_, sql, [&](const InvitationRow& row) { found = from_row(row); }, soci::use(hash));
  return found;
}

std::int64_t SociInvitationRepository::update(const model::Invitation& invitation) {
  static const std::string sql = update_sql(kInvitations);
  InvitationRow row = to_row(invitation, invitation.version + 1);
  const long long changed = update_row(connection_, sql, row, invitation.version);
  return finish_versioned_update(connection_, changed, invitation.version, kInvitations.name,
                                 row.institution_id, row.id, "invitation " + row.id);
}

std::vector<model::Invitation> SociInvitationRepository::list_for_person(
    model::InstitutionId institution, model::PersonId person) {
  static const std::string sql = select_sql(kInvitations) +
                                 " WHERE institution_id = :institution_id"
                                 " AND person_id = :person_id ORDER BY created_at, id";
  const std::string institution_id = id_text(institution);
  const std::string person_id = id_text(person);
  std::vector<model::Invitation> invitations;
  query_rows<InvitationRow>(
      connection_, sql, [&](const InvitationRow& row) { invitations.push_back(from_row(row)); },
      soci::use(institution_id), soci::use(person_id));
  return invitations;
}

}  // namespace ejournal::storage::soci_backend
