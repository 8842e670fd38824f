//! The interactive prompt, driven through a pseudo-terminal.
//!
//! Every test starts `pyasync` with HOME pointing at a fresh temporary
//! directory (for `~/.pyasync_history`) and TERM=xterm, waits for each
//! prompt with a bounded timeout, and ends with Ctrl-D or `exit()`.

#![cfg(unix)]

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::{ControlCode, Expect, Session};

const TIMEOUT: Duration = Duration::from_secs(15);

fn temp_home(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "pyasync-repl-{}-{}-{}",
        tag,
        std::process::id(),
        Instant::now().elapsed().as_nanos()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

type Repl = Session<expectrl::process::unix::UnixProcess, expectrl::process::unix::PtyStream>;

fn start(home: &PathBuf, args: &[&str]) -> Repl {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyasync"));
    cmd.args(args)
        .env("HOME", home)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    // Ctrl-C reaches the prompt as in a terminal's foreground job, even
    // when the tests were started in the background (which ignores SIGINT,
    // and an ignored signal stays ignored across exec).
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: only an async-signal-safe call between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
    }
    let mut session = Session::spawn(cmd).expect("spawning pyasync in a pty");
    session.set_expect_timeout(Some(TIMEOUT));
    session
}

fn prompt(s: &mut Repl) {
    s.expect(">>> ").expect("a >>> prompt");
}

/// Types the lines of a block, each after its prompt (rustyline may read
/// type-ahead while it sets up a line), then the empty line that ends it.
fn block(s: &mut Repl, lines: &[&str]) {
    for line in lines {
        s.send_line(line).unwrap();
        s.expect("... ").expect("a ... prompt");
    }
    s.send_line("").unwrap();
    prompt(s);
}

