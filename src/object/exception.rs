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
    /// Set for `BaseExceptionGroup` instances: the message and sub-exceptions.
    pub group: Option<Box<GroupData>>,
}

/// What `BaseExceptionGroup.__new__` stores (`msg`, `excs`).
pub struct GroupData {
    pub msg: Value,
    pub excs: Vec<Rc<PyException>>,
}

impl PyException {
    pub fn new(cls: TypeRef, args: Vec<Value>) -> Rc<PyException> {
        Self::with_group(cls, args, None)
    }

    /// An exception group; `args` are the constructor's arguments as given.
    pub fn with_group(
        cls: TypeRef,
        args: Vec<Value>,
        group: Option<Box<GroupData>>,
    ) -> Rc<PyException> {
        Rc::new(PyException {
            cls,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            attrs: RefCell::new(Namespace::new()),
            group,
        })
    }

    /// `ExceptionGroup("", excs)`, as `_PyExc_CreateExceptionGroup` makes
    /// one (an ExceptionGroup unless a sub-exception is a BaseException).
    /// `as_list` picks the type of the sequence in `args` (a list or a tuple),
    /// as the caller built it.
    pub fn new_group(msg: &str, excs: Vec<Rc<PyException>>, as_list: bool) -> Rc<PyException> {
        let all_exceptions = excs.iter().all(|e| e.is_instance(&types::EXCEPTION));
        let t = if all_exceptions {
            &types::EXCEPTION_GROUP
        } else {
            &types::BASE_EXCEPTION_GROUP
        };
        let msg = Value::Str(Rc::from(msg));
        let items: Vec<Value> = excs.iter().cloned().map(Value::Exception).collect();
        let list = if as_list {
            Value::list(items)
        } else {
            Value::tuple(items)
        };
        Self::with_group(
            TypeRef::Builtin(t),
            vec![msg.clone(), list],
            Some(Box::new(GroupData { msg, excs })),
        )
    }

    /// The sub-exceptions of an exception group.
    pub fn sub_exceptions(&self) -> Option<&[Rc<PyException>]> {
        self.group.as_ref().map(|g| g.excs.as_slice())
    }

    /// Makes `cause` both the cause and the context of this exception, as
    /// `raise self from cause` inside cause's handler does (CPython's
    /// `_PyErr_FormatFromCause`, used where the runtime replaces one
    /// exception with another).
    pub fn set_cause(self: &Rc<Self>, cause: &Rc<PyException>) {
        self.set_context(cause);
        *self.cause.borrow_mut() = Some(cause.clone());
        self.suppress_context.set(true);
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
        self.message_with(&mut |v, quoted| {
            Ok(if quoted {
                super::repr::repr_plain(v)
            } else {
                super::repr::str_plain(v)
            })
        })
        .unwrap_or_default()
    }

