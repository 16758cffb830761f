// The ej_principal handle: an immutable access::Principal.
#pragma once

#include "ejournal.h"
#include "ejournal/access/principal.hpp"

struct ej_principal {
  ejournal::access::Principal principal;
};

namespace ejournal::capi {

/// The principal behind a handle; Error(invalid) naming `principal` when it is NULL.
const access::Principal& principal_of(const ej_principal* principal);

}  // namespace ejournal::capi
