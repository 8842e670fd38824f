//! The command line, compared with CPython 3.11's `python3` where the two are
//! comparable. The expected values are written out (they are what python3
//! prints); when a `python3` is on PATH, each case also runs it and checks
//! that it still agrees, so a drift in either shows up.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(program: &str, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(program)
        .args(args)
        .env("NO_COLOR", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("running {}: {}", program, e));
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn pyasync(args: &[&str], stdin: &str) -> Run {
    run(env!("CARGO_BIN_EXE_pyasync"), args, stdin)
}

/// python3, if there is one that is 3.11.
fn python(args: &[&str], stdin: &str) -> Option<Run> {
    let version = Command::new("python3").arg("--version").output().ok()?;
    if !String::from_utf8_lossy(&version.stdout).starts_with("Python 3.11") {
        return None;
    }
    Some(run("python3", args, stdin))
}

/// Same status and stdout as expected, and as python3's.
fn check(args: &[&str], stdin: &str, status: i32, stdout: &str) -> Run {
    let ours = pyasync(args, stdin);
    assert_eq!(
        (ours.status, ours.stdout.as_str()),
        (status, stdout),
        "pyasync {:?}; stderr: {}",
        args,
        ours.stderr
    );
    if let Some(theirs) = python(args, stdin) {
        assert_eq!(
            (theirs.status, theirs.stdout.as_str()),
            (status, stdout),
            "python3 {:?}",
            args
        );
    }
    ours
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyasync-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("pyasync-cli-{}", std::process::id()))
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const ARGV: &str = "import sys; print(sys.argv)";

#[test]
fn dash_c_runs_code_with_argv() {
    check(&["-c", ARGV, "a", "b"], "", 0, "['-c', 'a', 'b']\n");
    check(&["-c", ARGV, "--", "-x"], "", 0, "['-c', '--', '-x']\n");
    check(&["-c", ARGV, "-c", "x"], "", 0, "['-c', '-c', 'x']\n");
    check(&["-c", "print(6 * 7)"], "", 0, "42\n");
    check(&["-cprint(6 * 7)"], "", 0, "42\n");
}

#[test]
fn dash_reads_the_script_from_stdin() {
    check(&["-", "x", "y"], ARGV, 0, "['-', 'x', 'y']\n");
    check(&[], &format!("{}\n", ARGV), 0, "['']\n");
    check(
        &[],
        "import asyncio\nasync def f():\n    return 5\nprint(asyncio.run(f()))\n",
        0,
        "5\n",
    );
}

#[test]
fn a_script_gets_its_path_and_arguments() {
    let path = temp_file("argv.py", &format!("{}\n", ARGV));
    let p = path.to_str().unwrap();
    check(
        &[p, "one", "-two"],
        "",
        0,
        &format!("['{}', 'one', '-two']\n", p),
    );
    check(&["--", p], "", 0, &format!("['{}']\n", p));
}

