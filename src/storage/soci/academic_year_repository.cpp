// Academic years: the year's row plus its calendar in ordered child tables (terms, holidays,
// make-up days, days off, bells), rewritten as a whole when the year changes.
#include <string>
#include <utility>
#include <vector>

#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

namespace {

using model::AcademicYear;
namespace calendar = ejournal::calendar;

// The key every child row of one year carries.
struct YearKey {
  std::string institution;
  std::string year;
};

// Terms and holidays share a shape: a named inclusive range of days.
template <class Period>
void write_periods(Connection& connection, const std::string& table, YearKey& key,
                   const std::vector<Period>& periods) {
  int position = 0;
  std::string name;
  std::string first;
  std::string last;
  Statement statement = connection.statement(
      "INSERT INTO " + table +
          " (institution_id, academic_year_id, position, name, first_day, last_day)"
          " VALUES (:institution_id, :academic_year_id, :position, :name, :first_day,"
          " :last_day)",
      soci::use(key.institution), soci::use(key.year), soci::use(position), soci::use(name),
      soci::use(first), soci::use(last));
  for (const Period& period : periods) {
    name = period.name;
    first = date_text(period.first);
    last = date_text(period.last);
    statement.execute();
    ++position;
  }
}

template <class Period>
std::vector<Period> read_periods(Connection& connection, const std::string& table, YearKey& key) {
  std::string name;
  std::string first;
  std::string last;
  Statement statement = connection.statement(
      "SELECT name, first_day, last_day FROM " + table +
          " WHERE institution_id = :institution_id AND academic_year_id = :academic_year_id"
          " ORDER BY position",
      soci::use(key.institution), soci::use(key.year), soci::into(name), soci::into(first),
      soci::into(last));
  std::vector<Period> periods;
  for_each_row(statement, [&] {
    periods.push_back({name, date_from_text(first), date_from_text(last)});
  });
  return periods;
}

void write_calendar(Connection& connection, YearKey& key, const calendar::SchoolYear& year) {
  write_periods(connection, "academic_year_terms", key, year.terms);
  write_periods(connection, "academic_year_holidays", key, year.holidays);

  int position = 0;
  std::string day;
  int follows = 0;
  Statement make_up = connection.statement(
      "INSERT INTO academic_year_make_up_days"
      " (institution_id, academic_year_id, position, day, follows)"
      " VALUES (:institution_id, :academic_year_id, :position, :day, :follows)",
      soci::use(key.institution), soci::use(key.year), soci::use(position), soci::use(day),
      soci::use(follows));
  for (const calendar::MakeUpDay& make_up_day : year.make_up_days) {
    day = date_text(make_up_day.date);
    follows = static_cast<int>(make_up_day.follows);
    make_up.execute();
    ++position;
  }

  position = 0;
  Statement day_off = connection.statement(
      "INSERT INTO academic_year_days_off (institution_id, academic_year_id, position, day)"
      " VALUES (:institution_id, :academic_year_id, :position, :day)",
      soci::use(key.institution), soci::use(key.year), soci::use(position), soci::use(day));
  for (const calendar::Date& date : year.days_off) {
    day = date_text(date);
    day_off.execute();
    ++position;
  }

  calendar::Bell bell{};
  Statement bells = connection.statement(
      "INSERT INTO academic_year_bells"
      " (institution_id, academic_year_id, number, start_minute, end_minute)"
      " VALUES (:institution_id, :academic_year_id, :number, :start_minute, :end_minute)",
      soci::use(key.institution), soci::use(key.year), soci::use(bell.number),
      soci::use(bell.start_minute), soci::use(bell.end_minute));
  for (const calendar::Bell& each : year.bells.bells()) {
    bell = each;
    bells.execute();
  }
}

void read_calendar(Connection& connection, YearKey& key, calendar::SchoolYear& year) {
  year.terms = read_periods<calendar::Term>(connection, "academic_year_terms", key);
  year.holidays = read_periods<calendar::Holiday>(connection, "academic_year_holidays", key);
  const std::string where =
      " WHERE institution_id = :institution_id AND academic_year_id = :academic_year_id";

  std::string day;
  int follows = 0;
  Statement make_up = connection.statement(
      "SELECT day, follows FROM academic_year_make_up_days" + where + " ORDER BY position",
      soci::use(key.institution), soci::use(key.year), soci::into(day), soci::into(follows));
  for_each_row(make_up, [&] {
    if (follows < 0 || follows > 6) {
      throw Error(Errc::storage, ErrorDomain::storage,
                  "stored weekday " + std::to_string(follows) + " is not a known value");
    }
    year.make_up_days.push_back({date_from_text(day), static_cast<calendar::Weekday>(follows)});
  });

  Statement days_off =
      connection.statement("SELECT day FROM academic_year_days_off" + where + " ORDER BY position",
                           soci::use(key.institution), soci::use(key.year), soci::into(day));
  for_each_row(days_off, [&] { year.days_off.push_back(date_from_text(day)); });

  calendar::Bell bell{};
  std::vector<calendar::Bell> bells;
  Statement bell_rows =
      connection.statement("SELECT number, start_minute, end_minute FROM academic_year_bells" +
                               where + " ORDER BY number",
                           soci::use(key.institution), soci::use(key.year), soci::into(bell.number),
                           soci::into(bell.start_minute), soci::into(bell.end_minute));
  for_each_row(bell_rows, [&] { bells.push_back(bell); });
  year.bells = calendar::BellSchedule(std::move(bells));
}

void delete_calendar(Connection& connection, YearKey& key) {
  for (const char* table :
       {"academic_year_terms", "academic_year_holidays", "academic_year_make_up_days",
        "academic_year_days_off", "academic_year_bells"}) {
    connection.execute(std::string("DELETE FROM ") + table +
                           " WHERE institution_id = :institution_id"
                           " AND academic_year_id = :academic_year_id",
                       soci::use(key.institution), soci::use(key.year));
  }
}

// The years matching `where` (with their calendars), by first day.
template <class... Bindings>
std::vector<AcademicYear> query_years(Connection& connection, model::InstitutionId institution,
                                      const std::string& where, Bindings&&... bindings) {
  std::string id;
  std::string name;
  std::string first;
  std::string last;
  int week = 0;
  long long version = 0;
  std::vector<AcademicYear> years;
  {
    Statement statement = connection.statement(
        "SELECT id, name, first_day, last_day, work_week, version FROM academic_years WHERE " +
            where + " ORDER BY first_day, id",
        std::forward<Bindings>(bindings)..., soci::into(id), soci::into(name), soci::into(first),
        soci::into(last), soci::into(week), soci::into(version));
    for_each_row(statement, [&] {
      AcademicYear year;
      year.id = parse_id<model::AcademicYearId>(id);
      year.institution_id = institution;
      year.calendar.name = name;
      year.calendar.first = date_from_text(first);
      year.calendar.last = date_from_text(last);
      year.calendar.week = enum_from_code(week, calendar::WorkWeek::five_day,
                                          calendar::WorkWeek::six_day, "work week");
      year.version = version;
      years.push_back(std::move(year));
    });
  }
  for (AcademicYear& year : years) {
    YearKey key{institution.str(), year.id.str()};
    read_calendar(connection, key, year.calendar);
  }
  return years;
}

}  // namespace

