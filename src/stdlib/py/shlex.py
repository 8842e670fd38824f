# shlex: a lexical analyser for shell-like syntax.
#
# The lexer reads one character at a time and moves between states: ' '
# between tokens, 'a' inside a word, 'c' inside a run of punctuation
# characters, a quote character inside that quote, and an escape
# character right after an escape.  In POSIX mode quotes and escapes are
# removed from the tokens; otherwise quoted tokens keep their quotes.

import io as _io
import sys as _sys
from collections import deque as _deque

__all__ = ['shlex', 'split', 'quote', 'join']

_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


_DEFAULTS = (
    ('commenters', '#'),
    ('whitespace', ' \t\r\n'),
    ('whitespace_split', False),
    ('quotes', '\'"'),
    ('escape', '\\'),
    ('escapedquotes', '"'),
    ('state', ' '),
    ('lineno', 1),
    ('debug', 0),
    ('token', ''),
    ('source', None),
)


class shlex:

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _io.StringIO(instream)
        if instream is None:
            instream, infile = _sys.stdin, None
        self.instream, self.infile = instream, infile
        self.posix = posix
        # The end-of-input token: None in POSIX mode, '' otherwise.
        self.eof = None if posix else ''
        for name, value in _DEFAULTS:
            setattr(self, name, value)
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.pushback = _deque()
        self.filestack = _deque()
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        if self._punctuation_chars:
            self._pushback_chars = _deque()
            # Characters that may appear in file names join words, unless
            # they were made punctuation.
            self.wordchars = ''.join(
                c for c in self.wordchars + '~-./*?='
                if c not in self._punctuation_chars)

    punctuation_chars = property(lambda self: self._punctuation_chars)

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = _io.StringIO(newstream)
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            ch = self._pushback_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        escaped_state = ' '
        posix = self.posix
        while True:
            ch = self._next_char()
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    escaped_state = 'a'
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = 'a'
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = 'c'
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = 'a'
                else:
                    self.token = ch
                    if self.token or (posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError('No closing quotation')
                if ch == state:
                    if not posix:
                        self.token += ch
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and ch in self.escape and state in self.escapedquotes:
                    escaped_state = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError('No escaped character')
                # Inside quotes an escape only escapes the quote itself or
                # another escape; otherwise it stays in the token.
                if (escaped_state in self.quotes and ch != state and
                        ch != escaped_state):
                    self.token += state
                self.token += ch
                self.state = escaped_state
            elif state in ('a', 'c'):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = ' '
                        if self.token or (posix and quoted):
                            break
                elif state == 'c':
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = ' '
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    escaped_state = 'a'
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes or
                      (self.whitespace_split and
                       ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        return result

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok != self.eof:
            return tok
        raise StopIteration


def split(s, comments=False, posix=True):
    """Split `s` into shell-like words (POSIX rules unless posix=False)."""
    if s is None:
        raise ValueError('s argument must not be None')
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = '#' if comments else ''
    return list(lexer)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """`s` as one shell word: unchanged when it needs no quoting."""
    if not s:
        return "''"
    if isinstance(s, (bytes, bytearray)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    if not isinstance(s, str):
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(s).__name__)
    if all(c in _SAFE for c in s):
        return s
    # Close the single quotes, add a double-quoted single quote, reopen.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The words of `split_command` quoted and joined by spaces."""
    return ' '.join(quote(arg) for arg in split_command)
