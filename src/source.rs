//! A script's text, with the line table tracebacks and diagnostics need.

use std::rc::Rc;

pub struct SourceFile {
    /// The name tracebacks print: the path as given on the command line, or `<string>`.
    pub name: Rc<str>,
    pub text: Rc<str>,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: &str, text: &str) -> SourceFile {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            name: Rc::from(name),
            text: Rc::from(text),
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 || line > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text[start..end.max(start)].trim_end_matches('\r')
    }
}

/// The text of a source file's bytes, as CPython's tokenizer reads them
/// (PEP 263, PEP 3120): a UTF-8 byte order mark is dropped, and an encoding
/// declaration (`# -*- coding: NAME -*-`) on the first line, or on the
/// second after a comment or blank line, names the codec; without one the
/// text is UTF-8. `Err` is the message of the SyntaxError CPython raises.
pub fn decode_source(bytes: &[u8], path: &str) -> Result<String, String> {
    let (bom, bytes) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = encoding_declaration(bytes);
    match declared.as_deref() {
        None | Some("utf-8") => match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text.to_string()),
            Err(e) if declared.is_some() => Err(format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                bytes[e.valid_up_to()],
                e.valid_up_to()
            )),
            Err(e) => {
                let at = e.valid_up_to();
                let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                Err(format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at], path, line
                ))
            }
        },
        Some(name) if bom => Err(format!("encoding problem: {name} with BOM")),
        Some(name) => crate::object::codecs::decode(bytes, name, "strict")
            .map_err(|_| format!("encoding problem: {name}")),
    }
}

/// The codec an encoding declaration names, normalised as CPython's
/// tokenizer does (`get_normal_name`): `utf-8` and `latin-1` spellings
/// become `utf-8` and `iso-8859-1`.
fn encoding_declaration(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    let name = declared_in(first).or_else(|| {
        let blank_or_comment = first
            .iter()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
            .is_none_or(|&b| b == b'#');
        if blank_or_comment {
            lines.next().and_then(declared_in)
        } else {
            None
        }
    })?;
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    Some(if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name
    })
}

/// The name in `coding[:=] NAME` on a comment line.
fn declared_in(line: &[u8]) -> Option<String> {
    let line = std::str::from_utf8(line).ok()?;
    let comment = line
        .trim_start_matches([' ', '\t', '\x0c'])
        .strip_prefix('#')?;
    let at = comment
        .match_indices("coding")
        .map(|(i, _)| i + "coding".len())
        .find(|&i| matches!(comment.as_bytes().get(i), Some(b':' | b'=')))?;
    let rest = comment[at + 1..].trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|&c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}
