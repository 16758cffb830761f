/* The demo's one way of handling a failed call: print the library's message and exit. */
#ifndef EJOURNAL_DEMO_CHECK_H
#define EJOURNAL_DEMO_CHECK_H

/* Returns when `status` is EJ_OK; otherwise prints which call failed, the status and the
 * library's message, and exits with a non-zero status. */
void demo_check(int status, const char* call);

#endif