    /// `message`, with `text(value, quoted)` giving an argument's str (or
    /// its repr when `quoted`), so that the evaluator can run a user
    /// class's `__str__`/`__repr__` (`KeyError(obj)` shows `repr(obj)`).
    pub fn message_with(
        &self,
        text: &mut dyn FnMut(&Value, bool) -> super::PyResult<String>,
    ) -> super::PyResult<String> {
        if let Some(g) = &self.group {
            let n = g.excs.len();
            return Ok(format!(
                "{} ({} sub-exception{})",
                super::repr::str_plain(&g.msg),
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
        if let Some(message) = self
            .os_error_message()
            .or_else(|| self.syntax_error_message())
            .or_else(|| super::unicode_error::message(self))
        {
            return Ok(message);
        }
        let args = self.args.borrow().clone();
        match args.len() {
            0 => Ok(String::new()),
            // KeyError quotes its key: `KeyError: 'x'`.
            1 if self.cls.is(&types::KEY_ERROR) => text(&args[0], true),
            1 => text(&args[0], false),
            _ => text(&Value::tuple(args), true),
        }
    }
}

/// `ImportError`'s keyword-only attributes, None unless given.
pub const IMPORT_ERROR_ATTRS: &[&str] = &["name", "path"];

/// The attributes `OSError.__init__` sets from its arguments.
pub const OS_ERROR_ATTRS: &[&str] = &["errno", "strerror", "filename", "filename2"];

/// The attributes `SyntaxError.__init__` sets from its arguments.
pub const SYNTAX_ERROR_ATTRS: &[&str] = &[
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

impl PyException {
    /// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`, as
    /// `Objects/exceptions.c: oserror_parse_args` and `oserror_init` take
    /// them: with two to five arguments the first two become `errno` and
    /// `strerror` and a filename leaves `args` as the first two; `OSError`
    /// itself becomes the subclass its errno names (`oserror_use_init`'s
    /// `errnomap`), a user subclass stays what it is.
    pub fn new_os_error(cls: TypeRef, mut args: Vec<Value>) -> Rc<PyException> {
        let mut cls = cls;
        let mut attrs = Namespace::new();
        if (2..=5).contains(&args.len()) {
            if let (TypeRef::Builtin(t), Value::Int(n)) = (&cls, &args[0]) {
                if std::ptr::eq(*t, &types::OS_ERROR) {
                    if let Some(sub) = errno_subclass(*n) {
                        cls = TypeRef::Builtin(sub);
                    }
                }
            }
            attrs.insert(Rc::from("errno"), args[0].clone());
            attrs.insert(Rc::from("strerror"), args[1].clone());
            if let Some(f) = args.get(2) {
                attrs.insert(Rc::from("filename"), f.clone());
                if let Some(f2) = args.get(4) {
                    attrs.insert(Rc::from("filename2"), f2.clone());
                }
                if !f.is_none() {
                    args.truncate(2);
                }
            }
        }
        let e = PyException::new(cls, args);
        *e.attrs.borrow_mut() = attrs;
        e
    }

    /// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
    /// end_offset]))`, as `Objects/exceptions.c: SyntaxError_init` takes it:
    /// `args` stays as given, and the parts become attributes.
    pub fn new_syntax_error(cls: TypeRef, args: Vec<Value>) -> Rc<PyException> {
        let mut attrs = Namespace::new();
        if let Some(msg) = args.first() {
            attrs.insert(Rc::from("msg"), msg.clone());
        }
        if let [_, Value::Tuple(info)] = args.as_slice() {
            if (4..=6).contains(&info.len()) {
                for (name, v) in SYNTAX_ERROR_ATTRS[1..].iter().zip(info.iter()) {
                    attrs.insert(Rc::from(*name), v.clone());
                }
            }
        }
        let e = PyException::new(cls, args);
        *e.attrs.borrow_mut() = attrs;
        e
    }

    /// `SyntaxError_str`: `msg (file, line N)`, the file's base name only.
    fn syntax_error_message(&self) -> Option<String> {
        if !self.cls.is(&types::SYNTAX_ERROR) {
            return None;
        }
        let attrs = self.attrs.borrow();
        let filename = match attrs.get("filename") {
            Some(Value::Str(f)) => Some(f.rsplit('/').next().unwrap_or(f).to_string()),
            _ => None,
        };
        let lineno = match attrs.get("lineno") {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        };
        let args = self.args.borrow();
        let msg = attrs.get("msg").or(args.first()).unwrap_or(&Value::None);
        let msg = super::repr::str_plain(msg);
        Some(match (filename, lineno) {
            (None, None) => msg,
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
        })
    }

    /// `OSError_str`: `[Errno 2] No such file or directory: 'x'` once the
    /// constructor has set a filename or an errno and strerror.
    fn os_error_message(&self) -> Option<String> {
        if !self.cls.is(&types::OS_ERROR) {
            return None;
        }
        let attrs = self.attrs.borrow();
        let get = |n: &str| attrs.get(n).filter(|v| !v.is_none());
        let (errno, strerror) = (get("errno"), get("strerror"));
        let errno_text = errno.map_or("None".into(), super::repr::str_plain);
        let strerror_text = strerror.map_or("None".into(), super::repr::str_plain);
        if let Some(f) = get("filename") {
            return Some(match get("filename2") {
                Some(f2) => format!(
                    "[Errno {errno_text}] {strerror_text}: {} -> {}",
                    super::repr::repr_plain(f),
                    super::repr::repr_plain(f2)
                ),
                None => format!(
                    "[Errno {errno_text}] {strerror_text}: {}",
                    super::repr::repr_plain(f)
                ),
            });
        }
        if errno.is_some() && strerror.is_some() {
            return Some(format!("[Errno {errno_text}] {strerror_text}"));
        }
        None
    }
}

/// The OSError subclass for an errno (`Objects/exceptions.c`'s `errnomap`).
fn errno_subclass(errno: i64) -> Option<&'static TypeObject> {
    let e = i32::try_from(errno).ok()?;
    Some(match e {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &types::BLOCKING_IO_ERROR,
        libc::ECHILD => &types::CHILD_PROCESS_ERROR,
        libc::EPIPE | libc::ESHUTDOWN => &types::BROKEN_PIPE_ERROR,
        libc::ECONNABORTED => &types::CONNECTION_ABORTED_ERROR,
        libc::ECONNREFUSED => &types::CONNECTION_REFUSED_ERROR,
        libc::ECONNRESET => &types::CONNECTION_RESET_ERROR,
        libc::EEXIST => &types::FILE_EXISTS_ERROR,
        libc::ENOENT => &types::FILE_NOT_FOUND_ERROR,
        libc::EISDIR => &types::IS_A_DIRECTORY_ERROR,
        libc::ENOTDIR => &types::NOT_A_DIRECTORY_ERROR,
        libc::EINTR => &types::INTERRUPTED_ERROR,
        libc::EACCES | libc::EPERM => &types::PERMISSION_ERROR,
        libc::ESRCH => &types::PROCESS_LOOKUP_ERROR,
        libc::ETIMEDOUT => &types::TIMEOUT_ERROR,
        _ => return None,
    })
}

impl PyErr {
    /// The OSError a failed system call raises, of the subclass its errno
    /// maps to (`PyErr_SetFromErrnoWithFilenameObject`): `[Errno 2] No such
    /// file or directory: 'x'`, with `errno`, `strerror` and `filename`.
    pub fn from_io(e: &std::io::Error, filename: Option<Value>) -> Box<PyErr> {
        let errno = e.raw_os_error().unwrap_or(0);
        let mut args = vec![Value::Int(errno as i64), Value::str(&strerror(errno))];
        args.extend(filename);
        PyErr::from_exception(PyException::new_os_error(
            TypeRef::Builtin(&types::OS_ERROR),
            args,
        ))
    }
}

/// The C library's message for an errno, as `os.strerror` gives it.
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a message for any errno, valid
    // until the next call; it is copied at once.
    unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }
        .to_string_lossy()
        .into_owned()
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
        &self,
        source: &Rc<SourceFile>,
        function: &Rc<str>,
        fallback: Span,
    ) -> Rc<PyException> {
        if !self.reraised.get() {
            self.leave_frame(source, function, fallback);
        }
        self.exc.clone()
    }