void SociAcademicYearRepository::insert(const AcademicYear& year) {
  YearKey key{year.institution_id.str(), year.id.str()};
  std::string first = date_text(year.calendar.first);
  std::string last = date_text(year.calendar.last);
  const int week = enum_code(year.calendar.week);
  const long long version = 1;
  connection_.execute(
      "INSERT INTO academic_years (institution_id, id, name, first_day, last_day, work_week,"
      " version) VALUES (:institution_id, :id, :name, :first_day, :last_day, :work_week,"
      " :version)",
      soci::use(key.institution), soci::use(key.year), soci::use(year.calendar.name),
      soci::use(first), soci::use(last), soci::use(week), soci::use(version));
  write_calendar(connection_, key, year.calendar);
}

std::optional<AcademicYear> SociAcademicYearRepository::find(model::InstitutionId institution,
                                                             model::AcademicYearId id) {
  const std::string institution_key = institution.str();
  const std::string key = id.str();
  auto years =
      query_years(connection_, institution, "institution_id = :institution_id AND id = :id",
                  soci::use(institution_key), soci::use(key));
  if (years.empty()) return std::nullopt;
  return std::move(years.front());
}

std::int64_t SociAcademicYearRepository::update(const AcademicYear& year) {
  YearKey key{year.institution_id.str(), year.id.str()};
  std::string first = date_text(year.calendar.first);
  std::string last = date_text(year.calendar.last);
  const int week = enum_code(year.calendar.week);
  const long long expected = year.version;
  const long long next = expected + 1;
  const long long changed = connection_.execute_counted(
      "UPDATE academic_years SET name = :name, first_day = :first_day, last_day = :last_day,"
      " work_week = :work_week, version = :next_version"
      " WHERE institution_id = :institution_id AND id = :id AND version = :version",
      soci::use(year.calendar.name), soci::use(first), soci::use(last), soci::use(week),
      soci::use(next), soci::use(key.institution), soci::use(key.year), soci::use(expected));
  const std::int64_t version =
      finish_versioned_update(connection_, changed, expected, "academic_years", key.institution,
                              key.year, "academic year " + key.year);
  delete_calendar(connection_, key);
  write_calendar(connection_, key, year.calendar);
  return version;
}

std::vector<AcademicYear> SociAcademicYearRepository::list(model::InstitutionId institution) {
  const std::string institution_key = institution.str();
  return query_years(connection_, institution, "institution_id = :institution_id",
                     soci::use(institution_key));
}

}  // namespace ejournal::storage::soci_backend
