// Typed identifiers: a Boost.UUID per entity kind, so that a person's id cannot be passed where a
// class's id is expected.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <boost/uuid/uuid.hpp>

namespace ejournal::model {

/// The id of an entity of kind `Tag`. The nil UUID means "no id yet".
template <class Tag>
struct Id {
  boost::uuids::uuid value{};

  [[nodiscard]] bool is_nil() const noexcept { return value.is_nil(); }
  /// Canonical lower-case text, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
  [[nodiscard]] std::string str() const;
  /// Reads the canonical text form (case-insensitive). Throws Error(invalid) quoting the text.
  static Id parse(std::string_view text);
  /// A new time-ordered id (time_ordered_uuid).
  static Id generate();

  friend bool operator==(const Id& a, const Id& b) noexcept { return a.value == b.value; }
  friend bool operator!=(const Id& a, const Id& b) noexcept { return a.value != b.value; }
  friend bool operator<(const Id& a, const Id& b) noexcept { return a.value < b.value; }
};

/// Canonical text of a raw UUID.
std::string uuid_text(const boost::uuids::uuid& value);
/// Reads a canonical UUID text. Throws Error(invalid) quoting `text`.
boost::uuids::uuid parse_uuid(std::string_view text);
/// A random version-4 UUID from the OS CSPRNG.
boost::uuids::uuid random_uuid();
/// A time-ordered version-7 UUID (RFC 9562): the Unix time in milliseconds in its first 48
/// bits, then 74 bits from the OS CSPRNG. Ids made later sort after earlier ones (to the
/// millisecond), so a database index takes new ids at its end instead of at random pages —
/// what keeps bulk loads fast once a table outgrows the page cache. It reveals when the record
/// was created, to the millisecond; nothing else.
boost::uuids::uuid time_ordered_uuid();

template <class Tag>
std::string Id<Tag>::str() const {
  return uuid_text(value);
}

template <class Tag>
Id<Tag> Id<Tag>::parse(std::string_view text) {
  return Id{parse_uuid(text)};
}

template <class Tag>
Id<Tag> Id<Tag>::generate() {
  return Id{time_ordered_uuid()};
}

using InstitutionId = Id<struct InstitutionTag>;
using ConnectionRequestId = Id<struct ConnectionRequestTag>;
using PersonId = Id<struct PersonTag>;
using RoleGrantId = Id<struct RoleGrantTag>;
using ParentLinkId = Id<struct ParentLinkTag>;
using AcademicYearId = Id<struct AcademicYearTag>;
using ClassId = Id<struct ClassTag>;
using SubjectId = Id<struct SubjectTag>;
using SubgroupId = Id<struct SubgroupTag>;
using CourseId = Id<struct CourseTag>;
using EnrolmentId = Id<struct EnrolmentTag>;
using LessonId = Id<struct LessonTag>;
using GradeId = Id<struct GradeTag>;
using AttendanceId = Id<struct AttendanceTag>;
using CommentId = Id<struct CommentTag>;
using InvitationId = Id<struct InvitationTag>;
using AuditId = Id<struct AuditTag>;
using NotificationId = Id<struct NotificationTag>;
using AccountId = Id<struct AccountTag>;
using SessionId = Id<struct SessionTag>;

}  // namespace ejournal::model

template <class Tag>
struct std::hash<ejournal::model::Id<Tag>> {
  std::size_t operator()(const ejournal::model::Id<Tag>& id) const noexcept {
    std::size_t seed = 0;
    for (const auto byte : id.value) seed = seed * 131 + byte;
    return seed;
  }
};
