// ej_report_class_statistics, _institution_statistics, _oblast_statistics and the accessors of
// the ej_level_statistics handle, over services/reports.hpp; and the conversions of
// report_convert.hpp.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "access/principal.hpp"
#include "ejournal/services/reports.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/caller.hpp"
#include "services/report_convert.hpp"
#include "storage/convert.hpp"
#include "storage/lists.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

// One shape for the three kinds of statistics: the totals, and the subjects as a record list
// whose views point into records that never move.
struct ej_level_statistics {
  std::string term_name;
  std::string oblast_katottg;
  std::string oblast_name;
  std::int64_t institutions = 0;
  std::int64_t reporting = 0;
  std::int64_t classes = 0;
  std::int64_t students = 0;
  ej_distribution overall{};
  records::RecordList<services::SubjectDistribution, ej_subject_distribution> subjects;
};

namespace ejournal::capi {

std::size_t read_term(std::int32_t term, std::string_view parameter) {
  if (term < 0) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "argument '" + std::string(parameter) + "': term " + std::to_string(term) +
                    " is negative (terms count from 0)");
  }
  return static_cast<std::size_t>(term);
}

services::ReportColumn read_report_column(std::int32_t column, std::string_view parameter) {
  return static_cast<services::ReportColumn>(records::read_enum(
      column, EJ_REPORT_CURRENT, EJ_REPORT_ANNUAL, parameter, "ej_report_column"));
}

ej_distribution to_c(const services::Distribution& distribution) {
  ej_distribution out{};
  out.version = EJ_DISTRIBUTION_VERSION;
  out.has_mean = distribution.mean ? 1 : 0;
  for (std::size_t i = 0; i < distribution.levels.size(); ++i) {
    out.counts[i] = distribution.levels.at(i).count;
    out.percents[i] = to_c(distribution.levels.at(i).percent, "a level's percentage");
  }
  out.graded = distribution.graded;
  out.marked = distribution.marked;
  if (distribution.mean) out.mean = to_c(*distribution.mean, "the mean");
  return out;
}

}  // namespace ejournal::capi

namespace {

static_assert(static_cast<int>(services::ReportColumn::current) == EJ_REPORT_CURRENT);
static_assert(static_cast<int>(services::ReportColumn::annual) == EJ_REPORT_ANNUAL);

ej_subject_distribution view_of(const services::SubjectDistribution& row) {
  return {EJ_SUBJECT_DISTRIBUTION_VERSION, 0, records::write_uuid(row.subject_id.value),
          row.subject_name.c_str(), capi::to_c(row.distribution)};
}

std::unique_ptr<ej_level_statistics> statistics_of(std::string term_name,
                                                   std::vector<services::SubjectDistribution> rows,
                                                   const services::Distribution& overall) {
  auto statistics = std::make_unique<ej_level_statistics>();
  statistics->term_name = std::move(term_name);
  statistics->overall = capi::to_c(overall);
  statistics->subjects.records = std::move(rows);
  statistics->subjects.views.reserve(statistics->subjects.records.size());
  for (const auto& row : statistics->subjects.records) {
    statistics->subjects.views.push_back(view_of(row));
  }
  return statistics;
}

}  // namespace

extern "C" {

int ej_report_class_statistics(ej_level_statistics** out, ej_store* store,
                               const ej_principal* principal, const ej_uuid* institution,
                               const ej_uuid* school_class, int32_t term, int32_t column) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto class_id = records::required_id<model::ClassId>(school_class, "school_class");
    const std::size_t index = capi::read_term(term, "term");
    const auto counted = capi::read_report_column(column, "column");
    services::ClassStatistics found =
        services::class_statistics(core, who, owner, class_id, index, counted);
    auto statistics =
        statistics_of(std::move(found.term_name), std::move(found.subjects), found.overall);
    statistics->students = found.students;
    *out = statistics.release();
    return EJ_OK;
  });
}

int ej_report_institution_statistics(ej_level_statistics** out, ej_store* store,
                                     const ej_principal* principal, const ej_uuid* institution,
                                     const ej_uuid* year, int32_t term, int32_t column) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto year_id = records::required_id<model::AcademicYearId>(year, "year");
    const std::size_t index = capi::read_term(term, "term");
    const auto counted = capi::read_report_column(column, "column");
    services::InstitutionStatistics found =
        services::institution_statistics(core, who, owner, year_id, index, counted);
    auto statistics =
        statistics_of(std::move(found.term_name), std::move(found.subjects), found.overall);
    statistics->classes = found.classes;
    statistics->students = found.students;
    *out = statistics.release();
    return EJ_OK;
  });
}

int ej_report_oblast_statistics(ej_level_statistics** out, ej_store* store,
                                const ej_principal* principal, const char* oblast_katottg,
                                const char* year_name, int32_t term, int32_t column) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    capi::require(oblast_katottg, "oblast_katottg");
    capi::require(year_name, "year_name");
    // Raw views, at most a byte past the service's limits: the service checks them itself.
    constexpr std::size_t kLongestChecked = 64;
    const auto oblast = capi::raw_view(oblast_katottg, kLongestChecked);
    const auto name = capi::raw_view(year_name, kLongestChecked);
    const std::size_t index = capi::read_term(term, "term");
    const auto counted = capi::read_report_column(column, "column");
    services::OblastStatistics found =
        services::oblast_statistics(core, who, oblast, name, index, counted);
    std::vector<services::SubjectDistribution> rows;
    rows.reserve(found.subjects.size());
    for (auto& subject : found.subjects) {
      rows.push_back({{}, std::move(subject.subject_name), subject.distribution});
    }
    auto statistics = statistics_of({}, std::move(rows), found.overall);
    statistics->oblast_katottg = std::move(found.katottg);
    statistics->oblast_name = std::move(found.name_uk);
    statistics->institutions = found.institutions;
    statistics->reporting = found.reporting;
    statistics->students = found.students;
    *out = statistics.release();
    return EJ_OK;
  });
}

int ej_level_statistics_info_get(ej_level_statistics_info* out,
                                 const ej_level_statistics* statistics) {
  return capi::guarded([&] {
    capi::require(out, "out");
    records::check_struct_version(out->version, EJ_LEVEL_STATISTICS_INFO_VERSION, "out->version");
    *out = ej_level_statistics_info{};
    out->version = EJ_LEVEL_STATISTICS_INFO_VERSION;
    capi::require(statistics, "statistics");
    out->term_name = statistics->term_name.c_str();
    out->oblast_katottg = statistics->oblast_katottg.c_str();
    out->oblast_name = statistics->oblast_name.c_str();
    out->institutions = statistics->institutions;
    out->reporting = statistics->reporting;
    out->classes = statistics->classes;
    out->students = statistics->students;
    out->overall = statistics->overall;
    return EJ_OK;
  });
}

int ej_level_statistics_subject_count(int64_t* out, const ej_level_statistics* statistics) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(statistics, "statistics");
    *out = static_cast<int64_t>(statistics->subjects.views.size());
    return EJ_OK;
  });
}

int ej_level_statistics_subject_get(const ej_subject_distribution** out,
                                    const ej_level_statistics* statistics, int64_t index) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(statistics, "statistics");
    return records::list_get(out, &statistics->subjects, index);
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_level_statistics_free(ej_level_statistics* statistics) {
  delete statistics;
}

}  // extern "C"
