// Onboarding, measured on each backend (memory, a SQLite file, and PostgreSQL when EJ_PG_CONN is
// set), in wall-clock time (CPU time shows beside it):
// - at scale: EJ_BENCH_REQUESTS (default 10 000) connection requests submitted, then approved by
//   an institute operator. Baseline in the same run: checking the same forms without storing
//   them, so the difference is what storage, audit and the invitation e-mail cost. Each of these
//   makes its own store and runs once over the whole batch; the counters give requests per
//   second.
// - one person's way in: accepting an invitation with a new password, and signing in, both with
//   the library's default Argon2id cost (libsodium's INTERACTIVE: 2 passes over 64 MiB). Baseline
//   in the same run: libsodium's crypto_pwhash_str with the same cost, so the difference is what
//   the rest of the call costs. Medians of repeated runs.
#include <benchmark/benchmark.h>
#include <sodium.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/security/password_hasher.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/services/accounts.hpp"
#include "ejournal/services/invitations.hpp"
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

constexpr std::string_view kPassword = "сонячний ранок над Дніпром";

/// The approved school of one request, with its administrator invited.
struct School {
  Platform platform;
  model::InstitutionId id;
};

School approved_school(const std::string& backend) {
  const model::SystemClock clock;
  ejournal::security::SystemRandom random;
  School school{open_platform(backend), {}};
  const auto request =
      services::submit_connection_request(*school.platform.store, clock, forms().front());
  services::ReviewOptions options;
  options.base_url = "https://journal.example.ua/invitations/accept";
  school.id =
      services::approve_connection_request(*school.platform.store, clock, random,
                                           school.platform.operator_principal, request, 1, options)
          .institution_id;
  return school;
}

services::InvitationOptions invitation_options() {
  services::InvitationOptions options;
  options.base_url = "https://journal.example.ua/invitations/accept";
  return options;
}

void argon2id_baseline(benchmark::State& state) {
  const ejournal::security::Argon2Params cost;
  char hash[crypto_pwhash_STRBYTES];
  for (auto _ : state) {
    if (crypto_pwhash_str_alg(hash, kPassword.data(), kPassword.size(), cost.opslimit,
                              cost.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
      state.SkipWithError("crypto_pwhash_str_alg ran out of memory");
      return;
    }
    benchmark::DoNotOptimize(hash);
  }
}

void accept_invitation(benchmark::State& state, const std::string& backend) {
  School school = approved_school(backend);
  const model::SystemClock clock;
  ejournal::security::SystemRandom random;
  const ejournal::security::PasswordHasher hasher;
  std::size_t invited = 0;
  for (auto _ : state) {
    state.PauseTiming();
    services::InvitationForm form;
    form.institution_id = school.id;
    form.role = model::Role::teacher;
    form.surname = "Шевчук";
    form.given_name = "Тарас";
    form.email = "teacher" + std::to_string(invited++) + "@school.example.ua";
    const auto issued = services::invite(*school.platform.store, clock, random, Principal::system(),
                                         form, invitation_options());
    state.ResumeTiming();
    benchmark::DoNotOptimize(services::accept_invitation(*school.platform.store, clock, hasher,
                                                         issued.token.reveal(),
                                                         services::NewPassword{kPassword}));
  }
}

void sign_in(benchmark::State& state, const std::string& backend) {
  School school = approved_school(backend);
  const model::SystemClock clock;
  ejournal::security::SystemRandom random;
  const ejournal::security::PasswordHasher hasher;
  services::InvitationForm form;
  form.institution_id = school.id;
  form.role = model::Role::teacher;
  form.surname = "Шевчук";
  form.given_name = "Тарас";
  form.email = "taras@school.example.ua";
  const auto issued = services::invite(*school.platform.store, clock, random, Principal::system(),
                                       form, invitation_options());
  services::accept_invitation(*school.platform.store, clock, hasher, issued.token.reveal(),
                              services::NewPassword{kPassword});
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        services::sign_in(*school.platform.store, clock, random, hasher, form.email, kPassword));
  }
}

void register_benchmarks() {
  benchmark::RegisterBenchmark("argon2id_hash/baseline", argon2id_baseline)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime()
      ->Repetitions(5)
      ->ReportAggregatesOnly(true);
  benchmark::RegisterBenchmark("check_forms/baseline", check_only)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime()
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
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark(("approve/" + backend).c_str(),
                                 [backend](benchmark::State& state) { approve(state, backend); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
    benchmark::RegisterBenchmark(
        ("accept_invitation/" + backend).c_str(),
        [backend](benchmark::State& state) { accept_invitation(state, backend); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Repetitions(5)
        ->ReportAggregatesOnly(true);
    benchmark::RegisterBenchmark(("sign_in/" + backend).c_str(),
                                 [backend](benchmark::State& state) { sign_in(state, backend); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Repetitions(5)
        ->ReportAggregatesOnly(true);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::fprintf(stderr, "libsodium cannot start\n");
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  register_benchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
