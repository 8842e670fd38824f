//! `zlib`: DEFLATE compression over the system zlib (through flate2), so
//! that compressed bytes equal CPython's (Modules/zlibmodule.c). Memory
//! levels and strategies other than the defaults are refused, since the
//! binding cannot pass them on and they change the output.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use super::binary::{buffer_arg, module_error};
use super::native;
use crate::interp::Vm;
use crate::object::bytes::new_bytes;
use crate::object::methods::as_index;
use crate::object::native::NativeObject;
use crate::object::types::{Member, TypeObject, TypeRef, TypeSpec};
use crate::object::{Args, Globals, PyErr, PyResult, Value};

pub fn make_module(vm: &Vm) -> Rc<Globals> {
    super::exec_module_source(
        vm,
        "zlib",
        include_str!("py/zlib.py"),
        vec![
            native("zlib", "compress", compress),
            native("zlib", "decompress", decompress),
            native("zlib", "compressobj", compressobj),
            native("zlib", "decompressobj", decompressobj),
            native("zlib", "crc32", |_, a| {
                let (data, start) = super::binascii::checksum_args("zlib", "crc32", &a, 0)?;
                Ok(Value::Int(
                    super::binascii::crc32_update(start, &data) as i64
                ))
            }),
            native("zlib", "_runtime_version", |_, _| {
                Ok(Value::str(&runtime_version()))
            }),
            native("zlib", "adler32", |_, a| {
                let (data, start) = super::binascii::checksum_args("zlib", "adler32", &a, 1)?;
                Ok(Value::Int(adler32(start, &data) as i64))
            }),
        ],
    )
}

/// The version of the zlib library linked in (`zlibVersion()`).
fn runtime_version() -> String {
    extern "C" {
        fn zlibVersion() -> *const std::os::raw::c_char;
    }
    // SAFETY: zlibVersion returns a pointer to a static NUL-terminated
    // string of the library.
    unsafe { std::ffi::CStr::from_ptr(zlibVersion()) }
        .to_string_lossy()
        .into_owned()
}

fn error(vm: &Vm, msg: String) -> Box<PyErr> {
    module_error(vm, "zlib", "error", msg)
}

fn adler32(start: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// The container a `wbits` value asks for.
#[derive(Clone, Copy)]
enum Wrapper {
    Zlib(u8),
    Raw(u8),
    Gzip(u8),
    /// Decompression only: zlib or gzip, told by the header.
    Auto(u8),
}

fn compress_wrapper(wbits: i64) -> Option<Wrapper> {
    Some(match wbits {
        // zlib raises a window of 8 to 9 for the zlib container only.
        8 => Wrapper::Zlib(9),
        9..=15 => Wrapper::Zlib(wbits as u8),
        -15..=-9 => Wrapper::Raw((-wbits) as u8),
        25..=31 => Wrapper::Gzip((wbits - 16) as u8),
        _ => return None,
    })
}

fn decompress_wrapper(wbits: i64) -> Option<Wrapper> {
    Some(match wbits {
        0 => Wrapper::Zlib(15),
        8..=15 => Wrapper::Zlib(wbits.max(9) as u8),
        -15..=-8 => Wrapper::Raw((-wbits).max(9) as u8),
        24..=31 => Wrapper::Gzip((wbits - 16).max(9) as u8),
        32 => Wrapper::Auto(15),
        40..=47 => Wrapper::Auto((wbits - 32).max(9) as u8),
        _ => return None,
    })
}

fn new_compressor(level: i64, w: Wrapper) -> Compress {
    let level = if level == -1 { 6 } else { level as u32 };
    let c = Compression::new(level);
    match w {
        Wrapper::Zlib(b) => Compress::new_with_window_bits(c, true, b),
        Wrapper::Raw(b) => Compress::new_with_window_bits(c, false, b),
        Wrapper::Gzip(b) | Wrapper::Auto(b) => Compress::new_gzip(c, b),
    }
}

/// A decompressor for `w`; auto-detection looks at the first byte.
fn new_decompressor(w: Wrapper, first: Option<u8>) -> Decompress {
    match w {
        Wrapper::Zlib(b) => Decompress::new_with_window_bits(true, b),
        Wrapper::Raw(b) => Decompress::new_with_window_bits(false, b),
        Wrapper::Gzip(b) => Decompress::new_gzip(b),
        Wrapper::Auto(b) if first == Some(0x1f) => Decompress::new_gzip(b),
        Wrapper::Auto(b) => Decompress::new_with_window_bits(true, b),
    }
}

fn int_or(v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => as_index(v),
    }
}

