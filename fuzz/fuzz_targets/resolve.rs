//! The resolver: any module that parses resolves, or gives a SyntaxError
//! (a `nonlocal` with no binding, a misplaced `global`...), never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(mut module) = pyasync::syntax::parse(source) {
        let _ = pyasync::resolve::resolve_module(
            &mut module,
            &[],
            source,
            pyasync::builtins::builtin_index,
        );
    }
});
