//! Post-parse checks: CPython's compile-time (symtable and compiler) errors,
//! and the assignment-target checks the grammar actions call.

use super::ast::*;
use super::err_at;
use super::lexer::LexError;

/// CPython's `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
    }
}

fn span_err(msg: impl Into<String>, e: &Expr) -> LexError {
    err_at(msg, e.span.start as usize, e.span.end as usize)
}

/// CPython's `_PyPegen_get_invalid_target` for store targets.
fn invalid_target(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) => invalid_target(inner),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_target),
        _ => Some(e),
    }
}

fn is_unparenthesized_tuple(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Tuple(elts) if !elts.is_empty() && elts[0].span.start == e.span.start)
}

/// At most "bitwise_or" precedence (what CPython's invalid_named_expression can see).
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        &e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Starred(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    ) && !is_unparenthesized_tuple(e)
}

/// Check `t1 = t2 = ... = value`, with CPython's messages.
pub fn check_assign(targets: &[Expr], value: &Expr) -> Result<(), LexError> {
    if targets.iter().all(|t| invalid_target(t).is_none()) {
        return Ok(());
    }
    // invalid_named_expression on the expression right before the first '='
    let t1 = &targets[0];
    let e = match &t1.kind {
        ExprKind::Tuple(elts) if is_unparenthesized_tuple(t1) => {
            // `a, b, = x` has a trailing comma: the last element is not before '='
            elts.last().filter(|last| last.span.end == t1.span.end)
        }
        _ => Some(t1),
    };
    let next = targets.get(1).unwrap_or(value);
    let followed_by_eq = targets.len() >= 2 && is_bitwise_or_level(next);
    if let Some(e) = e {
        if !followed_by_eq && is_bitwise_or_level(e) {
            if let ExprKind::Name(_) = e.kind {
                return Err(span_err(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    e,
                ));
            }
            let excluded = matches!(
                &e.kind,
                ExprKind::List(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            );
            if !excluded {
                return Err(span_err(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(e)
                    ),
                    e,
                ));
            }
        }
    }
    for t in targets {
        if let Some(bad) = invalid_target(t) {
            return Err(span_err(
                format!("cannot assign to {}", expr_name(bad)),
                bad,
            ));
        }
    }
    Ok(())
}

pub fn check_for_target(t: &Expr) -> Result<(), LexError> {
    match invalid_target(t) {
        Some(bad) => Err(span_err(
            format!("cannot assign to {}", expr_name(bad)),
            bad,
        )),
        None => Ok(()),
    }
}

#[derive(Clone, Copy)]
struct Ctx {
    /// None at module level, Some(is_async) inside a function.
    func: Option<bool>,
    in_loop: bool,
}

/// Run the compile-time checks over a parsed module.
pub fn validate(m: &Module) -> Result<(), LexError> {
    // symtable errors come first in CPython
    symtable_stmts(&m.body, true)?;
    let ctx = Ctx {
        func: None,
        in_loop: false,
    };
    for s in &m.body {
        stmt(s, ctx)?;
    }
    Ok(())
}