/// Runs `c` over `input` with `flush`, collecting all the output.
fn run_compress(c: &mut Compress, input: &[u8], flush: FlushCompress) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; 16384];
    let start = c.total_in();
    loop {
        let consumed = (c.total_in() - start) as usize;
        let before = c.total_out();
        let status = c
            .compress(&input[consumed..], &mut buf, flush)
            .map_err(|e| {
                e.message()
                    .unwrap_or("inconsistent stream state")
                    .to_string()
            })?;
        let produced = (c.total_out() - before) as usize;
        out.extend_from_slice(&buf[..produced]);
        let now = (c.total_in() - start) as usize;
        if matches!(status, Status::StreamEnd)
            || (now == input.len() && produced < buf.len())
            || (produced == 0 && now == consumed)
        {
            return Ok(out);
        }
    }
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &Vm, args: Args) -> PyResult {
    let a = args.unpack_keywords("compress", &["data", "level", "wbits"], 3, 1)?;
    let data = buffer_arg(a[0].as_ref().expect("required"))?;
    let level = int_or(&a[1], -1)?;
    let wbits = int_or(&a[2], 15)?;
    let w = match compress_wrapper(wbits) {
        Some(w) if (-1..=9).contains(&level) => w,
        _ => return Err(error(vm, "Bad compression level".into())),
    };
    let mut c = new_compressor(level, w);
    run_compress(&mut c, &data, FlushCompress::Finish)
        .map(new_bytes)
        .map_err(|m| error(vm, format!("Error -2 while compressing data: {m}")))
}

/// Feeds `input` to `d`, producing at most `max_length` bytes (0: no
/// limit); the output, how much input was used, and whether the stream
/// ended. The error is zlib's code and message.
fn run_decompress(
    d: &mut Decompress,
    input: &[u8],
    max_length: usize,
    flush: FlushDecompress,
) -> Result<(Vec<u8>, usize, bool), (i32, String)> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; 16384];
    let start = d.total_in();
    loop {
        let consumed = (d.total_in() - start) as usize;
        let room = if max_length > 0 {
            (max_length - out.len()).min(buf.len())
        } else {
            buf.len()
        };
        let before = d.total_out();
        let status = d
            .decompress(&input[consumed..], &mut buf[..room], flush)
            .map_err(|e| match e.message() {
                Some(m) => (-3, m.to_string()),
                // Only a stream that needs a dictionary has no message.
                None => (2, String::new()),
            })?;
        let produced = (d.total_out() - before) as usize;
        out.extend_from_slice(&buf[..produced]);
        let now = (d.total_in() - start) as usize;
        if matches!(status, Status::StreamEnd) {
            return Ok((out, now, true));
        }
        if (max_length > 0 && out.len() >= max_length)
            || (now == input.len() && produced < room)
            || (produced == 0 && now == consumed)
        {
            return Ok((out, now, false));
        }
    }
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(vm: &Vm, args: Args) -> PyResult {
    let a = args.unpack_keywords("decompress", &["data", "wbits", "bufsize"], 3, 1)?;
    let data = buffer_arg(a[0].as_ref().expect("required"))?;
    let wbits = int_or(&a[1], 15)?;
    if int_or(&a[2], 16384)? < 0 {
        return Err(PyErr::value_error("bufsize must be non-negative"));
    }
    let Some(w) = decompress_wrapper(wbits) else {
        return Err(error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state".into(),
        ));
    };
    let mut d = new_decompressor(w, data.first().copied());
    match run_decompress(&mut d, &data, 0, FlushDecompress::Finish) {
        Ok((out, _, true)) => Ok(new_bytes(out)),
        Ok((_, _, false)) => Err(error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream".into(),
        )),
        Err((code, msg)) => Err(decompress_error(vm, code, &msg)),
    }
}

fn decompress_error(vm: &Vm, code: i32, msg: &str) -> Box<PyErr> {
    if msg.is_empty() {
        error(vm, format!("Error {code} while decompressing data"))
    } else {
        error(vm, format!("Error {code} while decompressing data: {msg}"))
    }
}

pub static COMPRESS: TypeObject = TypeObject::new("Compress", "zlib", None, COMPRESS_SPEC);
pub static DECOMPRESS: TypeObject = TypeObject::new("Decompress", "zlib", None, DECOMPRESS_SPEC);

const COMPRESS_SPEC: TypeSpec = TypeSpec {
    doc: "A streaming compressor, made by zlib.compressobj().",
    members: &[&[
        Member::method("compress", compressor_compress, "Compress more data."),
        Member::method("flush", compressor_flush, "Output what is pending."),
        Member::method("copy", compressor_copy, "A copy of the compressor's state."),
    ]],
};

