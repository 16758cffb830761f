#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "ejournal/text/contacts.hpp"
#include "expect_invalid.hpp"

namespace {

using ejournal::Errc;
using ejournal::Error;
using ejournal::ErrorDomain;
namespace text = ejournal::text;

using ejournal::text::testing::expect_invalid;

void expect_bad_email(std::string_view address, std::string_view fragment) {
  expect_invalid([&] { text::normalize_email(address); }, fragment);
}

void expect_bad_phone(std::string_view number, std::string_view fragment) {
  expect_invalid([&] { text::normalize_phone(number); }, fragment);
}

TEST(Email, TrimsAndLowerCasesTheDomainButKeepsTheLocalPart) {
  EXPECT_EQ(text::normalize_email("  Ivan.Petrenko@School.Example.UA \t"),
            "Ivan.Petrenko@school.example.ua");
  EXPECT_EQ(text::normalize_email("a+tag!#$%&'*/=?^_`{|}~-@mail.com"),
            "a+tag!#$%&'*/=?^_`{|}~-@mail.com");
}

TEST(Email, MapsInternationalisedDomainsToPunycode) {
  // The ICU output, cross-checked with Python's "школа.укр".encode("idna").
  EXPECT_EQ(text::normalize_email("director@школа.укр"), "director@xn--80atdl2c.xn--j1amh");
  EXPECT_EQ(text::normalize_email("x@ШКОЛА.УКР"), "x@xn--80atdl2c.xn--j1amh");
  EXPECT_EQ(text::normalize_email("x@xn--80atdl2c.xn--j1amh"), "x@xn--80atdl2c.xn--j1amh");
}

TEST(Email, RefusesBadStructure) {
  expect_bad_email("", "is empty");
  expect_bad_email("   ", "is empty");
  expect_bad_email("ivan.example.com", "'ivan.example.com' has no '@'");
  expect_bad_email("a@b@example.com", "more than one '@'");
  expect_bad_email("\"ivan\"@example.com", "quoted local part");
  expect_bad_email("@example.com", "nothing before the '@'");
  expect_bad_email("ivan@", "nothing after the '@'");
}

TEST(Email, RefusesBadLocalParts) {
  expect_bad_email(".ivan@example.com", "starts or ends with a dot");
  expect_bad_email("ivan.@example.com", "starts or ends with a dot");
  expect_bad_email("iv..an@example.com", "two dots in a row");
  expect_bad_email("iv an@example.com", "the character ' '");
  expect_bad_email("іван@example.com", "the character 'і'");
  expect_bad_email(std::string(65, 'a') + "@example.com", "local part of 65 bytes, at most 64");
  EXPECT_NO_THROW(text::normalize_email(std::string(64, 'a') + "@example.com"));
}

TEST(Email, RefusesBadDomains) {
  expect_bad_email("ivan@localhost", "one-label domain 'localhost'");
  expect_bad_email("ivan@example..com", "empty label");
  expect_bad_email("ivan@example.com.", "empty label");
  expect_bad_email("ivan@10.0.0.1", "all-numeric top-level domain '1'");
  expect_bad_email("ivan@-school.ua", "starting with a hyphen");
  expect_bad_email("ivan@exam_ple.com", "not allowed in a host name");
  expect_bad_email("ivan@" + std::string(64, 'a') + ".com", "label of 64 bytes, at most 63");
  std::string long_domain;
  for (int i = 0; i < 5; ++i) long_domain += std::string(60, 'a') + ".";
  expect_bad_email("ivan@" + long_domain + "ua", "domain of 307 bytes, at most 253");
}

TEST(Email, RefusesOverLongAddresses) {
  const std::string domain =
      std::string(63, 'a') + "." + std::string(63, 'b') + "." + std::string(63, 'c') + ".ua";
  expect_bad_email(std::string(64, 'x') + "@" + domain, "bytes long in ASCII, at most 254");
  expect_bad_email(std::string(1'000'000, 'x') + "@example.com", "at most 254");
}

TEST(Email, RefusesHostileInput) {
  expect_bad_email("x'; DROP TABLE users;--@example.com", "the character ';'");
  expect_bad_email("ivan@example.com\x01", "\\x01");
  expect_bad_email("iv\nan@example.com", "'iv\\x0Aan@example.com'");
  expect_bad_email("ivan@exa\xff.com", "not valid UTF-8 (byte 8)");
  expect_bad_email(std::string("ivan\0@example.com", 17), "\\x00");
}

TEST(Phone, AcceptsTheCommonForms) {
  for (const char* number :
       {"+380 67 123 45 67", "380671234567", "0671234567", "(067) 123-45-67", "067.123.45.67",
        "8 067 123 45 67", "00380671234567", "+38 (067) 123-45-67", "+380 (67) 123-45-67"}) {
    const text::Phone phone = text::normalize_phone(number);
    EXPECT_EQ(phone.e164, "+380671234567") << number;
    EXPECT_EQ(phone.kind, text::PhoneKind::mobile) << number;
    EXPECT_EQ(phone.code, "67") << number;
  }
}

TEST(Phone, TellsMobileFromFixed) {
  const text::Phone kyiv = text::normalize_phone("+38 (044) 123 45 67");
  EXPECT_EQ(kyiv.e164, "+380441234567");
  EXPECT_EQ(kyiv.kind, text::PhoneKind::fixed);
  EXPECT_EQ(kyiv.code, "44");
  EXPECT_EQ(text::normalize_phone("032 123 4567").kind, text::PhoneKind::fixed);
  EXPECT_EQ(text::normalize_phone("0501234567").kind, text::PhoneKind::mobile);
  EXPECT_EQ(text::normalize_phone("0931234567").kind, text::PhoneKind::mobile);
  EXPECT_EQ(text::normalize_phone("0790123456").kind, text::PhoneKind::mobile);
  EXPECT_EQ(text::normalize_phone("0791123456").kind, text::PhoneKind::unknown);
  EXPECT_EQ(text::normalize_phone("0800123456").kind, text::PhoneKind::unknown);
}

TEST(Phone, RefusesOtherCountriesAndBadLengths) {
  expect_bad_phone("+48 123 456 789", "'+48 123 456 789' is not Ukrainian");
  expect_bad_phone("0048123456789", "is not Ukrainian");
  expect_bad_phone("067123456", "has 8 digits after +380 or the leading 0, not 9");
  expect_bad_phone("+3806712345678", "has 10 digits");
  expect_bad_phone("671234567", "must start with +380, 380, 0 or the legacy 80");
  expect_bad_phone("+380 012 345 678", "national number starting with 0");
  expect_bad_phone("1234567890123456", "more than 15 digits");
}

TEST(Phone, RefusesLettersAndHostileInput) {
  expect_bad_phone("", "'' has no digits");
  expect_bad_phone(" - ", "has no digits");
  expect_bad_phone("067 ABC 45 67", "the character 'A' at byte 5");
  expect_bad_phone("067 123 45 6О", "the character 'О' at byte 13");
  expect_bad_phone("0671234567' OR 1=1", "the character ''' at byte 11");
  expect_bad_phone("067+1234567", "the character '+' at byte 4");
  expect_bad_phone("067\t1234567", "'067\\x091234567'");
  expect_bad_phone("067\xc0", "not valid UTF-8 (byte 3)");
  expect_bad_phone(std::string(1'000'000, '1'), "more than 15 digits");
}

}  // namespace
