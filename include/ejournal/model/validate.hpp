// Checking and normalising entity records before they are stored: one function per entity.
//
// Each validated() takes a record, checks every field and returns it normalised: names in NFC
// with apostrophes folded to U+02BC and spaces collapsed (text::normalize_name, strict: a Latin
// look-alike inside a Cyrillic word is refused), e-mail addresses and phone numbers in their
// canonical forms (text/contacts.hpp), Ukrainian identifiers by text/identifiers.hpp, other texts
// in NFC with surrounding white space trimmed. A refused record throws Error(invalid, argument)
// whose message names the entity, the field and the value ("person.email 'x@' is refused: …").
// Ids must not be nil (an optional id, when set, neither); dates must be real days; enumerations
// must hold one of their named values. Pure and thread-safe.
#pragma once

#include <cstddef>

#include "ejournal/model/accounts.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/model/school.hpp"

namespace ejournal::model {

/// Names of people, institutions, subjects, subgroups and calendar periods, in bytes of UTF-8.
inline constexpr std::size_t kMaxNameBytes = 200;
/// Free text: lesson topics, homework, comments, notes and reasons.
inline constexpr std::size_t kMaxTextBytes = 4000;
/// Short single-line labels: column labels, scale names, channels, audit entity types and actions.
inline constexpr std::size_t kMaxLabelBytes = 100;
/// References: document numbers, external ids, idempotency keys, audited entity ids.
inline constexpr std::size_t kMaxReferenceBytes = 200;
/// A notification's recipient address on its channel.
inline constexpr std::size_t kMaxRecipientBytes = 320;
/// Documents: a notification's body and an audit entry's before and after JSON objects.
inline constexpr std::size_t kMaxDocumentBytes = 65536;
/// Special-mark and attendance codes ("н/а", "зв.", "хв"), in characters (code points).
inline constexpr std::size_t kMaxCodeCharacters = 16;
/// The hex text of an invitation token's hash: 32 … 128 lower-case hex digits.
inline constexpr std::size_t kMinTokenHashDigits = 32;
inline constexpr std::size_t kMaxTokenHashDigits = 128;
/// An account's encoded password hash ("$argon2id$…", ASCII).
inline constexpr std::size_t kMaxPasswordHashBytes = 256;
/// The issuer and the subject of an external identity, each.
inline constexpr std::size_t kMaxIdentityBytes = 255;
/// The hex text of a sign-in session token's hash (SHA-256): exactly this many digits.
inline constexpr std::size_t kSessionTokenHashDigits = 64;
/// Lessons are numbered 0 (a "zeroth" lesson) … 12 within a day.
inline constexpr int kMaxLessonNumber = 12;

/// Name required; ДІСО id, ЄДРПОУ and hromada КАТОТТГ code required except for kind other (the
/// institute that runs the platform). The oblast is an ISO 3166-2 code ("ua-59" → "UA-59") or a
/// two-digit first-level КАТОТТГ code ("59" → "UA-59"); when empty it is taken from the hromada's
/// code, and when both are given they must agree.
Institution validated(Institution institution);

/// Every field of the form required except the patronymic (an empty one becomes nullopt);
/// e-mail and phone normalised; a rejection needs a decision_reason, an approval the new
/// institution_id (and no other status has one); a decision is not earlier than the submission
/// and a pending request has none.
ConnectionRequest validated(ConnectionRequest request);

/// Surname and given name required, patronymic optional (empty becomes nullopt); e-mail and
/// phone optional (empty) or normalised; external ids each with a system and a value, at most one
/// per system.
Person validated(Person person);

/// class_id set for a class teacher, and only for one.
RoleGrant validated(RoleGrant grant);

/// The parent and the child are different people.
ParentLink validated(ParentLink link);

/// The calendar passes calendar::validate; its year, term and holiday names are normalised as
/// names.
AcademicYear validated(AcademicYear year);

/// The name is a class name as text::normalize_class_name reads it ("5 - а" → "5-А").
SchoolClass validated(SchoolClass school_class);

/// Name required; short name optional.
Subject validated(Subject subject);

/// Name required.
Subgroup validated(Subgroup subgroup);

/// Every id set.
SubgroupMember validated(SubgroupMember member);

/// The scale is named. Grading scales are data (custom ones included) with no registry of names
/// yet, so any name is accepted.
Course validated(Course course);

/// The departure, when set, is not before the arrival.
Enrolment validated(Enrolment enrolment);

/// Number 0 … kMaxLessonNumber; homework_due, when set, not before the lesson's date.
Lesson validated(Lesson lesson);

/// Exactly one of value and mark; a mark code of at most kMaxCodeCharacters characters; a
/// current grade has its lesson_id, a grade in any other column has none; a custom column has a
/// label.
GradeEntry validated(GradeEntry grade);

/// A code of 1 … kMaxCodeCharacters characters.
AttendanceMark validated(AttendanceMark mark);

/// Text required.
Comment validated(Comment comment);

/// E-mail required; class_id for a class teacher only, child_id for a parent only, each
/// required for its role; token_hash lower-case hex ("AB…" becomes "ab…"); expiry after
/// creation; accepted_at set exactly when the status is accepted.
Invitation validated(Invitation invitation);

/// Entity type, entity id and action required; before and after empty or a JSON object text
/// ("{…}").
AuditEntry validated(AuditEntry entry);

/// Channel, recipient and idempotency key required; the recipient of an "email" notification is
/// a normalised e-mail address; attempts not negative; delivered_at set exactly when the status is
/// delivered.
Notification validated(Notification notification);

/// Institution and person required.
NotificationPreferences validated(NotificationPreferences preferences);

/// Login a required e-mail address, normalised; at least one credential: a password hash in
/// the encoded Argon2id form ("$argon2id$…": printable ASCII without spaces, at most
/// kMaxPasswordHashBytes) or an external identity (issuer and subject, each a required line of
/// at most kMaxIdentityBytes); failed_sign_ins not negative; password_changed_at, when set, not
/// before created_at. Messages never quote the password hash.
Account validated(Account account);

/// token_hash exactly kSessionTokenHashDigits hex digits, lower-cased ("AB…" becomes "ab…") and
/// never quoted in messages; last_seen_at and revoked_at (when set) not before created_at;
/// expires_at after created_at.
SignInSession validated(SignInSession session);

}  // namespace ejournal::model
