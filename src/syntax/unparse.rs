//! Expressions back to source text, in the normal form `ast.unparse` gives
//! them: what `from __future__ import annotations` keeps of an annotation
//! (`Dict[str,int]` becomes `'Dict[str, int]'`, `"T"` becomes `"'T'"`).
//! Kinds an annotation never holds fall back to the text as written.

use super::ast::{BinOp, BoolOp, Constant, Expr, ExprKind, UnaryOp};
use crate::text::literal;

/// Binding strength, weakest first, as the grammar nests them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

fn binop_prec(op: BinOp) -> Prec {
    match op {
        BinOp::BitOr => Prec::BitOr,
        BinOp::BitXor => Prec::BitXor,
        BinOp::BitAnd => Prec::BitAnd,
        BinOp::LShift | BinOp::RShift => Prec::Shift,
        BinOp::Add | BinOp::Sub => Prec::Arith,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => Prec::Term,
        BinOp::Pow => Prec::Power,
    }
}

/// `e` as `ast.unparse` writes it; `source` is the module's text, for the
/// kinds written back as they stand.
pub fn unparse(e: &Expr, source: &str) -> String {
    let mut out = String::new();
    write(e, Prec::Tuple, source, &mut out);
    out
}

fn write(e: &Expr, outer: Prec, source: &str, out: &mut String) {
    let wrap = |own: Prec, out: &mut String, body: &mut dyn FnMut(&mut String)| {
        if own < outer {
            out.push('(');
            body(out);
            out.push(')');
        } else {
            body(out);
        }
    };
    match &e.kind {
        ExprKind::Name(n) => out.push_str(&n.id),
        ExprKind::Constant(c) => constant(c, out),
        ExprKind::Attribute { value, attr } => {
            // `1 .real` needs the space; other atoms do not.
            let int_literal = matches!(value.kind, ExprKind::Constant(Constant::Int(_)));
            write(value, Prec::Atom, source, out);
            out.push_str(if int_literal { " ." } else { "." });
            out.push_str(&attr.name);
        }
        ExprKind::Subscript { value, index } => {
            write(value, Prec::Atom, source, out);
            out.push('[');
            match &index.kind {
                // `Dict[str, int]`: a tuple index without its parentheses.
                ExprKind::Tuple(items) if !items.is_empty() => {
                    items_with_commas(items, source, out);
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write(index, Prec::Tuple, source, out),
            }
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            out.push('(');
            items_with_commas(items, source, out);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        ExprKind::List(items) => {
            out.push('[');
            items_with_commas(items, source, out);
            out.push(']');
        }
        ExprKind::Set(items) => {
            out.push('{');
            items_with_commas(items, source, out);
            out.push('}');
        }
        ExprKind::Dict(pairs) => {
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write(k, Prec::Test, source, out);
                        out.push_str(": ");
                    }
                    None => out.push_str("**"),
                }
                write(v, Prec::Test, source, out);
            }
            out.push('}');
        }
        ExprKind::Starred(inner) => {
            out.push('*');
            write(inner, Prec::BitOr, source, out);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            write(func, Prec::Atom, source, out);
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(a, Prec::Test, source, out);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(&name.name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(&k.value, Prec::Test, source, out);
            }
            out.push(')');
        }
        ExprKind::BinOp { left, op, right } => {
            let own = binop_prec(*op);
            // `**` groups to the right, the others to the left.
            let (l, r) = if *op == BinOp::Pow {
                (next(own), own)
            } else {
                (own, next(own))
            };
            wrap(own, out, &mut |out| {
                write(left, l, source, out);
                out.push(' ');
                out.push_str(op.symbol());
                out.push(' ');
                write(right, r, source, out);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (own, sym) = match op {
                UnaryOp::Not => (Prec::Not, "not "),
                UnaryOp::Neg => (Prec::Factor, "-"),
                UnaryOp::Pos => (Prec::Factor, "+"),
                UnaryOp::Invert => (Prec::Factor, "~"),
            };
            wrap(own, out, &mut |out| {
                out.push_str(sym);
                write(operand, own, source, out);
            });
        }
        ExprKind::BoolOp { op, values } => {
            let (own, word) = match op {
                BoolOp::And => (Prec::And, " and "),
                BoolOp::Or => (Prec::Or, " or "),
            };
            wrap(own, out, &mut |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(word);
                    }
                    write(v, next(own), source, out);
                }
            });
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => wrap(Prec::Compare, out, &mut |out| {
            write(left, Prec::BitOr, source, out);
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(op.symbol());
                out.push(' ');
                write(c, Prec::BitOr, source, out);
            }
        }),
        ExprKind::IfExp { test, body, orelse } => wrap(Prec::Test, out, &mut |out| {
            write(body, Prec::Or, source, out);
            out.push_str(" if ");
            write(test, Prec::Or, source, out);
            out.push_str(" else ");
            write(orelse, Prec::Test, source, out);
        }),
        _ => out.push_str(
            source
                .get(e.span.start as usize..e.span.end as usize)
                .unwrap_or(""),
        ),
    }
}

fn next(p: Prec) -> Prec {
    match p {
        Prec::Tuple => Prec::Test,
        Prec::Test => Prec::Or,
        Prec::Or => Prec::And,
        Prec::And => Prec::Not,
        Prec::Not => Prec::Compare,
        Prec::Compare => Prec::BitOr,
        Prec::BitOr => Prec::BitXor,
        Prec::BitXor => Prec::BitAnd,
        Prec::BitAnd => Prec::Shift,
        Prec::Shift => Prec::Arith,
        Prec::Arith => Prec::Term,
        Prec::Term => Prec::Factor,
        Prec::Factor => Prec::Power,
        Prec::Power => Prec::Await,
        Prec::Await | Prec::Atom => Prec::Atom,
    }
}

fn items_with_commas(items: &[Expr], source: &str, out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(item, Prec::Test, source, out);
    }
}

fn constant(c: &Constant, out: &mut String) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&float_text(*f)),
        Constant::Imaginary(f) => out.push_str(&literal::complex_repr(0.0, *f)),
        Constant::Str(s) => out.push_str(&literal::str_repr(s)),
        Constant::Bytes(b) => out.push_str(&literal::bytes_repr(b)),
    }
}

/// `ast.unparse` writes an infinite float as `1e309`, since `inf` is not
/// a literal.
fn float_text(f: f64) -> String {
    if f.is_infinite() {
        "1e309".to_string()
    } else {
        literal::float_repr(f)
    }
}
