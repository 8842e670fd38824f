"""Support for regular expressions (RE).

Patterns use Python's syntax; this module checks and translates them for the
matching engine (`_compile`, `_search`, `_scan`), which reports the spans of
the groups of a match.
"""

import sys as _sys

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXREPEAT = 4294967295


class RegexFlag(int):
    """The flags of a pattern; combine them with `|`."""

    # The members in the order CPython 3.11 lists them (and shows them in a
    # combination's repr).
    _names = [
        ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
        ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
        ("DEBUG", 128),
    ]

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in self._names:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    @property
    def name(self):
        for name, bit in self._names:
            if bit == int(self):
                return name
        return None if int(self) else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(511 & ~int(self))


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """A pattern that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        text = msg
        line = column = None
        if pattern is not None and pos is not None:
            text += " at position %d" % pos
            nl = b"\n" if isinstance(pattern, bytes) else "\n"
            before = pattern[:pos]
            line = before.count(nl) + 1
            column = len(before) - (before.rfind(nl) + 1) + 1
            if pattern.find(nl) >= 0:
                text += " (line %d, column %d)" % (line, column)
        Exception.__init__(self, text)
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno, self.colno = line, column


error.__module__ = "re"

_IGNORECASE = int(IGNORECASE)
_LOCALE = int(LOCALE)
_MULTILINE = int(MULTILINE)
_DOTALL = int(DOTALL)
_UNICODE = int(UNICODE)
_VERBOSE = int(VERBOSE)
_ASCII = int(ASCII)

# --- Parsing and translation -------------------------------------------

_INF = float("inf")
_FLAG_LETTERS = {"i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64, "a": 256}
_SIMPLE_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                   "v": "\v", "\\": "\\"}
_HEX = "0123456789abcdefABCDEF"
_OCT = "01234567"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_REPEAT_CHARS = "*+?{"

# The engine's spelling of Python's classes. Unicode `\w` is what
# `str.isalnum()` accepts plus `_`; Unicode `\s` is what `str.isspace()`
# accepts, which adds the separators U+001C..U+001F to White_Space.
_UWORD = r"\p{L}\p{N}_"
_AWORD = r"0-9A-Za-z_"
_USPACE = r"\s\x{1c}-\x{1f}"
_ASPACE = r"\x{9}-\x{d} "


def _literal(c, is_bytes):
    """The engine's spelling of the literal character `c`."""
    if c in _DIGITS or c in _ASCII_LETTERS or (c > "\x7f" and not is_bytes and c.isalnum()):
        return c
    return "\\x{%x}" % ord(c)


def _ascii_case_ranges(lo, hi):
    """The other case of the ASCII letters in `lo`..`hi`, as set ranges."""
    out = []
    for first, last, shift in (("a", "z", -32), ("A", "Z", 32)):
        a = max(lo, first)
        b = min(hi, last)
        if a <= b:
            out.append("%s-%s" % (chr(ord(a) + shift), chr(ord(b) + shift)))
    return out


