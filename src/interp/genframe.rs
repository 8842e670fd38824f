//! The frame and code objects a generator, coroutine or async generator
//! shows for introspection (`gi_frame`, `gi_code`, `cr_frame`...): the
//! few attributes this tree-walker can answer, `f_lineno` and the code's
//! names and position. CPython's are `Objects/frameobject.c` and
//! `Objects/codeobject.c`; what a tree-walker has no counterpart for
//! (`f_locals` of a suspended frame, bytecode) is an error, not a guess.

use std::rc::Rc;

use super::coroutine::Coroutine;
use super::Vm;
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

/// The frame of a generator, coroutine or async generator that has not
/// finished.
pub struct GenFrame {
    coro: Rc<Coroutine>,
}

/// The code object of a generator, coroutine or async generator.
pub struct GenCode {
    coro: Rc<Coroutine>,
}

/// `gi_frame`: None once the generator is finished, as its frame is gone.
pub fn frame_value(coro: &Rc<Coroutine>) -> Value {
    if coro.state() == super::coroutine::CoroState::Closed || coro.definition().is_none() {
        return Value::None;
    }
    Value::Object(Rc::new(GenFrame { coro: coro.clone() }))
}

/// `gi_code`.
pub fn code_value(coro: &Rc<Coroutine>) -> Value {
    Value::Object(Rc::new(GenCode { coro: coro.clone() }))
}

impl NativeObject for GenFrame {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&FRAME)
    }

    fn repr(&self, me: &Value) -> String {
        let file = self
            .coro
            .definition()
            .map_or_else(String::new, |(source, _)| source.name.to_string());
        let line = self.coro.frame_line(None).unwrap_or(0);
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            me.address(),
            file,
            line,
            self.coro.name()
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
        let (file, line) = match self.coro.definition() {
            Some((source, span)) => (source.name.to_string(), source.line_of(span.start as usize)),
            None => (String::new(), 0),
        };
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            self.coro.name(),
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

fn f_lineno(vm: &Vm, me: &Value) -> PyResult {
    Ok(match frame_of(me).coro.frame_line(Some(vm)) {
        Some(line) => Value::Int(line as i64),
        None => Value::None,
    })
}

fn f_code(_vm: &Vm, me: &Value) -> PyResult {
    Ok(code_value(&frame_of(me).coro))
}

/// The locals of a suspended frame live inside its suspended evaluation,
/// out of reach: say so rather than show an empty dict.
fn f_locals(_vm: &Vm, _me: &Value) -> PyResult {
    Err(PyErr::new(
        &crate::object::types::NOT_IMPLEMENTED_ERROR,
        "pyasync does not support f_locals of a generator or coroutine frame",
    ))
}

fn co_name(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::Str(code_of(me).coro.name().clone()))
}

fn co_qualname(_vm: &Vm, me: &Value) -> PyResult {
    Ok(Value::str(code_of(me).coro.qualname()))
}

fn co_filename(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match code_of(me).coro.definition() {
        Some((source, _)) => Value::Str(source.name.clone()),
        None => Value::None,
    })
}

fn co_firstlineno(_vm: &Vm, me: &Value) -> PyResult {
    Ok(match code_of(me).coro.definition() {
        Some((source, span)) => Value::Int(source.line_of(span.start as usize) as i64),
        None => Value::None,
    })
}
