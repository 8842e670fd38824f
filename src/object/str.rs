//! `str`: immutable text, indexed by code point (`Objects/unicodeobject.c`).
//!
//! The type's table: every method and slot wrapper `str` defines in
//! CPython 3.11, each a function here. Methods receive the text itself (the
//! payload of an instance of a subclass); slot wrappers receive the object
//! as called, since `__format__`, `__sizeof__` and the errors of a few
//! wrappers depend on it. The text algorithms themselves are pure
//! functions in `methods.rs`.

use std::rc::Rc;

use super::methods::{
    self, as_index, count, expandtabs, find, first, first_or_none, pad, parse_args, partition,
    replace, rsplit_sep, rsplit_whitespace, slice_bound, split_sep, split_whitespace, splitlines,
    strip, tailmatch, zfill, Sig,
};
use super::slots::{self, plain};
use super::types::{self, Member, TypeSpec, STR};
use super::{Args, PyErr, PyResult, Value};
use crate::interp::Vm;
use crate::slot;
use crate::syntax::ast::BinOp;

pub const SPEC: TypeSpec = TypeSpec {
    doc: "Text: an immutable sequence of Unicode code points.\n\n\
          str(object) is the object's readable text (its __str__, else its repr);\n\
          str(bytes, encoding, errors) decodes the bytes.",
    members: &[METHODS, PREDICATES, slots::RICH_COMPARE, SLOTS],
};

const METHODS: &[Member] = &[
    Member::method(
        "capitalize",
        capitalize,
        "A copy with the first character in title case and the rest in lower case.",
    ),
    Member::method(
        "casefold",
        casefold,
        "A copy folded for caseless comparison.",
    ),
    Member::method(
        "center",
        center,
        "The text centred in a field of the given width.",
    ),
    Member::method(
        "count",
        count_,
        "How many non-overlapping times the substring occurs within start and end.",
    ),
    Member::method(
        "encode",
        encode,
        "The text encoded to bytes with the codec named by encoding.",
    ),
    Member::method(
        "endswith",
        endswith,
        "Whether the text (within start and end) ends with the suffix or a tuple's.",
    ),
    Member::method(
        "expandtabs",
        expandtabs_,
        "A copy with each tab replaced by spaces up to the next multiple of tabsize.",
    ),
    Member::method(
        "find",
        find_,
        "The lowest index of the substring within start and end, or -1.",
    ),
    Member::method(
        "format",
        format,
        "The text with its {} fields replaced by the arguments.",
    ),
    Member::method(
        "format_map",
        format_map,
        "The text with its {name} fields looked up in the mapping.",
    ),
    Member::method(
        "index",
        index,
        "Like find, but ValueError when the substring is absent.",
    ),
    Member::method(
        "join",
        join,
        "The strings of the iterable, with this text between each two.",
    ),
    Member::method(
        "ljust",
        ljust,
        "The text at the left of a field of the given width.",
    ),
    Member::method("lower", lower, "A copy in lower case."),
    Member::method(
        "lstrip",
        lstrip,
        "A copy without the leading whitespace (or characters of chars).",
    ),
    Member::static_method(
        "maketrans",
        maketrans,
        "A table for translate: from a dict, or from two strings and one to delete.",
    ),
    Member::method(
        "partition",
        partition_,
        "(before, sep, after) around the first occurrence of sep.",
    ),
    Member::method(
        "removeprefix",
        removeprefix,
        "A copy without the prefix, if the text starts with it.",
    ),
    Member::method(
        "removesuffix",
        removesuffix,
        "A copy without the suffix, if the text ends with it.",
    ),
    Member::method(
        "replace",
        replace_,
        "A copy with occurrences of old replaced by new (the first count only, if given).",
    ),
    Member::method(
        "rfind",
        rfind,
        "The highest index of the substring within start and end, or -1.",
    ),
    Member::method(
        "rindex",
        rindex,
        "Like rfind, but ValueError when the substring is absent.",
    ),
    Member::method(
        "rjust",
        rjust,
        "The text at the right of a field of the given width.",
    ),
    Member::method(
        "rpartition",
        rpartition,
        "(before, sep, after) around the last occurrence of sep.",
    ),
    Member::method(
        "rsplit",
        rsplit,
        "The words of the text, split from the right at sep (whitespace by default).",
    ),
    Member::method(
        "rstrip",
        rstrip,
        "A copy without the trailing whitespace (or characters of chars).",
    ),
    Member::method(
        "split",
        split,
        "The words of the text, split at sep (whitespace by default).",
    ),
    Member::method(
        "splitlines",
        splitlines_,
        "The lines of the text, with their line breaks if keepends.",
    ),
    Member::method(
        "startswith",
        startswith,
        "Whether the text (within start and end) starts with the prefix or a tuple's.",
    ),
    Member::method(
        "strip",
        strip_,
        "A copy without the leading and trailing whitespace (or characters of chars).",
    ),
    Member::method(
        "swapcase",
        swapcase,
        "A copy with upper case made lower and lower case made upper.",
    ),
    Member::method("title", title, "A copy with each word capitalized."),
    Member::method(
        "translate",
        translate,
        "A copy with each character mapped through the table (None deletes it).",
    ),
    Member::method("upper", upper, "A copy in upper case."),
    Member::method(
        "zfill",
        zfill_,
        "The text padded on the left with zeros to the width, after any sign.",
    ),
];

