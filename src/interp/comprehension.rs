//! Comprehensions. Each runs in a scope of its own, like a nested function
//! (CPython 3.11 compiles it to one): its first iterable is evaluated
//! outside, everything else inside.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::install_cells;
use super::exec::capture_closure;
use super::{Frame, Vm};
use crate::object::exception::Locate;
use crate::object::set::PySet;
use crate::object::{Dict, DictKey, Iter, PyErr, PyResult, Value};
use crate::syntax::ast::{Comprehension, ComprehensionKind};

type LocalFuture<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = PyResult<()>> + 'a>>;

/// Where a `for` clause takes its items from.
enum Source {
    Iter(Rc<RefCell<Iter>>),
    /// An `async for` clause's asynchronous iterator.
    Async(Value),
}

/// What a comprehension builds.
enum Collector {
    List(Vec<Value>),
    Set(PySet),
    Dict(Dict),
    /// A generator expression hands out each element as it is produced.
    Yield,
}

fn scope_name(comp: &Comprehension) -> &'static str {
    match comp.kind {
        ComprehensionKind::List => "<listcomp>",
        ComprehensionKind::Dict => "<dictcomp>",
        ComprehensionKind::Set => "<setcomp>",
        ComprehensionKind::Generator => "<genexpr>",
    }
}

fn collector(comp: &Comprehension) -> PyResult<Collector> {
    match comp.kind {
        ComprehensionKind::List => Ok(Collector::List(Vec::new())),
        ComprehensionKind::Dict => Ok(Collector::Dict(Dict::new())),
        ComprehensionKind::Generator => Ok(Collector::Yield),
        ComprehensionKind::Set => Ok(Collector::Set(PySet::new())),
    }
}

fn finish(acc: Collector) -> Value {
    match acc {
        Collector::List(items) => Value::list(items),
        Collector::Set(s) => Value::Set(Rc::new(RefCell::new(s))),
        Collector::Dict(d) => Value::Dict(Rc::new(RefCell::new(d))),
        Collector::Yield => Value::None,
    }
}

impl Vm {
    pub fn eval_comprehension(&self, f: &mut Frame, comp: &Rc<Comprehension>) -> PyResult {
        if comp.kind == ComprehensionKind::Generator {
            return self.generator_expression(f, comp);
        }
        let name = scope_name(comp);
        let mut acc = collector(comp)?;
        let first = &comp.generators[0].iter;
        let iterable = self.eval(f, first)?;
        let it = self.iter(&iterable).at(first.span)?;
        let mut frame = self.comprehension_frame(f, comp, name);
        let _depth = self.enter_frame()?;
        if let Err(e) = self.comprehension_level(&mut frame, comp, 0, it, &mut acc) {
            e.leave_frame(frame.source(), frame.name(), comp.elt.span);
            return Err(e);
        }
        Ok(finish(acc))
    }

    /// `(elt for ...)`: a generator over a frame of its own; only the first
    /// iterable is evaluated now.
    fn generator_expression(&self, f: &mut Frame, comp: &Rc<Comprehension>) -> PyResult {
        let suspends = comp.elt.awaits
            || comp
                .generators
                .iter()
                .any(|g| g.is_async || g.ifs.iter().any(|c| c.awaits) || g.iter.awaits);
        let first = &comp.generators[0];
        let iterable = self.eval(f, &first.iter)?;
        if suspends {
            return self.async_generator_expression(f, comp, iterable);
        }
        self.generator_expression_over(f, comp, iterable)
    }

