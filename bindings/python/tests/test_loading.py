"""Loading the library: lookup order, the version check, the generated cdef and hidden symbols."""

import ctypes
import os
import shutil
import subprocess
import re
import sys
from pathlib import Path

import cffi
import pytest

import ejournal
from ejournal import _cdef, _lib

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def test_library_candidates_prefer_the_environment_variable():
    assert _lib.library_candidates({"EJOURNAL_LIBRARY": "/opt/x/libejournal.so.1"}) == [
        "/opt/x/libejournal.so.1"]


def test_library_candidates_fall_back_to_the_soname():
    candidates = _lib.library_candidates({})
    assert candidates[-1] == "libejournal.so.1"
    assert _lib.SONAME == f"libejournal.so.{_cdef.EJ_ABI_VERSION}"


def test_the_loaded_library_is_the_one_named_by_the_environment():
    expected = os.environ.get("EJOURNAL_LIBRARY")
    if not expected:
        pytest.skip("EJOURNAL_LIBRARY is not set (run through ctest)")
    assert ejournal.library_path == expected


def test_library_version_matches_the_headers_the_cdef_was_generated_for():
    major, minor, patch = ejournal.library_version()
    assert major == _cdef.EJ_VERSION_MAJOR
    assert (major, minor, patch) >= (_cdef.EJ_VERSION_MAJOR, _cdef.EJ_VERSION_MINOR,
                                     _cdef.EJ_VERSION_PATCH)
    assert ejournal.library_version_string() == f"{major}.{minor}.{patch}"
    assert ejournal.lib.ej_version_number() == major * 1_000_000 + minor * 1_000 + patch


@pytest.mark.parametrize("library, headers", [
    (1_000_000, 1000),       # another major
    (1000, 2000),            # older than the headers: declared functions may be missing
    (2_003_000, 1_003_000),
])
def test_version_check_rejects_a_library_that_does_not_fit(library, headers):
    with pytest.raises(ejournal.VersionError) as raised:
        _lib.check_version(library, headers)
    assert raised.value.code == ejournal.lib.EJ_EVERSION
    assert "generated for" in raised.value.message


@pytest.mark.parametrize("library, headers", [(1000, 1000), (1002, 1000), (3_004_005, 3_001_000)])
def test_version_check_accepts_the_same_major_not_older(library, headers):
    _lib.check_version(library, headers)


def test_a_missing_library_fails_the_import_with_a_clear_message():
    environment = dict(os.environ, EJOURNAL_LIBRARY="/nonexistent/libejournal.so.1",
                       PYTHONPATH=str(PACKAGE_ROOT))
    completed = subprocess.run([sys.executable, "-c", "import ejournal"], env=environment,
                               capture_output=True, text=True, check=False)
    assert completed.returncode != 0
    assert "ImportError" in completed.stderr
    assert "/nonexistent/libejournal.so.1" in completed.stderr
    assert "EJOURNAL_LIBRARY" in completed.stderr


def test_package_version_is_the_header_version():
    tomllib = pytest.importorskip("tomllib")
    with open(PACKAGE_ROOT / "pyproject.toml", "rb") as file:
        metadata = tomllib.load(file)
    assert metadata["project"]["version"] == _cdef.VERSION_STRING == ejournal.__version__


@pytest.mark.parametrize("python_enum, ctype, prefix", [
    (ejournal.ErrorClass, "ej_error_class", "EJ_ERRCLASS_"),
    (ejournal.ScaleKind, "ej_scale_kind", "EJ_SCALE_KIND_"),
    (ejournal.MarkFlag, "ej_mark_flag", "EJ_MARK_"),
    (ejournal.ItemUse, "ej_item_use", "EJ_USE_"),
    (ejournal.ua.BasisUse, "ej_basis_use", "EJ_BASIS_"),
])
def test_python_enums_mirror_the_header(python_enum, ctype, prefix):
    header = _lib.enum_values(ctype, prefix)
    python = {member.name.lower(): member.value for member in python_enum if member.value}
    assert python == {name: value for name, value in header.items() if value}


def test_an_enum_value_from_a_newer_library_does_not_fail():
    unknown = ejournal.ua.BasisUse(99)
    assert unknown.name == "UNKNOWN_99"
    assert unknown is ejournal.ua.BasisUse(99)
    assert unknown is not ejournal.ua.BasisUse.COUNTED


def test_checked_in_cdef_equals_a_fresh_generation():
    include_dirs = os.environ.get("EJOURNAL_INCLUDE_DIRS")
    if not include_dirs:
        pytest.skip("EJOURNAL_INCLUDE_DIRS is not set (run through ctest)")
    sys.path.insert(0, str(PACKAGE_ROOT / "tools"))
    try:
        import gen_cdef
    finally:
        sys.path.pop(0)
    generated = gen_cdef.generate(include_dirs.split(os.pathsep),
                                  os.environ.get("EJOURNAL_CC", "cc"))
    checked_in = (PACKAGE_ROOT / "ejournal" / "_cdef.py").read_text(encoding="utf-8")
    assert generated == checked_in, "ejournal/_cdef.py is stale: rerun tools/gen_cdef.py"


def test_cdef_and_library_agree_on_the_functions():
    nm = shutil.which("nm")
    if nm is None:
        pytest.skip("nm is not installed")
    listing = subprocess.run([nm, "-D", "--defined-only", ejournal.library_path],
                             capture_output=True, text=True, check=True).stdout
    exported = {line.split()[-1].split("@")[0] for line in listing.splitlines()
                if " T " in line}
    declared = set(re.findall(r"\b(ej_[a-z0-9_]+)\(", _cdef.CDEF))
    assert len(declared) > 50
    assert sorted(declared - exported) == [], "declared in the header, missing from the library"
    assert sorted(exported - declared) == [], "exported by the library, not in the header"


def _mangled_core_symbols() -> list:
    """Mangled ejournal:: names present (as local symbols) in the library file."""
    nm = shutil.which("nm")
    if nm is not None:
        listing = subprocess.run([nm, ejournal.library_path], capture_output=True, text=True,
                                 check=True).stdout
        # Only names that are C identifiers: not the compiler's "….cold" parts.
        names = sorted({line.split()[-1] for line in listing.splitlines()
                        if line.split() and re.fullmatch(r"_ZN8ejournal\w+", line.split()[-1])})
        if names:
            return names[:50]
    return ["_ZN8ejournal4capi11clear_errorEv"]


def test_core_symbols_are_hidden_from_ctypes_and_cffi():
    names = _mangled_core_symbols()
    by_ctypes = ctypes.CDLL(ejournal.library_path)
    assert by_ctypes.ej_version_number is not None  # the control: C names do resolve
    ffi = cffi.FFI()
    ffi.cdef("".join(f"void {name}(void);\n" for name in names))
    by_cffi = ffi.dlopen(ejournal.library_path)
    for name in names:
        with pytest.raises(AttributeError):
            getattr(by_ctypes, name)
        with pytest.raises(AttributeError):
            getattr(by_cffi, name)
