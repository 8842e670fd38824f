//! Python tokenizer: a logos raw lexer wrapped by a struct that produces
//! NEWLINE / INDENT / DEDENT like CPython's tokenizer.

use std::collections::VecDeque;
use std::rc::Rc;

use logos::Logos;
use num_bigint::BigInt;

use super::token::{FStrBody, IntLit, StrTok, Tok};
use super::SyntaxErrorKind;
use crate::text::unicode;
use unicode_normalization::UnicodeNormalization;

/// CPython's MAXLEVEL: maximum bracket nesting.
pub const MAX_BRACKETS: usize = 200;
/// CPython's MAXINDENT (the indent stack may hold 99 levels above column 0).
pub const MAX_INDENT: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
    /// CPython's 1-based offset when it is not simply the column of `start`.
    pub offset: Option<usize>,
    /// A tokenizer error CPython raises directly (it wins over later parser
    /// errors found earlier in the file); indentation and EOF errors are not hard.
    pub hard: bool,
    /// EOF inside brackets: the parser maps this to "'(' was never closed".
    pub eof_in_brackets: bool,
}

impl LexError {
    fn hard(msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
            offset: None,
            hard: true,
            eof_in_brackets: false,
        }
    }
    fn soft(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: usize,
        offset: Option<usize>,
    ) -> LexError {
        LexError {
            kind,
            msg: msg.into(),
            start,
            end: start,
            offset,
            hard: false,
            eof_in_brackets: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawErr {
    #[default]
    Unknown,
    Err(Box<LexError>),
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = RawErr)]
enum Raw {
    #[regex(r"[ \t\x0c]+")]
    Ws,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"\\(\r\n|\n|\r)")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", name_ascii)]
    #[regex(r"[^\x00-\x7F]", name_unicode)]
    Name(Rc<str>),
    #[regex(r"[0-9]|\.[0-9]", number)]
    Number(Tok),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, string)]
    Str(StrTok),
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("/", |_| Tok::Slash)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("%", |_| Tok::Percent)]
    #[token("@", |_| Tok::At)]
    #[token("<<", |_| Tok::LShift)]
    #[token(">>", |_| Tok::RShift)]
    #[token("&", |_| Tok::Amper)]
    #[token("|", |_| Tok::Vbar)]
    #[token("^", |_| Tok::Circumflex)]
    #[token("~", |_| Tok::Tilde)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token("(", |_| Tok::Lpar)]
    #[token(")", |_| Tok::Rpar)]
    #[token("[", |_| Tok::Lsqb)]
    #[token("]", |_| Tok::Rsqb)]
    #[token("{", |_| Tok::Lbrace)]
    #[token("}", |_| Tok::Rbrace)]
    #[token(",", |_| Tok::Comma)]
    #[token(":", |_| Tok::Colon)]
    #[token(".", |_| Tok::Dot)]
    #[token(";", |_| Tok::Semi)]
    #[token("=", |_| Tok::Equal)]
    #[token("->", |_| Tok::Rarrow)]
    #[token(":=", |_| Tok::ColonEqual)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinusEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VbarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token("<<=", |_| Tok::LShiftEqual)]
    #[token(">>=", |_| Tok::RShiftEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    Op(Tok),
}

fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// Characters the tokenizer takes into a name before checking it: ASCII
/// letters, digits and `_`, and every non-ASCII character (CPython's
/// tokenizer does the same, then `verify_identifier` checks the name).
fn is_name_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || !c.is_ascii()
}

fn name_ascii(lex: &mut logos::Lexer<Raw>) -> Result<Rc<str>, RawErr> {
    if lex.remainder().starts_with(|c: char| !c.is_ascii()) {
        return name_unicode(lex);
    }
    Ok(Rc::from(lex.slice()))
}

