//! Name resolution: decides, before anything runs, where every name lives.
//!
//! As in CPython's symtable, a name bound anywhere in a function body (by
//! assignment, `for`, `def`, `import`, `except … as`, `with … as`, `del`,
//! `:=`) is local to the whole function unless declared `global` or
//! `nonlocal`. A local that an inner function uses lives in a cell, which the
//! inner function captures when its `def` runs. Names in a class body are
//! looked up by name in the class namespace. Everything else is a module
//! global or a builtin.
//!
//! Locals and cells become indexes into the frame's slot vector, globals
//! indexes into the module's, so the evaluator never hashes a name on the hot
//! path. The pass also marks which statements and expressions contain
//! `await`, so the evaluator runs everything else on its plain path.
//!
//! It works in two steps per scope: `scan` collects what the scope binds and
//! uses, and which names its inner scopes need from outside (their free
//! variables); the resolver then walks the scope top-down, so a scope's own
//! free variables are known before its inner scopes are resolved.

use std::collections::HashSet;
use std::rc::Rc;

use indexmap::{IndexMap, IndexSet};

use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

pub mod mangle;

/// The slot of each builtin name in the runtime's builtin table, handed
/// in by whoever runs the code: the resolver knows names, not values.
pub type BuiltinSlots = fn(&str) -> Option<u16>;

