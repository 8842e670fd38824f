//! The frame and code objects a generator, coroutine or async generator
//! shows for introspection (`gi_frame`, `gi_code`, `cr_frame`...), and
//! those a traceback shows for each frame it passed (`tb_frame`): the few
//! attributes this tree-walker can answer, `f_lineno` and the code's names
//! and position. CPython's are `Objects/frameobject.c` and
//! `Objects/codeobject.c`; what a tree-walker has no counterpart for
//! (`f_locals` of a suspended frame, bytecode) is an error, not a guess.

use std::rc::Rc;

use super::coroutine::Coroutine;
use super::Vm;
use crate::object::exception::TbEntry;
use crate::object::native::NativeObject;
use crate::object::types::{Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{PyErr, PyResult, Value};

pub static FRAME: TypeObject = TypeObject::new("frame", "builtins", None, FRAME_SPEC);
pub static GENERATOR_CODE: TypeObject = TypeObject::new("code", "builtins", None, CODE_SPEC);

const FRAME_SPEC: TypeSpec = TypeSpec {
    doc: "The execution frame of a suspended generator or coroutine.",
    members: &[&[
        Member::getter("f_lineno", f_lineno, "The line the frame is at."),
        Member::getter("f_code", f_code, "The code the frame runs."),
        Member::getter(
            "f_locals",
            f_locals,
            "The frame's local variables (not available here).",
        ),
    ]],
};

const CODE_SPEC: TypeSpec = TypeSpec {
    doc: "The code of a generator or coroutine function: its names and position.",
    members: &[&[
        Member::getter("co_name", co_name, "The function's name."),
        Member::getter("co_qualname", co_qualname, "The function's qualified name."),
        Member::getter("co_filename", co_filename, "The file the function is in."),
        Member::getter(
            "co_firstlineno",
            co_firstlineno,
            "The line the function's definition starts on.",
        ),
    ]],
};

/// A frame: that of a generator, coroutine or async generator that has not
/// finished, or one a traceback passed through.
pub enum GenFrame {
    Suspended(Rc<Coroutine>),
    Traceback(TbEntry),
}

/// A code object: a generator's, coroutine's or async generator's, or that
/// of a frame a traceback passed through (known by its name and file only).
pub enum GenCode {
    Generator(Rc<Coroutine>),
    Traceback(TbEntry),
}

/// `gi_frame`: None once the generator is finished, as its frame is gone.
pub fn frame_value(coro: &Rc<Coroutine>) -> Value {
    if coro.state() == super::coroutine::CoroState::Closed || coro.definition().is_none() {
        return Value::None;
    }
    Value::Object(Rc::new(GenFrame::Suspended(coro.clone())))
}

impl Vm {
    /// `tb.tb_frame`: the frame a traceback entry stands for.
    pub fn traceback_frame(&self, entry: &TbEntry) -> Value {
        Value::Object(Rc::new(GenFrame::Traceback(entry.clone())))
    }
}

/// `gi_code`.
pub fn code_value(coro: &Rc<Coroutine>) -> Value {
    Value::Object(Rc::new(GenCode::Generator(coro.clone())))
}

impl NativeObject for GenFrame {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&FRAME)
    }

    fn repr(&self, me: &Value) -> String {
        let (file, line, name) = match self {
            GenFrame::Suspended(coro) => (
                coro.definition()
                    .map_or_else(String::new, |(source, _)| source.name.to_string()),
                coro.frame_line(None).unwrap_or(0),
                coro.name().to_string(),
            ),
            GenFrame::Traceback(entry) => (
                entry.source.name.to_string(),
                entry_line(entry),
                entry.function.to_string(),
            ),
        };
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            me.address(),
            file,
            line,
            name
        )
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl NativeObject for GenCode {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&GENERATOR_CODE)
    }

    fn repr(&self, me: &Value) -> String {
        let (name, file, line) = match self {
            GenCode::Generator(coro) => {
                let (file, line) = match coro.definition() {
                    Some((source, span)) => {
                        (source.name.to_string(), source.line_of(span.start as usize))
                    }
                    None => (String::new(), 0),
                };
                (coro.name().to_string(), file, line)
            }
            // The line of the `def` is not kept with a traceback entry.
            GenCode::Traceback(entry) => {
                (entry.function.to_string(), entry.source.name.to_string(), 0)
            }
        };
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            name,
            me.address(),
            file,
            line
        )
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn frame_of(v: &Value) -> &GenFrame {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<GenFrame>()
            .expect("a frame getter is only called on a frame"),
        _ => unreachable!("a frame getter is only called on a frame"),
    }
}

fn code_of(v: &Value) -> &GenCode {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<GenCode>()
            .expect("a code getter is only called on a code object"),
        _ => unreachable!("a code getter is only called on a code object"),
    }
}

fn entry_line(entry: &TbEntry) -> usize {
    entry.source.line_of(entry.span.start as usize)
}

fn f_lineno(vm: &Vm, me: &Value) -> PyResult {
    Ok(match frame_of(me) {
        GenFrame::Suspended(coro) => match coro.frame_line(Some(vm)) {
            Some(line) => Value::Int(line as i64),
            None => Value::None,
        },
        GenFrame::Traceback(entry) => Value::Int(entry_line(entry) as i64),
    })
}

fn f_code(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match frame_of(me) {
        GenFrame::Suspended(coro) => code_value(coro),
        GenFrame::Traceback(entry) => Value::Object(Rc::new(GenCode::Traceback(entry.clone()))),
    })
}

/// The locals of a suspended frame live inside its suspended evaluation,
/// and those of a frame a traceback passed are gone: say so rather than
/// show an empty dict.
fn f_locals(_vm: &Vm, _me: &Value) -> PyResult {
    Err(PyErr::new(
        &crate::object::types::NOT_IMPLEMENTED_ERROR,
        "pyasync does not support f_locals of a generator, coroutine or traceback frame",
    ))
}

fn co_name(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match code_of(me) {
        GenCode::Generator(coro) => Value::Str(coro.name().clone()),
        GenCode::Traceback(entry) => Value::Str(entry.function.clone()),
    })
}

fn co_qualname(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match code_of(me) {
        GenCode::Generator(coro) => Value::str(coro.qualname()),
        GenCode::Traceback(entry) => Value::Str(entry.function.clone()),
    })
}

fn co_filename(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match code_of(me) {
        GenCode::Generator(coro) => match coro.definition() {
            Some((source, _)) => Value::Str(source.name.clone()),
            None => Value::None,
        },
        GenCode::Traceback(entry) => Value::Str(entry.source.name.clone()),
    })
}

fn co_firstlineno(_vm: &Vm, me: &Value) -> PyResult {
    match code_of(me) {
        GenCode::Generator(coro) => Ok(match coro.definition() {
            Some((source, span)) => Value::Int(source.line_of(span.start as usize) as i64),
            None => Value::None,
        }),
        GenCode::Traceback(_) => Err(PyErr::new(
            &crate::object::types::NOT_IMPLEMENTED_ERROR,
            "pyasync does not keep co_firstlineno for a traceback's frames",
        )),
    }
}
