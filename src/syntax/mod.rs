//! The syntax front end: lexer, lalrpop parser, post-parse validation.
//!
//! `parse(source)` lexes, parses and validates a module, and reports errors
//! with CPython 3.11's messages, line numbers and offsets.

pub mod ast;
pub mod depth;
pub mod fstring;
pub mod future;
pub mod lexer;
pub mod token;
pub mod unparse;
pub mod validate;

#[cfg(test)]
mod tests;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    python,
    "/python.rs"
);

use lalrpop_util::ParseError;

use self::lexer::{LexError, Lexer, Spanned};
use self::token::Tok;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The tree nests deeper than the compiler's limit (`depth`).
    RecursionError,
}

#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. "expected ':'".
    pub msg: String,
    /// Byte offsets of what to point at.
    pub span: ast::Span,
    /// 1-based line, as CPython reports it.
    pub lineno: usize,
    /// 1-based column in characters, as CPython's `SyntaxError.offset`.
    pub offset: usize,
}

impl SyntaxError {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} (line {}, offset {})",
            self.type_name(),
            self.msg,
            self.lineno,
            self.offset
        )
    }
}

impl std::error::Error for SyntaxError {}

/// Lex, parse and validate a module.
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    let (toks, lex_err) = lexer::tokenize(source);
    let body = parse_tokens(source, &toks, lex_err.as_ref())?;
    let module = ast::Module {
        body,
        globals: Vec::new(),
    };
    if let Some(span) = depth::too_deep(&module, depth::MAX_COMPILE_DEPTH) {
        // A tree this deep would take as deep a recursion to drop; it is
        // left to the allocator instead (this ends the compilation).
        std::mem::forget(module);
        let (lineno, offset) = line_col(source, span.start as usize);
        return Err(SyntaxError {
            kind: SyntaxErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            span,
            lineno,
            offset,
        });
    }
    validate::validate(&module).map_err(|e| to_syntax_error(source, &e))?;
    let mut module = module;
    future::apply(&mut module, source).map_err(|e| to_syntax_error(source, &e))?;
    Ok(module)
}

/// 1-based (line, column-in-chars) of a byte position, CPython style.
pub fn line_col(src: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(src.len());
    while !src.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &src[..pos];
    let line = before.bytes().filter(|&c| c == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, src[line_start..pos].chars().count() + 1)
}

pub(crate) fn to_syntax_error(src: &str, e: &LexError) -> SyntaxError {
    let (lineno, col) = line_col(src, e.start);
    SyntaxError {
        kind: e.kind,
        msg: e.msg.clone(),
        span: ast::Span::new(e.start.min(src.len()), e.end.max(e.start).min(src.len())),
        lineno,
        offset: e.offset.unwrap_or(col),
    }
}

/// CPython tries `with ( items ) :` before `with expr:`. An LR(1) parser
/// cannot tell the two apart at the `(`, so mark the `with` of the
/// parenthesised form: the parentheses are followed by `:` and hold a
/// top-level `as` or `,` (otherwise both readings give the same tree, or the
/// contents are not with-items, e.g. a generator or a yield).
fn mark_paren_with(toks: &mut [Spanned]) {
    for i in 0..toks.len().saturating_sub(1) {
        if toks[i].1 != Tok::With || toks[i + 1].1 != Tok::Lpar {
            continue;
        }
        let mut depth = 0i32;
        let mut top_sep = false;
        let mut bad = matches!(toks.get(i + 2).map(|t| &t.1), Some(Tok::Yield | Tok::Star));
        let mut close = None;
        for (j, t) in toks.iter().enumerate().skip(i + 1) {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                Tok::As | Tok::Comma if depth == 1 => top_sep = true,
                Tok::For | Tok::ColonEqual if depth == 1 => bad = true,
                Tok::Star if depth == 1 && toks[j - 1].1 == Tok::Comma => bad = true,
                Tok::Newline => break,
                _ => {}
            }
        }
        if let Some(j) = close {
            if top_sep && !bad && toks.get(j + 1).map(|t| &t.1) == Some(&Tok::Colon) {
                toks[i].1 = Tok::WithParen;
            }
        }
    }
}

