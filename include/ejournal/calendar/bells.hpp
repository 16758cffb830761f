// The bell schedule (розклад дзвінків): when each numbered lesson of a school day starts and ends.
#pragma once

#include <optional>
#include <vector>

namespace ejournal::calendar {

/// Minutes in a day: a lesson lies within [0, kMinutesPerDay].
inline constexpr int kMinutesPerDay = 24 * 60;

/// One lesson of the bell schedule. Times are minutes after local midnight on the Europe/Kyiv
/// wall clock (08:30 is 510). Lessons are numbered from 1, or from 0 where a school has a
/// "нульовий урок" (ua-school.md §6).
struct Bell {
  int number;
  int start_minute;
  int end_minute;

  friend bool operator==(const Bell&, const Bell&) = default;
};

/// A validated list of bells, in lesson order. The default schedule has no lessons.
class BellSchedule {
 public:
  BellSchedule() = default;

  /// Takes `bells` after checking them: numbers at least 0 and strictly increasing, every bell
  /// within the day (0 ≤ start < end ≤ 1440), each starting no earlier than the previous one
  /// ends. Throws Error(invalid, argument) naming the bell and its times ("bell 2 (08:40–09:25)
  /// starts before bell 1 (08:00–08:45) ends").
  explicit BellSchedule(std::vector<Bell> bells);

  /// The bells in lesson order.
  [[nodiscard]] const std::vector<Bell>& bells() const noexcept { return bells_; }
  [[nodiscard]] bool empty() const noexcept { return bells_.empty(); }

  /// The bell of lesson `number`, or nullopt when the schedule has no such lesson.
  [[nodiscard]] std::optional<Bell> lesson(int number) const noexcept;

  friend bool operator==(const BellSchedule&, const BellSchedule&) = default;

 private:
  std::vector<Bell> bells_;
};

}  // namespace ejournal::calendar