const DECOMPRESS_SPEC: TypeSpec = TypeSpec {
    doc: "A streaming decompressor, made by zlib.decompressobj().",
    members: &[&[
        Member::method(
            "decompress",
            decompressor_decompress,
            "Decompress more data.",
        ),
        Member::method(
            "flush",
            decompressor_flush,
            "Decompress what input is left.",
        ),
        Member::method(
            "copy",
            decompressor_copy,
            "A copy of the decompressor's state.",
        ),
        Member::getter(
            "unused_data",
            |_, v| Ok(new_bytes(dthis(v).state.borrow().unused_data.clone())),
            "Bytes found after the end of the compressed stream.",
        ),
        Member::getter(
            "unconsumed_tail",
            |_, v| Ok(new_bytes(dthis(v).state.borrow().unconsumed_tail.clone())),
            "Input not yet decompressed because of max_length.",
        ),
        Member::getter(
            "eof",
            |_, v| Ok(Value::Bool(dthis(v).state.borrow().eof)),
            "Whether the end of the compressed stream was reached.",
        ),
    ]],
};

struct CompressorState {
    c: Compress,
    finished: bool,
}

pub struct Compressor {
    state: RefCell<CompressorState>,
}

struct DecompressorState {
    d: Option<Decompress>,
    wrapper: Wrapper,
    zdict: Option<Vec<u8>>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

pub struct Decompressor {
    state: RefCell<DecompressorState>,
}

impl NativeObject for Compressor {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&COMPRESS)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl NativeObject for Decompressor {
    fn type_ref(&self) -> TypeRef {
        TypeRef::Builtin(&DECOMPRESS)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn cthis(v: &Value) -> &Compressor {
    match v {
        Value::Object(o) => o.as_any().downcast_ref().expect("a Compress object"),
        _ => unreachable!("a Compress method is only called on one"),
    }
}

fn dthis(v: &Value) -> &Decompressor {
    match v {
        Value::Object(o) => o.as_any().downcast_ref().expect("a Decompress object"),
        _ => unreachable!("a Decompress method is only called on one"),
    }
}

/// `compressobj(level=-1, method=DEFLATED, wbits=15, memLevel=8,
/// strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
fn compressobj(vm: &Vm, args: Args) -> PyResult {
    let a = args.unpack_keywords(
        "compressobj",
        &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        6,
        0,
    )?;
    let level = int_or(&a[0], -1)?;
    let method = int_or(&a[1], 8)?;
    let wbits = int_or(&a[2], 15)?;
    let mem_level = int_or(&a[3], 8)?;
    let strategy = int_or(&a[4], 0)?;
    let invalid = || PyErr::value_error("Invalid initialization option");
    let w = compress_wrapper(wbits).ok_or_else(invalid)?;
    if !(-1..=9).contains(&level)
        || method != 8
        || !(1..=9).contains(&mem_level)
        || !(0..=4).contains(&strategy)
    {
        return Err(invalid());
    }
    if mem_level != 8 || strategy != 0 {
        return Err(PyErr::new(
            &crate::object::types::NOT_IMPLEMENTED_ERROR,
            "compressobj(): only memLevel=8 and strategy=Z_DEFAULT_STRATEGY are supported",
        ));
    }
    let mut c = new_compressor(level, w);
    if let Some(z) = &a[5] {
        let dict = buffer_arg(z)?;
        if matches!(w, Wrapper::Gzip(_)) {
            return Err(invalid());
        }
        c.set_dictionary(&dict)
            .map_err(|_| error(vm, "Error -2 while setting zdict".into()))?;
    }
    Ok(Value::Object(Rc::new(Compressor {
        state: RefCell::new(CompressorState { c, finished: false }),
    })))
}

fn compressor_compress(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let [data] = args.positional.as_slice() else {
        return Err(PyErr::type_error(format!(
            "compress() takes exactly one argument ({} given)",
            args.positional.len()
        )));
    };
    let data = buffer_arg(data)?;
    let mut st = cthis(me).state.borrow_mut();
    if st.finished {
        return Err(error(
            vm,
            "Error -2 while compressing data: inconsistent stream state".into(),
        ));
    }
    run_compress(&mut st.c, &data, FlushCompress::None)
        .map(new_bytes)
        .map_err(|m| error(vm, format!("Error -2 while compressing data: {m}")))
}

fn compressor_flush(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let a = args.unpack_keywords("flush", &["mode"], 1, 0)?;
    let mode = int_or(&a[0], 4)?;
    let mut st = cthis(me).state.borrow_mut();
    let flush = match mode {
        0 => return Ok(new_bytes(Vec::new())),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => {
            return Err(error(
                vm,
                "Error -2 while flushing: inconsistent stream state".into(),
            ))
        }
    };
    if st.finished {
        return Err(error(
            vm,
            "Error -2 while flushing: inconsistent stream state".into(),
        ));
    }
    let out = run_compress(&mut st.c, &[], flush)
        .map_err(|m| error(vm, format!("Error -2 while flushing: {m}")))?;
    if mode == 4 {
        st.finished = true;
    }
    Ok(new_bytes(out))
}

fn compressor_copy(_vm: &Vm, _me: &Value, _args: Args) -> PyResult {
    Err(PyErr::new(
        &crate::object::types::NOT_IMPLEMENTED_ERROR,
        "Compress.copy() is not supported",
    ))
}

fn decompressor_copy(_vm: &Vm, _me: &Value, _args: Args) -> PyResult {
    Err(PyErr::new(
        &crate::object::types::NOT_IMPLEMENTED_ERROR,
        "Decompress.copy() is not supported",
    ))
}

/// `decompressobj(wbits=15, zdict=b'')`.
fn decompressobj(_vm: &Vm, args: Args) -> PyResult {
    let a = args.unpack_keywords("decompressobj", &["wbits", "zdict"], 2, 0)?;
    let wbits = int_or(&a[0], 15)?;
    let w = decompress_wrapper(wbits)
        .ok_or_else(|| PyErr::value_error("Invalid initialization option"))?;
    let zdict =
        match &a[1] {
            None => None,
            Some(z) => Some(buffer_arg(z).map_err(|_| {
                PyErr::type_error("zdict argument must support the buffer protocol")
            })?),
        };
    if zdict.is_some() && !matches!(w, Wrapper::Raw(_)) {
        return Err(PyErr::new(
            &crate::object::types::NOT_IMPLEMENTED_ERROR,
            "decompressobj(): zdict is supported for raw streams only",
        ));
    }
    Ok(Value::Object(Rc::new(Decompressor {
        state: RefCell::new(DecompressorState {
            d: None,
            wrapper: w,
            zdict: zdict.filter(|z| !z.is_empty()),
            unused_data: Vec::new(),
            unconsumed_tail: Vec::new(),
            eof: false,
        }),
    })))
}

/// Feeds `data` to the decompressor `st`, keeping what is left over.
fn feed(
    vm: &Vm,
    st: &mut DecompressorState,
    data: &[u8],
    max_length: usize,
    finish: bool,
) -> PyResult {
    if st.eof {
        // CPython has ended the zlib stream by now: more data is an error.
        if !data.is_empty() && !finish {
            return Err(error(
                vm,
                "Error -2 while decompressing data: inconsistent stream state".into(),
            ));
        }
        return Ok(new_bytes(Vec::new()));
    }
    if st.d.is_none() {
        if data.is_empty() {
            return Ok(new_bytes(Vec::new()));
        }
        let mut d = new_decompressor(st.wrapper, data.first().copied());
        if let Some(z) = &st.zdict {
            d.set_dictionary(z)
                .map_err(|_| error(vm, "Error -2 while setting zdict".into()))?;
        }
        st.d = Some(d);
    }
    let d = st.d.as_mut().expect("made above");
    let flush = if finish {
        FlushDecompress::Finish
    } else {
        FlushDecompress::None
    };
    match run_decompress(d, data, max_length, flush) {
        Ok((out, used, ended)) => {
            let rest = &data[used..];
            if ended {
                st.eof = true;
                st.unused_data.extend_from_slice(rest);
                st.unconsumed_tail.clear();
            } else if max_length > 0 {
                st.unconsumed_tail = rest.to_vec();
            } else {
                st.unconsumed_tail.clear();
            }
            Ok(new_bytes(out))
        }
        Err((code, msg)) => Err(decompress_error(vm, code, &msg)),
    }
}

fn decompressor_decompress(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let a = args.unpack_keywords("decompress", &["data", "max_length"], 2, 1)?;
    let data = buffer_arg(a[0].as_ref().expect("required"))?;
    let max_length = int_or(&a[1], 0)?;
    if max_length < 0 {
        return Err(PyErr::value_error("max_length must be non-negative"));
    }
    let mut st = dthis(me).state.borrow_mut();
    feed(vm, &mut st, &data, max_length as usize, false)
}

fn decompressor_flush(vm: &Vm, me: &Value, args: Args) -> PyResult {
    let a = args.unpack_keywords("flush", &["length"], 1, 0)?;
    if int_or(&a[0], 16384)? <= 0 {
        return Err(PyErr::value_error("length must be greater than zero"));
    }
    let mut st = dthis(me).state.borrow_mut();
    let tail = std::mem::take(&mut st.unconsumed_tail);
    feed(vm, &mut st, &tail, 0, true)
}
