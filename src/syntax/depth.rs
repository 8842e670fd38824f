//! The compiler's nesting limit: CPython's symbol table and AST optimiser
//! count one level for every statement and expression on the way down from
//! the module (`Python/symtable.c`, `symtable_visit_stmt`/`_expr`), and past
//! three times the recursion limit they raise RecursionError ("maximum
//! recursion depth exceeded during compilation"). Flat chains (`a or b or
//! ...`, `a < b < ...`) are one level; left-associative operator chains
//! (`a + a + ...`) and unary chains are one level per operator.
//!
//! Every later pass over the tree recurses along the same paths, so trees
//! within the limit are safe to walk.

use super::ast::*;

/// The nesting CPython's compiler accepts in a file: its default recursion
/// limit (1000) times `COMPILER_STACK_FRAME_SCALE` (3).
pub const MAX_COMPILE_DEPTH: usize = 3000;

/// The span of the first node deeper than `limit`, if any.
pub fn too_deep(m: &Module, limit: usize) -> Option<Span> {
    let mut walk = Walk { limit };
    m.body.iter().try_for_each(|s| walk.stmt(s, 1)).err()
}

struct Walk {
    limit: usize,
}

type Deep = Result<(), Span>;

impl Walk {
    fn stmts(&mut self, body: &[Stmt], depth: usize) -> Deep {
        body.iter().try_for_each(|s| self.stmt(s, depth))
    }

    fn exprs<'a>(&mut self, es: impl IntoIterator<Item = &'a Expr>, depth: usize) -> Deep {
        es.into_iter().try_for_each(|e| self.expr(e, depth))
    }

    fn stmt(&mut self, s: &Stmt, depth: usize) -> Deep {
        if depth > self.limit {
            return Err(s.span);
        }
        let d = depth + 1;
        match &s.kind {
            StmtKind::Expr(x) => self.expr(x, d),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets, d)?;
                self.expr(value, d)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target, d)?;
                self.expr(value, d)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(target, d)?;
                self.expr(annotation, d)?;
                self.exprs(value, d)
            }
            StmtKind::Return(v) => self.exprs(v, d),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test, d)?;
                self.stmts(body, d)?;
                self.stmts(orelse, d)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target, d)?;
                self.expr(iter, d)?;
                self.stmts(body, d)?;
                self.stmts(orelse, d)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(body, d)?;
                for h in handlers {
                    self.exprs(&h.typ, d)?;
                    self.stmts(&h.body, d)?;
                }
                self.stmts(orelse, d)?;
                self.stmts(finalbody, d)
            }
            StmtKind::Raise { exc, cause } => {
                self.exprs(exc, d)?;
                self.exprs(cause, d)
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&i.context, d)?;
                    self.exprs(&i.target, d)?;
                }
                self.stmts(body, d)
            }
            StmtKind::Delete(v) => self.exprs(v, d),
            StmtKind::Assert { test, msg } => {
                self.expr(test, d)?;
                self.exprs(msg, d)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject, d)?;
                for c in cases {
                    self.pattern(&c.pattern, d)?;
                    self.exprs(&c.guard, d)?;
                    self.stmts(&c.body, d)?;
                }
                Ok(())
            }
            StmtKind::FunctionDef(f) => self.function(f, d),
            StmtKind::ClassDef(c) => {
                self.exprs(&c.decorators, d)?;
                self.exprs(&c.bases, d)?;
                self.exprs(c.keywords.iter().map(|k| &k.value), d)?;
                self.stmts(&c.body, d)
            }
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Pass
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_) => Ok(()),
        }
    }

    fn function(&mut self, f: &FunctionDef, d: usize) -> Deep {
        self.exprs(&f.decorators, d)?;
        let p = &f.params;
        let params = p.posonly.iter().chain(&p.args).chain(&p.kwonly);
        self.exprs(params.filter_map(|p| p.default.as_ref()), d)?;
        self.exprs(f.annotations(), d)?;
        self.stmts(&f.body, d)
    }

    fn pattern(&mut self, p: &Pattern, depth: usize) -> Deep {
        if depth > self.limit {
            return Err(p.span);
        }
        let d = depth + 1;
        match &p.kind {
            PatternKind::Value(e) => self.expr(e, d),
            PatternKind::Singleton(_) | PatternKind::Star(_) => Ok(()),
            PatternKind::Sequence(v) | PatternKind::Or(v) => {
                v.iter().try_for_each(|q| self.pattern(q, d))
            }
            PatternKind::Mapping { keys, patterns, .. } => {
                self.exprs(keys, d)?;
                patterns.iter().try_for_each(|q| self.pattern(q, d))
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls, d)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|q| self.pattern(q, d))
            }
            PatternKind::As { pattern, .. } => match pattern {
                Some(q) => self.pattern(q, d),
                None => Ok(()),
            },
        }
    }

    fn fstring(&mut self, parts: &[FStringPart], d: usize) -> Deep {
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                self.expr(value, d)?;
                if let Some(spec) = spec {
                    self.fstring(spec, d)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr, depth: usize) -> Deep {
        if depth > self.limit {
            return Err(e.span);
        }
        let d = depth + 1;
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Constant(_) => Ok(()),
            ExprKind::FString(parts) => self.fstring(parts, d),
            ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => self.exprs(v, d),
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    self.exprs(k, d)?;
                    self.expr(v, d)?;
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value, d),
            ExprKind::Subscript { value, index } => {
                self.expr(value, d)?;
                self.expr(index, d)
            }
            ExprKind::Slice { lower, upper, step } => {
                self.exprs([lower, upper, step].into_iter().flatten().map(|b| &**b), d)
            }
            ExprKind::Starred(v) | ExprKind::Await(v) | ExprKind::YieldFrom(v) => self.expr(v, d),
            ExprKind::Yield(v) => self.exprs(v.as_deref(), d),
            ExprKind::NamedExpr { value, .. } => self.expr(value, d),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, d)?;
                self.exprs(args, d)?;
                self.exprs(keywords.iter().map(|k| &k.value), d)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, d)?;
                self.expr(right, d)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, d),
            ExprKind::BoolOp { values, .. } => self.exprs(values, d),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left, d)?;
                self.exprs(comparators, d)
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, d)?;
                self.expr(body, d)?;
                self.expr(orelse, d)
            }
            ExprKind::Lambda(f) => self.function(f, d),
            ExprKind::Comprehension(c) => {
                for g in &c.generators {
                    self.expr(&g.target, d)?;
                    self.expr(&g.iter, d)?;
                    self.exprs(&g.ifs, d)?;
                }
                self.expr(&c.elt, d)?;
                self.exprs(&c.value, d)
            }
        }
    }
}
