// Ukrainian name ordering: UkrainianCollator::name_sort_key for every name, sorting by those
// keys, sorting with compare_names directly, and the baseline of sorting the raw UTF-8 bytes of
// "surname given patronymic".
//
// Names: EJ_BENCH_NAMES (default 1 000 000) full names drawn from a fixed-seed PRNG over the
// lists below (Ґ, Є, І, Ї, Й, apostrophes ' ’ ʼ, hyphenated double surnames). Before timing, the
// program samples random pairs, prints the share whose byte order disagrees with the Ukrainian
// order, checks that the key order equals compare_names' order on every sampled pair and along
// the key-sorted sequence, and exits non-zero when it does not.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/text/collation.hpp"

namespace {

namespace text = ejournal::text;

constexpr long long default_name_count = 1'000'000;
constexpr std::size_t max_sampled_pairs = 1'000'000;
constexpr std::size_t max_compare_sort_names = 100'000;

// "'" marks an apostrophe; each generated name gets one of the three variants below.
constexpr std::array<std::string_view, 76> surnames{"Шевченко",
                                                    "Коваленко",
                                                    "Бондаренко",
                                                    "Ткаченко",
                                                    "Кравченко",
                                                    "Олійник",
                                                    "Шевчук",
                                                    "Поліщук",
                                                    "Бондар",
                                                    "Ткачук",
                                                    "Мельник",
                                                    "Савченко",
                                                    "Руденко",
                                                    "Марченко",
                                                    "Лисенко",
                                                    "Петренко",
                                                    "Гончаренко",
                                                    "Гнатюк",
                                                    "Гаврилюк",
                                                    "Гуменюк",
                                                    "Ґалаган",
                                                    "Ґудзь",
                                                    "Ґонта",
                                                    "Ґречко",
                                                    "Дорошенко",
                                                    "Дмитренко",
                                                    "Ємець",
                                                    "Єременко",
                                                    "Єфименко",
                                                    "Євтушенко",
                                                    "Іваненко",
                                                    "Ігнатенко",
                                                    "Іщенко",
                                                    "Ільченко",
                                                    "Ісаєнко",
                                                    "Їжакевич",
                                                    "Їжак",
                                                    "Йосипенко",
                                                    "Йовенко",
                                                    "Кириленко",
                                                    "Клименко",
                                                    "Козак",
                                                    "Литвиненко",
                                                    "Лук'янчук",
                                                    "Лук'яненко",
                                                    "Дем'яненко",
                                                    "Дем'янчук",
                                                    "Мар'яненко",
                                                    "П'ятак",
                                                    "Солов'яненко",
                                                    "В'язовський",
                                                    "Мазур",
                                                    "Мороз",
                                                    "Нестеренко",
                                                    "Онищенко",
                                                    "Остапчук",
                                                    "Павленко",
                                                    "Пономаренко",
                                                    "Приходько",
                                                    "Романенко",
                                                    "Сидоренко",
                                                    "Стасюк",
                                                    "Тимошенко",
                                                    "Федоренко",
                                                    "Хоменко",
                                                    "Цибулько",
                                                    "Чорновол",
                                                    "Швець",
                                                    "Щербак",
                                                    "Юрченко",
                                                    "Яковенко",
                                                    "Ярошенко",
                                                    "Квітка-Основ'яненко",
                                                    "Косач-Квітка",
                                                    "Шевченко-Бойко",
                                                    "Іваненко-Їжак"};

constexpr std::array<std::string_view, 25> male_given_names{
    "Андрій", "Богдан",    "Василь",  "Віталій", "Володимир", "Григорій", "Дмитро",
    "Євген",  "Ігор",      "Іван",    "Йосип",   "Костянтин", "Максим",   "Микола",
    "Олег",   "Олександр", "Олексій", "Павло",   "Петро",     "Сергій",   "Степан",
    "Тарас",  "Юрій",      "Ярослав", "Гнат"};

constexpr std::array<std::string_view, 29> female_given_names{
    "Анна",     "Богдана", "Валентина", "Ганна",  "Дарина",  "Євгенія", "Єлизавета", "Ірина",
    "Ілона",    "Ївга",    "Катерина",  "Лариса", "Людмила", "Мар'яна", "Марина",    "Марта",
    "Надія",    "Наталія", "Оксана",    "Олена",  "Ольга",   "Софія",   "Тетяна",    "Уляна",
    "Христина", "Юлія",    "Ярина",     "Зоряна", "Ян'ка"};

constexpr std::array<std::string_view, 3> apostrophes{"'", "\u2019", "\u02BC"};

// Patronymics from a male given name: Іван → Іванович / Іванівна, Андрій → Андрійович /
// Андріївна, Петро → Петрович / Петрівна, Микола → Миколайович / Миколаївна.
struct Patronymics {
  std::string male;
  std::string female;
};

Patronymics patronymics_of(std::string_view name) {
  const auto drop_last_letter = [&] { return std::string(name.substr(0, name.size() - 2)); };
  if (name.ends_with("й")) return {std::string(name) + "ович", drop_last_letter() + "ївна"};
  if (name.ends_with("о")) return {drop_last_letter() + "ович", drop_last_letter() + "івна"};
  if (name.ends_with("а")) return {drop_last_letter() + "айович", drop_last_letter() + "аївна"};
  return {std::string(name) + "ович", std::string(name) + "івна"};
}

// splitmix64: the same sequence on every platform, unlike the standard distributions.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
};

