//! Structural pattern matching (PEP 634): trying a `case` pattern against
//! the subject of a `match` statement.
//!
//! Matching never suspends: value patterns, class names and mapping keys are
//! dotted names or literals, evaluated on the plain path. Captures are
//! collected while matching and stored only once the whole pattern has
//! matched, as CPython does, so a failed case binds nothing.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Frame, Vm};
use crate::object::exception::Locate;
use crate::object::types::{self, TypeObject, TypeRef};
use crate::object::{DictKey, PyErr, PyResult, Value};
use crate::syntax::ast::*;

/// The captures of a pattern being matched, in the order they bind.
pub type Captures<'p> = Vec<(&'p Name, Value)>;

/// Builtin types whose class pattern takes the subject itself as its one
/// positional sub-pattern (CPython's `_Py_TPFLAGS_MATCH_SELF`).
static MATCH_SELF: &[&TypeObject] = &[
    &types::BOOL,
    &types::BYTEARRAY,
    &types::BYTES,
    &types::DICT,
    &types::FLOAT,
    &types::FROZENSET,
    &types::INT,
    &types::LIST,
    &types::SET,
    &types::STR,
    &types::TUPLE,
];

impl Vm {
    /// Tries the case's pattern; on a match, stores its captures.
    pub fn match_case(&self, f: &mut Frame, case: &MatchCase, subject: &Value) -> PyResult<bool> {
        let mut caps = Vec::new();
        if !self.match_pattern(f, &case.pattern, subject, &mut caps)? {
            return Ok(false);
        }
        for (name, v) in caps {
            self.store(f, name.scope, &name.id, v)?;
        }
        Ok(true)
    }