const PREDICATES: &[Member] = &[
    Member::method(
        "isalnum",
        isalnum,
        "Whether the text is non-empty and all letters or digits.",
    ),
    Member::method(
        "isalpha",
        isalpha,
        "Whether the text is non-empty and all letters.",
    ),
    Member::method(
        "isascii",
        isascii,
        "Whether every character is ASCII (true for the empty text).",
    ),
    Member::method(
        "isdecimal",
        isdecimal,
        "Whether the text is non-empty and all decimal digits.",
    ),
    Member::method(
        "isdigit",
        isdigit,
        "Whether the text is non-empty and all digits.",
    ),
    Member::method(
        "isidentifier",
        isidentifier,
        "Whether the text is a valid identifier.",
    ),
    Member::method(
        "islower",
        islower,
        "Whether the text has cased characters, all in lower case.",
    ),
    Member::method(
        "isnumeric",
        isnumeric,
        "Whether the text is non-empty and all numeric characters.",
    ),
    Member::method(
        "isprintable",
        isprintable,
        "Whether every character is printable (true for the empty text).",
    ),
    Member::method(
        "isspace",
        isspace,
        "Whether the text is non-empty and all whitespace.",
    ),
    Member::method(
        "istitle",
        istitle,
        "Whether the text is in title case: upper case only at the start of words.",
    ),
    Member::method(
        "isupper",
        isupper,
        "Whether the text has cased characters, all in upper case.",
    ),
];

const SLOTS: &[Member] = &[
    slot!("__add__" add),
    slot!("__contains__" contains),
    slot!("__format__" format_slot),
    slot!("__getattribute__" getattribute),
    slot!("__getitem__" getitem),
    slot!("__getnewargs__" getnewargs),
    slot!("__hash__" hash),
    slot!("__iter__" iter),
    slot!("__len__" len),
    slot!("__mod__" mod_),
    slot!("__mul__" mul),
    slot!("__repr__" repr),
    slot!("__rmod__" rmod),
    slot!("__rmul__" mul),
    slot!("__sizeof__" sizeof),
    slot!("__str__" str_),
    slot!(new STR),
];

/// The text of a str, or of the payload of an instance of a subclass.
fn text(v: &Value) -> &Rc<str> {
    match plain(v) {
        Value::Str(s) => s,
        _ => unreachable!("a str method is only called on a str"),
    }
}

fn new_text(s: &str) -> PyResult {
    Ok(Value::str(s))
}

// ---------------------------------------------------------------------------
// Case conversions

fn no_args(name: &str, args: Args) -> PyResult<()> {
    parse_args("str", name, Sig::NoArgs, args).map(drop)
}

fn upper(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    no_args("upper", args)?;
    new_text(&methods::upper(text(s)))
}

