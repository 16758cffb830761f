// ej_invitations_list and the invitation list handle.
#include "access/principal.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/services/invitations.hpp"
#include "firewall.hpp"
#include "storage/convert.hpp"
#include "storage/lists.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

struct ej_invitation_list : records::RecordList<model::Invitation, ej_invitation> {};

namespace {

// The constants of invitations.h are the model's enumerators, so the casts below are exact.
static_assert(static_cast<int>(model::InvitationStatus::pending) == EJ_INVITATION_PENDING);
static_assert(static_cast<int>(model::InvitationStatus::revoked) == EJ_INVITATION_REVOKED);

ej_invitation view_of(const model::Invitation& invitation) {
  ej_invitation view{};
  view.version = EJ_INVITATION_VERSION;
  view.role = static_cast<int32_t>(invitation.role);
  view.id = records::write_uuid(invitation.id.value);
  view.institution = records::write_uuid(invitation.institution_id.value);
  view.person = records::write_uuid(invitation.person_id.value);
  view.school_class = records::write_optional_id(invitation.class_id);
  view.child = records::write_optional_id(invitation.child_id);
  view.email = invitation.email.c_str();
  view.status = static_cast<int32_t>(invitation.status);
  view.created_at = records::write_instant(invitation.created_at);
  view.expires_at = records::write_instant(invitation.expires_at);
  view.accepted_at = invitation.accepted_at ? records::write_instant(*invitation.accepted_at) : 0;
  view.revision = invitation.version;
  return view;
}

}  // namespace

extern "C" {

int ej_invitations_list(ej_invitation_list** out, ej_store* store, const ej_principal* principal,
                        const ej_uuid* institution, const ej_uuid* person) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto invited = records::required_id<model::PersonId>(person, "person");
    *out = records::make_list<ej_invitation_list>(
        services::list_invitations(core, who, owner, invited), view_of);
    return EJ_OK;
  });
}

int ej_invitation_list_count(int64_t* out, const ej_invitation_list* list) {
  return records::list_count(out, list);
}

int ej_invitation_list_get(const ej_invitation** out, const ej_invitation_list* list,
                           int64_t index) {
  return records::list_get(out, list, index);
}

void ej_invitation_list_free(ej_invitation_list* list) {
  delete list;
}

}  // extern "C"
