// What the journal tells parents through the outbox (parent_notices.hpp), in the unit of the
// change: a grade they can now see, a corrected one, a teacher's comment.
#pragma once

#include "ejournal/model/journal.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// Tells the student's parents of `grade` of `course`, published and stored at grade.version.
void tell_parents_of_grade(storage::UnitOfWork& unit, const model::Course& course,
                           const model::GradeEntry& grade, model::Instant now);

/// Tells the student's parents of `comment`, stored, about `course` (nullptr when it names none).
void tell_parents_of_comment(storage::UnitOfWork& unit, const model::Comment& comment,
                             const model::Course* course, model::Instant now);

}  // namespace ejournal::services::detail
