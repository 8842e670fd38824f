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
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        },
        ExprKind::Set(_) => "set display",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr { .. } => "named expression",
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

/// CPython's `_PyPegen_get_invalid_target` for `del` targets.
pub fn invalid_del_target(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_del_target),
        _ => Some(e),
    }
}

fn is_unparenthesized_tuple(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Tuple(elts) if !elts.is_empty() && elts[0].span.start == e.span.start)
}

/// At most "bitwise_or" precedence (what CPython's invalid_named_expression can see).
fn is_bitwise_or_level(src: &str, e: &Expr) -> bool {
    if let ExprKind::Lambda(_) = e.kind {
        // only a parenthesised lambda is an atom
        return src[..e.span.start as usize].trim_end().ends_with('(');
    }
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
        && !matches!(&e.kind, ExprKind::Comprehension(c) if c.kind == ComprehensionKind::Generator)
}

/// Check `t1 = t2 = ... = value`, with CPython's messages.
pub fn check_assign(src: &str, targets: &[Expr], value: &Expr) -> Result<(), LexError> {
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
    let followed_by_eq = targets.len() >= 2 && is_bitwise_or_level(src, next);
    if let Some(e) = e {
        if !followed_by_eq && is_bitwise_or_level(src, e) {
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
    /// None at module level and in class bodies, Some(is_async) inside a
    /// function or lambda.
    func: Option<bool>,
    in_loop: bool,
    /// The enclosing function is an async generator (async def with yield).
    async_gen: bool,
    /// Inside the element/conditions of a comprehension of this kind.
    comp: Option<ComprehensionKind>,
    /// Directly in a class body.
    in_class: bool,
    /// Inside an `except*` handler of the current function: `return` would
    /// leave it.
    in_except_star: bool,
    /// `break`/`continue` would leave an `except*` handler (no loop between).
    loop_exits_except_star: bool,
}

/// CPython's `compiler_unwind_fblock` refuses to unwind an
/// `EXCEPTION_GROUP_HANDLER` block (Python/compile.c), before it looks for
/// the loop.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

const MODULE: Ctx = Ctx {
    func: None,
    in_loop: false,
    async_gen: false,
    comp: None,
    in_class: false,
    in_except_star: false,
    loop_exits_except_star: false,
};

/// Run the compile-time checks over a parsed module.
pub fn validate(m: &Module) -> Result<(), LexError> {
    // symtable errors come first in CPython
    symtable_stmts(&m.body, true)?;
    for s in &m.body {
        stmt(s, MODULE)?;
    }
    Ok(())
}

fn dup_params(p: &Parameters) -> Result<(), LexError> {
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
                dup_params(&f.params)?;
                symtable_stmts(&f.body, false)?;
            }
            StmtKind::ClassDef(c) => symtable_stmts(&c.body, false)?,
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. }
            | StmtKind::AsyncFor { body, orelse, .. } => {
                symtable_stmts(body, module_level)?;
                symtable_stmts(orelse, module_level)?;
            }
            StmtKind::With { body, .. } => symtable_stmts(body, module_level)?,
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    symtable_stmts(&c.body, module_level)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                symtable_stmts(body, module_level)?;
                for h in handlers {
                    symtable_stmts(&h.body, module_level)?;
                }
                symtable_stmts(orelse, module_level)?;
                symtable_stmts(finalbody, module_level)?;
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

fn no_star(e: &Expr) -> Result<(), LexError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(span_err("can't use starred expression here", e));
    }
    Ok(())
}

/// Does this function body (not nested scopes) contain `yield`?
pub fn body_has_yield(body: &[Stmt]) -> bool {
    fn e(x: &Expr) -> bool {
        let mut found = false;
        walk_expr_shallow(x, &mut |y| {
            if matches!(y.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                found = true;
            }
        });
        found
    }
    body.iter().any(|s| stmt_has(s, &e))
}

