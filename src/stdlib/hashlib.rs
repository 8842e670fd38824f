//! `hashlib`: message digests over the RustCrypto implementations. Hash
//! objects are of type `_hashlib.HASH` (`_hashlib.HASHXOF` for the SHAKE
//! functions, `_blake2.blake2b`/`blake2s` for BLAKE2), as in CPython.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use blake2::{Blake2b512, Blake2bVar, Blake2s256, Blake2sVar};
use sha2::digest::{DynDigest, ExtendableOutput, Update, VariableOutput, XofReader};

use super::binary::buffer_arg;
use super::native;
use crate::interp::Vm;
use crate::object::bytes::new_bytes;
use crate::object::native::NativeObject;
use crate::object::types::{Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "hashlib",
        include_str!("py/hashlib.py"),
        vec![
            native("hashlib", "_new", new),
            native("hashlib", "md5", |vm, a| construct(vm, "md5", a)),
            native("hashlib", "sha1", |vm, a| construct(vm, "sha1", a)),
            native("hashlib", "sha224", |vm, a| construct(vm, "sha224", a)),
            native("hashlib", "sha256", |vm, a| construct(vm, "sha256", a)),
            native("hashlib", "sha384", |vm, a| construct(vm, "sha384", a)),
            native("hashlib", "sha512", |vm, a| construct(vm, "sha512", a)),
            native("hashlib", "sha3_224", |vm, a| construct(vm, "sha3_224", a)),
            native("hashlib", "sha3_256", |vm, a| construct(vm, "sha3_256", a)),
            native("hashlib", "sha3_384", |vm, a| construct(vm, "sha3_384", a)),
            native("hashlib", "sha3_512", |vm, a| construct(vm, "sha3_512", a)),
            native("hashlib", "shake_128", |vm, a| {
                construct(vm, "shake_128", a)
            }),
            native("hashlib", "shake_256", |vm, a| {
                construct(vm, "shake_256", a)
            }),
            native("hashlib", "blake2b", |vm, a| blake2(vm, true, a)),
            native("hashlib", "blake2s", |vm, a| blake2(vm, false, a)),
        ],
    )
}

/// The running state of one digest.
#[derive(Clone)]
enum State {
    Fixed(Box<dyn DynDigest>),
    Blake2b(Blake2bVar),
    Blake2s(Blake2sVar),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

pub struct Hash {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: RefCell<State>,
}

pub static HASH: TypeObject = TypeObject::new("HASH", "_hashlib", None, HASH_SPEC);
pub static HASHXOF: TypeObject = TypeObject::new("HASHXOF", "_hashlib", None, XOF_SPEC);
pub static BLAKE2B: TypeObject = TypeObject::new("blake2b", "_blake2", None, HASH_SPEC);
pub static BLAKE2S: TypeObject = TypeObject::new("blake2s", "_blake2", None, HASH_SPEC);

const HASH_SPEC: TypeSpec = TypeSpec {
    doc: "A hash object: feed it bytes with update(), read the digest with digest().",
    members: &[COMMON, FIXED],
};

const XOF_SPEC: TypeSpec = TypeSpec {
    doc: "A hash object of an extendable-output function (SHAKE).",
    members: &[COMMON, XOF],
};

const COMMON: &[Member] = &[
    Member::method(
        "update",
        update,
        "Add the bytes of the argument to the hash.",
    ),
    Member::method(
        "copy",
        copy,
        "A copy of the hash object in its current state.",
    ),
    Member::getter(
        "name",
        |_, v| Ok(Value::str(this(v).name)),
        "The algorithm's name.",
    ),
    Member::getter(
        "digest_size",
        |_, v| Ok(Value::Int(this(v).digest_size as i64)),
        "The size of the digest in bytes.",
    ),
    Member::getter(
        "block_size",
        |_, v| Ok(Value::Int(this(v).block_size as i64)),
        "The internal block size of the algorithm in bytes.",
    ),
];

const FIXED: &[Member] = &[
    Member::method(
        "digest",
        digest,
        "The digest of the data fed so far, as bytes.",
    ),
    Member::method(
        "hexdigest",
        hexdigest,
        "The digest of the data fed so far, as a string of hex digits.",
    ),
];

const XOF: &[Member] = &[
    Member::method("digest", digest, "The first `length` bytes of the output."),
    Member::method(
        "hexdigest",
        hexdigest,
        "The first `length` bytes of the output, in hex digits.",
    ),
];

impl NativeObject for Hash {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(match &*self.state.borrow() {
            State::Shake128(_) | State::Shake256(_) => &HASHXOF,
            State::Blake2b(_) => &BLAKE2B,
            State::Blake2s(_) => &BLAKE2S,
            State::Fixed(_) if self.name == "blake2b" => &BLAKE2B,
            State::Fixed(_) if self.name == "blake2s" => &BLAKE2S,
            State::Fixed(_) => &HASH,
        })
    }

