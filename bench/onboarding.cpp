// Onboarding at scale: EJ_BENCH_REQUESTS (default 10 000) connection requests submitted, then
// approved by an institute operator, on each backend (memory, a SQLite file, and PostgreSQL when
// EJ_PG_CONN is set). Baseline in the same run: checking the same forms without storing them, so
// the difference is what storage, audit and the invitation e-mail cost.
//
// Each benchmark makes its own store and runs once over the whole batch; the counters give
// requests per second.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/storage/open.hpp"
#include "ejournal/text/identifiers.hpp"
#include "support/bench_env.hpp"
#include "support/raw_postgres.hpp"

namespace {

namespace model = ejournal::model;
namespace services = ejournal::services;
namespace storage = ejournal::storage;
using ejournal::access::Principal;

std::size_t request_count() {
  const std::string text = ejournal::bench::environment("EJ_BENCH_REQUESTS");
  if (text.empty()) return 10'000;
  const long value = std::strtol(text.c_str(), nullptr, 10);
  if (value <= 0 || value > 1'000'000) {
    std::fprintf(stderr, "EJ_BENCH_REQUESTS must be 1 … 1000000, not '%s'\n", text.c_str());
    std::exit(2);
  }
  return static_cast<std::size_t>(value);
}

/// The ЄДРПОУ that starts with the seven digits of `prefix`: the one check digit that passes.
std::string edrpou_with_prefix(unsigned prefix) {
  char digits[16];
  for (int check = 0; check <= 9; ++check) {
    std::snprintf(digits, sizeof digits, "%07u%d", prefix, check);
    try {
      return ejournal::text::normalize_edrpou(digits);
    } catch (const ejournal::Error&) {
    }
  }
  throw std::logic_error("no check digit fits the ЄДРПОУ prefix " + std::to_string(prefix));
}

/// `count` valid forms, each with its own ЄДРПОУ, ДІСО id and administrator.
const std::vector<services::ConnectionRequestForm>& forms() {
  static const std::vector<services::ConnectionRequestForm> all = [] {
    std::vector<services::ConnectionRequestForm> made;
    const std::size_t count = request_count();
    made.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
      const auto n = static_cast<unsigned>(i);
      services::ConnectionRequestForm form;
      form.kind = i % 5 == 0 ? "kindergarten" : "school";
      form.hromada_katottg = "UA71020130000086047";
      form.institution_name = "Ліцей № " + std::to_string(i + 1) + " імені Лесі Українки";
      form.diso_id = std::to_string(100'000 + n);
      form.edrpou = edrpou_with_prefix(2'000'000 + n);
      form.admin_surname = "Мар'яненко";
      form.admin_given_name = "Олена";
      form.admin_patronymic = "Петрівна";
      form.admin_email = "admin" + std::to_string(i) + "@school.example.ua";
      char phone[32];
      std::snprintf(phone, sizeof phone, "+38067%07u", n);
      form.admin_phone = phone;
      made.push_back(std::move(form));
    }
    return made;
  }();
  return all;
}

/// A new empty store holding the institute and one operator of it. On PostgreSQL it lives in a
/// scratch schema, dropped after the store closes.
struct Platform {
  std::unique_ptr<ejournal::bench::ScratchSchema> schema;
  std::unique_ptr<storage::Store> store;
  Principal operator_principal = Principal::anonymous();
};

Platform open_platform(const std::string& backend) {
  static const ejournal::bench::ScratchDirectory scratch;
  Platform platform;
  if (backend == "memory") {
    platform.store = storage::open_store("memory:");
  } else if (backend == "sqlite_file") {
    platform.store = storage::open_store("sqlite:" + scratch.fresh_file("onboarding.db"));
  } else {
    platform.schema = std::make_unique<ejournal::bench::ScratchSchema>(
        ejournal::bench::environment("EJ_PG_CONN"), "onboarding");
    const std::string conninfo = platform.schema->conninfo();
    platform.store =
        storage::open_store(conninfo.starts_with("postgres") ? conninfo : "postgresql:" + conninfo);
  }
  model::Institution institute;
  institute.id = model::InstitutionId::generate();
  institute.kind = model::InstitutionKind::other;
  institute.name = "Інститут освітньої аналітики";
  institute.created_at = model::SystemClock().now();
  model::Person person;
  person.id = model::PersonId::generate();
  person.institution_id = institute.id;
  person.surname = "Коваленко";
  person.given_name = "Ірина";
  model::RoleGrant grant;
  grant.id = model::RoleGrantId::generate();
  grant.institution_id = institute.id;
  grant.person_id = person.id;
  grant.role = model::Role::institute_operator;
  const auto unit = platform.store->begin();
  unit->institutions().insert(institute);
  unit->people().insert(person);
  unit->role_grants().insert(grant);
  unit->commit();
  platform.operator_principal = Principal::person(person.id, institute.id, {grant});
  return platform;
}

void set_rate(benchmark::State& state, std::size_t requests) {
  state.counters["requests_per_s"] = benchmark::Counter(
      static_cast<double>(requests), benchmark::Counter::kIsIterationInvariantRate);
}

void check_only(benchmark::State& state) {
  const auto& all = forms();
  for (auto _ : state) {
    for (const auto& form : all) {
      benchmark::DoNotOptimize(services::check_connection_request(form));
    }
  }
  set_rate(state, all.size());
}

void submit(benchmark::State& state, const std::string& backend) {
  const auto& all = forms();
  const model::SystemClock clock;
  for (auto _ : state) {
    state.PauseTiming();
    Platform platform = open_platform(backend);
    state.ResumeTiming();
    for (const auto& form : all) services::submit_connection_request(*platform.store, clock, form);
  }
  set_rate(state, all.size());
}

void approve(benchmark::State& state, const std::string& backend) {
  const auto& all = forms();
  const model::SystemClock clock;
  ejournal::security::SystemRandom random;
  services::ReviewOptions options;
  options.base_url = "https://journal.example.ua/invitations/accept";
  for (auto _ : state) {
    state.PauseTiming();
    Platform platform = open_platform(backend);
    std::vector<model::ConnectionRequestId> ids;
    ids.reserve(all.size());
    for (const auto& form : all) {
      ids.push_back(services::submit_connection_request(*platform.store, clock, form));
    }
    state.ResumeTiming();
    for (const auto& id : ids) {
      benchmark::DoNotOptimize(services::approve_connection_request(
          *platform.store, clock, random, platform.operator_principal, id, 1, options));
    }
  }
  set_rate(state, all.size());
}

void register_benchmarks() {
  benchmark::RegisterBenchmark("check_forms/baseline", check_only)
      ->Unit(benchmark::kMillisecond)
      ->Iterations(1);
  std::vector<std::string> backends = {"memory", "sqlite_file"};
  if (!ejournal::bench::environment("EJ_PG_CONN").empty()) {
    backends.emplace_back("postgresql");
  } else {
    std::fprintf(stderr, "EJ_PG_CONN is not set: the PostgreSQL runs are skipped\n");
  }
  for (const auto& backend : backends) {
    benchmark::RegisterBenchmark(("submit/" + backend).c_str(),
                                 [backend](benchmark::State& state) { submit(state, backend); })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
    benchmark::RegisterBenchmark(("approve/" + backend).c_str(),
                                 [backend](benchmark::State& state) { approve(state, backend); })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  register_benchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
