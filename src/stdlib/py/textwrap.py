# The textwrap module: TextWrapper, wrap, fill, shorten, dedent and indent,
# matching CPython 3.11 output. CPython cuts text into chunks with regular
# expressions; pyasync has no `re`, so the chunking below is a hand-written
# scanner that accepts the same chunks.

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these characters separate words and are replaced by spaces; other
# Unicode spaces (NBSP, em space) belong to the word they touch.
_BLANKS = "\t\n\x0b\x0c\r "

# Characters after which a run of two or more hyphens counts as an em-dash.
_DASH_LEAD = "!\"'&.,?"


def _is_wordchar(c):
    # The `\w` class of `re`: letters, digits of any kind, and underscore.
    return c.isalnum() or c == "_"


def _is_letter(c):
    # `\w` without decimal digits (so underscore counts as a letter).
    return _is_wordchar(c) and not c.isdecimal()


def _char(text, i):
    """text[i], or "" past either end, so look-arounds need no bounds checks."""
    if 0 <= i < len(text):
        return text[i]
    return ""


def _emdash_end(text, i):
    """If an em-dash ("--", "---", ...) between words starts at i, where it
    ends; otherwise None. It must follow a word or closing punctuation and
    be followed by a word character."""
    before = _char(text, i - 1)
    if not before or not (_is_wordchar(before) or before in _DASH_LEAD):
        return None
    j = i
    while _char(text, j) == "-":
        j += 1
    if j - i < 2:
        return None
    after = _char(text, j)
    if after and _is_wordchar(after):
        return j
    return None


def _breaks_after_hyphen(text, j):
    """Whether a word may be broken after the hyphen at text[j]: it needs two
    letters before it (or letter-hyphen-letter, as in the "b" of "a-b-cd")
    and two letters after it, possibly with one hyphen between them."""
    if text[j] != "-":
        return False
    c1, c2 = _char(text, j - 1), _char(text, j - 2)
    if not (c1 and _is_letter(c1)):
        return False
    two_letters = c2 and _is_letter(c2)
    letter_dash_letter = c2 == "-" and _char(text, j - 3) and _is_letter(_char(text, j - 3))
    if not (two_letters or letter_dash_letter):
        return False
    n1, n2 = _char(text, j + 1), _char(text, j + 2)
    if not (n1 and _is_letter(n1)):
        return False
    if n2 and _is_letter(n2):
        return True
    n3 = _char(text, j + 3)
    return n2 == "-" and bool(n3) and _is_letter(n3)


def _word_end(text, start):
    """The end of the word chunk starting at `start`: the first place where
    the word ends, is broken after a hyphen, or meets an em-dash."""
    j = start + 1
    while True:
        if j < len(text) and _breaks_after_hyphen(text, j):
            return j + 1
        if j >= len(text) or text[j] in _BLANKS:
            return j
        if _emdash_end(text, j) is not None:
            return j
        j += 1


def _as_spaces(text):
    """`text` with every separator character made a space."""
    for blank in _BLANKS[:-1]:
        text = text.replace(blank, " ")
    return text


def _runs(text):
    """`text` cut into alternating runs of separators and of other
    characters. (str.split does the scanning; the loop only tracks where
    each piece starts.)"""
    runs = []
    pos = 0  # where the next piece starts
    blank_from = 0  # where the separators before it start
    for piece in _as_spaces(text).split(" "):
        if piece:
            if blank_from < pos:
                runs.append(text[blank_from:pos])
            runs.append(text[pos:pos + len(piece)])
            pos += len(piece)
            blank_from = pos
        pos += 1
    if blank_from < len(text):
        runs.append(text[blank_from:])
    return runs


def _split_word(word, chunks):
    """Append the chunks of a run without separators: pieces after hyphens
    that may break, and em-dashes. Separators around the run are neither
    letters nor punctuation, so the run can be scanned on its own."""
    i = 0
    while i < len(word):
        end = _emdash_end(word, i)
        if end is None:
            end = _word_end(word, i)
        chunks.append(word[i:end])
        i = end


