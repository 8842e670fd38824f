//! The `pyasync` command: a thin shell around the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use pyasync::{run_with_large_stack, Interpreter, Options};

const USAGE: &str = "usage: pyasync [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-u     : unbuffered stdout and stderr
-V     : print the pyasync version number and exit (also --version)
-h     : print this help message and exit (also --help)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Command(String),
    Stdin,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut options = Options::default();
    let mut i = 0;
    let program = loop {
        let Some(arg) = args.get(i) else {
            break Program::Stdin;
        };
        i += 1;
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{}", USAGE);
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("pyasync {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "-u" => options.unbuffered = true,
            "-c" => match args.get(i) {
                Some(code) => {
                    i += 1;
                    break Program::Command(code.clone());
                }
                None => {
                    eprintln!("Argument expected for the -c option");
                    eprint!("{}", short_usage());
                    return ExitCode::from(2);
                }
            },
            "-" => break Program::Stdin,
            flag if flag.starts_with('-') && flag.len() > 1 => {
                eprintln!("unknown option {}", flag);
                eprint!("{}", short_usage());
                return ExitCode::from(2);
            }
            file => break Program::File(file.to_string()),
        }
    };
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let (name, source, argv0) = match program {
        Program::File(path) => match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                // CPython 3.11 names the main script by its absolute path
                // in tracebacks and reprs.
                Ok(text) => (absolute(&path), text, path),
                Err(_) => {
                    eprintln!(
                        "SyntaxError: Non-UTF-8 code in file {}; pyasync reads UTF-8 source only",
                        path
                    );
                    return ExitCode::from(1);
                }
            },
            Err(e) => {
                eprintln!(
                    "pyasync: can't open file {}: [Errno {}] {}",
                    pyasync::object::repr::str_repr(&absolute(&path)),
                    e.raw_os_error().unwrap_or(0),
                    os_error_text(&e)
                );
                return ExitCode::from(2);
            }
        },
        Program::Command(code) => ("<string>".to_string(), code, "-c".to_string()),
        Program::Stdin => {
            if std::io::stdin().is_terminal() {
                eprintln!("pyasync: the interactive prompt is not available yet; run a script (pyasync FILE) or pipe one in");
                return ExitCode::from(2);
            }
            let mut text = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
                eprintln!("pyasync: can't read stdin: {}", e);
                return ExitCode::from(2);
            }
            ("<stdin>".to_string(), text, "-".to_string())
        }
    };
    let mut argv = vec![argv0];
    argv.extend(rest);
    let status = run_with_large_stack(move || {
        let interpreter = Interpreter::new(&options);
        interpreter.set_argv(argv);
        interpreter.run_script(&name, &source)
    });
    ExitCode::from((status & 0xff) as u8)
}

fn short_usage() -> String {
    "usage: pyasync [option] ... [-c cmd | file | -] [arg] ...\nTry `pyasync -h' for more information.\n".to_string()
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
