//! The `pyasync` command: a thin shell around the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use pyasync::asyncio::clock::ClockKind;
use pyasync::repl::{self, PrinterSlot, ReplConfig};
use pyasync::{run_with_large_stack, Interpreter, Options, Session};

const USAGE: &str = "usage: pyasync [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-I     : isolate: implies -E, -s and -P
-m mod : run module mod as a script (terminates option list); -m asyncio
         starts the asyncio prompt
-O     : skip assert statements (-OO: the same)
-P     : don't import modules from the script's directory (or the current
         one for -c and stdin)
-q     : don't print the banner on interactive startup
-u     : unbuffered stdout and stderr
-V     : print the pyasync version number and exit (also --version)
-x     : skip the first line of the source (a non-Unix #! line)
-X dev : development mode: asyncio debug mode on; other -X options are
         accepted and ignored
--color=auto|always|never : colour in error reports (auto: when stderr is a
         terminal, NO_COLOR is unset and TERM is not dumb)
--trace FILE       : write the schedule as Chrome trace-event JSON (Perfetto)
--trace-clock=loop|step : trace timestamps in loop time (default) or loop iterations
--timeline         : print a text timeline of the tasks on stderr after the run
--timeline=FILE.svg: draw the timeline as an SVG file
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

--clock=real|virtual|virtual:exact : the event loop's clock (default real);
         virtual time starts at 0 and jumps to the next timer instead of
         waiting (with the lateness of a real wake-up; :exact without it)
--detect-deadlock : with the real clock, end a run no task can ever
         continue (virtual clocks always do), printing its await tree; status 3
--max-time SECONDS : end the run, status 3, when loop time passes SECONDS

Accepted for python3 compatibility, with nothing to change in pyasync:
-b, -B, -d, -R, -s, -S, -v, -W arg.

Environment variables:
PYTHONPATH         directories searched for imported modules (':'-separated)
PYTHONSTARTUP      a file run before the first interactive prompt
PYTHONUNBUFFERED   like -u
PYTHONASYNCIODEBUG asyncio debug mode
PYTHONDEVMODE      like -X dev
PYTHONOPTIMIZE     like -O
PYTHONINSPECT      like -i
PYTHONDONTWRITEBYTECODE and other PYTHON* variables: accepted, no effect
NO_COLOR, TERM=dumb  no colour in error reports

Interactive mode is an asyncio REPL: `await` works at the prompt, tasks keep
running while it waits, and %tasks / %where NAME show what they are doing.
";

enum Program {
    File(String),
    Command(String),
    /// `-m NAME`.
    Module(String),
    /// `-` given explicitly (sys.argv[0] is '-') or implied (sys.argv[0] is '').
    Stdin {
        explicit: bool,
    },
}

struct Flags {
    options: Options,
    inspect: bool,
    quiet: bool,
    /// `-x`: the first line of the source is skipped.
    skip_first_line: bool,
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("{}", message);
    eprint!("{}", short_usage());
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut flags = Flags {
        options: Options::default(),
        inspect: false,
        quiet: false,
        skip_first_line: false,
    };
    let mut i = 0;
    let program = 'options: loop {
        let Some(arg) = args.get(i) else {
            break Program::Stdin { explicit: false };
        };
        i += 1;
        match arg.as_str() {
            "--help" => {
                print!("{}", USAGE);
                return ExitCode::SUCCESS;
            }
            "--version" => {
                println!("pyasync {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "--" => {
                break match args.get(i) {
                    Some(file) => {
                        i += 1;
                        Program::File(file.clone())
                    }
                    None => Program::Stdin { explicit: false },
                };
            }
            "-" => break Program::Stdin { explicit: true },
            "--detect-deadlock" => flags.options.detect_deadlock = true,
            flag if is_long_option(flag, "--clock") || is_long_option(flag, "--max-time") => {
                let (name, value) = match flag.split_once('=') {
                    Some((name, value)) => (name, value.to_string()),
                    None => match args.get(i) {
                        Some(value) => {
                            i += 1;
                            (flag, value.clone())
                        }
                        None => {
                            return usage_error(&format!("Argument expected for the {flag} option"))
                        }
                    },
                };
                if let Err(message) = set_clock_option(&mut flags.options, name, &value) {
                    return usage_error(&message);
                }
            }
            flag if is_schedule_option(flag) => {
                if let Err(status) = schedule_option(flag, &args, &mut i, &mut flags.options) {
                    return status;
                }
            }
            flag if flag.starts_with("--color=") => match &flag["--color=".len()..] {
                "auto" => pyasync::flags::set_color(pyasync::flags::Color::Auto),
                "always" => pyasync::flags::set_color(pyasync::flags::Color::Always),
                "never" => pyasync::flags::set_color(pyasync::flags::Color::Never),
                other => {
                    return usage_error(&format!(
                        "invalid --color value {:?} (choose auto, always or never)",
                        other
                    ))
                }
            },
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown option {}", flag));
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                // A cluster of one-letter options, as `-qi` or `-uc CODE`.
                for (at, letter) in flag.char_indices().skip(1) {
                    match letter {
                        'h' | '?' => {
                            print!("{}", USAGE);
                            return ExitCode::SUCCESS;
                        }
                        'V' => {
                            println!("pyasync {}", env!("CARGO_PKG_VERSION"));
                            return ExitCode::SUCCESS;
                        }
                        'u' => flags.options.unbuffered = true,
                        'i' => flags.inspect = true,
                        'q' => flags.quiet = true,
                        'x' => flags.skip_first_line = true,
                        'O' => pyasync::flags::set_optimize(true),
                        'E' => pyasync::flags::set_ignore_environment(true),
                        'I' => {
                            pyasync::flags::set_ignore_environment(true);
                            pyasync::flags::set_safe_path(true);
                        }
                        'P' => pyasync::flags::set_safe_path(true),
                        // python3's flags that change nothing here: bytes
                        // warnings, bytecode files, parser debugging, hash
                        // randomisation, site and sys.path details, verbose
                        // imports.
                        'b' | 'B' | 'd' | 'R' | 's' | 'S' | 'v' => {}
                        'm' | 'X' | 'W' => {
                            let rest = &flag[at + letter.len_utf8()..];
                            let value = if !rest.is_empty() {
                                rest.to_string()
                            } else if let Some(value) = args.get(i) {
                                i += 1;
                                value.clone()
                            } else {
                                return usage_error(&format!(
                                    "Argument expected for the -{} option",
                                    letter
                                ));
                            };
                            match letter {
                                'm' => break 'options Program::Module(value),
                                'X' if value == "dev" => pyasync::flags::set_dev_mode(true),
                                // -X options and -W warning filters: accepted.
                                _ => {}
                            }
                            break;
                        }
                        'c' => {
                            let rest = &flag[at + 1..];
                            if !rest.is_empty() {
                                break 'options Program::Command(rest.to_string());
                            }
                            match args.get(i) {
                                Some(code) => {
                                    i += 1;
                                    break 'options Program::Command(code.clone());
                                }
                                None => return usage_error("Argument expected for the -c option"),
                            }
                        }
                        other => return usage_error(&format!("Unknown option: -{}", other)),
                    }
                }
            }
            file => break Program::File(file.to_string()),
        }
    };
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    honour_environment(&mut flags);
    if let Err(status) = check_schedule_files(&flags.options) {
        return status;
    }

    // What runs first, if anything, and sys.argv[0].
    let stdin_tty = std::io::stdin().is_terminal();
    let mut asyncio_prompt = false;
    let (script, argv0): (Option<(String, String)>, String) = match program {
        Program::File(path) => match read_script(&path) {
            Ok(text) => (Some((absolute(&path), text)), path),
            Err(status) => return status,
        },
        Program::Module(name) if name == "asyncio" => {
            // `python -m asyncio`: the prompt, even on piped input.
            flags.inspect = true;
            asyncio_prompt = true;
            (None, String::new())
        }
        Program::Module(name) => match find_module(&name) {
            Ok(path) => match read_script(&path) {
                Ok(text) => (Some((absolute(&path), text)), absolute(&path)),
                Err(status) => return status,
            },
            Err(message) => {
                eprintln!("pyasync: {}", message);
                return ExitCode::from(1);
            }
        },
        Program::Command(code) => (Some(("<string>".to_string(), code)), "-c".to_string()),
        Program::Stdin { explicit } => {
            let argv0 = if explicit { "-" } else { "" }.to_string();
            if stdin_tty || flags.inspect {
                (None, argv0)
            } else {
                let mut text = String::new();
                if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
                    eprintln!("pyasync: can't read stdin: {}", e);
                    return ExitCode::from(2);
                }
                (Some(("<stdin>".to_string(), text)), argv0)
            }
        }
    };
    let script = script.map(|(name, text)| {
        if flags.skip_first_line {
            // The line goes, its newline stays: line numbers are the file's.
            let cut = text.find('\n').unwrap_or(text.len());
            (name, text[cut..].to_string())
        } else {
            (name, text)
        }
    });
    let startup = match &script {
        None => pyasync::flags::python_env("PYTHONSTARTUP"),
        Some(_) => None,
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    let interactive = script.is_none() || flags.inspect;
    pyasync::flags::set_inspect(flags.inspect);
    if interactive && flags.options.clock != ClockKind::Real {
        return usage_error(
            "--clock=virtual runs scripts; the interactive prompt runs in real time",
        );
    }
    // Ctrl-C raises KeyboardInterrupt where the interpreter next checks.
    pyasync::signals::install();

    let status = run_with_large_stack(move || {
        if !interactive {
            let interpreter = Interpreter::new(&flags.options);
            interpreter.set_argv(argv);
            let (name, source) = script.expect("a script when not interactive");
            return interpreter.run_script(&name, &source);
        }
        let slot = PrinterSlot::default();
        let interpreter =
            Interpreter::from_vm(repl::interactive_vm(flags.options.unbuffered, &slot));
        interpreter.set_argv(argv);
        if script.is_some() {
            interpreter.record_schedule(&flags.options.schedule);
        }
        let had_script = script.is_some();
        let startup = startup.and_then(|path| {
            let path = path.to_string_lossy().into_owned();
            match std::fs::read_to_string(&path) {
                Ok(text) => Some((path, text)),
                Err(e) => {
                    eprintln!(
                        "Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno {}] {}: {}",
                        e.raw_os_error().unwrap_or(0),
                        os_error_text(&e),
                        pyasync::object::repr::str_repr(&path)
                    );
                    None
                }
            }
        });
        let session = match script.or(startup) {
            Some((name, source)) => interpreter.run_script_then_session(&name, &source),
            None => Session::new(&interpreter),
        };
        let config = ReplConfig {
            banner: !flags.quiet && !had_script,
            import_asyncio: !had_script,
            history: if std::io::stdin().is_terminal() {
                repl::default_history_path()
            } else {
                None
            },
            prompts_on_stdout: asyncio_prompt,
        };
        let status = repl::run(&session, &config, &slot);
        session.vm().flush_all();
        status
    });
    ExitCode::from((status & 0xff) as u8)
}

