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
    ("print \"x\"\n", Some(("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1))),
    ("print x, 1\n", Some(("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1))),
    ("exec 'x'\n", Some(("SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1))),
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
    ("print('a' 'b' 3 4)\n", Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7))),    // classes, decorators, try, with, lambda, comprehensions, yield, walrus, del
    ("[x for x in y if z := x]\n", Some(("SyntaxError", "invalid syntax", 1, 20))),
    ("f(x for x in y, 1)\n", Some(("SyntaxError", "Generator expression must be parenthesized", 1, 3))),
    ("f(1, x for x in y)\n", Some(("SyntaxError", "Generator expression must be parenthesized", 1, 6))),
    ("f(x for x in y,)\n", Some(("SyntaxError", "Generator expression must be parenthesized", 1, 3))),
    ("try:\n  pass\nx = 1\n", Some(("SyntaxError", "expected 'except' or 'finally' block", 3, 1))),
    ("try:\n  pass\nelse:\n  pass\n", Some(("SyntaxError", "expected 'except' or 'finally' block", 3, 1))),
    ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", Some(("SyntaxError", "default 'except:' must be last", 3, 1))),
    ("try:\n  pass\nexcept* E:\n  pass\nexcept F:\n  pass\n", Some(("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1))),
    ("try:\n  pass\nexcept*:\n  pass\n", Some(("SyntaxError", "expected one or more exception types", 3, 8))),
    ("try:\n  pass\nexcept A, B:\n  pass\n", Some(("SyntaxError", "multiple exception types must be parenthesized", 3, 8))),
    ("yield 1\n", Some(("SyntaxError", "'yield' outside function", 1, 1))),
    ("class A:\n  yield 1\n", Some(("SyntaxError", "'yield' outside function", 2, 3))),
    ("async def f():\n  yield from x\n", Some(("SyntaxError", "'yield from' inside async function", 2, 3))),
    ("async def f():\n  yield 1\n  return 2\n", Some(("SyntaxError", "'return' with value in async generator", 3, 3))),
    ("async def f():\n  return 2\n  yield 1\n", Some(("SyntaxError", "'return' with value in async generator", 2, 3))),
    ("def f():\n  lambda: await x\n", Some(("SyntaxError", "'await' outside async function", 2, 11))),
    ("async def f():\n  lambda: await x\n", Some(("SyntaxError", "'await' outside async function", 2, 11))),
    ("def f():\n  [await x for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 3))),
    ("async def f():\n  [await x for x in y]\n", None),
    ("[await x for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 1))),
    ("lambda: await x\n", Some(("SyntaxError", "'await' outside async function", 1, 9))),
    ("def f():\n  [x async for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 3))),
    ("[x async for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 1))),
    ("async with a: pass\n", Some(("SyntaxError", "'async with' outside async function", 1, 1))),
    ("async for x in y: pass\n", Some(("SyntaxError", "'async for' outside async function", 1, 1))),
    ("def f():\n  async with a: pass\n", Some(("SyntaxError", "'async with' outside async function", 2, 3))),
    ("def f():\n  async for x in y: pass\n", Some(("SyntaxError", "'async for' outside async function", 2, 3))),
    ("while 1:\n  class A:\n    break\n", Some(("SyntaxError", "'break' outside loop", 3, 5))),
    ("class A:\n  return 1\n", Some(("SyntaxError", "'return' outside function", 2, 3))),
    ("__debug__ = 1\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("del f()\n", Some(("SyntaxError", "cannot delete function call", 1, 5))),
    ("del 1\n", Some(("SyntaxError", "cannot delete literal", 1, 5))),
    ("del a, (b, c())\n", Some(("SyntaxError", "cannot delete function call", 1, 12))),
    ("del *a\n", Some(("SyntaxError", "cannot delete starred", 1, 5))),
    ("del a + b\n", Some(("SyntaxError", "cannot delete expression", 1, 5))),
    ("del a if b else c\n", Some(("SyntaxError", "cannot delete conditional expression", 1, 5))),
    ("(lambda: 1) = 1\n", Some(("SyntaxError", "cannot assign to lambda here. Maybe you meant '==' instead of '='?", 1, 2))),
    ("lambda: 1 = 1\n", Some(("SyntaxError", "cannot assign to lambda", 1, 1))),
    ("(yield) = 1\n", Some(("SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2))),
    ("(a := 1) = 2\n", Some(("SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2))),
    ("x := 1\n", Some(("SyntaxError", "invalid syntax", 1, 3))),
    ("(a.b := 1)\n", Some(("SyntaxError", "cannot use assignment expressions with attribute", 1, 2))),
    ("(a[0] := 1)\n", Some(("SyntaxError", "cannot use assignment expressions with subscript", 1, 2))),
    ("(a + b := 1)\n", Some(("SyntaxError", "cannot use assignment expressions with expression", 1, 2))),
    ("{1, 2} = x\n", Some(("SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("[x for x in y] = 1\n", Some(("SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("(x for x in y) = 1\n", Some(("SyntaxError", "cannot assign to generator expression", 1, 1))),
    ("{a: b for a in c} = 1\n", Some(("SyntaxError", "cannot assign to dict comprehension here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("{} = 1\n", Some(("SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1))),
    ("(lambda: 1) += 1\n", Some(("SyntaxError", "'lambda' is an illegal expression for augmented assignment", 1, 2))),
    ("(yield) += 1\n", Some(("SyntaxError", "'yield expression' is an illegal expression for augmented assignment", 1, 2))),
    ("[x for x in y] += 1\n", Some(("SyntaxError", "'list comprehension' is an illegal expression for augmented assignment", 1, 1))),
    ("def f():\n  [(yield x) for x in y]\n", Some(("SyntaxError", "'yield' inside list comprehension", 2, 5))),
    ("del __debug__\n", Some(("SyntaxError", "cannot delete __debug__", 1, 5))),
    ("def f(__debug__): pass\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("f(__debug__=1)\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("x: int = yield\n", Some(("SyntaxError", "'yield' outside function", 1, 10))),
    ("with (a as b, c):\n  pass\n", None),
    ("with (a, b) as c:\n  pass\n", None),
    ("yield = 1\n", Some(("SyntaxError", "assignment to yield expression not possible", 1, 1))),
    ("def f():\n  x = yield = 1\n", Some(("SyntaxError", "assignment to yield expression not possible", 2, 7))),
    ("for __debug__ in x: pass\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 5))),
    ("with a as f(): pass\n", Some(("SyntaxError", "cannot assign to function call", 1, 11))),
    ("with a as 1: pass\n", Some(("SyntaxError", "cannot assign to literal", 1, 11))),
    ("async def f():\n  def g():\n    [x async for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 3, 5))),
    ("class C(x for x in y): pass\n", Some(("SyntaxError", "invalid syntax", 1, 11))),
    ("lambda x, x: 1\n", Some(("SyntaxError", "duplicate argument 'x' in function definition", 1, 11))),
    ("lambda *: 1\n", Some(("SyntaxError", "named arguments must follow bare *", 1, 9))),
    ("lambda x=1, y: 1\n", Some(("SyntaxError", "non-default argument follows default argument", 1, 13))),
    ("raise from x\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("assert\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("del\n", Some(("SyntaxError", "invalid syntax", 1, 4))),
    ("del ()\n", None),
    ("@x\nx = 1\n", Some(("SyntaxError", "invalid syntax", 2, 1))),
    ("class A(metaclass=M, x=1, x=2): pass\n", Some(("SyntaxError", "keyword argument repeated: x", 1, 27))),
    ("[x for x in y for __debug__ in z]\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 19))),
    ("(__debug__ := 1)\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 2))),
    ("x.__debug__ = 1\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("import a as __debug__\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("def __debug__(): pass\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("class __debug__: pass\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("__debug__ += 1\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("__debug__: int = 1\n", Some(("SyntaxError", "cannot assign to __debug__", 1, 1))),
    ("def f():\n  yield from\n", Some(("SyntaxError", "invalid syntax", 2, 13))),
    ("await = 1\n", Some(("SyntaxError", "invalid syntax", 1, 7))),
    ("[i := 0 for i in x]\n", Some(("SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2))),
    ("[(i := 0) for i in x]\n", Some(("SyntaxError", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 3))),
    ("[x for x in (y := [1])]\n", Some(("SyntaxError", "assignment expression cannot be used in a comprehension iterable expression", 1, 14))),
    ("class A:\n  [(j := 1) for i in x]\n", Some(("SyntaxError", "assignment expression within a comprehension cannot be used in a class body", 2, 5))),
    ("{**a for a in b}\n", Some(("SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2))),
    ("[*a for a in b]\n", Some(("SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2))),
    ("def f():\n  return *a, b\n", None),
    ("async def f():\n  yield 1\n  return\n", None),
    ("try:\n  pass\nfinally:\n  pass\nexcept:\n  pass\n", Some(("SyntaxError", "invalid syntax", 5, 1))),
    ("try:\n  pass\nexcept E:\n  pass\nelse:\n  pass\n", None),
    ("try:\n  pass\nexcept* E as e:\n  pass\n", None),
    ("with (a, b,):\n  pass\n", None),
    ("lambda: (yield)\n", None),
    ("def f():\n  x = [(yield) for i in y]\n", Some(("SyntaxError", "'yield' inside list comprehension", 2, 9))),
    ("class A:\n  def f(): pass\n  return\n", Some(("SyntaxError", "'return' outside function", 3, 3))),
    ("async def f():\n  (x async for x in y)\n", None),
    ("def f():\n  (x async for x in y)\n", None),
    ("def f():\n  [x for x in y async for z in w]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 3))),
    ("async def f():\n  [[x async for x in y] for z in w]\n", None),
    ("def f():\n  [await x for x in y]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 3))),
    ("async def f():\n  [x for x in await y]\n", None),
    ("def f():\n  (await x for x in y)\n", None),
    ("(await x for x in y)\n", None),
    ("(x async for x in y)\n", None),
    ("def f():\n  yield from [(yield from x) for x in y]\n", Some(("SyntaxError", "'yield' inside list comprehension", 2, 16))),
    ("x = yield from y\n", Some(("SyntaxError", "'yield' outside function", 1, 5))),
    ("class A:\n  await x\n", Some(("SyntaxError", "'await' outside function", 2, 3))),
    ("def f():\n  x = {(yield) for i in y}\n", Some(("SyntaxError", "'yield' inside set comprehension", 2, 9))),
    ("def f():\n  x = ((yield) for i in y)\n", Some(("SyntaxError", "'yield' inside generator expression", 2, 9))),
    ("def f():\n  x = {i: (yield) for i in y}\n", Some(("SyntaxError", "'yield' inside dict comprehension", 2, 12))),
    ("async def f():\n  [x for x in y]\n  yield from z\n", Some(("SyntaxError", "'yield from' inside async function", 3, 3))),
    ("lambda: (yield from x)\n", None),
    ("[x for x in y if (yield)]\n", Some(("SyntaxError", "'yield' inside list comprehension", 1, 19))),
    ("def f():\n  [x for x in (yield)]\n", None),
    ("class A(B, C, metaclass=M):\n  x: int = 1\n  def f(self): return self.x\n", None),
    ("@d1\n@d2(x)\nclass A: pass\n", None),
    ("@a.b\nasync def f(): pass\n", None),
    ("try:\n  pass\nexcept (A, B) as e:\n  pass\nexcept C:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass\n", None),
    ("raise\n", None),
    ("raise E(x) from cause\n", None),
    ("with a as b, c as (d, e), f:\n  pass\n", None),
    ("async def f():\n  async with a as b:\n    async for x in y:\n      await x\n", None),
    ("del a, b[1], c.d, (e, f), [g]\n", None),
    ("assert x, 'msg'\n", None),
    ("self.x: int = 5\n", None),
    ("x: int\n", None),
    ("f = lambda: 0\n", None),
    ("f = lambda x, y=1, *a, k, **kw: x\n", None),
    ("f = lambda a, /, b, *, c=1: a\n", None),
    ("f = lambda: a if b else c\n", None),
    ("x = [x for x in y if c]\nx = {x for x in y}\nx = {k: v for k, v in y}\nx = (x for x in y)\n", None),
    ("sum(x for x in y)\n", None),
    ("x = {1, 2, *xs}\n", None),
    ("def g():\n  x = yield y\n  yield a, b\n  return (yield)\n  z = yield from w\n", None),
    ("if (n := len(a)) > 10:\n  pass\n", None),
    ("while chunk := read():\n  pass\n", None),
    ("[y for x in d if (y := f(x))]\n", None),
    ("def f():\n  return *a, b\n", None),
    ("for x in *a, b:\n  pass\n", None),
    ("with (open(x)) as f:\n  pass\n", None),
    ("with (a, b):\n  pass\n", None),
    ("with (yield):\n  pass\n", Some(("SyntaxError", "'yield' outside function", 1, 7))),
    ("f(x for x in y for z in w if z)\n", None),
    ("x = [i for i in range(3)][0]\n", None),
    ("class A:\n  break\n", Some(("SyntaxError", "'break' outside loop", 2, 3))),
    ("class A:\n  continue\n", Some(("SyntaxError", "'continue' not properly in loop", 2, 3))),
    ("try:\n  pass\n", Some(("SyntaxError", "expected 'except' or 'finally' block", 2, 7))),
    ("try: pass\nfinally: pass\n", None),
    ("x = {**a, 'b': 1}\n", None),
    ("@\ndef f(): pass\n", Some(("SyntaxError", "invalid syntax", 1, 2))),
    ("class A(x=1, 2): pass\n", Some(("SyntaxError", "positional argument follows keyword argument", 1, 15))),
    ("f(a, b for b in c)\n", Some(("SyntaxError", "Generator expression must be parenthesized", 1, 6))),
    ("lambda: (yield)\n", None),
    ("x = lambda x=lambda: 1: x\n", None),
    ("def f(*, a): return lambda *, b: b\n", None),
    ("lambda **k, a: 1\n", Some(("SyntaxError", "arguments cannot follow var-keyword argument", 1, 13))),
    ("[(x, y) for x in a async for y in b]\n", Some(("SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 1))),
    ("async def f():\n  return [x async for x in y]\n", None),
    ("async def f():\n  yield from x\n  return 1\n", Some(("SyntaxError", "'yield from' inside async function", 2, 3))),
    ("try:\n  pass\nexcept* (A, B):\n  pass\nexcept* C as e:\n  pass\n", None),
    ("with a:\npass\n", Some(("IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1))),
    ("try:\npass\n", Some(("IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1))),
    ("class A:\npass\n", Some(("IndentationError", "expected an indented block after class definition on line 1", 2, 1))),
    ("try:\n  pass\nexcept:\npass\n", Some(("IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1))),
    ("try:\n  pass\nfinally:\npass\n", Some(("IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1))),
    ("async def f():\n  async with a:\n  pass\n", Some(("IndentationError", "expected an indented block after 'with' statement on line 2", 3, 3))),
    ("x = yield\n", Some(("SyntaxError", "'yield' outside function", 1, 5))),
    ("def f():\n  await = 1\n", Some(("SyntaxError", "invalid syntax", 2, 9))),
    ("global x\nx := 5\n", Some(("SyntaxError", "invalid syntax", 2, 3))),
    ("print((yield))\n", Some(("SyntaxError", "'yield' outside function", 1, 8))),
    ("def f():\n  print((yield))\n", None),
    ("f(**{'a': 1} for x in y)\n", Some(("SyntaxError", "invalid syntax", 1, 14))),
];

/// Match statements (PEP 634), generated from python3.11's `compile()`.
#[rustfmt::skip]
const CPYTHON_MATCH_TABLE: &[(&str, Expected)] = &[
    ("match x:\n    case y:\n        pass\n    case 1:\n        pass\n", Some(("SyntaxError", "name capture 'y' makes remaining patterns unreachable", 2, 10))),
    ("match x:\n    case _:\n        pass\n    case 1:\n        pass\n", Some(("SyntaxError", "wildcard makes remaining patterns unreachable", 2, 10))),
    ("match x:\n    case [a, a]:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'a' in pattern", 2, 14))),
    ("match x:\n    case 1 | y:\n        pass\n", Some(("SyntaxError", "alternative patterns bind different names", 2, 14))),
    ("match x:\n    case a | b:\n        pass\n", Some(("SyntaxError", "name capture 'a' makes remaining patterns unreachable", 2, 10))),
    ("match x:\n    case [a] | [b]:\n        pass\n", Some(("SyntaxError", "alternative patterns bind different names", 2, 17))),
    ("match x:\n    case (y as z) | w:\n        pass\n", Some(("SyntaxError", "name capture 'y' makes remaining patterns unreachable", 2, 11))),
    ("match x:\n    case f'{y}':\n        pass\n", Some(("SyntaxError", "patterns may only match literals and attribute lookups", 2, 10))),
    ("match x:\n    case {a: 1}:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 12))),
    ("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", Some(("SyntaxError", "mapping pattern checks duplicate key ('a')", 2, 10))),
    ("match x:\n    case Point(x=1, 2):\n        pass\n", Some(("SyntaxError", "positional patterns follow keyword patterns", 2, 21))),
    ("match x:\n    case Point(x=1, x=2):\n        pass\n", Some(("SyntaxError", "attribute name repeated in class pattern: x", 2, 23))),
    ("match x:\n    case [*a, *b]:\n        pass\n", Some(("SyntaxError", "multiple starred names in sequence pattern", 2, 10))),
    ("match x:\n    case (*a):\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 13))),
    ("match x:\n    case *a:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 12))),
    ("match x:\n    case _ as y:\n        pass\n", None),
    ("match x:\n    case y as _:\n        pass\n", Some(("SyntaxError", "cannot use '_' as a target", 2, 15))),
    ("match x:\n    case 1 as 2:\n        pass\n", Some(("SyntaxError", "invalid pattern target", 2, 15))),
    ("match x:\n    case a.b as c.d:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 18))),
    ("match x:\n    pass\n", Some(("SyntaxError", "invalid syntax", 2, 5))),
    ("match x:\n", Some(("IndentationError", "expected an indented block after 'match' statement on line 1", 1, 9))),
    ("match x:\n    case 1:\n    pass\n", Some(("IndentationError", "expected an indented block after 'case' statement on line 2", 3, 5))),
    ("match x:\n    case 1\n        pass\n", Some(("SyntaxError", "expected ':'", 2, 11))),
    ("match x\n    case 1:\n        pass\n", Some(("SyntaxError", "expected ':'", 1, 8))),
    ("match x:\n    case -y:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 11))),
    ("match x:\n    case a.b():\n        pass\n", None),
    ("match x:\n    case {**rest, 'a': 1}:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 19))),
    ("match x:\n    case {**_}:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 13))),
    ("match x:\n    case x if x:\n        pass\n    case _:\n        pass\n", None),
    ("match x:\n    case y:\n        pass\n    case _:\n        pass\n", Some(("SyntaxError", "name capture 'y' makes remaining patterns unreachable", 2, 10))),
    ("match x:\n    case (y):\n        pass\n    case _:\n        pass\n", Some(("SyntaxError", "name capture 'y' makes remaining patterns unreachable", 2, 11))),
    ("match x:\n    case y | z:\n        pass\n", Some(("SyntaxError", "name capture 'y' makes remaining patterns unreachable", 2, 10))),
    ("match x:\n    case _ | 1:\n        pass\n", Some(("SyntaxError", "wildcard makes remaining patterns unreachable", 2, 10))),
    ("match x:\n    case 1 | _ | 2:\n        pass\n", Some(("SyntaxError", "wildcard makes remaining patterns unreachable", 2, 14))),
    ("match x:\n    case [x] as x:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 11))),
    ("match x:\n    case {'a': x, **x}:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 16))),
    ("match x:\n    case C(x, y=x):\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 17))),
    ("match x:\n    case b'a':\n        pass\n", None),
    ("match x:\n    case 'a' 'b':\n        pass\n", None),
    ("match x:\n    case [1, 2, *rest]:\n        pass\n", None),
    ("match *x:\n    case _:\n        pass\n", Some(("SyntaxError", "invalid syntax", 1, 9))),
    ("match x, *y:\n    case _:\n        pass\n", None),
    ("match x,:\n    case _:\n        pass\n", None),
    ("def f():\n    match x:\n        case y:\n            pass\n        case z:\n            pass\n", Some(("SyntaxError", "name capture 'y' makes remaining patterns unreachable", 3, 14))),
    ("match x:\n    case a.b:\n        pass\n    case _:\n        pass\n", None),
    ("match x:\n    case __debug__:\n        pass\n", Some(("SyntaxError", "cannot assign to __debug__", 2, 10))),
    ("match x:\n    case {'a': _, 1.5: y}:\n        pass\n", None),
    ("match x:\n    case {-1: y}:\n        pass\n", None),
    ("match x:\n    case {None: y, True: z}:\n        pass\n", None),
    ("match x:\n    case {f'a': y}:\n        pass\n", Some(("SyntaxError", "mapping pattern keys may only match literals and attribute lookups", 2, 10))),
    ("match x:\n    case [a, *_, b]:\n        pass\n", None),
    ("match x:\n    case Point(1, 2, x=3) if y:\n        pass\n", None),
    ("match x:\n    case 1:\n        pass\n    x = 1\n", Some(("SyntaxError", "invalid syntax", 4, 5))),
    ("match x:\n    case 1:\n        pass\ncase 2:\n    pass\n", Some(("SyntaxError", "invalid syntax", 4, 6))),
    ("match x:\n  case 1: pass\n  case 2: pass\n", None),
    ("match (x):\n  case 1: pass\n", None),
    ("match(x)\n", None),
    ("match = 1\nmatch.x = 2\nmatch[1]\ncase = 3\n", None),
    ("match x:\n    case {'a': 1, **rest,}:\n        pass\n", None),
    ("match x:\n    case {**rest, }:\n        pass\n", None),
    ("match x:\n    case (1 as y) | (2 as y):\n        pass\n", None),
    ("match x:\n    case [1] | (2 as y):\n        pass\n", Some(("SyntaxError", "alternative patterns bind different names", 2, 17))),
    ("match x:\n    case True | None as y:\n        pass\n    case y if y:\n        pass\n", None),
    ("async def f():\n    match await x:\n        case 1 if await y:\n            pass\n", None),
    ("match x:\n    case await y:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 10))),
    ("match x:\n    case 0x10 | 1_000 | 1.5 | -0.5:\n        pass\n", None),
    ("match x:\n    case C(**k):\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 12))),
    ("match x:\n    case C(*k):\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 12))),
    ("match x:\n    case [*a]:\n        pass\n    case 1:\n        pass\n", None),
    ("match x:\n    case (a as b) as c:\n        pass\n", None),
    ("match x:\n    case a as b as c:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 17))),
    ("match x:\n    case z if z := 1:\n        pass\n", None),
    ("match x:\n    case z if (z := 1):\n        pass\n", None),
    ("match v:\n    case [x, [y]] as y:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'y' in pattern", 2, 15))),
    ("match v:\n    case [x, [y]] as x:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 15))),
    ("match v:\n    case {'a': [x], **x}:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 17))),
    ("match v:\n    case {'a': [1, x], 'b': 2, **x}:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 29))),
    ("match v:\n    case C(y=[x]) as x:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 15))),
    ("match v:\n    case ([x] | [x]) as x:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 18))),
    ("match v:\n    case [x] | [x] as x:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 17))),
    ("match v:\n    case [x, *x]:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'x' in pattern", 2, 14))),
    ("match v:\n    case [[1, x], 2] | [y, 3]:\n        pass\n", Some(("SyntaxError", "alternative patterns bind different names", 2, 28))),
    ("match v:\n    case [1, x] | [x, 3] | [4, y]:\n        pass\n", Some(("SyntaxError", "alternative patterns bind different names", 2, 32))),
    ("match v:\n    case x | [1, x]:\n        pass\n", Some(("SyntaxError", "name capture 'x' makes remaining patterns unreachable", 2, 10))),
    ("match v:\n    case [a, b] | [b, a]:\n        pass\n", None),
    ("match v:\n    case {'a': 1, 'a': 2, 'b': x, 'b': 3}:\n        pass\n", Some(("SyntaxError", "mapping pattern checks duplicate key ('a')", 2, 10))),
    ("match v:\n    case {1: 1, 1.0: 2}:\n        pass\n", Some(("SyntaxError", "mapping pattern checks duplicate key (1.0)", 2, 10))),
    ("match v:\n    case {True: 1, 1: 2}:\n        pass\n", Some(("SyntaxError", "mapping pattern checks duplicate key (1)", 2, 10))),
    ("match v:\n    case {A.b: 1, A.b: 2}:\n        pass\n", None),
    ("match v:\n    case {-0: 1, 0: 2}:\n        pass\n", Some(("SyntaxError", "mapping pattern checks duplicate key (0)", 2, 10))),
    ("match v:\n    case C(a=1, b=2, a=3):\n        pass\n", Some(("SyntaxError", "attribute name repeated in class pattern: a", 2, 24))),
    ("match v:\n    case C(1, a=1, 2):\n        pass\n", Some(("SyntaxError", "positional patterns follow keyword patterns", 2, 20))),
    ("match v:\n    case y if y:\n        pass\n    case z:\n        pass\n    case 1:\n        pass\n", Some(("SyntaxError", "name capture 'z' makes remaining patterns unreachable", 4, 10))),
    ("match v:\n    case 1:\n        pass\n    case None:\n        pass\n    case [a, _]:\n        pass\n    case z:\n        pass\n", None),
    ("match v:\n    case _:\n        pass\n    case _:\n        pass\n", Some(("SyntaxError", "wildcard makes remaining patterns unreachable", 2, 10))),
    ("match v:\n    case [__debug__]:\n        pass\n", Some(("SyntaxError", "cannot assign to __debug__", 2, 11))),
    ("match v:\n    case [*__debug__]:\n        pass\n", Some(("SyntaxError", "cannot assign to __debug__", 2, 11))),
    ("match v:\n    case {**__debug__}:\n        pass\n", Some(("SyntaxError", "cannot assign to __debug__", 2, 10))),
    ("match v:\n    case C(__debug__=1):\n        pass\n", Some(("SyntaxError", "cannot assign to __debug__", 2, 22))),
    ("match v:\n    case [1] as __debug__:\n        pass\n", Some(("SyntaxError", "cannot assign to __debug__", 2, 11))),
    ("match v:\n    case *a, *b:\n        pass\n", Some(("SyntaxError", "multiple starred names in sequence pattern", 2, 10))),
    ("match v:\n    case a, a:\n        pass\n", Some(("SyntaxError", "multiple assignments to name 'a' in pattern", 2, 13))),
    ("match v:\n    case (a, b) | (b, c):\n        pass\n", Some(("SyntaxError", "alternative patterns bind different names", 2, 23))),
    ("match v:\n    case 1 | 2 as x | 3:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 21))),
    ("match v:\n    case 'a' f'b':\n        pass\n", Some(("SyntaxError", "patterns may only match literals and attribute lookups", 2, 10))),
    ("match v:\n    case x.y.z:\n        pass\n", None),
    ("match v:\n    case {x.y: 1}:\n        pass\n", None),
    ("match v:\n    case {'a': 1 **rest}:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 18))),
    ("match v:\n    case [1, 2\n        pass\n", Some(("SyntaxError", "'[' was never closed", 2, 10))),
    ("match v:\n    case x:\n        pass\n    case [y]:\n        pass\n", Some(("SyntaxError", "name capture 'x' makes remaining patterns unreachable", 2, 10))),
    ("match v:\n case 1:\n  x = 1\n case 2:\n  y=2\n", None),
    ("match v:\n    case [] | ():\n        pass\n", None),
    ("if 1:\n  match = 3\n  match -1:\n    case 1: pass\n", None),
    ("match not x:\n    case False: pass\n", None),
    ("match x if y else z:\n    case 1: pass\n", None),
    ("match lambda: 1:\n    case 1: pass\n", None),
    ("match x := 1:\n    case 1: pass\n", None),
    ("match x,\n", Some(("SyntaxError", "expected ':'", 1, 9))),
    ("match x\n", Some(("SyntaxError", "expected ':'", 1, 8))),
    ("match x\nfoo\n", Some(("SyntaxError", "expected ':'", 1, 8))),
    ("match x y\n", Some(("SyntaxError", "invalid syntax", 1, 9))),
    ("match x, y\n", Some(("SyntaxError", "expected ':'", 1, 11))),
    ("match (x)\n", None),
    ("match [x]\n", None),
    ("match *x\n", None),
    ("match -x\n", None),
    ("match not in x\n", None),
    ("match x z:\n  case 1: pass\n", Some(("SyntaxError", "invalid syntax", 1, 9))),
    ("match f(x) z:\n  case 1: pass\n", Some(("SyntaxError", "invalid syntax", 1, 12))),
    ("match -x\n", None),
    ("case 1:\n    pass\n", Some(("SyntaxError", "invalid syntax", 1, 6))),
    ("match x:\n    case 1:\n        pass\n    case:\n        pass\n", Some(("SyntaxError", "invalid syntax", 4, 9))),
    ("match x:\n    case 1:\n        pass\n    case y if :\n        pass\n", Some(("SyntaxError", "invalid syntax", 4, 15))),
    ("match x:\n    case [a b]:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 13))),
    ("match x y:\n    case 1:\n        pass\n", Some(("SyntaxError", "invalid syntax", 1, 9))),
    ("match x:\n    case x y:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 12))),
    ("match x:\n    case 1:\n        break\n", Some(("SyntaxError", "'break' outside loop", 3, 9))),
    ("async def f():\n    match x:\n        case 1:\n            yield 1\n", None),
    ("match x:\n    case 1:\n        await y\n", Some(("SyntaxError", "'await' outside function", 3, 9))),
    ("match x:\n    case 1 if await y:\n        pass\n", Some(("SyntaxError", "'await' outside function", 2, 15))),
    ("match x:\n    case {1: a, 'b': b, **c}:\n        pass\n", None),
    ("match x:\n    case C(a, b, c=d, e=[f, *g]):\n        pass\n", None),
    ("match.x = 1\nmatch: int = 2\nmatch, case = 1, 2\nprint(match, case)\n", None),
    ("match(a, b)\ncase(c)\n", None),
    ("match x:\n    case -1.5 | 1_0 | 'a' 'b' | None:\n        pass\n", None),
    ("match x:\n    case [x, y, *z] as w if w:\n        pass\n", None),
    ("match x:\n    case {'a': 1, **rest, 'b': 2}:\n        pass\n", Some(("SyntaxError", "invalid syntax", 2, 27))),
    ("match x:\n    case (1, 2\n", Some(("SyntaxError", "'(' was never closed", 2, 10))),
    ("for match in x:\n    match match:\n        case case: pass\n", None),
    ("match x:\n    case 1:\n        pass\n    case 2:\n        match y:\n            case 3:\n                pass\n    case 4:\n        pass\n", None),
];

fn check_table(table: &[(&str, Expected)]) {
    let mut failures = Vec::new();
    for &(src, want) in table {
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

#[test]
fn cpython_match_error_table() {
    check_table(CPYTHON_MATCH_TABLE);
}

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
        ExprKind::Set(v) => format!("(set {})", v.iter().map(sx).collect::<Vec<_>>().join(" ")),
        ExprKind::Yield(None) => "(yield)".to_string(),
        ExprKind::Yield(Some(v)) => format!("(yield {})", sx(v)),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", sx(v)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", target.id, sx(value)),
        ExprKind::Lambda(f) => {
            let body = match &f.body[..] {
                [Stmt {
                    kind: StmtKind::Return(Some(b)),
                    ..
                }] => sx(b),
                _ => panic!("lambda body {:?}", f.body),
            };
            format!("(lambda {} {})", sxp(&f.params), body)
        }
        ExprKind::Comprehension(c) => {
            let mut s = format!("({:?} {}", c.kind, sx(&c.elt));
            if let Some(v) = &c.value {
                s += &format!(": {}", sx(v));
            }
            for g in &c.generators {
                s += &format!(
                    " {}for {} in {}",
                    if g.is_async { "async " } else { "" },
                    sx(&g.target),
                    sx(&g.iter)
                );
                for i in &g.ifs {
                    s += &format!(" if {}", sx(i));
                }
            }
            s + ")"
        }
    }
}

/// Parameters as `[posonly / args *vararg kwonly **kwarg]`, defaults as `=x`.
fn sxp(p: &Parameters) -> String {
    let one = |x: &Param| match &x.default {
        Some(d) => format!("{}={}", x.name.name, sx(d)),
        None => x.name.name.to_string(),
    };
    let mut v: Vec<String> = p.posonly.iter().map(one).collect();
    if !p.posonly.is_empty() {
        v.push("/".into());
    }
    v.extend(p.args.iter().map(one));
    match &p.vararg {
        Some(a) => v.push(format!("*{}", a.name.name)),
        None if !p.kwonly.is_empty() => v.push("*".into()),
        None => {}
    }
    v.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        v.push(format!("**{}", k.name.name));
    }
    format!("[{}]", v.join(" "))
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
            StmtKind::AnnAssign { .. } => "ann",
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
            "import", "from", "from", "global", "assign", "assign", "assign", "aug", "ann", "if",
            "while", "for", "def", "assign", "assign"
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
    // Deep trees are the compiler's RecursionError, however long the chain.
    let deep = |src: String| {
        let e = err(&src);
        assert_eq!(
            (e.type_name(), e.msg.as_str()),
            (
                "RecursionError",
                "maximum recursion depth exceeded during compilation"
            ),
            "{}",
            &src[..40]
        );
    };
    deep(format!("x = {}1\n", "-".repeat(100_000)));
    deep(format!("x = 1{}\n", " + 1".repeat(100_000)));
    deep(format!("x = 2{}\n", " ** 2".repeat(100_000)));
    deep(format!("x = a{}\n", ".b".repeat(100_000)));
    deep(format!("x = f{}\n", "()".repeat(100_000)));
    deep(format!("x = {}a\n", "-".repeat(2999)));
    assert!(parse(&format!("x = {}a\n", "-".repeat(2998))).is_ok());
    // Flat chains are one level, however long.
    assert!(parse(&format!("x = a{}\n", " or a".repeat(100_000))).is_ok());
    assert!(parse(&format!("x = a{}\n", " < a".repeat(100_000))).is_ok());
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
            let line = e.lineno;
            assert!(
                out.starts_with(&format!("  File \"t.py\", line {}\n", line)),
                "{}",
                out
            );
        }
    }
}

// ------------------------------------------------- classes, try, with, ...

fn stmts_of(src: &str) -> Vec<Stmt> {
    parse(src)
        .unwrap_or_else(|e| panic!("{:?}: {}", src, e))
        .body
}

fn text(src: &str, sp: Span) -> &str {
    &src[sp.range()]
}

#[test]
fn class_with_bases_keywords_decorators() {
    let src =
        "@d1\n@d2(x)\nclass A(B, *C, metaclass=M, **kw):\n    x: int = 1\n    def f(self): pass\n";
    let body = stmts_of(src);
    let StmtKind::ClassDef(c) = &body[0].kind else {
        panic!("{:?}", body[0].kind)
    };
    assert_eq!(&*c.name.name, "A");
    assert_eq!(c.bases.iter().map(sx).collect::<Vec<_>>(), ["B", "*C"]);
    assert_eq!(c.keywords.len(), 2);
    assert_eq!(
        c.keywords[0].arg.as_ref().map(|a| &*a.name),
        Some("metaclass")
    );
    assert!(c.keywords[1].arg.is_none());
    assert_eq!(
        c.decorators.iter().map(sx).collect::<Vec<_>>(),
        ["d1", "(call d2 x)"]
    );
    assert_eq!(text(src, c.span), "class A(B, *C, metaclass=M, **kw):");
    assert!(text(src, body[0].span).starts_with("class A"));
    assert!(text(src, body[0].span).ends_with("pass"));
    assert!(matches!(c.body[0].kind, StmtKind::AnnAssign { .. }));
    assert!(matches!(c.body[1].kind, StmtKind::FunctionDef(_)));
    let StmtKind::ClassDef(c) = &stmts_of("class A: pass\n")[0].kind else {
        panic!()
    };
    assert!(c.bases.is_empty() && c.keywords.is_empty() && c.decorators.is_empty());
}

#[test]
fn decorated_function() {
    let src = "@a.b\n@c(1)\nasync def f(x): pass\n";
    let body = stmts_of(src);
    let StmtKind::FunctionDef(f) = &body[0].kind else {
        panic!()
    };
    assert!(f.is_async);
    assert_eq!(
        f.decorators.iter().map(sx).collect::<Vec<_>>(),
        ["a.b", "(call c 1)"]
    );
    assert_eq!(text(src, f.span), "async def f(x):");
    assert_eq!(text(src, body[0].span), "async def f(x): pass");
}

#[test]
fn try_with_all_parts_and_except_star() {
    let src = "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n";
    let body = stmts_of(src);
    let StmtKind::Try {
        body: tb,
        handlers,
        orelse,
        finalbody,
        is_star,
    } = &body[0].kind
    else {
        panic!()
    };
    assert!(!is_star);
    assert_eq!((tb.len(), orelse.len(), finalbody.len()), (1, 1, 1));
    assert_eq!(handlers.len(), 3);
    assert_eq!(
        handlers[0].typ.as_ref().map(sx).as_deref(),
        Some("(tuple A B)")
    );
    assert_eq!(handlers[0].name.as_ref().map(|n| &*n.name), Some("e"));
    assert_eq!(text(src, handlers[0].span), "except (A, B) as e:");
    assert_eq!(handlers[1].typ.as_ref().map(sx).as_deref(), Some("C"));
    assert!(handlers[2].typ.is_none() && handlers[2].name.is_none());
    assert_eq!(body[0].span.end as usize, src.len() - 1);

    let src = "try:\n    a\nexcept* E as g:\n    b\nexcept* (F, G):\n    c\n";
    let StmtKind::Try {
        handlers, is_star, ..
    } = &stmts_of(src)[0].kind
    else {
        panic!()
    };
    assert!(is_star);
    assert_eq!(handlers.len(), 2);
    assert_eq!(text(src, handlers[0].span), "except* E as g:");

    let StmtKind::Try {
        handlers,
        finalbody,
        ..
    } = &stmts_of("try: a\nfinally: b\n")[0].kind
    else {
        panic!()
    };
    assert!(handlers.is_empty() && finalbody.len() == 1);
}

#[test]
fn raise_del_assert_annassign() {
    let body = stmts_of("raise\nraise E\nraise E(x) from c\ndel a, b[1], c.d, (e, f)\nassert x, 'm'\nassert y\nx: int\nself.x: int = 5\n");
    assert!(matches!(
        body[0].kind,
        StmtKind::Raise {
            exc: None,
            cause: None
        }
    ));
    let StmtKind::Raise { exc, cause } = &body[2].kind else {
        panic!()
    };
    assert_eq!(
        (exc.as_ref().map(sx), cause.as_ref().map(sx)),
        (Some("(call E x)".to_string()), Some("c".to_string()))
    );
    let StmtKind::Delete(t) = &body[3].kind else {
        panic!()
    };
    assert_eq!(
        t.iter().map(sx).collect::<Vec<_>>(),
        ["a", "b[1]", "c.d", "(tuple e f)"]
    );
    let StmtKind::Assert { test, msg } = &body[4].kind else {
        panic!()
    };
    assert_eq!(
        (sx(test), msg.as_ref().map(sx)),
        ("x".into(), Some("\"m\"".into()))
    );
    assert!(matches!(body[5].kind, StmtKind::Assert { msg: None, .. }));
    let StmtKind::AnnAssign {
        target,
        annotation,
        value,
    } = &body[6].kind
    else {
        panic!()
    };
    assert_eq!(
        (sx(target), sx(annotation), value.is_none()),
        ("x".into(), "int".into(), true)
    );
    let StmtKind::AnnAssign { target, value, .. } = &body[7].kind else {
        panic!()
    };
    assert_eq!(
        (sx(target), value.as_ref().map(sx)),
        ("self.x".into(), Some("5".into()))
    );
}

#[test]
fn with_both_forms_and_async() {
    let body = stmts_of("with a as b, c as (d, e), f:\n    pass\nwith (a as b, c,):\n    pass\nwith (a, b) as c:\n    pass\nwith (a, b):\n    pass\n");
    let items = |s: &Stmt| match &s.kind {
        StmtKind::With {
            items, is_async, ..
        } => {
            assert!(!is_async);
            items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => format!("{} as {}", sx(&i.context), sx(t)),
                    None => sx(&i.context),
                })
                .collect::<Vec<_>>()
        }
        k => panic!("{:?}", k),
    };
    assert_eq!(items(&body[0]), ["a as b", "c as (tuple d e)", "f"]);
    assert_eq!(items(&body[1]), ["a as b", "c"]);
    assert_eq!(items(&body[2]), ["(tuple a b) as c"]);
    assert_eq!(items(&body[3]), ["a", "b"]);

    let src = "async def f():\n    async with a as b:\n        async for x in y:\n            pass\n        else:\n            pass\n";
    let StmtKind::FunctionDef(f) = &stmts_of(src)[0].kind else {
        panic!()
    };
    let StmtKind::With {
        is_async: true,
        body,
        items,
    } = &f.body[0].kind
    else {
        panic!()
    };
    assert_eq!(items.len(), 1);
    let StmtKind::AsyncFor {
        target,
        iter,
        orelse,
        ..
    } = &body[0].kind
    else {
        panic!()
    };
    assert_eq!(
        (sx(target), sx(iter), orelse.len()),
        ("x".into(), "y".into(), 1)
    );
}

#[test]
fn lambdas() {
    let cases = [
        ("lambda: 0", "(lambda [] 0)"),
        (
            "lambda x, y=1, *a, k, **kw: x",
            "(lambda [x y=1 *a k **kw] x)",
        ),
        ("lambda a, /, b, *, c=1: a", "(lambda [a / b * c=1] a)"),
        ("lambda: a if b else c", "(lambda [] (if b a c))"),
        (
            "lambda x: lambda y: x + y",
            "(lambda [x] (lambda [y] (+ x y)))",
        ),
        ("f(key=lambda x: x)", "(call f key=(lambda [x] x))"),
    ];
    for (src, want) in cases {
        assert_eq!(sx(&expr_of(&format!("{}\n", src))), want, "{}", src);
    }
    let src = "lambda x: x + 1\n";
    let e = expr_of(src);
    let ExprKind::Lambda(f) = &e.kind else {
        panic!()
    };
    assert_eq!(&*f.name.name, "<lambda>");
    assert!(!f.is_async && f.decorators.is_empty());
    assert_eq!(text(src, f.span), "lambda x: x + 1");
    assert_eq!(text(src, f.body[0].span), "x + 1");
}

#[test]
fn comprehensions_sets_and_generator_arguments() {
    let cases = [
        (
            "[x for x in y for z in x if c]",
            "(List x for x in y for z in x if c)",
        ),
        (
            "{x for x in y if a if b for z in w}",
            "(Set x for x in y if a if b for z in w)",
        ),
        (
            "{k: v for k, v in y for z in w if k}",
            "(Dict k: v for (tuple k v) in y for z in w if k)",
        ),
        (
            "(x for x in y for z in w if z)",
            "(Generator x for x in y for z in w if z)",
        ),
        ("sum(x for x in y)", "(call sum (Generator x for x in y))"),
        (
            "f(x for x in y for z in w if z)",
            "(call f (Generator x for x in y for z in w if z))",
        ),
        ("[x async for x in y]", "(List x async for x in y)"),
        ("{1, 2, *xs}", "(set 1 2 *xs)"),
        ("{1,}", "(set 1)"),
        ("{}", "{}"),
        ("{a: 1, **b}", "{a: 1, **b}"),
        ("[x if c else d for x in y]", "(List (if c x d) for x in y)"),
    ];
    for (src, want) in cases {
        let src = if src.contains("async") {
            format!("async def f():\n    {}\n", src)
        } else {
            format!("{}\n", src)
        };
        let m = parse(&src).unwrap_or_else(|e| panic!("{}: {}", src, e));
        let e = match &m.body[0].kind {
            StmtKind::Expr(e) => e.clone(),
            StmtKind::FunctionDef(f) => match &f.body[0].kind {
                StmtKind::Expr(e) => e.clone(),
                k => panic!("{:?}", k),
            },
            k => panic!("{:?}", k),
        };
        assert_eq!(sx(&e), want, "{}", src);
    }
    // the generator argument takes the call's parentheses
    let src = "sum(x for x in y)\n";
    let ExprKind::Call { args, .. } = &expr_of(src).kind else {
        panic!()
    };
    assert_eq!(text(src, args[0].span), "(x for x in y)");
    assert_eq!(
        err("f(x for x in y, 1)\n").msg,
        "Generator expression must be parenthesized"
    );
}

#[test]
fn yield_forms() {
    let src = "def g():\n    yield\n    yield x\n    yield a, b\n    x = yield y\n    z = yield from w\n    return (yield)\n    f((yield x))\n";
    let StmtKind::FunctionDef(f) = &stmts_of(src)[0].kind else {
        panic!()
    };
    let b = &f.body;
    let ex = |s: &Stmt| match &s.kind {
        StmtKind::Expr(e) => sx(e),
        StmtKind::Assign { value, .. } => sx(value),
        StmtKind::Return(Some(e)) => sx(e),
        k => panic!("{:?}", k),
    };
    assert_eq!(ex(&b[0]), "(yield)");
    assert_eq!(ex(&b[1]), "(yield x)");
    assert_eq!(ex(&b[2]), "(yield (tuple a b))");
    assert_eq!(ex(&b[3]), "(yield y)");
    assert_eq!(ex(&b[4]), "(yield-from w)");
    assert_eq!(ex(&b[5]), "(yield)");
    assert_eq!(ex(&b[6]), "(call f (yield x))");
}

#[test]
fn walrus_in_if_while_and_comprehension() {
    let body = stmts_of("if (n := len(a)) > 10:\n    pass\nwhile chunk := read():\n    pass\nx = [y for x in d if (y := f(x))]\nprint(z := 1)\n");
    let StmtKind::If { test, .. } = &body[0].kind else {
        panic!()
    };
    assert_eq!(sx(test), "(cmp (:= n (call len a)) > 10)");
    let StmtKind::While { test, .. } = &body[1].kind else {
        panic!()
    };
    assert_eq!(sx(test), "(:= chunk (call read))");
    let StmtKind::Assign { value, .. } = &body[2].kind else {
        panic!()
    };
    assert_eq!(sx(value), "(List y for x in d if (:= y (call f x)))");
    let StmtKind::Expr(e) = &body[3].kind else {
        panic!()
    };
    assert_eq!(sx(e), "(call print (:= z 1))");
    assert_eq!(err("x := 1\n").msg, "invalid syntax");
    assert_eq!(
        err("(a.b := 1)\n").msg,
        "cannot use assignment expressions with attribute"
    );
}

#[test]
fn starred_return_and_for() {
    let body = stmts_of("def f():\n    return *a, b\nfor x in *a, b:\n    pass\n");
    let StmtKind::FunctionDef(f) = &body[0].kind else {
        panic!()
    };
    let StmtKind::Return(Some(v)) = &f.body[0].kind else {
        panic!()
    };
    assert_eq!(sx(v), "(tuple *a b)");
    let StmtKind::For { iter, .. } = &body[1].kind else {
        panic!()
    };
    assert_eq!(sx(iter), "(tuple *a b)");
}

// ---------------------------------------------------------------- match

fn px(p: &Pattern) -> String {
    let name = |n: &Option<Name>| n.as_ref().map_or("_".to_string(), |n| n.id.to_string());
    let list = |v: &[Pattern]| v.iter().map(px).collect::<Vec<_>>().join(" ");
    match &p.kind {
        PatternKind::Value(e) => format!("(value {})", sx(e)),
        PatternKind::Singleton(c) => format!("(is {:?})", c),
        PatternKind::Sequence(v) => format!("[{}]", list(v)),
        PatternKind::Star(n) => format!("*{}", name(n)),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut items: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(k, p)| format!("{}: {}", sx(k), px(p)))
                .collect();
            if rest.is_some() {
                items.push(format!("**{}", name(rest)));
            }
            format!("{{{}}}", items.join(", "))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut items: Vec<String> = patterns.iter().map(px).collect();
            for (a, p) in kwd_attrs.iter().zip(kwd_patterns) {
                items.push(format!("{}={}", a.name, px(p)));
            }
            format!("(class {} {})", sx(cls), items.join(" "))
        }
        PatternKind::As {
            pattern: None,
            name: n,
        } => name(n),
        PatternKind::As {
            pattern: Some(q),
            name: n,
        } => format!("(as {} {})", px(q), name(n)),
        PatternKind::Or(v) => format!("(or {})", list(v)),
    }
}

/// The pattern of each case of the first statement (a match).
fn cases_of(src: &str) -> Vec<(String, bool)> {
    let m = parse(src).unwrap_or_else(|e| panic!("{:?}: {}", src, e));
    let StmtKind::Match { cases, .. } = &m.body[0].kind else {
        panic!("not a match: {:?}", m.body[0].kind)
    };
    cases
        .iter()
        .map(|c| (px(&c.pattern), c.guard.is_some()))
        .collect()
}

fn pattern_of(p: &str) -> String {
    cases_of(&format!("match s:\n    case {}:\n        pass\n", p))
        .remove(0)
        .0
}

#[test]
fn match_pattern_shapes() {
    let table = [
        ("1", "(value 1)"),
        ("-1", "(value (Neg 1))"),
        ("-2.5", "(value (Neg Float(2.5)))"),
        ("'a' 'b'", "(value \"ab\")"),
        ("None", "(is None)"),
        ("True", "(is True)"),
        ("False", "(is False)"),
        ("x", "x"),
        ("_", "_"),
        ("Color.RED", "(value Color.RED)"),
        ("a.b.c", "(value a.b.c)"),
        ("(x)", "x"),
        ("()", "[]"),
        ("[]", "[]"),
        ("(x,)", "[x]"),
        ("[a, *rest]", "[a *rest]"),
        ("[*_, last]", "[*_ last]"),
        ("a, b", "[a b]"),
        ("a, *b,", "[a *b]"),
        ("{}", "{}"),
        ("{'k': v, 1: _, A.b: [c]}", "{\"k\": v, 1: _, A.b: [c]}"),
        ("{'k': v, **rest}", "{\"k\": v, **rest}"),
        ("{**rest}", "{**rest}"),
        ("Point()", "(class Point )"),
        ("Point(1, y)", "(class Point (value 1) y)"),
        ("Point(x=0, y=py)", "(class Point x=(value 0) y=py)"),
        ("m.Point(a, y=b)", "(class m.Point a y=b)"),
        ("int(n)", "(class int n)"),
        ("1 | 2 | 3", "(or (value 1) (value 2) (value 3))"),
        ("[x, y] as pair", "(as [x y] pair)"),
        ("(1 | 2) as n", "(as (or (value 1) (value 2)) n)"),
        ("1 | 2 as n", "(as (or (value 1) (value 2)) n)"),
        ("_ as y", "(as _ y)"),
        (
            "{'users': [{'name': str(n)}, *_]} | Point(x=[*_, n])",
            "(or {\"users\": [{\"name\": (class str n)} *_]} (class Point x=[*_ n]))",
        ),
    ];
    for (src, want) in table {
        assert_eq!(pattern_of(src), want, "pattern {:?}", src);
    }
}

#[test]
fn match_statement_shape() {
    let src = "match a, *b:\n    case 1 if g:\n        x = 1\n    case [c]:\n        pass\n    case _:\n        pass\n";
    let m = parse(src).unwrap();
    let StmtKind::Match { subject, cases } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(sx(subject), "(tuple a *b)");
    assert_eq!(cases.len(), 3);
    assert!(cases[0].guard.is_some() && cases[1].guard.is_none());
    assert_eq!(text(src, cases[0].span), "case 1 if g:");
    assert!(matches!(cases[0].body[0].kind, StmtKind::Assign { .. }));
    assert_eq!(m.body[0].span.end as usize, src.len() - 1);
    assert_eq!(
        cases_of("match x:\n  case 1: pass\n  case y if y: pass\n"),
        vec![("(value 1)".to_string(), false), ("y".to_string(), true)]
    );
    // nested match in a case body, guard with a walrus
    let src = "match x:\n    case [a]:\n        match a:\n            case 1: pass\n    case b if (c := b):\n        pass\n";
    let m = parse(src).unwrap();
    let StmtKind::Match { cases, .. } = &m.body[0].kind else {
        panic!()
    };
    assert!(matches!(cases[0].body[0].kind, StmtKind::Match { .. }));
    assert!(matches!(
        cases[1].guard.as_ref().unwrap().kind,
        ExprKind::NamedExpr { .. }
    ));
}

#[test]
fn match_and_case_stay_names() {
    for src in [
        "match = 1\n",
        "match(x)\n",
        "match[x]\n",
        "match.attr = 2\n",
        "match: int = 3\n",
        "match, case = 1, 2\n",
        "match -x\n",
        "match * x\n",
        "match not in y\n",
        "case = 4\n",
        "case.attr\n",
        "case(1)\n",
        "print(match, case)\n",
        "def match(case): return case\n",
        "class case: match = 1\n",
        "for match in case: pass\n",
        "if match:\n    case = 1\n",
    ] {
        let m = parse(src).unwrap_or_else(|e| panic!("{:?}: {}", src, e));
        assert!(
            !m.body
                .iter()
                .any(|s| matches!(s.kind, StmtKind::Match { .. })),
            "{:?} parsed as a match statement",
            src
        );
    }
    // the soft keywords as names inside a match statement
    let src = "match match:\n    case case:\n        match = case\n";
    assert_eq!(cases_of(src), vec![("case".to_string(), false)]);
    let src = "match match.case:\n    case [match, case] if match(case):\n        case = 1\n";
    assert_eq!(cases_of(src), vec![("[match case]".to_string(), true)]);
    let toks = toks("match x:\n    case y: pass\n");
    assert_eq!(
        toks[0],
        name("match"),
        "the lexer leaves soft keywords as names"
    );
}

// ---------------------------------------------------------------- lone surrogates

/// CPython's str holds lone surrogates; this one cannot, so a literal that
/// makes one is refused with an error that says so, never changed.
#[test]
fn lone_surrogates_are_refused_clearly() {
    for (src, shown) in [
        ("x = '\\ud800'\n", "\\ud800"),
        ("x = 'a\\udfff'\n", "\\udfff"),
        ("x = '\\U0000dc80'\n", "\\udc80"),
        ("x = f'{1}\\ud83d\\ude00'\n", "\\ud83d"),
    ] {
        let e = err(src);
        assert_eq!(
            e.msg,
            format!("(unicode error) lone surrogate {shown} in a string literal is not supported"),
            "{src}"
        );
    }
    assert!(parse("x = b'\\ud800'\n").is_ok());
    assert!(parse("x = r'\\ud800'\n").is_ok());
}
