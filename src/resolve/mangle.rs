//! Private name mangling: inside a class, an identifier spelled `__name`
//! becomes `_Class__name` before scopes are decided, so that a subclass's
//! private attributes and variables cannot collide with its base's.
//!
//! The rule is CPython's (`compile.c`, `_Py_Mangle`): the name starts with
//! two underscores, does not end with two, holds no dot, and the innermost
//! enclosing class's name is not all underscores; that name's leading
//! underscores are dropped. It applies to every identifier the code spells
//! (variables, attributes, parameters, `global` and `nonlocal` names,
//! imported module and member names) in the class body and in the
//! functions, lambdas and comprehensions nested in it, but not to strings,
//! nor to the names of keyword arguments in calls, nor to the keyword
//! attributes of a class pattern.

use std::rc::Rc;

use crate::syntax::ast::*;

/// `name` as spelled inside class `class_name`, when mangling changes it.
pub fn private_name(class_name: &str, name: &str) -> Option<Rc<str>> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let class = class_name.trim_start_matches('_');
    if class.is_empty() {
        return None;
    }
    Some(Rc::from(format!("_{class}{name}")))
}

/// Rewrites the private names of every class in `body`, a module.
pub fn module(body: &mut [Stmt]) {
    block(body, None);
}

/// The innermost enclosing class's name, if any.
type Private<'a> = Option<&'a str>;

fn rename(name: &mut Rc<str>, p: Private) {
    if let Some(class) = p {
        if let Some(mangled) = private_name(class, name) {
            *name = mangled;
        }
    }
}

fn block(body: &mut [Stmt], p: Private) {
    for stmt in body {
        self::stmt(stmt, p);
    }
}

fn stmt(s: &mut Stmt, p: Private) {
    match &mut s.kind {
        StmtKind::Expr(e) => expr(e, p),
        StmtKind::Assign { targets, value } => {
            exprs(targets, p);
            expr(value, p);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, p);
            expr(value, p);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            expr(target, p);
            expr(annotation, p);
            if let Some(v) = value {
                expr(v, p);
            }
        }
        StmtKind::FunctionDef(def) => {
            let def = Rc::get_mut(def).expect("a fresh AST is not shared");
            function(def, p);
        }
        StmtKind::ClassDef(class) => {
            let class = Rc::get_mut(class).expect("a fresh AST is not shared");
            exprs(&mut class.decorators, p);
            exprs(&mut class.bases, p);
            keywords(&mut class.keywords, p);
            class.binds = p.and_then(|c| private_name(c, &class.name.name));
            let own = class.name.name.clone();
            block(&mut class.body, Some(&own));
        }
        StmtKind::Return(value) => {
            if let Some(v) = value {
                expr(v, p);
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(test, p);
            block(body, p);
            block(orelse, p);
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
            expr(target, p);
            expr(iter, p);
            block(body, p);
            block(orelse, p);
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        // The module imported is renamed too (`import __m` in class `C`
        // imports `_C__m`); a dotted name never is.
        StmtKind::Import(aliases) => aliases.iter_mut().for_each(|a| alias(a, p)),
        StmtKind::ImportFrom { module, names, .. } => {
            if let Some(m) = module {
                rename(m, p);
            }
            names.iter_mut().for_each(|a| alias(a, p));
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            names.iter_mut().for_each(|n| rename(&mut n.name, p))
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            block(body, p);
            for h in handlers {
                if let Some(t) = &mut h.typ {
                    expr(t, p);
                }
                if let Some(n) = &mut h.name {
                    rename(&mut n.name, p);
                }
                block(&mut h.body, p);
            }
            block(orelse, p);
            block(finalbody, p);
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                expr(e, p);
            }
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                expr(&mut item.context, p);
                if let Some(t) = &mut item.target {
                    expr(t, p);
                }
            }
            block(body, p);
        }
        StmtKind::Delete(targets) => exprs(targets, p),
        StmtKind::Assert { test, msg } => {
            expr(test, p);
            if let Some(m) = msg {
                expr(m, p);
            }
        }
        StmtKind::Match { subject, cases } => {
            expr(subject, p);
            for case in cases {
                pattern(&mut case.pattern, p);
                if let Some(g) = &mut case.guard {
                    expr(g, p);
                }
                block(&mut case.body, p);
            }
        }
    }
}

fn alias(a: &mut Alias, p: Private) {
    if &*a.name != "*" {
        rename(&mut a.name, p);
    }
    if let Some(n) = &mut a.asname {
        rename(&mut n.name, p);
    }
}