fn stmt_has(s: &Stmt, f: &dyn Fn(&Expr) -> bool) -> bool {
    let b = |v: &[Stmt]| v.iter().any(|s| stmt_has(s, f));
    match &s.kind {
        StmtKind::Expr(x) => f(x),
        StmtKind::Assign { targets, value } => targets.iter().any(f) || f(value),
        StmtKind::AugAssign { target, value, .. } => f(target) || f(value),
        StmtKind::AnnAssign { target, value, .. } => f(target) || value.as_ref().is_some_and(f),
        StmtKind::Return(v) => v.as_ref().is_some_and(f),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            f(test) || b(body) || b(orelse)
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        }
        | StmtKind::AsyncFor {
            target,
            iter,
            body,
            orelse,
        } => f(target) || f(iter) || b(body) || b(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            b(body)
                || handlers
                    .iter()
                    .any(|h| h.typ.as_ref().is_some_and(f) || b(&h.body))
                || b(orelse)
                || b(finalbody)
        }
        StmtKind::Raise { exc, cause } => {
            exc.as_ref().is_some_and(f) || cause.as_ref().is_some_and(f)
        }
        StmtKind::With { items, body, .. } => {
            items
                .iter()
                .any(|i| f(&i.context) || i.target.as_ref().is_some_and(f))
                || b(body)
        }
        StmtKind::Delete(v) => v.iter().any(f),
        StmtKind::Assert { test, msg } => f(test) || msg.as_ref().is_some_and(f),
        StmtKind::Match { subject, cases } => {
            f(subject)
                || cases
                    .iter()
                    .any(|c| c.guard.as_ref().is_some_and(f) || b(&c.body))
        }
        // decorators, defaults and bases run in this scope
        StmtKind::FunctionDef(d) => {
            d.decorators.iter().any(f)
                || d.params
                    .posonly
                    .iter()
                    .chain(&d.params.args)
                    .chain(&d.params.kwonly)
                    .any(|p| p.default.as_ref().is_some_and(f))
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().any(f)
                || c.bases.iter().any(f)
                || c.keywords.iter().any(|k| f(&k.value))
        }
        _ => false,
    }
}

/// Visit `e` and its subexpressions that belong to the same scope (not the
/// bodies of lambdas, nor comprehensions except their first iterable).
fn walk_expr_shallow(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Lambda(d) => {
            for p in d
                .params
                .posonly
                .iter()
                .chain(&d.params.args)
                .chain(&d.params.kwonly)
            {
                if let Some(x) = &p.default {
                    walk_expr_shallow(x, f);
                }
            }
        }
        ExprKind::Comprehension(c) => {
            if let Some(g) = c.generators.first() {
                walk_expr_shallow(&g.iter, f);
            }
        }
        _ => children(e, &mut |c| walk_expr_shallow(c, f)),
    }
}

/// The direct subexpressions of `e` (for lambdas and comprehensions: none).
fn children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => fstring_children(parts, f),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().for_each(f),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index)
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                f(x);
            }
        }
        ExprKind::Starred(v) | ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v)
            }
        }
        ExprKind::NamedExpr { value, .. } => f(value),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right)
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f)
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse)
        }
        ExprKind::Lambda(_) | ExprKind::Comprehension(_) => {}
    }
}

fn fstring_children(parts: &[FStringPart], f: &mut dyn FnMut(&Expr)) {
    for p in parts {
        if let FStringPart::Field { value, spec, .. } = p {
            f(value);
            if let Some(spec) = spec {
                fstring_children(spec, f);
            }
        }
    }
}

fn is_debug(n: &str) -> bool {
    n == "__debug__"
}

fn debug_err(span: Span) -> LexError {
    err_at(
        "cannot assign to __debug__",
        span.start as usize,
        span.end as usize,
    )
}

/// `__debug__` as a store target (CPython's compiler `forbidden_name`).
fn check_debug_target(t: &Expr) -> Result<(), LexError> {
    match &t.kind {
        ExprKind::Name(n) if is_debug(&n.id) => Err(debug_err(t.span)),
        ExprKind::Attribute { attr, .. } if is_debug(&attr.name) => Err(debug_err(t.span)),
        ExprKind::Starred(v) => check_debug_target(v),
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().try_for_each(check_debug_target),
        _ => Ok(()),
    }
}

fn check_debug_params(p: &Parameters, at: Span) -> Result<(), LexError> {
    let all = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.vararg)
        .chain(&p.kwonly)
        .chain(&p.kwarg);
    for param in all {
        if is_debug(&param.name.name) {
            return Err(debug_err(at));
        }
    }
    Ok(())
}

fn func_ctx(is_async: bool, body: &[Stmt]) -> Ctx {
    Ctx {
        func: Some(is_async),
        in_loop: false,
        async_gen: is_async && body_has_yield(body),
        comp: None,
        in_class: false,
        in_except_star: false,
        loop_exits_except_star: false,
    }
}

