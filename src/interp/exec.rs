//! Statements and expressions that cannot suspend, evaluated by plain
//! recursion. `exec_async` handles the ones containing `await` and calls back
//! into this module for their non-suspending parts.

use std::ops::ControlFlow;
use std::rc::Rc;

use super::{Frame, Vm};
use crate::object::exception::Locate;
use crate::object::subscript::{self, SliceArgs};
use crate::object::{format, ops, types, Args, Function, PyErr, PyResult, Value};
use crate::syntax::ast::*;
use std::cell::RefCell;

/// How a statement finished.
pub enum Flow {
    Normal,
    Return(Value),
    Break,
    Continue,
}

impl Vm {
    pub fn exec_block(&self, f: &mut Frame, body: &[Stmt]) -> PyResult<Flow> {
        for stmt in body {
            match self.exec_stmt(f, stmt)? {
                Flow::Normal => {}
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Normal)
    }

    pub fn exec_stmt(&self, f: &mut Frame, stmt: &Stmt) -> PyResult<Flow> {
        self.location.set(Some(stmt.span));
        if crate::object::finalize::pending() {
            super::coroutine::run_finalizers(self);
        }
        self.exec_stmt_inner(f, stmt).at(stmt.span)
    }

    fn exec_stmt_inner(&self, f: &mut Frame, stmt: &Stmt) -> PyResult<Flow> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.eval(f, e)?;
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(f, value)?;
                self.assign_all(f, targets, v)?;
            }
            StmtKind::AugAssign { target, op, value } => {
                // `name op= value`, the common case, without building a Place.
                if let ExprKind::Name(name) = &target.kind {
                    // `i += 1` on a local int: the target is read before the
                    // value is evaluated, as CPython does, and written back
                    // in place.
                    if let (Scope::Local(slot), Some(x)) = (name.scope, peek_int(f, target)) {
                        let rhs = self.eval(f, value)?;
                        if let Value::Int(y) = rhs {
                            if let Some(v) = ops::small_int_op(*op, x, y) {
                                f.locals[slot as usize] = Some(Value::Int(v));
                                return Ok(Flow::Normal);
                            }
                        }
                        let result = self.inplace_op(*op, &Value::Int(x), &rhs).at(stmt.span)?;
                        f.locals[slot as usize] = Some(result);
                        return Ok(Flow::Normal);
                    }
                    let current = self.load_name(f, name).at(target.span)?;
                    let rhs = self.eval(f, value)?;
                    if let (Value::Int(x), Value::Int(y)) = (&current, &rhs) {
                        if let Some(v) = ops::small_int_op(*op, *x, *y) {
                            self.store(f, name.scope, &name.id, Value::Int(v))?;
                            return Ok(Flow::Normal);
                        }
                    }
                    let result = self.inplace_op(*op, &current, &rhs).at(stmt.span)?;
                    drop(current);
                    self.store(f, name.scope, &name.id, result)?;
                    return Ok(Flow::Normal);
                }
                let place = self.eval_place(f, target)?;
                let current = self.load_place(f, &place, target)?;
                let rhs = self.eval(f, value)?;
                let result = self.inplace_op(*op, &current, &rhs).at(stmt.span)?;
                self.store_place(f, place, result)?;
            }
            StmtKind::FunctionDef(def) => {
                let func = self.make_function(f, def)?;
                self.store(f, def.scope, def.bound_name(), func)?;
            }
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval(f, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::If { test, body, orelse } => {
                let branch = if self.eval_truth(f, test)? {
                    body
                } else {
                    orelse
                };
                return self.exec_block(f, branch);
            }
            StmtKind::While { test, body, orelse } => {
                while self.eval_truth(f, test)? {
                    self.check_interrupt()?;
                    match self.exec_block(f, body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return self.exec_block(f, orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let iterable = self.eval(f, iter)?;
                let it = self.iter(&iterable).at(iter.span)?;
                loop {
                    let Some(item) = self.next(&it).at(iter.span)? else {
                        break;
                    };
                    self.check_interrupt()?;
                    self.assign(f, target, item)?;
                    match self.exec_block(f, body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return self.exec_block(f, orelse);
            }
            StmtKind::ClassDef(def) => {
                let class = self.exec_class_def(f, def)?;
                self.store(f, def.scope, def.bound_name(), class)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                let mut result = self.exec_block(f, body);
                match result {
                    Err(e) if *is_star => result = self.handle_exception_star(f, e, handlers),
                    Err(e) if !handlers.is_empty() => {
                        result = self.handle_exception(f, e, handlers)
                    }
                    Ok(Flow::Normal) => result = self.exec_block(f, orelse),
                    _ => {}
                }
                if finalbody.is_empty() {
                    return result;
                }
                let pending = self.enter_finally(f, result);
                let fin = self.exec_block(f, finalbody);
                return self.leave_finally(f, pending, fin);
            }
            StmtKind::Raise { exc, cause } => return Err(self.raise(f, exc, cause)?),
            StmtKind::With {
                items,
                body,
                is_async: false,
            } => return self.exec_with(f, items, body),
            StmtKind::With { is_async: true, .. } | StmtKind::AsyncFor { .. } => {
                // Only reachable when the statement holds no `await`, which
                // resolve never produces for these.
                return Err(PyErr::runtime_error(
                    "async with/for outside a coroutine body",
                ));
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                if !crate::flags::optimize() && !self.eval_truth(f, test)? {
                    let args = match msg {
                        Some(m) => vec![self.eval(f, m)?],
                        None => vec![],
                    };
                    return Err(PyErr::with_args(&types::ASSERTION_ERROR, args));
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                let value = match value {
                    Some(v) => Some(self.eval(f, v)?),
                    None => None,
                };
                self.annotate(f, target, annotation)?;
                if let Some(v) = value {
                    self.assign(f, target, v)?;
                }
            }
            StmtKind::Match { subject, cases } => {
                let subject = self.eval(f, subject)?;
                for case in cases {
                    if !self.match_case(f, case, &subject)? {
                        continue;
                    }
                    if let Some(g) = &case.guard {
                        if !self.eval_truth(f, g)? {
                            continue;
                        }
                    }
                    return self.exec_block(f, &case.body);
                }
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    // `import a.b as c` binds the submodule itself.
                    let bound = crate::stdlib::importer::import_statement(
                        self,
                        &alias.name,
                        alias.asname.is_some(),
                    )
                    .at(stmt.span)?;
                    let name = crate::resolve::bound_name(alias);
                    self.store(f, alias.scope, &name, bound)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                use crate::stdlib::importer;
                let module_name = module.as_deref().unwrap_or("");
                let m = importer::from_module(self, &f.globals, module_name, *level as usize)
                    .at(stmt.span)?;
                for alias in names.iter() {
                    if &*alias.name == "*" {
                        for (name, v) in importer::star_names(self, &m).at(stmt.span)? {
                            f.globals.set(&name, v);
                        }
                        continue;
                    }
                    let v = importer::from_name(self, &m, &alias.name).at(stmt.span)?;
                    let name = crate::resolve::bound_name(alias);
                    self.store(f, alias.scope, &name, v)?;
                }
            }
        }
        Ok(Flow::Normal)
    }

    /// Evaluates a `def`: captures defaults now, as Python does.
    pub fn make_function(&self, f: &mut Frame, def: &Rc<FunctionDef>) -> PyResult {
        let mut decorators = Vec::with_capacity(def.decorators.len());
        for d in &def.decorators {
            decorators.push(self.eval(f, d)?);
        }
        let p = &def.params;
        let mut defaults = Vec::new();
        for param in p.posonly.iter().chain(&p.args) {
            if let Some(d) = &param.default {
                defaults.push(self.eval(f, d)?);
            }
        }
        let mut kw_defaults = Vec::with_capacity(p.kwonly.len());
        for param in &p.kwonly {
            kw_defaults.push(match &param.default {
                Some(d) => Some(self.eval(f, d)?),
                None => None,
            });
        }
        let annotations = self.function_annotations(f, def)?;
        // `C.method`, `outer.<locals>.inner`: CPython's argument errors and
        // reprs print it.
        let qualname = def.qualname.clone();
        let mut func = Value::Function(Rc::new(Function {
            def: def.clone(),
            globals: f.globals.clone(),
            code: super::FrameCode::new(f.source().clone(), def.name.name.clone()),
            defaults: RefCell::new(defaults),
            kw_defaults: RefCell::new(kw_defaults),
            qualname,
            closure: capture_closure(f, &def.info),
            attrs: RefCell::new(annotations),
            simple_call: Function::has_simple_signature(def),
            coroutine_code: Default::default(),
        }));
        for d in decorators.into_iter().rev() {
            func = self.call(&d, Args::positional(vec![func]))?;
        }
        Ok(func)
    }

    /// A `def`'s annotations, evaluated after its defaults as CPython's
    /// compiler orders them: the function's first attributes, under
    /// `__annotations__` (none at all when the `def` has no annotation; the
    /// attribute then makes an empty dict on first read).
    fn function_annotations(
        &self,
        f: &mut Frame,
        def: &FunctionDef,
    ) -> PyResult<crate::object::class::Namespace> {
        let mut attrs = crate::object::class::Namespace::default();
        if def.annotations().next().is_none() {
            return Ok(attrs);
        }
        let dict = Rc::new(RefCell::new(crate::object::Dict::new()));
        let named = def
            .annotated_params()
            .filter_map(|p| Some((p.name.name.clone(), p.annotation.as_ref()?)));
        let returns = def.returns.iter().map(|r| (Rc::from("return"), r));
        for (name, annotation) in named.chain(returns) {
            let value = self.eval(f, annotation)?;
            crate::object::dict::set_item(
                &dict,
                crate::object::DictKey::new(Value::Str(name))?,
                value,
            )?;
        }
        attrs.insert(Rc::from("__annotations__"), Value::Dict(dict));
        Ok(attrs)
    }

    // ----- names -----

    #[inline]
    pub fn load_name(&self, f: &Frame, name: &Name) -> PyResult {
        match name.scope {
            Scope::Local(slot) => match &f.locals[slot as usize] {
                Some(v) => Ok(v.clone()),
                None => Err(PyErr::new(
                    &types::UNBOUND_LOCAL_ERROR,
                    format!(
                        "cannot access local variable '{}' where it is not associated with a value",
                        name.id
                    ),
                )),
            },
            Scope::Global { slot, builtin } => {
                if let Some(v) = f.globals.get_slot(slot) {
                    return Ok(v);
                }
                if let Some(b) = builtin {
                    return Ok(self.builtins[b as usize].clone());
                }
                crate::stdlib::importer::added_builtin(self, &name.id)
                    .ok_or_else(|| name_error(&name.id))
            }
            Scope::Cell(slot) => match &f.locals[slot as usize] {
                Some(Value::Cell(cell)) => cell.borrow().clone().ok_or_else(|| {
                    PyErr::new(
                        &types::NAME_ERROR,
                        format!(
                            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                            name.id
                        ),
                    )
                }),
                _ => Err(PyErr::runtime_error("a cell variable without its cell")),
            },
            Scope::Name => {
                if let Some(m) = &f.class_mapping {
                    if let Some(v) = self.class_mapping_get(m, &name.id)? {
                        return Ok(v);
                    }
                }
                if let Some(ns) = &f.namespace {
                    if let Some(v) = ns.borrow().get(&*name.id) {
                        return Ok(v.clone());
                    }
                }
                self.load_global_by_name(f, &name.id)
            }
            // `LOAD_CLASSDEREF`: the class namespace, then the enclosing
            // function's variable.
            Scope::ClassCell(slot) => {
                if let Some(m) = &f.class_mapping {
                    if let Some(v) = self.class_mapping_get(m, &name.id)? {
                        return Ok(v);
                    }
                }
                if let Some(ns) = &f.namespace {
                    if let Some(v) = ns.borrow().get(&*name.id) {
                        return Ok(v.clone());
                    }
                }
                self.load_name(
                    f,
                    &Name {
                        id: name.id.clone(),
                        scope: Scope::Cell(slot),
                    },
                )
            }
            Scope::Unresolved => self.load_global_by_name(f, &name.id),
        }
    }

    fn load_global_by_name(&self, f: &Frame, name: &str) -> PyResult {
        match f.globals.get(name) {
            Some(v) => Ok(v),
            None => crate::builtins::builtin_index(name)
                .map(|b| self.builtins[b as usize].clone())
                .or_else(|| crate::stdlib::importer::added_builtin(self, name))
                .ok_or_else(|| name_error(name)),
        }
    }

    /// `del name`.
    pub fn delete_name(&self, f: &mut Frame, name: &Name) -> PyResult<()> {
        let found = match name.scope {
            Scope::Local(slot) => f.locals[slot as usize].take().is_some(),
            Scope::Cell(slot) => match &f.locals[slot as usize] {
                Some(Value::Cell(cell)) => cell.borrow_mut().take().is_some(),
                _ => false,
            },
            Scope::Global { slot, .. } => f.globals.clear_slot(slot).is_some(),
            Scope::Name | Scope::ClassCell(_) => match &f.namespace {
                _ if f.class_mapping.is_some() => {
                    let m = f.class_mapping.as_ref().expect("checked");
                    self.class_mapping_delete(m, &name.id)?
                }
                Some(ns) => ns.borrow_mut().shift_remove(&*name.id).is_some(),
                None => false,
            },
            Scope::Unresolved => false,
        };
        if found {
            return Ok(());
        }
        Err(match name.scope {
            Scope::Local(_) | Scope::Cell(_) => PyErr::new(
                &types::UNBOUND_LOCAL_ERROR,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name.id
                ),
            ),
            _ => name_error(&name.id),
        })
    }

    #[inline]
    pub fn store(&self, f: &mut Frame, scope: Scope, name: &str, v: Value) -> PyResult<()> {
        match scope {
            Scope::Local(slot) => f.locals[slot as usize] = Some(v),
            Scope::Global { slot, .. } => f.globals.set_slot(slot, v),
            Scope::Cell(slot) => match &f.locals[slot as usize] {
                Some(Value::Cell(cell)) => *cell.borrow_mut() = Some(v),
                _ => return Err(PyErr::runtime_error("a cell variable without its cell")),
            },
            Scope::Name | Scope::ClassCell(_) => match &f.namespace {
                _ if f.class_mapping.is_some() => {
                    let m = f.class_mapping.as_ref().expect("checked");
                    self.set_item(m, &Value::str(name), v)?;
                }
                Some(ns) => {
                    ns.borrow_mut().insert(Rc::from(name), v);
                }
                None => f.globals.set(name, v),
            },
            Scope::Unresolved => f.globals.set(name, v),
        }
        Ok(())
    }

    // ----- assignment -----

    pub fn assign_all(&self, f: &mut Frame, targets: &[Expr], v: Value) -> PyResult<()> {
        match targets {
            [single] => self.assign(f, single, v),
            _ => {
                for t in targets {
                    self.assign(f, t, v.clone())?;
                }
                Ok(())
            }
        }
    }

    pub fn assign(&self, f: &mut Frame, target: &Expr, v: Value) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(Name {
                scope: Scope::Local(slot),
                ..
            }) => {
                f.locals[*slot as usize] = Some(v);
                Ok(())
            }
            ExprKind::Name(name) => self.store(f, name.scope, &name.id, v),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let values = self.unpack(&v, items).at(target.span)?;
                for (t, item) in items.iter().zip(values) {
                    self.assign(f, t, item)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.assign(f, inner, v),
            _ => {
                let place = self.eval_place(f, target)?;
                self.store_place(f, place, v).at(target.span)
            }
        }
    }

    /// Evaluates the parts of a single assignment target (the object and
    /// the index), so that a store or an augmented assignment
    /// (`a[i()] += 1` calls `i` once) can use them.
    pub fn eval_place(&self, f: &mut Frame, target: &Expr) -> PyResult<Place> {
        Ok(match &target.kind {
            ExprKind::Name(name) => Place::Name(name.scope, name.id.clone()),
            ExprKind::Attribute { value, attr } => {
                Place::Attr(self.eval(f, value)?, attr.name.clone())
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(f, value)?;
                match &index.kind {
                    ExprKind::Slice { lower, upper, step } => {
                        Place::Slice(obj, self.eval_slice(f, lower, upper, step)?)
                    }
                    _ => Place::Item(obj, self.eval(f, index)?),
                }
            }
            _ => return Err(PyErr::runtime_error("invalid assignment target")),
        })
    }

    pub fn load_place(&self, f: &Frame, place: &Place, target: &Expr) -> PyResult {
        match place {
            Place::Name(_, _) => match &target.kind {
                ExprKind::Name(name) => self.load_name(f, name).at(target.span),
                _ => unreachable!("a name place comes from a name target"),
            },
            Place::Attr(obj, attr) => self.get_attr(obj, attr).at(target.span),
            Place::Item(obj, idx) => self.get_item(obj, idx).at(target.span),
            Place::Slice(obj, s) => self.get_slice(obj, s).at(target.span),
        }
    }

    pub fn store_place(&self, f: &mut Frame, place: Place, v: Value) -> PyResult<()> {
        match place {
            Place::Name(scope, name) => self.store(f, scope, &name, v),
            Place::Attr(obj, attr) => self.set_attr(&obj, &attr, v),
            Place::Item(obj, idx) => self.set_item(&obj, &idx, v),
            Place::Slice(Value::ByteArray(arr), s) => {
                crate::object::bytes::assign_slice(self, &arr, &s, &v)
            }
            // A user class gets a slice object (`__setitem__`).
            Place::Slice(obj @ (Value::Instance(_) | Value::Object(_)), s) => {
                self.set_item(&obj, &crate::object::slice::from_args(&s), v)
            }
            Place::Slice(obj, s) => {
                let items =
                    self.collect_or(&v, || "must assign iterable to extended slice".into())?;
                subscript::set_slice(&obj, &s, items)
            }
        }
    }

    // ----- expressions -----

    /// Evaluates an expression. The leaves most expressions are made of (a
    /// bound local variable, a small int constant) are handled here, inlined
    /// into the caller, so they cost no call; everything else goes through
    /// `eval_node`.
    #[inline(always)]
    pub fn eval(&self, f: &mut Frame, e: &Expr) -> PyResult {
        match &e.kind {
            ExprKind::Name(Name {
                scope: Scope::Local(slot),
                ..
            }) => match &f.locals[*slot as usize] {
                Some(Value::Int(i)) => return Ok(Value::Int(*i)),
                Some(v) => return Ok(v.clone()),
                None => {}
            },
            ExprKind::Name(Name {
                scope: Scope::Global { slot, builtin },
                ..
            }) => {
                if let Some(v) = &*f.globals.slot_ref(*slot) {
                    return Ok(v.clone());
                }
                if let Some(b) = builtin {
                    return Ok(self.builtins[*b as usize].clone());
                }
            }
            ExprKind::Constant(Constant::Int(i)) => return Ok(Value::Int(*i)),
            _ => {}
        }
        self.eval_node(f, e)
    }

    /// `eval`, with one more case computed in place: arithmetic on two int
    /// operands that need no evaluation (`n - 1` as an argument).
    #[inline(always)]
    fn eval_operand(&self, f: &mut Frame, e: &Expr) -> PyResult {
        if let ExprKind::BinOp { left, op, right } = &e.kind {
            if let (Some(x), Some(y)) = (peek_int(f, left), peek_int(f, right)) {
                if let Some(v) = ops::small_int_op(*op, x, y) {
                    return Ok(Value::Int(v));
                }
            }
        }
        self.eval(f, e)
    }

    fn eval_node(&self, f: &mut Frame, e: &Expr) -> PyResult {
        match &e.kind {
            ExprKind::Name(name) => self.load_name(f, name).at(e.span),
            ExprKind::Constant(c) => Ok(constant(c)),
            ExprKind::BinOp { left, op, right } => {
                if let (Some(x), Some(y)) = (peek_int(f, left), peek_int(f, right)) {
                    if let Some(v) = ops::small_int_op(*op, x, y) {
                        return Ok(Value::Int(v));
                    }
                }
                let l = self.eval(f, left)?;
                let r = self.eval(f, right)?;
                if let (Value::Int(x), Value::Int(y)) = (&l, &r) {
                    if let Some(v) = ops::small_int_op(*op, *x, *y) {
                        return Ok(Value::Int(v));
                    }
                }
                self.binary_op(*op, &l, &r).at(e.span)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                if let ExprKind::Attribute { value, attr } = &func.kind {
                    let receiver = self.eval(f, value)?;
                    // `xs.append(x)`, the commonest method call in loops:
                    // no argument vector, no dispatch by name.
                    if let (Value::List(list), [arg], []) = (&receiver, &args[..], &keywords[..]) {
                        if &*attr.name == "append" && !matches!(arg.kind, ExprKind::Starred(_)) {
                            let item = self.eval(f, arg)?;
                            list.borrow_mut().push(item);
                            return Ok(Value::None);
                        }
                    }
                    let args =
                        self.eval_args(f, args, keywords, Callee::Method(&receiver, &attr.name))?;
                    return self
                        .call_method(&receiver, &attr.name, args)
                        .map_err(|err| method_lookup_span(err, &receiver, &attr.name, func.span))
                        .at(e.span);
                }
                let callee = self.eval(f, func)?;
                if let Value::Function(function) = &callee {
                    if function.simple_call
                        && keywords.is_empty()
                        && args.len() == function.def.params.positional_count()
                        && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
                    {
                        let n_locals = function.def.info.locals.len();
                        let mut locals = self.new_slots(n_locals);
                        for a in args {
                            let v = self.eval_operand(f, a)?;
                            locals.push(Some(v));
                        }
                        if n_locals > args.len() {
                            locals.resize(n_locals, None);
                        }
                        // A tail call: the result is written straight into
                        // this call's result (see `Value`'s note on moves).
                        return self.run_function(function, locals, Some(e.span));
                    }
                }
                if super::introspect::needs_frame(&callee) {
                    let args = self.eval_args(f, args, keywords, Callee::Value(&callee))?;
                    return self.call_with_frame(f, &callee, args).at(e.span);
                }
                let keywords = super::introspect::without_scope(keywords);
                let args = self.eval_args(f, args, keywords, Callee::Value(&callee))?;
                self.call(&callee, args).at(e.span)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.eval_compare_value(f, left, ops, comparators, e.span),
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval(f, value)?;
                self.get_attr(&obj, &attr.name).at(e.span)
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(f, value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let s = self.eval_slice(f, lower, upper, step)?;
                    return self.get_slice(&obj, &s).at(e.span);
                }
                let idx = self.eval(f, index)?;
                self.get_item(&obj, &idx).at(e.span)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(f, operand)?;
                self.unary_op(*op, &v).at(e.span)
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = self.eval(f, v)?;
                    let t = self.truth(&last).at(v.span)?;
                    if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                        break;
                    }
                }
                Ok(last)
            }
            ExprKind::IfExp { test, body, orelse } => {
                if self.eval_truth(f, test)? {
                    self.eval(f, body)
                } else {
                    self.eval(f, orelse)
                }
            }
            ExprKind::List(items) => Ok(Value::list(self.eval_items(f, items)?)),
            ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items(f, items)?)),
            ExprKind::Dict(entries) => {
                let mut d = crate::object::Dict::with_capacity(entries.len());
                for (k, v) in entries {
                    match k {
                        Some(k) => {
                            let key = self.eval(f, k)?;
                            let value = self.eval(f, v)?;
                            dict_insert(&mut d, key, value).at(k.span)?;
                        }
                        None => {
                            let m = self.eval(f, v)?;
                            dict_merge(self, &mut d, &m).at(v.span)?;
                        }
                    }
                }
                Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
            }
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.eval_fstring(f, parts, &mut out)?;
                Ok(Value::Str(Rc::from(out)))
            }
            ExprKind::Slice { .. } => Err(PyErr::runtime_error("slice outside a subscript")),
            ExprKind::Starred(_) => Err(PyErr::runtime_error("can't use starred expression here")),
            ExprKind::Await(_) => Err(PyErr::runtime_error(
                "'await' reached outside a coroutine body",
            )),
            ExprKind::Lambda(def) => self.make_function(f, def),
            ExprKind::Comprehension(comp) => self.eval_comprehension(f, comp).at(e.span),
            ExprKind::NamedExpr { target, value } => {
                let v = self.eval(f, value)?;
                self.store(f, target.scope, &target.id, v.clone())?;
                Ok(v)
            }
            ExprKind::Set(items) => {
                let values = self.eval_items(f, items)?;
                build_set(items, values).at(e.span)
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Err(PyErr::new(
                &types::NOT_IMPLEMENTED_ERROR,
                "generators are not supported yet",
            ))
            .at(e.span),
        }
    }

    pub fn eval_slice(
        &self,
        f: &mut Frame,
        lower: &Option<Box<Expr>>,
        upper: &Option<Box<Expr>>,
        step: &Option<Box<Expr>>,
    ) -> PyResult<SliceArgs> {
        let mut part = |e: &Option<Box<Expr>>| -> PyResult<Option<Value>> {
            match e {
                Some(e) => Ok(Some(self.eval(f, e)?)),
                None => Ok(None),
            }
        };
        Ok(SliceArgs {
            lower: part(lower)?,
            upper: part(upper)?,
            step: part(step)?,
        })
    }

    /// Items of a list/tuple display, spreading `*x`.
    fn eval_items(&self, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval(f, inner)?;
                out.extend(self.spread(&v).at(item.span)?);
            } else {
                out.push(self.eval(f, item)?);
            }
        }
        Ok(out)
    }

    pub fn eval_args(
        &self,
        f: &mut Frame,
        args: &[Expr],
        keywords: &[Keyword],
        callee: Callee,
    ) -> PyResult<Args> {
        let mut positional = Vec::with_capacity(args.len());
        for item in args {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval(f, inner)?;
                positional.extend(self.spread_args(&v, callee).at(item.span)?);
            } else {
                positional.push(self.eval(f, item)?);
            }
        }
        let mut kw = Vec::new();
        for k in keywords {
            let v = self.eval(f, &k.value)?;
            self.add_keyword(&mut kw, k, v, callee).at(k.span)?;
        }
        Ok(Args {
            positional,
            keywords: kw,
        })
    }

    fn eval_fstring(&self, f: &mut Frame, parts: &[FStringPart], out: &mut String) -> PyResult<()> {
        for part in parts {
            match part {
                FStringPart::Literal(s) => out.push_str(s),
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    let v = self.eval(f, value)?;
                    let spec_text = match spec {
                        Some(spec) => {
                            let mut s = String::new();
                            self.eval_fstring(f, spec, &mut s)?;
                            s
                        }
                        None => String::new(),
                    };
                    self.format_field(out, &v, *conversion, &spec_text, debug_text.as_deref())
                        .at(value.span)?;
                }
            }
        }
        Ok(())
    }
}

