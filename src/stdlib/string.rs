//! The `string` module: the ASCII character-class constants, `capwords`
//! and `Template` (`py/string_template.py`).

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::{Globals, Value};

const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPERCASE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const OCTDIGITS: &str = "01234567";
/// The printable ASCII characters that are neither letters, digits nor
/// space, in code point order.
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/// The ASCII whitespace `str.split()` splits on, in the order CPython
/// lists it: space first, then \t \n \r \v \f.
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    let letters = format!("{LOWERCASE}{UPPERCASE}");
    let hexdigits = format!("{DIGITS}abcdefABCDEF");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    let constants = vec![
        ("ascii_letters", Value::str(&letters)),
        ("ascii_lowercase", Value::str(LOWERCASE)),
        ("ascii_uppercase", Value::str(UPPERCASE)),
        ("digits", Value::str(DIGITS)),
        ("hexdigits", Value::str(&hexdigits)),
        ("octdigits", Value::str(OCTDIGITS)),
        ("punctuation", Value::str(PUNCTUATION)),
        ("printable", Value::str(&printable)),
        ("whitespace", Value::str(WHITESPACE)),
    ];
    super::exec_module_source(vm, "string", SOURCE, constants)
}

const SOURCE: &str = concat!(
    r#"
def capwords(s, sep=None):
    # The joiner is looked up before `s` is split, so a bad `sep` fails on
    # `.join` first, as in CPython.
    join = (sep or ' ').join
    words = s.split(sep)
    return join([w.capitalize() for w in words])
"#,
    include_str!("py/string_template.py")
);
