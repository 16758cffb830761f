// ej_attendance_list for the services that hand marks back (ejournal/attendance.h).
#pragma once

#include <vector>

#include "ejournal.h"
#include "ejournal/model/journal.hpp"

namespace ejournal::capi::records {

/// A new list handle over `marks`, viewed as ej_store_attendance_find() views them.
ej_attendance_list* make_attendance_list(std::vector<model::AttendanceMark> marks);

}  // namespace ejournal::capi::records