impl Vm {
    /// One `{value!conv:spec}` field of an f-string (`format(value, spec)`
    /// after the conversion; user objects format as their `str`).
    pub fn format_field(
        &self,
        out: &mut String,
        v: &Value,
        conversion: Option<char>,
        spec: &str,
        debug_text: Option<&str>,
    ) -> PyResult<()> {
        if let Some(text) = debug_text {
            out.push_str(text);
        }
        // `{x=}` without a conversion or spec shows the repr.
        let conversion = match (conversion, debug_text) {
            (None, Some(_)) if spec.is_empty() => Some('r'),
            (c, _) => c,
        };
        let converted = match conversion {
            Some('r') => Value::str(&self.repr(v)?),
            Some('a') => Value::str(&ascii(&self.repr(v)?)),
            Some('s') => Value::str(&self.str(v)?),
            _ => match v {
                Value::Instance(_) | Value::Exception(_) | Value::Object(_) => {
                    if let Some(method) = self.special_method(v, "__format__") {
                        let r = self.call(&method, Args::positional(vec![Value::str(spec)]))?;
                        out.push_str(&self.str(&r)?);
                        return Ok(());
                    }
                    if !spec.is_empty() {
                        return Err(PyErr::type_error(format!(
                            "unsupported format string passed to {}.__format__",
                            v.type_name()
                        )));
                    }
                    Value::str(&self.str(v)?)
                }
                Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
                    if spec.is_empty() =>
                {
                    Value::str(&self.repr(v)?)
                }
                _ => v.clone(),
            },
        };
        out.push_str(&format::format_value(&converted, spec)?);
        Ok(())
    }