/// `match` and `case` are soft keywords. Mark a `match` at the start of a
/// statement whose line has the shape of a match header (`match subject:`
/// ending the line, or followed by an indented `case`), and the
/// statement-initial `case`s directly inside its block; every other
/// `match`/`case` stays a name.
fn mark_soft_keywords(toks: &mut [Spanned]) {
    let is = |t: &Tok, w: &str| matches!(t, Tok::Name(n) if &**n == w);
    let stmt_start = |toks: &[Spanned], i: usize| {
        i == 0 || matches!(toks[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent)
    };
    for i in 0..toks.len() {
        if !is(&toks[i].1, "match") || !stmt_start(toks, i) {
            continue;
        }
        // After `match`, a token that cannot continue an expression
        // statement starting with the name `match` (so not `(`, `[`, `-`,
        // `*`, `not in`, ...) makes this a match statement whatever follows.
        let unambiguous = match toks.get(i + 1).map(|t| &t.1) {
            Some(Tok::Not) => toks.get(i + 2).map(|t| &t.1) != Some(&Tok::In),
            Some(t) => {
                t.starts_expr()
                    && !matches!(
                        t,
                        Tok::Lpar | Tok::Lsqb | Tok::Minus | Tok::Plus | Tok::Tilde
                    )
            }
            None => false,
        };
        match toks.get(i + 1) {
            Some(t) if t.1.starts_expr() || t.1 == Tok::Star => {}
            _ => continue,
        }
        let Some(nl) = (i + 1..toks.len()).find(|&j| toks[j].1 == Tok::Newline) else {
            continue;
        };
        let block = toks.get(nl + 1).map(|t| &t.1) == Some(&Tok::Indent);
        let header = unambiguous
            || toks[nl - 1].1 == Tok::Colon
            || (block && toks.get(nl + 2).is_some_and(|t| is(&t.1, "case")));
        if !header {
            continue;
        }
        toks[i].1 = Tok::Match;
        if !block {
            continue;
        }
        let mut level = 1;
        for j in nl + 2..toks.len() {
            match toks[j].1 {
                Tok::Indent => level += 1,
                Tok::Dedent => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {
                    if level == 1 && stmt_start(toks, j) && is(&toks[j].1, "case") {
                        toks[j].1 = Tok::Case;
                    }
                }
            }
        }
    }
}

fn parse_tokens(
    src: &str,
    toks: &[Spanned],
    lex_err: Option<&LexError>,
) -> Result<Vec<ast::Stmt>, SyntaxError> {
    let marked;
    let has_with = toks
        .windows(2)
        .any(|w| w[0].1 == Tok::With && w[1].1 == Tok::Lpar);
    let has_match = toks
        .iter()
        .any(|t| matches!(&t.1, Tok::Name(n) if &**n == "match"));
    let toks = if has_with || has_match {
        let mut v = toks.to_vec();
        if has_with {
            mark_paren_with(&mut v);
        }
        if has_match {
            mark_soft_keywords(&mut v);
        }
        marked = v;
        &marked[..]
    } else {
        toks
    };
    let iter = toks
        .iter()
        .cloned()
        .map(Ok)
        .chain(lex_err.cloned().map(Err));
    match python::TopParser::new().parse(src, iter) {
        Ok(body) => Ok(body),
        Err(err) => {
            let (perr, at_index) = match err {
                ParseError::User { error } => {
                    if Some(&error) == lex_err {
                        return Err(to_syntax_error(src, &error));
                    }
                    let idx = toks.partition_point(|t| t.0 < error.start);
                    (error, idx)
                }
                ParseError::UnrecognizedToken { token, expected } => {
                    let idx = toks.partition_point(|t| t.0 < token.0);
                    let idx = (idx..toks.len())
                        .find(|&i| toks[i].0 == token.0 && toks[i].1 == token.1)
                        .unwrap_or(idx);
                    (map_parse_error(src, toks, idx, &expected), idx)
                }
                ParseError::UnrecognizedEof { expected, .. } => (
                    map_parse_error(src, toks, toks.len(), &expected),
                    toks.len(),
                ),
                ParseError::InvalidToken { location } => {
                    (invalid_syntax(location, location), toks.len())
                }
                ParseError::ExtraToken { token } => (invalid_syntax(token.0, token.2), toks.len()),
            };
            let mut se = to_syntax_error(src, &perr);
            if let Some(le) = lex_err {
                // CPython tokenizes the rest of the file after a parser error:
                // tokenizer errors win, and so does an unclosed bracket opened on
                // an earlier line. If the parser failed on the very last token
                // before the tokenizer error, CPython already saw that error.
                let last_tok = at_index + 1 >= toks.len();
                if le.hard || (last_tok && le.kind == SyntaxErrorKind::SyntaxError) {
                    return Err(to_syntax_error(src, le));
                }
                let err_line = toks
                    .get(at_index)
                    .map_or(se.lineno, |t| line_col(src, t.0).0)
                    .max(se.lineno);
                if le.eof_in_brackets && err_line > line_col(src, le.start).0 {
                    se = to_syntax_error(src, le);
                }
            }
            Err(se)
        }
    }
}

fn invalid_syntax(start: usize, end: usize) -> LexError {
    err_at("invalid syntax", start, end)
}

pub(crate) fn err_at(msg: impl Into<String>, start: usize, end: usize) -> LexError {
    LexError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        start,
        end,
        offset: None,
        hard: false,
        eof_in_brackets: false,
    }
}

fn expected_has(expected: &[String], t: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == t)
}

/// Index of the first token of the logical line containing token `i`.
fn line_start_index(toks: &[Spanned], i: usize) -> usize {
    let mut j = i.min(toks.len());
    while j > 0 && !matches!(toks[j - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
        j -= 1;
    }
    j
}

/// Start index of the expression (a disjunction) ending at token `end` (inclusive).
fn expr_start_index(toks: &[Spanned], end: usize) -> usize {
    let mut j = end as isize;
    let mut depth = 0i32;
    while j >= 0 {
        let t = &toks[j as usize].1;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            _ if depth > 0 => {}
            Tok::Comma
            | Tok::Equal
            | Tok::Colon
            | Tok::ColonEqual
            | Tok::If
            | Tok::Else
            | Tok::Elif
            | Tok::While
            | Tok::Lambda
            | Tok::For
            | Tok::Return
            | Tok::Yield
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::Semi
            | Tok::FieldStart
            | Tok::Rarrow
            | Tok::Import
            | Tok::Del => break,
            Tok::Star | Tok::DoubleStar => {
                let unary = j == 0 || !toks[j as usize - 1].1.ends_expr();
                if unary {
                    break;
                }
            }
            _ if is_augassign(t) => break,
            _ => {}
        }
        j -= 1;
    }
    (j + 1) as usize
}

fn is_augassign(t: &Tok) -> bool {
    matches!(
        t,
        Tok::PlusEqual
            | Tok::MinusEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::DoubleSlashEqual
            | Tok::PercentEqual
            | Tok::AtEqual
            | Tok::AmperEqual
            | Tok::VbarEqual
            | Tok::CircumflexEqual
            | Tok::LShiftEqual
            | Tok::RShiftEqual
            | Tok::DoubleStarEqual
    )
}

fn bracket_depth(toks: &[Spanned], from: usize, to: usize) -> (i32, Option<Tok>) {
    let mut stack = Vec::new();
    for t in &toks[from..to] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(t.1.clone()),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    (stack.len() as i32, stack.pop())
}

