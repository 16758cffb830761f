// Canvas's drop rules (grading-and-interop.md §2.2): which submissions of an assignment group
// drop_lowest, drop_highest and never_drop leave out, chosen by the group percentage they leave
// rather than by sorting individual percentages.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include "../detail.hpp"
#include "canvas.hpp"

namespace ejournal::grading::gradebook::detail {

namespace {

// A candidate as the search sees it. The search always looks for the highest ratio; to keep the
// lowest one (drop highest) it runs on negated scores.
struct Term {
  Rational score;
  Rational possible;
  std::int64_t order = 0;
  std::size_t position = 0;  // index into the caller's candidates
};

// Some kept terms together with the fixed (never-drop) ones, and their sums.
struct Choice {
  std::vector<std::size_t> kept;  // Term::position of each kept term
  Rational score;
  Rational possible;

  [[nodiscard]] bool has_points() const { return possible.sign() > 0; }
  [[nodiscard]] Rational ratio() const { return score / possible; }
  // Kane & Kane's F for this choice at the trial ratio q: Σ (score − q·possible).
  [[nodiscard]] Rational excess(const Rational& q) const { return score - q * possible; }
};

// A bisection point is a dyadic rational; past 2^120 the bracket is narrower than any two
// percentages a gradebook can tell apart.
constexpr Int128 kFinestScale = Int128{1} << 120;

// A dyadic rational in the middle half of (lower, upper): exact, and its denominator grows only
// as fast as the bracket shrinks.
Rational between(const Rational& lower, const Rational& upper) {
  const Rational width = upper - lower;
  Int128 scale = 1;
  while (width * Rational::fraction(scale, 1) < 4) {
    if (scale >= kFinestScale) {
      grading::detail::fail(Errc::range, "the drop-rule search cannot separate the ratios " +
                                             grading::detail::describe(lower) + " and " +
                                             grading::detail::describe(upper));
    }
    scale *= 2;
  }
  const Rational scaled_centre = (lower + upper) * Rational::fraction(scale, 2);
  return Rational::fraction(round_to_integer(scaled_centre, RoundingMode::floor), scale);
}

// Keeps `keep` of the candidates so that Σscore / Σpossible over them and the fixed terms is as
// high as it can be (Kane & Kane, "Dropping Lowest Grades", as Canvas cites it). For a trial ratio
// q the best choice keeps the terms with the largest score − q·possible; the sum F(q) over that
// choice falls as q rises and is 0 exactly at the best ratio. Canvas bisects q in floating point
// until the bracket is narrow; here the bracket is bisected exactly, and every probe that finds
// F ≥ 0 lifts the lower end to the ratio its choice reaches (a Newton step), so the search lands
// on the best ratio itself.
class KeepSearch {
 public:
  KeepSearch(std::vector<Term> candidates, std::vector<Term> fixed, std::size_t keep)
      : candidates_(std::move(candidates)), fixed_(std::move(fixed)), keep_(keep) {
    for (const Term& term : fixed_) {
      fixed_score_ += term.score;
      fixed_possible_ += term.possible;
    }
  }

  [[nodiscard]] std::vector<std::size_t> run() const {
    if (keep_ >= candidates_.size()) {
      return choose([](const Term&, const Term&) { return false; }).kept;
    }
    // A choice without points possible has no ratio. With a positive score it beats every ratio
    // (all extra credit); when no choice has points, the highest score is best.
    const Choice unbounded = choose([](const Term& a, const Term& b) {
      if (a.possible != b.possible) return a.possible < b.possible;
      return a.score > b.score;
    });
    const bool any_points = std::any_of(candidates_.begin(), candidates_.end(),
                                        [](const Term& term) { return term.possible.sign() > 0; });
    if (!unbounded.has_points() && (unbounded.score.sign() > 0 || !any_points)) {
      return unbounded.kept;
    }
    // Any choice with points starts the bracket; the largest points possible guarantee some.
    Choice best = choose([](const Term& a, const Term& b) {
      if (a.possible != b.possible) return a.possible > b.possible;
      return a.score > b.score;
    });
    Rational lower = best.ratio();
    Rational upper = ratio_ceiling();
    Choice at_lower = at(lower);
    // F(lower) > 0 means some choice beats `lower`; a choice without points cannot (see above).
    while (at_lower.excess(lower).sign() > 0) {
      best = std::move(at_lower);
      lower = best.ratio();
      if (lower < upper) {
        const Rational middle = between(lower, upper);
        Choice at_middle = at(middle);
        if (at_middle.has_points() && at_middle.excess(middle).sign() >= 0) {
          best = std::move(at_middle);
          lower = best.ratio();
        } else {
          upper = middle;
        }
      }
      at_lower = at(lower);
    }
    // At the best ratio every top-ranked choice reaches it: the ranking's ties (equal
    // percentages) break by order, as Canvas's do.
    return at_lower.has_points() ? at_lower.kept : best.kept;
  }

 private:
  // The first keep_ candidates ranked by `before` (on positions in candidates_), then by order.
  template <class Before>
  [[nodiscard]] Choice choose_ranked(Before before) const {
    std::vector<std::size_t> ranking(candidates_.size());
    for (std::size_t i = 0; i < ranking.size(); ++i) ranking[i] = i;
    std::sort(ranking.begin(), ranking.end(), [&](std::size_t a, std::size_t b) {
      if (before(a, b)) return true;
      if (before(b, a)) return false;
      if (candidates_[a].order != candidates_[b].order) {
        return candidates_[a].order < candidates_[b].order;
      }
      return a < b;
    });
    Choice choice{{}, fixed_score_, fixed_possible_};
    const std::size_t kept = std::min(keep_, ranking.size());
    for (std::size_t i = 0; i < kept; ++i) {
      const Term& term = candidates_[ranking[i]];
      choice.kept.push_back(term.position);
      choice.score += term.score;
      choice.possible += term.possible;
    }
    return choice;
  }

