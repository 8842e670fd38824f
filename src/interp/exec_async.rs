//! Statements and expressions that contain `await`, evaluated as futures so
//! that a coroutine can suspend at any `await` and resume there later.
//!
//! Only nodes that `resolve` marked with `awaits` come here; their other
//! children go back to the plain evaluator in `exec`, so code without
//! `await` costs nothing extra inside a coroutine. The combining step of each
//! node (the operator, the call, the store) is shared with `exec`.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::coroutine::AwaitCoroutine;
use super::exec::{method_lookup_span, Callee, Flow, Place};
use super::{Frame, Vm};
use crate::object::exception::Locate;
use crate::object::subscript::SliceArgs;
use crate::object::{Args, PyErr, PyResult, Value};
use crate::syntax::ast::*;

type LocalFuture<'a, T> = Pin<Box<dyn Future<Output = PyResult<T>> + 'a>>;

impl Vm {
    pub async fn exec_block_async(&self, f: &mut Frame, body: &[Stmt]) -> PyResult<Flow> {
        for stmt in body {
            let flow = if !stmt.awaits {
                self.exec_stmt(f, stmt)?
            } else if let Some(await_expr) = single_await(stmt) {
                // The commonest suspending statements (`await x`,
                // `y = await x`, `return await x`) wait right here, so that a
                // suspended coroutine holds just this small state rather than
                // the general statement machine's.
                let ExprKind::Await(operand) = &await_expr.kind else {
                    unreachable!("single_await returns an await expression")
                };
                self.location.set(Some(stmt.span));
                let v = self.eval(f, operand).at(stmt.span)?;
                let result = self
                    .await_value(v)
                    .await
                    .at(await_expr.span)
                    .at(stmt.span)?;
                self.finish_single_await(f, stmt, result).at(stmt.span)?
            } else {
                self.exec_stmt_async(f, stmt).await?
            };
            if !matches!(flow, Flow::Normal) {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    /// What a `single_await` statement does with the awaited value.
    fn finish_single_await(&self, f: &mut Frame, stmt: &Stmt, v: Value) -> PyResult<Flow> {
        match &stmt.kind {
            StmtKind::Assign { targets, .. } => {
                self.assign_all(f, targets, v)?;
                Ok(Flow::Normal)
            }
            StmtKind::Return(_) => Ok(Flow::Return(v)),
            _ => Ok(Flow::Normal),
        }
    }

    /// Boxed, because blocks nest statements that nest blocks.
    fn exec_stmt_async<'a>(&'a self, f: &'a mut Frame, stmt: &'a Stmt) -> LocalFuture<'a, Flow> {
        self.location.set(Some(stmt.span));
        Box::pin(async move { self.exec_stmt_async_inner(f, stmt).await.at(stmt.span) })
    }

    async fn exec_stmt_async_inner(&self, f: &mut Frame, stmt: &Stmt) -> PyResult<Flow> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.eval_any(f, e).await?;
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval_any(f, value).await?;
                for t in targets {
                    self.assign_async(f, t, v.clone()).await?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                let place = self.eval_place_async(f, target).await?;
                let current = self.load_place(f, &place, target)?;
                let rhs = self.eval_any(f, value).await?;
                let result = self.inplace_op(*op, &current, &rhs).at(stmt.span)?;
                self.store_place(f, place, result)?;
            }
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval_any(f, e).await?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::If { test, body, orelse } => {
                let branch = if self.eval_truth_async(f, test).await? {
                    body
                } else {
                    orelse
                };
                return self.exec_block_async(f, branch).await;
            }
            StmtKind::Match { subject, cases } => {
                let subject = self.eval_any(f, subject).await?;
                for case in cases {
                    if !self.match_case(f, case, &subject)? {
                        continue;
                    }
                    if let Some(g) = &case.guard {
                        if !self.eval_truth_async(f, g).await? {
                            continue;
                        }
                    }
                    return self.exec_block_async(f, &case.body).await;
                }
            }
            StmtKind::While { test, body, orelse } => {
                while self.eval_truth_async(f, test).await? {
                    match self.exec_block_async(f, body).await? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return self.exec_block_async(f, orelse).await;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let iterable = self.eval_any(f, iter).await?;
                let it = self.iter(&iterable).at(iter.span)?;
                loop {
                    let Some(item) = self.next(&it).at(iter.span)? else {
                        break;
                    };
                    self.assign(f, target, item)?;
                    match self.exec_block_async(f, body).await? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return self.exec_block_async(f, orelse).await;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                let mut result = self.exec_block_async(f, body).await;
                match result {
                    Err(e) if *is_star => {
                        let mut star = self.begin_star(f, &e, handlers);
                        let mut failed = None;
                        for h in handlers {
                            let m = match self.match_star(f, &mut star, h) {
                                Ok(Some(m)) => m,
                                Ok(None) => continue,
                                Err(e2) => {
                                    failed = Some(e2);
                                    break;
                                }
                            };
                            if let Err(e2) = self.enter_star_handler(f, &star, h, &m) {
                                failed = Some(e2);
                                break;
                            }
                            let r = self.exec_block_async(f, &h.body).await;
                            self.leave_star_handler(f, &mut star, h, m, r);
                        }
                        result = match failed {
                            Some(e2) => Err(e2),
                            None => self.finish_star(f, star),
                        };
                    }
                    Err(e) if !handlers.is_empty() => {
                        result = match self.match_handler(f, &e, handlers) {
                            Err(e2) => Err(e2),
                            Ok(None) => Err(e),
                            Ok(Some(h)) => {
                                let handling = self.begin_handler(f, &e, h)?;
                                let r = self.exec_block_async(f, &h.body).await;
                                self.end_handler(f, h, handling, r)
                            }
                        }
                    }
                    Ok(Flow::Normal) => result = self.exec_block_async(f, orelse).await,
                    _ => {}
                }
                if finalbody.is_empty() {
                    return result;
                }
                let pending = self.enter_finally(f, result);
                let fin = self.exec_block_async(f, finalbody).await;
                return self.leave_finally(f, pending, fin);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => return self.exec_with_async(f, items, body, *is_async).await,
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                let iterable = self.eval_any(f, iter).await?;
                let aiter = self.aiter(&iterable).at(iter.span)?;
                loop {
                    let Some(item) = self.anext(&aiter).await.at(iter.span)? else {
                        break;
                    };
                    self.assign_async(f, target, item).await?;
                    match self.exec_block_async(f, body).await? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        Flow::Normal | Flow::Continue => {}
                    }
                }
                return self.exec_block_async(f, orelse).await;
            }
            StmtKind::Raise { exc, cause } => {
                let exc = match exc {
                    Some(e) => Some((self.eval_any(f, e).await?, e.span)),
                    None => None,
                };
                let cause = match cause {
                    Some(c) => Some((self.eval_any(f, c).await?, c.span)),
                    None => None,
                };
                return Err(self.build_raise(f, exc, cause)?);
            }
            // Statements that hold no expression of their own cannot await.
            _ => return self.exec_stmt(f, stmt),
        }
        Ok(Flow::Normal)
    }

