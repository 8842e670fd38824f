//! The data model: operators, truth, repr/str, len, items, membership and
//! iteration, dispatching to a user class's special methods (`__add__`,
//! `__eq__`, `__len__`, ...) and to the builtin implementations otherwise.
//!
//! Special methods are looked up on the type, never the instance, as
//! CPython's `_PyObject_LookupSpecial` does.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::object::class::{payload, Method};
use crate::object::iter::get_iter;
use crate::object::subscript;
use crate::object::types::{self, MemberKind, TypeRef};
use crate::object::{ops, repr, Args, Iter, PyErr, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// Whether a value may have special methods written in Python.
#[inline]
fn is_user_object(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::Object(_) | Value::Stream(_) => true,
        Value::Exception(e) => matches!(e.cls, TypeRef::User(_)),
        // A class whose metaclass is a user class takes its special methods
        // from the metaclass.
        Value::Type(TypeRef::User(c)) => c.meta.borrow().is_some(),
        _ => false,
    }
}

fn dunder_name(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
    }
}

/// Whether `r`'s reflected method goes before `l`'s own one: when `r`'s
/// type is a proper subclass of `l`'s and finds `rname` in a class that
/// `l`'s type does not have, so that a subclass can take over an operator
/// of its base (`binary_op1` and `SLOT1BINFULL`'s `method_is_overloaded`
/// in CPython's `Objects/abstract.c` and `Objects/typeobject.c`).
/// The rank of a builtin number in the tower int < float < complex: a
/// type's own arithmetic takes the operands of its rank and below.
fn number_rank(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Complex(..) => Some(2),
        _ => None,
    }
}

pub fn reflected_first(l: &Value, r: &Value, rname: &str) -> bool {
    let (tl, tr) = (l.type_of(), r.type_of());
    if tl == tr || !tr.is_subclass(&tl) {
        return false;
    }
    let left_mro = tl.mro();
    for t in tr.mro() {
        match &t {
            TypeRef::User(c) if c.dict.borrow().contains_key(rname) => {
                return !left_mro.contains(&t);
            }
            TypeRef::User(_) => {}
            // A builtin type's own method, which `l`'s type shares.
            TypeRef::Builtin(_) => return false,
        }
    }
    false
}

/// Whether `r`'s reflected comparison goes first: its type is a proper
/// subclass of `l`'s (`do_richcompare` in CPython's `Objects/object.c`).
fn reflected_compare_first(l: &Value, r: &Value) -> bool {
    let (tl, tr) = (l.type_of(), r.type_of());
    tl != tr && tr.is_subclass(&tl)
}

impl Vm {
    /// The builtin function `name` (`round`, `divmod`, `reversed`): slot
    /// wrappers of builtin types that forward to it call through here, so
    /// the object model does not reach into the builtins namespace.
    pub fn builtin_function(&self, name: &str) -> Value {
        crate::builtins::builtin_value(name)
    }

    /// The special method `name` of `v`'s class, bound to `v`.
    pub fn special_method(&self, v: &Value, name: &str) -> Option<Value> {
        if let Value::Object(_) | Value::Stream(_) = v {
            // Objects implemented in Rust find theirs in their type's table.
            if let Some((owner, m)) = self.builtin_member(v, name) {
                if matches!(m.kind, MemberKind::Getter(_) | MemberKind::Absent) {
                    return None;
                }
                return self.bind_member(v, owner, m).ok();
            }
            let Value::Object(o) = v else {
                return None;
            };
            return o.has_method(name).then(|| {
                Value::BoundMethod(Rc::new(crate::object::BoundMethod {
                    receiver: v.clone(),
                    name: Rc::from(name),
                    member: None,
                }))
            });
        }
        let TypeRef::User(class) = v.type_of() else {
            return None;
        };
        let f = class.lookup(name)?;
        Some(match f {
            Value::Function(_) => Value::Method(Rc::new(Method {
                receiver: v.clone(),
                function: f,
            })),
            Value::Object(_)
                if crate::object::descriptor::as_descriptor(&f).is_some_and(|d| d.binds()) =>
            {
                Value::Method(Rc::new(Method {
                    receiver: v.clone(),
                    function: f,
                }))
            }
            other => other,
        })
    }

