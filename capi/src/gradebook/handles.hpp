// The opaque handles of ejournal/gradebook.h that more than one file reads. Each wraps the core
// value it stands for, so that computing passes it on without a copy.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "ejournal.h"
#include "ejournal/grading/gradebook.hpp"

struct ej_gradebook {
  ejournal::grading::gradebook::Gradebook book;
  /// Item id → index, for ej_gradebook_item_index(); kSharedId marks an id two items share.
  std::unordered_map<std::string, std::size_t> item_index;
  static constexpr std::size_t kSharedId = static_cast<std::size_t>(-1);
};

struct ej_gradebook_grades {
  std::size_t students = 0;
  std::size_t items = 0;  ///< the book's item count when the table was made
  /// students × items, row-major: the layout compute_class() reads.
  std::vector<ejournal::grading::gradebook::Grade> cells;
};

struct ej_gradebook_result {
  ejournal::grading::gradebook::GradebookResult result;
};

struct ej_gradebook_class_result {
  std::vector<ej_gradebook_result> students;
};