class _Parser:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.is_bytes = isinstance(pattern, bytes)
        self.src = pattern.decode("latin-1") if self.is_bytes else pattern
        self.i = 0
        self.flags = int(flags)
        self.groups = 1
        self.groupindex = {}
        self.open = []
        self.closes = {}
        self.lookbehind = 0
        self.deferred = None
        # The engine's number of each group: hidden groups of the
        # translation (below) are numbered among them.
        self.engine_of = {0: 0}
        self.engine_n = 1
        # The groups an atom sets when it matches empty, and those of the
        # last sequence and alternation parsed.
        self.last_empty = []
        self.seq_empty = []
        self.alt_empty = None
        # A greedy repeat whose body can match empty ends, in CPython, with
        # one empty iteration (`_sre`'s MAX_UNTIL), which leaves the groups
        # that take part in it empty at the end of the repeat; the engine
        # skips that iteration. So the translation puts an empty hidden
        # group after such a repeat, to find where it ended: pairs of
        # (hidden group, groups to empty there).
        self.empty_tail = []

    def error(self, msg, pos):
        # CPython's tokenizer reads one token ahead, so a lone backslash at
        # the end is reported by any error found after everything before it
        # was read.
        src = self.src
        trailing = len(src) - len(src.rstrip("\\"))
        if trailing % 2 and self.i >= len(src) - 1 and pos < len(src):
            return error("bad escape (end of pattern)", self.pattern, len(src) - 1)
        return error(msg, self.pattern, pos)

    def peek(self, n=0):
        j = self.i + n
        return self.src[j] if j < len(self.src) else ""

    def verbose(self):
        return self.flags & _VERBOSE

    def skip_verbose(self):
        while self.i < len(self.src):
            c = self.src[self.i]
            if c in " \t\n\r\v\f":
                self.i += 1
            elif c == "#":
                while self.i < len(self.src) and self.src[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        text, lo, hi = self.parse_alternation(0)
        if self.i < len(self.src):
            raise self.error("unbalanced parenthesis", self.i)
        if self.deferred is not None:
            raise self.deferred
        return text

    def parse_alternation(self, depth):
        branches = []
        lo = _INF
        hi = 0
        first_nullable = False
        first_empty = []
        while True:
            text, blo, bhi = self.parse_sequence(depth)
            if not branches:
                first_nullable = blo == 0
                first_empty = self.seq_empty
            branches.append(text)
            lo = min(lo, blo)
            hi = max(hi, bhi)
            if self.peek() == "|":
                self.i += 1
                continue
            break
        if len(branches) == 1:
            self.alt_empty = first_empty
        elif first_nullable:
            # An empty first branch is taken as the engine takes it.
            self.alt_empty = None
        else:
            # A later branch matches empty: only the enclosing group is
            # known to be set.
            self.alt_empty = []
        return "|".join(branches), lo, hi

    def parse_sequence(self, depth):
        out = []
        lo = hi = 0
        empty = []
        while True:
            if self.verbose():
                self.skip_verbose()
            c = self.peek()
            if c == "" or c == "|" or c == ")":
                if c == ")" and depth == 0:
                    raise self.error("unbalanced parenthesis", self.i)
                break
            start = self.i
            self.last_empty = []
            atom = self.parse_atom(depth)
            if atom is None:
                continue
            text, alo, ahi, repeatable = atom
            followed = text.startswith("(") and (text[1] != "?" or text[1:3] == "?:")
            item_empty = self.last_empty if followed else []
            if self.verbose():
                self.skip_verbose()
            c = self.peek()
            if c in _REPEAT_CHARS and c:
                quant = self.parse_quantifier()
                if quant is not None:
                    if not repeatable:
                        raise self.error("nothing to repeat", quant[3])
                    qtext, qlo, qhi, _ = quant
                    if ahi == 0 and text.startswith("(?") and text[2] in "=!<":
                        # The engine cannot repeat a lookaround; repeating
                        # one either tries it once or not at all.
                        if qlo == 0:
                            lazy = qtext.endswith("?") and len(qtext) > 1
                            text = "(?:|%s)" % text if lazy else "(?:%s|)" % text
                    else:
                        # Every atom is one unit of the engine's syntax.
                        text = text + qtext
                    lazy = qtext.endswith("?") and len(qtext) > 1
                    if lazy or ahi == 0:
                        item_empty = []
                    elif item_empty and alo == 0 and qhi == _INF:
                        hidden = self.engine_n
                        self.engine_n += 1
                        text += "()"
                        self.empty_tail.append((hidden, list(item_empty)))
                    alo = alo * qlo
                    ahi = 0 if ahi == 0 else ahi * qhi if qhi != _INF else _INF
                    if self.verbose():
                        self.skip_verbose()
                    c = self.peek()
                    if c in "*+?" and c:
                        raise self.error("multiple repeat", self.i)
                    if c == "{" and self.quantifier_ahead():
                        here = self.i
                        self.parse_braces()
                        raise self.error("multiple repeat", here)
            out.append(text)
            empty.extend(item_empty)
            lo += alo
            hi += ahi
        self.seq_empty = empty
        return "".join(out), lo, hi

    def quantifier_ahead(self):
        save = self.i
        try:
            return self.parse_braces() is not None
        finally:
            self.i = save

    def parse_braces(self):
        """`{m,n}` at self.i: (m, n, text) and past it, or None (a literal)."""
        j = self.i + 1
        src = self.src
        m = ""
        while j < len(src) and src[j] in _DIGITS:
            m += src[j]
            j += 1
        n = m
        if j < len(src) and src[j] == ",":
            j += 1
            n = ""
            while j < len(src) and src[j] in _DIGITS:
                n += src[j]
                j += 1
        if j >= len(src) or src[j] != "}":
            return None
        if m == "" and n == "" and src[self.i + 1] != ",":
            return None
        self.i = j + 1
        return m, n

    def parse_quantifier(self):
        start = self.i
        c = self.peek()
        if c == "{":
            braces = self.parse_braces()
            if braces is None:
                return None
            m, n = braces
            lo = int(m) if m else 0
            hi = int(n) if n else _INF
            if lo > _MAXREPEAT or (hi != _INF and hi > _MAXREPEAT):
                raise OverflowError("the repetition number is too large")
            if hi != _INF and hi < lo:
                raise self.error("min repeat greater than max repeat", start + 1)
            if hi == _INF:
                text = "{%d,}" % lo
            else:
                text = "{%d,%d}" % (lo, hi)
        else:
            self.i += 1
            lo, hi = {"*": (0, _INF), "+": (1, _INF), "?": (0, 1)}[c]
            text = c
        if self.peek() == "?":
            self.i += 1
            text += "?"
        elif self.peek() == "+":
            self.i += 1
            text += "+"
        return text, lo, hi, start

    def parse_atom(self, depth):
        """One atom: (text, min width, max width, repeatable), or None for
        something that matches nothing (a comment)."""
        c = self.src[self.i]
        start = self.i
        if c == "(":
            return self.parse_group(depth)
        if c == "[":
            return self.parse_class() + (True,)
        if c in "*+?":
            raise self.error("nothing to repeat", self.i)
        if c == "{" and self.quantifier_ahead():
            self.parse_braces()
            raise self.error("nothing to repeat", start)
        self.i += 1
        if c == ".":
            return ("(?s:.)" if self.flags & _DOTALL else "."), 1, 1, True
        if c == "^":
            return ("(?m:^)" if self.flags & _MULTILINE else r"\A"), 0, 0, False
        if c == "$":
            return ("(?m:$)" if self.flags & _MULTILINE else r"(?=\n?\z)"), 0, 0, False
        if c == "\\":
            return self.parse_escape(start)
        return self.literal(c), 1, 1, True

    def literal(self, c):
        text = _literal(c, self.is_bytes)
        if self.flags & _IGNORECASE and self.flags & _ASCII and not self.is_bytes:
            # Under ASCII, only ASCII letters match case-insensitively (the
            # engine would also fold 'k' with the Kelvin sign).
            if c in _ASCII_LETTERS:
                text = "[%s%s]" % (c.lower(), c.upper())
            text = "(?-i:%s)" % text
        return text

    def folds_ascii_only(self):
        """Whether case-insensitive matching is limited to ASCII letters
        (a str pattern under both IGNORECASE and ASCII)."""
        return (self.flags & _IGNORECASE and self.flags & _ASCII
                and not self.is_bytes)

    def ascii_fold(self, text):
        """A set, spelled with both cases of its ASCII letters, kept from
        the engine's Unicode case folding under ASCII."""
        return "(?-i:%s)" % text if self.folds_ascii_only() else text

    def ascii_classes(self):
        return self.is_bytes or self.flags & _ASCII

    def class_escape(self, c):
        """The body (for inside `[...]`) and whether it is negated, of `\\d`
        and friends."""
        ascii = self.ascii_classes()
        if c in "dD":
            body = "0-9" if ascii else r"\d"
        elif c in "wW":
            body = _AWORD if ascii else _UWORD
        else:
            body = _ASPACE if ascii else _USPACE
        return body, c.isupper()

    def boundary(self, negated):
        word = "[%s]" % (_AWORD if self.ascii_classes() else _UWORD)
        if negated:
            # CPython 3.11's \B does not match in an empty string.
            return r"(?!\A\z)(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))" % (word, word, word, word)
        return r"(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))" % (word, word, word, word)

    def read_hex(self, start, letter, count):
        digits = self.src[self.i:self.i + count]
        if len(digits) < count or any(d not in _HEX for d in digits):
            k = 0
            while k < len(digits) and digits[k] in _HEX:
                k += 1
            self.i += k
            raise self.error("incomplete escape \\%s%s" % (letter, digits[:k]), start)
        self.i += count
        value = int(digits, 16)
        if value > 0x10FFFF:
            raise self.error("bad escape \\%s%s" % (letter, digits), start)
        return chr(value)

    def char_escape(self, start, c, in_class):
        """The character an escape stands for, or None if it is not a
        character escape; self.i is past `c`."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x":
            return self.read_hex(start, "x", 2)
        if c in "uU" and not self.is_bytes:
            return self.read_hex(start, c, 4 if c == "u" else 8)
        if c == "N" and not self.is_bytes:
            if self.peek() != "{":
                raise self.error("missing {", self.i)
            end = self.src.find("}", self.i)
            if end < 0:
                raise self.error("missing }, unterminated name", self.i)
            name = self.src[self.i + 1:end]
            if not name:
                raise self.error("missing character name", self.i + 1)
            try:
                if not all(ch.isalnum() or ch in " -" for ch in name):
                    raise SyntaxError
                value = eval('"\\N{%s}"' % name)
            except SyntaxError:
                raise self.error("undefined character name %r" % name, start) from None
            self.i = end + 1
            return value
        if c == "0" or (in_class and c in _OCT):
            digits = c
            while len(digits) < 3 and self.peek() in _OCT and self.peek():
                digits += self.peek()
                self.i += 1
            value = int(digits, 8)
            if value > 0o377:
                raise self.error(
                    "octal escape value \\%s outside of range 0-0o377" % digits, start)
            return chr(value)
        if in_class and c == "b":
            return "\b"
        return None

    def parse_escape(self, start):
        if self.i >= len(self.src):
            raise self.error("bad escape (end of pattern)", start)
        c = self.src[self.i]
        self.i += 1
        if c in "dDwWsS":
            body, negated = self.class_escape(c)
            return self.ascii_fold("[%s%s]" % ("^" if negated else "", body)), 1, 1, True
        if c == "b" or c == "B":
            if self.is_bytes:
                text = r"\b" if c == "b" else r"(?!\A\z)\B"
            else:
                text = self.boundary(c == "B")
            return text, 0, 0, False
        if c == "A":
            return r"\A", 0, 0, False
        if c == "Z":
            return r"\z", 0, 0, False
        if c in "123456789":
            # Three octal digits are an octal escape; else a group number.
            if (c in _OCT and self.peek() in _OCT and self.peek()
                    and self.peek(1) in _OCT and self.peek(1)):
                digits = c + self.src[self.i:self.i + 2]
                self.i += 2
                value = int(digits, 8)
                if value > 0o377:
                    raise self.error(
                        "octal escape value \\%s outside of range 0-0o377" % digits,
                        start)
                return self.literal(chr(value)), 1, 1, True
            digits = c
            if self.peek() in _DIGITS and self.peek():
                digits += self.peek()
                self.i += 1
            return self.backref(int(digits), start + 1)
        value = self.char_escape(start, c, False)
        if value is not None:
            return self.literal(value), 1, 1, True
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error("bad escape \\%s" % c, start)
        return self.literal(c), 1, 1, True

    def backref(self, group, pos):
        if group >= self.groups:
            raise self.error("invalid group reference %d" % group, pos)
        if group in self.open:
            raise self.error("cannot refer to an open group", pos - 1)
        if self.lookbehind:
            raise error("cannot refer to group defined in the same lookbehind subpattern")
        return "\\%d" % self.engine_of[group], 0, _INF, True

    def parse_class(self):
        start = self.i
        self.i += 1
        negated = False
        if self.peek() == "^":
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.src):
                raise self.error("unterminated character set", start)
            c = self.src[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            lo_item = self.class_item()
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.i += 1
                hi_item = self.class_item()
                if isinstance(lo_item, tuple) or isinstance(hi_item, tuple):
                    end = self.i
                    raise self.error("bad character range %s" % self.src[item_start:end],
                                     item_start)
                if hi_item < lo_item:
                    raise self.error("bad character range %s" % self.src[item_start:self.i],
                                     item_start)
                items.append("%s-%s" % (_literal(lo_item, self.is_bytes),
                                        _literal(hi_item, self.is_bytes)))
                if self.folds_ascii_only():
                    items.extend(_ascii_case_ranges(lo_item, hi_item))
            elif isinstance(lo_item, tuple):
                body, neg = lo_item
                items.append("[^%s]" % body if neg else body)
            else:
                items.append(_literal(lo_item, self.is_bytes))
                if self.folds_ascii_only():
                    items.extend(_ascii_case_ranges(lo_item, lo_item))
        text = "[%s%s]" % ("^" if negated else "", "".join(items))
        return self.ascii_fold(text), 1, 1

    def class_item(self):
        """One member of a set: a character, or (body, negated) for `\\d`
        and friends."""
        if self.i >= len(self.src):
            return ""
        c = self.src[self.i]
        start = self.i
        self.i += 1
        if c != "\\":
            return c
        if self.i >= len(self.src):
            raise self.error("bad escape (end of pattern)", start)
        c = self.src[self.i]
        self.i += 1
        if c in "dDwWsS":
            return self.class_escape(c)
        value = self.char_escape(start, c, True)
        if value is not None:
            return value
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error("bad escape \\%s" % c, start)
        return c

    def group_name(self, terminator):
        """A name up to `terminator`, checked; self.i is past it."""
        start = self.i
        end = self.src.find(terminator, start)
        if end < 0:
            if start >= len(self.src):
                raise self.error("missing group name", start)
            raise self.error("missing %s, unterminated name" % terminator, start)
        name = self.src[start:end]
        if not name:
            raise self.error("missing group name", start)
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, start)
        self.i = end + 1
        return name

    def parse_group(self, depth):
        start = self.i
        self.i += 1
        if self.peek() != "?":
            return self.capture(start, depth, None)
        self.i += 1
        c = self.peek()
        if c == "":
            raise self.error("unexpected end of pattern", self.i)
        if c == "P":
            self.i += 1
            c2 = self.peek()
            if c2 == "<":
                self.i += 1
                name = self.group_name(">")
                return self.capture(start, depth, name)
            if c2 == "=":
                self.i += 1
                name_pos = self.i
                name = self.group_name(")")
                if name not in self.groupindex:
                    raise self.error("unknown group name %r" % name, name_pos)
                group = self.groupindex[name]
                if group in self.open:
                    raise self.error("cannot refer to an open group", name_pos)
                if self.lookbehind:
                    raise error(
                        "cannot refer to group defined in the same lookbehind subpattern")
                return "\\%d" % self.engine_of[group], 0, _INF, True
            if c2 == "":
                raise self.error("unexpected end of pattern", self.i)
            raise self.error("unknown extension ?P" + c2, start + 1)
        if c == "#":
            end = self.src.find(")", self.i)
            if end < 0:
                self.i = len(self.src)
                raise self.error("missing ), unterminated comment", start)
            self.i = end + 1
            return None
        if c == ":":
            self.i += 1
            result = self.finish_group(start, depth, "(?:")
            self.last_empty = self.alt_empty or []
            return result
        if c == ">":
            self.i += 1
            return self.finish_group(start, depth, "(?>")
        if c in "=!":
            self.i += 1
            text, _, _, _ = self.finish_group(start, depth, "(?" + c)
            return text, 0, 0, True
        if c == "<":
            c2 = self.peek(1)
            if c2 in ("=", "!") and c2:
                self.i += 2
                self.lookbehind += 1
                try:
                    text, lo, hi, _ = self.finish_group(start, depth, "(?<" + c2)
                finally:
                    self.lookbehind -= 1
                if lo != hi and self.deferred is None:
                    # CPython checks widths after parsing: a syntax error
                    # later in the pattern is reported first.
                    self.deferred = error("look-behind requires fixed-width pattern")
                return text, 0, 0, True
            if c2 == "":
                raise self.error("unexpected end of pattern", self.i + 1)
            raise self.error("unknown extension ?<" + c2, start + 1)
        if c == "(":
            return self.parse_conditional(start, depth)
        if c in _FLAG_LETTERS or c == "-":
            return self.parse_flags(start, depth)
        raise self.error("unknown extension ?" + c, start + 1)

    def capture(self, start, depth, name):
        group = self.groups
        self.groups += 1
        if name is not None:
            if name in self.groupindex:
                raise self.error(
                    "redefinition of group name %r as group %d; was group %d"
                    % (name, group, self.groupindex[name]), self.i - len(name) - 1)
            self.groupindex[name] = group
        self.open.append(group)
        self.engine_of[group] = self.engine_n
        self.engine_n += 1
        text, lo, hi, _ = self.finish_group(start, depth, "(")
        inner = self.alt_empty
        self.open.remove(group)
        self.closes[group] = self.i
        self.last_empty = [] if inner is None or lo != 0 else [group] + inner
        return text, lo, hi, True

    def finish_group(self, start, depth, opener):
        text, lo, hi = self.parse_alternation(depth + 1)
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1
        return opener + text + ")", lo, hi, True

    def parse_conditional(self, start, depth):
        self.i += 1
        name_pos = self.i
        end = self.src.find(")", self.i)
        if end < 0:
            raise self.error("missing ), unterminated name", name_pos)
        name = self.src[name_pos:end]
        if not name:
            raise self.error("missing group name", name_pos)
        if name.isdigit() and name.isascii():
            group = int(name)
            if group == 0:
                raise self.error("bad group number", name_pos)
            if group >= self.groups:
                raise self.error("invalid group reference %d" % group, name_pos)
        elif name.isidentifier():
            if name not in self.groupindex:
                raise self.error("unknown group name %r" % name, name_pos)
            group = self.groupindex[name]
        else:
            raise self.error("bad character in group name %r" % name, name_pos)
        self.i = end + 1
        yes, ylo, yhi = self.parse_sequence(depth + 1)
        no, nlo, nhi = "", 0, 0
        if self.peek() == "|":
            self.i += 1
            no, nlo, nhi = self.parse_sequence(depth + 1)
            if self.peek() == "|":
                raise self.error("conditional backref with more than two branches",
                                 self.i)
        if self.peek() != ")":
            raise self.error("missing ), unterminated subpattern", start)
        self.i += 1
        return "(?(%d)%s|%s)" % (self.engine_of[group], yes, no), min(ylo, nlo), max(yhi, nhi), True

    def parse_flags(self, start, depth):
        on = 0
        off = 0
        while self.peek() in _FLAG_LETTERS and self.peek():
            c = self.peek()
            flag = _FLAG_LETTERS[c]
            if self.is_bytes and c == "u":
                raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern",
                                 self.i + 1)
            if not self.is_bytes and c == "L":
                raise self.error("bad inline flags: cannot use 'L' flag with a str pattern",
                                 self.i + 1)
            on |= flag
            self.i += 1
        if self.peek() == "-":
            self.i += 1
            if self.peek() == "":
                raise self.error("missing flag", self.i)
            if self.peek() not in _FLAG_LETTERS:
                if self.peek().isalpha():
                    raise self.error("unknown flag", self.i)
                raise self.error("missing flag", self.i)
            while self.peek() in _FLAG_LETTERS and self.peek():
                c = self.peek()
                if c in "auL":
                    raise self.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i + 1)
                off |= _FLAG_LETTERS[c]
                self.i += 1
            if self.peek() != ":":
                if self.peek() == "":
                    raise self.error("missing :", self.i)
                if self.peek().isalpha():
                    raise self.error("unknown flag", self.i)
                raise self.error("missing :", self.i)
        c = self.peek()
        if c == ")" and not off:
            self.i += 1
            if start != 0 and not self.at_start(start):
                raise self.error("global flags not at the start of the expression",
                                 start)
            self.flags |= on
            return None
        if c != ":":
            if c == "":
                raise self.error("missing -, : or )", self.i)
            if c.isalpha():
                raise self.error("unknown flag", self.i)
            raise self.error("missing -, : or )", self.i)
        self.i += 1
        saved = self.flags
        self.flags = (self.flags | on) & ~off
        try:
            text, lo, hi, _ = self.finish_group(start, depth, "(?:")
        finally:
            self.flags = saved
        if (on | off) & _IGNORECASE:
            text = "(?%si:%s)" % ("-" if off & _IGNORECASE else "", text)
        return text, lo, hi, True

    def at_start(self, start):
        """Whether only global flag groups come before `start`."""
        j = 0
        while j < start:
            if self.src.startswith("(?", j):
                k = j + 2
                while k < len(self.src) and self.src[k] in _FLAG_LETTERS:
                    k += 1
                if k < len(self.src) and self.src[k] == ")" and k > j + 2:
                    j = k + 1
                    continue
            return False
        return True


# --- Pattern and Match ---------------------------------------------------


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & _LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & _ASCII and flags & _UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not flags & _ASCII:
            flags |= _UNICODE
    else:
        if flags & _UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & _LOCALE and flags & _ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


class Pattern:
    """A compiled regular expression."""

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _setup(self, pattern, flags):
        parser = _Parser(pattern, flags)
        translated = parser.parse()
        flags = _check_flags(pattern, int(parser.flags))
        prefix = "(?i)" if flags & _IGNORECASE else ""
        try:
            engine = _compile(prefix + translated, isinstance(pattern, bytes))
        except ValueError as e:
            raise error("pattern not supported by the matching engine: %s" % e) from None
        self._engine = engine
        self._pattern = pattern
        self._flags = int(flags)
        self._groups = parser.groups - 1
        self._groupindex = dict(parser.groupindex)
        self._closes = parser.closes
        self._names = {v: k for k, v in parser.groupindex.items()}
        self._empty_tail = parser.empty_tail
        self._engine_of = [parser.engine_of[g] for g in range(parser.groups)]

    def _fix(self, spans):
        """The engine's spans as CPython reports them: without the hidden
        groups, and with the groups of a repeat's last, empty iteration
        (see `_Parser.empty_tail`)."""
        if not self._empty_tail:
            return spans
        spans = list(spans)
        for hidden, groups in self._empty_tail:
            end = spans[2 * hidden + 1]
            if end >= 0:
                for g in groups:
                    e = self._engine_of[g]
                    spans[2 * e] = spans[2 * e + 1] = end
        out = []
        for e in self._engine_of:
            out.append(spans[2 * e])
            out.append(spans[2 * e + 1])
        return tuple(out)

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _mappingproxy(dict(self._groupindex))

    def __repr__(self):
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~_UNICODE
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _subject(self, string):
        if isinstance(self._pattern, str):
            if isinstance(string, str):
                return str(string) if type(string) is not str else string
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            if isinstance(string, (bytes, bytearray, memoryview)):
                return bytes(string)
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)

    def _bounds(self, subject, pos, endpos):
        n = len(subject)
        pos = _index(pos)
        endpos = _index(endpos)
        if pos < 0:
            pos = 0
        if pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        if endpos > n:
            endpos = n
        return pos, endpos

    def _run(self, string, pos, endpos, mode):
        subject = self._subject(string)
        pos, endpos = self._bounds(subject, pos, endpos)
        if pos > endpos:
            return None
        spans = _search(self._engine, subject, pos, endpos, mode)
        if spans is None:
            return None
        return _new_match(self, string, subject, pos, endpos, self._fix(spans))

    def search(self, string, pos=0, endpos=_sys.maxsize):
        """The first match anywhere in the string, or None."""
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        """A match at the start of the string, or None."""
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        """A match of the whole string, or None."""
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_sys.maxsize, limit=0):
        subject = self._subject(string)
        pos, endpos = self._bounds(subject, pos, endpos)
        if pos > endpos:
            return subject, []
        found = _scan(self._engine, subject, pos, endpos, limit)
        if self._empty_tail:
            found = [self._fix(spans) for spans in found]
        return subject, found

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        """An iterator over the matches, left to right."""
        subject, found = self._scan(string, pos, endpos)
        pos, endpos = self._bounds(subject, pos, endpos)
        return iter([_new_match(self, string, subject, pos, endpos, s) for s in found])

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        """The matches as a list: the whole match, the one group, or a tuple
        of the groups."""
        subject, found = self._scan(string, pos, endpos)
        empty = subject[:0]
        out = []
        for spans in found:
            if self._groups == 0:
                out.append(subject[spans[0]:spans[1]])
            else:
                values = []
                for g in range(1, self._groups + 1):
                    a = spans[2 * g]
                    values.append(empty if a < 0 else subject[a:spans[2 * g + 1]])
                out.append(values[0] if self._groups == 1 else tuple(values))
        return out

    def split(self, string, maxsplit=0):
        """The string cut at the matches (with the groups' text between)."""
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            return [self._subject(string)]
        subject, found = self._scan(string, 0, _sys.maxsize, maxsplit)
        out = []
        last = 0
        for spans in found:
            out.append(subject[last:spans[0]])
            for g in range(1, self._groups + 1):
                a = spans[2 * g]
                out.append(None if a < 0 else subject[a:spans[2 * g + 1]])
            last = spans[1]
        out.append(subject[last:])
        return out

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        count = _index(count)
        if count < 0:
            return self._subject(string), 0
        if callable(repl):
            template = None
        else:
            template = _Template(self, repl)
        subject, found = self._scan(string, 0, _sys.maxsize, count)
        parts = []
        last = 0
        for spans in found:
            if spans[0] > last:
                parts.append(subject[last:spans[0]])
            if template is None:
                m = _new_match(self, string, subject, 0, len(subject), spans)
                piece = repl(m)
            else:
                piece = template.expand(subject, spans)
            if not (piece is None or (isinstance(piece, (str, bytes)) and not piece)):
                parts.append(piece)
            last = spans[1]
        if last < len(subject):
            parts.append(subject[last:])
        return _join(subject[:0], parts), len(found)

    def sub(self, repl, string, count=0):
        """The string with the matches replaced by `repl`."""
        return self.subn(repl, string, count)[0]


def _join(empty, parts):
    """`empty.join(parts)`, with CPython's message for a piece of the
    wrong kind."""
    if isinstance(empty, str):
        for i, part in enumerate(parts):
            if not isinstance(part, str):
                raise TypeError("sequence item %d: expected str instance, %s found"
                                % (i, type(part).__name__))
        return "".join(parts)
    for i, part in enumerate(parts):
        if not isinstance(part, (bytes, bytearray, memoryview)):
            raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                            % (i, type(part).__name__))
    return b"".join(parts)


class _Template:
    """A replacement template: literal text and group references."""

    def __init__(self, pattern, template):
        # A template of the other kind parses, and fails only when its text
        # meets the subject's in the join, as in CPython.
        if isinstance(template, str):
            is_bytes = False
            text = template
        elif isinstance(template, (bytes, bytearray, memoryview)):
            is_bytes = True
            text = bytes(template).decode("latin-1")
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(template).__name__)
        self.is_bytes = is_bytes
        self.items = []
        literal = []
        i = 0
        n = len(text)

        trailing = len(text) - len(text.rstrip("\\"))

        def fail(msg, pos):
            # As in patterns: a lone backslash at the end is found first
            # by an error raised after all before it was read.
            if trailing % 2 and i >= n - 1 and pos < n:
                raise error("bad escape (end of pattern)", template, n - 1)
            raise error(msg, template, pos)

        while i < n:
            c = text[i]
            if c != "\\":
                literal.append(c)
                i += 1
                continue
            start = i
            i += 1
            if i >= n:
                fail("bad escape (end of pattern)", start)
            c = text[i]
            i += 1
            group = None
            if c == "g":
                if i >= n or text[i] != "<":
                    fail("missing <", i)
                end = text.find(">", i + 1)
                if end < 0:
                    name_pos = i + 1
                    i = n
                    if name_pos >= n:
                        fail("missing group name", name_pos)
                    fail("missing >, unterminated name", name_pos)
                name = text[i + 1:end]
                name_pos = i + 1
                i = end + 1
                if not name:
                    fail("missing group name", name_pos)
                if name.isdigit() and name.isascii():
                    group = int(name)
                    if group > pattern._groups:
                        fail("invalid group reference %d" % group, name_pos)
                elif name.isidentifier():
                    if name not in pattern._groupindex:
                        raise IndexError("unknown group name %r" % name)
                    group = pattern._groupindex[name]
                else:
                    fail("bad character in group name %r" % name, name_pos)
            elif c == "0":
                digits = c
                while len(digits) < 3 and i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
                literal.append(chr(int(digits, 8)))
            elif c in _DIGITS:
                digits = c
                if i < n and text[i] in _DIGITS:
                    if (c in _OCT and text[i] in _OCT and i + 1 < n
                            and text[i + 1] in _OCT):
                        digits += text[i:i + 2]
                        i += 2
                        value = int(digits, 8)
                        if value > 0o377:
                            fail("octal escape value \\%s outside of range 0-0o377"
                                 % digits, start)
                        literal.append(chr(value))
                        continue
                    digits += text[i]
                    i += 1
                group = int(digits)
                if group > pattern._groups:
                    fail("invalid group reference %d" % group, start + 1)
            elif c in _SIMPLE_ESCAPES:
                literal.append(_SIMPLE_ESCAPES[c])
            elif c in _ASCII_LETTERS:
                fail("bad escape \\%s" % c, start)
            else:
                literal.append("\\" + c)
            if group is not None:
                if literal:
                    self.items.append(self.convert("".join(literal)))
                    literal = []
                self.items.append(group)
        if literal:
            self.items.append(self.convert("".join(literal)))

    def convert(self, text):
        return text.encode("latin-1") if self.is_bytes else text

    def expand(self, subject, spans):
        if len(self.items) == 1 and not isinstance(self.items[0], int):
            return self.items[0]
        parts = []
        for item in self.items:
            if isinstance(item, int):
                a = spans[2 * item]
                if a >= 0:
                    parts.append(subject[a:spans[2 * item + 1]])
            else:
                parts.append(item)
        return subject[:0].join(parts)