  // The first keep_ candidates ranked by `before` on the terms themselves.
  template <class Before>
  [[nodiscard]] Choice choose(Before before) const {
    return choose_ranked(
        [&](std::size_t a, std::size_t b) { return before(candidates_[a], candidates_[b]); });
  }

  // The best choice for the trial ratio q: the largest score − q·possible first.
  [[nodiscard]] Choice at(const Rational& q) const {
    std::vector<Rational> excess;
    excess.reserve(candidates_.size());
    for (const Term& term : candidates_) excess.push_back(term.score - q * term.possible);
    return choose_ranked([&](std::size_t a, std::size_t b) { return excess[a] > excess[b]; });
  }

  // No choice with points beats the best single ratio plus every positive score worth 0 points
  // spread over the smallest points possible.
  [[nodiscard]] Rational ratio_ceiling() const {
    std::optional<Rational> best_ratio;
    std::optional<Rational> smallest_possible;
    Rational unpointed_gain = 0;
    for (const std::vector<Term>* terms : {&candidates_, &fixed_}) {
      for (const Term& term : *terms) {
        if (term.possible.sign() == 0) {
          if (term.score.sign() > 0) unpointed_gain += term.score;
          continue;
        }
        const Rational ratio = term.score / term.possible;
        if (!best_ratio || ratio > *best_ratio) best_ratio = ratio;
        if (!smallest_possible || term.possible < *smallest_possible) {
          smallest_possible = term.possible;
        }
      }
    }
    return *best_ratio + unpointed_gain / *smallest_possible;
  }

  std::vector<Term> candidates_;
  std::vector<Term> fixed_;
  std::size_t keep_;
  Rational fixed_score_;
  Rational fixed_possible_;
};

std::vector<Term> terms_of(std::span<const DropCandidate> candidates,
                           const std::vector<std::size_t>& positions, int sign) {
  std::vector<Term> terms;
  terms.reserve(positions.size());
  for (const std::size_t position : positions) {
    const DropCandidate& candidate = candidates[position];
    terms.push_back({sign * candidate.score, candidate.possible, candidate.order, position});
  }
  return terms;
}

// Canvas's rule for a group whose droppable submissions are all worth 0 points: rank by raw
// score, then order, and keep the top `keep_best`, then the bottom `keep_worst` of those.
std::pair<std::vector<std::size_t>, std::vector<std::size_t>> slice_by_score(
    std::span<const DropCandidate> candidates, std::vector<std::size_t> droppable,
    std::size_t keep_best, std::size_t keep_worst) {
  std::sort(droppable.begin(), droppable.end(), [&](std::size_t a, std::size_t b) {
    if (candidates[a].score != candidates[b].score)
      return candidates[a].score < candidates[b].score;
    if (candidates[a].order != candidates[b].order)
      return candidates[a].order < candidates[b].order;
    return a < b;
  });
  std::vector<std::size_t> best(droppable.end() - static_cast<std::ptrdiff_t>(keep_best),
                                droppable.end());
  std::vector<std::size_t> worst(best.begin(),
                                 best.begin() + static_cast<std::ptrdiff_t>(keep_worst));
  return {std::move(best), std::move(worst)};
}

}  // namespace

std::vector<DropVerdict> canvas_drops(std::span<const DropCandidate> candidates, int drop_lowest,
                                      int drop_highest) {
  std::vector<DropVerdict> verdicts(candidates.size(), DropVerdict::kept);
  if (drop_lowest == 0 && drop_highest == 0) return verdicts;
  std::vector<std::size_t> droppable;
  std::vector<std::size_t> fixed;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    (candidates[i].never_drop ? fixed : droppable).push_back(i);
  }
  if (droppable.empty()) return verdicts;

  // At least one droppable submission always stays; drop highest yields when both rules together
  // would take them all.
  const std::size_t count = droppable.size();
  const std::size_t lowest = std::min(static_cast<std::size_t>(drop_lowest), count - 1);
  const auto requested_highest = static_cast<std::size_t>(drop_highest);
  const std::size_t highest = lowest + requested_highest >= count ? 0 : requested_highest;
  const std::size_t keep_best = count - lowest;
  const std::size_t keep_worst = keep_best - highest;

  std::vector<std::size_t> best;
  std::vector<std::size_t> worst;
  const bool pointed = std::any_of(droppable.begin(), droppable.end(), [&](std::size_t i) {
    return candidates[i].possible.sign() > 0;
  });
  if (pointed) {
    best = KeepSearch(terms_of(candidates, droppable, 1), terms_of(candidates, fixed, 1), keep_best)
               .run();
    worst = KeepSearch(terms_of(candidates, best, -1), terms_of(candidates, fixed, -1), keep_worst)
                .run();
  } else {
    std::tie(best, worst) = slice_by_score(candidates, droppable, keep_best, keep_worst);
  }

  for (const std::size_t position : droppable) verdicts[position] = DropVerdict::dropped_lowest;
  for (const std::size_t position : best) verdicts[position] = DropVerdict::dropped_highest;
  for (const std::size_t position : worst) verdicts[position] = DropVerdict::kept;
  return verdicts;
}

}  // namespace ejournal::grading::gradebook::detail