fn defaults(p: &Parameters, ctx: Ctx) -> Result<(), LexError> {
    for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
        if let Some(d) = &param.default {
            expr(d, ctx)?;
        }
    }
    Ok(())
}

fn stmt(s: &Stmt, ctx: Ctx) -> Result<(), LexError> {
    match &s.kind {
        StmtKind::Expr(e) => {
            no_star(e)?;
            expr(e, ctx)
        }
        StmtKind::Assign { targets, value } => {
            for t in targets {
                check_store(t)?;
                check_debug_target(t)?;
                expr(t, ctx)?;
            }
            no_star(value)?;
            expr(value, ctx)
        }
        StmtKind::AugAssign { target, value, .. } => {
            check_debug_target(target)?;
            expr(target, ctx)?;
            no_star(value)?;
            expr(value, ctx)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            check_debug_target(target)?;
            expr(target, ctx)?;
            expr(annotation, ctx)?;
            if let Some(v) = value {
                no_star(v)?;
                expr(v, ctx)?;
            }
            if ctx.in_except_star {
                return Err(stmt_err(EXCEPT_STAR_EXIT, s));
            }
            Ok(())
        }
        StmtKind::FunctionDef(f) => {
            if is_debug(&f.name.name) {
                return Err(debug_err(s.span));
            }
            check_debug_params(&f.params, s.span)?;
            f.decorators.iter().try_for_each(|d| expr(d, ctx))?;
            defaults(&f.params, ctx)?;
            f.annotations().try_for_each(|a| expr(a, ctx))?;
            stmts(&f.body, func_ctx(f.is_async, &f.body))
        }
        StmtKind::ClassDef(c) => {
            if is_debug(&c.name.name) {
                return Err(debug_err(s.span));
            }
            c.decorators.iter().try_for_each(|d| expr(d, ctx))?;
            c.bases.iter().try_for_each(|d| expr(d, ctx))?;
            for k in &c.keywords {
                if k.arg.as_ref().is_some_and(|a| is_debug(&a.name)) {
                    return Err(debug_err(s.span));
                }
                expr(&k.value, ctx)?;
            }
            stmts(
                &c.body,
                Ctx {
                    in_class: true,
                    ..MODULE
                },
            )
        }
        StmtKind::Return(v) => {
            if ctx.func.is_none() {
                return Err(stmt_err("'return' outside function", s));
            }
            if let Some(v) = v {
                if ctx.async_gen {
                    return Err(stmt_err("'return' with value in async generator", s));
                }
                no_star(v)?;
                expr(v, ctx)?;
            }
            if ctx.in_except_star {
                return Err(stmt_err(EXCEPT_STAR_EXIT, s));
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
                    loop_exits_except_star: false,
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
        }
        | StmtKind::AsyncFor {
            target,
            iter,
            body,
            orelse,
        } => {
            if matches!(s.kind, StmtKind::AsyncFor { .. }) && ctx.func != Some(true) {
                return Err(stmt_err("'async for' outside async function", s));
            }
            check_store(target)?;
            check_debug_target(target)?;
            expr(target, ctx)?;
            expr(iter, ctx)?;
            stmts(
                body,
                Ctx {
                    in_loop: true,
                    loop_exits_except_star: false,
                    ..ctx
                },
            )?;
            stmts(orelse, ctx)
        }
        StmtKind::Break | StmtKind::Continue if ctx.loop_exits_except_star => {
            Err(stmt_err(EXCEPT_STAR_EXIT, s))
        }
        StmtKind::Break if !ctx.in_loop => Err(stmt_err("'break' outside loop", s)),
        StmtKind::Continue if !ctx.in_loop => Err(stmt_err("'continue' not properly in loop", s)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => {
            stmts(body, ctx)?;
            for h in handlers {
                if let Some(t) = &h.typ {
                    expr(t, ctx)?;
                }
                if let Some(n) = &h.name {
                    if is_debug(&n.name) {
                        return Err(debug_err(h.span));
                    }
                }
                let handler_ctx = if *is_star {
                    Ctx {
                        in_except_star: true,
                        loop_exits_except_star: true,
                        ..ctx
                    }
                } else {
                    ctx
                };
                stmts(&h.body, handler_ctx)?;
            }
            stmts(orelse, ctx)?;
            stmts(finalbody, ctx)
        }
        StmtKind::Raise { exc, cause } => {
            for x in [exc, cause].into_iter().flatten() {
                expr(x, ctx)?;
            }
            Ok(())
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            if *is_async && ctx.func != Some(true) {
                return Err(stmt_err("'async with' outside async function", s));
            }
            for i in items {
                expr(&i.context, ctx)?;
                if let Some(t) = &i.target {
                    check_store(t)?;
                    check_debug_target(t)?;
                    expr(t, ctx)?;
                }
            }
            stmts(body, ctx)
        }
        StmtKind::Delete(targets) => {
            for t in targets {
                if let Some(bad) = debug_name(t) {
                    return Err(span_err("cannot delete __debug__", bad));
                }
                expr(t, ctx)?;
            }
            Ok(())
        }
        StmtKind::Assert { test, msg } => {
            expr(test, ctx)?;
            if let Some(m) = msg {
                expr(m, ctx)?;
            }
            Ok(())
        }
        StmtKind::Match { subject, cases } => {
            expr(subject, ctx)?;
            let n = cases.len();
            for (i, c) in cases.iter().enumerate() {
                let mut pc = PatternCheck {
                    loc: c.pattern.span,
                    stores: Vec::new(),
                    allow_irrefutable: c.guard.is_some() || i + 1 == n,
                };
                pc.pattern(&c.pattern)?;
                pattern_exprs(&c.pattern, ctx)?;
                if let Some(g) = &c.guard {
                    expr(g, ctx)?;
                }
                stmts(&c.body, ctx)?;
            }
            Ok(())
        }
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                let bound = match &a.asname {
                    Some(n) => n.name.clone(),
                    None => a.name.split('.').next().unwrap_or("").into(),
                };
                if is_debug(&bound) {
                    return Err(debug_err(s.span));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn debug_name(t: &Expr) -> Option<&Expr> {
    match &t.kind {
        ExprKind::Name(n) if is_debug(&n.id) => Some(t),
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().find_map(debug_name),
        _ => None,
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

/// CPython's symtable rules for `:=` inside a comprehension.
fn walrus_in_comp(c: &Comprehension, in_class: bool) -> Result<(), LexError> {
    fn named(e: &Expr, out: &mut Vec<(Span, std::rc::Rc<str>)>) {
        walk_expr_shallow(e, &mut |x| {
            if let ExprKind::NamedExpr { target, .. } = &x.kind {
                out.push((x.span, target.id.clone()));
            }
        });
    }
    let sp_err = |msg: String, sp: Span| err_at(msg, sp.start as usize, sp.end as usize);
    for g in &c.generators {
        let mut found = Vec::new();
        named(&g.iter, &mut found);
        if let Some((sp, _)) = found.first() {
            return Err(sp_err(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                *sp,
            ));
        }
    }
    let mut targets: Vec<&str> = Vec::new();
    fn names<'a>(t: &'a Expr, out: &mut Vec<&'a str>) {
        match &t.kind {
            ExprKind::Name(n) => out.push(&n.id),
            ExprKind::Starred(v) => names(v, out),
            ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().for_each(|x| names(x, out)),
            _ => {}
        }
    }
    for g in &c.generators {
        names(&g.target, &mut targets);
    }
    let mut found = Vec::new();
    named(&c.elt, &mut found);
    if let Some(v) = &c.value {
        named(v, &mut found);
    }
    for g in &c.generators {
        for i in &g.ifs {
            named(i, &mut found);
        }
    }
    for (sp, id) in found {
        if targets.contains(&&*id) {
            return Err(sp_err(
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{}'",
                    id
                ),
                sp,
            ));
        }
        if in_class {
            return Err(sp_err(
                "assignment expression within a comprehension cannot be used in a class body"
                    .into(),
                sp,
            ));
        }
    }
    Ok(())
}

fn comp_name(k: ComprehensionKind) -> &'static str {
    match k {
        ComprehensionKind::List => "list comprehension",
        ComprehensionKind::Set => "set comprehension",
        ComprehensionKind::Dict => "dict comprehension",
        ComprehensionKind::Generator => "generator expression",
    }
}

/// Does `e` contain an `await` in its own scope (not in nested lambdas or
/// comprehensions' inner parts)?
fn has_await(e: &Expr) -> bool {
    let mut found = false;
    walk_expr_shallow(e, &mut |x| {
        if let ExprKind::Await(_) = x.kind {
            found = true;
        }
    });
    found
}

fn expr(e: &Expr, ctx: Ctx) -> Result<(), LexError> {
    match &e.kind {
        ExprKind::Await(v) => {
            match ctx.func {
                None => return Err(span_err("'await' outside function", e)),
                Some(false) => return Err(span_err("'await' outside async function", e)),
                Some(true) => {}
            }
            expr(v, ctx)
        }
        ExprKind::Yield(v) => {
            if let Some(k) = ctx.comp {
                return Err(span_err(format!("'yield' inside {}", comp_name(k)), e));
            }
            if ctx.func.is_none() {
                return Err(span_err("'yield' outside function", e));
            }
            if let Some(v) = v {
                expr(v, ctx)?;
            }
            Ok(())
        }
        ExprKind::YieldFrom(v) => {
            if let Some(k) = ctx.comp {
                return Err(span_err(format!("'yield' inside {}", comp_name(k)), e));
            }
            match ctx.func {
                None => return Err(span_err("'yield' outside function", e)),
                Some(true) => return Err(span_err("'yield from' inside async function", e)),
                Some(false) => {}
            }
            expr(v, ctx)
        }
        ExprKind::NamedExpr { target, value } => {
            if is_debug(&target.id) {
                return Err(debug_err(e.span));
            }
            expr(value, ctx)
        }
        ExprKind::Lambda(f) => {
            dup_params(&f.params)?;
            check_debug_params(&f.params, e.span)?;
            defaults(&f.params, ctx)?;
            stmts(&f.body, func_ctx(false, &f.body))
        }
        ExprKind::Comprehension(c) => {
            // the first iterable is evaluated in the enclosing scope
            if let Some(g) = c.generators.first() {
                expr(&g.iter, ctx)?;
            }
            let is_gen = c.kind == ComprehensionKind::Generator;
            let inner = Ctx {
                // a generator expression may always be asynchronous; other
                // comprehensions inherit the enclosing function's
                func: Some(is_gen || ctx.func == Some(true)),
                in_loop: false,
                async_gen: false,
                comp: Some(c.kind),
                in_class: false,
                in_except_star: false,
                loop_exits_except_star: false,
            };
            walrus_in_comp(c, ctx.in_class)?;
            // yield checks come before the async ones (symtable first)
            let parts = || {
                std::iter::once(&c.elt)
                    .chain(&c.value)
                    .chain(
                        c.generators
                            .iter()
                            .flat_map(|g| std::iter::once(&g.target).chain(&g.ifs)),
                    )
                    .chain(c.generators.iter().skip(1).map(|g| &g.iter))
            };
            for p in parts() {
                let mut bad = None;
                walk_expr_shallow(p, &mut |x| {
                    if bad.is_none()
                        && matches!(x.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                    {
                        bad = Some(x.span);
                    }
                });
                if let Some(sp) = bad {
                    return Err(err_at(
                        format!("'yield' inside {}", comp_name(c.kind)),
                        sp.start as usize,
                        sp.end as usize,
                    ));
                }
            }
            if !is_gen && ctx.func != Some(true) {
                let is_async = c.generators.iter().any(|g| g.is_async) || parts().any(has_await);
                if is_async {
                    return Err(span_err(
                        "asynchronous comprehension outside of an asynchronous function",
                        e,
                    ));
                }
            }
            for g in &c.generators {
                check_debug_target(&g.target)?;
            }
            for p in parts() {
                expr(p, inner)?;
            }
            Ok(())
        }
        ExprKind::Call { keywords, .. } => {
            if keywords
                .iter()
                .any(|k| k.arg.as_ref().is_some_and(|a| is_debug(&a.name)))
            {
                return Err(debug_err(e.span));
            }
            let mut r = Ok(());
            children(e, &mut |c| {
                if r.is_ok() {
                    r = expr(c, ctx);
                }
            });
            r
        }
        _ => {
            let mut r = Ok(());
            children(e, &mut |c| {
                if r.is_ok() {
                    r = expr(c, ctx);
                }
            });
            r
        }
    }
}

/// The expressions inside a pattern (values, class names, keys).
fn pattern_exprs(p: &Pattern, ctx: Ctx) -> Result<(), LexError> {
    match &p.kind {
        PatternKind::Value(e) => expr(e, ctx),
        PatternKind::Singleton(_) | PatternKind::Star(_) => Ok(()),
        PatternKind::Sequence(v) | PatternKind::Or(v) => {
            v.iter().try_for_each(|q| pattern_exprs(q, ctx))
        }
        PatternKind::Mapping { keys, patterns, .. } => {
            keys.iter().try_for_each(|k| expr(k, ctx))?;
            patterns.iter().try_for_each(|q| pattern_exprs(q, ctx))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            expr(cls, ctx)?;
            patterns
                .iter()
                .chain(kwd_patterns)
                .try_for_each(|q| pattern_exprs(q, ctx))
        }
        PatternKind::As { pattern, .. } => match pattern {
            Some(q) => pattern_exprs(q, ctx),
            None => Ok(()),
        },
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::As {
            pattern: None,
            name: None
        }
    )
}

/// A literal mapping key, folded the way CPython's AST optimizer does, for
/// the duplicate-key check.
#[derive(PartialEq)]
enum KeyConst {
    Num(f64),
    /// An imaginary literal's imaginary part.
    Imaginary(f64),
    Big(String),
    Str(std::rc::Rc<str>),
    Bytes(std::rc::Rc<[u8]>),
    None,
}

fn key_const(e: &Expr) -> Option<(KeyConst, String)> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => (KeyConst::None, "None".into()),
            Constant::True => (KeyConst::Num(1.0), "True".into()),
            Constant::False => (KeyConst::Num(0.0), "False".into()),
            Constant::Ellipsis => return Option::None,
            // `0j` is the key 0.
            Constant::Imaginary(x) if *x == 0.0 => (KeyConst::Num(0.0), "0j".into()),
            Constant::Imaginary(x) => (
                KeyConst::Imaginary(*x),
                crate::text::literal::complex_repr(0.0, *x),
            ),
            Constant::Int(i) => (KeyConst::Num(*i as f64), i.to_string()),
            Constant::BigInt(b) => (KeyConst::Big(b.to_string()), b.to_string()),
            Constant::Float(x) => (KeyConst::Num(*x), crate::text::literal::float_repr(*x)),
            Constant::Str(s) => (KeyConst::Str(s.clone()), crate::text::literal::str_repr(s)),
            Constant::Bytes(b) => (
                KeyConst::Bytes(b.clone()),
                crate::text::literal::bytes_repr(b),
            ),
        }),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(i)) => {
                Some((KeyConst::Num(-(*i as f64)), (-(*i as i128)).to_string()))
            }
            ExprKind::Constant(Constant::BigInt(b)) => {
                let v = format!("-{}", b);
                Some((KeyConst::Big(v.clone()), v))
            }
            ExprKind::Constant(Constant::Float(x)) => {
                Some((KeyConst::Num(-x), crate::text::literal::float_repr(-x)))
            }
            ExprKind::Constant(Constant::Imaginary(x)) => Some((
                if *x == 0.0 {
                    KeyConst::Num(0.0)
                } else {
                    KeyConst::Imaginary(-x)
                },
                crate::text::literal::complex_repr(-0.0, -x),
            )),
            _ => Option::None,
        },
        _ => Option::None,
    }
}

