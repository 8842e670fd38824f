//! The methods of builtin types as objects (`list.append`,
//! `int.__add__`, `str.__new__`), and what subclasses of builtin types
//! inherit from them.
//!
//! An instance of `class Stack(list)` is a `Value::Instance` carrying a
//! `Value::List` as its payload (`Instance::payload`). Its class finds the
//! builtin's methods along its MRO as these descriptors
//! (`Class::lookup`), exactly where CPython finds them in the builtin
//! type's `__dict__`; calling one runs the builtin behaviour on the
//! payload (`Vm::call_descriptor`). Every protocol that looks special
//! methods up on the type (operators, `len`, iteration, `repr`, hashing)
//! thus reaches the builtin behaviour through the one path it already
//! takes for user classes, and plain builtin values never pass here.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::types::{self, Member, MemberKind, TypeObject, TypeRef};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;

/// The builtin types a class may derive from, whose instances carry a
/// payload of that type.
static PAYLOAD_TYPES: [&TypeObject; 11] = [
    &types::INT,
    &types::FLOAT,
    &types::COMPLEX,
    &types::STR,
    &types::BYTES,
    &types::BYTEARRAY,
    &types::LIST,
    &types::TUPLE,
    &types::DICT,
    &types::SET,
    &types::FROZENSET,
];

/// Whether instances of `t` can only be made whole by `__new__` (their
/// value cannot change after), as opposed to filled in by `__init__`.
pub fn is_immutable(t: &'static TypeObject) -> bool {
    !is_one_of(
        t,
        &[&types::LIST, &types::DICT, &types::SET, &types::BYTEARRAY],
    )
}

fn is_one_of(t: &TypeObject, set: &[&TypeObject]) -> bool {
    set.iter().any(|s| std::ptr::eq(*s, t))
}

/// Builtin types CPython refuses as bases (no `Py_TPFLAGS_BASETYPE`).
fn acceptable_base(t: &'static TypeObject) -> bool {
    !is_one_of(
        t,
        &[
            &types::BOOL,
            &types::RANGE,
            &types::NONE_TYPE,
            &types::ELLIPSIS_TYPE,
            &types::NOT_IMPLEMENTED_TYPE,
            &types::FUNCTION,
            &types::BUILTIN_FUNCTION,
            &types::COROUTINE,
            &types::GENERATOR,
            &types::ASYNC_GENERATOR,
            &types::METHOD,
            &types::CELL,
            &types::LIST_ITERATOR,
            &types::TUPLE_ITERATOR,
            &types::STR_ITERATOR,
            &types::SET_ITERATOR,
            &types::RANGE_ITERATOR,
            &types::LONGRANGE_ITERATOR,
            &types::BYTES_ITERATOR,
            &types::BYTEARRAY_ITERATOR,
            &types::MEMORYVIEW,
            &types::REVERSED,
            &super::slice::SLICE,
            &METHOD_DESCRIPTOR,
            &WRAPPER_DESCRIPTOR,
        ],
    )
}

/// Builtin types CPython lets classes derive from but whose instances
/// pyasync cannot give a user class.
fn unsupported_base(t: &'static TypeObject) -> bool {
    is_one_of(
        t,
        &[
            &types::ENUMERATE,
            &types::ZIP,
            &types::MAP,
            &types::FILTER,
            &types::PROPERTY,
            &types::STATICMETHOD,
            &types::CLASSMETHOD,
            &types::SUPER,
        ],
    )
}

