// Questions about an ej_school_year: ej_school_year_is_school_day, _count_school_days,
// _school_days, _term_index and _lesson_dates.
#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "firewall.hpp"
#include "school_year.hpp"

namespace capi = ejournal::capi;
namespace calendar = ejournal::calendar;

namespace {

calendar::DateRange read_range(const ej_date* first, const ej_date* last) {
  return {capi::read_date(first, "first"), capi::read_date(last, "last")};
}

// Sets *count to the size of `items`; copies them into `out` when `capacity` is enough, else
// reports EJ_EBUFS.
template <class Item, class Write>
int hand_over(const std::vector<Item>& items, size_t capacity, size_t* count, const char* what,
              Write write) {
  *count = items.size();
  if (capacity < items.size()) {
    return capi::set_error(EJ_EBUFS, EJ_ERRCLASS_ARGUMENT,
                           "the buffer holds " + std::to_string(capacity) + " " + what + "; " +
                               std::to_string(items.size()) + " are needed");
  }
  for (size_t i = 0; i < items.size(); ++i) write(items[i], i);
  return EJ_OK;
}

std::vector<calendar::TimetableSlot> read_slots(const ej_timetable_slot* slots, size_t count) {
  if (count > 0) capi::require(slots, "slots");
  std::vector<calendar::TimetableSlot> timetable;
  timetable.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    const std::string name = "slots[" + std::to_string(i) + "].weekday";
    timetable.push_back({capi::read_weekday(slots[i].weekday, name), slots[i].lesson_number});
  }
  return timetable;
}

}  // namespace

extern "C" {

int ej_school_year_is_school_day(int32_t* out, const ej_school_year* year, const ej_date* date) {
  return capi::guarded([&] {
    capi::require(out, "out");
    const calendar::SchoolYear& school_year = capi::valid_year(year);
    *out = calendar::is_school_day(school_year, capi::read_date(date, "date")) ? 1 : 0;
    return EJ_OK;
  });
}

int ej_school_year_count_school_days(size_t* out, const ej_school_year* year, const ej_date* first,
                                     const ej_date* last) {
  return capi::guarded([&] {
    capi::require(out, "out");
    const calendar::SchoolYear& school_year = capi::valid_year(year);
    *out = calendar::count_school_days(school_year, read_range(first, last));
    return EJ_OK;
  });
}

int ej_school_year_school_days(ej_date* out, size_t capacity, size_t* count,
                               const ej_school_year* year, const ej_date* first,
                               const ej_date* last) {
  return capi::guarded([&] {
    capi::require(count, "count");
    *count = 0;
    if (capacity > 0) capi::require(out, "out");
    const calendar::SchoolYear& school_year = capi::valid_year(year);
    const std::vector<calendar::Date> days =
        calendar::school_days(school_year, read_range(first, last));
    return hand_over(days, capacity, count, "dates",
                     [&](calendar::Date day, size_t i) { out[i] = capi::write_date(day); });
  });
}

int ej_school_year_term_index(int32_t* out, const ej_school_year* year, const ej_date* date) {
  return capi::guarded([&] {
    capi::require(out, "out");
    const calendar::SchoolYear& school_year = capi::valid_year(year);
    const auto index = calendar::term_index(school_year, capi::read_date(date, "date"));
    *out = index ? capi::item_count(*index) : -1;
    return EJ_OK;
  });
}

int ej_school_year_lesson_dates(ej_lesson_slot* out, size_t capacity, size_t* count,
                                const ej_school_year* year, const ej_timetable_slot* slots,
                                size_t slot_count, const ej_date* first, const ej_date* last) {
  return capi::guarded([&] {
    capi::require(count, "count");
    *count = 0;
    if (capacity > 0) capi::require(out, "out");
    const calendar::SchoolYear& school_year = capi::valid_year(year);
    const std::vector<calendar::TimetableSlot> timetable = read_slots(slots, slot_count);
    const std::vector<calendar::LessonSlot> lessons =
        calendar::lesson_dates(school_year, timetable, read_range(first, last));
    return hand_over(lessons, capacity, count, "lessons",
                     [&](const calendar::LessonSlot& lesson, size_t i) {
                       out[i] = ej_lesson_slot{capi::write_date(lesson.date), lesson.lesson_number};
                     });
  });
}

}  // extern "C"
