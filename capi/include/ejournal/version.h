/*
 * ejournal/version.h — the version of these headers. The single source of truth: CMake reads the
 * project version and the SONAME number from here.
 */
#ifndef EJOURNAL_VERSION_H
#define EJOURNAL_VERSION_H

#define EJ_VERSION_MAJOR 0
#define EJ_VERSION_MINOR 1
#define EJ_VERSION_PATCH 0
#define EJ_VERSION_STRING "0.1.0"
/** major × 1 000 000 + minor × 1 000 + patch */
#define EJ_VERSION_NUMBER (EJ_VERSION_MAJOR * 1000000 + EJ_VERSION_MINOR * 1000 + EJ_VERSION_PATCH)
/** True when the headers are at least version M.m.p. */
#define EJ_VERSION_CHECK(M, m, p) (EJ_VERSION_NUMBER >= ((M)*1000000 + (m)*1000 + (p)))
/** The SONAME number: libejournal.so.EJ_ABI_VERSION; bumped only on an incompatible ABI change. */
#define EJ_ABI_VERSION 1

#endif
