// The grade-calculation engine: pure, exact, usable on its own.
#pragma once

#include "ejournal/error.hpp"
#include "ejournal/grading/aggregate.hpp"
#include "ejournal/grading/bulk.hpp"
#include "ejournal/grading/marks.hpp"
#include "ejournal/grading/rational.hpp"
#include "ejournal/grading/scale.hpp"
#include "ejournal/grading/ukrainian.hpp"
