// Rational, decimal input and exact rounding.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include "ejournal/grading/rational.hpp"
#include "test_support.hpp"

namespace ejournal::grading {
namespace {

using testing::dec;
using testing::fails_with;
using testing::frac;
using testing::int128_text;

__extension__ using UInt128 = unsigned __int128;
constexpr Int128 kInt128Max = static_cast<Int128>(~UInt128{0} >> 1);
constexpr Int128 kInt128Min = -kInt128Max - 1;
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

TEST(Rational, StartsAtZeroAndHoldsIntegers) {
  const Rational zero;
  EXPECT_EQ(zero.numerator(), 0);
  EXPECT_EQ(zero.denominator(), 1);
  EXPECT_EQ(zero.sign(), 0);
  const Rational seven = 7;
  EXPECT_TRUE(seven.is_integer());
  EXPECT_EQ(seven.to_string(), "7");
  EXPECT_EQ(Rational(-3).sign(), -1);
}

TEST(Rational, FractionIsReducedWithPositiveDenominator) {
  const Rational r = frac(6, -4);
  EXPECT_EQ(r.numerator(), -3);
  EXPECT_EQ(r.denominator(), 2);
  EXPECT_EQ(r.to_string(), "-3/2");
  EXPECT_EQ(frac(-10, -4), frac(5, 2));
  EXPECT_EQ(frac(0, -7).denominator(), 1);
  EXPECT_EQ(frac(193, 20).to_string(), "193/20");
  EXPECT_EQ(frac(kInt128Min, 2).numerator(), kInt128Min / 2);
  EXPECT_EQ(frac(kInt128Min, 1).numerator(), kInt128Min);
}

TEST(Rational, FractionRejectsZeroDenominatorAndUnrepresentableResults) {
  EXPECT_TRUE(fails_with([] { frac(5, 0); }, Errc::invalid, {"5/0"}));
  EXPECT_TRUE(fails_with([] { frac(kInt128Min, -1); }, Errc::range, {"does not fit"}));
  EXPECT_TRUE(fails_with([] { frac(1, kInt128Min); }, Errc::range));
}

TEST(Rational, ParsesDecimalLiterals) {
  EXPECT_EQ(dec("-12.375"), frac(-99, 8));
  EXPECT_EQ(dec("7"), Rational(7));
  EXPECT_EQ(dec("0.5"), frac(1, 2));
  EXPECT_EQ(dec("+3.10"), frac(31, 10));
  EXPECT_EQ(dec("-0"), Rational(0));
  EXPECT_EQ(dec("000123.4500"), frac(2469, 20));
  EXPECT_EQ(dec("93.825"), frac(3753, 40));
  // 30 significant digits are accepted, also behind leading zeros.
  EXPECT_EQ(dec("123456789012345678901234567890").to_string(), "123456789012345678901234567890");
  const Int128 ten_to_18 = 1000000000000000000;
  EXPECT_EQ(dec("0.000000000000000000000000000000000001"), frac(1, ten_to_18 * ten_to_18));
}

TEST(Rational, ParseRejectsMalformedTextNamingIt) {
  for (const char* text :
       {"", "-", "+", ".5", "5.", "1e3", " 1", "1 ", "1,5", "abc", "1.2.3", "--1", "0x10", "٣"}) {
    EXPECT_TRUE(fails_with([&] { dec(text); }, Errc::invalid, {"'" + std::string(text) + "'"}))
        << text;
  }
}

TEST(Rational, ParseLimitsSignificantDigitsAndScale) {
  EXPECT_TRUE(fails_with([] { dec("1234567890123456789012345678901"); }, Errc::invalid,
                         {"31 significant digits"}));
  EXPECT_TRUE(fails_with([] { dec("1000000000000000000000000000000000000000"); }, Errc::invalid,
                         {"40 significant digits"}));
  EXPECT_TRUE(fails_with([] { dec("0.000000000000000000000000000000000000001"); }, Errc::range,
                         {"39 digits after the point"}));
  // Trailing zeros after the point are not significant.
  EXPECT_EQ(dec("1.000000000000000000000000000000000000000000"), Rational(1));
}

TEST(Rational, FromDoubleTakesTheShortestRoundTripDecimal) {
  EXPECT_EQ(Rational::from_double(93.825), frac(93825, 1000));
  EXPECT_EQ(Rational::from_double(0.1), frac(1, 10));
  EXPECT_EQ(Rational::from_double(2.675), frac(2675, 1000));
  EXPECT_EQ(Rational::from_double(-0.0), Rational(0));
  EXPECT_EQ(Rational::from_double(1e22), frac(10000000000, 1) * frac(1000000000000, 1));
  EXPECT_EQ(Rational::from_double(1.0 / 3.0), frac(3333333333333333, 10000000000000000));
  EXPECT_EQ(Rational::from_double(-7.5), frac(-15, 2));
}

TEST(Rational, FromDoubleRejectsNonFiniteAndUnrepresentableValues) {
  EXPECT_TRUE(fails_with([] { Rational::from_double(std::nan("")); }, Errc::invalid, {"NaN"}));
  EXPECT_TRUE(fails_with([] { Rational::from_double(kInfinity); }, Errc::invalid, {"+infinity"}));
  EXPECT_TRUE(fails_with([] { Rational::from_double(-kInfinity); }, Errc::invalid, {"-infinity"}));
  EXPECT_TRUE(fails_with([] { Rational::from_double(1e300); }, Errc::range, {"1e+300"}));
  EXPECT_TRUE(fails_with([] { Rational::from_double(5e-324); }, Errc::range, {"5e-324"}));
}

TEST(Rational, FromDoubleReadsTwoDecimalGradesExactly) {
  std::mt19937_64 random(20240901);
  std::uniform_int_distribution<std::int64_t> hundredths(-1000000, 1000000);
  for (int i = 0; i < 2000; ++i) {
    const std::int64_t units = hundredths(random);
    const double typed = static_cast<double>(units) / 100.0;
    EXPECT_EQ(Rational::from_double(typed), frac(units, 100)) << units;
  }
}

TEST(Rational, ScaledBuildsUnitsTimesPowerOfTen) {
  EXPECT_EQ(Rational::scaled(970, 2), frac(97, 10));
  EXPECT_EQ(Rational::scaled(-5, 0), Rational(-5));
  EXPECT_EQ(Rational::scaled(1, 18), frac(1, 1000000000000000000));
  EXPECT_TRUE(fails_with([] { Rational::scaled(1, 19); }, Errc::invalid, {"19"}));
  EXPECT_TRUE(fails_with([] { Rational::scaled(1, -1); }, Errc::invalid, {"-1"}));
}

TEST(Rational, Arithmetic) {
  EXPECT_EQ(frac(1, 3) + frac(1, 6), frac(1, 2));
  EXPECT_EQ(frac(1, 2) - frac(3, 4), frac(-1, 4));
  EXPECT_EQ(frac(2, 3) * frac(9, 4), frac(3, 2));
  EXPECT_EQ(frac(1, 2) / frac(-1, 4), Rational(-2));
  EXPECT_EQ(-frac(3, 7), frac(-3, 7));
  Rational r = 1;
  r += frac(1, 2);
  r *= 4;
  r -= 1;
  r /= 5;
  EXPECT_EQ(r, Rational(1));
  EXPECT_EQ(Rational(0) * frac(kInt128Max, 3), Rational(0));
}

TEST(Rational, ArithmeticOverflowIsAnError) {
  const Rational huge = frac(kInt128Max, 1);
  EXPECT_TRUE(fails_with([&] { static_cast<void>(huge + 1); }, Errc::range, {"overflow"}));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(-huge - 2); }, Errc::range));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(huge * 2); }, Errc::range));
  EXPECT_TRUE(
      fails_with([&] { static_cast<void>(frac(1, kInt128Max) * frac(1, 3)); }, Errc::range));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(-frac(kInt128Min, 1)); }, Errc::range));
  // Cross-reduction keeps results that fit: (max/3)·(3/max) = 1.
  EXPECT_EQ(frac(kInt128Max, 3) * frac(3, kInt128Max), Rational(1));
}

