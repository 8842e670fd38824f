//! Shared code of the golden harnesses (`tests/golden.rs`, `tests/examples.rs`).
//!
//! A script `X.py` has two expected files next to it, written by
//! `python3 scripts/regen-golden.py` from CPython 3.11 (never by hand):
//!
//! * `X.stdout`: CPython's exact stdout bytes;
//! * `X.status`: line 1 the exit status; when it is non-zero, line 2 the last
//!   non-empty line of CPython's stderr (e.g. `NameError: name 'x' is not defined`).
//! * `X.location` (only `syn_*` scripts): `LINE:OFFSET`, where CPython puts the
//!   syntax error (`SyntaxError.lineno` and `.offset`, a 1-based column in
//!   characters). pyasync's `LINE:COL` is read from the `╭─[ path:LINE:COL ]`
//!   header of its ariadne report on stderr.
//!
//! pyasync runs as `<pyasync> <relative path>` with the repository root as cwd and
//! `NO_COLOR=1`, like `python3 <relative path>` did.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The repository root (cwd of every run).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The pyasync binary that cargo built for this test run.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyasync"))
}

/// What CPython did, read from `X.stdout` and `X.status`.
#[derive(Debug, Clone)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub status: i32,
    /// Last non-empty stderr line; only present (and only compared) when `status != 0`.
    pub stderr_last: Option<String>,
    /// The whole stderr, for `warn_*` scripts (`$ROOT` stands for the checkout).
    pub stderr_full: Option<String>,
    /// `LINE:OFFSET` of CPython's SyntaxError, from `X.location` (`syn_*` scripts).
    pub location: Option<String>,
}

/// What pyasync did.
#[derive(Debug)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit code; `None` when killed by a signal (crash, or killed on timeout).
    pub code: Option<i32>,
    /// Human description of how the process ended ("exit status 1", "killed by signal 11 (SIGSEGV)").
    pub how: String,
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// `tests/golden/X.py` -> `tests/golden/X.<ext>`
pub fn sibling(py: &Path, ext: &str) -> PathBuf {
    py.with_extension(ext)
}

/// Path relative to the repository root, with `/` separators, as given to the interpreter.
pub fn rel(path: &Path) -> String {
    let r = path.strip_prefix(root()).unwrap_or(path);
    r.to_string_lossy().replace('\\', "/")
}

/// All `*.py` files directly in `dir` (relative to the root), sorted by name.
pub fn scripts_in(dir: &str) -> Vec<PathBuf> {
    let d = root().join(dir);
    let mut v: Vec<PathBuf> = fs::read_dir(&d)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", d.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

pub fn read_expected(py: &Path) -> Result<Expected, String> {
    let out_path = sibling(py, "stdout");
    let status_path = sibling(py, "status");
    let stdout = fs::read(&out_path).map_err(|e| {
        format!(
            "missing expected file {} ({e}); run `python3 scripts/regen-golden.py {}`",
            rel(&out_path),
            stem(py)
        )
    })?;
    let status_text = fs::read_to_string(&status_path).map_err(|e| {
        format!(
            "missing expected file {} ({e}); run `python3 scripts/regen-golden.py {}`",
            rel(&status_path),
            stem(py)
        )
    })?;
    let stderr_full = fs::read_to_string(sibling(py, "stderr")).ok();
    let location_path = sibling(py, "location");
    let location = match fs::read_to_string(&location_path) {
        Ok(text) => {
            Some(parse_location(&text).map_err(|e| format!("{}: {e}", rel(&location_path)))?)
        }
        Err(_) => None,
    };
    parse_status(&status_text)
        .map(|(status, stderr_last)| Expected {
            stdout,
            status,
            stderr_last,
            stderr_full,
            location,
        })
        .map_err(|e| format!("{}: {e}", rel(&status_path)))
}

/// Parses a `.location` file: `"<line>:<offset>\n"`; returns it normalised.
pub fn parse_location(text: &str) -> Result<String, String> {
    let t = text.trim();
    let ok = t
        .split_once(':')
        .is_some_and(|(l, c)| l.parse::<u64>().is_ok() && c.parse::<u64>().is_ok());
    if ok {
        Ok(t.to_string())
    } else {
        Err(format!("{t:?} is not LINE:OFFSET"))
    }
}

/// `LINE:COL` from the header `╭─[ path:LINE:COL ]` of the first ariadne report
/// in pyasync's stderr, or `None` when there is no such header.
pub fn report_location(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    for line in text.lines() {
        let Some(start) = line.find("╭─[") else {
            continue;
        };
        let inner = &line[start + "╭─[".len()..];
        let inner = inner.trim_end().strip_suffix(']').unwrap_or(inner).trim();
        let mut parts = inner.rsplitn(3, ':');
        let col = parts.next()?;
        let ln = parts.next()?;
        if col.parse::<u64>().is_ok() && ln.parse::<u64>().is_ok() {
            return Some(format!("{ln}:{col}"));
        }
        return None;
    }
    None
}

/// Parses a `.status` file: `"<code>\n"` or `"<code>\n<last stderr line>\n"`.
pub fn parse_status(text: &str) -> Result<(i32, Option<String>), String> {
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or("").trim();
    let status: i32 = first
        .parse()
        .map_err(|_| format!("first line {first:?} is not an exit status"))?;
    if status == 0 {
        return Ok((0, None));
    }
    let second = lines
        .next()
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string();
    Ok((status, Some(second)))
}

pub fn stem(py: &Path) -> String {
    py.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Runs `<pyasync> <rel path of script>` with cwd = root, NO_COLOR=1, stdin closed;
/// kills it after `timeout`.
pub fn run_script(py: &Path, timeout: Duration) -> Outcome {
    run_script_with(py, &[], timeout)
}

/// `run_script` with options before the script (`--clock=virtual`).
pub fn run_script_with(py: &Path, options: &[&str], timeout: Duration) -> Outcome {
    let start = Instant::now();
    let mut command = Command::new(binary());
    with_default_signals(&mut command);
    let mut child = match command
        .args(options)
        .arg(rel(py))
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: format!("could not start {}: {e}", binary().display()).into_bytes(),
                code: None,
                how: format!("could not start: {e}"),
                timed_out: false,
                elapsed: start.elapsed(),
            }
        }
    };
    // Drain both pipes on their own threads so a chatty script cannot block on a full pipe.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    let deadline = start + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {
                if Instant::now() >= deadline {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().ok();
                }
                thread::sleep(Duration::from_millis(2));
            }
            Err(_) => break child.wait().ok(),
        }
    };
    let elapsed = start.elapsed();
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let (code, how) = match status {
        Some(s) => describe(s),
        None => (None, "unknown (wait failed)".to_string()),
    };
    let how = if timed_out {
        format!("timed out after {:.1} s (killed)", timeout.as_secs_f64())
    } else {
        how
    };
    Outcome {
        stdout,
        stderr,
        code,
        how,
        timed_out,
        elapsed,
    }
}

