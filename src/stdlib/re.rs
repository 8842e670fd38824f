//! The matching engine under the `re` module (`py/re.py`).
//!
//! `re.py` parses Python's regular expression syntax itself (so that errors
//! carry CPython's messages and positions) and translates a pattern into the
//! syntax of the `fancy-regex` crate, whose backtracking VM has the features
//! Python's `sre` has and the `regex` crate lacks (backreferences,
//! lookaround, atomic groups, conditionals). This file compiles such a
//! translation and runs it, reporting group spans in Python's units:
//! character indices for `str`, byte indices for `bytes`.

use std::any::Any;
use std::cell::OnceCell;
use std::rc::Rc;

use fancy_regex::{BytesMode, Regex, RegexBuilder, RegexInput};

use crate::interp::Vm;
use crate::object::native::NativeObject;
use crate::object::types::{self, TypeObject, TypeRef, TypeSpec};
use crate::object::{Args, PyErr, PyResult, Value};

/// How many backtracking steps one search may take before it gives up with
/// an exception rather than run for (practically) ever.
const BACKTRACK_LIMIT: usize = 10_000_000;

/// A compiled translation. The variants used by `fullmatch` and by the scan
/// after an empty match are compiled when first needed.
pub struct Engine {
    source: String,
    bytes: bool,
    plain: Regex,
    full: OnceCell<Option<Regex>>,
    not_empty: OnceCell<Option<Regex>>,
}

pub static ENGINE: TypeObject = TypeObject::new("_Engine", "re", None, SPEC);

const SPEC: TypeSpec = TypeSpec {
    doc: "A compiled regular expression, as the matching engine runs it.",
    members: &[],
};

impl NativeObject for Engine {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&ENGINE)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn build(source: &str, bytes: bool, not_empty: bool) -> Result<Regex, String> {
    let mut b = RegexBuilder::new(source);
    b.backtrack_limit(BACKTRACK_LIMIT);
    if bytes {
        b.bytes_mode(BytesMode::Ascii);
    }
    if not_empty {
        b.find_not_empty(true);
    }
    b.build().map_err(|e| e.to_string())
}

impl Engine {
    fn full(&self) -> Option<&Regex> {
        self.full
            .get_or_init(|| build(&format!("(?:{})\\z", self.source), self.bytes, false).ok())
            .as_ref()
    }

    fn not_empty(&self) -> Option<&Regex> {
        self.not_empty
            .get_or_init(|| build(&self.source, self.bytes, true).ok())
            .as_ref()
    }
}

/// `_compile(translated, is_bytes)`: the engine for a translated pattern; a
/// ValueError with the engine's message when it rejects the translation.
pub fn compile(_vm: &Vm, args: Args) -> PyResult {
    let (source, bytes) = match args.positional.as_slice() {
        [Value::Str(s), Value::Bool(b)] => (s.to_string(), *b),
        _ => return Err(PyErr::type_error("_compile(str, bool)")),
    };
    let plain = build(&source, bytes, false).map_err(PyErr::value_error)?;
    Ok(Value::Object(Rc::new(Engine {
        source,
        bytes,
        plain,
        full: OnceCell::new(),
        not_empty: OnceCell::new(),
    })))
}

/// The byte span of each group of a match; None for a group that did not
/// take part.
type Spans = Vec<Option<(usize, usize)>>;

/// The subject string of a search, with the maps between Python's indices
/// and the engine's byte offsets.
enum Subject<'a> {
    Text {
        text: &'a str,
        /// Byte offset of each character index (and of the end), unless the
        /// text is ASCII, where they are the same.
        offsets: Option<Vec<usize>>,
    },
    Bytes(&'a [u8]),
}

impl<'a> Subject<'a> {
    fn new(value: &'a Value) -> Result<Subject<'a>, Box<PyErr>> {
        match value {
            Value::Str(s) => Ok(Subject::Text {
                text: s,
                offsets: (!s.is_ascii()).then(|| {
                    s.char_indices()
                        .map(|(i, _)| i)
                        .chain(std::iter::once(s.len()))
                        .collect()
                }),
            }),
            Value::Bytes(b) => Ok(Subject::Bytes(b)),
            _ => Err(PyErr::type_error("expected string or bytes-like object")),
        }
    }

    fn to_offset(&self, index: usize) -> usize {
        match self {
            Subject::Text {
                offsets: Some(o), ..
            } => o[index.min(o.len() - 1)],
            Subject::Text { text, .. } => index.min(text.len()),
            Subject::Bytes(b) => index.min(b.len()),
        }
    }

    fn to_index(&self, offset: usize) -> usize {
        match self {
            Subject::Text {
                offsets: Some(o), ..
            } => o.binary_search(&offset).unwrap_or_else(|i| i),
            _ => offset,
        }
    }

    /// The next position after `offset` (one character on).
    fn step(&self, offset: usize) -> usize {
        match self {
            Subject::Text { text, .. } => {
                offset + text[offset..].chars().next().map_or(1, char::len_utf8)
            }
            Subject::Bytes(_) => offset + 1,
        }
    }

    /// The spans of the groups of the first match of `re` in `[pos, end)`
    /// (the subject cut at `end`), as byte offsets, or None.
    fn run(&self, re: &Regex, pos: usize, end: usize, anchored: bool) -> PyResult<Option<Spans>> {
        let spans = |groups: usize, get: &dyn Fn(usize) -> Option<(usize, usize)>| {
            (0..groups).map(get).collect::<Vec<_>>()
        };
        let result = match self {
            Subject::Text { text, .. } => {
                let hay = &text[..end];
                let input = RegexInput::new(hay).from_pos(pos).anchored(anchored);
                re.captures_input(input)
                    .map(|c| c.map(|c| spans(c.len(), &|i| c.get(i).map(|m| (m.start(), m.end())))))
            }
            Subject::Bytes(b) => {
                let hay = &b[..end];
                let input = RegexInput::new(hay).from_pos(pos).anchored(anchored);
                re.captures_input(input)
                    .map(|c| c.map(|c| spans(c.len(), &|i| c.get(i).map(|m| (m.start(), m.end())))))
            }
        };
        result.map_err(|e| {
            PyErr::new(
                &types::RUNTIME_ERROR,
                format!("regular expression could not be matched: {e}"),
            )
        })
    }

    /// The spans as a flat tuple of Python indices (-1 for a group that
    /// did not take part).
    fn spans_value(&self, spans: &[Option<(usize, usize)>]) -> Value {
        let mut out = Vec::with_capacity(spans.len() * 2);
        for s in spans {
            match s {
                Some((a, b)) => {
                    out.push(Value::Int(self.to_index(*a) as i64));
                    out.push(Value::Int(self.to_index(*b) as i64));
                }
                None => {
                    out.push(Value::Int(-1));
                    out.push(Value::Int(-1));
                }
            }
        }
        Value::tuple(out)
    }
}

fn engine_of(v: &Value) -> PyResult<&Engine> {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Engine>()
            .ok_or_else(|| PyErr::type_error("expected a compiled pattern")),
        _ => Err(PyErr::type_error("expected a compiled pattern")),
    }
}

