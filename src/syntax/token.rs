//! Tokens handed from the lexer to the lalrpop parser.

use std::rc::Rc;

use num_bigint::BigInt;

#[derive(Debug, Clone, PartialEq)]
pub enum IntLit {
    Small(i64),
    Big(Rc<BigInt>),
}

/// One string literal token (`'...'`, `b"..."`, `f'''...'''`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct StrTok {
    /// The decoded value (escapes processed); empty for f-strings.
    pub value: Rc<str>,
    pub is_bytes: bool,
    /// For f-strings: the byte range of the body (between the quotes) and
    /// whether it is raw. The body is parsed by `fstring::parse`.
    pub fstring: Option<FStrBody>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FStrBody {
    pub start: usize,
    pub end: usize,
    pub raw: bool,
    /// Where the whole literal ends, after its closing quotes: CPython
    /// reports errors inside an f-string's literal parts there.
    pub token_end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Name(Rc<str>),
    Int(IntLit),
    Float(f64),
    /// An imaginary literal (`2.5j`): its imaginary part.
    Imag(f64),
    Str(StrTok),
    Newline,
    Indent,
    Dedent,
    /// Synthetic first token when parsing an f-string field expression.
    FieldStart,
    // keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// `with` followed by a parenthesised list of with-items (`with (a as b, c):`);
    /// produced by `syntax::mark_paren_with` before parsing, never by the lexer.
    WithParen,
    /// The soft keywords `match` and `case` where they start a match
    /// statement or one of its case clauses; produced by
    /// `syntax::mark_soft_keywords` before parsing, never by the lexer.
    Match,
    Case,
    // operators and delimiters
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    Vbar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    Rarrow,
    ColonEqual,
    Ellipsis,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LShiftEqual,
    RShiftEqual,
    DoubleStarEqual,
}

impl Tok {
    pub fn keyword(s: &str) -> Option<Tok> {
        Some(match s {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return Option::None,
        })
    }

    /// Can this token end an expression (name, literal, closing bracket)?
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::Rpar
                | Tok::Rsqb
                | Tok::Rbrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }

    /// Can this token start an expression?
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Not
                | Tok::Await
                | Tok::Lambda
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
        )
    }

    pub fn is_keyword(&self) -> bool {
        let d = format!("{:?}", self);
        Tok::keyword(&d.to_lowercase()).is_some() || Tok::keyword(&d).is_some()
    }
}