TEST(Rational, DivisionByZeroIsInvalid) {
  EXPECT_TRUE(fails_with([] { static_cast<void>(frac(7, 2) / Rational(0)); }, Errc::invalid,
                         {"3.5", "zero"}));
}

TEST(Rational, ComparesExactlyWithoutOverflow) {
  EXPECT_LT(frac(1, 3), frac(1, 2));
  EXPECT_LT(frac(-1, 2), frac(1, 3));
  EXPECT_GT(frac(-1, 3), frac(-1, 2));
  EXPECT_EQ(frac(2, 4) <=> frac(1, 2), std::strong_ordering::equal);
  // Near 1 with denominators whose cross products overflow 128 bits.
  EXPECT_GT(frac(kInt128Max - 1, kInt128Max), frac(kInt128Max - 2, kInt128Max - 1));
  EXPECT_LT(frac(kInt128Min, kInt128Max), Rational(-1));
  EXPECT_GT(frac(kInt128Max, kInt128Max - 1), Rational(1));
}

TEST(Rational, PropertiesOnRandomValues) {
  std::mt19937_64 random(7);
  std::uniform_int_distribution<std::int64_t> numerators(-1000000000, 1000000000);
  std::uniform_int_distribution<std::int64_t> denominators(1, 1000000);
  for (int i = 0; i < 5000; ++i) {
    const std::int64_t an = numerators(random);
    const std::int64_t ad = denominators(random);
    const std::int64_t bn = numerators(random);
    const std::int64_t bd = denominators(random);
    const Rational a = frac(an, ad);
    const Rational b = frac(bn, bd);
    EXPECT_EQ((a + b) - b, a);
    EXPECT_EQ(a - a, Rational(0));
    if (b.sign() != 0) {
      EXPECT_EQ((a * b) / b, a);
    }
    // The order agrees with exact cross multiplication (the products fit 128 bits here).
    const Int128 left = static_cast<Int128>(an) * bd;
    const Int128 right = static_cast<Int128>(bn) * ad;
    EXPECT_EQ(a < b, left < right);
    EXPECT_EQ(a == b, left == right);
    EXPECT_EQ((a - b).sign() < 0, a < b);
  }
}

