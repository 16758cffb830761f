#include "ejournal/model/time.hpp"

namespace ejournal::model {

Instant SystemClock::now() const {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

}  // namespace ejournal::model
