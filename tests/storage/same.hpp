// Field-by-field comparison of stored records with what was written, and readable printing of
// ids and rationals in failure messages.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "ejournal/grading/rational.hpp"
#include "ejournal/model/accounts.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/model/school.hpp"

namespace ejournal::model {

/// Prints an id as its canonical text (found by GoogleTest through ADL).
template <class Tag>
void PrintTo(const Id<Tag>& id, std::ostream* out) {
  *out << id.str();
}

}  // namespace ejournal::model

namespace ejournal::grading {

/// Prints a rational as "21/2" (found by GoogleTest through ADL).
inline void PrintTo(const Rational& value, std::ostream* out) {
  *out << value.to_string();
}

}  // namespace ejournal::grading

namespace ejournal::storage::testing {

// Each expects every field of `actual` to equal that of `expected`, version included.
void expect_same(const model::Institution& actual, const model::Institution& expected);
void expect_same(const model::ConnectionRequest& actual, const model::ConnectionRequest& expected);
void expect_same(const model::Person& actual, const model::Person& expected);
void expect_same(const model::RoleGrant& actual, const model::RoleGrant& expected);
void expect_same(const model::ParentLink& actual, const model::ParentLink& expected);
void expect_same(const model::AcademicYear& actual, const model::AcademicYear& expected);
void expect_same(const model::SchoolClass& actual, const model::SchoolClass& expected);
void expect_same(const model::Subject& actual, const model::Subject& expected);
void expect_same(const model::Subgroup& actual, const model::Subgroup& expected);
void expect_same(const model::Course& actual, const model::Course& expected);
void expect_same(const model::Enrolment& actual, const model::Enrolment& expected);
void expect_same(const model::Lesson& actual, const model::Lesson& expected);
void expect_same(const model::GradeEntry& actual, const model::GradeEntry& expected);
void expect_same(const model::AttendanceMark& actual, const model::AttendanceMark& expected);
void expect_same(const model::Comment& actual, const model::Comment& expected);
void expect_same(const model::Invitation& actual, const model::Invitation& expected);
void expect_same(const model::AuditEntry& actual, const model::AuditEntry& expected);
void expect_same(const model::Notification& actual, const model::Notification& expected);
void expect_same(const model::NotificationPreferences& actual,
                 const model::NotificationPreferences& expected);
void expect_same(const model::Account& actual, const model::Account& expected);
void expect_same(const model::SignInSession& actual, const model::SignInSession& expected);

/// Expects `actual` to hold a record the same as `expected`.
template <class Record>
void expect_found(const std::optional<Record>& actual, const Record& expected) {
  ASSERT_TRUE(actual.has_value()) << "record " << expected.id.str() << " not found";
  expect_same(*actual, expected);
}

/// Expects the lists to hold the same records in the same order.
template <class Record>
void expect_same_list(const std::vector<Record>& actual, const std::vector<Record>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    SCOPED_TRACE("at index " + std::to_string(i));
    expect_same(actual[i], expected[i]);
  }
}

/// The ids of `records`, in their order.
template <class Record>
auto ids_of(const std::vector<Record>& records) {
  std::vector<decltype(Record::id)> ids;
  for (const auto& record : records) ids.push_back(record.id);
  return ids;
}

}  // namespace ejournal::storage::testing
