//! Deterministic fuzzing of the syntax front end: nothing may panic or overflow.

use std::panic::catch_unwind;

use pyasync::diagnostics::render_syntax_error;
use pyasync::syntax::parse;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn check(src: &str) {
    let owned = src.to_string();
    let r = catch_unwind(move || {
        if let Err(e) = parse(&owned) {
            assert!(
                e.lineno >= 1 && e.offset >= 1 || e.offset == 0,
                "bad position {:?}",
                e
            );
            let out = render_syntax_error("fuzz.py", &owned, &e, false);
            let last = format!("{}: {}", e.type_name(), e.msg);
            assert_eq!(out.lines().last(), Some(last.as_str()));
        }
    });
    assert!(r.is_ok(), "panic on input {:?}", src);
}

const VOCAB: &[&str] = &[
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ".",
    ";",
    "=",
    "->",
    ":=",
    "...",
    "+=",
    "-=",
    "*=",
    "**=",
    "//=",
    "x",
    "y",
    "f",
    "_",
    "é",
    "0",
    "1",
    "1_000",
    "0x1f",
    "1.5",
    ".5",
    "1e3",
    "'s'",
    "\"t\"",
    "'''u\n'''",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "b'b'",
    "r'\\d'",
    "'\\x4",
    "\n",
    "\n",
    "\n",
    "    ",
    "  ",
    "\t",
    "\\\n",
    "#c\n",
    " ",
    " ",
    " ",
    "€",
    "$",
    "?",
    "!",
    "'",
    "\"\"\"",
    "@d\n",
    "except*",
    "yield from",
    "lambda x:",
    "async for",
    "async with",
    "with (",
    "class C(",
    "x for x in y",
];

#[test]
fn random_bytes() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for i in 0..3000 {
        let len = rng.below(60);
        let s: String = if i % 2 == 0 {
            // random ASCII soup
            (0..len)
                .map(|_| match rng.below(100) {
                    0..=7 => '\n',
                    n => (n as u8 - 8 + 32) as char,
                })
                .collect()
        } else {
            // random valid UTF-8 (bytes made lossy)
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        };
        check(&s);
    }
}

#[test]
fn random_token_soup() {
    let mut rng = XorShift(0x1234_5678_9ABC_DEF1);
    for _ in 0..4000 {
        let n = rng.below(40);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(VOCAB[rng.below(VOCAB.len())]);
            if rng.below(2) == 0 {
                s.push(' ');
            }
        }
        check(&s);
    }
}

const MUT: &[u8] = b"()[]{}:,.=*'\"\n\t #\\x1";

#[test]
fn mutated_valid_programs() {
    let base = "import a.b as c\ndef f(a, b=1, *c, d, **e):\n    if a < b:\n        return f'{a!r:>{b}}'\n    elif not a:\n        x, *y = [1, 2]\n    else:\n        while x:\n            x -= 1\n    for i in (1, 2):\n        print(i, sep='')\n    return {**e, 'k': a[1:2]}\n";
    assert!(parse(base).is_ok());
    let mut rng = XorShift(42);
    let bytes = base.as_bytes();
    for _ in 0..3000 {
        let mut v = bytes.to_vec();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(v.len());
            match rng.below(3) {
                0 => {
                    v.remove(at);
                }
                1 => v.insert(at, MUT[rng.below(MUT.len())]),
                _ => v[at] = MUT[rng.below(MUT.len())],
            }
        }
        check(&String::from_utf8_lossy(&v));
    }
}

#[test]
fn mutated_valid_programs_new_syntax() {
    let base = "@dec(1)\nclass C(B, metaclass=M):\n    x: int = 0\n    async def f(self, *a, **k):\n        try:\n            async with (a as b, c):\n                del b[0], c.d\n        except* (E, F) as e:\n            raise E from e\n        finally:\n            assert a, 'm'\n        g = lambda x, *, y=1: (yield)\n        return [z async for z in a if (w := z)], {k: v for k, v in d}, {1, *s}\nwhile n := f(x for x in y):\n    pass\n";
    assert!(parse(base).is_ok(), "{:?}", parse(base).err());
    let mut rng = XorShift(7);
    let bytes = base.as_bytes();
    for _ in 0..3000 {
        let mut v = bytes.to_vec();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(v.len());
            match rng.below(3) {
                0 => {
                    v.remove(at);
                }
                1 => v.insert(at, MUT[rng.below(MUT.len())]),
                _ => v[at] = MUT[rng.below(MUT.len())],
            }
        }
        check(&String::from_utf8_lossy(&v));
    }
}

#[test]
fn deep_nesting_inputs() {
    for s in [
        "(".repeat(100_000),
        "[".repeat(300) + &"]".repeat(300),
        "-".repeat(100_000) + "1",
        "not ".repeat(50_000) + "x",
        "x".to_string() + &"[0]".repeat(50_000),
        (0..300)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect(),
        "f'{".repeat(1000),
        "lambda: ".repeat(300) + "1",
        "[x for x in ".repeat(200),
        "with (".repeat(300),
    ] {
        check(&s);
    }
}