def _new_match(pattern, string, subject, pos, endpos, spans):
    m = object.__new__(Match)
    m._setup(pattern, string, subject, pos, endpos, spans)
    return m


class Match:
    """The result of a successful match."""

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _setup(self, pattern, string, subject, pos, endpos, spans):
        self._re = pattern
        self._string = string
        self._subject = subject
        self._pos = pos
        self._endpos = endpos
        self._spans = spans

    @property
    def re(self):
        return self._re

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def regs(self):
        s = self._spans
        return tuple((s[2 * g], s[2 * g + 1]) for g in range(self._re._groups + 1))

    @property
    def lastindex(self):
        best = None
        best_key = None
        for g in range(1, self._re._groups + 1):
            a = self._spans[2 * g]
            if a < 0:
                continue
            key = (self._spans[2 * g + 1], self._re._closes.get(g, 0))
            if best_key is None or key > best_key:
                best, best_key = g, key
        return best

    @property
    def lastgroup(self):
        g = self.lastindex
        if g is None:
            return None
        return self._re._names.get(g)

    def _group_number(self, g):
        if isinstance(g, str):
            if g in self._re._groupindex:
                return self._re._groupindex[g]
            raise IndexError("no such group")
        try:
            n = _index(g)
        except TypeError:
            raise IndexError("no such group") from None
        if 0 <= n <= self._re._groups:
            return n
        raise IndexError("no such group")

    def _value(self, g, default=None):
        n = self._group_number(g)
        a = self._spans[2 * n]
        if a < 0:
            return default
        return self._subject[a:self._spans[2 * n + 1]]

    def group(self, *groups):
        """One group's text (the whole match by default), or a tuple of
        several."""
        if not groups:
            return self._value(0)
        if len(groups) == 1:
            return self._value(groups[0])
        return tuple(self._value(g) for g in groups)

    def __getitem__(self, g):
        return self._value(g)

    def groups(self, default=None):
        """The text of every group, `default` for those that did not match."""
        return tuple(self._value(g, default) for g in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        """The named groups' text by name."""
        return {name: self._value(n, default) for name, n in self._re._groupindex.items()}

    def start(self, group=0):
        """Where the group starts, or -1."""
        return self._spans[2 * self._group_number(group)]

    def end(self, group=0):
        """Where the group ends, or -1."""
        return self._spans[2 * self._group_number(group) + 1]

    def span(self, group=0):
        """(start, end) of the group."""
        n = self._group_number(group)
        return self._spans[2 * n], self._spans[2 * n + 1]

    def expand(self, template):
        """The template with its group references filled in."""
        return _Template(self._re, template).expand(self._subject, self._spans)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self._value(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# --- Module functions ----------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile_cached(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = object.__new__(Pattern)
        compiled._setup(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile_cached(pattern, flags)


def search(pattern, string, flags=0):
    """Scan through string looking for a match, returning a Match or None."""
    return _compile_cached(pattern, flags).search(string)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile_cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile_cached(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile_cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches in the string."""
    return _compile_cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over all non-overlapping matches in the string."""
    return _compile_cached(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the leftmost non-overlapping matches replaced."""
    return _compile_cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of substitutions made)."""
    return _compile_cached(pattern, flags).subn(repl, string, count)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_ESCAPED = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape the special characters of a string or bytes."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _ESCAPED else c for c in pattern)
    if not isinstance(pattern, (bytes, bytearray, memoryview)):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(pattern).__name__)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _ESCAPED else c for c in text).encode("latin-1")
