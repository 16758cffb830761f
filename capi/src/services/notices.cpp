// ej_notification_preferences_get and _set over services/parent_notices.hpp.
#include <cstdint>
#include <string>
#include <string_view>

#include "access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/notices.h"
#include "ejournal/services/parent_notices.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/caller.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

namespace {

bool read_flag(int32_t flag, std::string_view name) {
  if (flag != 0 && flag != 1) {
    throw ejournal::Error(ejournal::Errc::invalid, ejournal::ErrorDomain::argument,
                          "choices->" + std::string(name) + " is " + std::to_string(flag) +
                              "; expected 0 (off) or 1 (on)");
  }
  return flag == 1;
}

}  // namespace

int ej_notification_preferences_get(ej_notification_preferences* out, ej_store* store,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* person) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_NOTIFICATION_PREFERENCES_VERSION);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto whom = records::required_id<model::PersonId>(person, "person");
    const auto choices = services::notification_preferences(core, who, owner, whom);
    out->published_grades = choices.published_grades ? 1 : 0;
    out->absences = choices.absences ? 1 : 0;
    out->comments = choices.comments ? 1 : 0;
    out->revision = choices.version;
    return EJ_OK;
  });
}

int ej_notification_preferences_set(int64_t* out_revision, ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* person,
                                    const ej_notification_preferences* choices) {
  return capi::guarded([&] {
    capi::reset(out_revision);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    capi::require(choices, "choices");
    records::check_struct_version(choices->version, EJ_NOTIFICATION_PREFERENCES_VERSION,
                                  "choices->version");
    model::NotificationPreferences wanted;
    wanted.institution_id = records::required_id<model::InstitutionId>(institution, "institution");
    wanted.person_id = records::required_id<model::PersonId>(person, "person");
    wanted.published_grades = read_flag(choices->published_grades, "published_grades");
    wanted.absences = read_flag(choices->absences, "absences");
    wanted.comments = read_flag(choices->comments, "comments");
    wanted.version = choices->revision;
    const capi::CallerClock clock(now);
    capi::put(out_revision, services::set_notification_preferences(core, who, wanted, clock));
    return EJ_OK;
  });
}