fn symtable_stmts(body: &[Stmt], module_level: bool) -> Result<(), LexError> {
    for s in body {
        match &s.kind {
            StmtKind::Nonlocal(_) if module_level => {
                return Err(err_at(
                    "nonlocal declaration not allowed at module level",
                    s.span.start as usize,
                    s.span.end as usize,
                ))
            }
            StmtKind::FunctionDef(f) => {
                let p = &f.params;
                let mut seen: Vec<&str> = Vec::new();
                let all = p
                    .posonly
                    .iter()
                    .chain(&p.args)
                    .chain(&p.vararg)
                    .chain(&p.kwonly)
                    .chain(&p.kwarg);
                for param in all {
                    if seen.contains(&&*param.name.name) {
                        return Err(err_at(
                            format!(
                                "duplicate argument '{}' in function definition",
                                param.name.name
                            ),
                            param.name.span.start as usize,
                            param.name.span.end as usize,
                        ));
                    }
                    seen.push(&param.name.name);
                }
                symtable_stmts(&f.body, false)?;
            }
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                symtable_stmts(body, module_level)?;
                symtable_stmts(orelse, module_level)?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn stmt_err(msg: &str, s: &Stmt) -> LexError {
    err_at(msg, s.span.start as usize, s.span.end as usize)
}

fn stmts(body: &[Stmt], ctx: Ctx) -> Result<(), LexError> {
    body.iter().try_for_each(|s| stmt(s, ctx))
}

fn stmt(s: &Stmt, ctx: Ctx) -> Result<(), LexError> {
    match &s.kind {
        StmtKind::Expr(e) => {
            if let ExprKind::Starred(_) = e.kind {
                return Err(span_err("can't use starred expression here", e));
            }
            expr(e, ctx)
        }
        StmtKind::Assign { targets, value } => {
            for t in targets {
                check_store(t)?;
                expr(t, ctx)?;
            }
            if let ExprKind::Starred(_) = value.kind {
                return Err(span_err("can't use starred expression here", value));
            }
            expr(value, ctx)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, ctx)?;
            if let ExprKind::Starred(_) = value.kind {
                return Err(span_err("can't use starred expression here", value));
            }
            expr(value, ctx)
        }
        StmtKind::FunctionDef(f) => {
            let p = &f.params;
            for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
                if let Some(d) = &param.default {
                    expr(d, ctx)?;
                }
            }
            stmts(
                &f.body,
                Ctx {
                    func: Some(f.is_async),
                    in_loop: false,
                },
            )
        }
        StmtKind::Return(v) => {
            if ctx.func.is_none() {
                return Err(stmt_err("'return' outside function", s));
            }
            if let Some(v) = v {
                if let ExprKind::Starred(_) = v.kind {
                    return Err(span_err("can't use starred expression here", v));
                }
                expr(v, ctx)?;
            }
            Ok(())
        }
        StmtKind::If { test, body, orelse } => {
            expr(test, ctx)?;
            stmts(body, ctx)?;
            stmts(orelse, ctx)
        }
        StmtKind::While { test, body, orelse } => {
            expr(test, ctx)?;
            stmts(
                body,
                Ctx {
                    in_loop: true,
                    ..ctx
                },
            )?;
            stmts(orelse, ctx)
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            check_store(target)?;
            expr(target, ctx)?;
            expr(iter, ctx)?;
            stmts(
                body,
                Ctx {
                    in_loop: true,
                    ..ctx
                },
            )?;
            stmts(orelse, ctx)
        }
        StmtKind::Break if !ctx.in_loop => Err(stmt_err("'break' outside loop", s)),
        StmtKind::Continue if !ctx.in_loop => Err(stmt_err("'continue' not properly in loop", s)),
        _ => Ok(()),
    }
}

/// Compiler checks on a store target: starred placement.
fn check_store(t: &Expr) -> Result<(), LexError> {
    match &t.kind {
        ExprKind::Starred(_) => Err(span_err(
            "starred assignment target must be in a list or tuple",
            t,
        )),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            let n = elts
                .iter()
                .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                .count();
            if n > 1 {
                return Err(span_err("multiple starred expressions in assignment", t));
            }
            for e in elts {
                match &e.kind {
                    ExprKind::Starred(inner) => check_store(inner)?,
                    _ => check_store(e)?,
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn expr(e: &Expr, ctx: Ctx) -> Result<(), LexError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => Ok(()),
        ExprKind::FString(parts) => fparts(parts, ctx),
        ExprKind::List(v) | ExprKind::Tuple(v) => v.iter().try_for_each(|x| expr(x, ctx)),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    expr(k, ctx)?;
                }
                expr(v, ctx)?;
            }
            Ok(())
        }
        ExprKind::Attribute { value, .. } => expr(value, ctx),
        ExprKind::Subscript { value, index } => {
            expr(value, ctx)?;
            expr(index, ctx)
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                expr(x, ctx)?;
            }
            Ok(())
        }
        ExprKind::Starred(v) => expr(v, ctx),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func, ctx)?;
            args.iter().try_for_each(|x| expr(x, ctx))?;
            keywords.iter().try_for_each(|k| expr(&k.value, ctx))
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, ctx)?;
            expr(right, ctx)
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, ctx),
        ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|x| expr(x, ctx)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left, ctx)?;
            comparators.iter().try_for_each(|x| expr(x, ctx))
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, ctx)?;
            expr(body, ctx)?;
            expr(orelse, ctx)
        }
        ExprKind::Await(v) => {
            match ctx.func {
                None => return Err(span_err("'await' outside function", e)),
                Some(false) => return Err(span_err("'await' outside async function", e)),
                Some(true) => {}
            }
            expr(v, ctx)
        }
    }
}

fn fparts(parts: &[FStringPart], ctx: Ctx) -> Result<(), LexError> {
    for p in parts {
        if let FStringPart::Field { value, spec, .. } = p {
            expr(value, ctx)?;
            if let Some(spec) = spec {
                fparts(spec, ctx)?;
            }
        }
    }
    Ok(())
}