/// CPython's compile-time pattern checks (`compiler_pattern` and friends),
/// in its order. Errors point at the last pattern the compiler entered,
/// as CPython's do.
struct PatternCheck<'a> {
    loc: Span,
    stores: Vec<&'a str>,
    allow_irrefutable: bool,
}

impl<'a> PatternCheck<'a> {
    fn err(&self, msg: impl Into<String>) -> LexError {
        err_at(msg, self.loc.start as usize, self.loc.end as usize)
    }

    fn store(&mut self, name: &'a Option<Name>) -> Result<(), LexError> {
        let Some(n) = name else { return Ok(()) };
        if is_debug(&n.id) {
            return Err(self.err("cannot assign to __debug__"));
        }
        if self.stores.contains(&&*n.id) {
            return Err(self.err(format!(
                "multiple assignments to name '{}' in pattern",
                n.id
            )));
        }
        self.stores.push(&n.id);
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern) -> Result<(), LexError> {
        let allow = self.allow_irrefutable;
        self.allow_irrefutable = true;
        let r = self.pattern(p);
        self.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &'a Pattern) -> Result<(), LexError> {
        self.loc = p.span;
        match &p.kind {
            PatternKind::Value(e) => {
                let ok = match &e.kind {
                    ExprKind::Constant(_) | ExprKind::Attribute { .. } => true,
                    ExprKind::UnaryOp { operand, .. } => {
                        matches!(operand.kind, ExprKind::Constant(_))
                    }
                    // `1+2j`, checked by the parser.
                    ExprKind::BinOp { right, .. } => {
                        matches!(right.kind, ExprKind::Constant(Constant::Imaginary(_)))
                    }
                    _ => false,
                };
                if !ok {
                    return Err(self.err("patterns may only match literals and attribute lookups"));
                }
                Ok(())
            }
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Star(name) => self.store(name),
            PatternKind::Sequence(items) => {
                let mut star = None;
                let mut only_wildcard = true;
                let mut star_wildcard = false;
                for (i, q) in items.iter().enumerate() {
                    if let PatternKind::Star(n) = &q.kind {
                        if star.is_some() {
                            return Err(self.err("multiple starred names in sequence pattern"));
                        }
                        star_wildcard = n.is_none();
                        only_wildcard &= star_wildcard;
                        star = Some(i);
                        continue;
                    }
                    only_wildcard &= is_wildcard(q);
                }
                if only_wildcard {
                    return Ok(());
                }
                for (i, q) in items.iter().enumerate() {
                    if star_wildcard && (is_wildcard(q) || Some(i) == star) {
                        continue;
                    }
                    self.subpattern(q)?;
                }
                Ok(())
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut seen: Vec<KeyConst> = Vec::new();
                for k in keys {
                    if let Some((c, repr)) = key_const(k) {
                        if seen.contains(&c) {
                            return Err(self
                                .err(format!("mapping pattern checks duplicate key ({})", repr)));
                        }
                        seen.push(c);
                    } else if !matches!(k.kind, ExprKind::Attribute { .. } | ExprKind::BinOp { .. })
                    {
                        return Err(self.err(
                            "mapping pattern keys may only match literals and attribute lookups",
                        ));
                    }
                }
                for q in patterns {
                    self.subpattern(q)?;
                }
                self.store(rest)
            }
            PatternKind::Class {
                patterns,
                kwd_attrs,
                kwd_patterns,
                ..
            } => {
                for (i, a) in kwd_attrs.iter().enumerate() {
                    self.loc = kwd_patterns[i].span;
                    if is_debug(&a.name) {
                        return Err(self.err("cannot assign to __debug__"));
                    }
                    for (j, b) in kwd_attrs.iter().enumerate().skip(i + 1) {
                        if a.name == b.name {
                            self.loc = kwd_patterns[j].span;
                            return Err(self.err(format!(
                                "attribute name repeated in class pattern: {}",
                                a.name
                            )));
                        }
                    }
                }
                for q in patterns.iter().chain(kwd_patterns) {
                    if !is_wildcard(q) {
                        self.subpattern(q)?;
                    }
                }
                Ok(())
            }
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !self.allow_irrefutable {
                    return Err(match name {
                        Some(n) => self.err(format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.id
                        )),
                        None => self.err("wildcard makes remaining patterns unreachable"),
                    });
                }
                self.store(name)
            }
            PatternKind::As {
                pattern: Some(q),
                name,
            } => {
                self.pattern(q)?;
                self.store(name)
            }
            PatternKind::Or(alts) => {
                let outer = std::mem::take(&mut self.stores);
                let allow = self.allow_irrefutable;
                let mut control: Option<Vec<&'a str>> = None;
                for (i, alt) in alts.iter().enumerate() {
                    self.loc = alt.span;
                    self.stores = Vec::new();
                    self.allow_irrefutable = i + 1 == alts.len() && allow;
                    self.pattern(alt)?;
                    match &control {
                        None => control = Some(std::mem::take(&mut self.stores)),
                        Some(c) => {
                            if c.len() != self.stores.len()
                                || c.iter().any(|n| !self.stores.contains(n))
                            {
                                return Err(self.err("alternative patterns bind different names"));
                            }
                        }
                    }
                }
                self.allow_irrefutable = allow;
                self.stores = outer;
                for n in control.unwrap_or_default() {
                    if self.stores.contains(&n) {
                        return Err(
                            self.err(format!("multiple assignments to name '{}' in pattern", n))
                        );
                    }
                    self.stores.push(n);
                }
                Ok(())
            }
        }
    }
}
