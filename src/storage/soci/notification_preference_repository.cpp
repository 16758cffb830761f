// What each person wants to be told. The row's id is the person's id: one row per person.
#include <string>
#include <string_view>
#include <tuple>

#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kPreferenceColumns[] = {"published_grades", "absences",       "comments",
                                                   "version",          "institution_id", "id"};
constexpr Table kPreferences{"notification_preferences", kPreferenceColumns};

struct PreferenceRow {
  int published_grades = 0;
  int absences = 0;
  int comments = 0;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(PreferenceRow& row) {
  return std::tie(row.published_grades, row.absences, row.comments, row.version, row.institution_id,
                  row.id);
}

PreferenceRow to_row(const model::NotificationPreferences& preferences, std::int64_t version) {
  PreferenceRow row;
  row.published_grades = preferences.published_grades ? 1 : 0;
  row.absences = preferences.absences ? 1 : 0;
  row.comments = preferences.comments ? 1 : 0;
  row.version = version;
  row.institution_id = id_text(preferences.institution_id);
  row.id = id_text(preferences.person_id);
  return row;
}

model::NotificationPreferences from_row(const PreferenceRow& row) {
  model::NotificationPreferences preferences;
  preferences.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  preferences.person_id = parse_id<model::PersonId>(row.id);
  preferences.published_grades = row.published_grades != 0;
  preferences.absences = row.absences != 0;
  preferences.comments = row.comments != 0;
  preferences.version = row.version;
  return preferences;
}

}  // namespace

void SociNotificationPreferenceRepository::insert(
    const model::NotificationPreferences& preferences) {
  static const std::string sql = insert_sql(kPreferences);
  PreferenceRow row = to_row(preferences, 1);
  insert_row(connection_, sql, row);
}

std::optional<model::NotificationPreferences> SociNotificationPreferenceRepository::find(
    model::InstitutionId institution, model::PersonId person) {
  static const std::string sql =
      select_sql(kPreferences) + " WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string person_id = id_text(person);
  std::optional<model::NotificationPreferences> found;
  query_rows<PreferenceRow>(
      connection_, sql, [&](const PreferenceRow& row) { found = from_row(row); },
      soci::use(institution_id), soci::use(person_id));
  return found;
}

std::int64_t SociNotificationPreferenceRepository::update(
    const model::NotificationPreferences& preferences) {
  static const std::string sql = update_sql(kPreferences);
  PreferenceRow row = to_row(preferences, preferences.version + 1);
  const long long changed = update_row(connection_, sql, row, preferences.version);
  return finish_versioned_update(connection_, changed, preferences.version, kPreferences.name,
                                 row.institution_id, row.id,
                                 "notification preferences of person " + row.id);
}

}  // namespace ejournal::storage::soci_backend