/// Waits (bounded) for the process to end and returns its wait status, as
/// text: `Exited(Pid(..), N)` or `Signaled(..)`.
fn wait_exit(s: &mut Repl) -> String {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        // Drain what it still prints, so that it never blocks on the pty.
        let mut buf = [0u8; 4096];
        let _ = s.try_read(&mut buf);
        let status = s.get_process().status().expect("the process status");
        let text = format!("{:?}", status);
        if !text.contains("StillAlive") {
            return text;
        }
        assert!(Instant::now() < deadline, "pyasync did not exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Sends Ctrl-D at a fresh prompt and checks the exit status is 0.
fn quit(mut s: Repl) {
    s.send(ControlCode::EndOfTransmission).unwrap();
    let status = wait_exit(&mut s);
    assert!(
        status.starts_with("Exited(") && status.ends_with(", 0)"),
        "{}",
        status
    );
}

#[test]
fn banner_and_ctrl_d_exits_with_status_0() {
    let home = temp_home("banner");
    let mut s = start(&home, &[]);
    s.expect("(Python 3.11 compatible asyncio REPL)").unwrap();
    s.expect(">>> import asyncio").unwrap();
    prompt(&mut s);
    s.send_line("1000 + 337").unwrap();
    s.expect("1337").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn multi_line_async_def_typed_line_by_line() {
    let home = temp_home("multiline");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("async def double(x):").unwrap();
    s.expect("... ").unwrap();
    s.send_line("    await asyncio.sleep(0.01)").unwrap();
    s.expect("... ").unwrap();
    s.send_line("    return x * 1000 + 234").unwrap();
    s.expect("... ").unwrap();
    s.send_line("").unwrap();
    prompt(&mut s);
    s.send_line("await double(41)").unwrap();
    s.expect("41234").unwrap();
    prompt(&mut s);
    s.send_line("_ + 1").unwrap();
    s.expect("41235").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn syntax_error_then_a_working_line() {
    let home = temp_home("syntax");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("x = = 1").unwrap();
    s.expect("SyntaxError: invalid syntax").unwrap();
    prompt(&mut s);
    s.send_line("print('still', 'here')").unwrap();
    s.expect("still here").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn top_level_await_sleeps_and_returns_to_the_prompt() {
    let home = temp_home("await");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    let began = Instant::now();
    s.send_line("r = await asyncio.sleep(0.1, 'slept-ok')")
        .unwrap();
    prompt(&mut s);
    assert!(began.elapsed() >= Duration::from_millis(100));
    s.send_line("print(r.upper())").unwrap();
    s.expect("SLEPT-OK").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn background_task_prints_while_the_prompt_waits() {
    let home = temp_home("background");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    block(
        &mut s,
        &[
            "async def later():",
            "    await asyncio.sleep(0.2)",
            "    print('from', 'the background')",
        ],
    );
    s.send_line("t = asyncio.create_task(later())").unwrap();
    prompt(&mut s);
    // Nothing else is typed: the loop runs while the prompt waits.
    s.expect("from the background").unwrap();
    s.send_line("t.done()").unwrap();
    s.expect("True").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn ctrl_c_during_await_returns_to_the_prompt() {
    let home = temp_home("ctrlc");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    let began = Instant::now();
    s.send_line("await asyncio.sleep(10)").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("KeyboardInterrupt").unwrap();
    prompt(&mut s);
    assert!(began.elapsed() < Duration::from_secs(8));
    s.send_line("print('alive', 6 * 7)").unwrap();
    s.expect("alive 42").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn ctrl_c_at_the_prompt_abandons_the_input() {
    let home = temp_home("ctrlc-prompt");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("if True:").unwrap();
    s.expect("... ").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("KeyboardInterrupt").unwrap();
    prompt(&mut s);
    s.send_line("print('fresh', 'input')").unwrap();
    s.expect("fresh input").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn tab_completes_module_attributes_and_globals() {
    let home = temp_home("complete");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    // One Tab completes (or, when asyncio has several create_* names,
    // extends to their common prefix); a second lists them.
    s.send("asyncio.cre\t").unwrap();
    s.expect("asyncio.create").unwrap();
    s.send("\t").unwrap();
    s.expect("create_task").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("KeyboardInterrupt").unwrap();
    prompt(&mut s);
    s.send_line("completion_marker = 123455 + 1").unwrap();
    prompt(&mut s);
    s.send("completion_mar\t").unwrap();
    s.expect("completion_marker").unwrap();
    s.send("\r").unwrap();
    s.expect("123456").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn history_survives_a_restart() {
    let home = temp_home("history");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("hist_marker = 40 + 2").unwrap();
    prompt(&mut s);
    quit(s);
    let saved = std::fs::read_to_string(home.join(".pyasync_history")).unwrap();
    assert!(saved.contains("hist_marker = 40 + 2"), "{}", saved);

    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    // Up arrow recalls the line typed in the previous session.
    s.send("\x1b[A").unwrap();
    s.expect("hist_marker = 40 + 2").unwrap();
    s.send("\r").unwrap();
    prompt(&mut s);
    s.send_line("print('recalled', hist_marker)").unwrap();
    s.expect("recalled 42").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn tasks_and_where_helpers() {
    let home = temp_home("helpers");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    block(
        &mut s,
        &["async def napper():", "    await asyncio.sleep(30)"],
    );
    s.send_line("t = asyncio.create_task(napper(), name='sleepy')")
        .unwrap();
    prompt(&mut s);
    s.send_line("await asyncio.sleep(0.05)").unwrap();
    prompt(&mut s);
    s.send_line("%tasks").unwrap();
    s.expect("sleepy  pending  napper()  awaits <Future pending")
        .unwrap();
    prompt(&mut s);
    s.send_line("%where t").unwrap();
    s.expect("coroutine napper() defined at <stdin>:1").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn exit_with_a_status() {
    let home = temp_home("exit");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("exit(3)").unwrap();
    let status = wait_exit(&mut s);
    assert!(status.ends_with(", 3)"), "{}", status);
}

#[test]
fn inspect_after_a_script_keeps_its_globals() {
    let home = temp_home("inspect");
    let script = home.join("script.py");
    std::fs::write(
        &script,
        "import asyncio\nfrom_script = 'set by the script'\n",
    )
    .unwrap();
    let mut s = start(&home, &["-i", script.to_str().unwrap()]);
    prompt(&mut s);
    s.send_line("print(from_script.upper())").unwrap();
    s.expect("SET BY THE SCRIPT").unwrap();
    prompt(&mut s);
    quit(s);
}

/// Sends Ctrl-C once `marker` is printed (the code is then blocked) and
/// returns how long KeyboardInterrupt took to appear.
fn interrupt_after(s: &mut Repl, marker: &str) -> Duration {
    s.expect(marker)
        .expect("the marker before the blocking call");
    let began = Instant::now();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("KeyboardInterrupt").unwrap();
    let took = began.elapsed();
    eprintln!("KeyboardInterrupt {:?} after Ctrl-C", took);
    prompt(s);
    took
}

/// The bound for "at once": well under the 5 s the blocking calls would
/// take, with room for a loaded machine (typically a few milliseconds).
const AT_ONCE: Duration = Duration::from_secs(1);

#[test]
fn ctrl_c_during_time_sleep_raises_at_once_twice() {
    let home = temp_home("ctrlc-sleep");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("import time; kept = 'kept' + '-value'")
        .unwrap();
    prompt(&mut s);
    for _ in 0..2 {
        // The marker is built at run time so that the echoed line differs.
        s.send_line("print('sleep' + 'ing', flush=True); time.sleep(5)")
            .unwrap();
        let took = interrupt_after(&mut s, "sleeping");
        assert!(took < AT_ONCE, "KeyboardInterrupt after {:?}", took);
    }
    s.send_line("print(kept)").unwrap();
    s.expect("kept-value").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn ctrl_c_during_input_raises_at_once_twice() {
    let home = temp_home("ctrlc-input");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("kept = 6 * 7").unwrap();
    prompt(&mut s);
    for _ in 0..2 {
        s.send_line("answer = input('ask' + 'ing> ')").unwrap();
        let took = interrupt_after(&mut s, "asking> ");
        assert!(took < AT_ONCE, "KeyboardInterrupt after {:?}", took);
    }
    // input() still reads a line afterwards.
    s.send_line("answer = input('ask' + 'ing> ')").unwrap();
    s.expect("asking> ").unwrap();
    s.send_line("typed").unwrap();
    prompt(&mut s);
    s.send_line("print(answer.upper(), kept)").unwrap();
    s.expect("TYPED 42").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn ctrl_c_during_a_long_computation_keeps_the_session() {
    let home = temp_home("ctrlc-compute");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("kept = 'still' + ' here'").unwrap();
    prompt(&mut s);
    for _ in 0..2 {
        s.send_line("n = 0").unwrap();
        prompt(&mut s);
        for line in [
            "while True:",
            "    n += 1",
            "    if n == 1000: print('spin' + 'ning', flush=True)",
        ] {
            s.send_line(line).unwrap();
            s.expect("... ").unwrap();
        }
        s.send_line("").unwrap();
        let took = interrupt_after(&mut s, "spinning");
        assert!(took < AT_ONCE, "KeyboardInterrupt after {:?}", took);
    }
    s.send_line("print(kept, n > 0)").unwrap();
    s.expect("still here True").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn output_without_a_final_newline_is_followed_by_the_prompt() {
    let home = temp_home("partial-line");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("for i in range(3): print(i, end=' ')").unwrap();
    s.expect("... ").unwrap();
    s.send_line("").unwrap();
    // As python3 shows it: the prompt on the same line, not drawn over it.
    s.expect("0 1 2 >>> ").unwrap();
    s.send_line("print('x' * 3, end='')").unwrap();
    s.expect("xxx>>> ").unwrap();
    s.send_line("print(1, end='')").unwrap();
    s.expect("1>>> ").unwrap();
    // The next output starts on the line after the one typed.
    s.send_line("print('next')").unwrap();
    s.expect("print('next')").unwrap();
    s.expect("\r\nnext\r\n").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn progress_dots_from_a_task_stay_on_one_line() {
    let home = temp_home("dots");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    block(
        &mut s,
        &[
            "async def dots():",
            "    for i in range(5):",
            "        print('.', end='', flush=True)",
            "        await asyncio.sleep(0.1)",
            "    print('done')",
        ],
    );
    s.send_line("t = asyncio.create_task(dots())").unwrap();
    // The unfinished line is rewritten in place as it grows (the whole
    // line each time), never broken into one line per dot.
    s.expect(".....done\r\n").unwrap();
    prompt(&mut s);
    s.send_line("print('after', t.done())").unwrap();
    s.expect("after True").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn a_partial_line_from_a_task_is_completed_by_a_later_newline() {
    let home = temp_home("partial-then-newline");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    block(
        &mut s,
        &[
            "async def report():",
            "    await asyncio.sleep(0.1)",
            "    print('working', end='...', flush=True)",
            "    await asyncio.sleep(0.3)",
            "    print(' ok')",
            "    print('second line')",
        ],
    );
    s.send_line("t = asyncio.create_task(report())").unwrap();
    // Shown unfinished first, on a line of its own above the prompt, then
    // completed there; the next line follows it.
    s.expect("working...\r\n>>> ").unwrap();
    s.expect("working... ok\r\n").unwrap();
    let found = s.expect("second line\r\n").unwrap();
    let between = String::from_utf8_lossy(found.before()).into_owned();
    assert!(!between.contains("working"), "{:?}", between);
    prompt(&mut s);
    s.send_line("t.done()").unwrap();
    s.expect("True").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn lines_typed_ahead_during_an_await_all_run() {
    let home = temp_home("type-ahead");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("await asyncio.sleep(1)").unwrap();
    // Typed while the await runs, in one burst, before any prompt.
    s.send("ahead = 20\rahead += 1\rprint('ahead', ahead * 2)\r")
        .unwrap();
    s.expect("ahead 42").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn an_unbracketed_ten_line_paste_runs_every_line() {
    let home = temp_home("paste");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    // One write with no bracketed-paste markers, as tmux or screen send it.
    let paste = [
        "total = 0",
        "for i in range(4):",
        "    total += i",
        "",
        "def twice(y):",
        "    return y * 2",
        "",
        "pair = [total,",
        "        twice(total)]",
        "print('pasted', pair, twice(pair[1]))",
    ];
    assert_eq!(paste.len(), 10);
    s.send(format!("{}\r", paste.join("\r"))).unwrap();
    s.expect("pasted [6, 12] 24").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn ctrl_d_on_a_continuation_line_ends_the_block_and_stays() {
    let home = temp_home("ctrl-d-block");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("for i in range(2):").unwrap();
    s.expect("... ").unwrap();
    s.send_line("    print('blo' + 'ck', i)").unwrap();
    s.expect("... ").unwrap();
    s.send(ControlCode::EndOfTransmission).unwrap();
    s.expect("block 1").unwrap();
    prompt(&mut s);
    s.send_line("print('still' + ' here')").unwrap();
    s.expect("still here").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn python3_habits_at_the_prompt() {
    let home = temp_home("habits");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    s.send_line("exit").unwrap();
    s.expect("Use exit() or Ctrl-D (i.e. EOF) to exit").unwrap();
    prompt(&mut s);
    s.send_line("quit").unwrap();
    s.expect("Use quit() or Ctrl-D (i.e. EOF) to exit").unwrap();
    prompt(&mut s);
    s.send_line("print 'x'").unwrap();
    s.expect("SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?")
        .unwrap();
    prompt(&mut s);
    s.send_line("import sys; sys.ps1 = 'py' + '> '; sys.ps2 = 'cont' + ': '")
        .unwrap();
    s.expect("py> ").unwrap();
    s.send_line("if True:").unwrap();
    s.expect("cont: ").unwrap();
    s.send_line("    print('custom', 'prompts')").unwrap();
    s.expect("cont: ").unwrap();
    s.send_line("").unwrap();
    s.expect("custom prompts").unwrap();
    s.expect("py> ").unwrap();
    quit(s);
}

#[test]
fn sys_exit_in_a_task_exits_quietly_with_its_status() {
    let home = temp_home("exit-task");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    block(
        &mut s,
        &["async def leave():", "    import sys", "    sys.exit(3)"],
    );
    s.send_line("t = asyncio.create_task(leave())").unwrap();
    let mut seen = Vec::new();
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        let mut buf = [0u8; 4096];
        if let Ok(n) = s.try_read(&mut buf) {
            seen.extend_from_slice(&buf[..n]);
        }
        let status = format!("{:?}", s.get_process().status().unwrap());
        if !status.contains("StillAlive") {
            break status;
        }
        assert!(Instant::now() < deadline, "pyasync did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.ends_with(", 3)"), "{}", status);
    let seen = String::from_utf8_lossy(&seen);
    assert!(!seen.contains("Traceback"), "{}", seen);
    assert!(!seen.contains("never retrieved"), "{}", seen);
}

#[test]
fn a_dumb_terminal_gets_plain_prompts_without_complaint() {
    let home = temp_home("dumb");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyasync"));
    cmd.arg("-q")
        .env("HOME", &home)
        .env("TERM", "dumb")
        .env_remove("NO_COLOR");
    let mut s = Session::spawn(cmd).expect("spawning pyasync in a pty");
    s.set_expect_timeout(Some(TIMEOUT));
    let found = s.expect(">>> ").unwrap();
    let start = String::from_utf8_lossy(found.before()).into_owned();
    assert!(!start.contains("cannot use the terminal"), "{:?}", start);
    s.send_line("x = = 1").unwrap();
    let found = s.expect("SyntaxError: invalid syntax").unwrap();
    let before = String::from_utf8_lossy(found.before()).into_owned();
    // No colour and no escape sequences.
    assert!(!before.contains('\u{1b}'), "{:?}", before);
    assert!(before.contains("File \"<stdin>\", line 1"), "{:?}", before);
    prompt(&mut s);
    s.send_line("print(6 * 7)").unwrap();
    s.expect("42").unwrap();
    prompt(&mut s);
    quit(s);
}

#[test]
fn background_output_without_newlines_is_shown_while_the_prompt_waits() {
    let home = temp_home("background-partial");
    let mut s = start(&home, &["-q"]);
    prompt(&mut s);
    block(
        &mut s,
        &[
            "async def progress():",
            "    for i in range(4):",
            "        await asyncio.sleep(0.05)",
            "        print(f'step{i}', end='', flush=True)",
        ],
    );
    s.send_line("t = asyncio.create_task(progress())").unwrap();
    for i in 0..4 {
        s.expect(format!("step{}", i).as_str()).unwrap();
    }
    // The prompt is drawn again after the output, ready for input.
    prompt(&mut s);
    s.send_line("print('after', t.done())").unwrap();
    s.expect("after True").unwrap();
    prompt(&mut s);
    quit(s);
}