fn lower(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    no_args("lower", args)?;
    new_text(&methods::lower(text(s)))
}

fn title(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    no_args("title", args)?;
    new_text(&methods::title(text(s)))
}

fn capitalize(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    no_args("capitalize", args)?;
    new_text(&methods::capitalize(text(s)))
}

fn swapcase(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    no_args("swapcase", args)?;
    new_text(&methods::swapcase(text(s)))
}

fn casefold(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    no_args("casefold", args)?;
    new_text(&methods::casefold(text(s)))
}

// ---------------------------------------------------------------------------
// Predicates

/// A predicate answered by the text algorithms in `methods.rs`.
fn predicate(s: &Value, name: &str, args: Args, test: fn(&str) -> bool) -> PyResult {
    no_args(name, args)?;
    Ok(Value::Bool(test(text(s))))
}

fn isalnum(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isalnum", args, methods::str_isalnum)
}

fn isalpha(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isalpha", args, methods::str_isalpha)
}

fn isdecimal(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isdecimal", args, methods::str_isdecimal)
}

fn isdigit(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isdigit", args, methods::str_isdigit)
}

fn isidentifier(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isidentifier", args, methods::is_identifier)
}

fn islower(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "islower", args, methods::str_islower)
}

fn isnumeric(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isnumeric", args, methods::str_isnumeric)
}

fn isspace(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isspace", args, methods::str_isspace)
}

fn isupper(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isupper", args, methods::str_isupper)
}

fn isascii(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isascii", args, str::is_ascii)
}

fn isprintable(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "isprintable", args, methods::is_printable)
}

/// Title case: a cased character that begins a word is upper or title
/// case, any other cased character lower case; and there is at least one.
fn istitle(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    predicate(s, "istitle", args, methods::is_title)
}

// ---------------------------------------------------------------------------
// Searching, splitting, padding

fn join(vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_join(vm, text(s), args)
}

fn split(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_split(text(s), "split", args)
}

fn rsplit(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_split(text(s), "rsplit", args)
}

fn strip_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_strip(text(s), "strip", args)
}

fn lstrip(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_strip(text(s), "lstrip", args)
}

fn rstrip(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_strip(text(s), "rstrip", args)
}

fn replace_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_replace(text(s), args)
}

fn find_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_search(text(s), "find", args)
}

fn rfind(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_search(text(s), "rfind", args)
}

fn index(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_search(text(s), "index", args)
}

fn rindex(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_search(text(s), "rindex", args)
}

fn count_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_search(text(s), "count", args)
}

fn startswith(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_tailmatch(text(s), "startswith", args)
}

fn endswith(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_tailmatch(text(s), "endswith", args)
}

fn zfill_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_pad(text(s), "zfill", args)
}

fn ljust(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_pad(text(s), "ljust", args)
}

fn rjust(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_pad(text(s), "rjust", args)
}

fn center(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_pad(text(s), "center", args)
}

fn partition_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_partition(text(s), "partition", args)
}

fn rpartition(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    str_partition(text(s), "rpartition", args)
}

fn splitlines_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    let a = parse_args("str", "splitlines", Sig::Keywords(&["keepends"]), args)?;
    let keepends = a[0].as_ref().map(as_index).transpose()?.unwrap_or(0) != 0;
    Ok(str_list(splitlines(text(s), keepends)))
}

fn expandtabs_(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    let a = parse_args("str", "expandtabs", Sig::Keywords(&["tabsize"]), args)?;
    let tabsize = a[0].as_ref().map(as_index).transpose()?.unwrap_or(8);
    new_text(&expandtabs(text(s), tabsize))
}

fn removeprefix(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    remove_affix(text(s), "removeprefix", args)
}

fn removesuffix(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    remove_affix(text(s), "removesuffix", args)
}

fn remove_affix(s: &Rc<str>, name: &str, args: Args) -> PyResult {
    let affix = first(parse_args("str", name, Sig::One, args)?);
    let affix = str_arg(&affix, |t| {
        format!("{name}() argument must be str, not {t}")
    })?;
    let out = if name == "removeprefix" {
        s.strip_prefix(affix)
    } else {
        s.strip_suffix(affix)
    };
    Ok(out.map_or_else(|| Value::Str(s.clone()), Value::str))
}

