// Memory repositories of institutions, connection requests, people, role grants and parent
// links.
#pragma once

#include "ejournal/storage/repositories.hpp"
#include "transaction.hpp"

namespace ejournal::storage::memory {

/// The InstitutionRepository of a memory unit of work, over its Transaction.
class MemoryInstitutions final : public InstitutionRepository {
 public:
  explicit MemoryInstitutions(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Institution& institution) override;
  std::optional<model::Institution> find(model::InstitutionId id) override;
  std::optional<model::Institution> find_by_edrpou(std::string_view edrpou) override;
  std::optional<model::Institution> find_by_diso_id(std::string_view diso_id) override;
  std::int64_t update(const model::Institution& institution) override;
  std::vector<model::Institution> list(std::optional<model::InstitutionStatus> status) override;
  std::vector<model::Institution> list_of_kind(model::InstitutionKind kind) override;
  std::vector<InstitutionTally> count_grouped() override;

 private:
  Transaction& tx_;
};

/// The ConnectionRequestRepository of a memory unit of work; every call goes through its
/// Transaction.
class MemoryConnectionRequests final : public ConnectionRequestRepository {
 public:
  explicit MemoryConnectionRequests(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::ConnectionRequest& request) override;
  std::optional<model::ConnectionRequest> find(model::ConnectionRequestId id) override;
  std::int64_t update(const model::ConnectionRequest& request) override;
  std::vector<model::ConnectionRequest> list(std::optional<model::RequestStatus> status) override;
  std::vector<model::ConnectionRequest> find_open(std::string_view edrpou,
                                                  std::string_view diso_id) override;
  std::vector<RequestTally> count_by_status() override;

 private:
  Transaction& tx_;
};

/// The PersonRepository of a memory unit of work, over its Transaction.
class MemoryPeople final : public PersonRepository {
 public:
  explicit MemoryPeople(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Person& person) override;
  void insert_many(std::span<const model::Person> people, const Progress& progress) override;
  std::optional<model::Person> find(model::InstitutionId institution, model::PersonId id) override;
  std::optional<model::Person> find_by_email(model::InstitutionId institution,
                                             std::string_view email) override;
  std::int64_t update(const model::Person& person) override;
  std::vector<model::Person> list(model::InstitutionId institution) override;

 private:
  Transaction& tx_;
};

/// The RoleGrantRepository of a memory unit of work, over its Transaction.
class MemoryRoleGrants final : public RoleGrantRepository {
 public:
  explicit MemoryRoleGrants(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::RoleGrant& grant) override;
  void remove(model::InstitutionId institution, model::RoleGrantId id) override;
  std::vector<model::RoleGrant> list_for_person(model::InstitutionId institution,
                                                model::PersonId person) override;
  std::vector<model::RoleGrant> list_with_role(model::InstitutionId institution,
                                               model::Role role) override;

 private:
  Transaction& tx_;
};

/// The ParentLinkRepository of a memory unit of work, over its Transaction.
class MemoryParentLinks final : public ParentLinkRepository {
 public:
  explicit MemoryParentLinks(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::ParentLink& link) override;
  void remove(model::InstitutionId institution, model::ParentLinkId id) override;
  std::vector<model::ParentLink> children_of(model::InstitutionId institution,
                                             model::PersonId parent) override;
  std::vector<model::ParentLink> parents_of(model::InstitutionId institution,
                                            model::PersonId child) override;

 private:
  Transaction& tx_;
};

}  // namespace ejournal::storage::memory