/// A `def` or a lambda: its name (as bound, not its `__name__`), its
/// parameters and its body take the enclosing class's names.
fn function(def: &mut FunctionDef, p: Private) {
    exprs(&mut def.decorators, p);
    if def.name.name.starts_with("__") {
        def.binds = p.and_then(|c| private_name(c, &def.name.name));
    }
    let params = &mut def.params;
    for param in params
        .posonly
        .iter_mut()
        .chain(params.args.iter_mut())
        .chain(params.vararg.iter_mut())
        .chain(params.kwonly.iter_mut())
        .chain(params.kwarg.iter_mut())
    {
        rename(&mut param.name.name, p);
        if let Some(d) = &mut param.default {
            expr(d, p);
        }
    }
    for a in def.annotations_mut() {
        expr(a, p);
    }
    block(&mut def.body, p);
}

/// Capture names are variables; class patterns' keyword attributes are
/// looked up as spelled (CPython stores them as a constant tuple).
fn pattern(pat: &mut Pattern, p: Private) {
    match &mut pat.kind {
        PatternKind::Value(e) => expr(e, p),
        PatternKind::Singleton(_) => {}
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            items.iter_mut().for_each(|q| pattern(q, p))
        }
        PatternKind::Star(name) => {
            if let Some(n) = name {
                rename(&mut n.id, p);
            }
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            exprs(keys, p);
            patterns.iter_mut().for_each(|q| pattern(q, p));
            if let Some(n) = rest {
                rename(&mut n.id, p);
            }
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            expr(cls, p);
            patterns
                .iter_mut()
                .chain(kwd_patterns.iter_mut())
                .for_each(|q| pattern(q, p));
        }
        PatternKind::As {
            pattern: inner,
            name,
        } => {
            if let Some(q) = inner {
                pattern(q, p);
            }
            if let Some(n) = name {
                rename(&mut n.id, p);
            }
        }
    }
}

fn exprs(items: &mut [Expr], p: Private) {
    for e in items {
        expr(e, p);
    }
}

/// A keyword argument's name is passed as spelled (`f(__x=1)` in a class
/// passes `__x`); only its value is code of the class.
fn keywords(items: &mut [Keyword], p: Private) {
    for k in items {
        expr(&mut k.value, p);
    }
}

fn fstring(parts: &mut [FStringPart], p: Private) {
    for part in parts {
        if let FStringPart::Field { value, spec, .. } = part {
            expr(value, p);
            if let Some(spec) = spec {
                fstring(spec, p);
            }
        }
    }
}

fn expr(e: &mut Expr, p: Private) {
    match &mut e.kind {
        ExprKind::Name(n) => rename(&mut n.id, p),
        ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => fstring(parts, p),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => exprs(items, p),
        ExprKind::Dict(entries) => {
            for (k, v) in entries {
                if let Some(k) = k {
                    expr(k, p);
                }
                expr(v, p);
            }
        }
        ExprKind::Attribute { value, attr } => {
            expr(value, p);
            rename(&mut attr.name, p);
        }
        ExprKind::Subscript { value, index } => {
            expr(value, p);
            expr(index, p);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                expr(part, p);
            }
        }
        ExprKind::Starred(inner) | ExprKind::Await(inner) | ExprKind::YieldFrom(inner) => {
            expr(inner, p)
        }
        ExprKind::Yield(value) => {
            if let Some(v) = value {
                expr(v, p);
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords: kws,
        } => {
            expr(func, p);
            exprs(args, p);
            keywords(kws, p);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, p);
            expr(right, p);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, p),
        ExprKind::BoolOp { values, .. } => exprs(values, p),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left, p);
            exprs(comparators, p);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, p);
            expr(body, p);
            expr(orelse, p);
        }
        ExprKind::Lambda(def) => {
            let def = Rc::get_mut(def).expect("a fresh AST is not shared");
            function(def, p);
        }
        ExprKind::Comprehension(comp) => {
            let comp = Rc::get_mut(comp).expect("a fresh AST is not shared");
            for g in &mut comp.generators {
                expr(&mut g.target, p);
                expr(&mut g.iter, p);
                exprs(&mut g.ifs, p);
            }
            expr(&mut comp.elt, p);
            if let Some(v) = &mut comp.value {
                expr(v, p);
            }
        }
        ExprKind::NamedExpr { target, value } => {
            rename(&mut target.id, p);
            expr(value, p);
        }
    }
}