/// Resolves a module. `globals` is the namespace's existing name list (empty
/// for a fresh script; an interactive session passes the names of earlier
/// inputs so that slots stay stable).
pub fn resolve_module(
    module: &mut Module,
    globals: &[Rc<str>],
    source: &str,
    builtins: BuiltinSlots,
) -> Result<(), SyntaxError> {
    mangle::module(&mut module.body);
    let mut r = Resolver {
        source,
        builtins,
        qualnames: Vec::new(),
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

/// Resolves code that runs with a separate locals mapping (`exec` and
/// `eval` inside a function): its names are looked up by name at run time,
/// in the locals, then the globals, then the builtins, as in a class body
/// (CPython's `LOAD_NAME`/`STORE_NAME`); `global` names are module slots.
pub fn resolve_in_namespace(
    module: &mut Module,
    globals: &[Rc<str>],
    source: &str,
    builtins: BuiltinSlots,
) -> Result<(), SyntaxError> {
    mangle::module(&mut module.body);
    let mut facts = Facts::default();
    scan_block(&module.body, &mut facts);
    let mut r = Resolver {
        source,
        builtins,
        qualnames: Vec::new(),
        globals: globals
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect(),
        scopes: vec![ScopeState {
            kind: ScopeKind::Class,
            slots: IndexMap::new(),
            cells: HashSet::new(),
            globals: facts.globals,
            params: 0,
            frees: HashSet::new(),
            class_reads: HashSet::new(),
        }],
    };
    r.block(&mut module.body)?;
    module.globals = r.globals.keys().cloned().collect();
    Ok(())
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

/// The names `body` binds in its own scope, in order of first binding. The
/// interactive prompt declares these `global` in the coroutine it wraps a
/// top-level `await` input in, so that `x = await f()` binds a global.
pub fn names_bound_by(body: &[Stmt]) -> Vec<Rc<str>> {
    let mut facts = Facts::default();
    scan_block(body, &mut facts);
    facts.bound.into_iter().collect()
}

// ----- scanning: what a scope binds and uses -----

#[derive(Default)]
struct Facts {
    /// Names bound in the scope, in order of first binding.
    bound: IndexSet<Rc<str>>,
    uses: HashSet<Rc<str>>,
    globals: HashSet<Rc<str>>,
    nonlocals: HashSet<Rc<str>>,
    /// Names that inner scopes use but do not bind.
    child_free: IndexSet<Rc<str>>,
    /// `:=` targets inside a comprehension, which bind in the enclosing
    /// function (PEP 572).
    walrus: IndexSet<Rc<str>>,
    in_comprehension: bool,
    has_yield: bool,
}

impl Facts {
    fn bind(&mut self, name: &Rc<str>) {
        self.bound.insert(name.clone());
    }

    /// Names this scope needs from enclosing scopes, before knowing which of
    /// them enclosing functions bind (the rest are globals).
    fn candidate_free(&self) -> IndexSet<Rc<str>> {
        let mut free: IndexSet<Rc<str>> = self.nonlocals.iter().cloned().collect();
        for name in self
            .uses
            .iter()
            .chain(self.child_free.iter())
            .chain(self.walrus.iter())
        {
            if (!self.bound.contains(name) || self.nonlocals.contains(name))
                && !self.globals.contains(name)
            {
                free.insert(name.clone());
            }
        }
        for name in &self.walrus {
            free.insert(name.clone());
        }
        free
    }
}

fn scan_block(body: &[Stmt], f: &mut Facts) {
    for stmt in body {
        scan_stmt(stmt, f);
    }
}

fn scan_stmt(stmt: &Stmt, f: &mut Facts) {
    match &stmt.kind {
        StmtKind::Expr(e) => scan_expr(e, f),
        StmtKind::Assign { targets, value } => {
            scan_expr(value, f);
            for t in targets {
                scan_target(t, f);
            }
        }
        StmtKind::AugAssign { target, value, .. } => {
            scan_expr(value, f);
            scan_target(target, f);
            scan_expr(target, f);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            scan_expr(annotation, f);
            if let Some(v) = value {
                scan_expr(v, f);
            }
            scan_target(target, f);
        }
        StmtKind::FunctionDef(def) => {
            scan_function_header(def, f);
            f.bind(def.bound_name());
        }
        StmtKind::ClassDef(class) => {
            for e in class.decorators.iter().chain(&class.bases) {
                scan_expr(e, f);
            }
            for k in &class.keywords {
                scan_expr(&k.value, f);
            }
            f.child_free.extend(class_free(class));
            f.bind(class.bound_name());
        }
        StmtKind::Return(value) => {
            if let Some(v) = value {
                scan_expr(v, f);
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            scan_expr(test, f);
            scan_block(body, f);
            scan_block(orelse, f);
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
            scan_expr(iter, f);
            scan_target(target, f);
            scan_block(body, f);
            scan_block(orelse, f);
        }
        StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
            for alias in aliases {
                if &*alias.name != "*" {
                    f.bind(&bound_name(alias));
                }
            }
        }
        StmtKind::Global(names) => {
            for n in names {
                f.globals.insert(n.name.clone());
            }
        }
        StmtKind::Nonlocal(names) => {
            for n in names {
                f.nonlocals.insert(n.name.clone());
            }
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            scan_block(body, f);
            for h in handlers {
                if let Some(t) = &h.typ {
                    scan_expr(t, f);
                }
                if let Some(name) = &h.name {
                    f.bind(&name.name);
                }
                scan_block(&h.body, f);
            }
            scan_block(orelse, f);
            scan_block(finalbody, f);
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                scan_expr(e, f);
            }
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                scan_expr(&item.context, f);
                if let Some(t) = &item.target {
                    scan_target(t, f);
                }
            }
            scan_block(body, f);
        }
        StmtKind::Delete(targets) => {
            for t in targets {
                scan_target(t, f);
            }
        }
        StmtKind::Assert { test, msg } => {
            scan_expr(test, f);
            if let Some(m) = msg {
                scan_expr(m, f);
            }
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        StmtKind::Match { subject, cases } => {
            scan_expr(subject, f);
            for case in cases {
                scan_pattern(&case.pattern, f);
                if let Some(g) = &case.guard {
                    scan_expr(g, f);
                }
                scan_block(&case.body, f);
            }
        }
    }
}

/// Capture names bind like assignment targets; value patterns, class
/// names and mapping keys are uses.
fn scan_pattern(p: &Pattern, f: &mut Facts) {
    match &p.kind {
        PatternKind::Value(e) => scan_expr(e, f),
        PatternKind::Singleton(_) => {}
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            items.iter().for_each(|q| scan_pattern(q, f))
        }
        PatternKind::Star(name) => {
            if let Some(n) = name {
                f.bind(&n.id);
            }
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            keys.iter().for_each(|k| scan_expr(k, f));
            patterns.iter().for_each(|q| scan_pattern(q, f));
            if let Some(n) = rest {
                f.bind(&n.id);
            }
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            scan_expr(cls, f);
            patterns
                .iter()
                .chain(kwd_patterns)
                .for_each(|q| scan_pattern(q, f));
        }
        PatternKind::As { pattern, name } => {
            if let Some(q) = pattern {
                scan_pattern(q, f);
            }
            if let Some(n) = name {
                f.bind(&n.id);
            }
        }
    }
}

/// Decorators and defaults are evaluated where the `def` is; the body is a
/// scope of its own.
fn scan_function_header(def: &FunctionDef, f: &mut Facts) {
    for d in &def.decorators {
        scan_expr(d, f);
    }
    for p in all_params(&def.params) {
        if let Some(d) = &p.default {
            scan_expr(d, f);
        }
    }
    for a in def.annotations() {
        scan_expr(a, f);
    }
    f.child_free.extend(function_facts(def).candidate_free());
}

fn function_facts(def: &FunctionDef) -> Facts {
    let mut facts = Facts::default();
    for p in all_params(&def.params) {
        facts.bind(&p.name.name);
    }
    scan_block(&def.body, &mut facts);
    facts
}

/// A class body's names are not variables of enclosing functions' inner
/// scopes; only what its methods need passes through it.
fn class_free(class: &ClassDef) -> IndexSet<Rc<str>> {
    let mut facts = Facts::default();
    scan_block(&class.body, &mut facts);
    let reads = facts.uses.iter().filter(|n| !facts.bound.contains(*n));
    facts
        .child_free
        .iter()
        .chain(reads)
        .filter(|n| !facts.globals.contains(*n))
        .cloned()
        .collect()
}

fn comprehension_facts(comp: &Comprehension) -> Facts {
    let mut facts = Facts {
        in_comprehension: true,
        ..Facts::default()
    };
    for (i, g) in comp.generators.iter().enumerate() {
        if i > 0 {
            scan_expr(&g.iter, &mut facts);
        }
        scan_target(&g.target, &mut facts);
        for cond in &g.ifs {
            scan_expr(cond, &mut facts);
        }
    }
    scan_expr(&comp.elt, &mut facts);
    if let Some(v) = &comp.value {
        scan_expr(v, &mut facts);
    }
    facts
}

/// Records the names an assignment target binds, and what its parts use.
fn scan_target(t: &Expr, f: &mut Facts) {
    match &t.kind {
        ExprKind::Name(n) => f.bind(&n.id),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for item in items {
                scan_target(item, f);
            }
        }
        ExprKind::Starred(inner) => scan_target(inner, f),
        _ => scan_expr(t, f),
    }
}

