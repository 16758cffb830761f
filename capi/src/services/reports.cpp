// ej_report_student_term, ej_report_certificate, ej_report_level_of and their handles' accessors,
// over services/reports.hpp.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "access/principal.hpp"
#include "ejournal/services/reports.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "grading/handles.hpp"
#include "services/report_convert.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

// The report's facts, and its three suggestions as handles the grading calls read.
struct ej_term_report {
  services::StudentTermReport report;
  std::unique_ptr<ej_suggestion> thematic;
  std::unique_ptr<ej_suggestion> semester;
  std::unique_ptr<ej_suggestion> annual;
};

struct ej_certificate_report {
  std::unique_ptr<ej_certificate_result> result;
  std::vector<model::CourseId> courses;
};

namespace {

static_assert(static_cast<int>(services::AchievementLevel::initial) == EJ_LEVEL_INITIAL);
static_assert(static_cast<int>(services::AchievementLevel::high) == EJ_LEVEL_HIGH);

}  // namespace

extern "C" {

int ej_report_level_of(int32_t* out, int32_t grade) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    *out = static_cast<int32_t>(services::level_of(grade));
    return EJ_OK;
  });
}

int ej_report_student_term(ej_term_report** out, ej_store* store, const ej_principal* principal,
                           const ej_uuid* institution, const ej_uuid* student,
                           const ej_uuid* course, int32_t term, const ej_ua_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto pupil = records::required_id<model::PersonId>(student, "student");
    const auto course_id = records::required_id<model::CourseId>(course, "course");
    const std::size_t index = capi::read_term(term, "term");
    const auto rules = capi::read_ua_rules(opts, nullptr);
    auto report = std::make_unique<ej_term_report>();
    report->report =
        services::student_term_report(core, who, owner, pupil, course_id, index, rules);
    report->thematic = std::make_unique<ej_suggestion>(std::move(report->report.thematic));
    report->semester = std::make_unique<ej_suggestion>(std::move(report->report.semester));
    report->annual = std::make_unique<ej_suggestion>(std::move(report->report.annual));
    *out = report.release();
    return EJ_OK;
  });
}

int ej_term_report_info_get(ej_term_report_info* out, const ej_term_report* report) {
  return capi::guarded([&] {
    capi::require(out, "out");
    records::check_struct_version(out->version, EJ_TERM_REPORT_INFO_VERSION, "out->version");
    *out =
        ej_term_report_info{EJ_TERM_REPORT_INFO_VERSION, 0, {}, {}, nullptr, nullptr, 0, 0, 0, {}};
    capi::require(report, "report");
    const services::StudentTermReport& facts = report->report;
    const ej_rational average = facts.current_average
                                    ? capi::to_c(*facts.current_average, "the current average")
                                    : ej_rational{};
    out->term = capi::to_int32(facts.term, "the term");
    out->course = records::write_uuid(facts.course_id.value);
    out->subject = records::write_uuid(facts.subject_id.value);
    out->subject_name = facts.subject_name.c_str();
    out->term_name = facts.term_name.c_str();
    out->drafts_included = facts.drafts_included ? 1 : 0;
    out->has_current_average = facts.current_average ? 1 : 0;
    out->current_counted = facts.current_counted;
    out->current_average = average;
    return EJ_OK;
  });
}

int ej_term_report_suggestion(const ej_suggestion** out, const ej_term_report* report,
                              int32_t which) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(report, "report");
    switch (records::read_enum(which, EJ_SUGGEST_THEMATIC, EJ_SUGGEST_ANNUAL, "which",
                               "ej_term_suggestion")) {
      case EJ_SUGGEST_THEMATIC: *out = report->thematic.get(); break;
      case EJ_SUGGEST_SEMESTER: *out = report->semester.get(); break;
      default: *out = report->annual.get(); break;
    }
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_term_report_free(ej_term_report* report) {
  delete report;
}

int ej_report_certificate(ej_certificate_report** out, ej_store* store,
                          const ej_principal* principal, const ej_uuid* institution,
                          const ej_uuid* student, const ej_uuid* year, const ej_ua_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto pupil = records::required_id<model::PersonId>(student, "student");
    const auto year_id = records::required_id<model::AcademicYearId>(year, "year");
    const auto rules = capi::read_ua_rules(opts, nullptr);
    services::CertificateReport found =
        services::certificate_report(core, who, owner, pupil, year_id, rules);
    auto report = std::make_unique<ej_certificate_report>();
    report->result = std::make_unique<ej_certificate_result>(std::move(found.average));
    report->courses = std::move(found.courses);
    *out = report.release();
    return EJ_OK;
  });
}

int ej_certificate_report_result(const ej_certificate_result** out,
                                 const ej_certificate_report* report) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(report, "report");
    *out = report->result.get();
    return EJ_OK;
  });
}

int ej_certificate_report_course(ej_uuid* out, const ej_certificate_report* report, int32_t index) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_uuid{};
    capi::require(report, "report");
    const std::size_t at = capi::read_index(index, report->courses.size(), "basis entries");
    *out = records::write_uuid(report->courses[at].value);
    return EJ_OK;
  });
}

void ej_certificate_report_free(ej_certificate_report* report) {
  delete report;
}

}  // extern "C"