    /// Calls special method `name` if `v`'s class defines it.
    fn call_special(&self, v: &Value, name: &str, args: Vec<Value>) -> Option<PyResult> {
        let m = self.special_method(v, name)?;
        Some(self.call(&m, Args::positional(args)))
    }

    pub fn binary_op(&self, op: BinOp, l: &Value, r: &Value) -> PyResult {
        let (name, rname) = dunder_name(op);
        let r_first = is_user_object(r) && reflected_first(l, r, rname);
        if r_first {
            if let Some(result) = self.call_special(r, rname, vec![l.clone()]) {
                let result = result?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
        }
        if let (BinOp::Mod, Value::Str(template)) = (op, l) {
            return self.percent_format(template, r);
        }
        if !is_user_object(l) && !is_user_object(r) {
            return ops::binary_op(op, l, r);
        }
        if let Some(result) = self.call_special(l, name, vec![r.clone()]) {
            let result = result?;
            if !matches!(result, Value::NotImplemented) {
                return Ok(result);
            }
        }
        // A builtin number on the left answers before a right operand that
        // is not of a subclass of its type: `1.5 * n` is `float.__mul__`'s
        // answer even where `n`'s class defines `__rmul__`.
        if let (false, Some(rank)) = (r_first, number_rank(l)) {
            if let Some(p) = payload(r).filter(|p| number_rank(p).is_some_and(|n| n <= rank)) {
                match ops::binary_op(op, l, p) {
                    Err(e) if e.exc.message().starts_with("unsupported operand") => {}
                    result => return result,
                }
            }
        }
        // Operands of one type have only the one method (`binary_op1`).
        if !r_first && l.type_of() != r.type_of() {
            if let Some(result) = self.call_special(r, rname, vec![l.clone()]) {
                let result = result?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
        }
        // The sequence concatenation and repetition CPython tries last
        // (`sq_concat`) accept subclasses: `"a" + Name("b")`.
        let (pl, pr) = (payload(l), payload(r));
        if pl.is_some() || pr.is_some() {
            return match ops::binary_op(op, pl.unwrap_or(l), pr.unwrap_or(r)) {
                // The message names the right operand's own type, and the
                // left's unless it comes from the sequence (`list_concat`).
                Err(e) if e.is_instance(&types::TYPE_ERROR) => {
                    match ops::binary_op(op, pl.unwrap_or(l), r) {
                        Err(e) if e.exc.message().starts_with("unsupported operand") => {
                            Err(ops::unsupported(op, l, r))
                        }
                        result => result,
                    }
                }
                result => result,
            };
        }
        ops::binary_op(op, l, r)
    }

    /// `template % args`: `%s` and `%r` of a value that is or holds a user
    /// object run its `__str__`/`__repr__`.
    fn percent_format(&self, template: &str, args: &Value) -> PyResult {
        let text = |v: &Value, conversion: char| -> Option<PyResult<String>> {
            if matches!(
                v,
                Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_)
            ) {
                return None;
            }
            Some(if conversion == 's' {
                self.str(v)
            } else {
                self.repr(v)
            })
        };
        crate::object::percent::percent_format_with(template, args, &text)
            .map(|s| Value::Str(Rc::from(s)))
    }

    /// `a op= b`: `__iadd__` and friends first, then the binary operator;
    /// its TypeError names the augmented operator (`for +=:`).
    pub fn inplace_op(&self, op: BinOp, l: &Value, r: &Value) -> PyResult {
        self.inplace_or_binary_op(op, l, r).map_err(|e| {
            let binary = ops::unsupported(op, l, r);
            if e.is_instance(&types::TYPE_ERROR) && e.exc.message() == binary.exc.message() {
                ops::unsupported_inplace(op, l, r)
            } else {
                e
            }
        })
    }

    fn inplace_or_binary_op(&self, op: BinOp, l: &Value, r: &Value) -> PyResult {
        if is_user_object(l) {
            let name = format!("__i{}", &dunder_name(op).0[2..]);
            if let Some(result) = self.call_special(l, &name, vec![r.clone()]) {
                let result = result?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
            return self.binary_op(op, l, r);
        }
        // `d |= other` is `d.update(other)`: any mapping or iterable of
        // pairs, in place (`dict.__ior__`).
        if let (BinOp::BitOr, Value::Dict(_)) = (op, l) {
            crate::object::dict_methods::dict_update(self, l, Args::positional(vec![r.clone()]))?;
            return Ok(l.clone());
        }
        // `xs += iterable` extends by any iterable, user ones included
        // (`list.__iadd__`).
        if let (BinOp::Add, Value::List(list)) = (op, l) {
            let items = self.collect(r)?;
            list.borrow_mut().extend(items);
            return Ok(l.clone());
        }
        // A user object on the right may answer with its reflected method
        // once the left's in-place one declines (`binary_iop1`).
        if is_user_object(r) {
            if let Some(result) = crate::object::set::inplace_op(op, l, r) {
                if result.is_ok() {
                    return result;
                }
                return self.binary_op(op, l, r);
            }
            if let Some(result) = crate::object::bytes::inplace_op(op, l, r) {
                return result;
            }
            return self.binary_op(op, l, r);
        }
        super::exec::inplace_op(op, l, r)
    }

    pub fn unary_op(&self, op: UnaryOp, v: &Value) -> PyResult {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truth(v)?));
        }
        if is_user_object(v) {
            let name = match op {
                UnaryOp::Neg => "__neg__",
                UnaryOp::Pos => "__pos__",
                _ => "__invert__",
            };
            if let Some(result) = self.call_special(v, name, vec![]) {
                return result;
            }
        }
        ops::unary_op(op, v)
    }

    /// `bool(v)`: `__bool__`, then `__len__`, then true.
    pub fn truth(&self, v: &Value) -> PyResult<bool> {
        if !is_user_object(v) {
            return Ok(v.truthy());
        }
        if let Some(result) = self.call_special(v, "__bool__", vec![]) {
            return match result? {
                Value::Bool(b) => Ok(b),
                other => Err(PyErr::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.type_name()
                ))),
            };
        }
        if self.special_method(v, "__len__").is_some() {
            return Ok(self.len(v)? > 0);
        }
        Ok(true)
    }

    /// Comparison operators, with the reflected method tried second and
    /// identity as the fallback for `==`/`!=` (`object.__eq__`): the truth
    /// of `rich_compare`'s answer.
    pub fn compare(&self, op: CmpOp, l: &Value, r: &Value) -> PyResult<bool> {
        match op {
            CmpOp::Is => Ok(l.is(r)),
            CmpOp::IsNot => Ok(!l.is(r)),
            CmpOp::In => self.contains(r, l),
            CmpOp::NotIn => Ok(!self.contains(r, l)?),
            _ if !is_user_object(l) && !is_user_object(r) => match op {
                CmpOp::Eq => self.equal(l, r),
                CmpOp::NotEq => Ok(!self.equal(l, r)?),
                _ => self.order(op, l, r),
            },
            _ => {
                let v = self.rich_compare(op, l, r)?;
                match v {
                    Value::Bool(b) => Ok(b),
                    _ => self.truth(&v),
                }
            }
        }
    }

    /// `l op r` as a value: a user comparison method's result is returned
    /// as it is (`__lt__` may answer with any object, as CPython's
    /// `PyObject_RichCompare` allows); `in`, `is` and builtin values give a
    /// bool.
    pub fn rich_compare(&self, op: CmpOp, l: &Value, r: &Value) -> PyResult {
        if matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
            || (!is_user_object(l) && !is_user_object(r))
        {
            return self.compare(op, l, r).map(Value::Bool);
        }
        let (name, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        let mut order = [(l, name, r), (r, reflected, l)];
        if reflected_compare_first(l, r) {
            order.swap(0, 1);
        } else if !is_user_object(l) {
            // A builtin left operand's own comparison comes before the
            // reflected method of a right one not of its type's subclass.
            if let Some((_, m)) = self.builtin_member(l, name) {
                let result = self.call_member(m, l, Args::positional(vec![r.clone()]))?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
        }
        for (obj, method, other) in order {
            if let Some(result) = self.call_special(obj, method, vec![other.clone()]) {
                let result = result?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
        }
        // Then a builtin operand's own comparison, which the user object's
        // may have declined: `3.0 == p` for `p` an instance of a subclass
        // of int is `float.__eq__`'s answer.
        for (obj, method, other) in order {
            if let Some((_, m)) = self.builtin_member(obj, method) {
                let result = self.call_member(m, obj, Args::positional(vec![other.clone()]))?;
                if !matches!(result, Value::NotImplemented) {
                    return Ok(result);
                }
            }
        }
        // `__ne__` defaults to the negation of `__eq__`.
        if op == CmpOp::NotEq {
            for (obj, other) in [(l, r), (r, l)] {
                if let Some(result) = self.call_special(obj, "__eq__", vec![other.clone()]) {
                    let result = result?;
                    if !matches!(result, Value::NotImplemented) {
                        return Ok(Value::Bool(!self.truth(&result)?));
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(l.is(r))),
            CmpOp::NotEq => Ok(Value::Bool(!l.is(r))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                l.type_of().tp_name(),
                r.type_of().tp_name()
            ))),
        }
    }

    /// `a == b`, comparing the items of containers with `__eq__` where they
    /// are user objects (CPython compares items by identity, then `==`).
    pub fn equal(&self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                if x.borrow().len() != y.borrow().len() {
                    return Ok(false);
                }
                Ok(self.first_difference(a, b)?.is_none())
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                Ok(x.len() == y.len() && self.first_difference(a, b)?.is_none())
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let _nesting = crate::object::recursion::enter(" in comparison")?;
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.iter() {
                    let found = y.get(k);
                    crate::object::userhash::take_error()?;
                    match found {
                        Some(w) if v.is(w) || self.equal(v, w)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                let eq = ops::eq(a, b);
                crate::object::userhash::take_error()?;
                Ok(eq)
            }
            _ if is_user_object(a) || is_user_object(b) => self.compare(CmpOp::Eq, a, b),
            _ => Ok(ops::eq(a, b)),
        }
    }

    /// `<`, `<=`, `>`, `>=` of two builtin values. Lists and tuples order
    /// by their first items that differ under `==`, compared with `op`
    /// (so user objects inside take part with their own methods), and
    /// otherwise by length (`list_richcompare`, `tuplerichcompare`).
    fn order(&self, op: CmpOp, l: &Value, r: &Value) -> PyResult<bool> {
        let lengths = match (l, r) {
            (Value::List(x), Value::List(y)) => (x.borrow().len(), y.borrow().len()),
            (Value::Tuple(x), Value::Tuple(y)) => (x.len(), y.len()),
            _ => return super::exec::compare(op, l, r),
        };
        match self.first_difference(l, r)? {
            Some((p, q)) => self.compare(op, &p, &q),
            None => {
                // The items compared may have changed the lists' lengths.
                let (m, n) = match (l, r) {
                    (Value::List(x), Value::List(y)) => (x.borrow().len(), y.borrow().len()),
                    _ => lengths,
                };
                Ok(match op {
                    CmpOp::Lt => m < n,
                    CmpOp::LtE => m <= n,
                    CmpOp::Gt => m > n,
                    _ => m >= n,
                })
            }
        }
    }

    /// The first pair of items at the same index of two lists or tuples
    /// that are not equal, if any. Items are read one index at a time, as
    /// CPython does, because a user `__eq__` may change a list meanwhile.
    fn first_difference(&self, l: &Value, r: &Value) -> PyResult<Option<(Value, Value)>> {
        let _nesting = crate::object::recursion::enter(" in comparison")?;
        let item = |seq: &Value, i: usize| match seq {
            Value::List(x) => x.borrow().get(i).cloned(),
            Value::Tuple(x) => x.get(i).cloned(),
            _ => None,
        };
        for i in 0.. {
            let (Some(p), Some(q)) = (item(l, i), item(r, i)) else {
                break;
            };
            if !(p.is(&q) || self.equal(&p, &q)?) {
                return Ok(Some((p, q)));
            }
        }
        Ok(None)
    }

    /// `repr(v)`, running `__repr__` of user objects wherever they are.
    pub fn repr(&self, v: &Value) -> PyResult<String> {
        repr::repr_with(v, &|x| {
            if !is_user_object(x) {
                return None;
            }
            Some(match self.call_special(x, "__repr__", vec![]) {
                Some(result) => result.and_then(|r| returned_str(r, "__repr__")),
                None => self.default_repr(x),
            })
        })
    }

    /// `str(v)`: `__str__`, falling back to `repr`.
    pub fn str(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            _ if is_user_object(v) => match self.call_special(v, "__str__", vec![]) {
                Some(result) => returned_str(result?, "__str__"),
                None => match v {
                    Value::Exception(e) if self.special_method(v, "__repr__").is_none() => {
                        self.exception_message(e)
                    }
                    _ => self.repr(v),
                },
            },
            Value::Exception(e) => self.exception_message(e),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => self.repr(v),
            // A plain value's str is its repr, which can still fail (an int
            // past `sys.set_int_max_str_digits`).
            _ => repr::repr_with(v, &|_| None),
        }
    }

    /// `BaseException.__str__`, running the arguments' own `__str__` and
    /// `__repr__`.
    pub fn exception_message(&self, e: &crate::object::PyException) -> PyResult<String> {
        e.message_with(&mut |v, quoted| if quoted { self.repr(v) } else { self.str(v) })
    }

    /// The report for an uncaught exception, with user `__str__` methods run
    /// for the messages.
    pub fn format_exception(&self, exc: &Rc<crate::object::PyException>) -> String {
        crate::traceback::format_exception_with(exc, &|e| {
            if matches!(e.cls, TypeRef::User(_)) {
                let v = Value::Exception(e.clone());
                if let Some(Ok(Value::Str(s))) = self.call_special(&v, "__str__", vec![]) {
                    return s.to_string();
                }
            }
            self.exception_message(e).unwrap_or_else(|_| e.message())
        })
    }

    pub fn len(&self, v: &Value) -> PyResult<usize> {
        if is_user_object(v) {
            if let Some(result) = self.call_special(v, "__len__", vec![]) {
                return match result? {
                    Value::Int(n) if n >= 0 => Ok(n as usize),
                    Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
                    other => Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        other.type_name()
                    ))),
                };
            }
        }
        crate::object::ops::length(v)
    }

    /// `operator.index(v)` (`PyNumber_Index`): an int as it is (an int
    /// subclass's own value, without calling its `__index__`), or what an
    /// object's `__index__` returns, which must be an int.
    pub fn number_index(&self, v: &Value) -> PyResult {
        let v = crate::object::class::payload(v).unwrap_or(v);
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => return Ok(v.clone()),
            _ if is_user_object(v) => {
                if let Some(result) = self.call_special(v, "__index__", vec![]) {
                    let r = result?;
                    return match crate::object::class::payload(&r).unwrap_or(&r) {
                        i @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Ok(i.clone()),
                        _ => Err(PyErr::type_error(format!(
                            "__index__ returned non-int (type {})",
                            r.type_name()
                        ))),
                    };
                }
            }
            _ => {}
        }
        Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        )))
    }

    pub fn get_item(&self, obj: &Value, index: &Value) -> PyResult {
        if is_user_object(obj) {
            if let Some(result) = self.call_special(obj, "__getitem__", vec![index.clone()]) {
                return result;
            }
        }
        // A sequence index that is an int subclass (an IntEnum member: its
        // int value) or an object with `__index__`.
        if is_user_object(index)
            && matches!(
                obj,
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
            )
        {
            if let Some(i @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) =
                crate::object::class::payload(index)
            {
                return subscript::get_item(obj, i);
            }
            if let Some(i) = self.call_special(index, "__index__", vec![]) {
                return subscript::get_item(obj, &i?);
            }
        }
        if let Value::Type(TypeRef::User(c)) = obj {
            if let Some(hook) = c.lookup("__class_getitem__") {
                return self.call_class_getitem(obj, hook, index);
            }
        }
        if let Some(s) = crate::object::slice::as_slice_args(index) {
            return subscript::get_slice(obj, &s);
        }
        subscript::get_item(obj, index)
    }

    /// `cls[index]` through the class's `__class_getitem__`, a class
    /// method whether or not it is declared one (`type.__getitem__`).
    fn call_class_getitem(&self, cls: &Value, hook: Value, index: &Value) -> PyResult {
        let func = match &hook {
            Value::Descriptor(d) => match &**d {
                crate::object::class::Descriptor::ClassMethod(f) => f.clone(),
                crate::object::class::Descriptor::StaticMethod(f) => {
                    return self.call(f, Args::positional(vec![index.clone()]))
                }
                _ => hook.clone(),
            },
            _ => hook.clone(),
        };
        self.call(&func, Args::positional(vec![cls.clone(), index.clone()]))
    }

    /// `obj[a:b:c]`: a user object's `__getitem__` gets a slice object.
    pub fn get_slice(&self, obj: &Value, s: &subscript::SliceArgs) -> PyResult {
        if is_user_object(obj) {
            let slice = crate::object::slice::from_args(s);
            if let Some(result) = self.call_special(obj, "__getitem__", vec![slice]) {
                return result;
            }
            return Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                obj.type_name()
            )));
        }
        subscript::get_slice(obj, s)
    }

    pub fn set_item(&self, obj: &Value, index: &Value, v: Value) -> PyResult<()> {
        if is_user_object(obj) {
            if let Some(result) =
                self.call_special(obj, "__setitem__", vec![index.clone(), v.clone()])
            {
                return result.map(|_| ());
            }
        }
        if let (Value::List(_), Some(s)) = (obj, crate::object::slice::as_slice_args(index)) {
            let items = self.collect(&v)?;
            return subscript::set_slice(obj, &s, items);
        }
        subscript::set_item(obj, index, v)
    }

    pub fn del_item(&self, obj: &Value, index: &Value) -> PyResult<()> {
        if is_user_object(obj) {
            if let Some(result) = self.call_special(obj, "__delitem__", vec![index.clone()]) {
                return result.map(|_| ());
            }
        }
        if let Some(s) = crate::object::slice::as_slice_args(index) {
            return subscript::del_slice(obj, &s);
        }
        subscript::del_item(obj, index)
    }

    /// `item in container`: `__contains__`, else iteration.
    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if is_user_object(container) {
            if let Some(result) = self.call_special(container, "__contains__", vec![item.clone()]) {
                return self.truth(&result?);
            }
            if self.special_method(container, "__iter__").is_none()
                && self.special_method(container, "__getitem__").is_none()
            {
                return Err(PyErr::type_error(format!(
                    "argument of type '{}' is not iterable",
                    container.type_name()
                )));
            }
            let it = self.iter(container)?;
            while let Some(x) = self.next(&it)? {
                if self.compare(CmpOp::Eq, &x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match container {
            // Read the list afresh at each step, as `list_contains` does: a
            // user `__eq__` may change it meanwhile.
            Value::List(l) => {
                let mut i = 0;
                loop {
                    // Its own statement: the borrow ends before `__eq__` runs.
                    let Some(x) = l.borrow().get(i).cloned() else {
                        break;
                    };
                    if x.is(item) || self.equal(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if x.is(item) || self.equal(x, item)? {
                        return Ok(true);
                    }
                }
            }
            _ => return subscript::contains(container, payload(item).unwrap_or(item)),
        }
        Ok(false)
    }

    /// `iter(v)`: `__iter__` of user objects, the builtin iterators otherwise.
    pub fn iter(&self, v: &Value) -> PyResult<Rc<RefCell<Iter>>> {
        if is_user_object(v) {
            if let Some(result) = self.call_special(v, "__iter__", vec![]) {
                let it = result?;
                if self.special_method(&it, "__next__").is_none()
                    && !matches!(it, Value::Iterator(_) | Value::Generator(_))
                {
                    return Err(PyErr::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        it.type_name()
                    )));
                }
                return match it {
                    Value::Iterator(inner) => Ok(inner),
                    Value::Generator(g) => Ok(Rc::new(RefCell::new(Iter::Generator(g)))),
                    other => Ok(Rc::new(RefCell::new(Iter::Python(other)))),
                };
            }
            if self.special_method(v, "__getitem__").is_some() {
                return Ok(Rc::new(RefCell::new(Iter::GetItem {
                    seq: v.clone(),
                    index: 0,
                })));
            }
            return Err(PyErr::type_error(format!(
                "'{}' object is not iterable",
                v.type_name()
            )));
        }
        get_iter(v)
    }

    /// The next item of an iterator, or `None` when it is exhausted.
    /// Builtin iterators step by themselves; the kinds that run Python code
    /// (generators, `__next__`, `__getitem__`) and the adapters that may wrap
    /// them (`enumerate`, `zip`) are stepped here.
    pub fn next(&self, it: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
        let step = match &mut *it.borrow_mut() {
            // `for i in range(n)`, the commonest loop, steps right here.
            Iter::Range { next, stop, step } => {
                return Ok(crate::object::iter::range_step(next, *stop, *step).map(Value::Int));
            }
            Iter::Generator(g) => Stepper::Generator(g.clone()),
            Iter::Python(obj) => Stepper::Python(obj.clone()),
            Iter::GetItem { seq, index } => {
                *index += 1;
                Stepper::GetItem(seq.clone(), *index - 1)
            }
            // `reversed()` of a user sequence (`__len__` and `__getitem__`)
            // asks for each item only when it is reached, as CPython does.
            Iter::Reversed {
                seq: seq @ Value::Instance(_),
                index,
            } => match index.checked_sub(1) {
                Some(i) => {
                    *index = i;
                    Stepper::GetItem(seq.clone(), i)
                }
                None => Stepper::Done,
            },
            Iter::Enumerate { inner, .. } => Stepper::Enumerate(inner.clone()),
            Iter::Zip { inners, strict } => Stepper::Zip(inners.clone(), *strict),
            Iter::Map { func, inners } => Stepper::Map(func.clone(), inners.clone()),
            Iter::Filter { func, inner } => Stepper::Filter(func.clone(), inner.clone()),
            live @ (Iter::DictKeys { .. } | Iter::Set { .. }) => {
                crate::object::iter::check_size(live)?;
                return Ok(live.next());
            }
            pure => return Ok(pure.next()),
        };
        // A sequence iterator drops its sequence at the end (so do
        // generators, by themselves); a user `__next__` and the adapters
        // over other iterators ask again each time, as CPython's do.
        let ends_for_good = matches!(
            step,
            Stepper::Generator(_) | Stepper::GetItem(..) | Stepper::Done
        );
        let item = match step {
            Stepper::Generator(g) => {
                self.generator_resume(&g, super::coroutine::Transfer::Send(Value::None))?
            }
            Stepper::Python(obj) => stop_to_none(
                self.call_special(&obj, "__next__", vec![])
                    .unwrap_or_else(|| {
                        Err(PyErr::type_error(format!(
                            "'{}' object is not an iterator",
                            obj.type_name()
                        )))
                    }),
            )?,
            Stepper::GetItem(seq, i) => match self.get_item(&seq, &Value::Int(i as i64)) {
                Ok(v) => Some(v),
                Err(e)
                    if e.is_instance(&types::INDEX_ERROR)
                        || e.is_instance(&types::STOP_ITERATION) =>
                {
                    None
                }
                Err(e) => return Err(e),
            },
            // The count moves only when the inner iterator gave an item.
            Stepper::Enumerate(inner) => match self.next(&inner)? {
                Some(v) => {
                    let n = match &mut *it.borrow_mut() {
                        Iter::Enumerate { count, .. } => crate::object::iter::count_up(count),
                        _ => Value::Int(0),
                    };
                    Some(Value::tuple(vec![n, v]))
                }
                None => None,
            },
            Stepper::Map(func, inners) => {
                let mut args = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.next(inner)? {
                        Some(v) => args.push(v),
                        None => break,
                    }
                }
                if args.len() == inners.len() {
                    Some(self.call(&func, Args::positional(args))?)
                } else {
                    None
                }
            }
            Stepper::Filter(func, inner) => loop {
                let Some(v) = self.next(&inner)? else {
                    break None;
                };
                let keep = if func.is_none() {
                    self.truth(&v)?
                } else {
                    let r = self.call(&func, Args::positional(vec![v.clone()]))?;
                    self.truth(&r)?
                };
                if keep {
                    break Some(v);
                }
            },
            Stepper::Zip(inners, strict) => {
                let mut items = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.next(inner)? {
                        Some(v) => items.push(v),
                        None => break,
                    }
                }
                if items.len() == inners.len() && !items.is_empty() {
                    Some(Value::tuple(items))
                } else {
                    if strict {
                        self.zip_check_lengths(&inners, items.len())?;
                    }
                    None
                }
            }
            Stepper::Done => None,
        };
        if item.is_none() && ends_for_good {
            *it.borrow_mut() = Iter::Exhausted;
        }
        Ok(item)
    }

    /// `zip(..., strict=True)` found argument `ended` (0-based) exhausted:
    /// every other argument must be exhausted too (`zip_next` in CPython's
    /// `Python/bltinmodule.c` words the two mismatches).
    fn zip_check_lengths(&self, inners: &[Rc<RefCell<Iter>>], ended: usize) -> PyResult<()> {
        let earlier = |i: usize| {
            if i == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{i}")
            }
        };
        if ended > 0 {
            return Err(PyErr::value_error(format!(
                "zip() argument {} is shorter than {}",
                ended + 1,
                earlier(ended)
            )));
        }
        for (i, inner) in inners.iter().enumerate().skip(1) {
            if self.next(inner)?.is_some() {
                return Err(PyErr::value_error(format!(
                    "zip() argument {} is longer than {}",
                    i + 1,
                    earlier(i)
                )));
            }
        }
        Ok(())
    }

    /// Collects any iterable, user iterators included.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                Ok(out)
            }
        }
    }
}

/// How `Vm::next` steps an iterator that may run Python code.
enum Stepper {
    Generator(Rc<super::coroutine::Coroutine>),
    Python(Value),
    GetItem(Value, usize),
    Enumerate(Rc<RefCell<Iter>>),
    Zip(Vec<Rc<RefCell<Iter>>>, bool),
    Map(Value, Vec<Rc<RefCell<Iter>>>),
    Filter(Value, Rc<RefCell<Iter>>),
    Done,
}

/// `__next__`'s StopIteration ends the iteration.
fn stop_to_none(result: PyResult) -> PyResult<Option<Value>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(&types::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}

/// What `__str__`/`__repr__` returned, which must be a str; an instance of
/// a str subclass is one (`PyUnicode_Check`).
fn returned_str(r: Value, method: &str) -> PyResult<String> {
    match crate::object::class::payload(&r).unwrap_or(&r) {
        Value::Str(s) => Ok(s.to_string()),
        _ => Err(PyErr::type_error(format!(
            "{method} returned non-string (type {})",
            r.type_name()
        ))),
    }
}
