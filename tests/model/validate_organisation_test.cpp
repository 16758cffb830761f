#include <gtest/gtest.h>

#include <string>

#include "ejournal/model/validate.hpp"
#include "expect_invalid.hpp"
#include "samples.hpp"

namespace {

namespace model = ejournal::model;
using namespace model::testing;

TEST(ValidatedInstitution, NormalisesEveryField) {
  model::Institution institution = sample_institution();
  institution.name = "  Ліцей  ‘Мрія’ ";
  institution.diso_id = " 0012 345 ";
  institution.edrpou = "0003 2129";
  institution.hromada_katottg = "ua 80 00 000 000 00 93317";
  institution.oblast = "ua-30";
  const model::Institution result = model::validated(institution);
  EXPECT_EQ(result.name, "Ліцей ʼМріяʼ");
  EXPECT_EQ(result.diso_id, "0012345");
  EXPECT_EQ(result.edrpou, "00032129");
  EXPECT_EQ(result.hromada_katottg, "UA80000000000093317");
  EXPECT_EQ(result.oblast, "UA-30");
  EXPECT_EQ(result.id, institution.id);
}

TEST(ValidatedInstitution, TakesTheOblastFromTheHromadaOrAKatottgCode) {
  model::Institution institution = sample_institution();
  EXPECT_EQ(model::validated(institution).oblast, "UA-30");
  institution.oblast = "80";
  EXPECT_EQ(model::validated(institution).oblast, "UA-30");
  institution.oblast = "UA-46";
  expect_refused(institution,
                 "institution.hromada_katottg 'UA80000000000093317' lies in UA-30, not in the "
                 "oblast UA-46");
  institution.oblast = "UA-99";
  expect_refused(institution, "institution.oblast 'UA-99' is neither the ISO 3166-2 code");
}

TEST(ValidatedInstitution, RefusesBadIdentifiers) {
  model::Institution institution = sample_institution();
  institution.edrpou = "32855968";
  expect_refused(institution, "institution.edrpou '32855968' is refused: ");
  expect_refused(institution, "wrong check digit");
  institution = sample_institution();
  institution.diso_id = "12a";
  expect_refused(institution, "institution.diso_id '12a' is refused");
  institution = sample_institution();
  institution.hromada_katottg = "UA99000000000093317";
  expect_refused(institution, "institution.hromada_katottg 'UA99000000000093317' is refused");
  institution = sample_institution();
  institution.name = "";
  expect_refused(institution, "institution.name '' is empty");
  institution = sample_institution();
  institution.name = "Лiцей";  // Latin i
  expect_refused(institution, "institution.name 'Лiцей' is refused");
  institution = sample_institution();
  institution.id = {};
  expect_refused(institution, "institution.id is the nil UUID");
}

TEST(ValidatedInstitution, RegistryFieldsAreRequiredForSchoolsOnly) {
  model::Institution institution = sample_institution();
  institution.diso_id.clear();
  expect_refused(institution, "institution.diso_id '' is empty");
  institution = sample_institution();
  institution.edrpou = "  ";
  expect_refused(institution, "institution.edrpou '  ' is empty");
  institution = sample_institution();
  institution.hromada_katottg.clear();
  expect_refused(institution, "institution.hromada_katottg '' is empty");

  model::Institution institute;
  institute.id = model::InstitutionId::generate();
  institute.kind = model::InstitutionKind::other;
  institute.name = "Інститут модернізації змісту освіти";
  const model::Institution result = model::validated(institute);
  EXPECT_EQ(result.oblast, "");
  EXPECT_EQ(result.edrpou, "");
}

TEST(ValidatedInstitution, RefusesUnnamedEnumerators) {
  model::Institution institution = sample_institution();
  institution.kind = static_cast<model::InstitutionKind>(9);
  expect_refused(institution, "institution.kind is 9, not one of the values 1 … 5");
  institution = sample_institution();
  institution.status = static_cast<model::InstitutionStatus>(0);
  expect_refused(institution, "institution.status is 0, not one of the values 1 … 3");
}

TEST(ValidatedConnectionRequest, NormalisesTheForm) {
  model::ConnectionRequest request = sample_request();
  request.admin_surname = "Мар'яненко";
  request.admin_patronymic = "  ";
  request.admin_email = " Director@ШКОЛА.УКР ";
  request.admin_phone = "+38 (067) 123-45-67";
  const model::ConnectionRequest result = model::validated(request);
  EXPECT_EQ(result.admin_surname, "Марʼяненко");
  EXPECT_EQ(result.admin_patronymic, std::nullopt);
  EXPECT_EQ(result.admin_email, "Director@xn--80atdl2c.xn--j1amh");
  EXPECT_EQ(result.admin_phone, "+380671234567");
  request.admin_patronymic = "Григорович";
  EXPECT_EQ(model::validated(request).admin_patronymic, "Григорович");
}

TEST(ValidatedConnectionRequest, RefusesBadContacts) {
  model::ConnectionRequest request = sample_request();
  request.admin_email = "x@";
  expect_refused(request, "connection_request.admin_email 'x@' is refused: ");
  request = sample_request();
  request.admin_phone = "+48 123 456 789";
  expect_refused(request, "connection_request.admin_phone '+48 123 456 789' is refused");
  request = sample_request();
  request.admin_phone = "";
  expect_refused(request, "connection_request.admin_phone '' is empty");
  request = sample_request();
  request.admin_given_name = "";
  expect_refused(request, "connection_request.admin_given_name '' is empty");
}

TEST(ValidatedConnectionRequest, FollowsTheDecision) {
  model::ConnectionRequest request = sample_request();
  request.status = model::RequestStatus::rejected;
  expect_refused(request, "connection_request.decision_reason '' is empty");
  request.decision_reason = " Не знайдено в ДІСО ";
  request.decided_at = request.submitted_at;
  EXPECT_EQ(model::validated(request).decision_reason, "Не знайдено в ДІСО");

  request = sample_request();
  request.status = model::RequestStatus::approved;
  expect_refused(request,
                 "connection_request.institution_id is missing; it is required for an "
                 "approved request");
  request.institution_id = model::InstitutionId{};
  expect_refused(request, "connection_request.institution_id is the nil UUID");
  request.institution_id = model::InstitutionId::generate();
  EXPECT_NO_THROW(model::validated(request));

  request.status = model::RequestStatus::withdrawn;
  expect_refused(request,
                 "connection_request.institution_id is set; it is allowed for an "
                 "approved request only");

  request = sample_request();
  request.decided_at = request.submitted_at;
  expect_refused(request,
                 "connection_request.decided_at is set; a pending request has no decision");
  request.status = model::RequestStatus::withdrawn;
  request.decided_at = at_second(1'000);
  expect_refused(request, "connection_request.decided_at is earlier than submitted_at");
}

}  // namespace
