// Names and gendered words: ej_name_parse, ej_name_format, ej_gender_word, ej_gender_guess.
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/names.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
using ejournal::Errc;
using ejournal::Error;
using ejournal::ErrorDomain;
using ejournal::text::FullName;
using ejournal::text::Gender;

namespace {

[[noreturn]] void bad_argument(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

// The parts go through parse_full_name so that they are normalised exactly like a parsed name;
// the word count then shows whether some part was empty or more than one word.
FullName name_of(const std::string& surname, const std::string& given,
                 const std::string& patronymic) {
  const std::string text =
      surname + " " + given + (patronymic.empty() ? std::string() : " " + patronymic);
  FullName name = ejournal::text::parse_full_name(text);
  if (name.patronymic.has_value() == patronymic.empty()) {
    bad_argument("name parts '" + surname + "', '" + given + "', '" + patronymic +
                 "' are not one word each");
  }
  return name;
}

Gender gender_of(int32_t gender) {
  switch (gender) {
    case EJ_GENDER_FEMININE: return Gender::feminine;
    case EJ_GENDER_MASCULINE: return Gender::masculine;
    default: bad_argument("gender " + std::to_string(gender) + " is not an ej_gender");
  }
}

}  // namespace

extern "C" {

int ej_name_parse(char** out_surname, char** out_given, char** out_patronymic, const char* text) {
  return capi::guarded([&] {
    capi::require(out_surname, "out_surname");
    capi::require(out_given, "out_given");
    capi::require(out_patronymic, "out_patronymic");
    *out_surname = nullptr;
    *out_given = nullptr;
    *out_patronymic = nullptr;
    const FullName name = ejournal::text::parse_full_name(capi::read_text(text, "text"));
    // Hand out all three only once every allocation has succeeded.
    char* surname = capi::hand_out(name.surname);
    char* given = nullptr;
    char* patronymic = nullptr;
    try {
      given = capi::hand_out(name.given);
      if (name.patronymic) patronymic = capi::hand_out(*name.patronymic);
    } catch (...) {
      ej_free(surname);
      ej_free(given);
      throw;
    }
    *out_surname = surname;
    *out_given = given;
    *out_patronymic = patronymic;
    return EJ_OK;
  });
}

int ej_name_format(char** out, const char* surname, const char* given, const char* patronymic,
                   int32_t style) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    const FullName name =
        name_of(capi::read_text(surname, "surname"), capi::read_text(given, "given"),
                capi::read_text(patronymic, "patronymic", true));
    switch (style) {
      case EJ_NAME_FULL: *out = capi::hand_out(ejournal::text::format_full(name)); break;
      case EJ_NAME_SURNAME_INITIALS:
        *out = capi::hand_out(ejournal::text::format_surname_initials(name));
        break;
      case EJ_NAME_INITIALS_SURNAME:
        *out = capi::hand_out(ejournal::text::format_initials_surname(name));
        break;
      default: bad_argument("style " + std::to_string(style) + " is not an ej_name_style");
    }
    return EJ_OK;
  });
}

int ej_gender_word(const char** out, int32_t word, int32_t gender) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    const Gender grammatical = gender_of(gender);
    switch (word) {
      case EJ_WORD_NOT_ATTESTED: *out = ejournal::text::not_attested(grammatical).data(); break;
      case EJ_WORD_PUPIL: *out = ejournal::text::pupil_noun(grammatical).data(); break;
      case EJ_WORD_EXEMPT: *out = ejournal::text::exempt(grammatical).data(); break;
      default: bad_argument("word " + std::to_string(word) + " is not an ej_gender_word_kind");
    }
    return EJ_OK;
  });
}

int ej_gender_guess(int32_t* out_gender, const char* patronymic) {
  return capi::guarded([&] {
    capi::require(out_gender, "out_gender");
    *out_gender = -1;
    FullName name;
    if (patronymic != nullptr && *patronymic != '\0') {
      name.patronymic = capi::read_text(patronymic, "patronymic");
    }
    const auto gender = ejournal::text::guess_gender(name);
    if (!gender) {
      throw Error(
          Errc::not_found, ErrorDomain::argument,
          "patronymic '" + name.patronymic.value_or("") + "' does not show a grammatical gender");
    }
    *out_gender = *gender == Gender::feminine ? EJ_GENDER_FEMININE : EJ_GENDER_MASCULINE;
    return EJ_OK;
  });
}

}  // extern "C"