std::string with_apostrophe(std::string_view name, Rng& rng) {
  std::string out;
  for (const char c : name) {
    if (c == '\'') {
      out += apostrophes[rng.below(apostrophes.size())];
    } else {
      out += c;
    }
  }
  return out;
}

struct Name {
  std::string surname;
  std::string given_name;
  std::string patronymic;
  std::string full;  // "surname given patronymic", the byte-order baseline
};

struct Corpus {
  std::vector<Name> names;
  std::vector<std::string> keys;  // name_sort_key of names[i] with id i
  text::UkrainianCollator collator;
};

const Corpus* corpus = nullptr;

std::size_t name_count() {
  const char* value = std::getenv("EJ_BENCH_NAMES");
  if (value == nullptr || *value == '\0') return static_cast<std::size_t>(default_name_count);
  char* end = nullptr;
  const long long count = std::strtoll(value, &end, 10);
  if (*end != '\0' || count <= 1) {
    std::fprintf(stderr, "EJ_BENCH_NAMES must be an integer above 1, not '%s'\n", value);
    std::exit(EXIT_FAILURE);
  }
  return static_cast<std::size_t>(count);
}

std::vector<Name> make_names(std::size_t count) {
  std::vector<Patronymics> patronymics;
  for (const std::string_view name : male_given_names) patronymics.push_back(patronymics_of(name));
  Rng rng{20261129};
  std::vector<Name> names(count);
  for (Name& name : names) {
    const bool female = rng.below(2) == 1;
    name.surname = with_apostrophe(surnames[rng.below(surnames.size())], rng);
    const Patronymics& father = patronymics[rng.below(patronymics.size())];
    if (female) {
      name.given_name =
          with_apostrophe(female_given_names[rng.below(female_given_names.size())], rng);
      name.patronymic = father.female;
    } else {
      name.given_name = male_given_names[rng.below(male_given_names.size())];
      name.patronymic = father.male;
    }
    name.full = name.surname + ' ' + name.given_name + ' ' + name.patronymic;
  }
  return names;
}

text::PersonName person(const std::vector<Name>& names, std::size_t index) {
  const Name& name = names[index];
  return {name.surname, name.given_name, name.patronymic, static_cast<std::uint64_t>(index)};
}

int sign(int value) {
  return (value > 0) - (value < 0);
}

// Bytes of the full name, then the index, so that the baseline order is total like the keys'.
int byte_compare(const std::vector<Name>& names, std::size_t a, std::size_t b) {
  const int bytes = sign(names[a].full.compare(names[b].full));
  if (bytes != 0) return bytes;
  return (a > b) - (a < b);
}

int key_compare(const std::vector<std::string>& keys, std::size_t a, std::size_t b) {
  return sign(keys[a].compare(keys[b]));
}