fn scan_expr(e: &Expr, f: &mut Facts) {
    match &e.kind {
        ExprKind::Name(n) => {
            f.uses.insert(n.id.clone());
        }
        ExprKind::NamedExpr { target, value } => {
            scan_expr(value, f);
            if f.in_comprehension {
                f.walrus.insert(target.id.clone());
            } else {
                f.bind(&target.id);
            }
        }
        ExprKind::Lambda(def) => scan_function_header(def, f),
        ExprKind::Comprehension(comp) => {
            scan_expr(&comp.generators[0].iter, f);
            let inner = comprehension_facts(comp);
            for name in &inner.walrus {
                if f.in_comprehension {
                    f.walrus.insert(name.clone());
                } else {
                    f.bind(name);
                }
            }
            f.has_yield |= inner.has_yield;
            f.child_free.extend(inner.candidate_free());
        }
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
            f.has_yield = true;
            for_each_child(e, |c| scan_expr(c, f));
        }
        _ => for_each_child(e, |c| scan_expr(c, f)),
    }
}

/// Calls `visit` on each direct sub-expression of `e` that is evaluated in
/// the same scope (not the bodies of lambdas or comprehensions).
fn for_each_child(e: &Expr, mut visit: impl FnMut(&Expr)) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => fstring_children(parts, &mut visit),
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            items.iter().for_each(visit)
        }
        ExprKind::Dict(entries) => {
            for (k, v) in entries {
                if let Some(k) = k {
                    visit(k);
                }
                visit(v);
            }
        }
        ExprKind::Attribute { value, .. } => visit(value),
        ExprKind::Subscript { value, index } => {
            visit(value);
            visit(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                visit(part);
            }
        }
        ExprKind::Starred(inner) | ExprKind::Await(inner) | ExprKind::YieldFrom(inner) => {
            visit(inner)
        }
        ExprKind::Yield(value) => {
            if let Some(v) = value {
                visit(v);
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            visit(func);
            args.iter().for_each(&mut visit);
            keywords.iter().for_each(|k| visit(&k.value));
        }
        ExprKind::BinOp { left, right, .. } => {
            visit(left);
            visit(right);
        }
        ExprKind::UnaryOp { operand, .. } => visit(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(visit),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            visit(left);
            comparators.iter().for_each(visit);
        }
        ExprKind::IfExp { test, body, orelse } => {
            visit(test);
            visit(body);
            visit(orelse);
        }
        ExprKind::NamedExpr { value, .. } => visit(value),
        ExprKind::Lambda(_) | ExprKind::Comprehension(_) => {}
    }
}