/// Turn lalrpop's "unexpected token" into CPython's wording.
fn map_parse_error(src: &str, toks: &[Spanned], i: usize, expected: &[String]) -> LexError {
    let eof_pos = if src.ends_with('\n') {
        src.len() - 1
    } else {
        src.len()
    };
    let (start, end) = toks.get(i).map_or((eof_pos, eof_pos), |t| (t.0, t.2));
    let tok = toks.get(i).map(|t| &t.1);
    let ls = line_start_index(toks, i);
    let first = toks.get(ls).map(|t| &t.1);

    // Python 2's `print x` and `exec x`: a statement that is the bare name
    // followed by an expression.
    if let (Some(Tok::Name(name)), Some(t)) = (first, tok) {
        if i == ls + 1
            && (&**name == "print" || &**name == "exec")
            && t.starts_expr()
            && *t != Tok::Lpar
        {
            let last = (i..toks.len())
                .find(|&j| toks[j].1 == Tok::Newline)
                .map_or(toks.len() - 1, |j| j.saturating_sub(1).max(i));
            return err_at(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                toks[ls].0,
                toks[last].2,
            );
        }
    }

    if tok == Some(&Tok::Indent) {
        let mut e = err_at("unexpected indent", start, end);
        e.kind = SyntaxErrorKind::IndentationError;
        e.offset = Some(src[start..end].chars().count());
        return e;
    }
    if expected_has(expected, "INDENT")
        && tok != Some(&Tok::Indent)
        && i > 0
        && toks[i - 1].1 == Tok::Newline
    {
        let hs = line_start_index(toks, i - 1);
        let header_line = line_col(src, toks[hs].0).0;
        let mut kw = &toks[hs].1;
        if *kw == Tok::Async {
            kw = toks.get(hs + 1).map(|t| &t.1).unwrap_or(kw);
        }
        let what = match kw {
            Tok::If => "'if' statement".to_string(),
            Tok::Elif => "'elif' statement".to_string(),
            Tok::Else => "'else' statement".to_string(),
            Tok::While => "'while' statement".to_string(),
            Tok::For => "'for' statement".to_string(),
            Tok::Def => "function definition".to_string(),
            Tok::Class => "class definition".to_string(),
            Tok::Try => "'try' statement".to_string(),
            Tok::Except => "'except' statement".to_string(),
            Tok::Finally => "'finally' statement".to_string(),
            Tok::With | Tok::WithParen => "'with' statement".to_string(),
            Tok::Match => "'match' statement".to_string(),
            Tok::Case => "'case' statement".to_string(),
            _ => String::new(),
        };
        let msg = if what.is_empty() {
            "expected an indented block".to_string()
        } else {
            format!(
                "expected an indented block after {} on line {}",
                what, header_line
            )
        };
        let mut e = err_at(msg, start, end);
        e.kind = SyntaxErrorKind::IndentationError;
        return e;
    }
    if expected_has(expected, "except") && expected_has(expected, "finally") {
        return err_at("expected 'except' or 'finally' block", start, end);
    }
    let (mut depth, inner) = bracket_depth(toks, ls, i);
    if toks.first().map(|t| &t.1) == Some(&Tok::FieldStart) {
        // CPython 3.11 parses a field as `(expr)`
        depth += 1;
    }
    let compound = matches!(
        first,
        Some(
            Tok::If
                | Tok::Elif
                | Tok::Else
                | Tok::While
                | Tok::For
                | Tok::Def
                | Tok::Async
                | Tok::Class
                | Tok::Try
                | Tok::With
                | Tok::WithParen
                | Tok::Except
                | Tok::Finally
                | Tok::Match
                | Tok::Case
        )
    );
    if first == Some(&Tok::Case)
        && i > 0
        && toks[i - 1].1 == Tok::As
        && !matches!(tok, Some(Tok::Name(_)))
    {
        return err_at("invalid pattern target", start, end);
    }
    if compound && depth == 0 && expected_has(expected, ":") {
        let forced = !matches!(
            first,
            Some(Tok::If | Tok::Elif | Tok::While | Tok::Match | Tok::Case)
        );
        if tok == Some(&Tok::Newline) || tok.is_none() || (forced && tok != Some(&Tok::Equal)) {
            return err_at("expected ':'", start, end);
        }
    }
    if tok == Some(&Tok::Equal) && i > 0 {
        let es = expr_start_index(toks, i - 1);
        let (a0, a1) = (toks[es].0, toks[i - 1].2);
        if depth == 0 && matches!(first, Some(Tok::If | Tok::Elif | Tok::While)) && es < i {
            if es + 1 == i && matches!(toks[es].1, Tok::Name(_)) {
                return err_at(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    a0,
                    end,
                );
            }
            let what = token_expr_kind(toks, es, i - 1);
            if let Some(what) = what {
                return err_at(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        what
                    ),
                    a0,
                    a1,
                );
            }
        }
        if depth > 0 && inner == Some(Tok::Lpar) && es < i {
            return err_at(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                a0,
                end,
            );
        }
    }
    if let Some(t) = tok {
        if depth > 0
            && i > 0
            && toks[i - 1].1.ends_expr()
            && t.starts_expr()
            && !matches!(
                t,
                Tok::Not | Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Lambda
            )
        {
            let es = expr_start_index(toks, i - 1);
            let name_string = matches!(toks[es].1, Tok::Name(_))
                && matches!(toks.get(es + 1).map(|t| &t.1), Some(Tok::Str(_)));
            let soft = matches!(&toks[es].1, Tok::Name(n) if &**n == "match" || &**n == "case" || &**n == "_")
                || first == Some(&Tok::Case);
            let in_def = es >= 3
                && matches!(toks[es - 1].1, Tok::Lpar | Tok::Comma)
                && toks[ls].1 == Tok::Def
                || (ls + 1 < i && toks[ls].1 == Tok::Async && toks[ls + 1].1 == Tok::Def);
            if !name_string && !soft && !in_def && es < i {
                return err_at(
                    "invalid syntax. Perhaps you forgot a comma?",
                    toks[es].0,
                    end,
                );
            }
        }
        if expected_has(expected, "else") && *t != Tok::Else {
            // `a if b` without else: find the `if` and the expression before it
            let mut j = i;
            let mut d = 0;
            while j > ls {
                j -= 1;
                match toks[j].1 {
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => d += 1,
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => d -= 1,
                    Tok::If if d == 0 => break,
                    _ => {}
                }
            }
            if toks[j].1 == Tok::If && j > ls {
                let es = expr_start_index(toks, j - 1);
                return err_at(
                    "expected 'else' after 'if' expression",
                    toks[es].0,
                    toks[i - 1].2,
                );
            }
        }
    }
    invalid_syntax(start, end)
}