    fn repr(&self, me: &Value) -> String {
        match self.type_ref() {
            TypeRef::Builtin(t) if t.module == "_blake2" => {
                format!("<_blake2.{} object at {:#x}>", t.name, me.address())
            }
            t => format!(
                "<{} _hashlib.{} object @ {:#x}>",
                self.name,
                t.name(),
                me.address()
            ),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn this(v: &Value) -> &Hash {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Hash>()
            .expect("a hash method is only called on a hash object"),
        _ => unreachable!("a hash method is only called on a hash object"),
    }
}

/// The state, digest size and block size of algorithm `name`.
fn start(name: &str) -> Option<(&'static str, State, usize, usize)> {
    let fixed = |d: Box<dyn DynDigest>| State::Fixed(d);
    Some(match name {
        "md5" => ("md5", fixed(Box::<md5::Md5>::default()), 16, 64),
        "sha1" => ("sha1", fixed(Box::<sha1::Sha1>::default()), 20, 64),
        "sha224" => ("sha224", fixed(Box::<sha2::Sha224>::default()), 28, 64),
        "sha256" => ("sha256", fixed(Box::<sha2::Sha256>::default()), 32, 64),
        "sha384" => ("sha384", fixed(Box::<sha2::Sha384>::default()), 48, 128),
        "sha512" => ("sha512", fixed(Box::<sha2::Sha512>::default()), 64, 128),
        "sha3_224" => ("sha3_224", fixed(Box::<sha3::Sha3_224>::default()), 28, 144),
        "sha3_256" => ("sha3_256", fixed(Box::<sha3::Sha3_256>::default()), 32, 136),
        "sha3_384" => ("sha3_384", fixed(Box::<sha3::Sha3_384>::default()), 48, 104),
        "sha3_512" => ("sha3_512", fixed(Box::<sha3::Sha3_512>::default()), 64, 72),
        "blake2b" => ("blake2b", fixed(Box::<Blake2b512>::default()), 64, 128),
        "blake2s" => ("blake2s", fixed(Box::<Blake2s256>::default()), 32, 64),
        "shake_128" => ("shake_128", State::Shake128(Default::default()), 0, 168),
        "shake_256" => ("shake_256", State::Shake256(Default::default()), 0, 136),
        _ => return None,
    })
}

/// The bytes of data to hash: strings must be encoded first.
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(_) => Err(PyErr::type_error("Strings must be encoded before hashing")),
        other => buffer_arg(other)
            .map_err(|_| PyErr::type_error("object supporting the buffer API required")),
    }
}

impl Hash {
    fn feed(&self, data: &[u8]) {
        match &mut *self.state.borrow_mut() {
            State::Fixed(d) => DynDigest::update(&mut **d, data),
            State::Blake2b(d) => Update::update(d, data),
            State::Blake2s(d) => Update::update(d, data),
            State::Shake128(d) => Update::update(d, data),
            State::Shake256(d) => Update::update(d, data),
        }
    }

    /// The digest of what was fed so far (`length` bytes for SHAKE),
    /// leaving the state as it is.
    fn output(&self, length: usize) -> Vec<u8> {
        match self.state.borrow().clone() {
            State::Fixed(d) => d.finalize().to_vec(),
            State::Blake2b(d) => {
                let mut out = vec![0; self.digest_size];
                d.finalize_variable(&mut out).expect("sized by digest_size");
                out
            }
            State::Blake2s(d) => {
                let mut out = vec![0; self.digest_size];
                d.finalize_variable(&mut out).expect("sized by digest_size");
                out
            }
            State::Shake128(d) => {
                let mut out = vec![0; length];
                d.finalize_xof().read(&mut out);
                out
            }
            State::Shake256(d) => {
                let mut out = vec![0; length];
                d.finalize_xof().read(&mut out);
                out
            }
        }
    }
}

fn make(name: &'static str, state: State, digest_size: usize, block_size: usize) -> Value {
    Value::Object(Rc::new(Hash {
        name,
        digest_size,
        block_size,
        state: RefCell::new(state),
    }))
}

/// `hashlib.NAME(string=b'', *, usedforsecurity=True)`.
fn construct(vm: &Vm, name: &str, args: Args) -> PyResult {
    let fname = format!("openssl_{name}");
    let a = args.unpack_keywords(&fname, &["string", "usedforsecurity"], 1, 0)?;
    let _ = vm;
    let (name, state, digest_size, block_size) = start(name).expect("a known algorithm");
    let h = make(name, state, digest_size, block_size);
    if let Some(data) = &a[0] {
        this(&h).feed(&data_arg(data)?);
    }
    Ok(h)
}

