//! The loop's exception handler (`BaseEventLoop.call_exception_handler`,
//! `default_exception_handler`, `set_exception_handler`): every error the
//! loop cannot hand to a caller (a callback that raised, a task or future
//! whose exception nobody retrieved, a task destroyed while pending) is
//! described by a context and given to the handler, or, without one, logged
//! on `sys.stderr` as CPython's `logger.error` writes it.

use std::rc::Rc;

use super::events::EventLoop;
use crate::interp::Vm;
use crate::object::{Args, PyErr, PyException, PyResult, Stream, Value};

/// One value of a context: an object, or only its repr when the object is
/// being destroyed and so cannot be handed to Python (a task or future
/// reporting itself from its destructor).
pub enum Entry {
    Value(Value),
    Repr(String),
}

/// The context dict of `call_exception_handler`, built in Rust: `message`,
/// `exception`, then the other keys in CPython's order (`handle`, `future`,
/// `task`).
pub struct ErrorContext {
    pub message: String,
    pub exception: Option<Rc<PyException>>,
    pub entries: Vec<(&'static str, Entry)>,
}

impl ErrorContext {
    pub fn new(message: impl Into<String>, exception: Option<Rc<PyException>>) -> ErrorContext {
        ErrorContext {
            message: message.into(),
            exception,
            entries: Vec::new(),
        }
    }

    pub fn with(mut self, key: &'static str, entry: Entry) -> ErrorContext {
        self.entries.push((key, entry));
        self
    }

    /// The context as Python sees it; keys known only by a repr are left out.
    fn to_dict(&self) -> PyResult {
        let mut pairs = vec![("message", Value::str(&self.message))];
        if let Some(exc) = &self.exception {
            pairs.push(("exception", Value::Exception(exc.clone())));
        }
        for (key, entry) in &self.entries {
            if let Entry::Value(v) = entry {
                pairs.push((key, v.clone()));
            }
        }
        dict_of(pairs)
    }

