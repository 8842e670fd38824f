//! Generators: functions with `yield`, and generator expressions.
//!
//! A generator is a coroutine frame driven by iteration: `next()` resumes
//! the body until its next `yield` (a suspension, like an `await` on a
//! future), and the value it hands out is the next item.

use std::rc::Rc;

use super::coroutine::{CoroState, Coroutine, Step, Suspend, Transfer};
use super::Vm;
use crate::object::types;
use crate::object::{Args, PyErr, PyResult, Value};

impl Vm {
    /// Resumes a generator with `input`: the next yielded value, or `None`
    /// when it returns (its `StopIteration`).
    pub fn generator_resume(&self, g: &Rc<Coroutine>, input: Transfer) -> PyResult<Option<Value>> {
        self.generator_step(g, input).map(|step| match step {
            Ok(v) => Some(v),
            Err(_) => None,
        })
    }

    /// Resumes a generator: `Ok(item)` for a yield, `Err(value)` for its
    /// return value.
    fn generator_step(&self, g: &Rc<Coroutine>, input: Transfer) -> PyResult<Result<Value, Value>> {
        if g.state() == CoroState::Closed {
            return Ok(Err(Value::None));
        }
        match g.resume(self, input) {
            Step::Yielded(v) => Ok(Ok(v)),
            Step::Returned(v) => Ok(Err(v)),
            Step::Raised(e) if e.is_instance(&types::STOP_ITERATION) => {
                // PEP 479: a StopIteration escaping a generator body is a bug.
                let err = PyErr::runtime_error("generator raised StopIteration");
                err.exc.set_context(&e.exc);
                Err(err)
            }
            Step::Raised(e) => Err(e),
        }
    }

    /// `gen.send(v)`, `gen.throw(exc)`, `gen.close()`, `gen.__next__()`.
    pub fn generator_method(
        &self,
        g: &Rc<Coroutine>,
        name: &str,
        mut args: Args,
    ) -> Option<PyResult> {
        // A generator's return value travels in its StopIteration.
        let stop = |value: Value| {
            let args = if value.is_none() { vec![] } else { vec![value] };
            PyErr::with_args(&types::STOP_ITERATION, args)
        };
        Some(match name {
            "__next__" => self
                .generator_step(g, Transfer::Send(Value::None))
                .and_then(|step| step.map_err(stop)),
            "send" => {
                let v = args.positional.pop().unwrap_or_default();
                if g.state() == CoroState::Created && !v.is_none() {
                    return Some(Err(PyErr::type_error(
                        "can't send non-None value to a just-started generator",
                    )));
                }
                self.generator_step(g, Transfer::Send(v))
                    .and_then(|step| step.map_err(stop))
            }
            "throw" => {
                let exc = match args.positional.into_iter().next() {
                    Some(v) => match self.make_exception(v) {
                        Ok(e) => e,
                        Err(e) => return Some(Err(e)),
                    },
                    None => {
                        return Some(Err(PyErr::type_error(
                            "throw expected at least 1 argument, got 0",
                        )))
                    }
                };
                self.generator_step(g, Transfer::Throw(PyErr::from_exception(exc)))
                    .and_then(|step| step.map_err(stop))
            }
            "close" => {
                if g.state() != CoroState::Suspended {
                    return Some(Ok(Value::None));
                }
                let exit = PyErr::with_args(&types::GENERATOR_EXIT, vec![]);
                match g.resume(self, Transfer::Throw(exit)) {
                    Step::Yielded(_) => {
                        Err(PyErr::runtime_error("generator ignored GeneratorExit"))
                    }
                    Step::Returned(_) => Ok(Value::None),
                    Step::Raised(e)
                        if e.is_instance(&types::GENERATOR_EXIT)
                            || e.is_instance(&types::STOP_ITERATION) =>
                    {
                        Ok(Value::None)
                    }
                    Step::Raised(e) => Err(e),
                }
            }
            _ => return None,
        })
    }

    /// `yield value` inside a generator body: hands `value` to whoever
    /// iterates and completes with what they send back.
    pub async fn yield_value(&self, value: Value) -> PyResult {
        Suspend::new(self, value).await
    }

    /// `yield from iterable`: yields each item of the inner iterator,
    /// passing values sent to this generator on to an inner generator;
    /// completes with the inner generator's return value.
    pub async fn yield_from(&self, iterable: Value) -> PyResult {
        // A future iterates as its `__await__`: it yields itself to the task.
        if let Value::Future(_) | Value::Task(_) = iterable {
            return crate::asyncio::await_future(self, iterable).await;
        }
        if let Value::Generator(inner) = &iterable {
            let mut input = Transfer::Send(Value::None);
            loop {
                if inner.state() == CoroState::Closed {
                    return Ok(Value::None);
                }
                match inner.resume(self, input) {
                    Step::Yielded(v) => {
                        input = match self.yield_value(v).await {
                            Ok(sent) => Transfer::Send(sent),
                            Err(e) => Transfer::Throw(e),
                        };
                    }
                    Step::Returned(v) => return Ok(v),
                    Step::Raised(e) => return Err(e),
                }
            }
        }
        let it = self.iter(&iterable)?;
        while let Some(item) = self.next(&it)? {
            self.yield_value(item).await?;
        }
        Ok(Value::None)
    }
}
