"""ejournal — the grade-calculation engine of libejournal for Python.

Pure Python over the library's stable C ABI (cffi in ABI mode; nothing is compiled). Exact values
come back as fractions.Fraction, rounded ones as decimal.Decimal; failures raise ejournal.Error
subclasses carrying the library's status code and message.

The library is looked up in $EJOURNAL_LIBRARY, then next to this package, then as the installed
libejournal.so.N.

>>> import ejournal
>>> ejournal.aggregate([ejournal.Item(70, 0, 100), ejournal.Item(20, 0, 80),
...                     ejournal.Item(10, 0, 10)], method="median").value
Decimal('70.00')
>>> ejournal.ua.suggest_semester([9, 10, 10]).grade
10
"""

from . import gradebook, ua
from ._cdef import VERSION_STRING
from ._lib import (BufferTooSmallError, CallbackAbortedError, ConflictError, EmptyError, Error,
                   ErrorClass, ExistsError, ExpiredError, InvalidError, NotFoundError,
                   OutOfMemoryError, PermissionDeniedError, RangeError, StorageError,
                   UnsupportedError, ValidationError, VersionError, ffi, lib, library_path,
                   status_string)
from .access import Principal, RoleGrant
from .accounts import (PasswordOptions, SessionOptions, SignedIn, authenticate, change_password,
                       revoke_sessions, sign_in, sign_in_external, sign_out)
from .aggregate import AggregateResult, GradeSet, Item, ItemOutcome, ItemUse, aggregate, mean
from .attendance import (ATTENDANCE_KINDS, AbsenceAlert, AttendanceCode, AttendanceCounts,
                         ClassAttendance, absence_alerts, builtin_attendance_codes,
                         class_attendance, explain_absence, student_attendance,
                         write_absence_reason, write_daily_attendance, write_lesson_attendance)
from .audit import AuditEntry, audit_by_person, audit_for_entity
from .bulk import BulkResult, bulk_aggregate
from .calendar import Bell, Holiday, MakeUpDay, SchoolYear, Term
from .collation import (Collator, NormalizedName, latin_search_key, normalize_name,
                        search_key)
from .contacts import Phone, PhoneKind, normalize_email, normalize_phone
from .diary import (DiaryAttendance, DiaryComment, DiaryGrade, DiaryLesson, DiaryWeek,
                    children_diaries, diary_week)
from .frames import to_dataframe
from .identifiers import (Katottg, Region, normalize_class_name, normalize_diso_id,
                          normalize_edrpou, normalize_rnokpp, parse_katottg, regions)
from .invitations import (AcceptedInvitation, Invitation, InvitationRecord, accept_invitation,
                          invitations, invite, resend_invitation, revoke_invitation)
from .journal import (GradeWritten, LessonWritten, edit_grade, edit_lesson, publish_grade,
                      record_grade, record_lesson, remove_lesson, write_comment)
from .journal_page import (JournalPage, PageColumn, PageEntry, PageRow, class_summary,
                           course_page)
from .marks import Mark, MarkFlag, Marks
from .names import (FullName, format_count, format_date, format_name, gender_word,
                    guess_gender, parse_full_name)
from .notices import (NotificationPreferences, notification_preferences,
                      set_notification_preferences)
from .onboarding import (Approval, ConnectionRequest, approve_connection_request,
                         connection_requests, reject_connection_request,
                         submit_connection_request, withdraw_connection_request)
from .outbox import DeliveryPolicy, DeliveryRejected, DeliveryReport, Notification, deliver_due
from .reports import (CertificateReport, Distribution, LevelShare, LevelStatistics,
                      SubjectDistribution, TermReport, certificate_report, class_statistics,
                      institution_statistics, level_of, oblast_statistics, student_term_report)
from .rounding import format_decimal, from_float, parse_decimal, round_decimal
from .scales import Band, Scale, ScaleKind, Symbol, Threshold, Thresholds
from .school_setup import (CLASS_LIST_MAX_BYTES, CLASS_LIST_MAX_ROWS, COURSE_SCALES,
                           add_subgroup_member, assign_class_teacher, create_academic_year,
                           create_class, create_course, create_subgroup, create_subject,
                           enrol_student, import_class_list, link_parent, reassign_course,
                           record_departure, remove_subgroup_member, rename_class, unlink_parent,
                           update_academic_year, withdraw_class_teacher)
from .statistics import (HromadaCount, InstituteStatistics, OblastCount, StatusCount,
                         institute_statistics)
from .store import Store, open
from .store_records import (AcademicYear, AttendanceMark, Course, Enrolment, Grade, Institution,
                            Lesson, Person, SchoolClass, Subject)