/// A name with non-ASCII characters: every character must be XID_Start
/// (the first) or XID_Continue (the rest), and the name is NFKC-normalised,
/// so `ﬁ` and `fi` are one name (PEP 3131).
fn name_unicode(lex: &mut logos::Lexer<Raw>) -> Result<Rc<str>, RawErr> {
    let more: usize = lex
        .remainder()
        .chars()
        .take_while(|&c| is_name_char(c))
        .map(|c| c.len_utf8())
        .sum();
    lex.bump(more);
    let start = lex.span().start;
    let text = lex.slice();
    for (i, c) in text.char_indices() {
        let valid = if i == 0 {
            unicode::is_xid_start(c)
        } else {
            unicode::is_xid_continue(c)
        };
        if !valid {
            let msg = if unicode::is_printable(c) {
                format!("invalid character '{}' (U+{:04X})", c, c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            let at = start + i;
            return Err(RawErr::Err(Box::new(LexError::hard(
                msg,
                at,
                at + c.len_utf8(),
            ))));
        }
    }
    Ok(Rc::from(text.nfkc().collect::<String>()))
}

fn number(lex: &mut logos::Lexer<Raw>) -> Result<Tok, RawErr> {
    let start = lex.span().start;
    let text = &lex.source()[start..];
    match scan_number(text) {
        Ok((len, tok)) => {
            let already = lex.span().len();
            lex.bump(len - already);
            Ok(tok)
        }
        Err((msg, at, end)) => Err(RawErr::Err(Box::new(LexError::hard(
            msg,
            start + at,
            start + end,
        )))),
    }
}

type NumErr = (String, usize, usize);

/// Scan a number at the start of `s`; returns its byte length and token.
pub fn scan_number(s: &str) -> Result<(usize, Tok), NumErr> {
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let err = |m: &str, p: usize| Err((m.to_string(), p, p + 1));
    // radix prefixes
    if at(0) == b'0' && matches!(at(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, name) = match at(1) | 0x20 {
            b'x' => (16, "hexadecimal"),
            b'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        i = 2;
        let mut digits = String::new();
        loop {
            let c = at(i);
            if c == b'_' {
                i += 1;
            }
            let c = at(i);
            if (c as char).is_digit(radix) {
                digits.push(c as char);
                i += 1;
            } else if c.is_ascii_digit() {
                return err(
                    &format!("invalid digit '{}' in {} literal", c as char, name),
                    i,
                );
            } else if digits.is_empty() || at(i - 1) == b'_' {
                return err(&format!("invalid {} literal", name), i - 1);
            } else {
                break;
            }
        }
        if is_id_continue(s[i..].chars().next().unwrap_or(' ')) {
            return err(&format!("invalid {} literal", name), i);
        }
        let v = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap();
        return Ok((i, int_tok(v)));
    }
    let digits = |i: &mut usize, out: &mut String| -> Result<(), NumErr> {
        loop {
            let c = at(*i);
            if c.is_ascii_digit() {
                out.push(c as char);
                *i += 1;
            } else if c == b'_' && at(*i + 1).is_ascii_digit() && !out.is_empty() {
                *i += 1;
            } else if c == b'_' {
                return Err(("invalid decimal literal".to_string(), *i, *i + 1));
            } else {
                return Ok(());
            }
        }
    };
    let mut text = String::new();
    digits(&mut i, &mut text)?;
    let mut is_float = false;
    if at(i) == b'.' {
        is_float = true;
        text.push('.');
        i += 1;
        if at(i).is_ascii_digit() {
            digits(&mut i, &mut text)?;
        } else if at(i) == b'_' {
            return err("invalid decimal literal", i);
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let save = i;
        let mut j = i + 1;
        if matches!(at(j), b'+' | b'-') {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            is_float = true;
            text.push('e');
            if at(i + 1) == b'-' {
                text.push('-');
            }
            i = j;
            digits(&mut i, &mut text)?;
        } else {
            let _ = save;
            return err("invalid decimal literal", 0);
        }
    }
    let imaginary = matches!(at(i), b'j' | b'J');
    if imaginary {
        i += 1;
    }
    // verify end of number (keywords directly after are tolerated, as CPython does)
    let rest = &s[i..];
    if rest.chars().next().is_some_and(is_id_continue) {
        let ok = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| rest.starts_with(k));
        if !ok {
            if imaginary {
                // At the `j`, as CPython's tokenizer reports it.
                return err("invalid imaginary literal", i - 1);
            }
            return err("invalid decimal literal", 0);
        }
    }
    if imaginary {
        return Ok((i, Tok::Imag(text.parse().unwrap_or(f64::INFINITY))));
    }
    if is_float {
        let v: f64 = text.parse().unwrap_or(f64::INFINITY);
        return Ok((i, Tok::Float(v)));
    }
    if text.len() > 1 && text.starts_with('0') && text.bytes().any(|c| c != b'0') {
        return Err((
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".to_string(),
            0,
            i,
        ));
    }
    if let Ok(v) = text.parse::<i64>() {
        return Ok((i, Tok::Int(IntLit::Small(v))));
    }
    Ok((
        i,
        int_tok(BigInt::parse_bytes(text.as_bytes(), 10).unwrap()),
    ))
}

fn int_tok(v: BigInt) -> Tok {
    match i64::try_from(&v) {
        Ok(small) => Tok::Int(IntLit::Small(small)),
        Err(_) => Tok::Int(IntLit::Big(Rc::new(v))),
    }
}

fn line_of(src: &str, pos: usize) -> usize {
    src.as_bytes()[..pos.min(src.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        + 1
}

fn string(lex: &mut logos::Lexer<Raw>) -> Result<StrTok, RawErr> {
    let start = lex.span().start;
    let slice = lex.slice();
    let quote = slice.as_bytes()[slice.len() - 1];
    let prefix = slice[..slice.len() - 1].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let is_bytes = prefix.contains('b');
    let is_f = prefix.contains('f');
    let src = lex.source();
    let rem = lex.remainder().as_bytes();
    let triple = rem.len() >= 2 && rem[0] == quote && rem[1] == quote;
    let body_start = lex.span().end + if triple { 2 } else { 0 };
    let bytes = src.as_bytes();
    let mut i = body_start;
    let body_end;
    loop {
        if i >= bytes.len() {
            let detected = if src.is_empty() {
                1
            } else {
                line_of(src, src.len() - 1)
            };
            return Err(unterminated(triple, start, detected));
        }
        let c = bytes[i];
        if c == b'\\' {
            i += if i + 1 < bytes.len() && bytes[i + 1] == b'\r' && bytes.get(i + 2) == Some(&b'\n')
            {
                3
            } else {
                2
            };
            continue;
        }
        if !triple && (c == b'\n' || c == b'\r') {
            return Err(unterminated(false, start, line_of(src, i)));
        }
        if c == quote {
            if !triple {
                body_end = i;
                i += 1;
                break;
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                body_end = i;
                i += 3;
                break;
            }
        }
        i += 1;
    }
    lex.bump(i - lex.span().end);
    if is_f {
        return Ok(StrTok {
            value: Rc::from(""),
            is_bytes: false,
            fstring: Some(FStrBody {
                start: body_start,
                end: body_end,
                raw,
                token_end: i,
            }),
        });
    }
    let body = &src[body_start..body_end];
    if is_bytes && !body.is_ascii() {
        return Err(RawErr::Err(Box::new(LexError::hard(
            "bytes can only contain ASCII literal characters",
            start,
            i,
        ))));
    }
    // A bytes literal's value holds one char per byte (its Latin-1 reading);
    // `syntax::Parser::strings` turns it into the bytes.
    let value = if raw {
        body.replace("\r\n", "\n")
    } else {
        decode_escapes(body, is_bytes).map_err(|(m, a, b)| {
            let mut e = LexError::hard(m, body_start + a, body_start + b);
            e.start = i;
            e.end = i;
            let _ = start;
            e.offset = None;
            RawErr::Err(Box::new(e))
        })?
    };
    Ok(StrTok {
        value: Rc::from(value),
        is_bytes,
        fstring: None,
    })
}

fn unterminated(triple: bool, start: usize, line: usize) -> RawErr {
    let msg = if triple {
        format!(
            "unterminated triple-quoted string literal (detected at line {})",
            line
        )
    } else {
        format!("unterminated string literal (detected at line {})", line)
    };
    RawErr::Err(Box::new(LexError::hard(msg, start, start + 1)))
}

/// Where CPython's `unicodeescape` decoder says a byte of `body` is: it
/// decodes a copy of the literal in which every non-ASCII character was
/// first written as a ten-byte `\\U` escape.
fn codec_pos(body: &str, byte_pos: usize) -> usize {
    body[..byte_pos]
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}")
}

/// The character a `\\N{...}` escape names: a name from the Unicode
/// character database or a formal alias, in any letter case, but for the
/// hexadecimal digits of a CJK ideograph and the Hangul syllables, which
/// are matched in capitals only (as CPython's `unicodedata` lookup does).
/// Named sequences are not characters.
fn char_by_name(name: &str) -> Option<char> {
    const GENERATED: [&str; 2] = ["CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE "];
    let upper = name.to_ascii_uppercase();
    if GENERATED.iter().any(|p| upper.starts_with(p)) && upper != name {
        return None;
    }
    unicode_names2::character(name)
}

/// Process backslash escapes of a (non-raw) string body.
pub fn decode_escapes(body: &str, is_bytes: bool) -> Result<String, (String, usize, usize)> {
    if !body.contains('\\') && !body.contains('\r') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    // CPython reports a bad `\x` in bytes as a ValueError from
    // `_PyBytes_DecodeEscape`, hence "(value error)".
    let codec = if is_bytes {
        "value error"
    } else {
        "unicode error"
    };
    while let Some((pos, c)) = chars.next() {
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if let Some(&(_, '\n')) = chars.peek() {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap();
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' if !(is_bytes && e != 'x') => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap();
                            chars.next();
                        }
                        _ => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            let msg = if is_bytes {
                                format!("({}) invalid \\x escape at position {}", codec, pos)
                            } else {
                                let at = codec_pos(body, pos);
                                unicode_error(at, at + 1 + k, what)
                            };
                            return Err((msg, pos, pos + 2 + k));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        let at = codec_pos(body, pos);
                        let msg = if (0xd800..=0xdfff).contains(&v) {
                            // CPython's str holds lone surrogates; this
                            // interpreter's cannot, so it refuses them
                            // rather than change the text.
                            format!(
                                "(unicode error) lone surrogate \\u{v:04x} in a string literal is not supported"
                            )
                        } else {
                            unicode_error(at, at + n + 1, "illegal Unicode character")
                        };
                        return Err((msg, pos, pos + n + 2));
                    }
                }
            }
            'N' if !is_bytes => {
                let at = codec_pos(body, pos);
                let rest = &body[pos + 2..];
                // The error ends at the `\\N`, or at the last character
                // of a name that has no closing brace.
                let malformed = |upto: Option<usize>| {
                    let end = upto.map_or(at + 1, |k| at + 2 + codec_pos(rest, k));
                    Err((
                        unicode_error(at, end, "malformed \\N character escape"),
                        pos,
                        pos + 2,
                    ))
                };
                let Some(name) = rest.strip_prefix('{') else {
                    return malformed(None);
                };
                let Some(close) = name.find('}') else {
                    let last = rest.char_indices().last().map_or(0, |(k, _)| k);
                    return malformed(Some(last));
                };
                if close == 0 {
                    return malformed(Some(0));
                }
                let name = &name[..close];
                match char_by_name(name) {
                    Some(ch) => {
                        out.push(ch);
                        for _ in 0..close + 2 {
                            chars.next();
                        }
                    }
                    None => {
                        let end = at + 2 + codec_pos(rest, close + 1);
                        return Err((
                            unicode_error(at, end, "unknown Unicode character name"),
                            pos,
                            pos + close + 4,
                        ));
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// The token stream for lalrpop: `(start, Tok, end)` triples.
pub type Spanned = (usize, Tok, usize);

pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, Raw>,
    /// (column with tab stops of 8, column with tab stops of 1)
    indents: Vec<(usize, usize)>,
    pending: VecDeque<Spanned>,
    /// open brackets: (char, byte position)
    brackets: Vec<(char, usize)>,
    at_line_start: bool,
    line_has_tokens: bool,
    /// Lexing an f-string field: no indentation processing, implicit joining.
    field_mode: bool,
    end: usize,
    done: bool,
    failed: bool,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        Lexer {
            src,
            raw: Raw::lexer(src),
            indents: vec![(0, 0)],
            pending: VecDeque::new(),
            brackets: Vec::new(),
            at_line_start: true,
            line_has_tokens: false,
            field_mode: false,
            end: src.len(),
            done: false,
            failed: false,
        }
    }

    /// Lex `src[start..end]` as the expression of an f-string field; positions
    /// stay absolute in `src`. Starts with a `FieldStart` token.
    pub fn for_field(src: &'s str, start: usize, end: usize) -> Lexer<'s> {
        let mut lx = Lexer::new(&src[..end]);
        lx.src = src;
        lx.raw.bump(start);
        lx.field_mode = true;
        lx.at_line_start = false;
        lx.end = end;
        lx.pending.push_back((start, Tok::FieldStart, start));
        lx
    }

    /// The currently open brackets (innermost last).
    pub fn open_brackets(&self) -> &[(char, usize)] {
        &self.brackets
    }

    fn err(&mut self, e: LexError) -> Option<Result<Spanned, LexError>> {
        self.failed = true;
        Some(Err(e))
    }

    /// Handle indentation at the start of a logical line. Returns Err on an
    /// indentation error, Ok(true) if a line with tokens starts here.
    fn line_start(&mut self) -> Result<(), LexError> {
        loop {
            let pos = self.raw.span().end;
            let bytes = self.src.as_bytes();
            let (mut col, mut alt, mut i) = (0usize, 0usize, pos);
            while i < self.end {
                match bytes[i] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                i += 1;
            }
            let next = if i < self.end { bytes[i] } else { 0 };
            if i >= self.end || next == b'#' || next == b'\n' || next == b'\r' {
                // blank or comment-only line (or EOF): skip it
                if i >= self.end {
                    self.raw.bump(i - pos);
                    self.at_line_start = false;
                    return Ok(());
                }
                let mut j = i;
                while j < self.end && bytes[j] != b'\n' && bytes[j] != b'\r' {
                    j += 1;
                }
                if j < self.end {
                    j += if bytes[j] == b'\r' && bytes.get(j + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                }
                self.raw.bump(j - pos);
                continue;
            }
            self.raw.bump(i - pos);
            self.at_line_start = false;
            let (top_col, top_alt) = *self.indents.last().unwrap();
            let tab_err = |start| {
                Err(LexError::soft(
                    SyntaxErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                    start,
                    Some(1),
                ))
            };
            let line_start = pos;
            if col == top_col {
                if alt != top_alt {
                    return tab_err(line_start);
                }
            } else if col > top_col {
                if self.indents.len() >= MAX_INDENT {
                    return Err(LexError::soft(
                        SyntaxErrorKind::IndentationError,
                        "too many levels of indentation",
                        line_start,
                        Some(1),
                    ));
                }
                if alt <= top_alt {
                    return tab_err(line_start);
                }
                self.indents.push((col, alt));
                self.pending.push_back((line_start, Tok::Indent, i));
            } else {
                while col < self.indents.last().unwrap().0 {
                    self.indents.pop();
                    self.pending.push_back((i, Tok::Dedent, i));
                }
                let (c, a) = *self.indents.last().unwrap();
                if col != c {
                    let mut eol = i;
                    while eol < self.end && bytes[eol] != b'\n' && bytes[eol] != b'\r' {
                        eol += 1;
                    }
                    let chars = self.src[line_start..eol].chars().count();
                    self.pending.clear();
                    return Err(LexError::soft(
                        SyntaxErrorKind::IndentationError,
                        "unindent does not match any outer indentation level",
                        line_start,
                        Some(chars + 1),
                    ));
                }
                if alt != a {
                    self.pending.clear();
                    return tab_err(line_start);
                }
            }
            return Ok(());
        }
    }

    fn push_tok(
        &mut self,
        start: usize,
        tok: Tok,
        end: usize,
    ) -> Option<Result<Spanned, LexError>> {
        self.line_has_tokens = tok != Tok::Newline;
        Some(Ok((start, tok, end)))
    }

    fn open(
        &mut self,
        c: char,
        start: usize,
        end: usize,
        tok: Tok,
    ) -> Option<Result<Spanned, LexError>> {
        if self.brackets.len() >= MAX_BRACKETS {
            return self.err(LexError::hard("too many nested parentheses", start, end));
        }
        let r = self.push_tok(start, tok, end);
        self.brackets.push((c, start));
        r
    }

    fn close(
        &mut self,
        c: char,
        start: usize,
        end: usize,
        tok: Tok,
    ) -> Option<Result<Spanned, LexError>> {
        match self.brackets.pop() {
            None => self.err(LexError::hard(format!("unmatched '{}'", c), start, end)),
            Some((o, opos)) => {
                let want = match o {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if want != c {
                    let (ol, cl) = (line_of(self.src, opos), line_of(self.src, start));
                    let msg = if ol != cl {
                        format!("closing parenthesis '{}' does not match opening parenthesis '{}' on line {}", c, o, ol)
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c, o
                        )
                    };
                    return self.err(LexError::hard(msg, start, end));
                }
                self.push_tok(start, tok, end)
            }
        }
    }
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(Ok(t));
            }
            if self.done || self.failed {
                return None;
            }
            if self.at_line_start && self.brackets.is_empty() && !self.field_mode {
                if let Err(e) = self.line_start() {
                    return self.err(e);
                }
                continue;
            }
            let Some(raw) = self.raw.next() else {
                // end of input
                let eof = self.end;
                if self.field_mode {
                    self.done = true;
                    continue;
                }
                if let Some(&(c, pos)) = self.brackets.last() {
                    let mut e = LexError::soft(
                        SyntaxErrorKind::SyntaxError,
                        format!("'{}' was never closed", c),
                        pos,
                        None,
                    );
                    e.eof_in_brackets = true;
                    e.end = pos + 1;
                    return self.err(e);
                }
                if self.line_has_tokens {
                    self.pending.push_back((eof, Tok::Newline, eof));
                    self.line_has_tokens = false;
                }
                while self.indents.len() > 1 {
                    self.indents.pop();
                    self.pending.push_back((eof, Tok::Dedent, eof));
                }
                self.done = true;
                continue;
            };
            let span = self.raw.span();
            let (s, e) = (span.start, span.end);
            let raw = match raw {
                Ok(r) => r,
                Err(RawErr::Err(err)) => return self.err(*err),
                Err(RawErr::Unknown) => {
                    let c = self.src[s..].chars().next().unwrap_or(' ');
                    let msg = if c.is_control() {
                        format!("invalid non-printable character U+{:04X}", c as u32)
                    } else {
                        "invalid syntax".to_string()
                    };
                    return self.err(LexError::hard(msg, s, s + c.len_utf8().max(1)));
                }
            };
            match raw {
                Raw::Ws | Raw::Comment => {}
                Raw::Continuation => {
                    if e >= self.end {
                        let mut err = LexError::soft(
                            SyntaxErrorKind::SyntaxError,
                            "unexpected EOF while parsing",
                            s,
                            None,
                        );
                        err.offset =
                            Some(self.src[..s].rsplit('\n').next().unwrap().chars().count() + 2);
                        return self.err(err);
                    }
                }
                Raw::Backslash => {
                    if e >= self.end {
                        let mut err = LexError::soft(
                            SyntaxErrorKind::SyntaxError,
                            "unexpected EOF while parsing",
                            e,
                            None,
                        );
                        err.offset =
                            Some(self.src[..s].rsplit('\n').next().unwrap().chars().count() + 2);
                        return self.err(err);
                    }
                    return self.err(LexError::hard(
                        "unexpected character after line continuation character",
                        s,
                        e,
                    ));
                }
                Raw::Newline => {
                    if self.brackets.is_empty() && !self.field_mode {
                        self.at_line_start = true;
                        self.line_has_tokens = false;
                        return self.push_tok(s, Tok::Newline, e);
                    }
                }
                Raw::Name(n) => {
                    // Keywords are spelled in ASCII: `ｉｆ` is the name `if`.
                    let tok = Tok::keyword(&self.src[s..e]).unwrap_or(Tok::Name(n));
                    return self.push_tok(s, tok, e);
                }
                Raw::Number(t) => return self.push_tok(s, t, e),
                Raw::Str(st) => return self.push_tok(s, Tok::Str(st), e),
                Raw::Op(op) => {
                    return match op {
                        Tok::Lpar => self.open('(', s, e, op),
                        Tok::Lsqb => self.open('[', s, e, op),
                        Tok::Lbrace => self.open('{', s, e, op),
                        Tok::Rpar => self.close(')', s, e, op),
                        Tok::Rsqb => self.close(']', s, e, op),
                        Tok::Rbrace => self.close('}', s, e, op),
                        _ => self.push_tok(s, op, e),
                    }
                }
            }
        }
    }
}

/// Tokenize a whole source (for tests and tools): tokens up to the first error.
pub fn tokenize(src: &str) -> (Vec<Spanned>, Option<LexError>) {
    let mut toks = Vec::new();
    for t in Lexer::new(src) {
        match t {
            Ok(t) => toks.push(t),
            Err(e) => return (toks, Some(e)),
        }
    }
    (toks, None)
}
