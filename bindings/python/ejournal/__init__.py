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
from .audit import AuditEntry, audit_by_person, audit_for_entity
from .bulk import BulkResult, bulk_aggregate
from .calendar import Bell, Holiday, MakeUpDay, SchoolYear, Term
from .collation import (Collator, NormalizedName, latin_search_key, normalize_name,
                        search_key)
from .contacts import Phone, PhoneKind, normalize_email, normalize_phone
from .identifiers import (Katottg, Region, normalize_class_name, normalize_diso_id,
                          normalize_edrpou, normalize_rnokpp, parse_katottg, regions)
from .invitations import (AcceptedInvitation, Invitation, InvitationRecord, accept_invitation,
                          invitations, invite, resend_invitation, revoke_invitation)
from .journal import (GradeWritten, LessonWritten, edit_grade, edit_lesson, publish_grade,
                      record_grade, record_lesson, remove_lesson, write_comment)
from .marks import Mark, MarkFlag, Marks
from .names import (FullName, format_count, format_date, format_name, gender_word,
                    guess_gender, parse_full_name)
from .onboarding import (Approval, ConnectionRequest, approve_connection_request,
                         connection_requests, reject_connection_request,
                         submit_connection_request, withdraw_connection_request)
from .outbox import DeliveryPolicy, DeliveryRejected, DeliveryReport, Notification, deliver_due
from .rounding import format_decimal, from_float, parse_decimal, round_decimal
from .scales import Band, Scale, ScaleKind, Symbol, Threshold, Thresholds
from .statistics import (HromadaCount, InstituteStatistics, OblastCount, StatusCount,
                         institute_statistics)
from .store import Store, open
from .store_records import (AcademicYear, AttendanceMark, Course, Enrolment, Grade, Institution,
                            Lesson, Person, SchoolClass, Subject)
from .transliteration import login_from_name, transliterate

#: The version of the headers this package was generated for (and of the package).
__version__ = VERSION_STRING

__all__ = [
    "AcademicYear", "AcceptedInvitation", "AggregateResult", "Approval", "AttendanceMark",
    "AuditEntry", "Band", "Bell", "BufferTooSmallError", "BulkResult", "CallbackAbortedError",
    "Collator", "ConflictError", "ConnectionRequest", "Course", "DeliveryPolicy",
    "DeliveryRejected", "DeliveryReport", "EmptyError", "Enrolment", "Error", "ErrorClass",
    "ExistsError", "ExpiredError", "FullName", "Grade", "GradeSet", "GradeWritten", "Holiday",
    "HromadaCount",
    "InstituteStatistics", "Institution", "InvalidError", "Invitation", "InvitationRecord", "Item",
    "ItemOutcome", "ItemUse", "Katottg", "Lesson", "LessonWritten", "MakeUpDay", "Mark",
    "MarkFlag", "Marks",
    "NormalizedName", "NotFoundError", "Notification", "OblastCount", "OutOfMemoryError",
    "PasswordOptions", "PermissionDeniedError", "Person", "Phone", "PhoneKind", "Principal",
    "RangeError", "Region", "RoleGrant", "Scale", "ScaleKind", "SchoolClass", "SchoolYear",
    "SessionOptions", "SignedIn", "StatusCount", "StorageError", "Store", "Subject", "Symbol",
    "Term", "Threshold", "Thresholds", "UnsupportedError", "ValidationError", "VersionError",
    "accept_invitation", "aggregate", "approve_connection_request", "audit_by_person",
    "audit_for_entity", "authenticate", "bulk_aggregate", "change_password", "connection_requests",
    "deliver_due", "edit_grade", "edit_lesson",
    "format_count", "format_date", "format_decimal", "format_name", "from_float",
    "gender_word", "gradebook", "guess_gender", "institute_statistics", "invitations", "invite",
    "latin_search_key", "library_path", "library_version", "library_version_string",
    "login_from_name", "mean", "normalize_class_name", "normalize_diso_id", "normalize_edrpou",
    "normalize_email", "normalize_name", "normalize_phone", "normalize_rnokpp", "open",
    "parse_decimal", "parse_full_name", "parse_katottg", "publish_grade", "record_grade",
    "record_lesson", "regions", "reject_connection_request", "remove_lesson",
    "resend_invitation", "revoke_invitation", "revoke_sessions", "round_decimal", "search_key",
    "sign_in", "sign_in_external", "sign_out", "status_string", "submit_connection_request",
    "transliterate", "ua", "withdraw_connection_request", "write_comment",
]


def library_version() -> tuple[int, int, int]:
    """The (major, minor, patch) version of the loaded libejournal."""
    major, minor, patch = (ffi.new("int32_t *") for _ in range(3))
    lib.ej_version(major, minor, patch)
    return major[0], minor[0], patch[0]


def library_version_string() -> str:
    """The loaded libejournal's version as "M.m.p"."""
    return ffi.string(lib.ej_version_string()).decode("ascii")