fn index_arg(v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        _ => Err(PyErr::type_error("expected a non-negative index")),
    }
}

/// `_search(engine, string, pos, endpos, mode)`: mode 0 searches, 1 matches
/// at `pos`, 2 matches all of `[pos, endpos)`. The flat spans, or None.
pub fn search(_vm: &Vm, args: Args) -> PyResult {
    let [engine, string, pos, endpos, mode] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_search() takes 5 arguments"));
    };
    let engine = engine_of(engine)?;
    let subject = Subject::new(string)?;
    let (pos, end) = (
        subject.to_offset(index_arg(pos)?),
        subject.to_offset(index_arg(endpos)?),
    );
    let mode = index_arg(mode)?;
    let re = if mode == 2 {
        engine.full()
    } else {
        Some(&engine.plain)
    };
    let Some(re) = re else {
        return Ok(Value::None);
    };
    Ok(match subject.run(re, pos, end, mode != 0)? {
        Some(spans) => subject.spans_value(&spans),
        None => Value::None,
    })
}

/// `_scan(engine, string, pos, endpos, limit)`: the spans of successive
/// matches, as `finditer`, `sub` and `split` see them (at most `limit`
/// when it is not 0). As in CPython 3.7+ (`_sre`'s `must_advance`), a match
/// may follow an empty match directly, but not be empty at the same place.
pub fn scan(_vm: &Vm, args: Args) -> PyResult {
    let [engine, string, pos, endpos, limit] = args.positional.as_slice() else {
        return Err(PyErr::type_error("_scan() takes 5 arguments"));
    };
    let engine = engine_of(engine)?;
    let subject = Subject::new(string)?;
    let (mut pos, end) = (
        subject.to_offset(index_arg(pos)?),
        subject.to_offset(index_arg(endpos)?),
    );
    let limit = index_arg(limit)?;
    let mut found = Vec::new();
    let mut must_advance = false;
    while pos <= end && (limit == 0 || found.len() < limit) {
        let spans = if must_advance {
            let nonempty = match engine.not_empty() {
                Some(re) => subject.run(re, pos, end, true)?,
                None => None,
            };
            match nonempty {
                Some(s) => Some(s),
                None if pos < end => subject.run(&engine.plain, subject.step(pos), end, false)?,
                None => None,
            }
        } else {
            subject.run(&engine.plain, pos, end, false)?
        };
        let Some(spans) = spans else { break };
        let (start, stop) = spans[0].unwrap_or((pos, pos));
        found.push(subject.spans_value(&spans));
        must_advance = start == stop;
        pos = stop;
    }
    Ok(Value::list(found))
}

/// `_mappingproxy(dict)`: a read-only view of `dict`, as
/// `Pattern.groupindex` is in CPython.
fn mappingproxy(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Dict(d)] => Ok(crate::object::mappingproxy::new(d)),
        _ => Err(PyErr::type_error("_mappingproxy() takes a dict")),
    }
}

/// `_generic_alias(cls, item)`: `cls[item]` as a `types.GenericAlias`, for
/// `re.Pattern[str]` in annotations.
fn generic_alias(_vm: &Vm, args: Args) -> PyResult {
    match args.positional.as_slice() {
        [Value::Type(t), item] => Ok(crate::object::generic_alias::alias(t, item)),
        _ => Err(PyErr::type_error(
            "_generic_alias() takes a class and an item",
        )),
    }
}

/// The `re` module: `py/re.py` over the engine's three functions.
pub fn make_module(vm: &Vm) -> Rc<crate::object::Globals> {
    super::exec_module_source(
        vm,
        "re",
        include_str!("py/re.py"),
        vec![
            super::native("re", "_compile", compile),
            super::native("re", "_search", search),
            super::native("re", "_scan", scan),
            super::native("re", "_mappingproxy", mappingproxy),
            super::native("re", "_generic_alias", generic_alias),
        ],
    )
}