    /// `del target`.
    pub fn delete(&self, f: &mut Frame, target: &Expr) -> PyResult<()> {
        match &target.kind {
            ExprKind::Name(name) => self.delete_name(f, name).at(target.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    self.delete(f, item)?;
                }
                Ok(())
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval(f, value)?;
                if let ExprKind::Slice { lower, upper, step } = &index.kind {
                    let s = self.eval_slice(f, lower, upper, step)?;
                    if let Value::Instance(_) | Value::Object(_) = obj {
                        let slice = crate::object::slice::from_args(&s);
                        return self.del_item(&obj, &slice).at(target.span);
                    }
                    return subscript::del_slice(&obj, &s).at(target.span);
                }
                let idx = self.eval(f, index)?;
                self.del_item(&obj, &idx).at(target.span)
            }
            ExprKind::Attribute { value, attr } => {
                let obj = self.eval(f, value)?;
                self.del_attr(&obj, &attr.name).at(target.span)
            }
            _ => Err(PyErr::runtime_error("invalid del target")),
        }
    }

    /// Records a variable annotation in the class or module
    /// `__annotations__` (function bodies do not evaluate annotations).
    pub fn annotate(&self, f: &mut Frame, target: &Expr, annotation: &Expr) -> PyResult<()> {
        let ExprKind::Name(name) = &target.kind else {
            return Ok(());
        };
        let in_function = f.namespace.is_none() && &**f.name() != "<module>";
        if in_function {
            return Ok(());
        }
        let value = self.eval(f, annotation)?;
        let existing = match &f.namespace {
            Some(ns) => ns.borrow().get("__annotations__").cloned(),
            None => f.globals.get("__annotations__"),
        };
        let annotations = match existing {
            Some(Value::Dict(d)) => d,
            _ => {
                let d = Rc::new(RefCell::new(crate::object::Dict::new()));
                match &f.namespace {
                    Some(ns) => {
                        ns.borrow_mut()
                            .insert(Rc::from("__annotations__"), Value::Dict(d.clone()));
                    }
                    None => f.globals.set("__annotations__", Value::Dict(d.clone())),
                }
                d
            }
        };
        annotations.borrow_mut().insert(
            crate::object::DictKey::new(Value::Str(name.id.clone()))?,
            value,
        );
        Ok(())
    }

    /// All items of an iterable; `not_iterable` words the TypeError for a
    /// value that is not one (other errors pass through).
    fn collect_or(&self, v: &Value, not_iterable: impl FnOnce() -> String) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let it = self.iter(v).map_err(|e| {
                    if e.is_instance(&types::TYPE_ERROR) {
                        PyErr::type_error(not_iterable())
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// `*x` in a call or display.
    pub fn spread(&self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect_or(v, || {
            format!("Value after * must be an iterable, not {}", v.type_name())
        })
    }

    /// `f(*x)`: as `spread`, but the error names the callee.
    pub fn spread_args(&self, v: &Value, callee: Callee) -> PyResult<Vec<Value>> {
        self.collect_or(v, || {
            format!(
                "{} argument after * must be an iterable, not {}",
                self.callee_str(callee),
                v.type_name()
            )
        })
    }

    /// A keyword argument, or the items of `**mapping`, added to `kw`.
    pub fn add_keyword(
        &self,
        kw: &mut Vec<(Rc<str>, Value)>,
        k: &Keyword,
        v: Value,
        callee: Callee,
    ) -> PyResult<()> {
        if let Some(name) = &k.arg {
            kw.push((name.name.clone(), v));
            return Ok(());
        }
        let pairs: Vec<(Value, Value)> = match crate::object::class::payload(&v).unwrap_or(&v) {
            Value::Dict(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.value().clone(), v.clone()))
                .collect(),
            // Any mapping will do: its `keys()`, each looked up, as
            // `_PyDict_MergeEx` does.
            Value::Instance(_) | Value::Object(_) if self.special_method(&v, "keys").is_some() => {
                let keys = self.call_method(&v, "keys", Args::default())?;
                let mut pairs = Vec::new();
                for key in self.collect(&keys)? {
                    let value = self.get_item(&v, &key)?;
                    pairs.push((key, value));
                }
                pairs
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callee_str(callee),
                    v.type_name()
                )))
            }
        };
        for (key, value) in pairs {
            let Value::Str(name) = key else {
                return Err(PyErr::type_error("keywords must be strings"));
            };
            if kw.iter().any(|(n, _)| *n == name) {
                return Err(PyErr::type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callee_str(callee),
                    name
                )));
            }
            kw.push((name, value));
        }
        Ok(())
    }

    /// How CPython names a callee in argument errors
    /// (`_PyObject_FunctionStr`, Objects/object.c): `module.qualname()`,
    /// without the module for builtins.
    #[cold]
    fn callee_str(&self, callee: Callee) -> String {
        let func = match callee {
            Callee::Value(v) => v.clone(),
            Callee::Method(receiver, name) => match self.get_attr(receiver, name) {
                Ok(v) => v,
                Err(_) => return format!("{name}()"),
            },
        };
        self.function_str(&func)
    }

    fn function_str(&self, func: &Value) -> String {
        let (module, qualname) = match func {
            Value::Function(f) => (f.globals.get("__name__"), f.qualname.to_string()),
            Value::Method(m) => return self.function_str(&m.function),
            Value::Native(n) => (n.module.map(Value::str), n.name.to_string()),
            Value::BoundMethod(b) => match &b.receiver {
                Value::Type(t) => (None, format!("{}.{}", t.name(), b.name)),
                other => (None, format!("{}.{}", other.type_name(), b.name)),
            },
            _ => match self.get_attr(func, "__qualname__") {
                Ok(q) => (
                    self.get_attr(func, "__module__").ok(),
                    self.str(&q).unwrap_or_default(),
                ),
                Err(_) => return self.str(func).unwrap_or_default(),
            },
        };
        match module {
            Some(Value::Str(m)) if &*m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// Unpacks `v` into as many values as `targets` has, honouring one `*rest`.
    pub fn unpack(&self, v: &Value, targets: &[Expr]) -> PyResult<Vec<Value>> {
        let items = self.collect_or(v, || {
            format!("cannot unpack non-iterable {} object", v.type_name())
        })?;
        unpack_items(items, targets)
    }

    /// Evaluates a condition to a bool (`__bool__` for user objects).
    /// The truth of a condition. A comparison, the usual condition, gives
    /// its answer without a `bool` object in between.
    #[inline]
    pub fn eval_truth(&self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        {
            return self.eval_compare(f, left, ops, comparators, e.span);
        }
        let v = self.eval(f, e)?;
        if let Value::Bool(b) = v {
            return Ok(b);
        }
        self.truth(&v).at(e.span)
    }

    /// `a < b < c`: each operand evaluated once, stopping at the first false
    /// comparison.
    fn eval_compare(
        &self,
        f: &mut Frame,
        left: &Expr,
        operators: &[CmpOp],
        comparators: &[Expr],
        span: Span,
    ) -> PyResult<bool> {
        if let ([op], [right]) = (operators, comparators) {
            // One comparison, usually of ints: an operand that needs no
            // evaluation is only looked at.
            let l = match peek_int(f, left) {
                Some(x) => Value::Int(x),
                None => self.eval(f, left)?,
            };
            if let (Value::Int(x), Some(y)) = (&l, peek_int(f, right)) {
                if let Some(holds) = ops::small_int_compare(*op, *x, y) {
                    return Ok(holds);
                }
            }
            let r = self.eval(f, right)?;
            if let (Value::Int(x), Value::Int(y)) = (&l, &r) {
                if let Some(holds) = ops::small_int_compare(*op, *x, *y) {
                    return Ok(holds);
                }
            }
            return self.compare(*op, &l, &r).at(span);
        }
        let mut l = self.eval(f, left)?;
        for (op, right) in operators.iter().zip(comparators) {
            let r = self.eval(f, right)?;
            let holds = match (&l, &r) {
                (Value::Int(x), Value::Int(y)) => ops::small_int_compare(*op, *x, *y),
                _ => None,
            };
            let holds = match holds {
                Some(b) => b,
                None => self.compare(*op, &l, &r).at(span)?,
            };
            if !holds {
                return Ok(false);
            }
            l = r;
        }
        Ok(true)
    }

    /// `a < b < c` as a value: what the last comparison made returned, so a
    /// user `__lt__` answering with a non-bool is seen as it answered.
    fn eval_compare_value(
        &self,
        f: &mut Frame,
        left: &Expr,
        operators: &[CmpOp],
        comparators: &[Expr],
        span: Span,
    ) -> PyResult {
        let mut l = self.eval(f, left)?;
        for (i, (op, right)) in operators.iter().zip(comparators).enumerate() {
            let r = self.eval(f, right)?;
            let last = i + 1 == operators.len();
            if let ControlFlow::Break(v) = self.compare_link(*op, &l, &r, last).at(span)? {
                return Ok(v);
            }
            l = r;
        }
        unreachable!("a comparison has at least one operator")
    }

    /// One link of a comparison chain in value context: `Break(v)` when `v`
    /// is the chain's value (the last link, or a false one).
    pub(super) fn compare_link(
        &self,
        op: CmpOp,
        l: &Value,
        r: &Value,
        last: bool,
    ) -> PyResult<ControlFlow<Value>> {
        let v = match (l, r) {
            (Value::Int(x), Value::Int(y)) => ops::small_int_compare(op, *x, *y).map(Value::Bool),
            _ => None,
        };
        let v = match v {
            Some(v) => v,
            None => self.rich_compare(op, l, r)?,
        };
        let go_on = !last
            && match &v {
                Value::Bool(b) => *b,
                _ => self.truth(&v)?,
            };
        Ok(if go_on {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(v)
        })
    }
}

/// The cells of `f` that a new function, class body or comprehension
/// captures, in the order of `info.frees`.
pub fn capture_closure(f: &Frame, info: &ScopeInfo) -> Vec<Rc<RefCell<Option<Value>>>> {
    info.frees
        .iter()
        .map(|free| match &f.locals[free.outer_slot as usize] {
            Some(Value::Cell(c)) => c.clone(),
            _ => Rc::new(RefCell::new(None)),
        })
        .collect()
}

/// A single assignment target with its parts evaluated.
pub enum Place {
    Name(Scope, Rc<str>),
    Attr(Value, Rc<str>),
    Item(Value, Value),
    Slice(Value, SliceArgs),
}

/// A set display. CPython's compiler folds a display of more than two
/// constants into a frozenset constant and builds the set from it, which
/// can order colliding elements differently from adding them one by one.
pub fn build_set(items: &[Expr], values: Vec<Value>) -> PyResult {
    fn constant(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Constant(_) => true,
            ExprKind::Tuple(items) => items.iter().all(constant),
            _ => false,
        }
    }
    if items.len() > 2 && items.iter().all(constant) {
        crate::object::set::new_const_set(values)
    } else {
        crate::object::set::new_set(values)
    }
}

