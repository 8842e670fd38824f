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
    visit_blocks(&module.body, &mut |stmts, top| {
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
        stringify_block(&mut module.body, source);
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

/// Calls `f` on every block of statements, the module's first (`top`).
fn visit_blocks(stmts: &[Stmt], f: &mut dyn FnMut(&[Stmt], bool)) {
    fn walk(stmts: &[Stmt], top: bool, f: &mut dyn FnMut(&[Stmt], bool)) {
        f(stmts, top);
        for s in stmts {
            for_each_child_block(s, &mut |b| walk(b, false, f));
        }
    }
    walk(stmts, true, f);
}

fn for_each_child_block(s: &Stmt, f: &mut dyn FnMut(&[Stmt])) {
    match &s.kind {
        StmtKind::FunctionDef(def) => f(&def.body),
        StmtKind::ClassDef(class) => f(&class.body),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. } => {
            f(body);
            f(orelse);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            f(body);
            for h in handlers {
                f(&h.body);
            }
            f(orelse);
            f(finalbody);
        }
        StmtKind::With { body, .. } => f(body),
        StmtKind::Match { cases, .. } => {
            for c in cases {
                f(&c.body);
            }
        }
        _ => {}
    }
}

/// PEP 563: each annotation in the block and the blocks inside it becomes
/// a string constant of its text.
fn stringify_block(stmts: &mut [Stmt], source: &str) {
    for s in stmts {
        match &mut s.kind {
            StmtKind::FunctionDef(def) => {
                let def = Rc::get_mut(def).expect("a fresh AST is not shared");
                for a in def.annotations_mut() {
                    stringify(a, source);
                }
                stringify_block(&mut def.body, source);
            }
            StmtKind::ClassDef(class) => {
                let class = Rc::get_mut(class).expect("a fresh AST is not shared");
                stringify_block(&mut class.body, source);
            }
            StmtKind::AnnAssign { annotation, .. } => stringify(annotation, source),
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. }
            | StmtKind::AsyncFor { body, orelse, .. } => {
                stringify_block(body, source);
                stringify_block(orelse, source);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                stringify_block(body, source);
                for h in handlers {
                    stringify_block(&mut h.body, source);
                }
                stringify_block(orelse, source);
                stringify_block(finalbody, source);
            }
            StmtKind::With { body, .. } => stringify_block(body, source),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    stringify_block(&mut c.body, source);
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
