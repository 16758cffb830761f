#include "common_passwords.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

namespace ejournal::security::detail {

namespace {

// The passwords people pick first, written for this project from the public reports of leaked
// password frequencies: digit and keyboard runs (also of the Ukrainian and Russian layouts, and
// Latin text typed on them: "gfhjkm" is "пароль" on a Latin keyboard), English words, school
// words, Ukrainian places and the most frequent given names, in Latin and Cyrillic. Years and
// digits around a word need no entries: the policy drops non-letters at both ends before it
// looks a password up ("school2024!" → "school").
// Stored case-folded and sorted by bytes, so that a binary search finds an entry.
constexpr auto kCommonPasswords = std::to_array<std::string_view>({
    "!qaz2wsx",     "01234567890",   "098765432",     "0987654321",   "11223344",
    "1122334455",   "112233445566",  "12344321",      "1234512345",   "1234554321",
    "1234567890",   "123456789012",  "1234567890123", "12345678910",  "123698745",
    "147258369",    "147852369",     "159357456",     "159753159",    "1a2b3c4d",
    "1q2w3e4r",     "1q2w3e4r5t",    "1q2w3e4r5t6y",  "1qaz!qaz",     "1qaz2wsx",
    "1qaz2wsx3edc", "1qazxsw2",      "1z2x3c4v",      "1й2ц3у4к",     "1й2ц3у4к5е6н",
    "741852963",    "789456123",     "963852741",     "a1b2c3d4",     "a1s2d3f4",
    "admin",        "administrator", "aleksandr",     "alexander",    "anastasia",
    "andrey",       "andrii",        "angel",         "anna",         "apple",
    "arsenal",      "artem",         "asdf",          "asdfgh",       "asdfghjk",
    "asdfghjkl",    "asdqwe",        "ashley",        "autumn",       "azerty",
    "babusia",      "baby",          "babygirl",      "banana",       "barcelona",
    "baseball",     "basketball",    "batkivshchyna", "batman",       "bogdan",
    "bohdan",       "brawlstars",    "changeme",      "charlie",      "cheese",
    "chelsea",      "chernihiv",     "chocolate",     "classroom",    "computer",
    "cookie",       "daniel",        "daria",         "dasha",        "default",
    "denis",        "denys",         "diary",         "dmitry",       "dmytro",
    "dnipro",       "dragon",        "dynamo",        "education",    "ejournal",
    "facebook",     "family",        "father",        "ferrari",      "flower",
    "football",     "fortnite",      "freedom",       "friends",      "geroyamslava",
    "gfhjkm",       "ghbdtn",        "ginger",        "google",       "guest",
    "hello",        "helloworld",    "heroiamslava",  "hockey",       "homework",
    "hunter",       "igor",          "ihor",          "iloveyou",     "instagram",
    "internet",     "iphone",        "irina",         "iryna",        "ivan",
    "jessica",      "jordan",        "journal",       "julia",        "kateryna",
    "katya",        "kharkiv",       "kiev",          "killer",       "kohannia",
    "kotik",        "kotyk",         "kyiv",          "lesson",       "lessons",
    "letmein",      "liubov",        "liverpool",     "lkjhgfdsa",    "love",
    "lovely",       "loveyou",       "lubov",         "lviv",         "lyubov",
    "maksym",       "manchester",    "maria",         "mariia",       "master",
    "matrix",       "maxim",         "mercedes",      "messi",        "metallica",
    "michael",      "minecraft",     "mnbvcxz",       "monkey",       "mother",
    "mustang",      "mykola",        "mypassword",    "myschool",     "nastya",
    "natalia",      "nataliya",      "nazar",         "newpassword",  "nikolay",
    "nirvana",      "ntcn",          "odesa",         "odessa",       "oksana",
    "oleg",         "oleh",          "oleksandr",     "olena",        "olga",
    "orange",       "p@ssw0rd",      "p@ssword",      "pa$$word",     "parol",
    "parolparol",   "pass",          "passw0rd",      "password",     "password1",
    "password12",   "password123",   "password1234",  "passwort",     "pavel",
    "pavlo",        "petro",         "poiuytrewq",    "pokemon",      "poltava",
    "porsche",      "princess",      "privet",        "pryvit",       "purple",
    "q1w2e3r4",     "q1w2e3r4t5",    "q1w2e3r4t5y6",  "qazwsx",       "qazwsxedc",
    "qazxswedc",    "qwaszx",        "qweasd",        "qweasdqwe",    "qweasdzxc",
    "qwer",         "qwerty",        "qwertyqwerty",  "qwertyu",      "qwertyui",
    "qwertyuiop",   "qwertz",        "qwertzuiop",    "realmadrid",   "rjnbr",
    "roblox",       "roman",         "ronaldo",       "root",         "samsung",
    "school",       "secret",        "sergey",        "serhii",       "shadow",
    "shakhtar",     "shchodennyk",   "shkola",        "slavaukraini", "soccer",
    "sofia",        "sofiya",        "solnyshko",     "sonechko",     "spiderman",
    "spring",       "starwars",      "student",       "students",     "summer",
    "sunshine",     "superman",      "svetlana",      "svitlana",     "taras",
    "tatiana",      "tato",          "teacher",       "test",         "testing",
    "tetiana",      "tiktok",        "toor",          "trustno1",     "uchen",
    "uchitel",      "uchytel",       "ukraina",       "ukraine",      "user",
    "vasyl",        "vchitel",       "vchytel",       "victoria",     "viktoria",
    "vinnytsia",    "vitalii",       "vitaliy",       "vlad",         "vladimir",
    "volodymyr",    "welcome",       "whatever",      "winter",       "youtube",
    "yulia",        "yurii",         "zaichyk",       "zaika",        "zaporizhzhia",
    "zaq12wsx",     "zaq1xsw2",      "zhurnal",       "zsxdcf",       "zxcv",
    "zxcvbn",       "zxcvbnm",       "анастасія",     "андрій",       "анна",
    "артем",        "бабуся",        "богдан",        "василь",       "володимир",
    "вчитель",      "вікторія",      "віталій",       "героямслава",  "дарина",
    "денис",        "дмитро",        "дніпро",        "дідусь",       "журнал",
    "зайка",        "зайчик",        "запоріжжя",     "зфыыцщкв",     "зфііцщкв",
    "йфяцычувс",    "йфяціч",        "йфяцічувс",     "йцукен",       "йцукенг",
    "йцукенгш",     "йцукенгшщ",     "йцукенгшщз",    "йцукенгшщзх",  "йцукенгшщзхъ",
    "йцукенгшщзхї", "йцукенйцукен",  "катерина",      "київ",         "котик",
    "кохання",      "ластівка",      "львів",         "любов",        "любовь",
    "максим",       "мамапапа",      "марія",         "микола",       "мояшкола",
    "назар",        "настя",         "наталія",       "одеса",        "оксана",
    "олег",         "олександр",     "олена",         "ольга",        "павло",
    "пароль",       "парольпароль",  "петро",         "привет",       "привіт",
    "рибка",        "родина",        "роман",         "світлана",     "сергій",
    "слава",        "славаукраїні",  "солнышко",      "сонечко",      "сонце",
    "софія",        "тарас",         "тато",          "тетяна",       "україна",
    "учениця",      "учень",         "учитель",       "фыва",         "фывапр",
    "фывапролд",    "фывапролджэ",   "фіва",          "фівапр",       "фівапрол",
    "фівапролд",    "фівапролдж",    "фівапролджє",   "харків",       "школа",
    "щоденник",     "юлія",          "юрій",          "ячсмит",       "ячсмить",
    "ячсмитьбю",    "іван",          "ігор",          "ірина",
});

// Whether `entry` has a capital letter: ASCII A–Z, Cyrillic Ѐ–Я (UTF-8 D0 80–D0 AF) or Ґ (D2 90).
constexpr bool has_capital(std::string_view entry) {
  for (std::size_t i = 0; i < entry.size(); ++i) {
    const auto byte = static_cast<unsigned char>(entry[i]);
    if (byte >= 'A' && byte <= 'Z') return true;
    if (i + 1 == entry.size()) break;
    const auto next = static_cast<unsigned char>(entry[i + 1]);
    if (byte == 0xD0U && next >= 0x80U && next <= 0xAFU) return true;
    if (byte == 0xD2U && next == 0x90U) return true;
  }
  return false;
}

constexpr bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

constexpr std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::ranges::count_if(text, [](char c) { return !is_continuation(c); }));
}

// A letter at a word's edge: an ASCII letter or the last byte of a Cyrillic one (the list has
// no other letters).
constexpr bool ends_in_letter(char c) {
  return (c >= 'a' && c <= 'z') || is_continuation(c);
}
constexpr bool starts_with_letter(char c) {
  return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC0U;
}

// The policy looks up a whole password, which has at least kMinPasswordLengthFloor (8)
// characters, or the part between its first and last letters. An entry that is neither is dead.
constexpr bool can_match(std::string_view entry) {
  return code_points(entry) >= 8 ||
         (starts_with_letter(entry.front()) && ends_in_letter(entry.back()));
}

static_assert(std::ranges::is_sorted(kCommonPasswords), "the list must stay sorted by bytes");
static_assert(std::ranges::adjacent_find(kCommonPasswords) == kCommonPasswords.end(),
              "the list must not repeat an entry");
static_assert(std::ranges::none_of(kCommonPasswords, has_capital), "entries must be case-folded");
static_assert(std::ranges::all_of(kCommonPasswords, can_match),
              "every entry must be reachable by a lookup");

}  // namespace

bool is_common_password(std::string_view folded) {
  return std::ranges::binary_search(kCommonPasswords, folded);
}

}  // namespace ejournal::security::detail
