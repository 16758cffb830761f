// ej_error_*, ej_status_str, ej_free, ej_version*: the functions every other module relies on.
#include <cstddef>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "ejournal.h"
#include "firewall.hpp"

namespace ejournal::capi {

namespace {

struct ThreadError {
  std::string message;
  ej_error view{EJ_OK, EJ_ERRCLASS_NONE, ""};
  // The problems of a form refused field by field; cleared (capacity kept) with the error.
  std::vector<FieldError> fields;
};

ThreadError& thread_error() noexcept {
  thread_local ThreadError state;
  return state;
}

}  // namespace

int set_error(int code, int klass, std::string message) noexcept {
  ThreadError& state = thread_error();
  try {
    state.message = std::move(message);
    state.view.message = state.message.c_str();
  } catch (...) {
    state.view.message = "out of memory while recording an error";
  }
  state.view.code = code;
  state.view.klass = klass;
  return code;
}

void clear_error() noexcept {
  ThreadError& state = thread_error();
  state.view = ej_error{EJ_OK, EJ_ERRCLASS_NONE, ""};
  state.fields.clear();
}

void set_error_fields(std::vector<FieldError> fields) noexcept {
  thread_error().fields = std::move(fields);
}

int status_of(Errc code) noexcept {
  switch (code) {
    case Errc::invalid: return EJ_EINVALID;
    case Errc::not_found: return EJ_ENOTFOUND;
    case Errc::exists: return EJ_EEXISTS;
    case Errc::conflict: return EJ_ECONFLICT;
    case Errc::permission: return EJ_EPERM;
    case Errc::expired: return EJ_EEXPIRED;
    case Errc::storage: return EJ_ESTORAGE;
    case Errc::version: return EJ_EVERSION;
    case Errc::unsupported: return EJ_EUNSUPPORTED;
    case Errc::empty: return EJ_EEMPTY;
    case Errc::range: return EJ_ERANGE;
  }
  return EJ_ERROR;
}

int class_of(ErrorDomain domain) noexcept {
  switch (domain) {
    case ErrorDomain::argument: return EJ_ERRCLASS_ARGUMENT;
    case ErrorDomain::grading: return EJ_ERRCLASS_GRADING;
    case ErrorDomain::text: return EJ_ERRCLASS_TEXT;
    case ErrorDomain::storage: return EJ_ERRCLASS_STORAGE;
    case ErrorDomain::access: return EJ_ERRCLASS_ACCESS;
    case ErrorDomain::internal: return EJ_ERRCLASS_INTERNAL;
  }
  return EJ_ERRCLASS_INTERNAL;
}

void require(const void* pointer, std::string_view parameter) {
  if (pointer == nullptr) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "argument '" + std::string(parameter) + "' is NULL");
  }
}

}  // namespace ejournal::capi

extern "C" {

const ej_error* ej_error_last(void) {
  return &ejournal::capi::thread_error().view;
}

void ej_error_clear(void) {
  ejournal::capi::clear_error();
}

int32_t ej_error_field_count(void) {
  return static_cast<int32_t>(ejournal::capi::thread_error().fields.size());
}

int ej_error_field(const char** field, const char** problem, int32_t index) {
  const auto& fields = ejournal::capi::thread_error().fields;
  const bool inside = index >= 0 && static_cast<std::size_t>(index) < fields.size();
  const ejournal::capi::FieldError* found =
      inside ? &fields[static_cast<std::size_t>(index)] : nullptr;
  if (field != nullptr) *field = found != nullptr ? found->field.c_str() : nullptr;
  if (problem != nullptr) *problem = found != nullptr ? found->problem.c_str() : nullptr;
  return inside ? EJ_OK : EJ_ERANGE;
}

const char* ej_status_str(int status) {
  switch (status) {
    case EJ_OK: return "EJ_OK: success";
    case EJ_ERROR: return "EJ_ERROR: unexpected failure";
    case EJ_EINVALID: return "EJ_EINVALID: invalid argument or input";
    case EJ_ENOTFOUND: return "EJ_ENOTFOUND: not found";
    case EJ_EEXISTS: return "EJ_EEXISTS: already exists";
    case EJ_ECONFLICT: return "EJ_ECONFLICT: conflict";
    case EJ_EPERM: return "EJ_EPERM: not permitted";
    case EJ_EEXPIRED: return "EJ_EEXPIRED: expired";
    case EJ_ESTORAGE: return "EJ_ESTORAGE: storage failure";
    case EJ_ENOMEM: return "EJ_ENOMEM: out of memory";
    case EJ_EBUFS: return "EJ_EBUFS: buffer too small";
    case EJ_EVERSION: return "EJ_EVERSION: unknown version";
    case EJ_EUNSUPPORTED: return "EJ_EUNSUPPORTED: not supported";
    case EJ_EEMPTY: return "EJ_EEMPTY: nothing to compute";
    case EJ_ERANGE: return "EJ_ERANGE: out of range";
    case EJ_EUSER: return "EJ_EUSER: aborted by a callback";
    default: return "unknown status";
  }
}

void ej_free(void* ptr) {
  std::free(ptr);
}

void ej_version(int32_t* major, int32_t* minor, int32_t* patch) {
  if (major != nullptr) *major = EJ_VERSION_MAJOR;
  if (minor != nullptr) *minor = EJ_VERSION_MINOR;
  if (patch != nullptr) *patch = EJ_VERSION_PATCH;
}

const char* ej_version_string(void) {
  return EJ_VERSION_STRING;
}

int32_t ej_version_number(void) {
  return EJ_VERSION_NUMBER;
}

}  // extern "C"