    /// Does `subject` match `p`? Pushes captures to `caps` (the caller
    /// drops them on failure).
    pub fn match_pattern<'p>(
        &self,
        f: &mut Frame,
        p: &'p Pattern,
        subject: &Value,
        caps: &mut Captures<'p>,
    ) -> PyResult<bool> {
        match &p.kind {
            PatternKind::Value(e) => {
                let v = self.eval(f, e)?;
                self.equal(subject, &v).at(p.span)
            }
            PatternKind::Singleton(c) => Ok(subject.is(&super::exec::constant(c))),
            PatternKind::As { pattern, name } => {
                if let Some(q) = pattern {
                    if !self.match_pattern(f, q, subject, caps)? {
                        return Ok(false);
                    }
                }
                if let Some(n) = name {
                    caps.push((n, subject.clone()));
                }
                Ok(true)
            }
            PatternKind::Or(alts) => {
                for alt in alts {
                    let mark = caps.len();
                    if self.match_pattern(f, alt, subject, caps)? {
                        return Ok(true);
                    }
                    caps.truncate(mark);
                }
                Ok(false)
            }
            PatternKind::Star(_) => Err(PyErr::runtime_error("star pattern outside a sequence")),
            PatternKind::Sequence(items) => self.match_sequence(f, items, subject, caps),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.match_mapping(f, keys, patterns, rest, subject, caps),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self
                .match_class(f, cls, patterns, kwd_attrs, kwd_patterns, subject, caps)
                .at(p.span),
        }
    }

    fn match_sequence<'p>(
        &self,
        f: &mut Frame,
        items: &'p [Pattern],
        subject: &Value,
        caps: &mut Captures<'p>,
    ) -> PyResult<bool> {
        // Sequences are lists, tuples and ranges (and their subclasses);
        // never str, bytes or dict.
        let subject = crate::object::class::payload(subject).unwrap_or(subject);
        let values: Vec<Value> = match subject {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            Value::Range(_) => self.collect(subject)?,
            _ => return Ok(false),
        };
        let star = items
            .iter()
            .position(|q| matches!(q.kind, PatternKind::Star(_)));
        let n = items.len();
        match star {
            None => {
                if values.len() != n {
                    return Ok(false);
                }
                for (q, v) in items.iter().zip(&values) {
                    if !self.match_pattern(f, q, v, caps)? {
                        return Ok(false);
                    }
                }
            }
            Some(s) => {
                if values.len() < n - 1 {
                    return Ok(false);
                }
                let after = n - 1 - s;
                let tail_start = values.len() - after;
                for (q, v) in items[..s].iter().zip(&values[..s]) {
                    if !self.match_pattern(f, q, v, caps)? {
                        return Ok(false);
                    }
                }
                if let PatternKind::Star(Some(name)) = &items[s].kind {
                    caps.push((name, Value::list(values[s..tail_start].to_vec())));
                }
                for (q, v) in items[s + 1..].iter().zip(&values[tail_start..]) {
                    if !self.match_pattern(f, q, v, caps)? {
                        return Ok(false);
                    }
                }
            }
        }
        Ok(true)
    }

    fn match_mapping<'p>(
        &self,
        f: &mut Frame,
        keys: &'p [Expr],
        patterns: &'p [Pattern],
        rest: &'p Option<Name>,
        subject: &Value,
        caps: &mut Captures<'p>,
    ) -> PyResult<bool> {
        let Value::Dict(d) = crate::object::class::payload(subject).unwrap_or(subject) else {
            return Ok(false);
        };
        if d.borrow().len() < keys.len() {
            return Ok(false);
        }
        let mut found = Vec::with_capacity(keys.len());
        let mut key_values = Vec::with_capacity(keys.len());
        for k in keys {
            let kv = self.eval(f, k)?;
            let key = DictKey::new(kv).at(k.span)?;
            let v = d.borrow().get(&key).cloned();
            crate::object::userhash::take_error().at(k.span)?;
            match v {
                Some(v) => found.push(v),
                None => return Ok(false),
            }
            key_values.push(key);
        }
        for (q, v) in patterns.iter().zip(&found) {
            if !self.match_pattern(f, q, v, caps)? {
                return Ok(false);
            }
        }
        if let Some(name) = rest {
            let mut copy = d.borrow().clone();
            for k in &key_values {
                copy.shift_remove(k);
            }
            caps.push((name, Value::Dict(Rc::new(RefCell::new(copy)))));
        }
        Ok(true)
    }

    #[allow(clippy::too_many_arguments)]
    fn match_class<'p>(
        &self,
        f: &mut Frame,
        cls: &Expr,
        patterns: &'p [Pattern],
        kwd_attrs: &[Ident],
        kwd_patterns: &'p [Pattern],
        subject: &Value,
        caps: &mut Captures<'p>,
    ) -> PyResult<bool> {
        let cls_value = self.eval(f, cls)?;
        let Value::Type(t) = &cls_value else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        if !subject.type_of().is_subclass(t) {
            return Ok(false);
        }
        let mut seen: Vec<Rc<str>> = Vec::new();
        let mut attrs: Vec<Value> = Vec::with_capacity(patterns.len() + kwd_patterns.len());
        if !patterns.is_empty() {
            let match_args = match t {
                TypeRef::User(_) => match self.get_attr(&cls_value, "__match_args__") {
                    Ok(v) => Some(v),
                    Err(e) if e.is_instance(&types::ATTRIBUTE_ERROR) => None,
                    Err(e) => return Err(e),
                },
                TypeRef::Builtin(_) => None,
            };
            let (names, match_self) = match match_args {
                Some(Value::Tuple(items)) => (items.to_vec(), false),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        t.name(),
                        other.type_name()
                    )))
                }
                None => {
                    let base = t.builtin_base();
                    (
                        Vec::new(),
                        MATCH_SELF.iter().any(|m| std::ptr::eq(*m, base)),
                    )
                }
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < patterns.len() {
                return Err(PyErr::type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    t.name(),
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    patterns.len()
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &names[..patterns.len()] {
                    let Value::Str(name) = name else {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.type_name()
                        )));
                    };
                    match self.match_class_attr(subject, t, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(false),
                    }
                }
            }
        }
        for a in kwd_attrs {
            match self.match_class_attr(subject, t, &a.name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        for (q, v) in patterns.iter().chain(kwd_patterns).zip(&attrs) {
            if !self.match_pattern(f, q, v, caps)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The attribute a class sub-pattern matches; `None` (no match) when the
    /// subject lacks it.
    fn match_class_attr(
        &self,
        subject: &Value,
        t: &TypeRef,
        name: &Rc<str>,
        seen: &mut Vec<Rc<str>>,
    ) -> PyResult<Option<Value>> {
        if seen.contains(name) {
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                t.name(),
                name
            )));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&types::ATTRIBUTE_ERROR) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