    /// Called before a `with` statement's `__exit__` sees the error: the
    /// frame joins the traceback then (in CPython the exception's
    /// `__traceback__` already holds the `with` frame there), and only
    /// once, however far the error propagates afterwards.
    pub fn reach_exit(&self, source: &Rc<SourceFile>, function: &Rc<str>, fallback: Span) {
        if !self.reraised.get() {
            self.leave_frame(source, function, fallback);
            self.reraised.set(true);
        }
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
            Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.tp_name(), attr),
            _ => format!(
                "'{}' object has no attribute '{}'",
                v.type_of().tp_name(),
                attr
            ),
        };
        let err = PyErr::new(&types::ATTRIBUTE_ERROR, msg);
        let mut attrs = err.exc.attrs.borrow_mut();
        attrs.insert(std::rc::Rc::from("name"), Value::str(attr));
        attrs.insert(std::rc::Rc::from("obj"), v.clone());
        drop(attrs);
        err
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

    /// Whether this is the AttributeError that looking up `name` on `v`
    /// raises, straight from the lookup (no frame has been left yet).
    pub fn is_failed_lookup(&self, v: &Value, name: &str) -> bool {
        if self.location.get().is_some()
            || !self.exc.cls.is(&types::ATTRIBUTE_ERROR)
            || !self.exc.traceback.borrow().is_empty()
        {
            return false;
        }
        let expected = PyErr::attribute_error(v, name);
        let args = self.exc.args.borrow();
        let expected_args = expected.exc.args.borrow();
        matches!((args.as_slice(), expected_args.as_slice()),
            ([Value::Str(a)], [Value::Str(b)]) if a == b)
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

// ---------------------------------------------------------------------------
// Exception groups: `BaseExceptionGroup.__new__`, `split`, `subgroup`,
// `derive`, as CPython's `Objects/exceptions.c` implements them.

use crate::interp::Vm;

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub fn new_exception_group(vm: &Vm, cls: TypeRef, args: super::Args) -> PyResult<Rc<PyException>> {
    let positional = args.positional;
    if positional.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            positional.len()
        )));
    }
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            cls.name()
        )));
    }
    let msg = positional[0].clone();
    if !matches!(msg, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            msg.type_name()
        )));
    }
    let seq = &positional[1];
    let is_sequence = match seq {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => true,
        Value::Instance(_) => vm.special_method(seq, "__getitem__").is_some(),
        _ => false,
    };
    if !is_sequence {
        return Err(PyErr::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = vm.collect(seq)?;
    if items.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut excs = Vec::with_capacity(items.len());
    let mut nested_base_exceptions = false;
    for (i, item) in items.iter().enumerate() {
        let Value::Exception(e) = item else {
            return Err(PyErr::value_error(format!(
                "Item {} of second argument (exceptions) is not an exception",
                i
            )));
        };
        if !e.is_instance(&types::EXCEPTION) {
            nested_base_exceptions = true;
        }
        excs.push(e.clone());
    }
    let mut cls = cls;
    match &cls {
        TypeRef::Builtin(t) if std::ptr::eq(*t, &types::BASE_EXCEPTION_GROUP) => {
            if !nested_base_exceptions {
                cls = TypeRef::Builtin(&types::EXCEPTION_GROUP);
            }
        }
        TypeRef::Builtin(t) if std::ptr::eq(*t, &types::EXCEPTION_GROUP) => {
            if nested_base_exceptions {
                return Err(PyErr::type_error(
                    "Cannot nest BaseExceptions in an ExceptionGroup",
                ));
            }
        }
        _ => {
            if nested_base_exceptions && cls.is(&types::EXCEPTION) {
                return Err(PyErr::type_error(format!(
                    "Cannot nest BaseExceptions in '{}'",
                    cls.name()
                )));
            }
        }
    }
    Ok(PyException::with_group(
        cls,
        positional,
        Some(Box::new(GroupData { msg, excs })),
    ))
}

/// What `split` matches leaves against.
pub enum Matcher {
    /// An exception type or a tuple of them (`isinstance`).
    Type(Value),
    /// A callable predicate.
    Predicate(Value),
    /// `except*`'s re-raise bookkeeping: the identities of leaves to keep.
    Ids(Vec<*const PyException>),
}

impl Matcher {
    /// `get_matcher_type`.
    pub fn new(vm: &Vm, v: Value) -> PyResult<Matcher> {
        let err =
            || PyErr::type_error("expected a function, exception type or tuple of exception types");
        match &v {
            Value::Type(t) if t.is(&types::BASE_EXCEPTION) => Ok(Matcher::Type(v)),
            Value::Type(_) => Err(err()),
            Value::Tuple(items) => {
                if items
                    .iter()
                    .all(|i| matches!(i, Value::Type(t) if t.is(&types::BASE_EXCEPTION)))
                {
                    Ok(Matcher::Type(v))
                } else {
                    Err(err())
                }
            }
            Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Method(_) => {
                Ok(Matcher::Predicate(v))
            }
            _ if vm.special_method(&v, "__call__").is_some() => Ok(Matcher::Predicate(v)),
            _ => Err(err()),
        }
    }

    fn matches(&self, vm: &Vm, exc: &Rc<PyException>) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => crate::interp::exceptions::exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = vm.call(
                    f,
                    super::Args::positional(vec![Value::Exception(exc.clone())]),
                )?;
                vm.truth(&r)
            }
            Matcher::Ids(ids) => Ok(exc.group.is_none() && ids.contains(&Rc::as_ptr(exc))),
        }
    }
}

