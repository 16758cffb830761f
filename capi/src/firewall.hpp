// The exception firewall and thread-local error state shared by every ej_* function.
#pragma once

#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal.h"
#include "ejournal/error.hpp"

namespace ejournal::capi {

/// Records a failure for ej_error_last() on this thread and returns `code`.
int set_error(int code, int klass, std::string message) noexcept;
/// One problem of a form refused field by field (ej_error_field()).
struct FieldError {
  std::string field;
  std::string problem;
};
/// Lists the field problems of the failure being recorded on this thread; the next call's
/// clear_error() forgets them.
void set_error_fields(std::vector<FieldError> fields) noexcept;
/// Forgets the last failure of this thread (cheap: no allocation).
void clear_error() noexcept;
/// The ej_status / ej_error_class of a core error.
int status_of(Errc code) noexcept;
int class_of(ErrorDomain domain) noexcept;

/// Throws Error(invalid, argument) naming the parameter when `pointer` is NULL.
void require(const void* pointer, std::string_view parameter);

/// Runs `body` (returning an ej_status) so that no exception crosses the C boundary.
template <class Body>
int guarded(Body&& body) noexcept {
  clear_error();
  try {
    return body();
  } catch (const Error& e) {
    return set_error(status_of(e.code()), class_of(e.domain()), e.what());
  } catch (const std::bad_alloc&) {
    return set_error(EJ_ENOMEM, EJ_ERRCLASS_INTERNAL, "out of memory");
  } catch (const std::exception& e) {
    return set_error(EJ_ERROR, EJ_ERRCLASS_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return set_error(EJ_ERROR, EJ_ERRCLASS_INTERNAL, "internal error: unknown exception");
  }
}

}  // namespace ejournal::capi