TEST(Rational, ToDoubleAndText) {
  EXPECT_DOUBLE_EQ(frac(1, 2).to_double(), 0.5);
  EXPECT_DOUBLE_EQ(frac(-193, 20).to_double(), -9.65);
  EXPECT_EQ(frac(kInt128Min, 1).to_string(), int128_text(kInt128Min));
}

TEST(Decimal, FormatsExactlyItsScale) {
  EXPECT_EQ((Decimal{970, 2}.to_string()), "9.70");
  EXPECT_EQ((Decimal{-5, 1}.to_string()), "-0.5");
  EXPECT_EQ((Decimal{0, 0}.to_string()), "0");
  EXPECT_EQ((Decimal{5, 3}.to_string()), "0.005");
  EXPECT_EQ((Decimal{-1234, 0}.to_string()), "-1234");
  EXPECT_EQ((Decimal{std::numeric_limits<std::int64_t>::min(), 18}.to_string()),
            "-9.223372036854775808");
  EXPECT_EQ((Decimal{970, 2}.to_rational()), frac(97, 10));
  EXPECT_TRUE(fails_with(
      [] {
        static_cast<void>(Decimal{1, 19}.to_string());
      },
      Errc::invalid, {"19"}));
}

TEST(Rounding, WorkedExamplesOfTheReferences) {
  // grading-and-interop.md §6: half-up on the exact decimal value.
  EXPECT_EQ(round(Rational::from_double(93.825), {RoundingMode::half_up, 2}), (Decimal{9383, 2}));
  EXPECT_EQ(round(dec("93.825"), {RoundingMode::half_up, 2}), (Decimal{9383, 2}));
  // ua-school.md §1.9: certificate averages to tenths, half up.
  EXPECT_EQ(round(frac(193, 20), {RoundingMode::half_up, 1}), (Decimal{97, 1}));
  EXPECT_EQ(round(frac(127, 15), {RoundingMode::half_up, 1}), (Decimal{85, 1}));
  EXPECT_EQ(round(frac(191, 20), {RoundingMode::half_up, 1}), (Decimal{96, 1}));
  EXPECT_EQ(round(frac(201, 22), {RoundingMode::half_up, 1}), (Decimal{91, 1}));
  EXPECT_EQ(round(dec("10.5"), {RoundingMode::half_up, 0}), (Decimal{11, 0}));
  EXPECT_EQ(round(frac(193, 20), {RoundingMode::half_up, 1}).to_string(), "9.7");
}