fn encode(_vm: &Vm, s: &Value, args: Args) -> PyResult {
    let mut a = parse_args(
        "str",
        "encode",
        Sig::Keywords(&["encoding", "errors"]),
        args,
    )?
    .into_iter();
    let arg = |v: Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.to_string()),
            Some(other) => Err(PyErr::type_error(format!(
                "encode() argument '{what}' must be str, not {}",
                super::bytes::arg_type_name(&other)
            ))),
        }
    };
    let encoding = arg(a.next().flatten(), "encoding", "utf-8")?;
    let errors = arg(a.next().flatten(), "errors", "strict")?;
    Ok(super::bytes::new_bytes(super::codecs::encode(
        text(s),
        &encoding,
        &errors,
    )?))
}

// ---------------------------------------------------------------------------
// Formatting

/// How `str.format` renders what the pure formatter cannot: user objects
/// (their `__repr__`, `__str__` and `__format__`) and containers that may
/// hold them.
fn render_hook(vm: &Vm) -> impl Fn(&Value, char, &str) -> Option<PyResult<String>> + '_ {
    move |v: &Value, how: char, spec: &str| {
        // Containers may hold user objects, whose reprs need the
        // interpreter too; with a spec, they fail as builtins do.
        let container = matches!(
            v,
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_)
        );
        if container && (how != 'f' || spec.is_empty()) {
            return Some(match how {
                'r' => vm.repr(v),
                'a' => vm.repr(v).map(|r| methods::ascii(&r)),
                _ => vm.str(v),
            });
        }
        if !matches!(
            v,
            Value::Instance(_) | Value::Object(_) | Value::Exception(_) | Value::Type(_)
        ) {
            return None;
        }
        Some(match how {
            'r' => vm.repr(v),
            'a' => vm.repr(v).map(|r| methods::ascii(&r)),
            's' => vm.str(v),
            _ => {
                let mut out = String::new();
                vm.format_field(&mut out, v, None, spec, None).map(|_| out)
            }
        })
    }
}

fn format(vm: &Vm, s: &Value, args: Args) -> PyResult {
    let hook = render_hook(vm);
    new_text(&methods::str_format_with(
        text(s),
        &args.positional,
        &args.keywords,
        &hook,
        Some(vm),
    )?)
}

fn format_map(vm: &Vm, s: &Value, args: Args) -> PyResult {
    let mapping = first(parse_args("str", "format_map", Sig::One, args)?);
    let hook = render_hook(vm);
    new_text(&methods::str_format_map(text(s), &mapping, &hook, vm)?)
}

// ---------------------------------------------------------------------------
// translate and maketrans

