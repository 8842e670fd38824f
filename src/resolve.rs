//! Name resolution: decides, before anything runs, where every name lives.
//!
//! Like CPython's symtable, a name bound anywhere in a function body (by
//! assignment, `for`, `def`, `import`) is local to the whole function unless
//! declared `global`; everything else is a module global or a builtin. Locals
//! become indexes into the frame's slot vector and globals indexes into the
//! module's, so the evaluator never hashes a name on the hot path.
//!
//! The pass also marks which statements and expressions contain `await`, so
//! the evaluator runs everything else on its plain (non-suspending) path.

use std::collections::HashSet;
use std::rc::Rc;

use indexmap::IndexMap;

use crate::builtins::builtin_index;
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

/// Resolves a module. `globals` is the namespace's existing name list (empty
/// for a fresh script; the REPL passes the names of earlier inputs so that
/// slots stay stable).
pub fn resolve_module(
    module: &mut Module,
    globals: &[Rc<str>],
    source: &str,
) -> Result<(), SyntaxError> {
    let mut r = Resolver {
        source,
        globals: globals
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect(),
        scopes: Vec::new(),
    };
    r.block(&mut module.body)?;
    module.globals = r.globals.keys().cloned().collect();
    Ok(())
}

struct FunctionScope {
    locals: IndexMap<Rc<str>, u32>,
    declared_global: HashSet<Rc<str>>,
}

struct Resolver<'s> {
    source: &'s str,
    globals: IndexMap<Rc<str>, u32>,
    /// Innermost function last; empty at module level.
    scopes: Vec<FunctionScope>,
}

impl Resolver<'_> {
    fn global(&mut self, name: &Rc<str>) -> Scope {
        let next = self.globals.len() as u32;
        let slot = *self.globals.entry(name.clone()).or_insert(next);
        Scope::Global {
            slot,
            builtin: builtin_index(name),
        }
    }

    fn lookup(&mut self, name: &Rc<str>) -> Scope {
        if let Some(scope) = self.scopes.last() {
            if !scope.declared_global.contains(name) {
                if let Some(&slot) = scope.locals.get(name) {
                    return Scope::Local(slot);
                }
            }
        }
        self.global(name)
    }

    fn block(&mut self, body: &mut [Stmt]) -> Result<bool, SyntaxError> {
        let mut awaits = false;
        for stmt in body {
            awaits |= self.stmt(stmt)?;
        }
        Ok(awaits)
    }

    fn stmt(&mut self, stmt: &mut Stmt) -> Result<bool, SyntaxError> {
        let awaits = match &mut stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                let mut a = self.expr(value);
                for t in targets {
                    a |= self.expr(t);
                }
                a
            }
            StmtKind::AugAssign { target, value, .. } => self.expr(target) | self.expr(value),
            StmtKind::FunctionDef(def) => {
                let def = Rc::get_mut(def).expect("a fresh AST is not shared");
                self.function(def)?;
                false
            }
            StmtKind::Return(value) => value.as_mut().is_some_and(|v| self.expr(v)),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test) | self.block(body)? | self.block(orelse)?
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.expr(iter) | self.expr(target) | self.block(body)? | self.block(orelse)?,
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => false,
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    if &*alias.name != "*" {
                        alias.scope = self.lookup(&bound_name(alias));
                    }
                }
                false
            }
            StmtKind::Global(_) => false,
            StmtKind::Nonlocal(names) => {
                let name = &names[0];
                let (lineno, offset) =
                    crate::syntax::line_col(self.source, stmt.span.start as usize);
                return Err(SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: format!("nonlocal '{}': closures are not supported yet", name.name),
                    span: stmt.span,
                    lineno,
                    offset,
                });
            }
        };
        stmt.awaits = awaits;
        Ok(awaits)
    }

    fn function(&mut self, def: &mut FunctionDef) -> Result<(), SyntaxError> {
        def.scope = self.lookup(&def.name.name);
        for p in all_params(&mut def.params) {
            if let Some(d) = &mut p.default {
                self.expr(d);
            }
        }
        let mut scope = FunctionScope {
            locals: IndexMap::new(),
            declared_global: HashSet::new(),
        };
        for p in all_params(&mut def.params) {
            let next = scope.locals.len() as u32;
            scope.locals.entry(p.name.name.clone()).or_insert(next);
        }
        collect_bindings(&def.body, &mut scope);
        self.scopes.push(scope);
        let result = self.block(&mut def.body);
        let scope = self.scopes.pop().expect("pushed above");
        result?;
        def.locals = scope.locals.into_keys().collect();
        Ok(())
    }

    /// Resolves an expression's names; returns whether it contains `await`.
    fn expr(&mut self, e: &mut Expr) -> bool {
        let awaits = match &mut e.kind {
            ExprKind::Name(name) => {
                name.scope = self.lookup(&name.id);
                false
            }
            ExprKind::Constant(_) => false,
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) => self.exprs(items),
            ExprKind::Dict(items) => {
                let mut a = false;
                for (k, v) in items {
                    if let Some(k) = k {
                        a |= self.expr(k);
                    }
                    a |= self.expr(v);
                }
                a
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => self.expr(value) | self.expr(index),
            ExprKind::Slice { lower, upper, step } => {
                let mut a = false;
                for part in [lower, upper, step].into_iter().flatten() {
                    a |= self.expr(part);
                }
                a
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut a = self.expr(func) | self.exprs(args);
                for k in keywords {
                    a |= self.expr(&mut k.value);
                }
                a
            }
            ExprKind::BinOp { left, right, .. } => self.expr(left) | self.expr(right),
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::Compare {
                left, comparators, ..
            } => self.expr(left) | self.exprs(comparators),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test) | self.expr(body) | self.expr(orelse)
            }
            ExprKind::Await(inner) => {
                self.expr(inner);
                true
            }
        };
        e.awaits = awaits;
        awaits
    }

    fn exprs(&mut self, items: &mut [Expr]) -> bool {
        let mut a = false;
        for item in items {
            a |= self.expr(item);
        }
        a
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) -> bool {
        let mut a = false;
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                a |= self.expr(value);
                if let Some(spec) = spec {
                    a |= self.fstring(spec);
                }
            }
        }
        a
    }
}