struct ModeCase {
  const char* value;
  int decimals;
  std::int64_t half_up;
  std::int64_t half_even;
  std::int64_t floor;
  std::int64_t ceiling;
};

TEST(Rounding, EveryModeOnTiesAndSigns) {
  const ModeCase cases[] = {
      {"10.5", 0, 11, 10, 10, 11},      {"11.5", 0, 12, 12, 11, 12},
      {"-2.5", 0, -3, -2, -3, -2},      {"-3.5", 0, -4, -4, -4, -3},
      {"-2.1", 0, -2, -2, -3, -2},      {"2.49", 0, 2, 2, 2, 3},
      {"9.65", 1, 97, 96, 96, 97},      {"-9.65", 1, -97, -96, -97, -96},
      {"0.005", 2, 1, 0, 0, 1},         {"-0.001", 2, 0, 0, -1, 0},
      {"7", 3, 7000, 7000, 7000, 7000}, {"8.125", 2, 813, 812, 812, 813},
  };
  for (const ModeCase& c : cases) {
    const Rational value = dec(c.value);
    EXPECT_EQ(round(value, {RoundingMode::half_up, c.decimals}).units, c.half_up) << c.value;
    EXPECT_EQ(round(value, {RoundingMode::half_even, c.decimals}).units, c.half_even) << c.value;
    EXPECT_EQ(round(value, {RoundingMode::floor, c.decimals}).units, c.floor) << c.value;
    EXPECT_EQ(round(value, {RoundingMode::ceiling, c.decimals}).units, c.ceiling) << c.value;
    EXPECT_EQ(round(value, {RoundingMode::floor, c.decimals}).scale, c.decimals);
  }
}

// Independent reference: scale up, take the two integer neighbours of N/den and pick one by
// comparing the exact distances (no digit-by-digit division as in the library).
std::int64_t reference_round(Int128 numerator, Int128 denominator, int decimals,
                             RoundingMode mode) {
  Int128 scaled = numerator;
  for (int i = 0; i < decimals; ++i) scaled *= 10;
  Int128 low = scaled / denominator;
  if (scaled % denominator != 0 && scaled < 0) --low;
  const Int128 high = scaled % denominator == 0 ? low : low + 1;
  const Int128 below = scaled - low * denominator;
  const Int128 above = high * denominator - scaled;
  Int128 chosen = low;
  switch (mode) {
    case RoundingMode::floor: chosen = low; break;
    case RoundingMode::ceiling: chosen = high; break;
    case RoundingMode::half_up:
      chosen = below < above ? low : (above < below ? high : (scaled > 0 ? high : low));
      break;
    case RoundingMode::half_even:
      chosen = below < above ? low : (above < below ? high : (low % 2 == 0 ? low : high));
      break;
  }
  return static_cast<std::int64_t>(chosen);
}

// A random fraction from one of three magnitude classes, so every division path of the library
// is taken: small non-negative values (32-bit), int64 values of either sign, and values beyond
// int64 whose quotient still fits (128-bit).
Rational random_fraction(std::mt19937_64& random, int round_number) {
  switch (round_number % 3) {
    case 0: {
      std::uniform_int_distribution<std::int64_t> numerators(0, 20000);
      std::uniform_int_distribution<std::int64_t> denominators(1, 1000);
      return frac(numerators(random), denominators(random));
    }
    case 1: {
      std::uniform_int_distribution<std::int64_t> numerators(-100000000000, 100000000000);
      std::uniform_int_distribution<std::int64_t> denominators(1, 10000000);
      // Small even denominators make ties frequent.
      const Int128 denominator =
          round_number % 2 == 0 ? denominators(random) : 2 * (1 + round_number % 8);
      return frac(numerators(random), denominator);
    }
    default: {
      const auto wide = [&](int bits) {
        const Int128 high = static_cast<Int128>(random() >> (128 - bits));
        return (high << 64) | static_cast<Int128>(random());
      };
      const Int128 numerator = wide(100);
      const Int128 denominator = (static_cast<Int128>(1) << 70) + wide(90) % (Int128{1} << 89);
      return frac(random() % 2 == 0 ? numerator : -numerator, denominator);
    }
  }
}