#[test]
fn sys_exit_forms() {
    check(&["-c", "import sys; sys.exit()"], "", 0, "");
    check(&["-c", "import sys; sys.exit(None)"], "", 0, "");
    check(&["-c", "import sys; sys.exit(3)"], "", 3, "");
    check(&["-c", "raise SystemExit(4)"], "", 4, "");
    let r = check(&["-c", "import sys; sys.exit('goodbye')"], "", 1, "");
    assert_eq!(r.stderr, "goodbye\n");
    let r = check(&["-c", "print('before'); 1/0"], "", 1, "before\n");
    assert!(
        r.stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_option_is_a_usage_error() {
    let r = check(&["-Z"], "", 2, "");
    assert!(
        r.stderr
            .starts_with("Unknown option: -Z\nusage: pyasync [option] ..."),
        "{}",
        r.stderr
    );
    if let Some(py) = python(&["-Z"], "") {
        assert_eq!(py.stderr.lines().next(), r.stderr.lines().next());
    }
    let r = check(&["-c"], "", 2, "");
    assert!(
        r.stderr
            .starts_with("Argument expected for the -c option\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn missing_script_is_status_2_with_cpythons_message() {
    let missing = std::env::temp_dir().join("pyasync-cli-no-such-script.py");
    let m = missing.to_str().unwrap();
    let r = check(&[m], "", 2, "");
    let tail = format!(
        ": can't open file '{}': [Errno 2] No such file or directory\n",
        m
    );
    assert_eq!(r.stderr, format!("pyasync{}", tail));
    if let Some(py) = python(&[m], "") {
        assert!(py.stderr.ends_with(&tail), "{}", py.stderr);
    }
}

#[test]
fn unbuffered_output_interleaves_with_stderr() {
    // With -u, stdout is written at once, so both streams keep program order
    // in one pipe (without -u, CPython holds stdout back; pyasync does not).
    let code = "import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')\n";
    let path = temp_file("interleave.py", code);
    let cmd = |program: &str| {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("'{}' -u '{}' 2>&1", program, path.display()))
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let ours = cmd(env!("CARGO_BIN_EXE_pyasync"));
    assert_eq!(ours, (Some(0), "a\nb\nc\n".to_string()));
    if python(&["-c", ""], "").is_some() {
        assert_eq!(cmd("python3"), ours);
    }
    check(&["-u", "-c", "print(1, end='')"], "", 0, "1");
}

#[test]
fn quiet_interactive_on_piped_stdin() {
    // -i with piped stdin reads lines as the prompt would; prompts go to
    // stderr, values to stdout.
    let r = check(&["-q", "-i"], "print(5)\n6 * 7\n", 0, "5\n42\n");
    assert_eq!(r.stderr, ">>> >>> >>> \n");
    let r = check(&["-qi"], "import sys; sys.exit(4)\n", 4, "");
    assert_eq!(r.stderr, ">>> ");
    // Without -q the banner goes to stderr.
    let r = pyasync(&["-i"], "");
    assert!(r.stderr.starts_with("pyasync "), "{}", r.stderr);
    assert_eq!(r.status, 0);
}

#[test]
fn inspect_after_a_script_or_command() {
    check(&["-i", "-c", "x = 7"], "print(x)\n", 0, "7\n");
    // An uncaught exception, sys.exit included, is printed and the prompt
    // starts anyway; the status is the prompt's.
    let r = check(
        &["-i", "-c", "import sys; y = 8; sys.exit(3)"],
        "print(y)\n",
        0,
        "8\n",
    );
    assert!(r.stderr.contains("SystemExit: 3\n"), "{}", r.stderr);
    let r = check(&["-i", "-c", "1/0"], "print('alive')\n", 0, "alive\n");
    assert!(
        r.stderr
            .contains("ZeroDivisionError: division by zero\n>>> "),
        "{}",
        r.stderr
    );
}

#[test]
fn version_and_help() {
    let r = pyasync(&["-V"], "");
    assert_eq!(
        (r.status, r.stdout),
        (0, format!("pyasync {}\n", env!("CARGO_PKG_VERSION")))
    );
    let r = pyasync(&["--version"], "");
    assert_eq!(r.status, 0);
    for flag in ["-h", "--help"] {
        let r = pyasync(&[flag], "");
        assert_eq!(r.status, 0);
        assert!(r
            .stdout
            .starts_with("usage: pyasync [option] ... [-c cmd | -m mod | file | -] [arg] ..."));
        for option in [
            "-c cmd",
            "-i ",
            "-q ",
            "-u ",
            "-V ",
            "-m mod",
            "-X dev",
            "-E ",
            "-I ",
            "-O ",
            "-x ",
            "-W arg",
            "-b,",
            "-B,",
            "-d,",
            "-P ",
            "-R,",
            "-s,",
            "-S,",
            "-v,",
            "--color=",
            "PYTHONPATH",
            "PYTHONSTARTUP",
            "PYTHONUNBUFFERED",
            "PYTHONASYNCIODEBUG",
            "PYTHONDONTWRITEBYTECODE",
            "NO_COLOR",
            "TERM=dumb",
        ] {
            assert!(
                r.stdout.contains(option),
                "{} missing from the help",
                option
            );
        }
    }
}

/// Ctrl-C during a script: a KeyboardInterrupt traceback and status 130, as
/// python3 (whose exit status is then also 130 after its own traceback, or
/// death by SIGINT, which a shell reports as 130).
#[test]
fn ctrl_c_during_a_script_raises_keyboard_interrupt() {
    interrupt_script(
        "interrupted.py",
        "import asyncio\nasync def main():\n    print('sleeping', flush=True)\n    await asyncio.sleep(10)\nasyncio.run(main())\n",
    );
    // A blocking time.sleep ends at once too.
    interrupt_script(
        "interrupted-sleep.py",
        "import time\nprint('sleeping', flush=True)\ntime.sleep(10)\n",
    );
}

fn interrupt_script(name: &str, text: &str) {
    let script = temp_file(name, text);
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyasync"));
    // A test runner started in the background may ignore SIGINT, and an
    // ignored SIGINT stays ignored (as in CPython): give the child the default.
    // SAFETY: `signal` is async-signal-safe, as pre_exec requires.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut command, || {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = command
        .arg(&script)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the script is sleeping, then interrupt it.
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 9];
    std::io::Read::read_exact(&mut out, &mut first).unwrap();
    assert_eq!(&first, b"sleeping\n");
    let started = std::time::Instant::now();
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let output = child.wait_with_output().unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(output.status.code(), Some(130));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.lines().last(),
        Some("KeyboardInterrupt"),
        "{}",
        stderr
    );
}

/// Runs with extra environment variables (and python3 likewise).
fn run_env(
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
    dir: Option<&std::path::Path>,
) -> Run {
    let mut command = Command::new(program);
    command
        .args(args)
        .env("NO_COLOR", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null());
    for (k, v) in env {
        command.env(k, v);
    }
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("running {}: {}", program, e));
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Same status and stdout as expected, and as python3's, with `env` set
/// and run in `dir`.
fn check_env(
    args: &[&str],
    env: &[(&str, &str)],
    dir: Option<&std::path::Path>,
    status: i32,
    stdout: &str,
) -> Run {
    let ours = run_env(env!("CARGO_BIN_EXE_pyasync"), args, env, dir);
    assert_eq!(
        (ours.status, ours.stdout.as_str()),
        (status, stdout),
        "pyasync {:?} {:?}; stderr: {}",
        args,
        env,
        ours.stderr
    );
    if python(&["-c", ""], "").is_some() {
        let theirs = run_env("python3", args, env, dir);
        assert_eq!(
            (theirs.status, theirs.stdout.as_str()),
            (status, stdout),
            "python3 {:?} {:?}",
            args,
            env
        );
    }
    ours
}

#[test]
fn python3_flags_without_an_effect_here_are_accepted() {
    let code = "print('ran')";
    for flags in [
        &["-b"][..],
        &["-B"],
        &["-d"],
        &["-E"],
        &["-I"],
        &["-P"],
        &["-R"],
        &["-s"],
        &["-S"],
        &["-v"],
        &["-bB"],
        &["-X", "importtime"],
        &["-Ximporttime"],
        &["-W", "ignore"],
        &["-Werror"],
        &["-X", "dev", "-W", "default"],
    ] {
        let mut args = flags.to_vec();
        args.extend(["-c", code]);
        // -v and -X importtime talk on stderr in python3; stdout is the same.
        check(&args, "", 0, "ran\n");
    }
    // Their arguments are required, as python3 requires them.
    for flag in ["-X", "-W", "-m"] {
        let r = check(&[flag], "", 2, "");
        assert!(
            r.stderr
                .starts_with(&format!("Argument expected for the {} option\n", flag)),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn dash_o_skips_asserts() {
    let code = "assert False, 'kept'\nprint('skipped', __name__)";
    for flag in ["-O", "-OO"] {
        check(&[flag, "-c", code], "", 0, "skipped __main__\n");
    }
    let r = check(&["-c", code], "", 1, "");
    assert!(r.stderr.ends_with("AssertionError: kept\n"), "{}", r.stderr);
    check_env(
        &["-c", code],
        &[("PYTHONOPTIMIZE", "1")],
        None,
        0,
        "skipped __main__\n",
    );
    check_env(&["-E", "-c", code], &[("PYTHONOPTIMIZE", "1")], None, 1, "");
}

#[test]
fn dash_x_skips_the_first_line_and_keeps_line_numbers() {
    let path = temp_file("skipfirst.py", "this is not python\nprint('second')\n1/0\n");
    let r = check(&["-x", path.to_str().unwrap()], "", 1, "second\n");
    assert!(r.stderr.contains("line 3"), "{}", r.stderr);
}

#[test]
fn dev_mode_turns_on_asyncio_debug() {
    let code = "import asyncio\nasync def main():\n    print(asyncio.get_running_loop().get_debug())\nasyncio.run(main())";
    check(&["-c", code], "", 0, "False\n");
    check(&["-X", "dev", "-c", code], "", 0, "True\n");
    check(&["-Xdev", "-c", code], "", 0, "True\n");
    check_env(
        &["-c", code],
        &[("PYTHONASYNCIODEBUG", "1")],
        None,
        0,
        "True\n",
    );
    check_env(&["-c", code], &[("PYTHONDEVMODE", "1")], None, 0, "True\n");
    check_env(
        &["-E", "-c", code],
        &[("PYTHONASYNCIODEBUG", "1")],
        None,
        0,
        "False\n",
    );
    check_env(
        &["-I", "-c", code],
        &[("PYTHONASYNCIODEBUG", "1")],
        None,
        0,
        "False\n",
    );
}

#[test]
fn dash_m_runs_a_module_from_the_current_directory() {
    let dir = temp_dir("m");
    std::fs::write(
        dir.join("mainmod.py"),
        "import sys, os\nimport helpermod\nprint(__name__, os.path.basename(sys.argv[0]), sys.argv[1:], helpermod.X)\n",
    )
    .unwrap();
    std::fs::write(dir.join("helpermod.py"), "X = 42\n").unwrap();
    check_env(
        &["-m", "mainmod", "a", "-b"],
        &[],
        Some(&dir),
        0,
        "__main__ mainmod.py ['a', '-b'] 42\n",
    );
    check_env(
        &["-mmainmod"],
        &[],
        Some(&dir),
        0,
        "__main__ mainmod.py [] 42\n",
    );
    // -c imports from the current directory, unless -P or -I.
    let code = "import helpermod; print(helpermod.X)";
    check_env(&["-c", code], &[], Some(&dir), 0, "42\n");
    for flag in ["-P", "-I"] {
        let r = check_env(&[flag, "-c", code], &[], Some(&dir), 1, "");
        assert!(
            r.stderr
                .ends_with("ModuleNotFoundError: No module named 'helpermod'\n"),
            "{}",
            r.stderr
        );
    }
    check_env(&["-P", "-m", "mainmod"], &[], Some(&dir), 1, "");
    let r = check_env(&["-m", "no_such_module_here"], &[], Some(&dir), 1, "");
    assert!(
        r.stderr
            .ends_with(": No module named no_such_module_here\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn pythonpath_is_searched_for_imports_and_dash_m() {
    let dir = temp_dir("pp");
    std::fs::write(
        dir.join("onpath.py"),
        "X = 'found'\nif __name__ == '__main__':\n    print('main', X)\n",
    )
    .unwrap();
    let d = dir.to_str().unwrap();
    let code = "import onpath; print(onpath.X)";
    check_env(&["-c", code], &[("PYTHONPATH", d)], None, 0, "found\n");
    check_env(
        &["-m", "onpath"],
        &[("PYTHONPATH", d)],
        None,
        0,
        "main found\n",
    );
    let r = check_env(&["-E", "-c", code], &[("PYTHONPATH", d)], None, 1, "");
    assert!(
        r.stderr
            .ends_with("ModuleNotFoundError: No module named 'onpath'\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn piped_output_without_a_final_newline_is_left_as_printed() {
    // Nothing is added after text without a newline: with -i the prompts
    // are on stderr, with -m asyncio they follow it on stdout.
    let input = "print(1, end='')\nfor i in range(3): print(i, end=' ')\n\nprint(2)\n";
    let r = check(&["-q", "-i"], input, 0, "10 1 2 2\n");
    assert_eq!(r.stderr, ">>> >>> ... >>> >>> \n");
    check(
        &["-m", "asyncio"],
        input,
        0,
        ">>> 1>>> ... 0 1 2 >>> 2\n>>> ",
    );
}

#[test]
fn dash_m_asyncio_is_the_prompt_even_on_piped_input() {
    // python3 -m asyncio reads piped lines with input(), so the prompts are
    // on stdout, between the values.
    check(
        &["-m", "asyncio"],
        "print(1)\nx = await asyncio.sleep(0, 2)\nx\n",
        0,
        ">>> 1\n>>> >>> 2\n>>> ",
    );
    check(&["-m", "asyncio"], "import sys; sys.exit(5)\n", 5, ">>> ");
    // sys.exit inside an awaited input ends the prompt quietly.
    let r = check(
        &["-m", "asyncio"],
        "async def leave():\n    import sys\n    sys.exit(4)\n\nawait leave()\nprint('not reached')\n",
        4,
        ">>> ... ... ... >>> ",
    );
    assert!(!r.stderr.contains("never retrieved"), "{}", r.stderr);
    assert!(!r.stderr.contains("Traceback"), "{}", r.stderr);
}

#[test]
fn a_triple_quoted_string_in_an_awaiting_input_keeps_its_text() {
    // The input runs inside a wrapper coroutine; the lines that continue a
    // string literal must not be indented with the rest.
    check(
        &["-m", "asyncio"],
        "s = \"\"\"a\n  b\nc\"\"\"; await asyncio.sleep(0); print(repr(s))\n",
        0,
        ">>> ... ... 'a\\n  b\\nc'\n>>> ",
    );
}

#[test]
fn pythonstartup_runs_before_the_first_prompt() {
    let startup = temp_file("startup.py", "greeting = 'hello from startup'\n");
    let s = startup.to_str().unwrap();
    let missing = std::env::temp_dir().join("pyasync-cli-no-such-startup.py");
    let interactive = |program: &str, startup: &str, extra: &[&str]| {
        let child = Command::new(program)
            .args(extra)
            .args(["-q", "-i"])
            .env("PYTHONSTARTUP", startup)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.as_ref().unwrap();
        stdin
            .write_all(b"print('greeting' in dir() and greeting)\n")
            .unwrap();
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let ours = env!("CARGO_BIN_EXE_pyasync");
    let has_python = python(&["-c", ""], "").is_some();
    for (startup, extra, expected) in [
        (s, &[][..], "hello from startup\n"),
        (s, &["-E"], "False\n"),
        (missing.to_str().unwrap(), &[], "False\n"),
    ] {
        let (status, stdout, stderr) = interactive(ours, startup, extra);
        assert_eq!((status, stdout.as_str()), (Some(0), expected), "{}", stderr);
        if has_python {
            let theirs = interactive("python3", startup, extra);
            assert_eq!((theirs.0, theirs.1.as_str()), (Some(0), expected));
        }
    }
    // A missing file is reported, as python3 reports it, and the prompt
    // starts anyway.
    let (_, _, stderr) = interactive(ours, missing.to_str().unwrap(), &[]);
    assert!(
        stderr.starts_with("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: "),
        "{}",
        stderr
    );
    // A script or -c does not run it, as in python3.
    check_env(
        &["-c", "print('greeting' in dir())"],
        &[("PYTHONSTARTUP", s)],
        None,
        0,
        "False\n",
    );
}

#[test]
fn pythonunbuffered_is_like_dash_u() {
    let code = "import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')\n";
    let path = temp_file("interleave-env.py", code);
    let cmd = |program: &str| {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("'{}' '{}' 2>&1", program, path.display()))
            .env("PYTHONUNBUFFERED", "1")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let ours = cmd(env!("CARGO_BIN_EXE_pyasync"));
    assert_eq!(ours, (Some(0), "a\nb\nc\n".to_string()));
    if python(&["-c", ""], "").is_some() {
        assert_eq!(cmd("python3"), ours);
    }
}

#[test]
fn colour_follows_the_flag_and_the_environment() {
    let bad = "x = (1,\n";
    let escape = |r: &Run| r.stderr.contains('\u{1b}');
    // Pipes are not terminals: no colour unless asked for.
    let r = run_env(env!("CARGO_BIN_EXE_pyasync"), &["-c", bad], &[], None);
    assert_eq!(r.status, 1);
    assert!(!escape(&r), "{}", r.stderr);
    let r = run_env(
        env!("CARGO_BIN_EXE_pyasync"),
        &["--color=always", "-c", bad],
        &[],
        None,
    );
    assert_eq!(r.status, 1);
    assert!(escape(&r), "{}", r.stderr);
    for env in [&[("TERM", "dumb")][..], &[("NO_COLOR", "1")]] {
        let r = run_env(
            env!("CARGO_BIN_EXE_pyasync"),
            &["--color=never", "-c", bad],
            env,
            None,
        );
        assert_eq!(r.status, 1);
        assert!(!escape(&r));
        assert!(r.stderr.contains("SyntaxError"), "{}", r.stderr);
    }
    // TERM=dumb and NO_COLOR leave a program's own output alone.
    check_env(
        &["-c", "print('plain')"],
        &[("TERM", "dumb")],
        None,
        0,
        "plain\n",
    );
    check_env(
        &["-c", "print('plain')"],
        &[("NO_COLOR", "1")],
        None,
        0,
        "plain\n",
    );
    let r = check(&["--color=sometimes"], "", 2, "");
    assert!(r.stderr.contains("--color"), "{}", r.stderr);
}

#[test]
fn errors_keep_cpythons_file_lines() {
    // -c code has no source lines to show, in python3 as here.
    let code = "def f():\n    1/0\nf()";
    let r = check(&["-c", code], "", 1, "");
    let expected = "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n";
    assert_eq!(r.stderr, expected);
    if let Some(py) = python(&["-c", code], "") {
        assert_eq!(py.stderr, expected);
    }
    // A syntax error starts with the line editors look for, then the picture.
    let path = temp_file("broken.py", "x = 1\ny = (1,\n");
    let p = path.to_str().unwrap();
    let r = check(&[p], "", 1, "");
    let first = format!("  File \"{}\", line 2\n", p);
    assert!(r.stderr.starts_with(&first), "{}", r.stderr);
    assert!(r.stderr.ends_with("SyntaxError: '(' was never closed\n"));
    if let Some(py) = python(&[p], "") {
        assert!(py.stderr.starts_with(&first), "{}", py.stderr);
    }
}

// ----- the virtual clock and the deadlock verdict -----

/// Two tasks, each waiting for an event only the other sets.
const DEADLOCK: &str = "import asyncio

async def first(mine, theirs):
    await theirs.wait()
    mine.set()

async def second(mine, theirs):
    await theirs.wait()
    mine.set()

async def main():
    a, b = asyncio.Event(), asyncio.Event()
    t1 = asyncio.create_task(first(a, b))
    t2 = asyncio.create_task(second(b, a))
    print('waiting')
    try:
        await asyncio.gather(t1, t2)
    except BaseException:
        print('a verdict cannot be caught')

asyncio.run(main())
";

fn deadlock_verdict(path: &str) -> String {
    format!(
        "pyasync: deadlock: no task can ever be woken
└── (T) Task-1
    └──  main {path}:17
        ├── (T) Task-2
        │   └──  first {path}:4
        └── (T) Task-3
            └──  second {path}:8
"
    )
}

#[test]
fn a_deadlock_under_the_virtual_clock_ends_with_the_verdict_and_the_await_tree() {
    let script = temp_file("deadlock.py", DEADLOCK);
    let path = script.to_str().unwrap();
    for clock in ["--clock=virtual", "--clock=virtual:exact"] {
        let started = std::time::Instant::now();
        let r = pyasync(&[clock, path], "");
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert_eq!(
            (r.status, r.stdout.as_str()),
            (3, "waiting\n"),
            "{clock}: {}",
            r.stderr
        );
        assert_eq!(r.stderr, deadlock_verdict(path), "{clock}");
    }
    // The real clock gives the same verdict when asked to.
    let r = pyasync(&["--detect-deadlock", path], "");
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (3, "waiting\n"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr, deadlock_verdict(path));
}

#[test]
fn tasks_awaiting_each_other_are_reported_as_a_cycle() {
    let script = temp_file(
        "cycle.py",
        "import asyncio\n\nasync def wait_for(name):\n    await asyncio.sleep(0)\n    await tasks[name]\n\nasync def main():\n    tasks['a'] = asyncio.create_task(wait_for('b'))\n    tasks['b'] = asyncio.create_task(wait_for('a'))\n    await asyncio.sleep(0)\n    await tasks['a']\n\ntasks = {}\nasyncio.run(main())\n",
    );
    let r = pyasync(&["--clock=virtual", script.to_str().unwrap()], "");
    assert_eq!(r.status, 3, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "pyasync: deadlock: no task can ever be woken\n\
         ERROR: await-graph contains cycles - cannot print a tree!\n\n\
         cycle: Task-2 → Task-3 → Task-2\n"
    );
}

#[test]
fn max_time_ends_a_script_that_never_ends() {
    let script = temp_file(
        "forever.py",
        "import asyncio\nasync def main():\n    n = 0\n    while True:\n        await asyncio.sleep(1)\n        n += 1\n        if n % 1000 == 0:\n            print(n, flush=True)\nasyncio.run(main())\n",
    );
    let path = script.to_str().unwrap();
    let started = std::time::Instant::now();
    let r = pyasync(&["--clock=virtual:exact", "--max-time", "3600", path], "");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (3, "1000\n2000\n3000\n"),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr,
        "pyasync: stopped at the time limit: 3600.0 s of virtual time passed (--max-time)\n"
    );
    // A blocking time.sleep past the limit stops the run too.
    let r = pyasync(
        &[
            "--clock=virtual",
            "--max-time=10",
            "-c",
            "import time\nprint(1)\ntime.sleep(9)\nprint(2)\ntime.sleep(2)\nprint(3)\n",
        ],
        "",
    );
    assert_eq!((r.status, r.stdout.as_str()), (3, "1\n2\n"), "{}", r.stderr);
    assert!(r.stderr.contains("--max-time"), "{}", r.stderr);
}

#[test]
fn bad_clock_options_are_usage_errors() {
    for (args, message) in [
        (
            &["--clock=sundial", "x.py"][..],
            "invalid --clock value: 'sundial' (choose from 'real', 'virtual', 'virtual:exact')",
        ),
        (
            &["--clock", "Virtual", "x.py"][..],
            "invalid --clock value: 'Virtual' (choose from 'real', 'virtual', 'virtual:exact')",
        ),
        (&["--clock"][..], "Argument expected for the --clock option"),
        (
            &["--max-time", "soon", "x.py"][..],
            "invalid --max-time value: 'soon' (a number of seconds, at least 0)",
        ),
        (
            &["--max-time=-1", "x.py"][..],
            "invalid --max-time value: '-1' (a number of seconds, at least 0)",
        ),
        (
            &["--max-time"][..],
            "Argument expected for the --max-time option",
        ),
        (
            &["--clock=virtual", "-i", "-c", "pass"][..],
            "--clock=virtual runs scripts; the interactive prompt runs in real time",
        ),
    ] {
        let r = pyasync(args, "");
        assert_eq!((r.status, r.stdout.as_str()), (2, ""), "{args:?}");
        assert_eq!(r.stderr.lines().next(), Some(message), "{args:?}");
        assert!(r.stderr.contains("Try `pyasync -h'"), "{args:?}");
    }
}

#[test]
fn the_virtual_clock_drives_time_and_the_loop() {
    let script = temp_file(
        "clocks.py",
        "import asyncio, time\n\
         t0, w0 = time.monotonic(), time.time()\n\
         print(round(t0, 3), round(w0 - 1704067200, 3))\n\
         async def ticker():\n    while True:\n        print('tick', round(time.monotonic()))\n        await asyncio.sleep(1000)\n\
         async def main():\n\
         \x20   loop = asyncio.get_running_loop()\n\
         \x20   t = asyncio.create_task(ticker())\n\
         \x20   await asyncio.sleep(0)\n\
         \x20   time.sleep(100)\n\
         \x20   print('slept', round(time.monotonic() - t0, 3), round(loop.time(), 3))\n\
         \x20   await asyncio.sleep(3600)\n\
         \x20   print('hour', round(loop.time(), 3), round(time.perf_counter(), 3), round(time.time() - w0, 3))\n\
         \x20   t.cancel()\n\
         asyncio.run(main())\n",
    );
    let path = script.to_str().unwrap();
    let started = std::time::Instant::now();
    let r = pyasync(&["--clock=virtual:exact", path], "");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // time.sleep stalls the loop: the ticker, due at 1000, is not moved.
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (
            0,
            "0.0 0.0\ntick 0\nslept 100.0 100.0\ntick 1000\ntick 2000\ntick 3000\nhour 3700.0 3700.0 3700.0\n"
        ),
        "{}",
        r.stderr
    );
    // With the real wake-up lateness modelled, the same hour ends later:
    // 100 ms of timer slack (the kernel's most).
    let r = pyasync(
        &[
            "--clock=virtual",
            "-c",
            "import asyncio\nasync def main():\n    await asyncio.sleep(3600)\n    print(asyncio.get_running_loop().time())\nasyncio.run(main())\n",
        ],
        "",
    );
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (0, "3600.1\n"),
        "{}",
        r.stderr
    );
}

/// Starts pyasync with SIGINT at its default, waits for its first line of
/// output, interrupts it and returns its status and stderr.
fn interrupt_after_first_line(args: &[&str]) -> (Option<i32>, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pyasync"));
    // SAFETY: `signal` is async-signal-safe, as pre_exec requires.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut command, || {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    while std::io::Read::read(&mut out, &mut byte).unwrap() == 1 && byte[0] != b'\n' {}
    std::thread::sleep(std::time::Duration::from_millis(100));
    let started = std::time::Instant::now();
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let output = child.wait_with_output().unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn ctrl_c_stops_a_virtual_clock_run_and_a_real_deadlock() {
    let forever = temp_file(
        "spin.py",
        "import asyncio\nasync def main():\n    print('started', flush=True)\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n",
    );
    let (status, stderr) =
        interrupt_after_first_line(&["--clock=virtual", forever.to_str().unwrap()]);
    assert_eq!(status, Some(130), "{stderr}");
    assert_eq!(stderr.lines().last(), Some("KeyboardInterrupt"), "{stderr}");

    // The real clock waits forever on a deadlock, as CPython does.
    let script = temp_file(
        "deadlock_real.py",
        &DEADLOCK.replace("print('waiting')", "print('waiting', flush=True)"),
    );
    let (status, stderr) = interrupt_after_first_line(&[script.to_str().unwrap()]);
    assert_eq!(status, Some(130), "{stderr}");
    assert_eq!(stderr.lines().last(), Some("KeyboardInterrupt"), "{stderr}");
}

#[test]
fn nothing_in_the_script_swallows_the_verdict() {
    let script = temp_file(
        "swallow.py",
        "import asyncio, contextlib\n\
         async def main():\n\
         \x20   with contextlib.suppress(BaseException):\n\
         \x20       try:\n\
         \x20           await asyncio.Event().wait()\n\
         \x20       except* BaseException:\n\
         \x20           print('caught')\n\
         \x20   print('after')\n\
         try:\n\
         \x20   asyncio.run(main())\n\
         finally:\n\
         \x20   print('finally runs')\n\
         print('end')\n",
    );
    let path = script.to_str().unwrap();
    let r = pyasync(&["--clock=virtual", path], "");
    assert_eq!(
        (r.status, r.stdout.as_str()),
        (3, "finally runs\n"),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr,
        format!("pyasync: deadlock: no task can ever be woken\n└── (T) Task-1\n    └──  main {path}:5\n")
    );
}

#[test]
fn the_await_tree_draws_task_groups_below_their_task() {
    let script = temp_file(
        "groups.py",
        "import asyncio\n\nasync def waiter(ev):\n    await ev.wait()\n\nasync def album(ev):\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(waiter(ev), name='one')\n        tg.create_task(waiter(ev), name='two')\n\nasync def main():\n    ev = asyncio.Event()\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(album(ev), name='A')\n        tg.create_task(asyncio.sleep(1), name='B')\n\nasyncio.run(main())\n",
    );
    let path = script.to_str().unwrap();
    let r = pyasync(&["--clock=virtual", path], "");
    assert_eq!((r.status, r.stdout.as_str()), (3, ""), "{}", r.stderr);
    let main_line = r.stderr.lines().nth(2).unwrap_or_default().to_string();
    assert!(
        main_line.starts_with(&format!("    └──  main {path}:")),
        "{}",
        r.stderr
    );
    let album_line = r.stderr.lines().nth(4).unwrap_or_default().to_string();
    assert!(
        album_line.starts_with(&format!("            └──  album {path}:")),
        "{}",
        r.stderr
    );
    let expected = format!(
        "pyasync: deadlock: no task can ever be woken
└── (T) Task-1
{main_line}
        └── (T) A
{album_line}
                ├── (T) one
                │   └──  waiter {path}:4
                └── (T) two
                    └──  waiter {path}:4
"
    );
    assert_eq!(r.stderr, expected);
}

/// Cancelling a task cancels the task it awaits, by recursion as in CPython:
/// tasks awaiting each other in a cycle end in RecursionError, never in a
/// stack overflow.
#[test]
fn cancelling_a_cycle_of_awaiting_tasks_is_a_recursion_error() {
    let code = "import asyncio
async def main():
    async def waiter(name):
        await tasks[name]
    tasks = {}
    tasks['a'] = asyncio.create_task(waiter('b'))
    tasks['b'] = asyncio.create_task(waiter('a'))
    await asyncio.sleep(0.01)
    try:
        tasks['a'].cancel()
    except RecursionError as e:
        print(type(e).__name__)
asyncio.run(main())
";
    let run = check(&["-c", code], "", 1, "RecursionError\n");
    assert!(
        run.stderr
            .contains("RecursionError: maximum recursion depth exceeded"),
        "{}",
        run.stderr
    );
}
