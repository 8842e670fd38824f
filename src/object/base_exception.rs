//! `BaseException`: what every exception has (`Objects/exceptions.c`,
//! `BaseException_methods` and `BaseException_getset`), and the traceback
//! objects its `__traceback__` hands out.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::exception::{PyException, TbEntry};
use super::methods::{parse_args, Sig};
use super::slots::no_args;
use super::types::{Member, TypeObject, TypeRef, TypeSpec, BASE_EXCEPTION};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "The root of the exception classes: its arguments, notes, cause and context.",
    members: &[MEMBERS],
};

const MEMBERS: &[Member] = &[
    slot!("__init__" init),
    Member::static_method("__new__", new, "Create a new exception of the given class."),
    slot!("__repr__" repr),
    slot!("__str__" str),
    slot!("__reduce__" reduce),
    Member::method(
        "__setstate__",
        setstate,
        "Set the exception's attributes from a dict.",
    ),
    Member::method(
        "with_traceback",
        with_traceback,
        "Set the traceback of the exception and return the exception.",
    ),
    Member::method(
        "add_note",
        add_note,
        "Add a note, shown after the exception in a traceback.",
    ),
    Member::getter("args", args, "The arguments the exception was made with."),
    Member::getter(
        "__traceback__",
        traceback,
        "The frames the exception passed through, or None.",
    ),
    Member::getter(
        "__cause__",
        cause,
        "The exception given by `raise ... from`, or None.",
    ),
    Member::getter(
        "__context__",
        context,
        "The exception being handled when this one was raised, or None.",
    ),
    Member::getter(
        "__suppress_context__",
        suppress_context,
        "Whether the context is left out of a traceback.",
    ),
    Member::getter("__dict__", dict, "The exception's own attributes."),
];

fn exception(v: &Value) -> &Rc<PyException> {
    match v {
        Value::Exception(e) => e,
        _ => unreachable!("a BaseException member is only called on an exception"),
    }
}

/// `BaseException_init`: the positional arguments become `args`.
fn init(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let e = exception(obj);
    if e.cls.is(&super::types::IMPORT_ERROR) {
        // `ImportError(*args, name=None, path=None)` (`ImportError_init`).
        for (k, v) in &args.keywords {
            if !super::exception::IMPORT_ERROR_ATTRS.contains(&&**k) {
                return Err(PyErr::type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    e.cls.name()
                )));
            }
            e.attrs.borrow_mut().insert(k.clone(), v.clone());
        }
        *e.args.borrow_mut() = args.positional;
        return Ok(Value::None);
    }
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            e.cls.name()
        )));
    }
    *e.args.borrow_mut() = args.positional;
    Ok(Value::None)
}

/// `BaseException.__new__(cls, *args)`.
fn new(vm: &Vm, mut args: Args) -> PyResult {
    if args.positional.is_empty() {
        return Err(PyErr::type_error(
            "BaseException.__new__(): not enough arguments",
        ));
    }
    let cls = args.positional.remove(0);
    let Value::Type(cls) = cls else {
        return Err(PyErr::type_error(format!(
            "BaseException.__new__(X): X is not a type object ({})",
            cls.type_name()
        )));
    };
    if !cls.is(&BASE_EXCEPTION) {
        return Err(PyErr::type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            cls.name(),
            cls.name()
        )));
    }
    vm.new_exception_object(&cls, args)
}

fn repr(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    vm.default_repr(obj).map(|s| Value::str(&s))
}

fn str(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    Ok(Value::str(&exception(obj).message()))
}

/// `(type, args)`, with the attributes third when there are any.
fn reduce(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    no_args(&args)?;
    let e = exception(obj);
    let mut parts = vec![
        Value::Type(e.cls.clone()),
        Value::tuple(e.args.borrow().clone()),
    ];
    if !e.attrs.borrow().is_empty() {
        parts.push(crate::interp::classes::namespace_dict(&e.attrs.borrow()));
    }
    Ok(Value::tuple(parts))
}

fn setstate(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let state = parse_args("BaseException", "__setstate__", Sig::One, args)?
        .into_iter()
        .flatten()
        .next()
        .expect("one argument");
    let d = match &state {
        Value::None => return Ok(Value::None),
        Value::Dict(d) => d.borrow().clone(),
        _ => return Err(PyErr::type_error("state is not a dictionary")),
    };
    for (k, v) in d.iter() {
        vm.set_attr(obj, &vm.str(k.value())?, v.clone())?;
    }
    Ok(Value::None)
}

fn with_traceback(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let tb = parse_args("BaseException", "with_traceback", Sig::One, args)?
        .into_iter()
        .flatten()
        .next()
        .expect("one argument");
    set_traceback(exception(obj), &tb)?;
    Ok(obj.clone())
}