/// The matching part and the rest of an exception group.
pub type SplitResult = (Option<Rc<PyException>>, Option<Rc<PyException>>);

/// `exceptiongroup_split_recursive`: the matching part and (when
/// `construct_rest`) the rest of `exc`.
pub fn split_recursive(
    vm: &Vm,
    exc: &Rc<PyException>,
    matcher: &Matcher,
    construct_rest: bool,
) -> PyResult<SplitResult> {
    if matcher.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(subs) = exc.sub_exceptions() else {
        return Ok((None, construct_rest.then(|| exc.clone())));
    };
    let mut match_list = Vec::new();
    let mut rest_list = Vec::new();
    for e in subs {
        let (m, r) = split_recursive(vm, e, matcher, construct_rest)?;
        match_list.extend(m);
        rest_list.extend(r);
    }
    let m = subset(vm, exc, match_list)?;
    let r = if construct_rest {
        subset(vm, exc, rest_list)?
    } else {
        None
    };
    Ok((m, r))
}

/// `exceptiongroup_subset`: `orig.derive(excs)` with orig's traceback,
/// cause and context; `None` for no exceptions.
fn subset(
    vm: &Vm,
    orig: &Rc<PyException>,
    excs: Vec<Rc<PyException>>,
) -> PyResult<Option<Rc<PyException>>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = Value::list(excs.into_iter().map(Value::Exception).collect());
    let derived = vm.call_method(
        &Value::Exception(orig.clone()),
        "derive",
        super::Args::positional(vec![list]),
    )?;
    let eg = match derived {
        Value::Exception(e) if e.group.is_some() => e,
        _ => {
            return Err(PyErr::type_error(
                "derive must return an instance of BaseExceptionGroup",
            ))
        }
    };
    *eg.traceback.borrow_mut() = orig.traceback.borrow().clone();
    *eg.context.borrow_mut() = orig.context.borrow().clone();
    *eg.cause.borrow_mut() = orig.cause.borrow().clone();
    eg.suppress_context.set(orig.suppress_context.get());
    Ok(Some(eg))
}