/// `str.translate(table)`: each character's code point is looked up in
/// the table; a LookupError keeps the character (`unicode_translate`).
fn translate(vm: &Vm, s: &Value, args: Args) -> PyResult {
    let table = first(parse_args("str", "translate", Sig::One, args)?);
    let mut out = String::new();
    for c in text(s).chars() {
        let mapped = match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.is_instance(&types::LOOKUP_ERROR) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        let out_of_range = || PyErr::value_error("character mapping must be in range(0x110000)");
        match plain(&mapped) {
            Value::None => {}
            Value::Str(t) => out.push_str(t),
            Value::Int(_) | Value::Bool(_) => {
                let n = as_index(plain(&mapped))?;
                if !(0..0x110000).contains(&n) {
                    return Err(out_of_range());
                }
                match char::from_u32(n as u32) {
                    Some(c) => out.push(c),
                    None => {
                        return Err(PyErr::value_error(format!(
                            "character mapping to the surrogate U+{n:04X} is not supported"
                        )))
                    }
                }
            }
            Value::BigInt(_) => return Err(out_of_range()),
            _ => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    new_text(&out)
}

/// The code point of a one-character str.
fn code_point(c: char) -> Value {
    Value::Int(c as i64)
}

/// `str.maketrans(x[, y[, z]])`, a static method.
fn maketrans(_vm: &Vm, args: Args) -> PyResult {
    let a = parse_args("str", "maketrans", Sig::Range(1, 3), args)?;
    let mut a = a.into_iter();
    let (x, y, z) = (
        a.next().flatten().expect("required"),
        a.next().flatten(),
        a.next().flatten(),
    );
    // The argument parser checks the types of y and z before the body runs.
    let string = |v: &Option<Value>, n: usize| -> PyResult<Option<Rc<str>>> {
        match v.as_ref().map(plain) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.clone())),
            Some(other) => Err(PyErr::type_error(format!(
                "maketrans() argument {n} must be str, not {}",
                super::bytes::arg_type_name(other)
            ))),
        }
    };
    let (y, z) = (string(&y, 2)?, string(&z, 3)?);
    let out = Rc::new(std::cell::RefCell::new(super::dict::Dict::default()));
    let set = |k: Value, v: Value| super::dict::set_item(&out, super::DictKey::new(k)?, v);
    let Some(y) = y else {
        let Value::Dict(d) = plain(&x) else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let items: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|(k, v)| (k.value().clone(), v.clone()))
            .collect();
        for (k, v) in items {
            let key = match plain(&k) {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                Value::Str(s) => {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => code_point(c),
                        _ => {
                            return Err(PyErr::value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                }
                _ => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            set(key, v)?;
        }
        return Ok(Value::Dict(out));
    };
    let Value::Str(x) = plain(&x) else {
        return Err(PyErr::type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (from, to) in x.chars().zip(y.chars()) {
        set(code_point(from), code_point(to))?;
    }
    for c in z.iter().flat_map(|z| z.chars()) {
        set(code_point(c), Value::None)?;
    }
    Ok(Value::Dict(out))
}

// ---------------------------------------------------------------------------
// Slot wrappers

/// The one argument of a wrapper (`wrap_binaryfunc` and its kin).
fn wrapper_arg(name: &str, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let n = args.positional.len();
    match <[Value; 1]>::try_from(args.positional) {
        Ok([v]) => Ok(v),
        Err(_) => Err(PyErr::type_error(format!("expected 1 argument, got {n}"))),
    }
}

/// A wrapper that takes no arguments (`wrap_unaryfunc`, `wrap_lenfunc`).
fn wrapper_no_args(name: &str, args: Args) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    match args.positional.len() {
        0 => Ok(()),
        n => Err(PyErr::type_error(format!("expected 0 arguments, got {n}"))),
    }
}

/// `__add__` is the sequence concatenation, which refuses rather than
/// answering NotImplemented (`PyUnicode_Concat`).
fn add(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let other = wrapper_arg("__add__", args)?;
    match plain(&other) {
        Value::Str(o) => new_text(&format!("{}{o}", text(obj))),
        _ => Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            other.type_of().tp_name()
        ))),
    }
}