TEST(Rounding, AgreesWithAnIndependentReferenceOnRandomValues) {
  std::mt19937_64 random(1991);
  std::uniform_int_distribution<int> decimals(0, 6);
  const RoundingMode modes[] = {RoundingMode::half_up, RoundingMode::half_even, RoundingMode::floor,
                                RoundingMode::ceiling};
  for (int i = 0; i < 30000; ++i) {
    const Rational value = random_fraction(random, i);
    const int places = decimals(random);
    for (const RoundingMode mode : modes) {
      const std::int64_t expected =
          reference_round(value.numerator(), value.denominator(), places, mode);
      ASSERT_EQ(round(value, {mode, places}).units, expected)
          << value.to_string() << " to " << places << " decimals, mode " << static_cast<int>(mode);
      if (places == 0) {
        ASSERT_EQ(int128_text(round_to_integer(value, mode)), std::to_string(expected));
      }
    }
  }
}

TEST(Rounding, ExactNearTheTopOfTheRange) {
  const Rational just_below_one = frac(kInt128Max - 1, kInt128Max);
  EXPECT_EQ(round(just_below_one, {RoundingMode::floor, 18}).units, 999999999999999999);
  EXPECT_EQ(round(just_below_one, {RoundingMode::half_up, 18}).units, 1000000000000000000);
  EXPECT_EQ(round(frac(1, kInt128Max), {RoundingMode::ceiling, 18}).units, 1);
  EXPECT_EQ(round(frac(1, kInt128Max), {RoundingMode::floor, 18}).units, 0);
  EXPECT_EQ(round(frac(-1, kInt128Max), {RoundingMode::floor, 18}).units, -1);
  EXPECT_EQ(round(Rational(kInt64Max), {RoundingMode::half_up, 0}).units, kInt64Max);
  EXPECT_EQ(int128_text(round_to_integer(frac(kInt128Max, 1), RoundingMode::ceiling)),
            int128_text(kInt128Max));
  EXPECT_EQ(int128_text(round_to_integer(frac(kInt128Max, 2), RoundingMode::half_up)),
            int128_text(kInt128Max / 2 + 1));
}

TEST(Rounding, RejectsBadPoliciesAndResultsThatDoNotFit) {
  EXPECT_TRUE(fails_with(
      [] {
        round(Rational(1), {RoundingMode::half_up, 19});
      },
      Errc::invalid, {"19 decimals"}));
  EXPECT_TRUE(fails_with(
      [] {
        round(Rational(1), {RoundingMode::half_up, -1});
      },
      Errc::invalid, {"-1 decimals"}));
  EXPECT_TRUE(fails_with(
      [] {
        round(Rational(1), {static_cast<RoundingMode>(0), 2});
      },
      Errc::invalid, {"rounding mode 0"}));
  EXPECT_TRUE(fails_with(
      [] {
        round(Rational(1), {static_cast<RoundingMode>(5), 2});
      },
      Errc::invalid, {"rounding mode 5"}));
  EXPECT_TRUE(fails_with([] { round_to_integer(Rational(1), static_cast<RoundingMode>(9)); },
                         Errc::invalid, {"rounding mode 9"}));
  EXPECT_TRUE(fails_with(
      [] {
        round(Rational(kInt64Max), {RoundingMode::half_up, 1});
      },
      Errc::range, {"9223372036854775807", "1 decimals", "64-bit units"}));
  EXPECT_TRUE(fails_with(
      [] {
        round(dec("9223372036854775807.5"), {RoundingMode::half_up, 0});
      },
      Errc::range));
  EXPECT_TRUE(fails_with(
      [] {
        round(frac(kInt128Max, 1), {RoundingMode::floor, 18});
      },
      Errc::range));
}

}  // namespace
}  // namespace ejournal::grading