/// `e.__traceback__ = tb` and `with_traceback(tb)`: a traceback or None.
pub fn set_traceback(e: &Rc<PyException>, tb: &Value) -> PyResult<()> {
    let entries = match tb {
        Value::None => Vec::new(),
        Value::Object(o) => match o.as_any().downcast_ref::<Traceback>() {
            Some(t) => t.entries.clone(),
            None => return Err(not_a_traceback()),
        },
        _ => return Err(not_a_traceback()),
    };
    *e.traceback.borrow_mut() = entries;
    remember(e, tb);
    Ok(())
}

fn not_a_traceback() -> Box<PyErr> {
    PyErr::type_error("__traceback__ must be a traceback or None")
}

/// `add_note(note)`: appended to the list in `__notes__`, made on first use.
fn add_note(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let note = parse_args("BaseException", "add_note", Sig::One, args)?
        .into_iter()
        .flatten()
        .next()
        .expect("one argument");
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            note.type_name()
        )));
    }
    let e = exception(obj);
    let notes = e.attrs.borrow().get("__notes__").cloned();
    match notes {
        None => {
            e.attrs
                .borrow_mut()
                .insert(Rc::from("__notes__"), Value::list(vec![note]));
        }
        Some(Value::List(l)) => l.borrow_mut().push(note),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
    }
    Ok(Value::None)
}

fn args(_vm: &Vm, obj: &Value) -> PyResult {
    Ok(Value::tuple(exception(obj).args.borrow().clone()))
}

fn linked(e: &Option<Rc<PyException>>) -> Value {
    match e {
        Some(e) => Value::Exception(e.clone()),
        None => Value::None,
    }
}

fn cause(_vm: &Vm, obj: &Value) -> PyResult {
    Ok(linked(&exception(obj).cause.borrow()))
}

fn context(_vm: &Vm, obj: &Value) -> PyResult {
    Ok(linked(&exception(obj).context.borrow()))
}

fn suppress_context(_vm: &Vm, obj: &Value) -> PyResult {
    Ok(Value::Bool(exception(obj).suppress_context.get()))
}

fn dict(_vm: &Vm, obj: &Value) -> PyResult {
    Ok(crate::interp::classes::namespace_dict(
        &exception(obj).attrs.borrow(),
    ))
}

pub static TRACEBACK: TypeObject =
    TypeObject::bare("traceback", "builtins", Some(&super::types::OBJECT));

/// A traceback object: one frame an exception passed through and, by
/// `tb_next`, the frames inside it (CPython's chain runs outermost first).
/// `entries` is innermost first, as `PyException::traceback` keeps them,
/// so this level is the last one.
pub struct Traceback {
    entries: Vec<TbEntry>,
}

impl Traceback {
    /// The frames this traceback object covers, innermost first.
    pub fn entries(&self) -> &[TbEntry] {
        &self.entries
    }
}

impl super::native::NativeObject for Traceback {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&TRACEBACK)
    }

    fn get_attr(&self, vm: &Vm, name: &str) -> Option<PyResult> {
        let this = self.entries.last()?;
        Some(Ok(match name {
            "tb_lineno" => Value::Int(this.source.line_of(this.span.start as usize) as i64),
            "tb_next" if self.entries.len() > 1 => Value::Object(Rc::new(Traceback {
                entries: self.entries[..self.entries.len() - 1].to_vec(),
            })),
            "tb_next" => Value::None,
            "tb_frame" => vm.traceback_frame(this),
            "tb_lasti" => {
                return Some(Err(PyErr::new(
                    &super::types::NOT_IMPLEMENTED_ERROR,
                    format!("pyasync does not support traceback.{name}"),
                )))
            }
            _ => return None,
        }))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    /// The traceback object last handed out for each exception, with the
    /// depth it covered, so that `e.__traceback__ is e.__traceback__`.
    static HANDED_OUT: RefCell<Vec<(Weak<PyException>, usize, Value)>> = const { RefCell::new(Vec::new()) };
}

fn remember(e: &Rc<PyException>, tb: &Value) {
    HANDED_OUT.with(|h| {
        let mut h = h.borrow_mut();
        h.retain(|(w, _, _)| w.strong_count() > 0 && !std::ptr::eq(w.as_ptr(), Rc::as_ptr(e)));
        if !tb.is_none() {
            h.push((Rc::downgrade(e), e.traceback.borrow().len(), tb.clone()));
        }
    });
}

/// `e.__traceback__`: None until the exception is raised.
fn traceback(_vm: &Vm, obj: &Value) -> PyResult {
    let e = exception(obj);
    let depth = e.traceback.borrow().len();
    if depth == 0 {
        return Ok(Value::None);
    }
    let known = HANDED_OUT.with(|h| {
        h.borrow()
            .iter()
            .find(|(w, d, _)| std::ptr::eq(w.as_ptr(), Rc::as_ptr(e)) && *d == depth)
            .map(|(_, _, tb)| tb.clone())
    });
    if let Some(tb) = known {
        return Ok(tb);
    }
    let tb = Value::Object(Rc::new(Traceback {
        entries: e.traceback.borrow().clone(),
    }));
    remember(e, &tb);
    Ok(tb)
}
