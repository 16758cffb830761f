# FindSOCI — Debian ships SOCI 4.0 without a CMake config or a .pc file, so we find it by hand.
#
# Components: sqlite3, postgresql (each adds an imported target).
# Result: SOCI_FOUND, SOCI_VERSION, SOCI_INCLUDE_DIR and the imported targets
#   SOCI::soci_core, SOCI::soci_sqlite3, SOCI::soci_postgresql
# named like upstream SOCI 4.0's own export, so that moving to upstream's config is one edit.

find_path(SOCI_INCLUDE_DIR soci/soci.h)
find_library(SOCI_CORE_LIBRARY NAMES soci_core)

if(SOCI_INCLUDE_DIR AND EXISTS "${SOCI_INCLUDE_DIR}/soci/version.h")
  file(STRINGS "${SOCI_INCLUDE_DIR}/soci/version.h" _soci_version_line
       REGEX "^#define[ \t]+SOCI_VERSION[ \t]+[0-9]+")
  string(REGEX REPLACE ".*SOCI_VERSION[ \t]+([0-9]+).*" "\\1" _soci_version_number "${_soci_version_line}")
  math(EXPR _soci_major "${_soci_version_number} / 100000")
  math(EXPR _soci_minor "${_soci_version_number} / 100 % 1000")
  math(EXPR _soci_patch "${_soci_version_number} % 100")
  set(SOCI_VERSION "${_soci_major}.${_soci_minor}.${_soci_patch}")
endif()

foreach(_component IN LISTS SOCI_FIND_COMPONENTS)
  find_library(SOCI_${_component}_LIBRARY NAMES soci_${_component})
  if(SOCI_${_component}_LIBRARY)
    set(SOCI_${_component}_FOUND TRUE)
  endif()
endforeach()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SOCI
  REQUIRED_VARS SOCI_CORE_LIBRARY SOCI_INCLUDE_DIR
  VERSION_VAR SOCI_VERSION
  HANDLE_COMPONENTS)

if(SOCI_FOUND AND NOT TARGET SOCI::soci_core)
  # soci.h includes Boost.Fusion headers: Debian builds SOCI with SOCI_HAVE_BOOST.
  find_package(Boost 1.74 REQUIRED)
  add_library(SOCI::soci_core UNKNOWN IMPORTED)
  set_target_properties(SOCI::soci_core PROPERTIES
    IMPORTED_LOCATION "${SOCI_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES Boost::headers)

  if(SOCI_sqlite3_FOUND)
    find_package(SQLite3 REQUIRED)
    add_library(SOCI::soci_sqlite3 UNKNOWN IMPORTED)
    set_target_properties(SOCI::soci_sqlite3 PROPERTIES
      IMPORTED_LOCATION "${SOCI_sqlite3_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "SOCI::soci_core;SQLite::SQLite3")
  endif()

  if(SOCI_postgresql_FOUND)
    find_package(PostgreSQL REQUIRED)
    add_library(SOCI::soci_postgresql UNKNOWN IMPORTED)
    set_target_properties(SOCI::soci_postgresql PROPERTIES
      IMPORTED_LOCATION "${SOCI_postgresql_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "SOCI::soci_core;PostgreSQL::PostgreSQL")
  endif()
endif()

mark_as_advanced(SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY SOCI_sqlite3_LIBRARY SOCI_postgresql_LIBRARY)