/// The value of `e` when it is a small int that takes no evaluation: an int
/// literal, or a bound local variable holding one. Looking has no effect,
/// so a fast path can look at both operands first and fall back to the
/// general evaluation when either is something else.
#[inline(always)]
fn peek_int(f: &Frame, e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Constant(Constant::Int(i)) => Some(*i),
        ExprKind::Name(Name {
            scope: Scope::Local(slot),
            ..
        }) => match f.locals[*slot as usize] {
            Some(Value::Int(i)) => Some(i),
            _ => None,
        },
        _ => None,
    }
}

pub fn name_error(name: &str) -> Box<PyErr> {
    let err = PyErr::new(
        &types::NAME_ERROR,
        format!("name '{}' is not defined", name),
    );
    err.exc
        .attrs
        .borrow_mut()
        .insert(Rc::from("name"), Value::str(name));
    err
}

pub fn constant(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::BigInt(b.clone()),
        Constant::Float(x) => Value::Float(*x),
        Constant::Imaginary(x) => Value::Complex(0.0, *x),
        Constant::Str(s) => Value::Str(s.clone()),
        Constant::Bytes(b) => Value::Bytes(b.clone()),
    }
}

/// `a op= b` on builtin values: sets and bytearrays change in place;
/// everything else rebinds to `a op b` (`Vm::inplace_op` extends lists).
pub fn inplace_op(op: BinOp, a: &Value, b: &Value) -> PyResult {
    if let Some(r) = crate::object::set::inplace_op(op, a, b) {
        return r;
    }
    if let Some(r) = crate::object::bytes::inplace_op(op, a, b) {
        return r;
    }
    ops::binary_op(op, a, b)
}