/// `__mul__` and `__rmul__`: the repetition count goes through
/// `__index__`; CPython unpacks the argument with an empty function name,
/// hence the leading space of its arity error (`wrap_indexargfunc`).
fn mul(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(
            "wrapper __mul__() takes no keyword arguments",
        ));
    }
    let n = args.positional.len();
    let Ok([count]) = <[Value; 1]>::try_from(args.positional) else {
        return Err(PyErr::type_error(format!(" expected 1 argument, got {n}")));
    };
    let count = match plain(&count) {
        Value::BigInt(_) => {
            return Err(PyErr::new(
                &types::OVERFLOW_ERROR,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => as_index(other)?,
    };
    vm.binary_op(BinOp::Mult, plain(obj), &Value::Int(count))
}

fn mod_(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let values = wrapper_arg("__mod__", args)?;
    vm.binary_op(BinOp::Mod, plain(obj), &values)
}

/// `__rmod__`: `other % self` when other is a str too.
fn rmod(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let other = wrapper_arg("__rmod__", args)?;
    match plain(&other) {
        template @ Value::Str(_) => vm.binary_op(BinOp::Mod, template, obj),
        _ => Ok(Value::NotImplemented),
    }
}

fn contains(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let item = wrapper_arg("__contains__", args)?;
    vm.contains(plain(obj), &item).map(Value::Bool)
}

fn getitem(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let key = wrapper_arg("__getitem__", args)?;
    vm.get_item(plain(obj), &key)
}

fn len(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    wrapper_no_args("__len__", args)?;
    Ok(Value::Int(text(obj).chars().count() as i64))
}

fn iter(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    wrapper_no_args("__iter__", args)?;
    vm.iter(plain(obj)).map(Value::Iterator)
}

fn hash(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    wrapper_no_args("__hash__", args)?;
    super::set::hash_of(plain(obj)).map(Value::Int)
}

fn repr(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    wrapper_no_args("__repr__", args)?;
    new_text(&super::repr::str_repr(text(obj)))
}

/// `__str__` gives an exact str, also for an instance of a subclass.
fn str_(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    wrapper_no_args("__str__", args)?;
    Ok(Value::Str(text(obj).clone()))
}

fn getattribute(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let name = wrapper_arg("__getattribute__", args)?;
    let Value::Str(name) = plain(&name) else {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            name.type_name()
        )));
    };
    vm.get_attr(obj, name)
}

/// `__format__`: an empty spec is `str(self)`, which a subclass may
/// override (`unicode___format___impl`).
fn format_slot(vm: &Vm, obj: &Value, args: Args) -> PyResult {
    let spec = first(parse_args("str", "__format__", Sig::One, args)?);
    let Value::Str(spec) = plain(&spec) else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            spec.type_name()
        )));
    };
    if spec.is_empty() {
        return vm.str(obj).map(|s| Value::str(&s));
    }
    let mut out = String::new();
    vm.format_field(&mut out, plain(obj), None, spec, None)?;
    new_text(&out)
}

/// `__getnewargs__`: the text as an exact str, for pickling.
fn getnewargs(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    parse_args("str", "__getnewargs__", Sig::NoArgs, args)?;
    Ok(Value::tuple(vec![Value::Str(text(obj).clone())]))
}

