//! Exceptions: the Python object (`PyException`) and the Rust error that
//! carries one up the evaluator (`PyErr`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::class::Namespace;
use super::types::{self, TypeObject, TypeRef};
use super::Value;
use crate::source::SourceFile;
use crate::syntax::ast::Span;

/// One line of a traceback: a frame the exception passed through.
#[derive(Clone)]
pub struct TbEntry {
    pub source: Rc<SourceFile>,
    pub span: Span,
    pub function: Rc<str>,
}

pub struct PyException {
    pub cls: TypeRef,
    pub args: RefCell<Vec<Value>>,
    /// Innermost frame first (the order frames are unwound in); printed reversed.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `raise … from cause`.
    pub cause: RefCell<Option<Rc<PyException>>>,
    /// The exception being handled when this one was raised.
    pub context: RefCell<Option<Rc<PyException>>>,
    /// Set by `raise … from`: the context is not printed.
    pub suppress_context: Cell<bool>,
    /// Attributes a user exception class sets on its instances.
    pub attrs: RefCell<Namespace>,
}

impl PyException {
    pub fn new(cls: TypeRef, args: Vec<Value>) -> Rc<PyException> {
        Rc::new(PyException {
            cls,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            attrs: RefCell::new(Namespace::new()),
        })
    }

    /// Records `handled` as this exception's context (`__context__`), as
    /// CPython does when an exception is raised inside an `except` or
    /// `finally` block, avoiding a cycle back to itself.
    pub fn set_context(self: &Rc<Self>, handled: &Rc<PyException>) {
        if Rc::ptr_eq(self, handled) || self.context.borrow().is_some() {
            return;
        }
        let mut cur = Some(handled.clone());
        while let Some(e) = cur {
            if Rc::ptr_eq(&e, self) {
                return;
            }
            cur = e.context.borrow().clone();
        }
        *self.context.borrow_mut() = Some(handled.clone());
    }

    pub fn is_instance(&self, t: &'static TypeObject) -> bool {
        self.cls.is(t)
    }

    /// `str(exc)`: empty for no args, the arg's str for one, the tuple's repr otherwise.
    pub fn message(&self) -> String {
        let args = self.args.borrow();
        match args.len() {
            0 => String::new(),
            // KeyError quotes its key: `KeyError: 'x'`.
            1 if self.cls.is(&types::KEY_ERROR) => super::repr::repr_plain(&args[0]),
            1 => super::repr::str_plain(&args[0]),
            _ => super::repr::repr_plain(&Value::tuple(args.clone())),
        }
    }
}

/// An exception on its way up the Rust call stack.
///
/// `location` is where in the *current* frame it came from; the first
/// expression that sees the error with no location set records its own span,
/// and the function call that leaves the frame turns it into a `TbEntry`.
pub struct PyErr {
    pub exc: Rc<PyException>,
    location: Cell<Option<Span>>,
    /// A bare `raise`: the frame that re-raises is already in the traceback.
    reraised: Cell<bool>,
}

pub type PyResult<T = Value> = Result<T, Box<PyErr>>;

impl PyErr {
    pub fn from_exception(exc: Rc<PyException>) -> Box<PyErr> {
        Box::new(PyErr {
            exc,
            location: Cell::new(None),
            reraised: Cell::new(false),
        })
    }

    /// A bare `raise` of the exception being handled: its traceback already
    /// holds the current frame.
    pub fn reraise(exc: Rc<PyException>) -> Box<PyErr> {
        let err = PyErr::from_exception(exc);
        err.reraised.set(true);
        err
    }

    /// Called where an `except` clause catches the error: the frame joins
    /// the traceback, as in CPython, where `__traceback__` includes the
    /// frame that caught it.
    pub fn catch(
        self: Box<Self>,
        source: &Rc<SourceFile>,
        function: &Rc<str>,
        fallback: Span,
    ) -> Rc<PyException> {
        if !self.reraised.get() {
            self.leave_frame(source, function, fallback);
        }
        self.exc
    }

    pub fn new(t: &'static TypeObject, msg: impl Into<String>) -> Box<PyErr> {
        let msg: String = msg.into();
        PyErr::from_exception(PyException::new(
            TypeRef::Builtin(t),
            vec![Value::Str(Rc::from(msg))],
        ))
    }

    pub fn with_args(t: &'static TypeObject, args: Vec<Value>) -> Box<PyErr> {
        PyErr::from_exception(PyException::new(TypeRef::Builtin(t), args))
    }

    pub fn type_error(msg: impl Into<String>) -> Box<PyErr> {
        PyErr::new(&types::TYPE_ERROR, msg)
    }

    pub fn value_error(msg: impl Into<String>) -> Box<PyErr> {
        PyErr::new(&types::VALUE_ERROR, msg)
    }

    pub fn runtime_error(msg: impl Into<String>) -> Box<PyErr> {
        PyErr::new(&types::RUNTIME_ERROR, msg)
    }

    pub fn index_error(msg: impl Into<String>) -> Box<PyErr> {
        PyErr::new(&types::INDEX_ERROR, msg)
    }

    pub fn attribute_error(v: &Value, attr: &str) -> Box<PyErr> {
        let msg = match v {
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, attr),
            Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.name(), attr),
            _ => format!("'{}' object has no attribute '{}'", v.type_name(), attr),
        };
        PyErr::new(&types::ATTRIBUTE_ERROR, msg)
    }

    pub fn zero_division(msg: &str) -> Box<PyErr> {
        PyErr::new(&types::ZERO_DIVISION_ERROR, msg)
    }

    pub fn is_instance(&self, t: &'static TypeObject) -> bool {
        self.exc.is_instance(t)
    }

    /// Records `span` as the error's location in the current frame unless an
    /// inner expression already did.
    pub fn locate(&self, span: Span) {
        if self.location.get().is_none() {
            self.location.set(Some(span));
        }
    }

    /// Called as the error leaves a frame: adds the frame to the traceback.
    pub fn leave_frame(&self, source: &Rc<SourceFile>, function: &Rc<str>, fallback: Span) {
        let span = self.location.take().unwrap_or(fallback);
        if self.reraised.replace(false) {
            return;
        }
        self.exc.traceback.borrow_mut().push(TbEntry {
            source: source.clone(),
            span,
            function: function.clone(),
        });
    }
}

/// Attaches a location to an error result, for `?` chains in the evaluator.
pub trait Locate<T> {
    fn at(self, span: Span) -> PyResult<T>;
}

impl<T> Locate<T> for PyResult<T> {
    #[inline]
    fn at(self, span: Span) -> PyResult<T> {
        if let Err(e) = &self {
            e.locate(span);
        }
        self
    }
}
