#include "accounts_fixture.hpp"

#include <sqlite3.h>

#include <chrono>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace ejournal::services::testing {

using namespace std::chrono_literals;
using storage::testing::Backend;

namespace {

std::string text_of(model::Instant instant) {
  return std::to_string(instant.time_since_epoch().count());
}

std::string text_of(const std::optional<model::Instant>& instant) {
  return instant ? text_of(*instant) : "-";
}

void audit_of(storage::UnitOfWork& unit, model::InstitutionId institution, std::string_view type,
              const std::string& id, std::ostream& out) {
  for (const auto& entry : unit.audit().list_for_entity(institution, type, id)) {
    out << "  audit " << type << ' ' << id << ' ' << entry.action << ' ' << entry.before << ' '
        << entry.after << ' ' << entry.reason << '\n';
  }
}

/// Every cell of every table of the SQLite file, as bytes.
std::string sqlite_cells(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open " + path);
  }
  std::vector<std::string> tables;
  std::string cells;
  const auto each_row = [&](const std::string& sql, const std::function<void(sqlite3_stmt*)>& f) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(db));
    }
    while (sqlite3_step(statement) == SQLITE_ROW) f(statement);
    sqlite3_finalize(statement);
  };
  each_row("SELECT name FROM sqlite_master WHERE type = 'table'", [&](sqlite3_stmt* row) {
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(row, 0)));
  });
  for (const auto& table : tables) {
    each_row("SELECT * FROM \"" + table + "\"", [&](sqlite3_stmt* row) {
      for (int column = 0; column < sqlite3_column_count(row); ++column) {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(row, column));
        cells += table + ": ";
        if (bytes) cells.append(bytes, static_cast<std::size_t>(sqlite3_column_bytes(row, column)));
        cells += '\n';
      }
    });
  }
  sqlite3_close(db);
  return cells;
}

}  // namespace

void AccountsTest::SetUp() {
  BackendStoreTest::SetUp();
  if (IsSkipped()) return;
  storage::testing::store_school(*store_, school_);
  admin_person_ =
      storage::testing::make_person(school_.institution.id, "Бондар", "Ганна", "Іванівна");
  const auto admin_grant = grant_of(admin_person_, model::Role::institution_admin);
  const auto unit = store_->begin();
  unit->people().insert(admin_person_);
  unit->role_grants().insert(admin_grant);
  unit->role_grants().insert(grant_of(school_.teacher, model::Role::teacher));
  for (const auto& student : school_.students) {
    unit->role_grants().insert(grant_of(student, model::Role::student));
  }
  unit->commit();
  admin_ = access::Principal::person(admin_person_.id, school_.institution.id, {admin_grant});
}

InvitationOptions AccountsTest::options() {
  InvitationOptions options;
  options.base_url = "https://journal.example.ua/accept";
  return options;
}

InvitationForm AccountsTest::teacher_form() const {
  InvitationForm form;
  form.institution_id = school_.institution.id;
  form.role = model::Role::teacher;
  form.surname = " Мельник ";
  form.given_name = "Андрій";
  form.patronymic = "Олегович";
  form.email = " Andriy.Melnyk@School.Example.UA ";
  form.phone = "067 765 43 21";
  return form;
}

IssuedInvitation AccountsTest::invite_teacher() {
  return invite(*store_, clock_, random_, admin_, teacher_form(), options());
}

std::string AccountsTest::teacher_account() {
  const auto issued = invite_teacher();
  (void)accept_invitation(*store_, clock_, hasher_, issued.token.reveal(),
                          NewPassword{kGoodPassword});
  return "andriy.melnyk@school.example.ua";
}

std::string AccountsTest::snapshot() {
  const auto institution = school_.institution.id;
  const auto unit = store_->begin(storage::Access::read);
  std::ostringstream out;
  for (const auto& person : unit->people().list(institution)) {
    const auto id = person.id.str();
    out << "person " << id << ' ' << person.surname << ' ' << person.given_name << ' '
        << person.patronymic.value_or("-") << ' ' << person.email << ' ' << person.phone << ' '
        << person.version << '\n';
    audit_of(*unit, institution, "person", id, out);
    for (const auto& grant : unit->role_grants().list_for_person(institution, person.id)) {
      out << "  grant " << grant.id.str() << ' ' << static_cast<int>(grant.role) << ' '
          << (grant.class_id ? grant.class_id->str() : "-") << '\n';
      audit_of(*unit, institution, "role_grant", grant.id.str(), out);
    }
    for (const auto& link : unit->parent_links().children_of(institution, person.id)) {
      out << "  link " << link.id.str() << ' ' << link.child_id.str() << '\n';
      audit_of(*unit, institution, "parent_link", link.id.str(), out);
    }
    for (const auto& invitation : unit->invitations().list_for_person(institution, person.id)) {
      out << "  invitation " << invitation.id.str() << ' ' << static_cast<int>(invitation.status)
          << ' ' << invitation.token_hash << ' ' << text_of(invitation.expires_at) << ' '
          << text_of(invitation.accepted_at) << ' ' << invitation.version << '\n';
      audit_of(*unit, institution, "invitation", invitation.id.str(), out);
    }
    if (const auto account = unit->accounts().find_for_person(institution, person.id)) {
      out << "  account " << account->id.str() << ' ' << account->login << ' '
          << account->password_hash.value_or("-") << ' '
          << (account->external_identity
                  ? account->external_identity->issuer + ' ' + account->external_identity->subject
                  : "-")
          << ' ' << account->failed_sign_ins << ' ' << text_of(account->locked_until) << ' '
          << text_of(account->last_failed_at) << ' ' << account->version << '\n';
      audit_of(*unit, institution, "account", account->id.str(), out);
      for (const auto& session : unit->sessions().list_for_account(institution, account->id)) {
        out << "  session " << session.id.str() << ' ' << session.token_hash << ' '
            << text_of(session.last_seen_at) << ' ' << text_of(session.revoked_at) << ' '
            << session.version << '\n';
        audit_of(*unit, institution, "session", session.id.str(), out);
      }
    }
  }
  for (const auto& message : unit->notifications().list_due(clock_.now() + 24h * 3650, 10000)) {
    out << "message " << message.idempotency_key << ' ' << message.recipient << ' '
        << message.subject << ' ' << message.body << '\n';
  }
  return out.str();
}

std::string AccountsTest::everything_stored() {
  std::string stored = snapshot();
  if (GetParam() == Backend::sqlite_file) stored += sqlite_cells(location_->sqlite_file().string());
  return stored;
}

}  // namespace ejournal::services::testing
