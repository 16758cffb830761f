/*
 * ejournal.h — the stable C ABI of ejournal (libejournal.so.EJ_ABI_VERSION).
 *
 * Include this umbrella header; it pulls in every module's declarations.
 */
#ifndef EJOURNAL_H
#define EJOURNAL_H

#include "ejournal/access.h"
#include "ejournal/accounts.h"
#include "ejournal/attendance.h"
#include "ejournal/audit.h"
#include "ejournal/calendar.h"
#include "ejournal/collation.h"
#include "ejournal/common.h"
#include "ejournal/contacts.h"
#include "ejournal/diary.h"
#include "ejournal/gradebook.h"
#include "ejournal/grading.h"
#include "ejournal/identifiers.h"
#include "ejournal/invitations.h"
#include "ejournal/journal.h"
#include "ejournal/journal_page.h"
#include "ejournal/locale.h"
#include "ejournal/names.h"
#include "ejournal/notices.h"
#include "ejournal/onboarding.h"
#include "ejournal/outbox.h"
#include "ejournal/reports.h"
#include "ejournal/school_setup.h"
#include "ejournal/statistics.h"
#include "ejournal/store.h"
#include "ejournal/store_journal.h"
#include "ejournal/store_school.h"
#include "ejournal/transliteration.h"
#include "ejournal/uuid.h"
#include "ejournal/version.h"

#endif
