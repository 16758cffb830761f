// The 27 first-level units of Ukraine (ua-school.md §5.5).
#include <algorithm>
#include <array>

#include "ejournal/text/identifiers.hpp"

namespace ejournal::text {

namespace {

// КАТОТТГ first-level codes are the old КОАТУУ ones; ISO 3166-2 kept another numbering for
// Crimea, Luhansk, Chernivtsi, Kyiv and Sevastopol.
constexpr std::array<Region, 27> kRegions{{
    {"01", "UA-43", "Автономна Республіка Крим", "Avtonomna Respublika Krym"},
    {"05", "UA-05", "Вінницька область", "Vinnytska oblast"},
    {"07", "UA-07", "Волинська область", "Volynska oblast"},
    {"12", "UA-12", "Дніпропетровська область", "Dnipropetrovska oblast"},
    {"14", "UA-14", "Донецька область", "Donetska oblast"},
    {"18", "UA-18", "Житомирська область", "Zhytomyrska oblast"},
    {"21", "UA-21", "Закарпатська область", "Zakarpatska oblast"},
    {"23", "UA-23", "Запорізька область", "Zaporizka oblast"},
    {"26", "UA-26", "Івано-Франківська область", "Ivano-Frankivska oblast"},
    {"32", "UA-32", "Київська область", "Kyivska oblast"},
    {"35", "UA-35", "Кіровоградська область", "Kirovohradska oblast"},
    {"44", "UA-09", "Луганська область", "Luhanska oblast"},
    {"46", "UA-46", "Львівська область", "Lvivska oblast"},
    {"48", "UA-48", "Миколаївська область", "Mykolaivska oblast"},
    {"51", "UA-51", "Одеська область", "Odeska oblast"},
    {"53", "UA-53", "Полтавська область", "Poltavska oblast"},
    {"56", "UA-56", "Рівненська область", "Rivnenska oblast"},
    {"59", "UA-59", "Сумська область", "Sumska oblast"},
    {"61", "UA-61", "Тернопільська область", "Ternopilska oblast"},
    {"63", "UA-63", "Харківська область", "Kharkivska oblast"},
    {"65", "UA-65", "Херсонська область", "Khersonska oblast"},
    {"68", "UA-68", "Хмельницька область", "Khmelnytska oblast"},
    {"71", "UA-71", "Черкаська область", "Cherkaska oblast"},
    {"73", "UA-77", "Чернівецька область", "Chernivetska oblast"},
    {"74", "UA-74", "Чернігівська область", "Chernihivska oblast"},
    {"80", "UA-30", "місто Київ", "Kyiv"},
    {"85", "UA-40", "місто Севастополь", "Sevastopol"},
}};

const Region* find_region(std::string_view Region::*field, std::string_view code) noexcept {
  const auto* found = std::find_if(kRegions.begin(), kRegions.end(),
                                   [&](const Region& region) { return region.*field == code; });
  return found == kRegions.end() ? nullptr : found;
}

}  // namespace

std::span<const Region> regions() noexcept {
  return kRegions;
}

const Region* find_region_by_katottg(std::string_view code) noexcept {
  return find_region(&Region::katottg, code);
}

const Region* find_region_by_iso(std::string_view code) noexcept {
  return find_region(&Region::iso, code);
}

}  // namespace ejournal::text
