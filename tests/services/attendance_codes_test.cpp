// The attendance dictionary: the built-in Ukrainian codes and checking an institution's own.
#include <gtest/gtest.h>

#include <string>

#include "attendance_fixture.hpp"

namespace ejournal::services::testing {
namespace {

TEST(AttendanceCodes, TheUkrainianDictionary) {
  const auto codes = ukrainian_attendance_codes();
  ASSERT_EQ(codes.size(), 7u);
  EXPECT_EQ(codes[0].code, "п");
  EXPECT_EQ(codes[0].kind, AttendanceKind::present);
  EXPECT_EQ(codes[1].code, "зп");
  EXPECT_EQ(codes[1].kind, AttendanceKind::late);
  EXPECT_EQ(codes[2].code, "н");
  EXPECT_FALSE(codes[2].explained);
  EXPECT_EQ(codes[3].code, "хв");
  EXPECT_TRUE(codes[3].explained);
  EXPECT_NO_THROW(validate(AttendanceOptions{}));
}

Errc refusal_of(AttendanceOptions options) {
  return code_of([&] { validate(options); });
}

TEST(AttendanceCodes, ABadDictionaryIsRefused) {
  const auto with = [](AttendanceCode code) {
    AttendanceOptions options;
    options.codes.push_back(std::move(code));
    return options;
  };
  EXPECT_EQ(refusal_of(with({"н", "ще раз", AttendanceKind::absent, false})), Errc::invalid);
  EXPECT_EQ(refusal_of(with({"", "порожній", AttendanceKind::absent, false})), Errc::invalid);
  EXPECT_EQ(refusal_of(with({" ж", "пробіл", AttendanceKind::absent, false})), Errc::invalid);
  EXPECT_EQ(refusal_of(with({std::string(17, 'x'), "довгий", AttendanceKind::absent, false})),
            Errc::invalid);
  EXPECT_EQ(refusal_of(with({"\xff", "не UTF-8", AttendanceKind::absent, false})), Errc::invalid);
  EXPECT_EQ(refusal_of(with({"и\xcc\x86", "не NFC", AttendanceKind::absent, false})),
            Errc::invalid);
  EXPECT_EQ(refusal_of(with({"a\tb", "керуючий", AttendanceKind::absent, false})), Errc::invalid);
  EXPECT_EQ(refusal_of(with({"ж", "", AttendanceKind::absent, false})), Errc::invalid);
  EXPECT_EQ(refusal_of(with({"ж", "вид", static_cast<AttendanceKind>(0), false})), Errc::invalid);
  AttendanceOptions none;
  none.codes.clear();
  EXPECT_EQ(refusal_of(none), Errc::invalid);
  AttendanceOptions long_alert;
  long_alert.alert_days = 367;
  EXPECT_EQ(refusal_of(long_alert), Errc::invalid);
  const auto message = message_of([&] {
    validate(with({"хв", "ще раз", AttendanceKind::absent, true}));
  });
  EXPECT_NE(message.find("'хв'"), std::string::npos) << message;
}

TEST(AttendanceCodes, ReasonNames) {
  EXPECT_EQ(absence_reason_name(model::AbsenceReason::unknown), "unknown");
  EXPECT_EQ(absence_reason_name(model::AbsenceReason::valid_document), "valid_document");
  EXPECT_EQ(code_of([] { (void)absence_reason_name(static_cast<model::AbsenceReason>(0)); }),
            Errc::invalid);
}

}  // namespace
}  // namespace ejournal::services::testing