// Prints the share of sampled pairs that byte order puts the wrong way round; false when the key
// order and compare_names disagree on a sampled pair or along the key-sorted sequence.
bool check_orders(const Corpus& data) {
  const std::vector<Name>& names = data.names;
  const std::size_t count = names.size();
  const std::size_t pairs = std::min(max_sampled_pairs, 50 * count);
  Rng rng{42};
  std::size_t byte_wrong = 0;
  for (std::size_t pair = 0; pair < pairs; ++pair) {
    const std::size_t a = rng.below(count);
    std::size_t b = rng.below(count - 1);
    if (b >= a) ++b;  // a pair of two different names
    const int ukrainian = data.collator.compare_names(person(names, a), person(names, b));
    if (key_compare(data.keys, a, b) != ukrainian) {
      std::fprintf(stderr, "key order differs from compare_names: '%s' (%zu) vs '%s' (%zu)\n",
                   names[a].full.c_str(), a, names[b].full.c_str(), b);
      return false;
    }
    if (byte_compare(names, a, b) != ukrainian) ++byte_wrong;
  }
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return data.keys[a] < data.keys[b]; });
  for (std::size_t i = 1; i < count; ++i) {
    if (data.collator.compare_names(person(names, order[i - 1]), person(names, order[i])) >= 0) {
      std::fprintf(stderr, "key-sorted names out of order: '%s' before '%s'\n",
                   names[order[i - 1]].full.c_str(), names[order[i]].full.c_str());
      return false;
    }
  }
  std::fprintf(stderr,
               "%zu names; %zu sampled pairs: byte order disagrees with Ukrainian order on %zu "
               "(%.2f%%); key order agrees with compare_names on all of them and along the "
               "key-sorted sequence\n",
               count, pairs, byte_wrong,
               100.0 * static_cast<double>(byte_wrong) / static_cast<double>(pairs));
  return true;
}

void name_sort_key_all(benchmark::State& state) {
  const Corpus& data = *corpus;
  std::vector<std::string> keys(data.names.size());
  for (auto _ : state) {
    for (std::size_t i = 0; i < data.names.size(); ++i) {
      keys[i] = data.collator.name_sort_key(person(data.names, i));
    }
    benchmark::DoNotOptimize(keys.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(data.names.size()));
}

template <class Less>
void sort_indices(benchmark::State& state, Less less) {
  const std::size_t count =
      std::min(corpus->names.size(), static_cast<std::size_t>(state.range(0)));
  std::vector<std::uint32_t> order(count);
  for (auto _ : state) {
    state.PauseTiming();
    std::iota(order.begin(), order.end(), 0U);
    state.ResumeTiming();
    std::sort(order.begin(), order.end(), less);
    benchmark::DoNotOptimize(order.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(count));
}

void sort_by_name_sort_key(benchmark::State& state) {
  const std::vector<std::string>& keys = corpus->keys;
  sort_indices(state, [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
}

void sort_by_utf8_bytes(benchmark::State& state) {
  const std::vector<Name>& names = corpus->names;
  sort_indices(state,
               [&](std::uint32_t a, std::uint32_t b) { return byte_compare(names, a, b) < 0; });
}

void sort_by_compare_names(benchmark::State& state) {
  const Corpus& data = *corpus;
  sort_indices(state, [&](std::uint32_t a, std::uint32_t b) {
    return data.collator.compare_names(person(data.names, a), person(data.names, b)) < 0;
  });
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
  try {
    static Corpus data{make_names(name_count()), {}, text::UkrainianCollator{}};
    data.keys.resize(data.names.size());
    for (std::size_t i = 0; i < data.names.size(); ++i) {
      data.keys[i] = data.collator.name_sort_key(person(data.names, i));
    }
    if (!check_orders(data)) return EXIT_FAILURE;
    corpus = &data;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "setup failed: %s\n", error.what());
    return EXIT_FAILURE;
  }
  const auto all = static_cast<std::int64_t>(corpus->names.size());
  const auto subset =
      static_cast<std::int64_t>(std::min(corpus->names.size(), max_compare_sort_names));
  benchmark::RegisterBenchmark("name_sort_key/all", name_sort_key_all)
      ->Unit(benchmark::kMillisecond);
  // The compare_names sort runs on the first `subset` names; the key and byte sorts run on all
  // names and, when that is more, on the same subset for a like-for-like comparison.
  for (const std::int64_t size : {all, subset}) {
    benchmark::RegisterBenchmark("sort/by_name_sort_key", sort_by_name_sort_key)
        ->Arg(size)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("sort/by_utf8_bytes_baseline", sort_by_utf8_bytes)
        ->Arg(size)
        ->Unit(benchmark::kMillisecond);
    if (subset == all) break;
  }
  benchmark::RegisterBenchmark("sort/by_compare_names", sort_by_compare_names)
      ->Arg(subset)
      ->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return EXIT_SUCCESS;
}