/// The builtin payload type of a class with these bases, checking that
/// they can be combined: CPython's `best_base` in `Objects/typeobject.c`
/// refuses bases whose instances have different layouts (`int` and
/// `str`, `list` and an exception).
pub fn payload_base(bases: &[TypeRef]) -> PyResult<Option<&'static TypeObject>> {
    let mut layout: Option<&'static TypeObject> = None;
    let mut payload = None;
    for b in bases {
        let own = match b {
            TypeRef::Builtin(t) => {
                if !acceptable_base(t) {
                    return Err(PyErr::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        t.name
                    )));
                }
                if unsupported_base(t) {
                    return Err(PyErr::new(
                        &types::NOT_IMPLEMENTED_ERROR,
                        format!("pyasync does not support subclassing '{}'", t.name),
                    ));
                }
                PAYLOAD_TYPES
                    .iter()
                    .find(|p| std::ptr::eq(**p, *t))
                    .copied()
            }
            TypeRef::User(c) => c.payload,
        };
        if own.is_some() {
            payload = own;
        }
        let this = own.or_else(|| {
            b.is(&types::BASE_EXCEPTION)
                .then_some(&types::BASE_EXCEPTION)
        });
        match (layout, this) {
            (_, None) => {}
            (None, Some(t)) => layout = Some(t),
            (Some(l), Some(t)) if std::ptr::eq(l, t) => {}
            _ => {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ))
            }
        }
    }
    Ok(payload)
}

thread_local! {
    /// One descriptor per method, so that `int.__repr__ is int.__repr__`
    /// as in CPython, where it lives in the type's `__dict__`.
    static INTERNED: RefCell<HashMap<(usize, &'static str), Value>> = RefCell::new(HashMap::new());
}

/// The attribute `name` of builtin type `t` itself (not its bases): a
/// method descriptor, or None for the `__hash__` of a mutable type.
pub fn lookup(t: &'static TypeObject, name: &str) -> Option<Value> {
    if let Some(m) = t.own_member(name) {
        return Some(match m.kind {
            MemberKind::Absent => Value::None,
            _ => interned(t, m.name, Some(m)),
        });
    }
    None
}

/// `t.name` along the builtin type's own bases (`int.__str__` is
/// `object.__str__`).
pub fn find(t: &'static TypeObject, name: &str) -> Option<Value> {
    let mut cur = Some(t);
    while let Some(b) = cur {
        if std::ptr::eq(b, &types::OBJECT)
            || !b.members.is_empty()
            || PAYLOAD_TYPES.iter().any(|p| std::ptr::eq(*p, b))
        {
            if let Some(v) = lookup(b, name) {
                return Some(v);
            }
        }
        cur = b.base;
    }
    None
}

fn interned(
    owner: &'static TypeObject,
    name: &'static str,
    member: Option<&'static Member>,
) -> Value {
    INTERNED.with(|m| {
        m.borrow_mut()
            .entry((owner as *const TypeObject as usize, name))
            .or_insert_with(|| {
                Value::Object(Rc::new(MethodDescriptor {
                    owner,
                    name,
                    member,
                }))
            })
            .clone()
    })
}

pub static METHOD_DESCRIPTOR: TypeObject =
    TypeObject::bare("method_descriptor", "builtins", Some(&types::OBJECT));

pub static WRAPPER_DESCRIPTOR: TypeObject =
    TypeObject::bare("wrapper_descriptor", "builtins", Some(&types::OBJECT));

/// `int.real`, `BaseException.args`: a computed attribute of a builtin type.
pub static GETSET_DESCRIPTOR: TypeObject =
    TypeObject::bare("getset_descriptor", "builtins", Some(&types::OBJECT));

/// A method of a builtin type, unbound: `list.append(stack, 1)`.
pub struct MethodDescriptor {
    pub owner: &'static TypeObject,
    pub name: &'static str,
    /// Its entry in the owner's table, once the owner has one.
    pub member: Option<&'static Member>,
}

impl MethodDescriptor {
    /// Whether reading it through an instance binds it (everything but
    /// `__new__`, a static method, and the methods of the type itself).
    pub fn binds(&self) -> bool {
        self.name != "__new__"
            && !matches!(
                self.member.map(|m| m.kind),
                Some(MemberKind::ClassMethod(_) | MemberKind::StaticMethod(_))
            )
    }

    /// The function computing the attribute, for a data attribute such
    /// as `int.real` (read through an instance, it is its value).
    pub fn getter(&self) -> Option<super::types::GetterFn> {
        match self.member?.kind {
            MemberKind::Getter(f) => Some(f),
            _ => None,
        }
    }
}

/// A class or static method of a builtin type's table found on a subclass
/// (`MyBytes.fromhex`, or through an instance of it), bound to that class
/// so that a class method makes an instance of it.
pub fn bind_to_class(attr: &Value, cls: &TypeRef) -> Option<Value> {
    let m = as_descriptor(attr)?.member?;
    match m.kind {
        MemberKind::ClassMethod(_) | MemberKind::StaticMethod(_) if m.name != "__new__" => {
            Some(super::BoundMethod::of_member(Value::Type(cls.clone()), m))
        }
        _ => None,
    }
}

/// The descriptor `v` is, if it is one.
pub fn as_descriptor(v: &Value) -> Option<&MethodDescriptor> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<MethodDescriptor>(),
        _ => None,
    }
}