    /// A generator expression whose first iterable is `iterable`.
    fn generator_expression_over(
        &self,
        f: &mut Frame,
        comp: &Rc<Comprehension>,
        iterable: Value,
    ) -> PyResult {
        let first = &comp.generators[0];
        let it = self.iter(&iterable).at(first.iter.span)?;
        let mut frame = self.comprehension_frame(f, comp, "<genexpr>");
        let vm = self.rc();
        let body_comp = comp.clone();
        let body = async move {
            let mut acc = Collector::Yield;
            let result = vm
                .comprehension_level_async(&mut frame, &body_comp, 0, Source::Iter(it), &mut acc)
                .await;
            match result {
                Ok(()) => Ok(Value::None),
                Err(e) => {
                    e.leave_frame(frame.source(), frame.name(), body_comp.elt.span);
                    Err(e)
                }
            }
        };
        Ok(Value::Generator(super::coroutine::Coroutine::new(
            Rc::from("<genexpr>"),
            Rc::from("<genexpr>"),
            None,
            Box::pin(body),
            None,
        )))
    }

    /// `(elt async for ...)`, or a generator expression that awaits: an
    /// asynchronous generator over a frame of its own, whose first iterable
    /// (already evaluated) is iterated now (`__aiter__` for `async for`).
    fn async_generator_expression(
        &self,
        f: &mut Frame,
        comp: &Rc<Comprehension>,
        iterable: Value,
    ) -> PyResult {
        let first = &comp.generators[0];
        let source = self
            .comprehension_source(&iterable, first.is_async)
            .at(first.iter.span)?;
        let mut frame = self.comprehension_frame(f, comp, "<genexpr>");
        let vm = self.rc();
        let body_comp = comp.clone();
        let body = async move {
            let mut acc = Collector::Yield;
            let result = vm
                .comprehension_level_async(&mut frame, &body_comp, 0, source, &mut acc)
                .await;
            match result {
                Ok(()) => Ok(Value::None),
                Err(e) => {
                    e.leave_frame(frame.source(), frame.name(), body_comp.elt.span);
                    Err(e)
                }
            }
        };
        Ok(super::generators::AsyncGenerator::new_value(
            super::coroutine::Coroutine::new(
                Rc::from("<genexpr>"),
                Rc::from("<genexpr>"),
                None,
                Box::pin(body),
                None,
            ),
        ))
    }

    /// A comprehension inside a coroutine that awaits or has `async for`.
    pub async fn eval_comprehension_async(
        &self,
        f: &mut Frame,
        comp: &Rc<Comprehension>,
    ) -> PyResult {
        if comp.kind == ComprehensionKind::Generator {
            let iterable = self.eval_any(f, &comp.generators[0].iter).await?;
            let suspends = comp.elt.awaits
                || comp
                    .generators
                    .iter()
                    .any(|g| g.is_async || g.ifs.iter().any(|c| c.awaits) || g.iter.awaits);
            if suspends {
                return self.async_generator_expression(f, comp, iterable);
            }
            return self.generator_expression_over(f, comp, iterable);
        }
        let name = scope_name(comp);
        let mut acc = collector(comp)?;
        let first = &comp.generators[0];
        let iterable = self.eval_any(f, &first.iter).await?;
        let source = self
            .comprehension_source(&iterable, first.is_async)
            .at(first.iter.span)?;
        let mut frame = self.comprehension_frame(f, comp, name);
        let _depth = self.enter_frame()?;
        if let Err(e) = self
            .comprehension_level_async(&mut frame, comp, 0, source, &mut acc)
            .await
        {
            e.leave_frame(frame.source(), frame.name(), comp.elt.span);
            return Err(e);
        }
        Ok(finish(acc))
    }

    fn comprehension_source(&self, iterable: &Value, is_async: bool) -> PyResult<Source> {
        if is_async {
            Ok(Source::Async(self.aiter(iterable)?))
        } else {
            Ok(Source::Iter(self.iter(iterable)?))
        }
    }