pub fn compare(op: CmpOp, l: &Value, r: &Value) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq => ops::eq(l, r),
        CmpOp::NotEq => !ops::eq(l, r),
        CmpOp::Is => l.is(r),
        CmpOp::IsNot => !l.is(r),
        CmpOp::In => subscript::contains(r, l)?,
        CmpOp::NotIn => !subscript::contains(r, l)?,
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => ops::compare(op, l, r)?,
    })
}

/// The callee of a call being evaluated, for the errors its arguments
/// raise; a method is looked up only if one is reported.
#[derive(Clone, Copy)]
pub enum Callee<'a> {
    Value(&'a Value),
    Method(&'a Value, &'a str),
}

/// A method call whose attribute lookup failed is marked under `obj.name`
/// alone, where CPython 3.11 puts its LOAD_METHOD; any other failure is
/// marked under the whole call.
#[cold]
pub fn method_lookup_span(err: Box<PyErr>, receiver: &Value, name: &str, span: Span) -> Box<PyErr> {
    if err.is_failed_lookup(receiver, name) {
        err.locate(span);
    }
    err
}

pub fn dict_insert(d: &mut crate::object::Dict, k: Value, v: Value) -> PyResult<()> {
    d.insert(crate::object::DictKey::new(k)?, v);
    crate::object::userhash::take_error()
}