fn fstring_children(parts: &[FStringPart], visit: &mut impl FnMut(&Expr)) {
    for part in parts {
        if let FStringPart::Field { value, spec, .. } = part {
            visit(value);
            if let Some(spec) = spec {
                fstring_children(spec, visit);
            }
        }
    }
}

fn all_params(p: &Parameters) -> impl Iterator<Item = &Param> {
    p.posonly
        .iter()
        .chain(p.args.iter())
        .chain(p.vararg.iter())
        .chain(p.kwonly.iter())
        .chain(p.kwarg.iter())
}

fn all_params_mut(p: &mut Parameters) -> impl Iterator<Item = &mut Param> {
    p.posonly
        .iter_mut()
        .chain(p.args.iter_mut())
        .chain(p.vararg.iter_mut())
        .chain(p.kwonly.iter_mut())
        .chain(p.kwarg.iter_mut())
}

// ----- resolution: filling in the AST -----

#[derive(PartialEq, Eq)]
enum ScopeKind {
    Function,
    Class,
}

struct ScopeState {
    kind: ScopeKind,
    /// Slot of each local and free variable.
    slots: IndexMap<Rc<str>, u32>,
    /// Names whose slot holds a cell.
    cells: HashSet<Rc<str>>,
    globals: HashSet<Rc<str>>,
    /// How many of the first slots are parameters.
    params: usize,
    /// The free variables (their slots come last).
    frees: HashSet<Rc<str>>,
    /// In a class body: the names it reads without binding them, which
    /// come from the enclosing function when it has them (CPython's
    /// `LOAD_CLASSDEREF`).
    class_reads: HashSet<Rc<str>>,
}

/// The keyword the resolver adds to a call of `locals`, `vars`, `dir`,
/// `eval` or `exec` by name inside a function: the names of the frame's
/// slots, which the frame itself does not carry. A space makes it a name
/// no source can spell; the evaluator drops it for any other callee.
pub const SCOPE_KEYWORD: &str = " scope";

/// The builtins that read the calling function's variables.
const FRAME_BUILTINS: &[&str] = &["locals", "vars", "dir", "eval", "exec"];

struct Resolver<'s> {
    source: &'s str,
    builtins: BuiltinSlots,
    globals: IndexMap<Rc<str>, u32>,
    /// Innermost scope last; empty at module level.
    scopes: Vec<ScopeState>,
    /// The qualified names of the enclosing functions and classes,
    /// innermost last, with whether each is a function.
    qualnames: Vec<(Rc<str>, bool)>,
}