/// `__sizeof__`: what CPython's representation of the text takes, one,
/// two or four bytes per code point by the widest one, after a header
/// that is smaller for compact ASCII text and larger for an instance of
/// a subclass (`unicode___sizeof___impl`, 64-bit build).
fn sizeof(_vm: &Vm, obj: &Value, args: Args) -> PyResult {
    parse_args("str", "__sizeof__", Sig::NoArgs, args)?;
    let s = text(obj);
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = match widest {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    let header = if matches!(obj, Value::Instance(_)) {
        80
    } else if s.is_ascii() {
        48
    } else {
        72
    };
    let n = s.chars().count() + 1;
    Ok(Value::Int((header + n * width) as i64))
}

// ---------------------------------------------------------------------------
// Argument checking and the methods with several forms

fn str_arg(v: &Value, what: impl FnOnce(&str) -> String) -> PyResult<&str> {
    match super::class::payload(v).unwrap_or(v) {
        Value::Str(s) => Ok(s),
        _ => Err(PyErr::type_error(what(&v.type_name()))),
    }
}

fn must_be_str(t: &str) -> String {
    format!("must be str, not {t}")
}

fn str_list<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Value {
    Value::list(items.into_iter().map(|s| Value::str(s.as_ref())).collect())
}

fn str_join(vm: &Vm, sep: &str, args: Args) -> PyResult {
    let iterable = first(parse_args("str", "join", Sig::One, args)?);
    // Only a failure to make an iterator is reworded (`PySequence_Fast`).
    let it = vm.iter(&iterable).map_err(|e| {
        if e.is_instance(&types::TYPE_ERROR) {
            PyErr::type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    while let Some(item) = vm.next(&it)? {
        items.push(item);
    }
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Value::Str(part) = super::class::payload(item).unwrap_or(item) else {
            return Err(PyErr::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                item.type_name()
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    Ok(Value::str(&out))
}

fn str_split(s: &str, name: &str, args: Args) -> PyResult {
    let a = parse_args("str", name, Sig::Keywords(&["sep", "maxsplit"]), args)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(v, |t| format!("must be str or None, not {t}"))?),
    };
    let maxsplit = a[1].as_ref().map(as_index).transpose()?.unwrap_or(-1);
    if sep == Some("") {
        return Err(PyErr::value_error("empty separator"));
    }
    let reverse = name == "rsplit";
    Ok(str_list(match sep {
        None if reverse => rsplit_whitespace(s, maxsplit),
        None => split_whitespace(s, maxsplit),
        Some(sep) if reverse => rsplit_sep(s, sep, maxsplit),
        Some(sep) => split_sep(s, sep, maxsplit),
    }))
}

fn str_strip(s: &str, name: &str, args: Args) -> PyResult {
    let chars = first_or_none(parse_args("str", name, Sig::Range(0, 1), args)?);
    let chars = match &chars {
        None => None,
        Some(v) => Some(str_arg(v, |_| format!("{name} arg must be None or str"))?),
    };
    let (left, right) = (name != "rstrip", name != "lstrip");
    Ok(Value::str(strip(s, chars, left, right)))
}

fn str_replace(s: &str, args: Args) -> PyResult {
    let a = parse_args("str", "replace", Sig::Range(2, 3), args)?;
    let arg = |i: usize| {
        str_arg(a[i].as_ref().expect("required"), |t| {
            format!("replace() argument {} must be str, not {t}", i + 1)
        })
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let count = a[2].as_ref().map(as_index).transpose()?.unwrap_or(-1);
    Ok(Value::str(&replace(s, old, new, count)))
}

fn str_search(s: &str, name: &str, args: Args) -> PyResult {
    let a = parse_args("str", name, Sig::Tuple(1, 3), args)?;
    let sub = str_arg(a[0].as_ref().expect("required"), must_be_str)?;
    let (start, end) = (slice_bound(&a[1], true)?, slice_bound(&a[2], true)?);
    if name == "count" {
        return Ok(Value::Int(count(s, sub, start, end) as i64));
    }
    let reverse = name.starts_with('r');
    match find(s, sub, start, end, reverse) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if name.ends_with("index") => Err(PyErr::value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_tailmatch(s: &str, name: &str, args: Args) -> PyResult {
    let a = parse_args("str", name, Sig::Tuple(1, 3), args)?;
    let (start, end) = (slice_bound(&a[1], true)?, slice_bound(&a[2], true)?);
    let at_end = name == "endswith";
    let matches = |affix: &str| tailmatch(s, affix, start, end, at_end);
    let first = a[0].as_ref().expect("required");
    match super::class::payload(first).unwrap_or(first) {
        Value::Str(affix) => Ok(Value::Bool(matches(affix))),
        Value::Tuple(options) => {
            for option in options.iter() {
                let affix = str_arg(option, |t| {
                    format!("tuple for {name} must only contain str, not {t}")
                })?;
                if matches(affix) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

fn str_pad(s: &str, name: &str, args: Args) -> PyResult {
    let sig = if name == "zfill" {
        Sig::One
    } else {
        Sig::Range(1, 2)
    };
    let a = parse_args("str", name, sig, args)?;
    let width = as_index(a[0].as_ref().expect("required"))?.max(0) as usize;
    if name == "zfill" {
        return Ok(Value::str(&zfill(s, width)?));
    }
    let fill = match a.get(1).cloned().flatten() {
        None => ' ',
        Some(Value::Str(f)) => {
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(PyErr::type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    Ok(Value::str(&pad(s, name, width, fill)?))
}

fn str_partition(s: &str, name: &str, args: Args) -> PyResult {
    let sep = first(parse_args("str", name, Sig::One, args)?);
    let sep = str_arg(&sep, must_be_str)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let (a, b, c) = partition(s, sep, name == "rpartition");
    Ok(Value::tuple(vec![
        Value::str(a),
        Value::str(b),
        Value::str(c),
    ]))
}
