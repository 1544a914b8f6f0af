//! `tinbai`: Vietnamese news articles to structured JSON.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
tinbai: Vietnamese news articles to structured data

Usage:
  tinbai extract [--pretty] [FILE...]   one JSON object (schema tinbai/1) per article;
                                        stdin when no FILE is given
  tinbai sentences [FILE...]            one sentence a line
  tinbai --help | --version
";

enum Mode {
    Extract { pretty: bool },
    Sentences,
}

/// Where an article comes from: a path, or standard input.
fn read_input(path: Option<&str>) -> Result<Vec<u8>, String> {
    match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("<stdin>: {e}"))?;
            Ok(buf)
        }
        Some(p) => std::fs::read(p).map_err(|e| format!("{p}: {e}")),
    }
}

fn run(mode: &Mode, files: &[String]) -> ExitCode {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let inputs: Vec<Option<&str>> = if files.is_empty() {
        vec![None]
    } else {
        files.iter().map(|f| Some(f.as_str())).collect()
    };
    for input in inputs {
        let name = input.unwrap_or("<stdin>");
        let doc = read_input(input)
            .and_then(|bytes| tinbai::extract_bytes(&bytes).map_err(|e| format!("{name}: {e}")));
        let doc = match doc {
            Ok(d) => d,
            Err(msg) => {
                eprintln!("tinbai: {msg}");
                failed = true;
                continue;
            }
        };
        let written = match mode {
            Mode::Extract { pretty: true } => writeln!(out, "{}", doc.to_json_pretty()),
            Mode::Extract { pretty: false } => writeln!(out, "{}", doc.to_json()),
            Mode::Sentences => doc
                .sentence_texts()
                .iter()
                .try_for_each(|s| writeln!(out, "{s}")),
        };
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("tinbai: writing output: {e}");
            return ExitCode::from(1);
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("tinbai: writing output: {e}");
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        "-V" | "--version" => {
            println!("tinbai {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        "extract" | "sentences" => {
            let mut pretty = false;
            let mut files = Vec::new();
            for a in rest {
                match a.as_str() {
                    "--pretty" if cmd == "extract" => pretty = true,
                    "-h" | "--help" => {
                        print!("{USAGE}");
                        return ExitCode::SUCCESS;
                    }
                    s if s.starts_with("--") => {
                        eprintln!("tinbai: unknown option {s}\n\n{USAGE}");
                        return ExitCode::from(2);
                    }
                    _ => files.push(a.clone()),
                }
            }
            let mode = if cmd == "extract" {
                Mode::Extract { pretty }
            } else {
                Mode::Sentences
            };
            run(&mode, &files)
        }
        other => {
            eprintln!("tinbai: unknown command {other}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