impl Resolver<'_> {
    /// `__qualname__` of a function or class named `name` defined here:
    /// `outer.<locals>.name` inside a function, `Class.name` inside a
    /// class, `name` at module level (`compile.c`, `compiler_set_qualname`).
    fn qualname(&self, name: &str) -> Rc<str> {
        match self.qualnames.last() {
            None => Rc::from(name),
            Some((outer, true)) => Rc::from(format!("{}.<locals>.{}", outer, name)),
            Some((outer, false)) => Rc::from(format!("{}.{}", outer, name)),
        }
    }

    fn error(&self, msg: String, span: Span) -> SyntaxError {
        let (lineno, offset) = crate::syntax::line_col(self.source, span.start as usize);
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            span,
            lineno,
            offset,
        }
    }

    fn global(&mut self, name: &Rc<str>) -> Scope {
        let next = self.globals.len() as u32;
        let slot = *self.globals.entry(name.clone()).or_insert(next);
        Scope::Global {
            slot,
            builtin: (self.builtins)(name),
        }
    }

    fn lookup(&mut self, name: &Rc<str>) -> Scope {
        let Some(scope) = self.scopes.last() else {
            return self.global(name);
        };
        if scope.globals.contains(name) {
            return self.global(name);
        }
        if scope.kind == ScopeKind::Class {
            return match scope.slots.get(name) {
                Some(&slot) if scope.class_reads.contains(name) => Scope::ClassCell(slot),
                _ => Scope::Name,
            };
        }
        match scope.slots.get(name) {
            Some(&slot) if scope.cells.contains(name) => Scope::Cell(slot),
            Some(&slot) => Scope::Local(slot),
            None => self.global(name),
        }
    }

    /// Builds the slots of a function-like scope from what it binds and the
    /// candidate free names that the enclosing scope can provide.
    fn enter(
        &mut self,
        kind: ScopeKind,
        locals: impl IntoIterator<Item = Rc<str>>,
        facts: &Facts,
        span: Span,
    ) -> Result<ScopeInfo, SyntaxError> {
        let mut slots: IndexMap<Rc<str>, u32> = IndexMap::new();
        let mut cells = HashSet::new();
        if kind == ScopeKind::Function {
            for name in locals {
                if !facts.globals.contains(&name) && !facts.nonlocals.contains(&name) {
                    let next = slots.len() as u32;
                    slots.entry(name.clone()).or_insert(next);
                    if facts.child_free.contains(&name) {
                        cells.insert(name);
                    }
                }
            }
        }
        let outer = self.scopes.last();
        let mut frees = Vec::new();
        for name in facts.candidate_free() {
            let outer_slot = outer.and_then(|o| o.slots.get(&name).copied());
            match outer_slot {
                Some(outer_slot) if !slots.contains_key(&name) => {
                    let slot = slots.len() as u32;
                    slots.insert(name.clone(), slot);
                    cells.insert(name.clone());
                    frees.push(FreeVar {
                        name,
                        outer_slot,
                        slot,
                    });
                }
                Some(_) => {}
                None if facts.nonlocals.contains(&name) => {
                    return Err(
                        self.error(format!("no binding for nonlocal '{}' found", name), span)
                    );
                }
                None => {}
            }
        }
        let info = ScopeInfo {
            locals: slots.keys().cloned().collect(),
            cells: cells.iter().filter_map(|n| slots.get(n).copied()).collect(),
            frees,
            is_generator: facts.has_yield,
        };
        self.scopes.push(ScopeState {
            kind,
            slots,
            cells,
            globals: facts.globals.clone(),
            params: 0,
            frees: info.frees.iter().map(|f| f.name.clone()).collect(),
            class_reads: HashSet::new(),
        });
        Ok(info)
    }

    /// The current function's slots as `locals()` lists them: a constant
    /// tuple of name, slot, name, slot, ... in CPython's order (the
    /// parameters, the other plain locals, then the cell variables and the
    /// free variables, each sorted: `compile.c: dictbytype`); None outside
    /// a function.
    fn frame_names(&self, span: Span) -> Option<Expr> {
        let scope = self
            .scopes
            .last()
            .filter(|s| s.kind == ScopeKind::Function)?;
        let mut plain = Vec::new();
        let mut cells = Vec::new();
        let mut frees = Vec::new();
        for (i, (name, &slot)) in scope.slots.iter().enumerate() {
            if scope.frees.contains(name) {
                frees.push((name.clone(), slot));
            } else if i >= scope.params && scope.cells.contains(name) {
                cells.push((name.clone(), slot));
            } else {
                plain.push((name.clone(), slot));
            }
        }
        cells.sort();
        frees.sort();
        let constant = |kind| Expr {
            kind: ExprKind::Constant(kind),
            span,
            awaits: false,
        };
        let items = plain
            .into_iter()
            .chain(cells)
            .chain(frees)
            .flat_map(|(name, slot)| {
                [
                    constant(Constant::Str(name)),
                    constant(Constant::Int(slot as i64)),
                ]
            })
            .collect();
        Some(Expr {
            kind: ExprKind::Tuple(items),
            span,
            awaits: false,
        })
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
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                let mut a = self.expr(value)?;
                for t in targets {
                    a |= self.expr(t)?;
                }
                a
            }
            StmtKind::AugAssign { target, value, .. } => self.expr(target)? | self.expr(value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                let mut a = self.expr(annotation)?;
                if let Some(v) = value {
                    a |= self.expr(v)?;
                }
                a | self.expr(target)?
            }
            StmtKind::FunctionDef(def) => {
                let def = Rc::get_mut(def).expect("a fresh AST is not shared");
                self.function(def)?
            }
            StmtKind::ClassDef(class) => {
                let class = Rc::get_mut(class).expect("a fresh AST is not shared");
                self.class(class)?
            }
            StmtKind::Return(value) => match value {
                Some(v) => self.expr(v)?,
                None => false,
            },
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)? | self.block(body)? | self.block(orelse)?
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.expr(iter)? | self.expr(target)? | self.block(body)? | self.block(orelse)?,
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.expr(target)?;
                self.block(body)?;
                self.block(orelse)?;
                true
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => false,
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    if &*alias.name != "*" {
                        alias.scope = self.lookup(&bound_name(alias));
                    }
                }
                false
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => false,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                let mut a = self.block(body)?;
                for h in handlers {
                    if let Some(t) = &mut h.typ {
                        a |= self.expr(t)?;
                    }
                    if let Some(name) = &h.name {
                        h.scope = self.lookup(&name.name);
                    }
                    a |= self.block(&mut h.body)?;
                }
                a | self.block(orelse)? | self.block(finalbody)?
            }
            StmtKind::Raise { exc, cause } => {
                let mut a = false;
                for e in [exc, cause].into_iter().flatten() {
                    a |= self.expr(e)?;
                }
                a
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let mut a = *is_async;
                for item in items {
                    a |= self.expr(&mut item.context)?;
                    if let Some(t) = &mut item.target {
                        a |= self.expr(t)?;
                    }
                }
                a | self.block(body)?
            }
            StmtKind::Delete(targets) => {
                let mut a = false;
                for t in targets {
                    a |= self.expr(t)?;
                }
                a
            }
            StmtKind::Assert { test, msg } => {
                let mut a = self.expr(test)?;
                if let Some(m) = msg {
                    a |= self.expr(m)?;
                }
                a
            }
            StmtKind::Match { subject, cases } => {
                let mut a = self.expr(subject)?;
                for case in cases {
                    a |= self.pattern(&mut case.pattern)?;
                    if let Some(g) = &mut case.guard {
                        a |= self.expr(g)?;
                    }
                    a |= self.block(&mut case.body)?;
                }
                a
            }
        };
        stmt.awaits = awaits;
        Ok(awaits)
    }

    /// Resolves a pattern's capture names and value expressions.
    fn pattern(&mut self, p: &mut Pattern) -> Result<bool, SyntaxError> {
        let mut a = false;
        match &mut p.kind {
            PatternKind::Value(e) => a |= self.expr(e)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                for q in items {
                    a |= self.pattern(q)?;
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    n.scope = self.lookup(&n.id);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                a |= self.exprs(keys)?;
                for q in patterns {
                    a |= self.pattern(q)?;
                }
                if let Some(n) = rest {
                    n.scope = self.lookup(&n.id);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                a |= self.expr(cls)?;
                for q in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    a |= self.pattern(q)?;
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    a |= self.pattern(q)?;
                }
                if let Some(n) = name {
                    n.scope = self.lookup(&n.id);
                }
            }
        }
        Ok(a)
    }

    /// A `def` statement: returns whether evaluating its decorators or
    /// defaults may suspend.
    fn function(&mut self, def: &mut FunctionDef) -> Result<bool, SyntaxError> {
        let mut awaits = false;
        for d in &mut def.decorators {
            awaits |= self.expr(d)?;
        }
        for p in all_params_mut(&mut def.params) {
            if let Some(d) = &mut p.default {
                awaits |= self.expr(d)?;
            }
        }
        for a in def.annotations_mut() {
            awaits |= self.expr(a)?;
        }
        def.scope = self.lookup(&def.bound_name().clone());
        let facts = function_facts(def);
        let params: Vec<Rc<str>> = all_params(&def.params)
            .map(|p| p.name.name.clone())
            .collect();
        let n_params = params.len();
        let locals = params.into_iter().chain(facts.bound.iter().cloned());
        def.info = self.enter(ScopeKind::Function, locals, &facts, def.span)?;
        if let Some(scope) = self.scopes.last_mut() {
            scope.params = n_params;
        }
        def.qualname = self.qualname(&def.name.name);
        self.qualnames.push((def.qualname.clone(), true));
        let result = self.block(&mut def.body);
        self.qualnames.pop();
        self.scopes.pop();
        result?;
        Ok(awaits)
    }

    fn class(&mut self, class: &mut ClassDef) -> Result<bool, SyntaxError> {
        let mut awaits = false;
        for e in class.decorators.iter_mut().chain(class.bases.iter_mut()) {
            awaits |= self.expr(e)?;
        }
        for k in &mut class.keywords {
            awaits |= self.expr(&mut k.value)?;
        }
        class.scope = self.lookup(&class.bound_name().clone());
        let mut facts = Facts::default();
        scan_block(&class.body, &mut facts);
        // The cells its methods need pass through a class body, and those
        // of the names it reads without binding them.
        let reads: HashSet<Rc<str>> = facts
            .uses
            .iter()
            .filter(|n| !facts.bound.contains(*n))
            .cloned()
            .collect();
        let through = Facts {
            child_free: facts.child_free.clone(),
            uses: reads.clone(),
            globals: facts.globals.clone(),
            ..Facts::default()
        };
        let mut info = self.enter(ScopeKind::Class, [], &through, class.span)?;
        info.is_generator = false;
        class.info = info;
        if let Some(state) = self.scopes.last_mut() {
            state.globals = facts.globals;
            state.class_reads = reads;
        }
        class.qualname = self.qualname(&class.name.name);
        self.qualnames.push((class.qualname.clone(), false));
        let result = self.block(&mut class.body);
        self.qualnames.pop();
        self.scopes.pop();
        result?;
        Ok(awaits)
    }

    fn comprehension(&mut self, comp: &mut Comprehension) -> Result<bool, SyntaxError> {
        let facts = comprehension_facts(comp);
        let targets: Vec<Rc<str>> = facts
            .bound
            .iter()
            .filter(|n| !facts.walrus.contains(*n))
            .cloned()
            .collect();
        // The first iterable is evaluated outside, in the enclosing scope.
        let mut awaits = self.expr(&mut comp.generators[0].iter)?;
        comp.info = self.enter(ScopeKind::Function, targets, &facts, comp.elt.span)?;
        let result = (|| -> Result<bool, SyntaxError> {
            let mut a = false;
            for (i, g) in comp.generators.iter_mut().enumerate() {
                if i > 0 {
                    a |= self.expr(&mut g.iter)?;
                }
                a |= g.is_async;
                a |= self.expr(&mut g.target)?;
                for cond in &mut g.ifs {
                    a |= self.expr(cond)?;
                }
            }
            a |= self.expr(&mut comp.elt)?;
            if let Some(v) = &mut comp.value {
                a |= self.expr(v)?;
            }
            Ok(a)
        })();
        self.scopes.pop();
        // A generator expression's awaits happen when it is iterated, not
        // where it is created.
        if comp.kind != ComprehensionKind::Generator {
            awaits |= result?;
        } else {
            result?;
        }
        Ok(awaits)
    }

    fn exprs(&mut self, items: &mut [Expr]) -> Result<bool, SyntaxError> {
        let mut a = false;
        for item in items {
            a |= self.expr(item)?;
        }
        Ok(a)
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) -> Result<bool, SyntaxError> {
        let mut a = false;
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                a |= self.expr(value)?;
                if let Some(spec) = spec {
                    a |= self.fstring(spec)?;
                }
            }
        }
        Ok(a)
    }

    /// Resolves an expression's names; returns whether it contains `await`.
    fn expr(&mut self, e: &mut Expr) -> Result<bool, SyntaxError> {
        let awaits = match &mut e.kind {
            ExprKind::Name(name) => {
                name.scope = self.lookup(&name.id);
                false
            }
            ExprKind::NamedExpr { target, value } => {
                let a = self.expr(value)?;
                target.scope = self.lookup(&target.id);
                a
            }
            ExprKind::Await(inner) => {
                self.expr(inner)?;
                true
            }
            ExprKind::Lambda(def) => {
                let def = Rc::get_mut(def).expect("a fresh AST is not shared");
                self.function(def)?
            }
            ExprKind::Comprehension(comp) => {
                let comp = Rc::get_mut(comp).expect("a fresh AST is not shared");
                self.comprehension(comp)?
            }
            ExprKind::Constant(_) => false,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                self.exprs(items)?
            }
            ExprKind::Dict(entries) => {
                let mut a = false;
                for (k, v) in entries {
                    if let Some(k) = k {
                        a |= self.expr(k)?;
                    }
                    a |= self.expr(v)?;
                }
                a
            }
            ExprKind::Attribute { value, .. }
            | ExprKind::Starred(value)
            | ExprKind::UnaryOp { operand: value, .. } => self.expr(value)?,
            // A yield suspends the generator as an await suspends a
            // coroutine; both run on the suspending path.
            ExprKind::YieldFrom(value) => {
                self.expr(value)?;
                true
            }
            ExprKind::Yield(value) => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                true
            }
            ExprKind::Subscript { value, index } => self.expr(value)? | self.expr(index)?,
            ExprKind::Slice { lower, upper, step } => {
                let mut a = false;
                for part in [lower, upper, step].into_iter().flatten() {
                    a |= self.expr(part)?;
                }
                a
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut a = self.expr(func)? | self.exprs(args)?;
                for k in keywords.iter_mut() {
                    a |= self.expr(&mut k.value)?;
                }
                if let ExprKind::Name(Name {
                    id,
                    scope:
                        Scope::Global {
                            builtin: Some(_), ..
                        },
                }) = &func.kind
                {
                    if FRAME_BUILTINS.contains(&&**id) {
                        if let Some(names) = self.frame_names(func.span) {
                            keywords.push(Keyword {
                                arg: Some(Ident {
                                    name: Rc::from(SCOPE_KEYWORD),
                                    span: func.span,
                                }),
                                value: names,
                                span: func.span,
                            });
                        }
                    }
                }
                a
            }
            ExprKind::BinOp { left, right, .. } => self.expr(left)? | self.expr(right)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::Compare {
                left, comparators, ..
            } => self.expr(left)? | self.exprs(comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)? | self.expr(body)? | self.expr(orelse)?
            }
        };
        e.awaits = awaits;
        Ok(awaits)
    }
}
