// The special-mark dictionary and the official Ukrainian marks.
#include "ejournal/grading/marks.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "detail.hpp"

namespace ejournal::grading {

using detail::fail;
using detail::quoted;

namespace {

SpecialMark attestation_mark(std::string code, std::string label, std::vector<std::string> aliases,
                             PassFail pass_fail = PassFail::none) {
  SpecialMark mark;
  mark.code = std::move(code);
  mark.label = std::move(label);
  mark.aliases = std::move(aliases);
  mark.is_attestation_result = true;
  mark.pass_fail = pass_fail;
  return mark;
}

}  // namespace

MarkDictionary MarkDictionary::ukrainian() {
  MarkDictionary marks;
  SpecialMark absent;
  absent.code = "н";
  absent.label = "відсутній(я) на уроці";
  absent.aliases = {"Н"};
  absent.is_absence = true;
  marks.add(std::move(absent));
  marks.add(attestation_mark("н/а", "не атестований(а)",
                             {"не атестований", "не атестована", "не атестований(а)"}));
  marks.add(
      attestation_mark("зв.", "звільнений(а)", {"зв", "звільнений", "звільнена", "звільнений(а)"}));
  marks.add(attestation_mark("зар.", "зараховано", {"зар", "зараховано"}, PassFail::pass));
  marks.add(
      attestation_mark("не зар.", "не зараховано", {"не зар", "не зараховано"}, PassFail::fail));
  return marks;
}

void MarkDictionary::add(SpecialMark mark) {
  if (mark.code.empty()) {
    fail(Errc::invalid, "special mark " + quoted(mark.label) + " has an empty code");
  }
  std::vector<std::string_view> spellings{mark.code};
  for (const std::string& alias : mark.aliases) {
    if (alias.empty()) {
      fail(Errc::invalid, "special mark " + quoted(mark.code) + " has an empty alias");
    }
    if (std::find(spellings.begin(), spellings.end(), alias) != spellings.end()) {
      fail(Errc::exists,
           "special mark " + quoted(mark.code) + " lists the spelling " + quoted(alias) + " twice");
    }
    spellings.push_back(alias);
  }
  for (const std::string_view spelling : spellings) {
    if (const SpecialMark* taken = find(spelling)) {
      fail(Errc::exists, "special mark " + quoted(mark.code) + ": the spelling " +
                             quoted(spelling) + " already belongs to the mark " +
                             quoted(taken->code));
    }
  }
  marks_.push_back(std::move(mark));
}

namespace detail {

const MarkDictionary& default_marks() {
  static const MarkDictionary marks = MarkDictionary::ukrainian();
  return marks;
}

}  // namespace detail

const SpecialMark* MarkDictionary::find(std::string_view code_or_alias) const noexcept {
  for (const SpecialMark& mark : marks_) {
    if (mark.code == code_or_alias) return &mark;
    if (std::find(mark.aliases.begin(), mark.aliases.end(), code_or_alias) != mark.aliases.end()) {
      return &mark;
    }
  }
  return nullptr;
}

}  // namespace ejournal::grading