def _chunks_with_hyphens(text):
    chunks = []
    for run in _runs(text):
        if "-" in run:
            _split_word(run, chunks)
        else:
            chunks.append(run)
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then ".", "!" or "?", then maybe a quote.
    if chunk[-1:] in ("'", '"'):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in ".!?"
            and "a" <= chunk[-2] <= "z")


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        # Each option becomes a public attribute of the same name; callers
        # may change them between calls to wrap() and fill().
        for name, value in locals().items():
            if name != "self":
                setattr(self, name, value)

    def _prepare(self, text):
        """Tabs expanded, then each separator character made a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = _as_spaces(text)
        return text

    def _chunks(self, text):
        text = self._prepare(text)
        if self.break_on_hyphens:
            chunks = _chunks_with_hyphens(text)
        else:
            chunks = _runs(text)
        if self.fix_sentence_endings:
            # Only a single space after a sentence becomes two.
            i = 0
            while i < len(chunks) - 1:
                if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                    chunks[i + 1] = "  "
                    i += 2
                else:
                    i += 1
        return chunks

    def _long_word_head(self, chunk, room_left):
        """How much of an over-long chunk starts the current line: all the
        room left, or up to the last hyphen that fits (unless only hyphens
        come before it)."""
        end = room_left
        if self.break_on_hyphens and len(chunk) > room_left:
            hyphen = chunk.rfind("-", 0, room_left)
            if hyphen > 0 and chunk[:hyphen].strip("-"):
                end = hyphen + 1
        return end

    def _lay_out(self, chunks):
        width = self.width
        if width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (width,))
        if self.max_lines is not None:
            # The placeholder must fit on the last line even with no words.
            if self.max_lines > 1:
                last_indent = self.subsequent_indent
            else:
                last_indent = self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > width:
                raise ValueError("placeholder too large for max width")

        lines = []
        pos = 0  # chunks[pos:] are still to be placed
        while pos < len(chunks):
            indent = self.subsequent_indent if lines else self.initial_indent
            room = width - len(indent)
            if self.drop_whitespace and lines and chunks[pos].strip() == "":
                pos += 1  # no line but the first starts with whitespace

            line = []
            used = 0
            while pos < len(chunks) and used + len(chunks[pos]) <= room:
                line.append(chunks[pos])
                used += len(chunks[pos])
                pos += 1

            if pos < len(chunks) and len(chunks[pos]) > room:
                # A chunk longer than a whole line: split it, or give it a
                # line of its own when words may not be broken.
                chunk = chunks[pos]
                if self.break_long_words:
                    room_left = room - used if room >= 1 else 1
                    end = self._long_word_head(chunk, room_left)
                    line.append(chunk[:end])
                    chunks[pos] = chunk[end:]
                elif not line:
                    line.append(chunk)
                    pos += 1
                used = sum(len(c) for c in line)

            if self.drop_whitespace and line and line[-1].strip() == "":
                used -= len(line.pop())
            if not line:
                continue

            rest_is_blank = pos == len(chunks) or (
                self.drop_whitespace and pos == len(chunks) - 1
                and not chunks[pos].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and used <= room)):
                lines.append(indent + "".join(line))
                continue

            # The last line allowed, with text left over: drop words until
            # the placeholder fits after a non-blank one.
            placeholder = self.placeholder
            while line:
                if line[-1].strip() and used + len(placeholder) <= room:
                    lines.append(indent + "".join(line) + placeholder)
                    break
                used -= len(line.pop())
            else:
                # Nothing on this line can stay: end the previous line with
                # the placeholder if the full width allows, else put it alone.
                if lines and len(lines[-1].rstrip()) + len(placeholder) <= self.width:
                    lines[-1] = lines[-1].rstrip() + placeholder
                else:
                    lines.append(indent + placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        """The lines of `text` wrapped, without final newlines."""
        return self._lay_out(self._chunks(text))

    def fill(self, text):
        """`text` wrapped, as one string of newline-separated lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of `text` and fit it on one line."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(
        " ".join(text.strip().split()))


def _leading_blanks(line):
    """The run of spaces and tabs that starts `line`."""
    n = 0
    while n < len(line) and line[n] in " \t":
        n += 1
    return line[:n]


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines.

    Lines holding only spaces and tabs come out empty; a tab and a space are
    different characters, so "\\t" and "    " have no common prefix."""
    if not isinstance(text, str):
        # CPython's dedent is built on `re`; these are its errors.
        if isinstance(text, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(text).__name__)
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            lines[i] = ""
            continue
        if margin is None:
            margin = lead
        else:
            common = 0
            while common < min(len(margin), len(lead)) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Put `prefix` before the lines of `text` that `predicate` accepts; by
    default, the lines that are not only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
