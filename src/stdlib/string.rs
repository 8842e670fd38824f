//! The `string` module's constants.

use std::rc::Rc;

use crate::interp::Vm;
use crate::object::Globals;

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(vm, "string", SOURCE, vec![])
}

const SOURCE: &str = r##"
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join([w[:1].upper() + w[1:].lower() for w in s.split(sep)])
"##;