impl super::native::NativeObject for MethodDescriptor {
    fn type_ref(&self) -> TypeRef {
        match self.member.map(|m| m.kind) {
            Some(MemberKind::Method(_)) => return TypeRef::Builtin(&METHOD_DESCRIPTOR),
            Some(MemberKind::Getter(_)) => return TypeRef::Builtin(&GETSET_DESCRIPTOR),
            _ => {}
        }
        TypeRef::Builtin(match self.name {
            "__new__" => &types::BUILTIN_FUNCTION,
            n if n.starts_with("__")
                // `list` and `dict` define `__getitem__` as a method; the
                // other sequences have it from their `sq_item` slot.
                && !(n == "__getitem__"
                    && is_one_of(self.owner, &[&types::LIST, &types::DICT]))
                && !matches!(
                    n,
                    "__reversed__"
                        | "__format__"
                        | "__getnewargs__"
                        | "__sizeof__"
                        | "__round__"
                        | "__trunc__"
                        | "__floor__"
                        | "__ceil__"
                ) =>
            {
                &WRAPPER_DESCRIPTOR
            }
            _ => &METHOD_DESCRIPTOR,
        })
    }

    fn repr(&self, me: &Value) -> String {
        match self.type_ref() {
            TypeRef::Builtin(t) if std::ptr::eq(t, &WRAPPER_DESCRIPTOR) => {
                format!(
                    "<slot wrapper '{}' of '{}' objects>",
                    self.name,
                    TypeRef::Builtin(self.owner).tp_name()
                )
            }
            TypeRef::Builtin(t) if std::ptr::eq(t, &METHOD_DESCRIPTOR) => format!(
                "<method '{}' of '{}' objects>",
                self.name,
                TypeRef::Builtin(self.owner).tp_name()
            ),
            TypeRef::Builtin(t) if std::ptr::eq(t, &GETSET_DESCRIPTOR) => {
                format!(
                    "<attribute '{}' of '{}' objects>",
                    self.name, self.owner.name
                )
            }
            TypeRef::Builtin(t) if std::ptr::eq(t, &GETSET_DESCRIPTOR) => {
                format!(
                    "<attribute '{}' of '{}' objects>",
                    self.name, self.owner.name
                )
            }
            _ => format!(
                "<built-in method {} of type object at {:#x}>",
                self.name,
                me.address()
            ),
        }
    }

    fn has_method(&self, name: &str) -> bool {
        name == "__call__"
    }

    fn call_method(&self, vm: &Vm, _me: &Value, name: &str, args: Args) -> Option<PyResult> {
        (name == "__call__").then(|| vm.call_descriptor(self, args))
    }

    fn get_attr(&self, _vm: &Vm, name: &str) -> Option<PyResult> {
        match name {
            "__name__" | "__qualname__" => Some(Ok(Value::str(if name == "__name__" {
                self.name
            } else {
                return Some(Ok(Value::str(&format!(
                    "{}.{}",
                    self.owner.name, self.name
                ))));
            }))),
            "__objclass__" => Some(Ok(Value::Type(TypeRef::Builtin(self.owner)))),
            "__doc__" => self.member.map(|m| Ok(Value::str(m.doc))),
            _ => None,
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