    async fn eval_truth_async(&self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        let v = self.eval_any(f, e).await?;
        self.truth(&v).at(e.span)
    }

    /// Evaluates on the plain path unless the expression can suspend.
    #[inline]
    pub async fn eval_any(&self, f: &mut Frame, e: &Expr) -> PyResult {
        if e.awaits {
            self.eval_async(f, e).await
        } else {
            self.eval(f, e)
        }
    }

    fn eval_async<'a>(&'a self, f: &'a mut Frame, e: &'a Expr) -> LocalFuture<'a, Value> {
        Box::pin(async move {
            match &e.kind {
                ExprKind::Await(inner) => {
                    let v = self.eval_any(f, inner).await?;
                    self.await_value(v).await.at(e.span)
                }
                ExprKind::BinOp { left, op, right } => {
                    let l = self.eval_any(f, left).await?;
                    let r = self.eval_any(f, right).await?;
                    self.binary_op(*op, &l, &r).at(e.span)
                }
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                } => {
                    if let ExprKind::Attribute { value, attr } = &func.kind {
                        let receiver = self.eval_any(f, value).await?;
                        let args = self
                            .eval_args_async(
                                f,
                                args,
                                keywords,
                                Callee::Method(&receiver, &attr.name),
                            )
                            .await?;
                        return self
                            .call_method(&receiver, &attr.name, args)
                            .map_err(|err| {
                                method_lookup_span(err, &receiver, &attr.name, func.span)
                            })
                            .at(e.span);
                    }
                    let callee = self.eval_any(f, func).await?;
                    if super::introspect::needs_frame(&callee) {
                        let args = self
                            .eval_args_async(f, args, keywords, Callee::Value(&callee))
                            .await?;
                        return self.call_with_frame(f, &callee, args).at(e.span);
                    }
                    let keywords = super::introspect::without_scope(keywords);
                    let args = self
                        .eval_args_async(f, args, keywords, Callee::Value(&callee))
                        .await?;
                    self.call(&callee, args).at(e.span)
                }
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                } => {
                    let mut l = self.eval_any(f, left).await?;
                    for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                        let r = self.eval_any(f, right).await?;
                        let last = i + 1 == ops.len();
                        if let std::ops::ControlFlow::Break(v) =
                            self.compare_link(*op, &l, &r, last).at(e.span)?
                        {
                            return Ok(v);
                        }
                        l = r;
                    }
                    unreachable!("a comparison has at least one operator")
                }
                ExprKind::Attribute { value, attr } => {
                    let obj = self.eval_any(f, value).await?;
                    self.get_attr(&obj, &attr.name).at(e.span)
                }
                ExprKind::Subscript { value, index } => {
                    let obj = self.eval_any(f, value).await?;
                    if let ExprKind::Slice { lower, upper, step } = &index.kind {
                        let s = SliceArgs {
                            lower: self.eval_opt(f, lower).await?,
                            upper: self.eval_opt(f, upper).await?,
                            step: self.eval_opt(f, step).await?,
                        };
                        return self.get_slice(&obj, &s).at(e.span);
                    }
                    let idx = self.eval_any(f, index).await?;
                    self.get_item(&obj, &idx).at(e.span)
                }
                ExprKind::UnaryOp { op, operand } => {
                    let v = self.eval_any(f, operand).await?;
                    self.unary_op(*op, &v).at(e.span)
                }
                ExprKind::BoolOp { op, values } => {
                    let mut last = Value::None;
                    for v in values {
                        last = self.eval_any(f, v).await?;
                        let t = self.truth(&last).at(v.span)?;
                        if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                            break;
                        }
                    }
                    Ok(last)
                }
                ExprKind::IfExp { test, body, orelse } => {
                    if self.eval_truth_async(f, test).await? {
                        self.eval_any(f, body).await
                    } else {
                        self.eval_any(f, orelse).await
                    }
                }
                ExprKind::List(items) => Ok(Value::list(self.eval_items_async(f, items).await?)),
                ExprKind::Set(items) => {
                    let values = self.eval_items_async(f, items).await?;
                    super::exec::build_set(items, values).at(e.span)
                }
                ExprKind::Tuple(items) => Ok(Value::tuple(self.eval_items_async(f, items).await?)),
                ExprKind::Dict(entries) => {
                    let mut d = crate::object::Dict::with_capacity(entries.len());
                    for (k, v) in entries {
                        match k {
                            Some(k) => {
                                let key = self.eval_any(f, k).await?;
                                let value = self.eval_any(f, v).await?;
                                super::exec::dict_insert(&mut d, key, value).at(k.span)?;
                            }
                            None => {
                                let m = self.eval_any(f, v).await?;
                                super::exec::dict_merge(self, &mut d, &m).at(v.span)?;
                            }
                        }
                    }
                    Ok(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
                }
                ExprKind::FString(parts) => {
                    let mut out = String::new();
                    self.eval_fstring_async(f, parts, &mut out).await?;
                    Ok(Value::Str(Rc::from(out)))
                }
                ExprKind::Comprehension(comp) => {
                    self.eval_comprehension_async(f, comp).await.at(e.span)
                }
                ExprKind::Yield(value) => {
                    let v = match value {
                        Some(v) => self.eval_any(f, v).await?,
                        None => Value::None,
                    };
                    self.yield_in_frame(v).await.at(e.span)
                }
                ExprKind::YieldFrom(value) => {
                    let v = self.eval_any(f, value).await?;
                    self.yield_from(v).await.at(e.span)
                }
                ExprKind::NamedExpr { target, value } => {
                    let v = self.eval_any(f, value).await?;
                    self.store(f, target.scope, &target.id, v.clone())?;
                    Ok(v)
                }
                // Names, constants, slices and starred items hold no `await`
                // of their own, or are handled by their parent node.
                _ => self.eval(f, e),
            }
        })
    }

    /// `with`/`async with` in a coroutine: nested, one manager at a time;
    /// `__aenter__`/`__aexit__` results are awaited.
    fn exec_with_async<'a>(
        &'a self,
        f: &'a mut Frame,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> LocalFuture<'a, Flow> {
        Box::pin(async move {
            let Some((item, rest)) = items.split_first() else {
                return self.exec_block_async(f, body).await;
            };
            let span = item.context.span;
            let mgr = self.eval_any(f, &item.context).await?;
            let (enter_name, exit_name) = if is_async {
                ("__aenter__", "__aexit__")
            } else {
                ("__enter__", "__exit__")
            };
            let (enter, exit) = self.context_manager(&mgr, enter_name, exit_name).at(span)?;
            let mut value = self.call(&enter, Args::default()).at(span)?;
            if is_async {
                value = self.await_value(value).await.at(span)?;
            }
            let mut result = match &item.target {
                Some(t) => self.assign_async(f, t, value).await.map(|_| Flow::Normal),
                None => Ok(Flow::Normal),
            };
            if result.is_ok() {
                result = self.exec_with_async(f, rest, body, is_async).await;
            }
            if let Err(e) = &result {
                e.reach_exit(f.source(), f.name(), span);
            }
            let mut exit_result = self.call(&exit, Vm::exit_args(&result));
            if is_async {
                if let Ok(awaitable) = exit_result {
                    exit_result = self.await_value(awaitable).await;
                }
            }
            self.after_exit(result, exit_result).at(span)
        })
    }

    /// `aiter(v)`: `__aiter__` of an asynchronous iterable.
    pub fn aiter(&self, v: &Value) -> PyResult {
        match self.special_method(v, "__aiter__") {
            Some(m) => self.call(&m, Args::default()),
            None => Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                v.type_name()
            ))),
        }
    }

    /// The next item of an asynchronous iterator (`await anext(it)`), or
    /// `None` at StopAsyncIteration.
    pub async fn anext(&self, it: &Value) -> PyResult<Option<Value>> {
        let Some(m) = self.special_method(it, "__anext__") else {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type_name()
            )));
        };
        let awaitable = self.call(&m, Args::default())?;
        match self.await_value(awaitable).await {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&crate::object::types::STOP_ASYNC_ITERATION) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `assign` for targets that contain `await`; the same order of
    /// evaluation: the value first, then each target left to right.
    fn assign_async<'a>(
        &'a self,
        f: &'a mut Frame,
        target: &'a Expr,
        v: Value,
    ) -> LocalFuture<'a, ()> {
        Box::pin(async move {
            match &target.kind {
                _ if !target.awaits => self.assign(f, target, v),
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    let values = self.unpack(&v, items).at(target.span)?;
                    for (t, item) in items.iter().zip(values) {
                        self.assign_async(f, t, item).await?;
                    }
                    Ok(())
                }
                ExprKind::Starred(inner) => self.assign_async(f, inner, v).await,
                _ => {
                    let place = self.eval_place_async(f, target).await?;
                    self.store_place(f, place, v).at(target.span)
                }
            }
        })
    }

    async fn eval_place_async(&self, f: &mut Frame, target: &Expr) -> PyResult<Place> {
        if !target.awaits {
            return self.eval_place(f, target);
        }
        Ok(match &target.kind {
            ExprKind::Attribute { value, attr } => {
                Place::Attr(self.eval_any(f, value).await?, attr.name.clone())
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.eval_any(f, value).await?;
                match &index.kind {
                    ExprKind::Slice { lower, upper, step } => Place::Slice(
                        obj,
                        SliceArgs {
                            lower: self.eval_opt(f, lower).await?,
                            upper: self.eval_opt(f, upper).await?,
                            step: self.eval_opt(f, step).await?,
                        },
                    ),
                    _ => Place::Item(obj, self.eval_any(f, index).await?),
                }
            }
            _ => return Err(PyErr::runtime_error("invalid assignment target")),
        })
    }

    async fn eval_opt(&self, f: &mut Frame, e: &Option<Box<Expr>>) -> PyResult<Option<Value>> {
        match e {
            Some(e) => Ok(Some(self.eval_any(f, e).await?)),
            None => Ok(None),
        }
    }

    async fn eval_items_async(&self, f: &mut Frame, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval_any(f, inner).await?;
                out.extend(self.spread(&v).at(item.span)?);
            } else {
                out.push(self.eval_any(f, item).await?);
            }
        }
        Ok(out)
    }

    async fn eval_args_async(
        &self,
        f: &mut Frame,
        args: &[Expr],
        keywords: &[Keyword],
        callee: Callee<'_>,
    ) -> PyResult<Args> {
        let mut positional = Vec::with_capacity(args.len());
        for item in args {
            if let ExprKind::Starred(inner) = &item.kind {
                let v = self.eval_any(f, inner).await?;
                positional.extend(self.spread_args(&v, callee).at(item.span)?);
            } else {
                positional.push(self.eval_any(f, item).await?);
            }
        }
        let mut kw = Vec::new();
        for k in keywords {
            let v = self.eval_any(f, &k.value).await?;
            self.add_keyword(&mut kw, k, v, callee).at(k.span)?;
        }
        Ok(Args {
            positional,
            keywords: kw,
        })
    }

    fn eval_fstring_async<'a>(
        &'a self,
        f: &'a mut Frame,
        parts: &'a [FStringPart],
        out: &'a mut String,
    ) -> LocalFuture<'a, ()> {
        Box::pin(async move {
            for part in parts {
                match part {
                    FStringPart::Literal(s) => out.push_str(s),
                    FStringPart::Field {
                        value,
                        conversion,
                        spec,
                        debug_text,
                    } => {
                        let v = self.eval_any(f, value).await?;
                        let mut spec_text = String::new();
                        if let Some(spec) = spec {
                            self.eval_fstring_async(f, spec, &mut spec_text).await?;
                        }
                        self.format_field(out, &v, *conversion, &spec_text, debug_text.as_deref())
                            .at(value.span)?;
                    }
                }
            }
            Ok(())
        })
    }

    /// `await v`: a coroutine runs inline; a future or task suspends the
    /// awaiting coroutine until it is done (`Future.__await__`).
    pub fn await_value(&self, v: Value) -> AwaitValue<'_> {
        match v {
            Value::Coroutine(c) => match c.take_sleep() {
                Ok(sleep) => AwaitValue::Sleep(AwaitSleep { vm: self, sleep }),
                Err(c) => AwaitValue::Coroutine(c.await_inline(self)),
            },
            Value::Future(_) | Value::Task(_) => {
                AwaitValue::Future(crate::asyncio::await_future(self, v))
            }
            // Boxed: this rare path must not enlarge every suspended
            // coroutine's state, which holds an `AwaitValue` inline.
            other => AwaitValue::Protocol(Box::pin(self.await_protocol(other))),
        }
    }

    /// `await obj` through `obj.__await__()`.
    async fn await_protocol(&self, obj: Value) -> PyResult {
        let Some(method) = self.special_method(&obj, "__await__") else {
            return Err(PyErr::type_error(format!(
                "object {} can't be used in 'await' expression",
                obj.type_name()
            )));
        };
        let it = self.call(&method, Args::default())?;
        let is_iterator = matches!(it, Value::Generator(_) | Value::Iterator(_))
            || self.special_method(&it, "__next__").is_some();
        if !is_iterator {
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            )));
        }
        // `__await__` returns an iterator whose items go to the task
        // driving us, as `yield from` would pass them.
        self.yield_from(it).await
    }
}