    fn comprehension_level_async<'a>(
        &'a self,
        f: &'a mut Frame,
        comp: &'a Comprehension,
        level: usize,
        source: Source,
        acc: &'a mut Collector,
    ) -> LocalFuture<'a> {
        Box::pin(async move {
            let clause = &comp.generators[level];
            'items: loop {
                let item = match &source {
                    Source::Iter(it) => self.next(it).at(clause.iter.span)?,
                    Source::Async(it) => self.anext(it).await.at(clause.iter.span)?,
                };
                let Some(item) = item else { break };
                self.assign(f, &clause.target, item)?;
                for cond in &clause.ifs {
                    let c = self.eval_any(f, cond).await?;
                    if !self.truth(&c).at(cond.span)? {
                        continue 'items;
                    }
                }
                if let Some(next) = comp.generators.get(level + 1) {
                    let iterable = self.eval_any(f, &next.iter).await?;
                    let inner = self
                        .comprehension_source(&iterable, next.is_async)
                        .at(next.iter.span)?;
                    self.comprehension_level_async(f, comp, level + 1, inner, acc)
                        .await?;
                    continue;
                }
                match acc {
                    Collector::Yield => {
                        let v = self.eval_any(f, &comp.elt).await?;
                        // Wrapped when this is an asynchronous generator.
                        self.yield_in_frame(v).await?;
                    }
                    Collector::List(items) => items.push(self.eval_any(f, &comp.elt).await?),
                    Collector::Set(s) => {
                        let v = self.eval_any(f, &comp.elt).await?;
                        s.add(v).at(comp.elt.span)?;
                    }
                    Collector::Dict(d) => {
                        let k = self.eval_any(f, &comp.elt).await?;
                        let value = comp
                            .value
                            .as_ref()
                            .expect("a dict comprehension has a value");
                        let v = self.eval_any(f, value).await?;
                        d.insert(DictKey::new(k).at(comp.elt.span)?, v);
                        crate::object::userhash::take_error().at(comp.elt.span)?;
                    }
                }
            }
            Ok(())
        })
    }

    pub fn comprehension_frame(&self, f: &Frame, comp: &Comprehension, name: &str) -> Frame {
        let mut locals = vec![None; comp.info.locals.len()];
        install_cells(&comp.info, &capture_closure(f, &comp.info), &mut locals);
        Frame {
            locals,
            globals: f.globals.clone(),
            code: Rc::new(super::FrameCode {
                source: f.source().clone(),
                name: Rc::from(name),
                class: RefCell::new(f.code.class.borrow().clone()),
            }),
            namespace: None,
            class_mapping: None,
            handling: None,
            f_locals: std::cell::OnceCell::new(),
        }
    }

    /// One `for` clause: iterate, bind, filter, then the next clause or the
    /// element.
    fn comprehension_level(
        &self,
        f: &mut Frame,
        comp: &Comprehension,
        level: usize,
        it: Rc<RefCell<Iter>>,
        acc: &mut Collector,
    ) -> PyResult<()> {
        let clause = &comp.generators[level];
        'items: while let Some(item) = self.next(&it).at(clause.iter.span)? {
            self.assign(f, &clause.target, item)?;
            for cond in &clause.ifs {
                if !self.eval_truth(f, cond)? {
                    continue 'items;
                }
            }
            if let Some(next) = comp.generators.get(level + 1) {
                let iterable = self.eval(f, &next.iter)?;
                let inner = self.iter(&iterable).at(next.iter.span)?;
                self.comprehension_level(f, comp, level + 1, inner, acc)?;
                continue;
            }
            match acc {
                Collector::Yield => {
                    return Err(PyErr::runtime_error(
                        "a generator expression ran outside its generator",
                    ))
                }
                Collector::List(items) => items.push(self.eval(f, &comp.elt)?),
                Collector::Set(s) => {
                    let v = self.eval(f, &comp.elt)?;
                    s.add(v).at(comp.elt.span)?;
                }
                Collector::Dict(d) => {
                    let k = self.eval(f, &comp.elt)?;
                    let v = self.eval(
                        f,
                        comp.value
                            .as_ref()
                            .expect("a dict comprehension has a value"),
                    )?;
                    d.insert(DictKey::new(k).at(comp.elt.span)?, v);
                    crate::object::userhash::take_error().at(comp.elt.span)?;
                }
            }
        }
        Ok(())
    }
}
