//! `try`/`except`/`finally`, `raise` and `with`: the parts shared by the
//! plain and the suspending evaluator.

use std::rc::Rc;

use super::exec::Flow;
use super::{Frame, Vm};
use crate::object::exception::Locate;
use crate::object::types;
use crate::object::{Args, PyErr, PyException, PyResult, Value};
use crate::syntax::ast::{ExceptHandler, Expr, Span, Stmt, WithItem};

/// The outcome of a `try` body, set aside while its `finally` block runs.
pub struct Pending {
    result: PyResult<Flow>,
    saved_handling: Option<Rc<PyException>>,
}

/// `try … except*` in progress: the exception caught, the part of it no
/// clause has matched yet, and what the clauses raised.
pub struct StarHandling {
    orig: Rc<PyException>,
    rest: Option<Rc<PyException>>,
    excs: Vec<Rc<PyException>>,
    saved_handling: Option<Rc<PyException>>,
}

/// `is_same_exception_metadata`: whether `e` is (part of) `orig` re-raised
/// as it was, rather than an exception raised anew.
fn same_metadata(e: &Rc<PyException>, orig: &Rc<PyException>) -> bool {
    let same = |a: &Option<Rc<PyException>>, b: &Option<Rc<PyException>>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    let tb_same = {
        let (a, b) = (e.traceback.borrow(), orig.traceback.borrow());
        a.len() == b.len()
            && a.iter().zip(b.iter()).all(|(x, y)| {
                Rc::ptr_eq(&x.source, &y.source) && x.span == y.span && x.function == y.function
            })
    };
    tb_same
        && same(&e.cause.borrow(), &orig.cause.borrow())
        && same(&e.context.borrow(), &orig.context.borrow())
}

