//! Unit tests for the lexer, parser, validation and error messages.

use super::ast::*;
use super::lexer::tokenize;
use super::token::{IntLit, Tok};
use super::*;

fn toks(src: &str) -> Vec<Tok> {
    let (t, e) = tokenize(src);
    assert!(e.is_none(), "unexpected lex error {:?}", e);
    t.into_iter().map(|t| t.1).collect()
}

fn name(s: &str) -> Tok {
    Tok::Name(s.into())
}

fn err(src: &str) -> SyntaxError {
    match parse(src) {
        Ok(m) => panic!("expected an error for {:?}, got {:?}", src, m.body),
        Err(e) => e,
    }
}

/// (source, None if valid, or Some((type, msg, lineno, offset))) — generated
/// from python3.11's `compile()`.
/// (type name, message, line, offset) of the SyntaxError python3 raises.
type Expected = Option<(&'static str, &'static str, usize, usize)>;

#[rustfmt::skip]
const CPYTHON_TABLE: &[(&str, Expected)] = &[
    ("if x\n    pass\n", Some(("SyntaxError", "expected ':'", 1, 5))),
    ("if x y:\n  pass\n", Some(("SyntaxError", "invalid syntax", 1, 6))),
    ("while x\n  pass\n", Some(("SyntaxError", "expected ':'", 1, 8))),
    ("for x in y\n  pass\n", Some(("SyntaxError", "expected ':'", 1, 11))),
    ("def f()\n  pass\n", Some(("SyntaxError", "expected ':'", 1, 8))),
    ("def f(:\n  pass\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("if x:\n  pass\nelse\n  pass\n", Some(("SyntaxError", "expected ':'", 3, 5))),
    ("if x:\n  pass\nelif y\n  pass\n", Some(("SyntaxError", "expected ':'", 3, 7))),
    ("x = (1,\ny = 2\n", Some(("SyntaxError", "'(' was never closed", 1, 5))),
    ("print(1 2)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7))),
    ("print(1 2", Some(("SyntaxError", "'(' was never closed", 1, 6))),
    ("x = (1, 2\n", Some(("SyntaxError", "'(' was never closed", 1, 5))),
    ("foo(\n", Some(("SyntaxError", "'(' was never closed", 1, 4))),
    ("x = [1,\n2,\n", Some(("SyntaxError", "'[' was never closed", 1, 5))),
    ("f(a, {1: 2\n", Some(("SyntaxError", "'{' was never closed", 1, 6))),
    ("x = )\n", Some(("SyntaxError", "unmatched ')'", 1, 5))),
    ("x = (1]\n", Some(("SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7))),
    ("x = [1)\n", Some(("SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 7))),
    ("x = 'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 1)", 1, 5))),
    ("x = \"abc\ny=1\n", Some(("SyntaxError", "unterminated string literal (detected at line 1)", 1, 5))),
    ("x = '''abc\n\ny = 1\n", Some(("SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5))),
    ("s = '''abc", Some(("SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5))),
    ("if x:\npass\n", Some(("IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1))),
    ("x = 1\n  y = 2\n", Some(("IndentationError", "unexpected indent", 2, 2))),
    ("if x:\n    a\n  b\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 4))),
    ("def f():\n", Some(("IndentationError", "expected an indented block after function definition on line 1", 1, 9))),
    ("for x in y:\nz\n", Some(("IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1))),
    ("while 1:\n\n", Some(("IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1))),
    ("if 1:\n  pass\nelse:\nx\n", Some(("IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1))),
    ("if 1:\n  pass\nelif 2:\nx\n", Some(("IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1))),
    ("x = 1abc\n", Some(("SyntaxError", "invalid decimal literal", 1, 5))),
    ("x = 1 \u{20ac} 2\n", Some(("SyntaxError", "invalid character '\u{20ac}' (U+20AC)", 1, 7))),
    ("x = \u{20ac}\n", Some(("SyntaxError", "invalid character '\u{20ac}' (U+20AC)", 1, 5))),
    ("if x = 1:\n  pass\n", Some(("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4))),
    ("while a.b = 1: pass\n", Some(("SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 7))),
    ("x = 1 +\n", Some(("SyntaxError", "invalid syntax", 1, 8))),
    ("x = 1 + \\\n", Some(("SyntaxError", "unexpected EOF while parsing", 1, 10))),
    ("x = $\n", Some(("SyntaxError", "invalid syntax", 1, 5))),
    ("x = ?\n", Some(("SyntaxError", "invalid syntax", 1, 5))),
    ("f() = 1\n", Some(("SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("1 = x\n", Some(("SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("x + 1 = 2\n", Some(("SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("f() += 1\n", Some(("SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1))),
    ("1 += 1\n", Some(("SyntaxError", "'literal' is an illegal expression for augmented assignment", 1, 1))),
    ("(a, f()) = 1\n", Some(("SyntaxError", "cannot assign to function call", 1, 5))),
    ("a, 1 = x\n", Some(("SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4))),
    ("[a, b + 1] = x\n", Some(("SyntaxError", "cannot assign to expression", 1, 5))),
    ("x.y + 1 += 2\n", Some(("SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1))),
    ("None = 1\n", Some(("SyntaxError", "cannot assign to None", 1, 1))),
    ("True = 1\n", Some(("SyntaxError", "cannot assign to True", 1, 1))),
    ("return 1\n", Some(("SyntaxError", "'return' outside function", 1, 1))),
    ("break\n", Some(("SyntaxError", "'break' outside loop", 1, 1))),
    ("continue\n", Some(("SyntaxError", "'continue' not properly in loop", 1, 1))),
    ("await x\n", Some(("SyntaxError", "'await' outside function", 1, 1))),
    ("def f():\n  await x\n", Some(("SyntaxError", "'await' outside async function", 2, 3))),
    ("nonlocal x\n", Some(("SyntaxError", "nonlocal declaration not allowed at module level", 1, 1))),
    ("def f(x, x): pass\n", Some(("SyntaxError", "duplicate argument 'x' in function definition", 1, 10))),
    ("def f(x=1, y): pass\n", Some(("SyntaxError", "non-default argument follows default argument", 1, 12))),
    ("f(x=1, x=2)\n", Some(("SyntaxError", "keyword argument repeated: x", 1, 8))),
    ("f(x=1, 2)\n", Some(("SyntaxError", "positional argument follows keyword argument", 1, 9))),
    ("f(**k, *a)\n", Some(("SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8))),
    ("f(**k, 2)\n", Some(("SyntaxError", "positional argument follows keyword argument unpacking", 1, 9))),
    ("def f(*): pass\n", Some(("SyntaxError", "named arguments must follow bare *", 1, 7))),
    ("def f(a, /, b, /): pass\n", Some(("SyntaxError", "/ may appear only once", 1, 16))),
    ("def f(/): pass\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("def f(**k, a): pass\n", Some(("SyntaxError", "arguments cannot follow var-keyword argument", 1, 12))),
    ("for x in y:\n  pass\nelse:\n  break\n", Some(("SyntaxError", "'break' outside loop", 4, 3))),
    ("def f():\n  break\n", Some(("SyntaxError", "'break' outside loop", 2, 3))),
    ("while 1:\n  def g():\n    continue\n", Some(("SyntaxError", "'continue' not properly in loop", 3, 5))),
    ("x = 1\n\tif x:\n", Some(("IndentationError", "unexpected indent", 2, 1))),
    ("if 1:\n        a\n\tb\n", Some(("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1))),
    ("if 1:\n\tif 2:\n        a\n", Some(("TabError", "inconsistent use of tabs and spaces in indentation", 3, 1))),
    ("(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", Some(("SyntaxError", "too many nested parentheses", 1, 201))),
    ("x = 0x\n", Some(("SyntaxError", "invalid hexadecimal literal", 1, 6))),
    ("x = 0b12\n", Some(("SyntaxError", "invalid digit '2' in binary literal", 1, 8))),
    ("x = 0o8\n", Some(("SyntaxError", "invalid digit '8' in octal literal", 1, 7))),
    ("x = 1_\n", Some(("SyntaxError", "invalid decimal literal", 1, 6))),
    ("x = 1__0\n", Some(("SyntaxError", "invalid decimal literal", 1, 6))),
    ("x = 1e\n", Some(("SyntaxError", "invalid decimal literal", 1, 5))),
    ("x = 09\n", Some(("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5))),
    ("x = \"\\N{foo}\"\n", Some(("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14))),
    ("x = 1 if 2\n", Some(("SyntaxError", "expected 'else' after 'if' expression", 1, 5))),
    ("a b\n", Some(("SyntaxError", "invalid syntax", 1, 3))),
    ("x = {1 2}\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6))),
    ("x = [1 2]\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6))),
    ("x = (1 2)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6))),
    ("f(a b c)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3))),
    ("f(x + y z)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3))),
    ("f(x, y z)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6))),
    ("f(x \"s\")\n", Some(("SyntaxError", "invalid syntax", 1, 5))),
    ("x = 1\nprint(1 2)\ny = 'abc\n", Some(("SyntaxError", "unterminated string literal (detected at line 3)", 3, 5))),
    ("print(1 2)\ny = (\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7))),
    ("def f(x):\n  return x\n  y\n z\n", Some(("IndentationError", "unindent does not match any outer indentation level", 4, 3))),
    ("x = 'a' b'c'\n", Some(("SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13))),
    ("x ++= 1\n", Some(("SyntaxError", "invalid syntax", 1, 4))),
    ("import\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("from x import\n", Some(("SyntaxError", "invalid syntax", 1, 14))),
    ("from . import (a, b\n", Some(("SyntaxError", "'(' was never closed", 1, 15))),
    ("global\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("x = *a\n", Some(("SyntaxError", "can't use starred expression here", 1, 5))),
    ("*a = 1\n", Some(("SyntaxError", "starred assignment target must be in a list or tuple", 1, 1))),
    ("a, *b, *c = 1\n", Some(("SyntaxError", "multiple starred expressions in assignment", 1, 1))),
    ("print(*a for b)\n", Some(("SyntaxError", "invalid syntax", 1, 10))),
    ("x = 5 if 1 else\n", Some(("SyntaxError", "invalid syntax", 1, 16))),
    ("x = not\n", Some(("SyntaxError", "invalid syntax", 1, 8))),
    ("a = 1 = 2\n", Some(("SyntaxError", "cannot assign to literal", 1, 5))),
    ("x: int = 5\n", None),
    ("(x): int = 5\n", None),
    ("a, b: int\n", Some(("SyntaxError", "only single target (not tuple) can be annotated", 1, 1))),
    ("if True:\n    pass\n  else:\n    pass\n", Some(("IndentationError", "unindent does not match any outer indentation level", 3, 8))),
    ("\n\n   x = 1\n", Some(("IndentationError", "unexpected indent", 3, 3))),
    ("  # c\nx=1\n", None),
    ("\\\n", Some(("SyntaxError", "unexpected EOF while parsing", 1, 2))),
    ("x = 1\n\\", Some(("SyntaxError", "unexpected EOF while parsing", 2, 2))),
    ("x = (", Some(("SyntaxError", "'(' was never closed", 1, 5))),
    ("x ==== 2\n", Some(("SyntaxError", "invalid syntax", 1, 5))),
    ("x = 1 2\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("x = a.1\n", Some(("SyntaxError", "invalid syntax", 1, 6))),
    ("x = 1.e5.3\n", Some(("SyntaxError", "invalid syntax", 1, 9))),
    ("x = 1..2\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("f(a=1 b=2)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5))),
    ("f(1,,2)\n", Some(("SyntaxError", "invalid syntax", 1, 5))),
    ("x = [1,,2]\n", Some(("SyntaxError", "invalid syntax", 1, 8))),
    ("def f(a b): pass\n", Some(("SyntaxError", "invalid syntax", 1, 9))),
    ("if x:\n  pass\n  elif y:\n  pass\n", Some(("SyntaxError", "invalid syntax", 3, 3))),
    ("x = 'a\\\nb'\n", None),
    ("for in x: pass\n", Some(("SyntaxError", "invalid syntax", 1, 5))),
    ("return\n", Some(("SyntaxError", "'return' outside function", 1, 1))),
    ("x = -\n", Some(("SyntaxError", "invalid syntax", 1, 6))),
    ("1, a = x\n", Some(("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4))),
    ("(f()) = 1\n", Some(("SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 2))),
    ("a = f() = 1\n", Some(("SyntaxError", "cannot assign to function call", 1, 5))),
    ("f() = a = 1\n", Some(("SyntaxError", "cannot assign to function call", 1, 1))),
    ("x = 1\nf() = 2\n", Some(("SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 2, 1))),
    ("for f() in x: pass\n", Some(("SyntaxError", "cannot assign to function call", 1, 5))),
    ("for 1 in x: pass\n", Some(("SyntaxError", "cannot assign to literal", 1, 5))),
    ("(a, b) += 1\n", Some(("SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1))),
    ("... = 1\n", Some(("SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("a < b = 1\n", Some(("SyntaxError", "cannot assign to comparison", 1, 1))),
    ("-a = 1\n", Some(("SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("x = 1 if 2 else 3 = 4\n", Some(("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1))),
    ("'a' = 1\n", Some(("SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("a.b, [c, d()] = x\n", Some(("SyntaxError", "cannot assign to function call", 1, 10))),
    ("[*a] = 1\n", None),
    ("*a, = 1\n", None),
    ("x = (*a)\n", Some(("SyntaxError", "cannot use starred expression here", 1, 6))),
    ("print(*a)\n", None),
    ("x = *a, b\n", None),
    ("a = await = 1\n", Some(("SyntaxError", "invalid syntax", 1, 11))),
    ("if x:\n    pass\n      y\n", Some(("IndentationError", "unexpected indent", 3, 6))),
    ("x = 1\n  \n", None),
    ("for x in range(3):\n  if x:\n    continue\n", None),
    ("def f(a, b=1, *c, d, e=2, **f): pass\n", None),
    ("def f(a, /): pass\n", None),
    ("def f(*, a): pass\n", None),
    ("def f(a, *, b=1, c): pass\n", None),
    ("def f(*a, *b): pass\n", Some(("SyntaxError", "* argument may appear only once", 1, 11))),
    ("def f(**a, **b): pass\n", Some(("SyntaxError", "arguments cannot follow var-keyword argument", 1, 12))),
    ("def f(*a=1): pass\n", Some(("SyntaxError", "var-positional argument cannot have default value", 1, 9))),
    ("def f(a=1, /, b): pass\n", Some(("SyntaxError", "non-default argument follows default argument", 1, 15))),
    ("def f(a,, b): pass\n", Some(("SyntaxError", "invalid syntax", 1, 9))),
    ("f(a=1, *b)\n", None),
    ("x = 1 +\\\n2\n", None),
    ("x = [\n1,\n2]\ny\n", None),
    ("x = 1 if 2 else\n", Some(("SyntaxError", "invalid syntax", 1, 16))),
    ("def f(a, *, b): pass\nf(1, b=2, b=3)\n", Some(("SyntaxError", "keyword argument repeated: b", 2, 11))),
    ("x = [1, 2\ny = 3\n", Some(("SyntaxError", "'[' was never closed", 1, 5))),
    ("if x:\n  pass\nelse:\n  pass\n  x = (\n", Some(("SyntaxError", "'(' was never closed", 5, 7))),
    ("import a.b as c, d\nfrom . import (x, y,)\nfrom ..m import *\n", None),
    ("async def f():\n  await g()\n", None),
    ("x = 1 +* 2\n", Some(("SyntaxError", "invalid syntax", 1, 8))),
    ("print('a' 'b' 3 4)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7))),
];

#[test]
fn cpython_error_table() {
    let mut failures = Vec::new();
    for &(src, want) in CPYTHON_TABLE {
        let got = parse(src)
            .err()
            .map(|e| (e.type_name(), e.msg.clone(), e.lineno, e.offset));
        let want = want.map(|(t, m, l, o)| (t, m.to_string(), l, o));
        if got != want {
            failures.push(format!("{:?}\n   want {:?}\n    got {:?}", src, want, got));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------- lexer

#[test]
fn lex_indent_dedent_nested() {
    let t = toks("if a:\n    if b:\n        c\n    d\ne\n");
    use Tok::*;
    assert_eq!(
        t,
        vec![
            If,
            name("a"),
            Colon,
            Newline,
            Indent,
            If,
            name("b"),
            Colon,
            Newline,
            Indent,
            name("c"),
            Newline,
            Dedent,
            name("d"),
            Newline,
            Dedent,
            name("e"),
            Newline
        ]
    );
}

#[test]
fn lex_comments_blank_lines_and_eof_dedents() {
    use Tok::*;
    let t = toks("# c\n\nif a:  # x\n\n    # only comment\n  \n    b\n");
    assert_eq!(
        t,
        vec![
            If,
            name("a"),
            Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            Dedent
        ]
    );
    // no final newline
    assert_eq!(toks("x"), vec![name("x"), Newline]);
    assert_eq!(toks(""), vec![]);
}

#[test]
fn lex_brackets_join_lines_and_backslash() {
    use Tok::*;
    let t = toks("x = (1,\n  2)\ny = 1 + \\\n  2\n");
    assert_eq!(
        t,
        vec![
            name("x"),
            Equal,
            Lpar,
            Int(IntLit::Small(1)),
            Comma,
            Int(IntLit::Small(2)),
            Rpar,
            Newline,
            name("y"),
            Equal,
            Int(IntLit::Small(1)),
            Plus,
            Int(IntLit::Small(2)),
            Newline
        ]
    );
}

#[test]
fn lex_tabs() {
    // a tab is 8 columns, consistently used
    use Tok::*;
    assert_eq!(
        toks("if a:\n\tb\n"),
        vec![
            If,
            name("a"),
            Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            Dedent
        ]
    );
    let e = err("if 1:\n        a\n\tb\n");
    assert_eq!(
        (e.type_name(), e.msg.as_str(), e.lineno),
        (
            "TabError",
            "inconsistent use of tabs and spaces in indentation",
            3
        )
    );
}

fn str_value(src: &str) -> String {
    let t = toks(src);
    match &t[0] {
        Tok::Str(s) => s.value.to_string(),
        other => panic!("not a string: {:?}", other),
    }
}

#[test]
fn lex_strings() {
    assert_eq!(str_value(r#"'a\nb\t\\\'\"'"#), "a\nb\t\\'\"");
    assert_eq!(str_value(r#""\x41\u00e9\U0001F600\101\0""#), "Aé😀A\0");
    assert_eq!(str_value(r#"r'a\nb'"#), "a\\nb");
    assert_eq!(str_value("'''a\n'b'\n\"\"'''"), "a\n'b'\n\"\"");
    assert_eq!(str_value("'a\\\nb'"), "ab");
    assert_eq!(str_value(r#"'\d'"#), "\\d");
    let m = parse("x = 'a' \"b\" '''c'''\n").unwrap();
    match &m.body[0].kind {
        StmtKind::Assign { value, .. } => {
            assert!(matches!(&value.kind, ExprKind::Constant(Constant::Str(s)) if &**s == "abc"))
        }
        _ => panic!(),
    }
}

#[test]
fn lex_numbers() {
    use Tok::*;
    assert_eq!(
        toks("1_000 0x1F 0o17 0b101 1.5 .5 1e10 1_0.5 5. 0 00"),
        vec![
            Int(IntLit::Small(1000)),
            Int(IntLit::Small(31)),
            Int(IntLit::Small(15)),
            Int(IntLit::Small(5)),
            Float(1.5),
            Float(0.5),
            Float(1e10),
            Float(10.5),
            Float(5.0),
            Int(IntLit::Small(0)),
            Int(IntLit::Small(0)),
            Newline
        ]
    );
    match &toks("123456789012345678901234567890")[0] {
        Int(IntLit::Big(b)) => assert_eq!(b.to_string(), "123456789012345678901234567890"),
        t => panic!("{:?}", t),
    }
}

#[test]
fn lex_operators_and_keywords() {
    use Tok::*;
    assert_eq!(
        toks("-> := **= //= @ ... >>= != class lambda"),
        vec![
            Rarrow,
            ColonEqual,
            DoubleStarEqual,
            DoubleSlashEqual,
            At,
            Ellipsis,
            RShiftEqual,
            NotEqual,
            Class,
            Lambda,
            Newline
        ]
    );
}

#[test]
fn lex_errors() {
    for (src, msg) in [
        (
            "x = 'abc\n",
            "unterminated string literal (detected at line 1)",
        ),
        (
            "x = '''abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
        ),
        ("1abc", "invalid decimal literal"),
        ("x = €", "invalid character '€' (U+20AC)"),
        ("x = )", "unmatched ')'"),
    ] {
        let (_, e) = tokenize(src);
        assert_eq!(e.expect(src).msg, msg);
    }
}

// ---------------------------------------------------------------- parser

fn expr_of(src: &str) -> Expr {
    let m = parse(src).unwrap_or_else(|e| panic!("{}: {}", src, e));
    match m.body.into_iter().next().unwrap().kind {
        StmtKind::Expr(e) => e,
        k => panic!("not an expression statement: {:?}", k),
    }
}

/// A compact S-expression dump of an expression, to assert on shapes.
fn sx(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.id.to_string(),
        ExprKind::Constant(Constant::Int(i)) => i.to_string(),
        ExprKind::Constant(Constant::Str(s)) => format!("{:?}", s),
        ExprKind::Constant(c) => format!("{:?}", c),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), sx(left), sx(right))
        }
        ExprKind::UnaryOp { op, operand } => format!("({:?} {})", op, sx(operand)),
        ExprKind::BoolOp { op, values } => {
            format!(
                "({:?} {})",
                op,
                values.iter().map(sx).collect::<Vec<_>>().join(" ")
            )
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(cmp {}", sx(left));
            for (o, c) in ops.iter().zip(comparators) {
                s += &format!(" {} {}", o.symbol(), sx(c));
            }
            s + ")"
        }
        ExprKind::Await(v) => format!("(await {})", sx(v)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("(if {} {} {})", sx(test), sx(body), sx(orelse))
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut s = format!("(call {}", sx(func));
            for a in args {
                s += &format!(" {}", sx(a));
            }
            for k in keywords {
                match &k.arg {
                    Some(n) => s += &format!(" {}={}", n.name, sx(&k.value)),
                    None => s += &format!(" **{}", sx(&k.value)),
                }
            }
            s + ")"
        }
        ExprKind::Starred(v) => format!("*{}", sx(v)),
        ExprKind::Attribute { value, attr } => format!("{}.{}", sx(value), attr.name),
        ExprKind::Subscript { value, index } => format!("{}[{}]", sx(value), sx(index)),
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map_or(String::new(), |x| sx(x));
            format!("{}:{}:{}", o(lower), o(upper), o(step))
        }
        ExprKind::Tuple(v) => format!("(tuple {})", v.iter().map(sx).collect::<Vec<_>>().join(" ")),
        ExprKind::List(v) => format!("[{}]", v.iter().map(sx).collect::<Vec<_>>().join(" ")),
        ExprKind::Dict(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", sx(k), sx(v)),
                    None => format!("**{}", sx(v)),
                })
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        ExprKind::FString(parts) => format!("(f {:?})", parts.len()),
    }
}

#[test]
fn precedence() {
    let cases = [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("-2 ** 2", "(Neg (** 2 2))"),
        ("2 ** -1", "(** 2 (Neg 1))"),
        ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
        ("not a == b", "(Not (cmp a == b))"),
        ("a < b < c", "(cmp a < b < c)"),
        ("a not in b is not c", "(cmp a not in b is not c)"),
        ("a or b or c and d", "(Or a b (And c d))"),
        ("a if b else c if d else e", "(if b a (if d c e))"),
        ("a | b ^ c & d << 1 + 2", "(| a (^ b (& c (<< d (+ 1 2)))))"),
        ("a - b - c", "(- (- a b) c)"),
        ("a // b % c @ d", "(@ (% (// a b) c) d)"),
        ("~-+a", "(Invert (Neg (Pos a)))"),
        ("a.b[1:2](c)[::2]", "(call a.b[1:2:] c)[::2]"),
        ("a[1, 2]", "a[(tuple 1 2)]"),
        ("x[:]", "x[::]"),
    ];
    for (src, want) in cases {
        assert_eq!(sx(&expr_of(src)), want, "{}", src);
    }
}

#[test]
fn await_binds_tighter_than_power() {
    let m = parse("async def f():\n    await x ** 2\n").unwrap();
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    assert!(f.is_async);
    let StmtKind::Expr(e) = &f.body[0].kind else {
        panic!()
    };
    assert_eq!(sx(e), "(** (await x) 2)");
}

#[test]
fn calls_and_displays() {
    assert_eq!(
        sx(&expr_of("f(1, *a, k=2, **kw,)")),
        "(call f 1 *a k=2 **kw)"
    );
    assert_eq!(sx(&expr_of("f()")), "(call f)");
    assert_eq!(sx(&expr_of("()")), "(tuple )");
    assert_eq!(sx(&expr_of("(1,)")), "(tuple 1)");
    assert_eq!(sx(&expr_of("[1, *a,]")), "[1 *a]");
    assert_eq!(sx(&expr_of("{}")), "{}");
    assert_eq!(sx(&expr_of("{1: 2, **d}")), "{1: 2, **d}");
    assert_eq!(
        sx(&expr_of("None, True, False, ...")),
        "(tuple None True False Ellipsis)"
    );
    // spans: a parenthesised tuple covers the parentheses, a grouped expression does not
    let e = expr_of("(1, 2)");
    assert_eq!(e.span, Span::new(0, 6));
    let e = expr_of("(a)");
    assert_eq!(e.span, Span::new(1, 2));
}

#[test]
fn statements() {
    let src = "\
import a.b as c, d
from ..x.y import (e, f as g,)
from . import *
global h
a = b = 1
a, *b = 1, 2
[a, b] = x
x.y[0] += 1
x: int = 5
if a: pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    pass
for i in range(3):
    continue
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    return a; return
x = 1; y = 2;
";
    let m = parse(src).unwrap();
    let kinds: Vec<&str> = m
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Import(_) => "import",
            StmtKind::ImportFrom { .. } => "from",
            StmtKind::Global(_) => "global",
            StmtKind::Assign { .. } => "assign",
            StmtKind::AugAssign { .. } => "aug",
            StmtKind::If { .. } => "if",
            StmtKind::While { .. } => "while",
            StmtKind::For { .. } => "for",
            StmtKind::FunctionDef(_) => "def",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "import", "from", "from", "global", "assign", "assign", "assign", "aug", "assign",
            "if", "while", "for", "def", "assign", "assign"
        ]
    );
    let StmtKind::Import(names) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(
        (&*names[0].name, names[0].asname.as_ref().map(|i| &*i.name)),
        ("a.b", Some("c"))
    );
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = &m.body[1].kind
    else {
        panic!()
    };
    assert_eq!(
        (module.as_deref(), names.len(), *level),
        (Some("x.y"), 2, 2)
    );
    let StmtKind::Assign { targets, .. } = &m.body[4].kind else {
        panic!()
    };
    assert_eq!(targets.len(), 2);
    let StmtKind::Assign { targets, value } = &m.body[5].kind else {
        panic!()
    };
    assert_eq!(
        (sx(&targets[0]), sx(value)),
        ("(tuple a *b)".to_string(), "(tuple 1 2)".to_string())
    );
    let StmtKind::If { orelse, .. } = &m.body[9].kind else {
        panic!()
    };
    assert!(
        matches!(&orelse[0].kind, StmtKind::If { orelse, .. } if matches!(orelse[0].kind, StmtKind::Pass))
    );
    let StmtKind::FunctionDef(f) = &m.body[12].kind else {
        panic!()
    };
    let p = &f.params;
    let names = |v: &Vec<Param>| {
        v.iter()
            .map(|p| p.name.name.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&p.posonly), ["a", "b"]);
    assert_eq!(names(&p.args), ["c"]);
    assert_eq!(names(&p.kwonly), ["d", "e"]);
    assert_eq!(p.vararg.as_ref().unwrap().name.name.as_ref(), "args");
    assert_eq!(p.kwarg.as_ref().unwrap().name.name.as_ref(), "kw");
    assert_eq!(f.body.len(), 2);
    assert_eq!(
        &src[f.span.range()],
        "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:"
    );
}

#[test]
fn fstrings() {
    let e = expr_of("f'a{x!r:>{w}}b{{}}{y=}' 'c'");
    let ExprKind::FString(parts) = &e.kind else {
        panic!("{:?}", e)
    };
    assert_eq!(parts.len(), 5, "{:?}", parts);
    assert!(matches!(&parts[0], FStringPart::Literal(s) if &**s == "a"));
    match &parts[1] {
        FStringPart::Field {
            value,
            conversion,
            spec,
            debug_text,
        } => {
            assert_eq!(sx(value), "x");
            assert_eq!(*conversion, Some('r'));
            assert!(debug_text.is_none());
            assert_eq!(spec.as_ref().unwrap().len(), 2);
        }
        p => panic!("{:?}", p),
    }
    assert!(matches!(&parts[2], FStringPart::Literal(s) if &**s == "b{}"));
    match &parts[3] {
        FStringPart::Field {
            value, debug_text, ..
        } => {
            // the field's span points into the original source
            assert_eq!(value.span, Span::new(19, 20));
            assert_eq!(debug_text.as_deref(), Some("y="));
        }
        p => panic!("{:?}", p),
    }
    assert!(matches!(&parts[4], FStringPart::Literal(s) if &**s == "c"));
    for (src, msg) in [
        ("f'{}'", "f-string: empty expression not allowed"),
        ("f'}'", "f-string: single '}' is not allowed"),
        ("f'{'", "f-string: expecting '}'"),
        (
            "f'{1 2}'",
            "f-string: invalid syntax. Perhaps you forgot a comma?",
        ),
        (
            "f'{x!z}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
    ] {
        assert_eq!(err(src).msg, msg, "{}", src);
    }
}

// ---------------------------------------------------------------- nesting limits

#[test]
fn nesting_limits_do_not_overflow() {
    let e = err(&"(".repeat(1000));
    assert_eq!(
        (e.msg.as_str(), e.lineno, e.offset),
        ("too many nested parentheses", 1, 201)
    );
    assert!(parse(&format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199))).is_ok());
    let e = err(&format!("x = {}1\n", "-".repeat(100_000)));
    assert_eq!(e.msg, "expression too deeply nested");
    let e = err(&format!("x = 1{}\n", " + 1".repeat(100_000)));
    assert_eq!(e.msg, "expression too deeply nested");
    let e = err(&format!("x = 2{}\n", " ** 2".repeat(100_000)));
    assert_eq!(e.msg, "expression too deeply nested");
    let e = err(&format!("x = a{}\n", ".b".repeat(100_000)));
    assert_eq!(e.msg, "expression too deeply nested");
    let e = err(&format!("x = f{}\n", "()".repeat(100_000)));
    assert_eq!(e.msg, "expression too deeply nested");
    // 200 nested if blocks: CPython stops at 100 levels of indentation
    let src: String = (0..200)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(200)
        + "pass\n";
    let e = err(&src);
    assert_eq!(
        (e.type_name(), e.msg.as_str(), e.lineno),
        ("IndentationError", "too many levels of indentation", 101)
    );
    let ok: String = (0..98)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(98)
        + "pass\n";
    assert!(parse(&ok).is_ok());
}

// ---------------------------------------------------------------- diagnostics

#[test]
fn render_ends_with_cpython_line() {
    for (src, last) in [
        ("if x\n    pass\n", "SyntaxError: expected ':'"),
        ("x = 1\n  y = 2\n", "IndentationError: unexpected indent"),
        (
            "x = 'é€\n",
            "SyntaxError: unterminated string literal (detected at line 1)",
        ),
        (
            "print(1 2)",
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
        ),
        ("x = (", "SyntaxError: '(' was never closed"),
    ] {
        let e = err(src);
        for color in [false, true] {
            let out = crate::diagnostics::render_syntax_error("t.py", src, &e, color);
            assert_eq!(out.lines().last().unwrap(), last, "{}", out);
            if !color {
                assert!(out.contains("t.py"), "{}", out);
            }
        }
    }
}