/// `_new(name, data, **kwargs)`, behind `hashlib.new`: the keywords
/// go to the algorithm's constructor.
fn new(vm: &Vm, args: Args) -> PyResult {
    let Args {
        mut positional,
        keywords,
    } = args;
    if positional.len() != 2 {
        return Err(PyErr::type_error("_new(name, data, **kwargs)"));
    }
    let data = positional.pop().expect("two");
    let given = positional.pop().expect("two");
    let name = match &given {
        Value::Str(s) => s.to_lowercase(),
        _ => return Err(PyErr::type_error("name must be a string")),
    };
    if start(&name).is_none() {
        return Err(PyErr::value_error(format!(
            "unsupported hash type {}",
            crate::object::repr::str_plain(&given)
        )));
    }
    let pass = Args {
        positional: vec![data],
        keywords,
    };
    match name.as_str() {
        "blake2b" => blake2(vm, true, pass),
        "blake2s" => blake2(vm, false, pass),
        _ => construct(vm, &name, pass),
    }
}

/// `hashlib.blake2b(data=b'', *, digest_size=64, ...)` (and blake2s):
/// the digest size may be chosen; keys, salts and personalisation are
/// refused rather than ignored.
fn blake2(vm: &Vm, big: bool, mut args: Args) -> PyResult {
    let (fname, max) = if big {
        ("blake2b", 64)
    } else {
        ("blake2s", 32)
    };
    let size = match args.take_keyword("digest_size") {
        Some(v) => crate::object::methods::as_index(&v)?,
        None => max,
    };
    let _ = args.take_keyword("usedforsecurity");
    for (k, v) in &args.keywords {
        let empty = match v {
            Value::Bytes(b) => b.is_empty(),
            Value::Int(i) => {
                *i == 0 || (&**k == "fanout" && *i == 1) || (&**k == "depth" && *i == 1)
            }
            Value::Bool(b) => !*b,
            _ => false,
        };
        if !empty {
            return Err(PyErr::new(
                &crate::object::types::NOT_IMPLEMENTED_ERROR,
                format!("{fname}(): the '{k}' parameter is not supported"),
            ));
        }
    }
    args.keywords.clear();
    let a = args.unpack_keywords(fname, &["data"], 1, 0)?;
    let _ = vm;
    if !(1..=max).contains(&size) {
        return Err(PyErr::value_error(format!(
            "digest_size must be between 1 and {max} bytes"
        )));
    }
    let size = size as usize;
    let h = if size == max as usize {
        let (name, state, ds, bs) = start(fname).expect("known");
        make(name, state, ds, bs)
    } else if big {
        let state = State::Blake2b(Blake2bVar::new(size).expect("size checked"));
        make("blake2b", state, size, 128)
    } else {
        let state = State::Blake2s(Blake2sVar::new(size).expect("size checked"));
        make("blake2s", state, size, 64)
    };
    if let Some(data) = &a[0] {
        this(&h).feed(&data_arg(data)?);
    }
    Ok(h)
}

/// The type name CPython's messages give for a hash object's methods.
fn type_name(me: &Value) -> &'static str {
    match this(me).type_ref() {
        TypeRef::Builtin(t) => t.name,
        TypeRef::User(_) => "HASH",
    }
}

fn update(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [data] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "{}.update() takes exactly one argument ({} given)",
            type_name(me),
            args.positional.len()
        )));
    };
    this(me).feed(&data_arg(data)?);
    Ok(Value::None)
}

/// The `length` argument of a SHAKE digest; none for the others.
fn output_length(me: &Value, args: Args, fname: &str) -> PyResult<usize> {
    let h = this(me);
    if !matches!(&*h.state.borrow(), State::Shake128(_) | State::Shake256(_)) {
        if !args.positional.is_empty() || !args.keywords.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}.{fname}() takes no arguments ({} given)",
                type_name(me),
                args.positional.len() + args.keywords.len()
            )));
        }
        return Ok(0);
    }
    let a = args.unpack_keywords(fname, &["length"], 1, 1)?;
    let n = crate::object::methods::as_index(a[0].as_ref().expect("required"))?;
    if n < 0 {
        return Err(PyErr::value_error("length must be non-negative"));
    }
    Ok(n as usize)
}

fn digest(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let n = output_length(me, args, "digest")?;
    Ok(new_bytes(this(me).output(n)))
}

fn hexdigest(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    let n = output_length(me, args, "hexdigest")?;
    let out = this(me).output(n);
    Ok(Value::str(
        &out.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

fn copy(_vm: &Vm, me: &Value, args: Args) -> PyResult {
    if !args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.copy() takes no arguments ({} given)",
            type_name(me),
            args.positional.len()
        )));
    }
    let h = this(me);
    Ok(make(
        h.name,
        h.state.borrow().clone(),
        h.digest_size,
        h.block_size,
    ))
}