/// `check_except_star_type_valid`.
fn check_except_star_type(t: &Value) -> PyResult<()> {
    let items: Vec<Value> = match t {
        Value::Tuple(items) => items.iter().cloned().collect(),
        other => vec![other.clone()],
    };
    let mut is_group = false;
    for item in &items {
        match item {
            Value::Type(c) if c.is(&types::BASE_EXCEPTION) => {
                is_group |= c.is(&types::BASE_EXCEPTION_GROUP);
            }
            _ => {
                return Err(PyErr::type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    if is_group {
        return Err(PyErr::type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// An `except` clause in progress.
pub struct Handling {
    exc: Rc<PyException>,
    saved_handling: Option<Rc<PyException>>,
}

impl Vm {
    /// Finds the `except` clause matching `e`; evaluates the clauses' types
    /// in order, as CPython does, stopping at the first match.
    pub fn match_handler<'h>(
        &self,
        f: &mut Frame,
        e: &PyErr,
        handlers: &'h [ExceptHandler],
    ) -> PyResult<Option<&'h ExceptHandler>> {
        // A run the loop stopped (a deadlock verdict) ends; nothing catches it.
        if self.halted.get().is_some() {
            return Ok(None);
        }
        for h in handlers {
            let Some(typ) = &h.typ else {
                return Ok(Some(h));
            };
            let t = self
                .eval(f, typ)
                .inspect_err(|e2| e2.exc.set_context(&e.exc))?;
            if exception_matches(&e.exc, &t).at(typ.span)? {
                return Ok(Some(h));
            }
        }
        Ok(None)
    }

    /// Enters an `except` clause: the frame joins the exception's traceback,
    /// `as name` is bound, and the exception becomes the one a bare `raise`
    /// re-raises.
    pub fn begin_handler(&self, f: &mut Frame, e: &PyErr, h: &ExceptHandler) -> PyResult<Handling> {
        let exc = e.catch(f.source(), f.name(), h.span);
        if let Some(name) = &h.name {
            self.store(f, h.scope, &name.name, Value::Exception(exc.clone()))?;
        }
        let saved_handling = f.handling.replace(exc.clone());
        self.handled.borrow_mut().push(exc.clone());
        Ok(Handling {
            exc,
            saved_handling,
        })
    }

    /// Leaves an `except` clause: `as name` is unbound (CPython deletes it),
    /// and an exception raised in the clause gets the handled one as its
    /// context.
    pub fn end_handler(
        &self,
        f: &mut Frame,
        h: &ExceptHandler,
        handling: Handling,
        result: PyResult<Flow>,
    ) -> PyResult<Flow> {
        f.handling = handling.saved_handling;
        self.unhandle(&handling.exc);
        if let Some(name) = &h.name {
            let _ = self.delete_name(
                f,
                &crate::syntax::ast::Name {
                    id: name.name.clone(),
                    scope: h.scope,
                },
            );
        }
        if let Err(e2) = &result {
            e2.exc.set_context(&handling.exc);
        }
        result
    }

    /// An `except` clause handling `exc` is over: it leaves the exceptions
    /// `sys.exc_info()` sees (the latest entry for it, which is the top one
    /// unless coroutines interleave their handlers).
    fn unhandle(&self, exc: &Rc<PyException>) {
        let mut handled = self.handled.borrow_mut();
        if let Some(i) = handled.iter().rposition(|e| Rc::ptr_eq(e, exc)) {
            handled.remove(i);
        }
    }

    pub fn handle_exception(
        &self,
        f: &mut Frame,
        e: Box<PyErr>,
        handlers: &[ExceptHandler],
    ) -> PyResult<Flow> {
        let Some(h) = self.match_handler(f, &e, handlers)? else {
            return Err(e);
        };
        let handling = self.begin_handler(f, &e, h)?;
        let result = self.exec_block(f, &h.body);
        self.end_handler(f, h, handling, result)
    }

    /// `try … except*`, on the plain path.
    pub fn handle_exception_star(
        &self,
        f: &mut Frame,
        e: Box<PyErr>,
        handlers: &[ExceptHandler],
    ) -> PyResult<Flow> {
        let mut star = self.begin_star(f, &e, handlers);
        for h in handlers {
            let Some(m) = self.match_star(f, &mut star, h)? else {
                continue;
            };
            self.enter_star_handler(f, &star, h, &m)?;
            let r = self.exec_block(f, &h.body);
            self.leave_star_handler(f, &mut star, h, m, r);
        }
        self.finish_star(f, star)
    }

    /// Enters the `except*` clauses: the frame joins the exception's
    /// traceback and it becomes the one being handled.
    pub fn begin_star(&self, f: &mut Frame, e: &PyErr, handlers: &[ExceptHandler]) -> StarHandling {
        let span = handlers.first().map(|h| h.span).unwrap_or_default();
        let orig = e.catch(f.source(), f.name(), span);
        let saved_handling = f.handling.replace(orig.clone());
        self.handled.borrow_mut().push(orig.clone());
        StarHandling {
            rest: Some(orig.clone()),
            orig,
            excs: Vec::new(),
            saved_handling,
        }
    }

    /// Evaluates an `except*` clause's type and splits off the part of the
    /// unhandled rest it matches (`CHECK_EG_MATCH`); `None` when nothing
    /// matches. On an error the `try` is over.
    pub fn match_star(
        &self,
        f: &mut Frame,
        star: &mut StarHandling,
        h: &ExceptHandler,
    ) -> PyResult<Option<Rc<PyException>>> {
        if self.halted.get().is_some() {
            return Ok(None);
        }
        let result = (|| {
            let typ = h.typ.as_ref().expect("except* always names a type");
            let handled = f.handling.clone();
            let t = self.eval(f, typ).inspect_err(|e2| {
                if let Some(hd) = &handled {
                    e2.exc.set_context(hd)
                }
            })?;
            check_except_star_type(&t).at(typ.span)?;
            let Some(rest) = star.rest.clone() else {
                return Ok(None);
            };
            if exception_matches(&rest, &t)? {
                star.rest = None;
                return Ok(Some(if rest.group.is_some() {
                    rest
                } else {
                    PyException::new_group("", vec![rest], false)
                }));
            }
            if rest.group.is_none() {
                return Ok(None);
            }
            let pair = self
                .call_method(&Value::Exception(rest), "split", Args::positional(vec![t]))
                .at(typ.span)?;
            let (m, r) = match &pair {
                Value::Tuple(items) if items.len() == 2 => (items[0].clone(), items[1].clone()),
                _ => return Err(PyErr::type_error("split must return a 2-tuple")),
            };
            star.rest = match r {
                Value::Exception(e) => Some(e),
                _ => None,
            };
            Ok(match m {
                Value::Exception(e) => Some(e),
                _ => None,
            })
        })();
        if let Err(e) = &result {
            if let Some(hd) = &f.handling {
                e.exc.set_context(hd);
            }
            f.handling = star.saved_handling.clone();
        }
        result
    }

    /// Runs before an `except*` clause's body: `as name` is bound to the
    /// matching part, which becomes the exception being handled.
    pub fn enter_star_handler(
        &self,
        f: &mut Frame,
        star: &StarHandling,
        h: &ExceptHandler,
        m: &Rc<PyException>,
    ) -> PyResult<()> {
        if let Some(name) = &h.name {
            if let Err(e) = self.store(f, h.scope, &name.name, Value::Exception(m.clone())) {
                f.handling = star.saved_handling.clone();
                return Err(e);
            }
        }
        f.handling = Some(m.clone());
        Ok(())
    }

    /// After an `except*` clause's body: an exception it raised is kept
    /// for `finish_star`, with the matching part as its context.
    pub fn leave_star_handler(
        &self,
        f: &mut Frame,
        star: &mut StarHandling,
        h: &ExceptHandler,
        m: Rc<PyException>,
        result: PyResult<Flow>,
    ) {
        f.handling = Some(star.orig.clone());
        if let Some(name) = &h.name {
            let _ = self.delete_name(
                f,
                &crate::syntax::ast::Name {
                    id: name.name.clone(),
                    scope: h.scope,
                },
            );
        }
        if let Err(e2) = result {
            e2.exc.set_context(&m);
            let exc = e2.catch(f.source(), f.name(), h.span);
            star.excs.push(exc);
        }
    }

    /// `_PyExc_PrepReraiseStar`: what the `try` raises once every clause
    /// ran (the unhandled rest and the exceptions the clauses raised).
    pub fn finish_star(&self, f: &mut Frame, star: StarHandling) -> PyResult<Flow> {
        f.handling = star.saved_handling;
        let orig = star.orig;
        self.unhandle(&orig);
        let mut excs = star.excs;
        excs.extend(star.rest);
        if excs.is_empty() {
            return Ok(Flow::Normal);
        }
        if orig.group.is_none() {
            // A naked exception was caught and wrapped: only one clause
            // could have run, so there is one exception to raise.
            return Err(PyErr::reraise(excs.swap_remove(0)));
        }
        let (reraised, mut raised): (Vec<_>, Vec<_>) =
            excs.into_iter().partition(|e| same_metadata(e, &orig));
        let mut keep = Vec::new();
        for e in &reraised {
            crate::object::exception::collect_leaves(e, &mut keep);
        }
        let (reraised_eg, _) = crate::object::exception::split_recursive(
            self,
            &orig,
            &crate::object::exception::Matcher::Ids(keep),
            false,
        )?;
        let result = if raised.is_empty() {
            match reraised_eg {
                Some(e) => e,
                None => return Ok(Flow::Normal),
            }
        } else {
            raised.extend(reraised_eg);
            if raised.len() > 1 {
                PyException::new_group("", raised, true)
            } else {
                raised.swap_remove(0)
            }
        };
        Err(PyErr::reraise(result))
    }

    /// Sets the try's outcome aside; a pending exception is what a bare
    /// `raise` in the `finally` block re-raises.
    pub fn enter_finally(&self, f: &mut Frame, result: PyResult<Flow>) -> Pending {
        let saved_handling = match &result {
            Err(e) => f.handling.replace(e.exc.clone()),
            Ok(_) => f.handling.clone(),
        };
        Pending {
            result,
            saved_handling,
        }
    }

    /// The outcome of `try … finally`: the finally block's own `return`,
    /// `break` or exception wins; otherwise the pending outcome stands.
    pub fn leave_finally(
        &self,
        f: &mut Frame,
        pending: Pending,
        fin: PyResult<Flow>,
    ) -> PyResult<Flow> {
        f.handling = pending.saved_handling;
        match fin {
            Ok(Flow::Normal) => pending.result,
            Ok(flow) => Ok(flow),
            Err(e2) => {
                if let Err(e) = &pending.result {
                    e2.exc.set_context(&e.exc);
                }
                Err(e2)
            }
        }
    }

    /// `raise`, `raise exc`, `raise exc from cause`: the error to propagate.
    pub fn raise(
        &self,
        f: &mut Frame,
        exc: &Option<Expr>,
        cause: &Option<Expr>,
    ) -> PyResult<Box<PyErr>> {
        let exc = match exc {
            Some(e) => Some((self.eval(f, e)?, e.span)),
            None => None,
        };
        let cause = match cause {
            Some(c) => Some((self.eval(f, c)?, c.span)),
            None => None,
        };
        self.build_raise(f, exc, cause)
    }

    /// The error a `raise` statement raises, from its evaluated operands.
    pub fn build_raise(
        &self,
        f: &Frame,
        exc: Option<(Value, Span)>,
        cause: Option<(Value, Span)>,
    ) -> PyResult<Box<PyErr>> {
        let Some((v, exc_span)) = exc else {
            return Ok(match &f.handling {
                Some(e) => PyErr::reraise(e.clone()),
                None => PyErr::runtime_error("No active exception to reraise"),
            });
        };
        let exc = self.make_exception(v).at(exc_span)?;
        if let Some((c, cause_span)) = cause {
            let cause = match c {
                Value::None => None,
                other => Some(
                    self.make_exception(other)
                        .map_err(|_| {
                            PyErr::type_error("exception causes must derive from BaseException")
                        })
                        .at(cause_span)?,
                ),
            };
            *exc.cause.borrow_mut() = cause;
            exc.suppress_context.set(true);
        }
        if let Some(handled) = &f.handling {
            exc.set_context(handled);
        }
        Ok(PyErr::from_exception(exc))
    }

    /// The exception `raise v` raises: an instance as is, a class instantiated.
    pub fn make_exception(&self, v: Value) -> PyResult<Rc<PyException>> {
        match v {
            Value::Exception(e) => Ok(e),
            Value::Type(t) if t.is(&types::BASE_EXCEPTION) => {
                match self.call(&Value::Type(t), Args::default())? {
                    Value::Exception(e) => Ok(e),
                    other => Err(PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        crate::object::repr::repr_plain(&other),
                        other.type_name()
                    ))),
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// The `__enter__` and `__exit__` of a context manager, bound.
    pub fn context_manager(
        &self,
        mgr: &Value,
        enter: &str,
        exit: &str,
    ) -> PyResult<(Value, Value)> {
        match (
            self.special_method(mgr, enter),
            self.special_method(mgr, exit),
        ) {
            (Some(e), Some(x)) => Ok((e, x)),
            (None, _) => Err(PyErr::type_error(format!(
                "'{}' object does not support the {}context manager protocol",
                mgr.type_name(),
                if enter == "__aenter__" {
                    "asynchronous "
                } else {
                    ""
                }
            ))),
            (Some(_), None) => {
                Err(PyErr::type_error(format!(
                "'{}' object does not support the {}context manager protocol (missed {} method)",
                mgr.type_name(),
                if enter == "__aenter__" { "asynchronous " } else { "" },
                exit
            )))
            }
        }
    }

    /// The arguments `__exit__` gets: `(type, value, traceback)` or three Nones.
    pub fn exit_args(result: &PyResult<Flow>) -> Args {
        Args::positional(match result {
            Err(e) => vec![
                Value::Type(e.exc.cls.clone()),
                Value::Exception(e.exc.clone()),
                Value::None,
            ],
            Ok(_) => vec![Value::None, Value::None, Value::None],
        })
    }

    /// The outcome of a `with` block once `__exit__` returned `exit_result`:
    /// a true result swallows the block's exception.
    pub fn after_exit(&self, result: PyResult<Flow>, exit_result: PyResult) -> PyResult<Flow> {
        // Nothing swallows a halted run (see `asyncio::verdict`).
        if self.halted.get().is_some() && result.is_err() {
            return result;
        }
        match (result, exit_result) {
            (Err(e), Ok(suppress)) => {
                if self.truth(&suppress)? {
                    Ok(Flow::Normal)
                } else {
                    Err(e)
                }
            }
            (Err(e), Err(e2)) => {
                e2.exc.set_context(&e.exc);
                Err(e2)
            }
            (Ok(_), Err(e2)) => Err(e2),
            (Ok(flow), Ok(_)) => Ok(flow),
        }
    }

    /// `with a as x, b as y:` — nested, one manager at a time.
    pub fn exec_with(&self, f: &mut Frame, items: &[WithItem], body: &[Stmt]) -> PyResult<Flow> {
        let Some((item, rest)) = items.split_first() else {
            return self.exec_block(f, body);
        };
        let mgr = self.eval(f, &item.context)?;
        let (enter, exit) = self
            .context_manager(&mgr, "__enter__", "__exit__")
            .at(item.context.span)?;
        let value = self.call(&enter, Args::default()).at(item.context.span)?;
        let mut result = match &item.target {
            Some(t) => self.assign(f, t, value).map(|_| Flow::Normal),
            None => Ok(Flow::Normal),
        };
        if result.is_ok() {
            result = self.exec_with(f, rest, body);
        }
        if let Err(e) = &result {
            e.reach_exit(f.source(), f.name(), item.context.span);
        }
        let exit_result = self.call(&exit, Vm::exit_args(&result));
        self.after_exit(result, exit_result).at(item.context.span)
    }
}

/// `except T:` matches when the exception is an instance of T (or of one
/// of a tuple of classes).
pub fn exception_matches(exc: &PyException, t: &Value) -> PyResult<bool> {
    match t {
        Value::Type(cls) if cls.is(&types::BASE_EXCEPTION) => Ok(exc.cls.is_subclass(cls)),
        Value::Tuple(items) => {
            for item in items.iter() {
                if exception_matches(exc, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}
