//! The typed syntax tree. Every node carries the byte span of its source text.
//!
//! The parser builds it; `resolve` then fills in the fields that say where each
//! name lives (`Name::scope`, `FunctionDef::locals`, `Expr::awaits`, ...). The
//! parser leaves those at their `Default`s.

use std::rc::Rc;

use num_bigint::BigInt;

/// A half-open byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span that covers both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

#[derive(Debug, Clone, Default)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// Filled by `resolve`: number of module-level variable slots.
    pub globals: Vec<Rc<str>>,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    /// Filled by `resolve`: true when running this statement may suspend the
    /// enclosing coroutine (it contains an `await`).
    pub awaits: bool,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: one or more targets, each a Name, Tuple, List,
    /// Attribute, Subscript or Starred expression.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`; target is a Name, Attribute or Subscript.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    FunctionDef(Rc<FunctionDef>),
    Return(Option<Expr>),
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from a.b import c as d, e`; `level` counts leading dots.
    ImportFrom {
        module: Option<Rc<str>>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    ClassDef(Rc<ClassDef>),
    /// `try`/`except`/`else`/`finally`; `is_star` for `except*`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `with a as x, b:` / `async with`.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    /// `async for target in iter:` (the plain `for` is `For`).
    AsyncFor {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `del a, b[i], c.x`
    Delete(Vec<Expr>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `target: annotation = value`; the annotation is kept because class
    /// bodies (dataclasses) need it.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    /// `match subject:` with its `case` clauses, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// One `case pattern if guard: body` clause.
#[derive(Debug, Clone)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
    /// From `case` to the colon.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// PEP 634 patterns. Capture names are `Name`s so that `resolve` can give
/// them a scope like any assignment target.
#[derive(Debug, Clone)]
pub enum PatternKind {
    /// A literal (numbers, strings, negated numbers) or a dotted value
    /// (`Color.RED`): matches when `subject == value`.
    Value(Expr),
    /// `None`, `True`, `False`: matches by identity.
    Singleton(Constant),
    /// `[a, *rest]`, `(a, b)`, `a, b`: at most one `Star` item.
    Sequence(Vec<Pattern>),
    /// `*name` or `*_` inside a sequence pattern.
    Star(Option<Name>),
    /// `{key: pattern, **rest}`; keys are literal or value expressions.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Name>,
    },
    /// `Cls(p1, p2, attr=p3)`; `cls` is a name or a dotted name.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// A capture `x` (no pattern), the wildcard `_` (neither), or
    /// `pattern as x`.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Name>,
    },
    /// `p1 | p2 | ...`
    Or(Vec<Pattern>),
}

#[derive(Debug, Clone)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// `except E as name`.
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    /// From `except` to the colon.
    pub span: Span,
    /// Filled by `resolve`: where `name` is bound.
    pub scope: Scope,
}

#[derive(Debug, Clone)]
pub struct WithItem {
    pub context: Expr,
    /// `as target`: a Name, Tuple, List, Attribute or Subscript.
    pub target: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other class keywords.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    /// From `class` to the colon.
    pub span: Span,
    /// Filled by `resolve`: where the class name is bound.
    pub scope: Scope,
    /// Filled by `resolve`: `__qualname__` (see `FunctionDef::qualname`).
    pub qualname: Rc<str>,
    /// Filled by `resolve`: the name the statement binds when it differs
    /// from `name` (a private `__name` mangled by an enclosing class).
    pub binds: Option<Rc<str>>,
    /// Filled by `resolve`: the class body's own frame holds only the cells
    /// its methods capture from enclosing functions; its names live in the
    /// class namespace (`Scope::Name`).
    pub info: ScopeInfo,
}

/// The names of a function-like scope (a `def`, a `lambda` or a
/// comprehension), filled in by `resolve`.
#[derive(Debug, Clone, Default)]
pub struct ScopeInfo {
    /// Names of the frame's slots: parameters first (in the order
    /// `posonly, args, vararg, kwonly, kwarg`), then other locals, then the
    /// free variables.
    pub locals: Vec<Rc<str>>,
    /// Slots that hold a cell because an inner scope captures them.
    pub cells: Vec<u32>,
    /// Variables of enclosing scopes this scope uses: where each lives in
    /// the enclosing frame (always a cell there) and its slot here.
    pub frees: Vec<FreeVar>,
    /// The body contains `yield` (a generator, or an async generator).
    pub is_generator: bool,
}

#[derive(Debug, Clone)]
pub struct FreeVar {
    pub name: Rc<str>,
    /// The slot in the enclosing frame that holds the cell.
    pub outer_slot: u32,
    /// The slot in this frame that receives it.
    pub slot: u32,
}

#[derive(Debug, Clone)]
pub struct Alias {
    /// Dotted for `import a.b`; a plain name in `from x import name`; `*` for a star import.
    pub name: Rc<str>,
    pub asname: Option<Ident>,
    pub span: Span,
    /// Filled by `resolve`: where the bound name (asname, or the first part of
    /// the dotted name) is stored.
    pub scope: Scope,
}

#[derive(Debug, Clone)]
pub struct Ident {
    pub name: Rc<str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub name: Ident,
    pub params: Parameters,
    /// `-> annotation`.
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    pub is_async: bool,
    /// Span of the whole `def` statement header, from `async`/`def` to the colon.
    pub span: Span,
    pub decorators: Vec<Expr>,
    /// Filled by `resolve`: where the function's name is bound.
    pub scope: Scope,
    /// Filled by `resolve`.
    pub info: ScopeInfo,
    /// Filled by `resolve`: `__qualname__`, the dotted path from the module
    /// (`outer.<locals>.inner`, `Class.method`), as CPython's compiler
    /// computes it (`compile.c`, `compiler_set_qualname`).
    pub qualname: Rc<str>,
    /// Filled by `resolve`: the name the `def` binds when it differs from
    /// `name` (a private `__name` mangled by an enclosing class); `__name__`
    /// stays unmangled.
    pub binds: Option<Rc<str>>,
}

impl FunctionDef {
    /// The variable the `def` statement assigns.
    pub fn bound_name(&self) -> &Rc<str> {
        self.binds.as_ref().unwrap_or(&self.name.name)
    }

    /// The parameters in the order their annotations are evaluated and
    /// listed in `__annotations__`: positional (after the `/`), then
    /// positional-only, `*args`, keyword-only, `**kwargs` (the order of
    /// CPython's `compiler_visit_annotations`).
    pub fn annotated_params(&self) -> impl Iterator<Item = &Param> {
        let p = &self.params;
        p.args
            .iter()
            .chain(&p.posonly)
            .chain(&p.vararg)
            .chain(&p.kwonly)
            .chain(&p.kwarg)
    }

    /// The annotation expressions, evaluated where the `def` is: the
    /// parameters' in order, then the return annotation.
    pub fn annotations(&self) -> impl Iterator<Item = &Expr> {
        self.annotated_params()
            .filter_map(|p| p.annotation.as_ref())
            .chain(&self.returns)
    }

    /// `annotations`, to rewrite in place.
    pub fn annotations_mut(&mut self) -> impl Iterator<Item = &mut Expr> {
        let p = &mut self.params;
        p.args
            .iter_mut()
            .chain(&mut p.posonly)
            .chain(&mut p.vararg)
            .chain(&mut p.kwonly)
            .chain(&mut p.kwarg)
            .filter_map(|p| p.annotation.as_mut())
            .chain(&mut self.returns)
    }
}

impl ClassDef {
    /// The variable the `class` statement assigns.
    pub fn bound_name(&self) -> &Rc<str> {
        self.binds.as_ref().unwrap_or(&self.name.name)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Parameters {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

impl Parameters {
    /// How many parameters a positional argument can fill.
    #[inline]
    pub fn positional_count(&self) -> usize {
        self.posonly.len() + self.args.len()
    }
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Ident,
    /// `name: annotation`; evaluated when the `def` runs, into
    /// `__annotations__`.
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

/// Where a name lives, decided by `resolve` before anything runs, so that the
/// evaluator indexes a slot instead of hashing a string.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Scope {
    #[default]
    Unresolved,
    /// A slot of the current function's frame.
    Local(u32),
    /// A slot of the current frame holding a cell shared with inner or
    /// outer scopes (a captured or free variable).
    Cell(u32),
    /// Looked up by name at run time: names in a class body (the class
    /// namespace, then globals, then builtins).
    Name,
    /// A name a class body reads but does not bind, which an enclosing
    /// function binds: the class namespace, then the cell in this slot.
    ClassCell(u32),
    /// A slot of the module's globals; when empty, the builtin of that name
    /// (if `builtin` is set) is used.
    Global { slot: u32, builtin: Option<u16> },
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    /// Filled by `resolve`: evaluating this expression may suspend (contains `await`).
    pub awaits: bool,
}

#[derive(Debug, Clone)]
pub struct Name {
    pub id: Rc<str>,
    pub scope: Scope,
}

#[derive(Debug, Clone)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// Fits in i64.
    Int(i64),
    /// Does not fit in i64.
    BigInt(Rc<BigInt>),
    Float(f64),
    /// An imaginary literal (`2.5j`): its imaginary part.
    Imaginary(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Debug, Clone)]
pub enum FStringPart {
    Literal(Rc<str>),
    Field {
        value: Box<Expr>,
        /// `!r`, `!s`, `!a`
        conversion: Option<char>,
        /// The format spec after `:`; may itself contain fields.
        spec: Option<Vec<FStringPart>>,
        /// `{x=}`: the text `x=` to print before the value.
        debug_text: Option<Rc<str>>,
    },
}

#[derive(Debug, Clone)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Name(Name),
    Constant(Constant),
    /// An f-string, possibly concatenated with plain strings.
    FString(Vec<FStringPart>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `None` keys are `**mapping` entries.
    Dict(Vec<(Option<Expr>, Expr)>),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `a:b:c` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `*x` in a call, a display or an assignment target.
    Starred(Box<Expr>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c` (left-associative chains are flattened).
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Await(Box<Expr>),
    /// `lambda params: body`; `body` holds one `Return` statement.
    Lambda(Rc<FunctionDef>),
    /// `[elt for ...]`, `{elt for ...}`, `{k: v for ...}`, `(elt for ...)`.
    Comprehension(Rc<Comprehension>),
    /// `{a, b}`
    Set(Vec<Expr>),
    /// `yield` / `yield value`
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`
    YieldFrom(Box<Expr>),
    /// `target := value`
    NamedExpr {
        target: Name,
        value: Box<Expr>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Debug, Clone)]
pub struct Comprehension {
    pub kind: ComprehensionKind,
    /// The element; for a dict comprehension, the key.
    pub elt: Expr,
    /// The value of a dict comprehension.
    pub value: Option<Expr>,
    pub generators: Vec<ComprehensionFor>,
    /// Filled by `resolve`: the comprehension runs in a scope of its own,
    /// like a nested function (its first iterable is evaluated outside).
    pub info: ScopeInfo,
}

#[derive(Debug, Clone)]
pub struct ComprehensionFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// The operator as Python spells it, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr {
            kind,
            span,
            awaits: false,
        }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt {
            kind,
            span,
            awaits: false,
        }
    }
}