    /// What the default handler writes for this context, sorted by key as
    /// `default_exception_handler` sorts them.
    fn default_text(&self, vm: &Vm) -> String {
        let mut lines: Vec<(String, String)> = self
            .entries
            .iter()
            .map(|(key, entry)| {
                let shown = match entry {
                    Entry::Value(v) => vm.repr(v).unwrap_or_else(|_| "<repr failed>".into()),
                    Entry::Repr(r) => r.clone(),
                };
                (key.to_string(), shown)
            })
            .collect();
        lines.sort_by(|a, b| a.0.cmp(&b.0));
        log_text(vm, &self.message, &lines, self.exception.as_ref())
    }
}

fn dict_of(pairs: Vec<(&str, Value)>) -> PyResult {
    let d = std::cell::RefCell::new(crate::object::dict::Dict::default());
    for (k, v) in pairs {
        crate::object::dict::set_item(&d, crate::object::dict::DictKey::new(Value::str(k))?, v)?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// `logger.error(message, exc_info=...)` through logging's last-resort
/// handler: the message, then the traceback.
fn log_text(
    vm: &Vm,
    message: &str,
    lines: &[(String, String)],
    exception: Option<&Rc<PyException>>,
) -> String {
    let mut text = message.to_string();
    for (key, shown) in lines {
        text.push('\n');
        text.push_str(key);
        text.push_str(": ");
        text.push_str(shown);
    }
    text.push('\n');
    if let Some(exc) = exception {
        text.push_str(&vm.format_exception(exc));
    }
    text
}

/// Writes to `sys.stderr` as it is now, as logging's last-resort handler
/// does (a script that replaced `sys.stderr` sees the report there).
pub fn write_stderr(vm: &Vm, text: &str) {
    match vm.sys_stream("stderr") {
        None | Some(Value::Stream(Stream::Stderr)) => vm.write(Stream::Stderr, text),
        Some(Value::Stream(s)) => vm.write(s, text),
        Some(other) => {
            let _ = vm.call_method(&other, "write", Args::positional(vec![Value::str(text)]));
        }
    }
}

fn is_exit(e: &PyErr) -> bool {
    super::is_exit_exception(e)
}

impl EventLoop {
    /// `call_exception_handler(context)` for an error met by the loop
    /// itself, inside what CPython runs as an `except` block (so an error of
    /// the handler has the reported exception as its `__context__`). Only
    /// SystemExit and KeyboardInterrupt come back.
    pub fn call_exception_handler(&self, vm: &Vm, context: ErrorContext) -> PyResult<()> {
        let handler = self.exception_handler.borrow().clone();
        let Some(handler) = handler else {
            write_stderr(vm, &context.default_text(vm));
            return Ok(());
        };
        let dict = context.to_dict()?;
        let result = self.call_handler(vm, &handler, &dict);
        if let (Err(e), Some(exc)) = (&result, &context.exception) {
            e.exc.set_context(exc);
        }
        self.after_custom_handler(vm, result, dict)
    }

    fn call_handler(&self, vm: &Vm, handler: &Value, context: &Value) -> PyResult {
        let me = self.self_object();
        vm.call(handler, Args::positional(vec![me, context.clone()]))
    }

    /// What follows a custom handler: its error goes to the default handler
    /// (`Unhandled error in exception handler`), whose own error is logged.
    fn after_custom_handler(&self, vm: &Vm, result: PyResult, context: Value) -> PyResult<()> {
        let exc = match result {
            Ok(_) => return Ok(()),
            Err(e) if is_exit(&e) => return Err(e),
            Err(e) => e,
        };
        let report = dict_of(vec![
            (
                "message",
                Value::str("Unhandled error in exception handler"),
            ),
            ("exception", Value::Exception(exc.exc.clone())),
            ("context", context),
        ])?;
        match default_handler_text(vm, &report) {
            Ok(text) => write_stderr(vm, &text),
            Err(e) if is_exit(&e) => return Err(e),
            Err(e) => write_stderr(
                vm,
                &log_text(
                    vm,
                    "Exception in default exception handler while handling an unexpected error in custom exception handler",
                    &[],
                    Some(&e.exc),
                ),
            ),
        }
        Ok(())
    }

    /// `loop.call_exception_handler(context)` called from Python.
    fn call_exception_handler_value(&self, vm: &Vm, context: Value) -> PyResult<()> {
        let handler = self.exception_handler.borrow().clone();
        match handler {
            None => {
                match default_handler_text(vm, &context) {
                    Ok(text) => write_stderr(vm, &text),
                    Err(e) if is_exit(&e) => return Err(e),
                    Err(e) => write_stderr(
                        vm,
                        &log_text(
                            vm,
                            "Exception in default exception handler",
                            &[],
                            Some(&e.exc),
                        ),
                    ),
                }
                Ok(())
            }
            Some(handler) => {
                let result = self.call_handler(vm, &handler, &context);
                self.after_custom_handler(vm, result, context)
            }
        }
    }
}

/// `default_exception_handler(context)` for a context given by Python:
/// `message` (or "Unhandled exception in event loop"), every other key but
/// `exception` sorted, with its repr, then the exception's traceback.
fn default_handler_text(vm: &Vm, context: &Value) -> PyResult<String> {
    let get = |key: &str| vm.call_method(context, "get", Args::positional(vec![Value::str(key)]));
    let message = get("message")?;
    let message = if vm.truth(&message)? {
        vm.str(&message)?
    } else {
        "Unhandled exception in event loop".to_string()
    };
    let exception = get("exception")?;
    let exception = match exception {
        Value::None => None,
        Value::Exception(e) => Some(e),
        other => {
            // `exception.__traceback__` is what fails first in CPython.
            vm.get_attr(&other, "__traceback__")?;
            return Err(PyErr::type_error(format!(
                "exceptions must derive from BaseException, not {}",
                other.type_name()
            )));
        }
    };
    let keys = vm.collect(context)?;
    let mut named = Vec::with_capacity(keys.len());
    for key in keys {
        match &key {
            Value::Str(s) => named.push((s.to_string(), key.clone())),
            other => {
                return Err(PyErr::type_error(format!(
                    "'<' not supported between instances of '{}' and 'str'",
                    other.type_name()
                )))
            }
        }
    }
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let mut lines = Vec::new();
    for (name, key) in named {
        if name == "message" || name == "exception" {
            continue;
        }
        let value = vm.get_item(context, &key)?;
        lines.push((name, vm.repr(&value)?));
    }
    Ok(log_text(vm, &message, &lines, exception.as_ref()))
}

// ---------------------------------------------------------------------------
// The loop's methods.

pub(crate) fn is_callable(vm: &Vm, v: &Value) -> bool {
    matches!(
        v,
        Value::Function(_)
            | Value::Native(_)
            | Value::BoundMethod(_)
            | Value::Method(_)
            | Value::Type(_)
    ) || vm.special_method(v, "__call__").is_some()
}

/// `loop.set_exception_handler(handler)`.
pub fn set_exception_handler(vm: &Vm, event_loop: &EventLoop, args: Args) -> PyResult {
    let [handler] =
        super::method_args("BaseEventLoop.set_exception_handler", args, ["handler"], 1)?;
    let handler = handler.expect("required");
    if !handler.is_none() && !is_callable(vm, &handler) {
        return Err(PyErr::type_error(format!(
            "A callable object or None is expected, got {}",
            vm.repr(&handler)?
        )));
    }
    *event_loop.exception_handler.borrow_mut() = (!handler.is_none()).then_some(handler);
    Ok(Value::None)
}

/// `loop.get_exception_handler()`.
pub fn get_exception_handler(event_loop: &EventLoop, args: Args) -> PyResult {
    super::method_args("BaseEventLoop.get_exception_handler", args, [], 0)?;
    Ok(event_loop
        .exception_handler
        .borrow()
        .clone()
        .unwrap_or(Value::None))
}

/// `loop.call_exception_handler(context)`.
pub fn call_exception_handler(vm: &Vm, event_loop: &EventLoop, args: Args) -> PyResult {
    let [context] =
        super::method_args("BaseEventLoop.call_exception_handler", args, ["context"], 1)?;
    event_loop
        .call_exception_handler_value(vm, context.expect("required"))
        .map(|_| Value::None)
}

/// `loop.default_exception_handler(context)`: its errors reach the caller.
pub fn default_exception_handler(vm: &Vm, args: Args) -> PyResult {
    let [context] = super::method_args(
        "BaseEventLoop.default_exception_handler",
        args,
        ["context"],
        1,
    )?;
    let text = default_handler_text(vm, &context.expect("required"))?;
    write_stderr(vm, &text);
    Ok(Value::None)
}
