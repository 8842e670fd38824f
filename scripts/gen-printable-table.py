#!/usr/bin/env python3
"""Writes src/object/printable.rs: the code points `str.isprintable()`
rejects in the running Python (3.11: Unicode 14.0), as sorted ranges."""

import sys

ranges = []
for n in range(0x110000):
    if chr(n).isprintable():
        continue
    if ranges and ranges[-1][1] == n - 1:
        ranges[-1][1] = n
    else:
        ranges.append([n, n])

out = [
    "//! The code points `str.isprintable()` rejects (Unicode categories",
    "//! Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space), as Python",
    "//! 3.11 classifies them (Unicode 14.0). Written by",
    "//! `scripts/gen-printable-table.py`; do not edit by hand.",
    "",
    "/// Sorted, disjoint, inclusive ranges.",
    "#[rustfmt::skip]",
    "pub const NOT_PRINTABLE: &[(u32, u32)] = &[",
]
line = "   "
for lo, hi in ranges:
    item = f" (0x{lo:x}, 0x{hi:x}),"
    if len(line) + len(item) > 96:
        out.append(line)
        line = "   "
    line += item
out.append(line)
out += [
    "];",
    "",
    "/// Whether `str.isprintable()` accepts `c`.",
    "pub fn is_printable(c: char) -> bool {",
    "    let n = c as u32;",
    "    if (0x20..0x7f).contains(&n) {",
    "        return true;",
    "    }",
    "    NOT_PRINTABLE",
    "        .binary_search_by(|&(lo, hi)| {",
    "            if hi < n {",
    "                std::cmp::Ordering::Less",
    "            } else if lo > n {",
    "                std::cmp::Ordering::Greater",
    "            } else {",
    "                std::cmp::Ordering::Equal",
    "            }",
    "        })",
    "        .is_err()",
    "}",
]
sys.stdout.write("\n".join(out) + "\n")