/// CPython's name for the expression in tokens `a..=b` (for "cannot assign to").
fn token_expr_kind(toks: &[Spanned], a: usize, b: usize) -> Option<&'static str> {
    if a == b {
        return match &toks[a].1 {
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => Some("literal"),
            Tok::Str(s) if s.fstring.is_some() => Some("f-string expression"),
            Tok::Str(_) => Some("literal"),
            Tok::Ellipsis => Some("ellipsis"),
            Tok::Name(_) => None,
            _ => None,
        };
    }
    let (_, inner) = bracket_depth(toks, a, b + 1);
    if inner.is_some() {
        return None;
    }
    // top-level operators make it an "expression"
    let mut d = 0;
    let mut binop = false;
    for t in &toks[a..=b] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => d += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => d -= 1,
            Tok::Dot => {}
            _ if d == 0 && !t.1.ends_expr() => binop = true,
            _ => {}
        }
    }
    if binop {
        return Some("expression");
    }
    match toks[b].1 {
        Tok::Rpar if toks[a].1 != Tok::Lpar => Some("function call"),
        Tok::Rsqb if toks[a].1 != Tok::Lsqb => Some("subscript"),
        Tok::Name(_) if b > 0 && toks[b - 1].1 == Tok::Dot => Some("attribute"),
        Tok::Str(_) => Some("literal"),
        _ => None,
    }
}

/// Parse the expression of an f-string field, `src[start..end]`.
pub(crate) fn parse_field(src: &str, start: usize, end: usize) -> Result<ast::Expr, LexError> {
    let mut toks = Vec::new();
    let mut lex_err = None;
    for t in Lexer::for_field(src, start, end) {
        match t {
            Ok(t) => toks.push(t),
            Err(e) => {
                lex_err = Some(e);
                break;
            }
        }
    }
    match parse_tokens(src, &toks, lex_err.as_ref()) {
        Ok(mut body) => match body.pop() {
            Some(ast::Stmt {
                kind: ast::StmtKind::Expr(e),
                ..
            }) => Ok(e),
            _ => Err(err_at("f-string: empty expression not allowed", start, end)),
        },
        Err(se) => {
            let mut e = err_at(
                if se.msg.starts_with("f-string") {
                    se.msg.clone()
                } else {
                    format!("f-string: {}", se.msg)
                },
                se.span.start as usize,
                se.span.end as usize,
            );
            e.kind = se.kind;
            Err(e)
        }
    }
}

/// Helpers called from the grammar actions.
pub(crate) mod b {
    use std::rc::Rc;

    use lalrpop_util::ParseError;

    use super::ast::*;
    use super::lexer::LexError;
    use super::token::{IntLit, StrTok, Tok};
    use super::{err_at, validate};

    pub type PResult<T> = Result<T, ParseError<usize, Tok, LexError>>;

    fn user<T>(e: LexError) -> PResult<T> {
        Err(ParseError::User { error: e })
    }

    pub fn ex(kind: ExprKind, l: usize, r: usize) -> Expr {
        Expr::new(kind, Span::new(l, r))
    }

    pub fn name(n: Rc<str>, l: usize, r: usize) -> Expr {
        ex(
            ExprKind::Name(Name {
                id: n,
                scope: Scope::Unresolved,
            }),
            l,
            r,
        )
    }

    pub fn int(v: IntLit, l: usize, r: usize) -> Expr {
        let c = match v {
            IntLit::Small(i) => Constant::Int(i),
            IntLit::Big(b) => Constant::BigInt(b),
        };
        ex(ExprKind::Constant(c), l, r)
    }

    pub fn tuple_or_single(
        l: usize,
        first: Expr,
        rest: Vec<Expr>,
        trailing: bool,
        r: usize,
    ) -> Expr {
        if rest.is_empty() && !trailing {
            return first;
        }
        let mut v = Vec::with_capacity(rest.len() + 1);
        v.push(first);
        v.extend(rest);
        ex(ExprKind::Tuple(v), l, r)
    }

    pub fn paren(
        first: Expr,
        rest: Vec<Expr>,
        trailing: bool,
        l: usize,
        r: usize,
    ) -> PResult<Expr> {
        if rest.is_empty() && !trailing {
            if let ExprKind::Starred(_) = first.kind {
                return user(err_at(
                    "cannot use starred expression here",
                    first.span.start as usize,
                    first.span.end as usize,
                ));
            }
            return Ok(first);
        }
        Ok(tuple_or_single(l, first, rest, trailing, r))
    }

    pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
        let mut values = Vec::with_capacity(rest.len() + 1);
        values.push(first);
        values.extend(rest);
        ex(ExprKind::BoolOp { op, values }, l, r)
    }

    pub fn unary(op: UnaryOp, e: Expr, l: usize, r: usize) -> Expr {
        ex(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(e),
            },
            l,
            r,
        )
    }

    pub fn bin(a: Expr, op: BinOp, c: Expr, l: usize, r: usize) -> Expr {
        ex(
            ExprKind::BinOp {
                left: Box::new(a),
                op,
                right: Box::new(c),
            },
            l,
            r,
        )
    }

    pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
        let (ops, comparators) = rest.into_iter().unzip();
        ex(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            l,
            r,
        )
    }

    pub fn slice(a: Option<Expr>, c: Option<Expr>, s: Option<Expr>, l: usize, r: usize) -> Expr {
        ex(
            ExprKind::Slice {
                lower: a.map(Box::new),
                upper: c.map(Box::new),
                step: s.map(Box::new),
            },
            l,
            r,
        )
    }

    pub enum Arg {
        Pos(Expr),
        Kw(Keyword),
        DStar(Keyword),
        /// A generator expression without its own parentheses, `f(x for x in y)`.
        Gen(Expr),
    }

    fn split_args(args: Vec<Arg>) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut pos = Vec::new();
        let mut kws: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        for a in args {
            match a {
                Arg::Pos(e) | Arg::Gen(e) => {
                    let (s, t) = (e.span.start as usize, e.span.end as usize);
                    let starred = matches!(e.kind, ExprKind::Starred(_));
                    if seen_dstar {
                        let msg = if starred {
                            "iterable argument unpacking follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument unpacking"
                        };
                        let at = if starred { s } else { t };
                        return user(err_at(msg, at, at + 1));
                    }
                    if seen_kw && !starred {
                        return user(err_at(
                            "positional argument follows keyword argument",
                            t,
                            t + 1,
                        ));
                    }
                    pos.push(e);
                }
                Arg::Kw(k) => {
                    seen_kw = true;
                    let name = k.arg.as_ref().unwrap().name.clone();
                    if kws
                        .iter()
                        .any(|o| o.arg.as_ref().is_some_and(|n| n.name == name))
                    {
                        return user(err_at(
                            format!("keyword argument repeated: {}", name),
                            k.span.start as usize,
                            k.span.end as usize,
                        ));
                    }
                    kws.push(k);
                }
                Arg::DStar(k) => {
                    seen_dstar = true;
                    kws.push(k);
                }
            }
        }
        Ok((pos, kws))
    }

    pub fn call(f: Expr, args: (Vec<Arg>, bool), l: usize, r: usize) -> PResult<Expr> {
        let (mut args, trailing) = args;
        if let Some(g) = args.iter().find_map(|a| match a {
            Arg::Gen(g) => Some(g),
            _ => None,
        }) {
            if args.len() > 1 || trailing {
                return user(err_at(
                    "Generator expression must be parenthesized",
                    g.span.start as usize,
                    g.span.end as usize,
                ));
            }
            // CPython gives the generator the position of the call's parentheses
            if let Some(Arg::Gen(g)) = args.first_mut() {
                g.span = Span::new(f.span.end as usize, r);
            }
        }
        let (pos, kws) = split_args(args)?;
        Ok(ex(
            ExprKind::Call {
                func: Box::new(f),
                args: pos,
                keywords: kws,
            },
            l,
            r,
        ))
    }

    pub fn class_def(
        l: usize,
        name: Ident,
        args: Option<(Vec<Arg>, bool)>,
        header_end: usize,
        body: Vec<Stmt>,
    ) -> PResult<Stmt> {
        let args = args.map_or(Vec::new(), |a| a.0);
        if let Some(g) = args.iter().find_map(|a| match a {
            Arg::Gen(g) => Some(g),
            _ => None,
        }) {
            let elt_end = match &g.kind {
                ExprKind::Comprehension(c) => c.elt.span.end as usize,
                _ => g.span.start as usize,
            };
            return user(err_at("invalid syntax", elt_end + 1, elt_end + 4));
        }
        let (bases, keywords) = split_args(args)?;
        let end = end_of(&body, header_end);
        let c = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: Vec::new(),
            span: Span::new(l, header_end),
            scope: Scope::Unresolved,
            qualname: Rc::from(""),
            binds: None,
            info: Default::default(),
        };
        Ok(Stmt::new(StmtKind::ClassDef(Rc::new(c)), Span::new(l, end)))
    }

    pub fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
        match &mut s.kind {
            StmtKind::FunctionDef(f) => Rc::get_mut(f).unwrap().decorators = decorators,
            StmtKind::ClassDef(c) => Rc::get_mut(c).unwrap().decorators = decorators,
            _ => {}
        }
        s
    }

    pub fn named(t: Expr, v: Expr, l: usize, r: usize) -> PResult<Expr> {
        match t.kind {
            ExprKind::Name(n) => Ok(ex(
                ExprKind::NamedExpr {
                    target: n,
                    value: Box::new(v),
                },
                l,
                r,
            )),
            _ => user(err_at(
                format!(
                    "cannot use assignment expressions with {}",
                    validate::expr_name(&t)
                ),
                t.span.start as usize,
                t.span.end as usize,
            )),
        }
    }

    pub fn lambda(
        l: usize,
        items: Vec<(usize, PItem, usize)>,
        body: Expr,
        r: usize,
    ) -> PResult<Expr> {
        // a bare `*` at the end: CPython points at what follows it
        if let Some((_, PItem::Star(None, _), e)) = items.last() {
            return user(err_at("named arguments must follow bare *", *e, *e + 1));
        }
        let params = params(items)?;
        let body_span = body.span;
        let f = FunctionDef {
            name: Ident {
                name: Rc::from("<lambda>"),
                span: Span::new(l, l + 6),
            },
            params,
            returns: None,
            body: vec![Stmt::new(StmtKind::Return(Some(body)), body_span)],
            is_async: false,
            span: Span::new(l, r),
            decorators: Vec::new(),
            scope: Scope::Unresolved,
            info: Default::default(),
            qualname: Rc::from(""),
            binds: None,
        };
        Ok(ex(ExprKind::Lambda(Rc::new(f)), l, r))
    }

    pub fn comp(
        kind: ComprehensionKind,
        elt: Expr,
        value: Option<Expr>,
        generators: Vec<ComprehensionFor>,
        l: usize,
        r: usize,
    ) -> Expr {
        ex(
            ExprKind::Comprehension(Rc::new(Comprehension {
                kind,
                elt,
                value,
                generators,
                info: Default::default(),
            })),
            l,
            r,
        )
    }

    pub fn comp_checked(
        kind: ComprehensionKind,
        elt: Expr,
        value: Option<Expr>,
        generators: Vec<ComprehensionFor>,
        l: usize,
        r: usize,
    ) -> PResult<Expr> {
        if let ExprKind::Starred(_) = elt.kind {
            return user(err_at(
                "iterable unpacking cannot be used in comprehension",
                elt.span.start as usize,
                elt.span.end as usize,
            ));
        }
        Ok(comp(kind, elt, value, generators, l, r))
    }

    pub fn dict_unpack_comp(v: Expr, l: usize) -> PResult<Expr> {
        user(err_at(
            "dict unpacking cannot be used in dict comprehension",
            l + 1,
            v.span.end as usize,
        ))
    }

    pub fn comp_for(
        is_async: bool,
        target: Expr,
        iter: Expr,
        ifs: Vec<Expr>,
    ) -> PResult<ComprehensionFor> {
        validate::check_for_target(&target).map_err(|e| ParseError::User { error: e })?;
        Ok(ComprehensionFor {
            target,
            iter,
            ifs,
            is_async,
        })
    }

    pub fn del(t: Expr) -> PResult<StmtKind> {
        let targets = match t.kind {
            ExprKind::Tuple(v) if v.first().is_some_and(|f| f.span.start == t.span.start) => v,
            _ => vec![t],
        };
        for t in &targets {
            if let Some(bad) = validate::invalid_del_target(t) {
                return user(err_at(
                    format!("cannot delete {}", validate::expr_name(bad)),
                    bad.span.start as usize,
                    bad.span.end as usize,
                ));
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    pub fn with_item(context: Expr, target: Expr) -> PResult<WithItem> {
        validate::check_for_target(&target).map_err(|e| ParseError::User { error: e })?;
        Ok(WithItem {
            context,
            target: Some(target),
        })
    }

    pub fn with_stmt(l: usize, is_async: bool, items: Vec<WithItem>, body: Vec<Stmt>) -> Stmt {
        let end = end_of(&body, l);
        Stmt::new(
            StmtKind::With {
                items,
                body,
                is_async,
            },
            Span::new(l, end),
        )
    }

    pub struct Handler {
        pub star: bool,
        pub typ: Option<Expr>,
        pub name: Option<Ident>,
        pub l: usize,
        pub hr: usize,
        pub body: Vec<Stmt>,
        /// `except A, B:` (an error)
        pub multi: Option<Vec<Expr>>,
    }

    pub fn try_stmt(
        l: usize,
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Option<Vec<Stmt>>,
        finalbody: Option<Vec<Stmt>>,
    ) -> PResult<Stmt> {
        let n = handlers.len();
        let is_star = handlers.first().is_some_and(|h| h.star);
        for (i, h) in handlers.iter().enumerate() {
            if let Some(m) = &h.multi {
                let s = h.typ.as_ref().unwrap().span.start as usize;
                let e = m.last().unwrap().span.end as usize;
                return user(err_at(
                    "multiple exception types must be parenthesized",
                    s,
                    e,
                ));
            }
            if h.star && h.typ.is_none() {
                return user(err_at(
                    "expected one or more exception types",
                    h.hr - 1,
                    h.hr,
                ));
            }
            if h.star != is_star {
                return user(err_at(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    h.l,
                    h.hr,
                ));
            }
            if !h.star && h.typ.is_none() && i + 1 < n {
                return user(err_at("default 'except:' must be last", h.l, h.hr));
            }
        }
        let mut end = end_of(&body, l);
        let handlers: Vec<ExceptHandler> = handlers
            .into_iter()
            .map(|h| {
                end = end.max(end_of(&h.body, h.hr));
                ExceptHandler {
                    typ: h.typ,
                    name: h.name,
                    body: h.body,
                    span: Span::new(h.l, h.hr),
                    scope: Scope::Unresolved,
                }
            })
            .collect();
        let orelse = orelse.unwrap_or_default();
        let finalbody = finalbody.unwrap_or_default();
        end = end.max(end_of(&orelse, 0)).max(end_of(&finalbody, 0));
        Ok(Stmt::new(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            },
            Span::new(l, end),
        ))
    }

    pub fn strings(
        src: &str,
        parts: Vec<(usize, StrTok, usize)>,
        l: usize,
        r: usize,
    ) -> PResult<Expr> {
        let bytes = parts.iter().filter(|p| p.1.is_bytes).count();
        if bytes != 0 && bytes != parts.len() {
            let mut e = err_at("cannot mix bytes and nonbytes literals", l, r);
            e.start = r;
            e.end = r;
            return user(e);
        }
        if bytes != 0 {
            // Octal escapes above \377 keep their low byte, as CPython 3.11's
            // `_PyBytes_DecodeEscape` stores them.
            let data: Vec<u8> = parts
                .iter()
                .flat_map(|p| p.1.value.chars().map(|c| c as u32 as u8))
                .collect();
            return Ok(ex(
                ExprKind::Constant(Constant::Bytes(Rc::from(data))),
                l,
                r,
            ));
        }
        if parts.iter().all(|p| p.1.fstring.is_none()) {
            if parts.len() == 1 {
                let v = parts.into_iter().next().unwrap().1.value;
                return Ok(ex(ExprKind::Constant(Constant::Str(v)), l, r));
            }
            let mut s = String::new();
            for p in &parts {
                s.push_str(&p.1.value);
            }
            return Ok(ex(ExprKind::Constant(Constant::Str(Rc::from(s))), l, r));
        }
        let mut out: Vec<FStringPart> = Vec::new();
        for (_, p, _) in parts {
            match p.fstring {
                None => super::fstring::push_literal(&mut out, &p.value),
                Some(body) => {
                    let ps = super::fstring::parse(src, body, 0)
                        .map_err(|e| ParseError::User { error: e })?;
                    for part in ps {
                        match part {
                            FStringPart::Literal(s) => super::fstring::push_literal(&mut out, &s),
                            f => out.push(f),
                        }
                    }
                }
            }
        }
        Ok(ex(ExprKind::FString(out), l, r))
    }

    pub fn dotted(first: Rc<str>, rest: Vec<Rc<str>>) -> Rc<str> {
        if rest.is_empty() {
            return first;
        }
        let mut s = first.to_string();
        for p in rest {
            s.push('.');
            s.push_str(&p);
        }
        Rc::from(s)
    }

    pub fn alias(n: Rc<str>, asname: Option<Ident>, l: usize, r: usize) -> Alias {
        Alias {
            name: n,
            asname,
            span: Span::new(l, r),
            scope: Scope::Unresolved,
        }
    }

    pub fn assign(src: &str, first: Expr, mut rest: Vec<Expr>) -> PResult<StmtKind> {
        let value = rest.pop().unwrap();
        let mut targets = vec![first];
        targets.extend(rest);
        for t in &targets {
            if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
                let before = src[..t.span.start as usize].trim_end();
                if !before.ends_with('(') {
                    return user(err_at(
                        "assignment to yield expression not possible",
                        t.span.start as usize,
                        t.span.end as usize,
                    ));
                }
            }
        }
        validate::check_assign(src, &targets, &value).map_err(|e| ParseError::User { error: e })?;
        Ok(StmtKind::Assign { targets, value })
    }

    pub fn aug_assign(t: Expr, op: BinOp, v: Expr) -> PResult<StmtKind> {
        match t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                Ok(StmtKind::AugAssign {
                    target: t,
                    op,
                    value: v,
                })
            }
            _ => user(err_at(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    validate::expr_name(&t)
                ),
                t.span.start as usize,
                t.span.end as usize,
            )),
        }
    }

    pub fn ann_assign(t: Expr, annotation: Expr, v: Option<Expr>) -> PResult<StmtKind> {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        match &t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple(elts) => {
                let s = elts.first().map_or(s, |x| x.span.start as usize);
                let e = elts.first().map_or(e, |x| x.span.end as usize);
                return user(err_at(
                    "only single target (not tuple) can be annotated",
                    s,
                    e,
                ));
            }
            ExprKind::List(_) => {
                return user(err_at(
                    "only single target (not list) can be annotated",
                    s,
                    e,
                ))
            }
            _ => return user(err_at("illegal target for annotation", s, e)),
        }
        Ok(StmtKind::AnnAssign {
            target: t,
            annotation,
            value: v,
        })
    }

    fn end_of(body: &[Stmt], default: usize) -> usize {
        body.last().map_or(default, |s| s.span.end as usize)
    }

    pub fn if_stmt(
        l: usize,
        test: Expr,
        body: Vec<Stmt>,
        elifs: Vec<(usize, Expr, Vec<Stmt>)>,
        orelse: Option<Vec<Stmt>>,
    ) -> Stmt {
        let mut orelse = orelse.unwrap_or_default();
        for (el, t, b) in elifs.into_iter().rev() {
            let end = end_of(&orelse, end_of(&b, el));
            let end = end.max(end_of(&b, el));
            orelse = vec![Stmt::new(
                StmtKind::If {
                    test: t,
                    body: b,
                    orelse,
                },
                Span::new(el, end),
            )];
        }
        let end = end_of(&orelse, 0).max(end_of(&body, l));
        Stmt::new(StmtKind::If { test, body, orelse }, Span::new(l, end))
    }

    pub fn while_stmt(l: usize, test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
        let orelse = orelse.unwrap_or_default();
        let end = end_of(&orelse, 0).max(end_of(&body, l));
        Stmt::new(StmtKind::While { test, body, orelse }, Span::new(l, end))
    }

    pub fn for_stmt(
        l: usize,
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Option<Vec<Stmt>>,
    ) -> PResult<Stmt> {
        validate::check_for_target(&target).map_err(|e| ParseError::User { error: e })?;
        let orelse = orelse.unwrap_or_default();
        let end = end_of(&orelse, 0).max(end_of(&body, l));
        let kind = if is_async {
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            }
        } else {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
        };
        Ok(Stmt::new(kind, Span::new(l, end)))
    }

    // ----- match statements -----

    pub fn pat(kind: PatternKind, l: usize, r: usize) -> Pattern {
        Pattern {
            kind,
            span: Span::new(l, r),
        }
    }

    fn capture(n: Rc<str>) -> Option<Name> {
        (&*n != "_").then_some(Name {
            id: n,
            scope: Scope::Unresolved,
        })
    }

    pub fn match_subject(
        first: Expr,
        rest: Vec<Expr>,
        trailing: bool,
        l: usize,
        r: usize,
    ) -> PResult<Expr> {
        if rest.is_empty() && !trailing {
            if let ExprKind::Starred(_) = first.kind {
                return user(err_at("invalid syntax", r, r + 1));
            }
        }
        Ok(tuple_or_single(l, first, rest, trailing, r))
    }

    pub fn match_case(
        l: usize,
        pattern: Pattern,
        guard: Option<Expr>,
        header_end: usize,
        body: Vec<Stmt>,
    ) -> MatchCase {
        let _ = end_of(&body, header_end);
        MatchCase {
            pattern,
            guard,
            body,
            span: Span::new(l, header_end),
        }
    }

    pub fn match_stmt(l: usize, subject: Expr, cases: Vec<MatchCase>) -> Stmt {
        let end = cases
            .last()
            .map_or(l, |c| end_of(&c.body, c.span.end as usize));
        Stmt::new(StmtKind::Match { subject, cases }, Span::new(l, end))
    }

    /// `case a, b:` (an open sequence) or a single pattern.
    pub fn open_sequence(
        first: Pattern,
        rest: Vec<Pattern>,
        trailing: bool,
        l: usize,
        r: usize,
    ) -> PResult<Pattern> {
        if rest.is_empty() && !trailing {
            if let PatternKind::Star(_) = first.kind {
                return user(err_at("invalid syntax", r, r + 1));
            }
            return Ok(first);
        }
        let mut v = vec![first];
        v.extend(rest);
        Ok(pat(PatternKind::Sequence(v), l, r))
    }

    /// `( pattern )` (a group) or a parenthesised sequence.
    pub fn paren_pattern(
        first: Pattern,
        rest: Vec<Pattern>,
        trailing: bool,
        l: usize,
        r: usize,
    ) -> PResult<Pattern> {
        if rest.is_empty() && !trailing {
            if let PatternKind::Star(_) = first.kind {
                let e = first.span.end as usize;
                return user(err_at("invalid syntax", e, e + 1));
            }
            return Ok(first);
        }
        let mut v = vec![first];
        v.extend(rest);
        Ok(pat(PatternKind::Sequence(v), l, r))
    }

    pub fn sequence_pattern(v: Vec<Pattern>, l: usize, r: usize) -> PResult<Pattern> {
        Ok(pat(PatternKind::Sequence(v), l, r))
    }

    pub fn star_pattern(n: Rc<str>, l: usize, r: usize) -> Pattern {
        pat(PatternKind::Star(capture(n)), l, r)
    }

    pub fn as_pattern(p: Pattern, n: Rc<str>, nl: usize, l: usize, r: usize) -> PResult<Pattern> {
        if &*n == "_" {
            return user(err_at("cannot use '_' as a target", nl, r));
        }
        Ok(pat(
            PatternKind::As {
                pattern: Some(Box::new(p)),
                name: capture(n),
            },
            l,
            r,
        ))
    }

    pub fn or_pattern(first: Pattern, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
        if rest.is_empty() {
            return first;
        }
        let mut v = vec![first];
        v.extend(rest);
        pat(PatternKind::Or(v), l, r)
    }

    pub fn literal_pattern(e: Expr) -> Pattern {
        let span = e.span;
        let kind = match &e.kind {
            ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
                PatternKind::Singleton(c.clone())
            }
            _ => PatternKind::Value(e),
        };
        Pattern { kind, span }
    }

    /// `case 1+2j:`: a real number, `+` or `-`, then an imaginary number.
    pub fn complex_literal(real: Expr, op: BinOp, imag: Expr, l: usize, r: usize) -> PResult<Expr> {
        let imaginary = |e: &Expr| matches!(e.kind, ExprKind::Constant(Constant::Imaginary(_)));
        let unsigned = match &real.kind {
            ExprKind::UnaryOp { operand, .. } => operand,
            _ => &real,
        };
        if imaginary(unsigned) {
            return user(err_at(
                "real number required in complex literal",
                real.span.start as usize,
                real.span.end as usize,
            ));
        }
        if !imaginary(&imag) {
            return user(err_at(
                "imaginary number required in complex literal",
                imag.span.start as usize,
                imag.span.end as usize,
            ));
        }
        Ok(bin(real, op, imag, l, r))
    }

    /// A bare name is a capture (or the wildcard `_`); a dotted name is a value.
    pub fn name_pattern(e: Expr) -> Pattern {
        let span = e.span;
        let kind = match e.kind {
            ExprKind::Name(n) => PatternKind::As {
                pattern: None,
                name: capture(n.id),
            },
            _ => PatternKind::Value(e),
        };
        Pattern { kind, span }
    }

    pub enum ClassItem {
        Pos(Pattern),
        Kw(Ident, Pattern),
    }

    pub fn class_pattern(cls: Expr, items: Vec<ClassItem>, l: usize, r: usize) -> PResult<Pattern> {
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        for item in items {
            match item {
                ClassItem::Pos(p) => {
                    if !kwd_attrs.is_empty() {
                        return user(err_at(
                            "positional patterns follow keyword patterns",
                            p.span.start as usize,
                            p.span.end as usize,
                        ));
                    }
                    patterns.push(p);
                }
                ClassItem::Kw(k, p) => {
                    kwd_attrs.push(k);
                    kwd_patterns.push(p);
                }
            }
        }
        Ok(pat(
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            l,
            r,
        ))
    }

    pub fn mapping_pattern(
        items: Vec<(Expr, Pattern)>,
        rest: Option<(usize, Rc<str>, usize)>,
        l: usize,
        r: usize,
    ) -> PResult<Pattern> {
        let rest = match rest {
            Some((a, n, b)) if &*n == "_" => return user(err_at("invalid syntax", a, b)),
            Some((_, n, _)) => capture(n),
            None => None,
        };
        let (keys, patterns) = items.into_iter().unzip();
        Ok(pat(
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            },
            l,
            r,
        ))
    }

    pub enum PItem {
        /// A name, its annotation and its default.
        Normal(Ident, Option<Expr>, Option<Expr>),
        Star(Option<(Ident, Option<Expr>)>, Option<Expr>),
        DStar(Ident, Option<Expr>, Option<Expr>),
        Slash,
    }

    pub fn func_def(
        l: usize,
        is_async: bool,
        name: Ident,
        items: Vec<(usize, PItem, usize)>,
        returns: Option<Expr>,
        header_end: usize,
        body: Vec<Stmt>,
    ) -> PResult<Stmt> {
        let p = params(items)?;
        let end = end_of(&body, header_end);
        let f = FunctionDef {
            name,
            params: p,
            returns,
            body,
            is_async,
            span: Span::new(l, header_end),
            decorators: Vec::new(),
            scope: Scope::Unresolved,
            info: Default::default(),
            qualname: Rc::from(""),
            binds: None,
        };
        Ok(Stmt::new(
            StmtKind::FunctionDef(Rc::new(f)),
            Span::new(l, end),
        ))
    }

    fn params(items: Vec<(usize, PItem, usize)>) -> PResult<Parameters> {
        let mut p = Parameters::default();
        let (mut seen_slash, mut seen_star, mut seen_dstar, mut seen_default) =
            (false, false, false, false);
        let mut bare_star: Option<(usize, usize)> = None;
        for (s, item, e) in items {
            if seen_dstar {
                return user(err_at("arguments cannot follow var-keyword argument", s, e));
            }
            match item {
                PItem::Slash => {
                    if seen_slash {
                        return user(err_at("/ may appear only once", s, e));
                    }
                    if seen_star {
                        return user(err_at("/ must be ahead of *", s, e));
                    }
                    if p.args.is_empty() {
                        return user(err_at("invalid syntax", s, e));
                    }
                    seen_slash = true;
                    p.posonly = std::mem::take(&mut p.args);
                }
                PItem::Normal(n, a, d) => {
                    if seen_star {
                        bare_star = None;
                        p.kwonly.push(Param {
                            name: n,
                            annotation: a,
                            default: d,
                        });
                    } else {
                        if d.is_none() && seen_default {
                            let (a, b) = (n.span.start as usize, n.span.end as usize);
                            return user(err_at(
                                "non-default argument follows default argument",
                                a,
                                b,
                            ));
                        }
                        seen_default |= d.is_some();
                        p.args.push(Param {
                            name: n,
                            annotation: a,
                            default: d,
                        });
                    }
                }
                PItem::Star(n, d) => {
                    if seen_star {
                        return user(err_at("* argument may appear only once", s, e));
                    }
                    if let Some(d) = d {
                        let at = (d.span.start as usize).saturating_sub(1);
                        return user(err_at(
                            "var-positional argument cannot have default value",
                            at,
                            at + 1,
                        ));
                    }
                    seen_star = true;
                    match n {
                        Some((n, a)) => {
                            p.vararg = Some(Param {
                                name: n,
                                annotation: a,
                                default: None,
                            })
                        }
                        None => bare_star = Some((s, e)),
                    }
                }
                PItem::DStar(n, a, d) => {
                    if let Some(d) = d {
                        let at = (d.span.start as usize).saturating_sub(1);
                        return user(err_at(
                            "var-keyword argument cannot have default value",
                            at,
                            at + 1,
                        ));
                    }
                    seen_dstar = true;
                    p.kwarg = Some(Param {
                        name: n,
                        annotation: a,
                        default: None,
                    });
                }
            }
        }
        if let Some((s, e)) = bare_star {
            return user(err_at("named arguments must follow bare *", s, e));
        }
        Ok(p)
    }
}
