// The opaque handles that more than one grading file reads. Each wraps a core value; the C
// header only ever sees a pointer to the struct.
#pragma once

#include <vector>

#include "ejournal.h"
#include "ejournal/grading/aggregate.hpp"
#include "ejournal/grading/marks.hpp"

struct ej_marks {
  ejournal::grading::MarkDictionary dictionary;
};

struct ej_gradeset {
  std::vector<ejournal::grading::Item> items;
};

namespace ejournal::capi {

/// The dictionary a caller passed, or nullptr for the core's default (the Ukrainian marks).
inline const grading::MarkDictionary* dictionary_of(const ej_marks* marks) noexcept {
  return marks != nullptr ? &marks->dictionary : nullptr;
}

}  // namespace ejournal::capi
