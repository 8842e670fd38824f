//! `from __future__ import ...`: the features a module may name and where
//! such an import may stand (CPython's `Python/future.c`), and the one
//! feature that changes compilation here, `annotations` (PEP 563): every
//! annotation becomes the string of its text, never evaluated.

use std::rc::Rc;

use super::ast::{Constant, Expr, ExprKind, Module, Stmt, StmtKind};
use super::lexer::LexError;
use super::unparse::unparse;
use super::SyntaxErrorKind;

/// Every feature `__future__` lists; all but `annotations` are mandatory
/// in Python 3.11 and change nothing.
pub const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks the module's future imports; with `annotations` among them,
/// turns its annotations into strings.
pub fn apply(module: &mut Module, source: &str) -> Result<(), LexError> {
    let mut annotations = false;
    // Future imports may follow only a docstring and each other.
    let mut leading = 0;
    for (i, stmt) in module.body.iter().enumerate() {
        match future_names(stmt) {
            Some(names) => {
                for name in names {
                    match &*name {
                        "annotations" => annotations = true,
                        "braces" => return Err(error("not a chance", stmt)),
                        known if FEATURES.contains(&known) => {}
                        unknown => {
                            let msg = format!("future feature {unknown} is not defined");
                            return Err(error(&msg, stmt));
                        }
                    }
                }
            }
            None if i == 0 && is_docstring(stmt) => {}
            None => break,
        }
        leading = i + 1;
    }
    let mut misplaced = None;
    visit_blocks(&mut module.body, true, &mut |stmts, top| {
        let allowed = if top { leading } else { 0 };
        let late = stmts[allowed.min(stmts.len())..]
            .iter()
            .find(|s| future_names(s).is_some());
        if misplaced.is_none() {
            misplaced = late.map(|s| s.span);
        }
    });
    if let Some(span) = misplaced {
        let msg = "from __future__ imports must occur at the beginning of the file";
        return Err(LexError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start: span.start as usize,
            end: span.end as usize,
            offset: None,
            hard: false,
            eof_in_brackets: false,
        });
    }
    if annotations {
        // PEP 563: each annotation becomes a string constant of its text.
        visit_blocks(&mut module.body, true, &mut |stmts, _| {
            for s in stmts {
                match &mut s.kind {
                    StmtKind::FunctionDef(def) => {
                        let def = Rc::get_mut(def).expect("a fresh AST is not shared");
                        for a in def.annotations_mut() {
                            stringify(a, source);
                        }
                    }
                    StmtKind::AnnAssign { annotation, .. } => stringify(annotation, source),
                    _ => {}
                }
            }
        });
    }
    Ok(())
}

fn is_docstring(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Constant(Constant::Str(_))))
}

/// The names a `from __future__ import a, b` statement imports.
fn future_names(s: &Stmt) -> Option<Vec<Rc<str>>> {
    match &s.kind {
        StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } if &**m == "__future__" => Some(names.iter().map(|a| a.name.clone()).collect()),
        _ => None,
    }
}

/// A feature error: CPython points at the statement's first character.
fn error(msg: &str, stmt: &Stmt) -> LexError {
    let start = stmt.span.start as usize;
    LexError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        start,
        end: start + 1,
        offset: None,
        hard: false,
        eof_in_brackets: false,
    }
}

/// Calls `f` on every block of statements, this one (`top`) first, then
/// those nested in its statements (bodies of functions, classes and
/// compound statements).
fn visit_blocks(stmts: &mut [Stmt], top: bool, f: &mut dyn FnMut(&mut [Stmt], bool)) {
    f(stmts, top);
    for s in stmts.iter_mut() {
        match &mut s.kind {
            StmtKind::FunctionDef(def) => {
                let def = Rc::get_mut(def).expect("a fresh AST is not shared");
                visit_blocks(&mut def.body, false, f);
            }
            StmtKind::ClassDef(class) => {
                let class = Rc::get_mut(class).expect("a fresh AST is not shared");
                visit_blocks(&mut class.body, false, f);
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. }
            | StmtKind::AsyncFor { body, orelse, .. } => {
                visit_blocks(body, false, f);
                visit_blocks(orelse, false, f);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                visit_blocks(body, false, f);
                for h in handlers {
                    visit_blocks(&mut h.body, false, f);
                }
                visit_blocks(orelse, false, f);
                visit_blocks(finalbody, false, f);
            }
            StmtKind::With { body, .. } => visit_blocks(body, false, f),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    visit_blocks(&mut c.body, false, f);
                }
            }
            _ => {}
        }
    }
}

fn stringify(e: &mut Expr, source: &str) {
    let text = unparse(e, source);
    e.kind = ExprKind::Constant(Constant::Str(Rc::from(text)));
}