fn describe(s: ExitStatus) -> (Option<i32>, String) {
    if let Some(c) = s.code() {
        return (Some(c), format!("exit status {c}"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = s.signal() {
            let name = match sig {
                4 => " (SIGILL)",
                6 => " (SIGABRT: abort, e.g. a Rust stack overflow)",
                7 => " (SIGBUS)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV: segmentation fault, e.g. a native stack overflow)",
                _ => "",
            };
            return (None, format!("killed by signal {sig}{name}"));
        }
    }
    (None, format!("{s}"))
}

/// Last non-empty line of a stream (lossy UTF-8, without the line terminator).
pub fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string()
}

/// A mismatch: a one-line summary and a multi-line report (without the script's
/// name: the caller adds it).
pub struct Mismatch {
    pub summary: String,
    pub report: String,
}

/// Compares an outcome with what CPython did. `None` when they agree.
pub fn compare(expected: &Expected, actual: &Outcome) -> Option<Mismatch> {
    let mut problems = Vec::new();
    let mut report = String::new();

    if actual.timed_out {
        problems.push("timed out".to_string());
    }
    let status_ok = actual.code == Some(expected.status);
    if !status_ok {
        problems.push(format!(
            "exit status: expected {}, got {}",
            expected.status, actual.how
        ));
    }
    let stdout_ok = actual.stdout == expected.stdout;
    if !stdout_ok {
        problems.push("stdout differs".to_string());
    }
    if let Some(want) = &expected.stderr_full {
        let root = root().display().to_string();
        let got = String::from_utf8_lossy(&actual.stderr).replace(&root, "$ROOT");
        if &got != want {
            problems.push("stderr differs".to_string());
            let _ = writeln!(
                report,
                "  stderr diff (- expected from python3, + actual from pyasync):\n{}",
                diff(want.as_bytes(), got.as_bytes(), 20)
            );
        }
    }
    let actual_last = last_nonempty_line(&actual.stderr);
    let mut stderr_ok = true;
    if let Some(want) = &expected.stderr_last {
        if &actual_last != want {
            stderr_ok = false;
            problems.push("last stderr line differs".to_string());
        }
    }
    let actual_location = report_location(&actual.stderr);
    let mut location_ok = true;
    if let Some(want) = &expected.location {
        if actual_location.as_deref() != Some(want.as_str()) {
            location_ok = false;
            problems.push("syntax error location differs".to_string());
        }
    }
    if problems.is_empty() {
        return None;
    }

    let summary = problems.join("; ");
    let _ = writeln!(
        report,
        "  status:   expected {}, got {}",
        expected.status, actual.how
    );
    if let Some(want) = &expected.stderr_last {
        let mark = if stderr_ok { "ok" } else { "DIFFERS" };
        let _ = writeln!(report, "  stderr last line ({mark}):");
        let _ = writeln!(report, "    expected: {want:?}");
        let _ = writeln!(report, "    actual:   {actual_last:?}");
    }
    if let Some(want) = &expected.location {
        let mark = if location_ok { "ok" } else { "DIFFERS" };
        let got = actual_location
            .as_deref()
            .unwrap_or("(no `╭─[ path:LINE:COL ]` header)");
        let _ = writeln!(report, "  syntax error location LINE:COL ({mark}):");
        let _ = writeln!(report, "    expected: {want}");
        let _ = writeln!(report, "    actual:   {got}");
    }
    if !stdout_ok {
        let _ = writeln!(
            report,
            "  stdout diff (- expected from python3, + actual from pyasync):"
        );
        report.push_str(&diff(&expected.stdout, &actual.stdout, 40));
    } else {
        let _ = writeln!(
            report,
            "  stdout: identical ({} bytes, {} lines)",
            expected.stdout.len(),
            String::from_utf8_lossy(&expected.stdout).lines().count()
        );
    }
    // pyasync's stderr tail: where a panic, traceback or message is.
    if !stderr_ok
        || !status_ok
        || !location_ok
        || expected.stderr_last.is_none() && !actual.stderr.is_empty()
    {
        let text = String::from_utf8_lossy(&actual.stderr);
        let lines: Vec<&str> = text.lines().collect();
        if lines.is_empty() {
            let _ = writeln!(report, "  pyasync stderr: (empty)");
        } else {
            let skip = lines.len().saturating_sub(15);
            let _ = writeln!(
                report,
                "  pyasync stderr ({} lines{}):",
                lines.len(),
                if skip > 0 { ", last 15 shown" } else { "" }
            );
            for l in &lines[skip..] {
                let _ = writeln!(report, "    | {l}");
            }
        }
    }
    Some(Mismatch { summary, report })
}

/// A line diff (LCS) of two outputs, with 2 lines of context, at most `max_lines` lines.
pub fn diff(expected: &[u8], actual: &[u8], max_lines: usize) -> String {
    let e_text = String::from_utf8_lossy(expected);
    let a_text = String::from_utf8_lossy(actual);
    let e: Vec<&str> = e_text.split_inclusive('\n').collect();
    let a: Vec<&str> = a_text.split_inclusive('\n').collect();
    let mut out = String::new();

    // Common prefix and suffix first, so the LCS table stays small.
    let mut pre = 0;
    while pre < e.len() && pre < a.len() && e[pre] == a[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < e.len() - pre && suf < a.len() - pre && e[e.len() - 1 - suf] == a[a.len() - 1 - suf]
    {
        suf += 1;
    }
    let em = &e[pre..e.len() - suf];
    let am = &a[pre..a.len() - suf];

    // Ops: (' ', line) / ('-', line) / ('+', line) for the middle part.
    let mut ops: Vec<(char, &str)> = Vec::new();
    if em.len() * am.len() <= 4_000_000 {
        let (n, m) = (em.len(), am.len());
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if em[i] == am[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && em[i] == am[j] {
                ops.push((' ', em[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                ops.push(('-', em[i]));
                i += 1;
            } else {
                ops.push(('+', am[j]));
                j += 1;
            }
        }
    } else {
        ops.extend(em.iter().map(|l| ('-', *l)));
        ops.extend(am.iter().map(|l| ('+', *l)));
    }

    let _ = writeln!(
        out,
        "    (first difference at stdout line {}; expected {} lines, got {})",
        pre + 1,
        e.len(),
        a.len()
    );
    let ctx_start = pre.saturating_sub(2);
    let mut shown = 0;
    let mut emit = |out: &mut String, tag: char, line: &str| -> bool {
        if shown >= max_lines {
            return false;
        }
        shown += 1;
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, ""),
            None => (line, "  <no newline at end>"),
        };
        let _ = writeln!(out, "    {tag} {body}{nl}");
        true
    };
    for l in &e[ctx_start..pre] {
        emit(&mut out, ' ', l);
    }
    let mut truncated = false;
    for (tag, l) in &ops {
        if !emit(&mut out, *tag, l) {
            truncated = true;
            break;
        }
    }
    if !truncated {
        for l in e[e.len() - suf..].iter().take(2) {
            emit(&mut out, ' ', l);
        }
    } else {
        let _ = writeln!(out, "    ... (diff truncated)");
    }
    out
}

/// Scripts see SIGINT and SIGTERM as a terminal's foreground job does,
/// whatever the test run inherited: a run started in the background
/// (`cmd &`) ignores SIGINT, and an ignored signal stays ignored across
/// `exec`, which would change what `signal.getsignal` reports and what
/// `Popen.send_signal` does to a child.
pub fn with_default_signals(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::signal(libc::SIGTERM, libc::SIG_DFL);
            Ok(())
        });
    }
}