/// What `await x` waits on, by the kind of `x`. Every suspended coroutine
/// holds one per level of awaiting, so the common kinds are small
/// hand-written state machines.
pub enum AwaitValue<'a> {
    Coroutine(AwaitCoroutine<'a>),
    /// `await asyncio.sleep(...)`, run in place (`Coroutine::take_sleep`).
    Sleep(AwaitSleep<'a>),
    Future(crate::asyncio::AwaitFuture<'a>),
    Protocol(LocalFuture<'a, Value>),
}

impl Future for AwaitValue<'_> {
    type Output = PyResult;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<PyResult> {
        match &mut *self {
            AwaitValue::Coroutine(c) => Pin::new(c).poll(cx),
            AwaitValue::Sleep(s) => s.sleep.poll(s.vm),
            AwaitValue::Future(f) => Pin::new(f).poll(cx),
            AwaitValue::Protocol(p) => p.as_mut().poll(cx),
        }
    }
}

pub struct AwaitSleep<'a> {
    vm: &'a Vm,
    sleep: crate::asyncio::sleep::SleepFuture,
}

/// The `await` of a statement that suspends there and nowhere else:
/// `await x`, `targets = await x` or `return await x`, where neither `x` nor
/// the targets contain another `await`.
fn single_await(stmt: &Stmt) -> Option<&Expr> {
    let e = match &stmt.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Return(Some(e)) => e,
        StmtKind::Assign { targets, value } if !targets.iter().any(|t| t.awaits) => value,
        _ => return None,
    };
    match &e.kind {
        ExprKind::Await(operand) if !operand.awaits => Some(e),
        _ => None,
    }
}