/// The leaves (non-group exceptions) of an exception, depth first.
pub fn collect_leaves(exc: &Rc<PyException>, out: &mut Vec<*const PyException>) {
    match exc.sub_exceptions() {
        Some(subs) => {
            for e in subs {
                collect_leaves(e, out);
            }
        }
        None => out.push(Rc::as_ptr(exc)),
    }
}

/// The methods of `BaseExceptionGroup` (`None` for other names).
pub fn call_group_method(
    vm: &Vm,
    exc: &Rc<PyException>,
    name: &str,
    args: super::Args,
) -> Option<PyResult> {
    let g = exc.group.as_ref()?;
    let n = args.positional.len() + args.keywords.len();
    Some(match name {
        "split" | "subgroup" => (|| {
            if n != 1 || !args.keywords.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{} expected 1 argument, got {}",
                    name, n
                )));
            }
            let matcher = Matcher::new(vm, args.positional[0].clone())?;
            let construct_rest = name == "split";
            let (m, r) = split_recursive(vm, exc, &matcher, construct_rest)?;
            let val = |e: Option<Rc<PyException>>| e.map(Value::Exception).unwrap_or(Value::None);
            Ok(if construct_rest {
                Value::tuple(vec![val(m), val(r)])
            } else {
                val(m)
            })
        })(),
        "derive" => (|| {
            if n != 1 || !args.keywords.is_empty() {
                return Err(PyErr::type_error(format!(
                    "function takes exactly 1 argument ({} given)",
                    n
                )));
            }
            let new = new_exception_group(
                vm,
                TypeRef::Builtin(&types::BASE_EXCEPTION_GROUP),
                super::Args::positional(vec![g.msg.clone(), args.positional[0].clone()]),
            )?;
            Ok(Value::Exception(new))
        })(),
        _ => return None,
    })
}

/// Whether `name` is a method of exception groups.
pub fn is_group_method(name: &str) -> bool {
    matches!(name, "split" | "subgroup" | "derive")
}