/// `{**m}`: a dict's items, or any mapping's `keys()` each looked up
/// (`PyDict_Update`).
pub fn dict_merge(vm: &Vm, d: &mut crate::object::Dict, m: &Value) -> PyResult<()> {
    let Value::Dict(src) = crate::object::class::payload(m).unwrap_or(m) else {
        if matches!(m, Value::Instance(_) | Value::Object(_))
            && vm.special_method(m, "keys").is_some()
        {
            let keys = vm.call_method(m, "keys", Args::default())?;
            for key in vm.collect(&keys)? {
                let value = vm.get_item(m, &key)?;
                dict_insert(d, key, value)?;
            }
            return Ok(());
        }
        return Err(PyErr::type_error(format!(
            "'{}' object is not a mapping",
            m.type_name()
        )));
    };
    for (k, v) in src.borrow().iter() {
        d.insert(k.clone(), v.clone());
    }
    Ok(())
}

/// Unpacks `items` into as many values as `targets` has, honouring one `*rest`.
fn unpack_items(items: Vec<Value>, targets: &[Expr]) -> PyResult<Vec<Value>> {
    let star = targets
        .iter()
        .position(|t| matches!(t.kind, ExprKind::Starred(_)));
    let n = targets.len();
    match star {
        None => {
            if items.len() < n {
                return Err(PyErr::value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                )));
            }
            if items.len() > n {
                return Err(PyErr::value_error(format!(
                    "too many values to unpack (expected {})",
                    n
                )));
            }
            Ok(items)
        }
        Some(i) => {
            if items.len() < n - 1 {
                return Err(PyErr::value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n - 1,
                    items.len()
                )));
            }
            let after = n - 1 - i;
            let mut items = items;
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(i);
            items.push(Value::list(middle));
            items.extend(tail);
            Ok(items)
        }
    }
}

/// `ascii()`: the repr with non-ASCII characters escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c)
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n))
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n))
        } else {
            out.push_str(&format!("\\U{:08x}", n))
        }
    }
    out
}
