#!/usr/bin/env python3
"""Regenerate the expected output files of the golden scripts from CPython 3.11.

For every script X.py in tests/golden/ and examples/ this writes, next to it:

  X.stdout  python3's exact stdout bytes
  X.status  line 1: the exit status; if it is non-zero, line 2: the last
            non-empty line of python3's stderr (e.g. "NameError: name 'x' is not defined")
  X.stderr  for scripts named warn_*: python3's whole stderr, with the
            checkout's path written as $ROOT
  X.location for scripts named syn_*: "LINE:OFFSET", where CPython puts the
            syntax error (SyntaxError's lineno and offset, the 1-based column
            in characters), from compile(source, path, 'exec')

Each script runs with the repository root as cwd, as `python3 <relative path>`,
exactly as the Rust harnesses (tests/golden.rs, tests/examples.rs) run pyasync.

Usage:
  python3 scripts/regen-golden.py              # regenerate everything
  python3 scripts/regen-golden.py NAME...      # only these scripts; NAME may be a stem
                                               # (err_name_error), a file name
                                               # (err_name_error.py) or a relative path
                                               # (tests/golden/err_name_error.py)
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIRS = [Path("tests/golden"), Path("examples")]
TIMEOUT = 120

# syn_* scripts whose error location is NOT recorded (no X.location), because
# pyasync's LINE:COL is known to differ from CPython's. Only the message and the
# status are checked for them. Remove an entry once pyasync agrees.
def all_scripts():
    scripts = []
    for d in DIRS:
        scripts.extend(sorted((ROOT / d).glob("*.py")))
    return [s.relative_to(ROOT) for s in scripts]


def select(names):
    scripts = all_scripts()
    if not names:
        return scripts
    chosen = []
    for name in names:
        stem = Path(name).name
        if stem.endswith(".py"):
            stem = stem[:-3]
        matches = [
            s for s in scripts if s.stem == stem or str(s) == name or str(s) == name + ".py"
        ]
        if not matches:
            sys.exit(f"regen-golden: no script named {name!r} in {', '.join(map(str, DIRS))}")
        if len(matches) > 1:
            sys.exit(f"regen-golden: {name!r} is ambiguous: {', '.join(map(str, matches))}")
        chosen.append(matches[0])
    return chosen


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line
    return ""


def syntax_error_location(rel):
    """`LINE:OFFSET` of the SyntaxError CPython raises compiling `rel`, or None."""
    source = (ROOT / rel).read_bytes()
    try:
        compile(source, str(rel), "exec", dont_inherit=True)
    except SyntaxError as e:
        return f"{e.lineno}:{e.offset}"
    return None


def regen(rel):
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONASYNCIODEBUG", None)
    env.pop("PYTHONDEVMODE", None)
    proc = subprocess.run(
        [sys.executable, str(rel)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    stem = ROOT / rel.with_suffix("")
    stem.with_suffix(".stdout").write_bytes(proc.stdout)
    status = f"{proc.returncode}\n"
    if proc.returncode != 0:
        status += last_nonempty_line(proc.stderr.decode("utf-8", "replace")) + "\n"
    stem.with_suffix(".status").write_text(status)
    # Scripts about warnings keep python3's whole stderr, with the checkout's
    # path replaced so that the file does not depend on where it lives.
    if stem.name.startswith("warn_"):
        text = proc.stderr.decode("utf-8", "replace").replace(str(ROOT), "$ROOT")
        stem.with_suffix(".stderr").write_text(text)
    summary = status.strip().replace("\n", "  ")
    # Syntax-error scripts also record where CPython puts the error.
    if stem.name.startswith("syn_"):
        loc = syntax_error_location(rel)
        loc_path = stem.with_suffix(".location")
        if loc is None:
            if loc_path.exists():
                loc_path.unlink()
            print(f"regen-golden: warning: {rel} compiles without a SyntaxError", file=sys.stderr)
        else:
            loc_path.write_text(loc + "\n")
            summary += f"  at {loc}"
    print(f"{str(rel):55} {summary}")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(
            "regen-golden: the expected files come from CPython 3.11, "
            f"but this is {sys.version.split()[0]}; run it with python3.11"
        )
    for rel in select(sys.argv[1:]):
        regen(rel)


if __name__ == "__main__":
    main()