from .transliteration import login_from_name, transliterate

#: The version of the headers this package was generated for (and of the package).
__version__ = VERSION_STRING

__all__ = [
    "ATTENDANCE_KINDS", "AbsenceAlert", "AcademicYear", "AcceptedInvitation", "AggregateResult",
    "Approval", "AttendanceCode", "AttendanceCounts", "AttendanceMark", "AuditEntry", "Band",
    "Bell", "BufferTooSmallError", "BulkResult", "CLASS_LIST_MAX_BYTES", "CLASS_LIST_MAX_ROWS",
    "COURSE_SCALES", "CallbackAbortedError", "CertificateReport", "ClassAttendance", "Collator",
    "ConflictError", "ConnectionRequest", "Course", "DeliveryPolicy", "DeliveryRejected",
    "DeliveryReport", "DiaryAttendance", "DiaryComment", "DiaryGrade", "DiaryLesson", "DiaryWeek",
    "Distribution", "EmptyError", "Enrolment", "Error", "ErrorClass", "ExistsError", "ExpiredError",
    "FullName", "Grade", "GradeSet", "GradeWritten", "Holiday", "HromadaCount",
    "InstituteStatistics", "Institution", "InvalidError", "Invitation", "InvitationRecord", "Item",
    "ItemOutcome", "ItemUse", "JournalPage", "Katottg", "Lesson", "LessonWritten", "LevelShare",
    "LevelStatistics", "MakeUpDay", "Mark", "MarkFlag", "Marks", "NormalizedName", "NotFoundError",
    "Notification", "NotificationPreferences", "OblastCount", "OutOfMemoryError", "PageColumn",
    "PageEntry", "PageRow", "PasswordOptions", "PermissionDeniedError", "Person", "Phone",
    "PhoneKind", "Principal", "RangeError", "Region", "RoleGrant", "Scale", "ScaleKind",
    "SchoolClass", "SchoolYear", "SessionOptions", "SignedIn", "StatusCount", "StorageError",
    "Store", "Subject", "SubjectDistribution", "Symbol", "Term", "TermReport", "Threshold",
    "Thresholds", "UnsupportedError", "ValidationError", "VersionError", "absence_alerts",
    "accept_invitation", "add_subgroup_member", "aggregate", "approve_connection_request",
    "assign_class_teacher", "audit_by_person", "audit_for_entity", "authenticate",
    "builtin_attendance_codes", "bulk_aggregate", "certificate_report", "change_password",
    "children_diaries", "class_attendance", "class_statistics", "class_summary",
    "connection_requests", "course_page", "create_academic_year", "create_class", "create_course",
    "create_subgroup", "create_subject", "deliver_due", "diary_week", "edit_grade", "edit_lesson",
    "enrol_student", "explain_absence", "format_count", "format_date", "format_decimal",
    "format_name", "from_float", "gender_word", "gradebook", "guess_gender", "import_class_list",
    "institute_statistics", "institution_statistics", "invitations", "invite", "latin_search_key",
    "level_of", "library_path", "library_version", "library_version_string", "link_parent",
    "login_from_name", "mean", "normalize_class_name", "normalize_diso_id", "normalize_edrpou",
    "normalize_email", "normalize_name", "normalize_phone", "normalize_rnokpp",
    "notification_preferences", "oblast_statistics", "open", "parse_decimal", "parse_full_name",
    "parse_katottg", "publish_grade", "reassign_course", "record_departure", "record_grade",
    "record_lesson", "regions", "reject_connection_request", "remove_lesson",
    "remove_subgroup_member", "rename_class", "resend_invitation", "revoke_invitation",
    "revoke_sessions", "round_decimal", "search_key", "set_notification_preferences", "sign_in",
    "sign_in_external", "sign_out", "status_string", "student_attendance", "student_term_report",
    "submit_connection_request", "to_dataframe", "transliterate", "ua", "unlink_parent",
    "update_academic_year", "withdraw_class_teacher", "withdraw_connection_request",
    "write_absence_reason", "write_comment", "write_daily_attendance", "write_lesson_attendance",
]


def library_version() -> tuple[int, int, int]:
    """The (major, minor, patch) version of the loaded libejournal."""
    major, minor, patch = (ffi.new("int32_t *") for _ in range(3))
    lib.ej_version(major, minor, patch)
    return major[0], minor[0], patch[0]


def library_version_string() -> str:
    """The loaded libejournal's version as "M.m.p"."""
    return ffi.string(lib.ej_version_string()).decode("ascii")