fn all_params(p: &mut Parameters) -> impl Iterator<Item = &mut Param> {
    p.posonly
        .iter_mut()
        .chain(p.args.iter_mut())
        .chain(p.vararg.iter_mut())
        .chain(p.kwonly.iter_mut())
        .chain(p.kwarg.iter_mut())
}

/// The name an import binds: `import a.b` binds `a`.
pub fn bound_name(alias: &Alias) -> Rc<str> {
    match &alias.asname {
        Some(asname) => asname.name.clone(),
        None => match alias.name.split_once('.') {
            Some((first, _)) => Rc::from(first),
            None => alias.name.clone(),
        },
    }
}

/// Finds the names a function body binds (its locals), without descending
/// into nested functions, whose bodies are scopes of their own.
fn collect_bindings(body: &[Stmt], scope: &mut FunctionScope) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    bind_target(t, scope);
                }
            }
            StmtKind::AugAssign { target, .. } => bind_target(target, scope),
            StmtKind::For {
                target,
                body,
                orelse,
                ..
            } => {
                bind_target(target, scope);
                collect_bindings(body, scope);
                collect_bindings(orelse, scope);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                collect_bindings(body, scope);
                collect_bindings(orelse, scope);
            }
            StmtKind::FunctionDef(def) => bind(&def.name.name, scope),
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    if &*alias.name != "*" {
                        bind(&bound_name(alias), scope);
                    }
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    scope.declared_global.insert(n.name.clone());
                }
            }
            _ => {}
        }
    }
}

fn bind(name: &Rc<str>, scope: &mut FunctionScope) {
    if !scope.declared_global.contains(name) {
        let next = scope.locals.len() as u32;
        scope.locals.entry(name.clone()).or_insert(next);
    }
}

fn bind_target(target: &Expr, scope: &mut FunctionScope) {
    match &target.kind {
        ExprKind::Name(n) => bind(&n.id, scope),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for item in items {
                bind_target(item, scope);
            }
        }
        ExprKind::Starred(inner) => bind_target(inner, scope),
        _ => {}
    }
}