/// `--NAME VALUE` or `--NAME=VALUE`.
fn is_long_option(arg: &str, name: &str) -> bool {
    arg.strip_prefix(name)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('='))
}

/// `--clock` and `--max-time`.
fn set_clock_option(options: &mut Options, name: &str, value: &str) -> Result<(), String> {
    if name == "--clock" {
        options.clock = ClockKind::parse(value).ok_or_else(|| {
            format!(
                "invalid --clock value: '{value}' (choose from 'real', 'virtual', 'virtual:exact')"
            )
        })?;
        return Ok(());
    }
    match value.parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && seconds >= 0.0 => {
            options.max_time = Some(seconds);
            Ok(())
        }
        _ => Err(format!(
            "invalid --max-time value: '{value}' (a number of seconds, at least 0)"
        )),
    }
}

/// The `PYTHON*` variables that map onto options (unless `-E`).
fn honour_environment(flags: &mut Flags) {
    use pyasync::flags::python_env;
    if python_env("PYTHONUNBUFFERED").is_some() {
        flags.options.unbuffered = true;
    }
    if python_env("PYTHONINSPECT").is_some() {
        flags.inspect = true;
    }
    if python_env("PYTHONOPTIMIZE").is_some() {
        pyasync::flags::set_optimize(true);
    }
    if python_env("PYTHONDEVMODE").is_some() {
        pyasync::flags::set_dev_mode(true);
    }
}

