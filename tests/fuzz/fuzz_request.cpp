// Fuzzes the intake of a connection request: the input is the form, one field per line (kind,
// hromada, institution name, ДІСО id, ЄДРПОУ, surname, given name, patronymic, e-mail, phone).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ejournal/services/onboarding.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::is_valid_utf8;
using ejournal::fuzz::require;
namespace services = ejournal::services;

constexpr std::array<std::string_view, 10> kFields = {
    "kind",          "hromada_katottg",  "institution_name", "diso_id",     "edrpou",
    "admin_surname", "admin_given_name", "admin_patronymic", "admin_email", "admin_phone"};

services::ConnectionRequestForm form_of(std::string_view input) {
  std::array<std::string, kFields.size()> values;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const auto end = input.find('\n');
    // The last field takes the rest, line breaks and all.
    const bool last = i + 1 == values.size() || end == std::string_view::npos;
    values[i] = std::string(last ? input : input.substr(0, end));
    if (last) break;
    input.remove_prefix(end + 1);
  }
  return {values[0], values[1], values[2], values[3], values[4],
          values[5], values[6], values[7], values[8], values[9]};
}

std::string kind_word(ejournal::model::InstitutionKind kind) {
  using ejournal::model::InstitutionKind;
  switch (kind) {
    case InstitutionKind::kindergarten: return "kindergarten";
    case InstitutionKind::school: return "school";
    case InstitutionKind::college: return "college";
    case InstitutionKind::vocational: return "vocational";
    case InstitutionKind::other: break;
  }
  require(false, "an accepted request is of a kind the form offers");
  return {};
}

services::ConnectionRequestForm form_of(const ejournal::model::ConnectionRequest& request) {
  return {kind_word(request.kind),  request.hromada_katottg,
          request.institution_name, request.diso_id,
          request.edrpou,           request.admin_surname,
          request.admin_given_name, request.admin_patronymic.value_or(""),
          request.admin_email,      request.admin_phone};
}

void check_accepted(const ejournal::model::ConnectionRequest& request) {
  for (const std::string* text :
       {&request.hromada_katottg, &request.institution_name, &request.diso_id, &request.edrpou,
        &request.admin_surname, &request.admin_given_name, &request.admin_email,
        &request.admin_phone}) {
    require(!text->empty(), "an accepted field is not empty");
    require(is_valid_utf8(*text), "an accepted field is valid UTF-8");
    require(text->size() <= services::kMaxFormFieldBytes, "an accepted field fits the limit");
  }
  require(request.edrpou.size() == 8, "an accepted ЄДРПОУ has 8 digits");
  require(request.admin_phone.starts_with("+380"), "an accepted phone is +380…");
  const auto again = services::check_connection_request(form_of(request));
  require(again.kind == request.kind && again.hromada_katottg == request.hromada_katottg &&
              again.institution_name == request.institution_name &&
              again.diso_id == request.diso_id && again.edrpou == request.edrpou &&
              again.admin_surname == request.admin_surname &&
              again.admin_given_name == request.admin_given_name &&
              again.admin_patronymic == request.admin_patronymic &&
              again.admin_email == request.admin_email && again.admin_phone == request.admin_phone,
          "an accepted request checks again to itself");
}

void check_refused(const services::ValidationError& error) {
  require(!error.problems().empty(), "a refusal names at least one problem");
  for (const auto& problem : error.problems()) {
    require(std::find(kFields.begin(), kFields.end(), problem.field) != kFields.end(),
            "a problem names a field of the form");
    require(!problem.problem.empty(), "a problem says what is wrong");
    require(is_valid_utf8(problem.problem), "a problem is valid UTF-8");
  }
  require(is_valid_utf8(error.what()), "the refusal's message is valid UTF-8");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto form = form_of(ejournal::fuzz::as_text(data, size));
  try {
    check_accepted(services::check_connection_request(form));
  } catch (const services::ValidationError& error) {
    check_refused(error);
  }
  return 0;
}
