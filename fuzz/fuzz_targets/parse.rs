//! The lexer and parser: any text either parses or gives a SyntaxError
//! whose position lies in the text and whose report can be drawn.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = pyasync::syntax::parse(source) {
        assert!(e.span.end as usize <= source.len());
        let report = pyasync::diagnostics::render_syntax_error("fuzz.py", source, &e, false);
        let last = format!("{}: {}", e.type_name(), e.msg);
        assert_eq!(report.lines().last(), Some(last.as_str()));
    }
});