/// `-m NAME`: `NAME.py` in the current directory (not with `-P`) or on
/// `PYTHONPATH`, as
/// `sys.path` would find it; modules built into pyasync have no file to run.
fn find_module(name: &str) -> Result<String, String> {
    let mut relative = std::path::PathBuf::new();
    for part in name.split('.') {
        relative.push(part);
    }
    relative.set_extension("py");
    let here = (!pyasync::flags::safe_path()).then(|| std::path::PathBuf::from("."));
    let found = here
        .into_iter()
        .chain(pyasync::stdlib::search_path())
        .map(|dir| dir.join(&relative))
        .find(|path| path.is_file());
    match found {
        Some(path) => Ok(path
            .strip_prefix(".")
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned()),
        None if pyasync::stdlib::provides(name) => Err(format!(
            "No code object available for {} (a module built into pyasync)",
            name
        )),
        None => Err(format!("No module named {}", name)),
    }
}

fn is_schedule_option(flag: &str) -> bool {
    ["--trace", "--trace-clock", "--timeline"]
        .iter()
        .any(|name| flag == *name || flag.starts_with(&format!("{}=", name)))
}

/// `--trace FILE` (or `=FILE`), `--trace-clock=loop|step`, `--timeline[=FILE.svg]`.
fn schedule_option(
    flag: &str,
    args: &[String],
    i: &mut usize,
    options: &mut Options,
) -> Result<(), ExitCode> {
    let (name, value) = match flag.split_once('=') {
        Some((name, value)) => (name, Some(value.to_string())),
        None => (flag, None),
    };
    let schedule = &mut options.schedule;
    match name {
        "--trace" => {
            let value = match value {
                Some(v) => v,
                None => {
                    let Some(v) = args.get(*i) else {
                        return Err(usage_error("Argument expected for the --trace option"));
                    };
                    *i += 1;
                    v.clone()
                }
            };
            if value.is_empty() {
                return Err(usage_error("Argument expected for the --trace option"));
            }
            schedule.trace = Some(value.into());
        }
        "--trace-clock" => {
            let value = match value {
                Some(v) => v,
                None => {
                    let Some(v) = args.get(*i) else {
                        return Err(usage_error(
                            "Argument expected for the --trace-clock option",
                        ));
                    };
                    *i += 1;
                    v.clone()
                }
            };
            match pyasync::schedule::trace::TraceClock::parse(&value) {
                Some(clock) => schedule.trace_clock = Some(clock),
                None => {
                    return Err(usage_error(&format!(
                        "invalid --trace-clock value {:?} (expected loop or step)",
                        value
                    )))
                }
            }
        }
        _ => match value {
            None => schedule.timeline_text = true,
            Some(path) if path.ends_with(".svg") => schedule.timeline_svg = Some(path.into()),
            Some(path) => {
                return Err(usage_error(&format!(
                    "--timeline=FILE needs a .svg file name, not {:?}",
                    path
                )))
            }
        },
    }
    Ok(())
}

