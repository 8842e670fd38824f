//! Reading the type tables: finding a builtin type's member for a value,
//! binding it (`[].append`, `(1).__add__`, `int.real`), and calling it.
//! Every route to a builtin type's behaviour (attribute access, method
//! calls, descriptors, `super()`) ends here or in `object::descriptor`,
//! both of which read `TypeObject::members`.

use super::Vm;
use crate::object::class::Method;
use crate::object::slots::plain;
use crate::object::types::{Member, MemberKind, TypeObject, TypeRef};
use crate::object::{Args, BoundMethod, PyErr, PyResult, Value};
use std::rc::Rc;

impl Vm {
    /// The member `name` of the builtin type of `v`, for values whose
    /// attributes come from their type's table alone (not instances of
    /// classes, modules or types, which have namespaces of their own).
    pub fn builtin_member(
        &self,
        v: &Value,
        name: &str,
    ) -> Option<(&'static TypeObject, &'static Member)> {
        match v {
            Value::Instance(_)
            | Value::Exception(_)
            | Value::Module(_)
            | Value::Type(_)
            | Value::Super(_) => None,
            _ => match v.type_of() {
                TypeRef::Builtin(t) => t
                    .lookup(name)
                    .filter(|(owner, m)| !yields_to_own_type(t, owner, m)),
                TypeRef::User(_) => None,
            },
        }
    }

    /// Calls member `m` with `receiver` as its self (a value of the type,
    /// or an instance of a subclass carrying one).
    pub fn call_member(&self, m: &'static Member, receiver: &Value, args: Args) -> PyResult {
        if let Some(inner) = wrapped(receiver) {
            return self.call_member(m, &inner, args);
        }
        match m.kind {
            MemberKind::Method(f) => f(self, plain(receiver), args),
            MemberKind::Slot(f) => f(self, receiver, args),
            MemberKind::ClassMethod(f) => {
                let cls = match receiver {
                    Value::Type(t) => t.clone(),
                    other => other.type_of(),
                };
                f(self, &cls, args)
            }
            MemberKind::StaticMethod(f) => f(self, args),
            MemberKind::Getter(f) => {
                let attr = f(self, plain(receiver))?;
                self.call(&attr, args)
            }
            MemberKind::Absent => Err(PyErr::type_error("'NoneType' object is not callable")),
        }
    }

    /// `v.name` for member `m` of `owner`, found on the type of value `v`.
    pub fn bind_member(
        &self,
        v: &Value,
        owner: &'static TypeObject,
        m: &'static Member,
    ) -> PyResult {
        Ok(match m.kind {
            MemberKind::Method(_) => BoundMethod::of_member(v.clone(), m),
            // `(1).__add__` is a method-wrapper: the slot bound to 1.
            MemberKind::Slot(_) => Value::Method(Rc::new(Method {
                receiver: v.clone(),
                function: crate::object::descriptor::lookup(owner, m.name)
                    .expect("a member of the owner's table"),
            })),
            MemberKind::ClassMethod(_) | MemberKind::StaticMethod(_) => {
                BoundMethod::of_member(Value::Type(v.type_of()), m)
            }
            MemberKind::Getter(f) => match wrapped(v) {
                Some(inner) => f(self, &inner)?,
                None => f(self, plain(v))?,
            },
            MemberKind::Absent => Value::None,
        })
    }

    /// `T.name` for builtin type `t`: class and static methods bound to
    /// the type, everything else the descriptor itself (`list.append`).
    pub fn type_member(&self, t: &'static TypeObject, name: &str) -> Option<Value> {
        let (owner, m) = t.lookup(name)?;
        if yields_to_own_type(t, owner, m) && !matches!(m.kind, MemberKind::ClassMethod(_)) {
            return None;
        }
        Some(match m.kind {
            MemberKind::ClassMethod(_) | MemberKind::StaticMethod(_) if m.name != "__new__" => {
                BoundMethod::of_member(Value::Type(TypeRef::Builtin(t)), m)
            }
            _ => crate::object::descriptor::lookup(owner, m.name)?,
        })
    }

    /// Calls a builtin method bound to its receiver.
    pub fn call_bound_member(&self, b: &BoundMethod, m: &'static Member, args: Args) -> PyResult {
        self.call_member(m, &b.receiver, args)
    }
}

/// The object an iterator value stands for when it only wraps one (what
/// `iter()` of a file or a generator gives): its type, and so the table
/// its methods come from, is that object's.
fn wrapped(v: &Value) -> Option<Value> {
    let Value::Iterator(it) = v else {
        return None;
    };
    match &*it.borrow() {
        crate::object::Iter::Python(inner) => Some(inner.clone()),
        crate::object::Iter::Generator(g) => Some(Value::Generator(g.clone())),
        _ => None,
    }
}

/// Whether `object`'s member `m`, found along the bases of builtin type
/// `t`, must give way to what `t` defines outside its table (its
/// special methods not yet in one: `int.__eq__` is int's, not object's).
/// Getters (`__class__`) have no such rival.
fn yields_to_own_type(t: &'static TypeObject, owner: &'static TypeObject, m: &Member) -> bool {
    std::ptr::eq(owner, &crate::object::types::OBJECT)
        && !std::ptr::eq(t, owner)
        && !matches!(m.kind, MemberKind::Getter(_))
}
