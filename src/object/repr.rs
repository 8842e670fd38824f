//! `repr()` and `str()` exactly as CPython prints them.

use super::types::{MemberKind, TypeRef};
use super::{PyResult, Value};

/// Supplies the repr of values whose repr is user code (instances of user
/// classes); returns `None` for the values `write_repr` handles itself.
pub type ReprHook<'a> = &'a dyn Fn(&Value) -> Option<PyResult<String>>;

/// `repr(v)` for values whose repr runs no user code.
pub fn repr_plain(v: &Value) -> String {
    repr_with(v, &|_| None).unwrap_or_default()
}

/// `repr(v)`, asking `hook` for the repr of user objects, however deep in
/// containers they are.
pub fn repr_with(v: &Value, hook: ReprHook) -> PyResult<String> {
    let mut out = String::new();
    write_repr(&mut out, v, &mut Vec::new(), hook)?;
    Ok(out)
}

/// `str(v)`.
pub fn str_plain(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Exception(e) => e.message(),
        _ => repr_plain(v),
    }
}

/// Appends `repr(v)`; `active` holds the containers being printed, so that a
/// list containing itself prints `[[...]]` as CPython's `Py_ReprEnter` does.
fn write_repr(
    out: &mut String,
    v: &Value,
    active: &mut Vec<usize>,
    hook: ReprHook,
) -> PyResult<()> {
    if let Some(text) = hook(v) {
        out.push_str(&text?);
        return Ok(());
    }
    let _nesting = match v {
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => {
            Some(super::recursion::enter(
                " while getting the repr of an object",
            )?)
        }
        _ => None,
    };
    match v {
        Value::None => out.push_str("None"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(itoa(*i).as_str()),
        Value::BigInt(b) => out.push_str(&super::int::str_digits::to_decimal(b)?),
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Complex(re, im) => out.push_str(&super::complex::repr(*re, *im)),
        Value::Str(s) => out.push_str(&str_repr(s)),
        Value::Bytes(_) | Value::ByteArray(_) => out.push_str(&super::bytes::repr(v)),
        Value::List(l) => {
            let addr = v.address();
            if active.contains(&addr) {
                out.push_str("[...]");
                return Ok(());
            }
            active.push(addr);
            out.push('[');
            // A snapshot: a user `__repr__` of an item may change the list.
            let items = l.borrow().clone();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, item, active, hook)?;
            }
            out.push(']');
            active.pop();
        }
        Value::Tuple(t) => {
            out.push('(');
            for (i, item) in t.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, item, active, hook)?;
            }
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            let addr = v.address();
            if active.contains(&addr) {
                out.push_str("{...}");
                return Ok(());
            }
            active.push(addr);
            out.push('{');
            let entries: Vec<_> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (i, (k, val)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, k.value(), active, hook)?;
                out.push_str(": ");
                write_repr(out, val, active, hook)?;
            }
            out.push('}');
            active.pop();
        }
        Value::Set(_) | Value::FrozenSet(_) => {
            let name = v.type_name();
            let frozen = matches!(v, Value::FrozenSet(_));
            let addr = v.address();
            if active.contains(&addr) {
                out.push_str(&format!("{name}(...)"));
                return Ok(());
            }
            let items: Vec<Value> = super::set::set_ref(v)
                .map(|s| s.iter().cloned().collect())
                .unwrap_or_default();
            if items.is_empty() {
                out.push_str(&format!("{name}()"));
                return Ok(());
            }
            active.push(addr);
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, item, active, hook)?;
            }
            out.push('}');
            if frozen {
                out.push(')');
            }
            active.pop();
        }
        Value::Range(r) => out.push_str(&r.repr()),
        Value::Iterator(_) => {
            let name = v.type_name();
            out.push_str(&format!("<{} object at {:#x}>", name, v.address()));
        }
        Value::Function(f) => {
            out.push_str(&format!("<function {} at {:#x}>", f.qualname, v.address()))
        }
        Value::Native(n) => out.push_str(&format!("<built-in function {}>", n.name)),
        Value::BoundMethod(m)
            if !matches!(
                m.member.map(|x| x.kind),
                Some(MemberKind::ClassMethod(_) | MemberKind::StaticMethod(_))
            ) =>
        {
            if let Value::Type(TypeRef::Builtin(t)) = &m.receiver {
                out.push_str(&format!("<method '{}' of '{}' objects>", m.name, t.name));
            } else {
                out.push_str(&format!(
                    "<built-in method {} of {} object at {:#x}>",
                    m.name,
                    m.receiver.type_name(),
                    m.receiver.address()
                ));
            }
        }
        Value::BoundMethod(m) => out.push_str(&format!(
            "<built-in method {} of {} object at {:#x}>",
            m.name,
            m.receiver.type_name(),
            m.receiver.address()
        )),
        Value::Generator(g) => out.push_str(&format!(
            "<generator object {} at {:#x}>",
            g.qualname(),
            v.address()
        )),
        Value::Coroutine(c) => out.push_str(&format!(
            "<coroutine object {} at {:#x}>",
            c.qualname(),
            v.address()
        )),
        Value::Future(f) => out.push_str(&crate::asyncio::future_repr(f)),
        Value::Task(t) => out.push_str(&crate::asyncio::task_repr(t)),
        Value::Module(m) => {
            if let Some(Value::Str(file)) = m.globals.get("__file__") {
                out.push_str(&format!("<module '{}' from '{}'>", m.name, file))
            } else if crate::stdlib::is_builtin_module(&m.name) {
                out.push_str(&format!("<module '{}' (built-in)>", m.name))
            } else {
                out.push_str(&format!("<module '{}'>", m.name))
            }
        }
        Value::Type(t) => out.push_str(&format!("<class '{}'>", t.qualified_name())),
        Value::Exception(e) => {
            out.push_str(e.cls.name());
            out.push('(');
            for (i, a) in e.args.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, a, active, hook)?;
            }
            out.push(')');
        }
        Value::Instance(i) => out.push_str(&format!(
            "<{} object at {:#x}>",
            TypeRef::User(i.class.clone()).qualified_name(),
            v.address()
        )),
        Value::Method(m) if super::descriptor::as_descriptor(&m.function).is_some() => {
            use super::native::NativeObject;
            let d = super::descriptor::as_descriptor(&m.function).expect("checked");
            // A slot wrapper bound to its object is a method-wrapper.
            let wrapper = matches!(d.type_ref(), TypeRef::Builtin(t)
                if std::ptr::eq(t, &super::descriptor::WRAPPER_DESCRIPTOR));
            out.push_str(&format!(
                "{} {} of {} object at {:#x}>",
                if wrapper {
                    "<method-wrapper"
                } else {
                    "<built-in method"
                },
                if wrapper {
                    format!("'{}'", d.name)
                } else {
                    d.name.to_string()
                },
                m.receiver.type_name(),
                m.receiver.address()
            ));
        }
        Value::Method(m) => {
            let name = match &m.function {
                Value::Function(f) => f.qualname.to_string(),
                other => other.type_name().to_string(),
            };
            out.push_str(&format!("<bound method {} of ", name));
            write_repr(out, &m.receiver, active, hook)?;
            out.push('>');
        }
        Value::Descriptor(_) => {
            out.push_str(&format!("<{} object at {:#x}>", v.type_name(), v.address()))
        }
        Value::Super(s) => out.push_str(&format!(
            "<super: <class '{}'>, <{} object>>",
            s.class.name(),
            s.receiver.type_name()
        )),
        Value::Cell(_) => out.push_str(&format!("<cell at {:#x}>", v.address())),
        Value::NotImplemented => out.push_str("NotImplemented"),
        Value::Object(o) => out.push_str(&o.repr(v)),
        Value::Stream(s) => out.push_str(match s {
            super::Stream::Stdout => {
                "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
            }
            super::Stream::Stderr => {
                "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"
            }
        }),
    }
    Ok(())
}

fn itoa(i: i64) -> String {
    i.to_string()
}

pub use crate::text::literal::{float_repr, str_repr};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_cpython() {
        for (f, s) in [
            (1.0, "1.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (1.5e-7, "1.5e-07"),
            (123456789.125, "123456789.125"),
            (f64::INFINITY, "inf"),
            (2.5e300, "2.5e+300"),
        ] {
            assert_eq!(float_repr(f), s, "{f}");
        }
    }

    #[test]
    fn strings_pick_quotes_like_cpython() {
        assert_eq!(str_repr("a\n"), "'a\\n'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("\x01é"), "'\\x01é'");
    }
}