/// The trace and SVG files must be writable before the script runs:
/// status 2 naming the file otherwise. `--trace-clock` alone is an error.
fn check_schedule_files(options: &Options) -> Result<(), ExitCode> {
    let schedule = &options.schedule;
    if schedule.trace_clock.is_some() && schedule.trace.is_none() {
        return Err(usage_error("--trace-clock needs --trace FILE"));
    }
    for path in schedule.trace.iter().chain(&schedule.timeline_svg) {
        if path.is_dir() {
            eprintln!(
                "pyasync: cannot write '{}': it is a directory",
                path.display()
            );
            return Err(ExitCode::from(2));
        }
        if let Err(e) = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)
        {
            eprintln!("pyasync: {}", pyasync::schedule::file_error(path, &e));
            return Err(ExitCode::from(2));
        }
    }
    Ok(())
}

/// Reads a script as CPython opens it: a missing file is status 2 with
/// CPython's message, the interpreter's name replaced.
fn read_script(path: &str) -> Result<String, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => match pyasync::source::decode_source(&bytes, &absolute(path)) {
            Ok(text) => Ok(text),
            Err(msg) => {
                eprintln!("SyntaxError: {msg}");
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!(
                "pyasync: can't open file {}: [Errno {}] {}",
                pyasync::object::repr::str_repr(&absolute(path)),
                e.raw_os_error().unwrap_or(0),
                os_error_text(&e)
            );
            Err(ExitCode::from(2))
        }
    }
}

fn short_usage() -> String {
    "usage: pyasync [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `pyasync -h' for more information.\n".to_string()
}

fn absolute(path: &str) -> String {
    std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string())
}

/// The C library's text for an I/O error, without Rust's " (os error N)".
fn os_error_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
