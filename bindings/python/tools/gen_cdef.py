#!/usr/bin/env python3
"""Generates ejournal/_cdef.py, the cffi declarations of libejournal, from the C headers.

cffi cannot read the real header (it accepts no preprocessor lines and no attributes), so the
umbrella header is run through the C preprocessor with the export macro defined empty and only
the declarations that follow ejournal's own #include are kept. The integer macros of the headers
(EJ_VERSION_NUMBER, EJ_*_OPTIONS_VERSION, …) are evaluated by the same preprocessor and written
as Python constants, since the preprocessed text no longer contains them.

Usage:
    gen_cdef.py -I capi/include            # rewrite ejournal/_cdef.py
    gen_cdef.py -I capi/include --check    # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "ejournal" / "_cdef.py"

# Lines the preprocessor passes through untouched; they split its output into parts.
_DECLARATIONS_MARK = "EJ_CDEF_DECLARATIONS"
_MACROS_MARK = "EJ_CDEF_MACROS"
_MACRO_LINE = "EJ_CDEF_MACRO"

# An empty EJ_API drops the visibility attribute, which cffi cannot parse.
_PREPROCESSOR_FLAGS = ["-E", "-P", "-DEJ_API=", "-xc", "-"]

_OBJECT_MACRO = re.compile(r"^#define (EJ_[A-Z0-9_]+) (.*)$")


def _run_preprocessor(compiler: str, include_dirs: list[str], flags: list[str], source: str) -> str:
    """Runs `compiler` over `source` (C text on stdin) and returns its standard output."""
    command = [compiler, *flags[:-2], *(f"-I{directory}" for directory in include_dirs), *flags[-2:]]
    # A sanitizer runtime preloaded for the tests must not leak into the compiler.
    environment = {key: value for key, value in os.environ.items() if key != "LD_PRELOAD"}
    completed = subprocess.run(command, input=source, capture_output=True, text=True,
                               env=environment, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{completed.stderr}")
    return completed.stdout


def _macro_names(compiler: str, include_dirs: list[str]) -> list[str]:
    """Names of the object-like EJ_* macros that the umbrella header defines, sorted."""
    flags = ["-dM", *_PREPROCESSOR_FLAGS]
    listing = _run_preprocessor(compiler, include_dirs, flags, '#include "ejournal.h"\n')
    names = set()
    for line in listing.splitlines():
        match = _OBJECT_MACRO.match(line)
        if match and match.group(2).strip():
            names.add(match.group(1))
    return sorted(names)


def _evaluate_integer(expression: str) -> int | None:
    """The value of an integer constant expression made of literals, + - * and parentheses."""
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return None
    operators = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
                 ast.Mult: lambda a, b: a * b}

    def value_of(node: ast.AST) -> int:
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -value_of(node.operand)
        if isinstance(node, ast.BinOp) and type(node.op) in operators:
            return operators[type(node.op)](value_of(node.left), value_of(node.right))
        raise ValueError(ast.dump(node))

    try:
        return value_of(tree.body)
    except ValueError:
        return None


def _tidy(declarations: str) -> str:
    """Strips trailing spaces and runs of blank lines from the preprocessed declarations.

    The emptied export macro leaves one space before each function declaration; it goes too.
    """
    lines = [re.sub(r"^ (?=\S)", "", line.rstrip()) for line in declarations.strip().splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy)


def generate(include_dirs: list[str], compiler: str = "cc") -> str:
    """The text of ejournal/_cdef.py for the headers found in `include_dirs`."""
    names = _macro_names(compiler, include_dirs)
    # The standard headers come first so that their (include-guarded) declarations end up
    # before the mark, where they are dropped: cffi knows the fixed-width types natively.
    source = "\n".join([
        "#include <stddef.h>",
        "#include <stdint.h>",
        _DECLARATIONS_MARK,
        '#include "ejournal.h"',
        _MACROS_MARK,
        *(f"{_MACRO_LINE} {name}" for name in names),
        "",
    ])
    output = _run_preprocessor(compiler, include_dirs, _PREPROCESSOR_FLAGS, source)
    _, _, rest = output.partition(_DECLARATIONS_MARK)
    declarations, _, macro_part = rest.partition(_MACROS_MARK)
    expansions = [line[len(_MACRO_LINE):].strip() for line in macro_part.splitlines()
                  if line.startswith(_MACRO_LINE)]
    if not declarations.strip() or len(expansions) != len(names):
        raise RuntimeError("unexpected preprocessor output: the marks were not found")

    constants = {}
    version_string = None
    for name, expansion in zip(names, expansions):
        if name == "EJ_VERSION_STRING":
            version_string = ast.literal_eval(expansion)
            continue
        value = _evaluate_integer(expansion)
        if value is not None:
            constants[name] = value
    if version_string is None or "EJ_VERSION_NUMBER" not in constants:
        raise RuntimeError("ejournal/version.h was not found on the include path")

    parts = [
        '"""The C declarations of libejournal for cffi, and the integer macros of its headers.',
        "",
        "Generated by tools/gen_cdef.py from capi/include/ejournal.h; do not edit.",
        '"""',
        "",
        f"VERSION_STRING = {version_string!r}",
        *(f"{name} = {value}" for name, value in constants.items()),
        "",
        'CDEF = r"""',
        _tidy(declarations),
        '"""',
        "",
    ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-I", dest="include_dirs", action="append", required=True,
                        help="an include directory (capi/include)")
    parser.add_argument("--cc", default=os.environ.get("CC", "cc"), help="the C compiler")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 when the output file differs")
    arguments = parser.parse_args(argv)

    text = generate(arguments.include_dirs, arguments.cc)
    if arguments.check:
        current = arguments.output.read_text(encoding="utf-8") if arguments.output.exists() else ""
        if current != text:
            print(f"{arguments.output} is stale; rerun {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    arguments.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
