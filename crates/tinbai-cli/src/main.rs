//! `tinbai`: Vietnamese news articles to structured JSON.
//!
//! The CLI reads and writes; all the work is `tinbai::Extractor`'s.

use serde_json::Value;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Extraction allocates many small, short-lived strings and vectors, often
/// freed by another thread than the one that made them (articles are
/// rendered in order on the main thread); mimalloc's thread-local free lists
/// do that at a fraction of the system allocator's cost.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
tinbai: Vietnamese news articles to structured data

Usage:
  tinbai extract [OPTIONS] [INPUT...]    one JSON object (schema tinbai/1) per article
  tinbai sentences [OPTIONS] [INPUT...]  one sentence a line, a blank line between articles
  tinbai --help | --version

INPUT is a text file (one article), a .jsonl file (one article a line, as
{\"id\": ..., \"text\": ...}), a directory (its .txt and .jsonl files, sorted,
recursively), or - for standard input. With no INPUT, standard input is read.
With more than one article, each JSON object also carries its \"id\" (the file
name without .txt, or the JSONL id).

Options:
  --pretty        indented JSON (extract)
  --jsonl         read standard input as JSONL
  --threads N     worker threads (default: all cores)
  --tone new      rewrite old-style tone placement (hoà → hòa) in the text
  --no-progress   no progress line on stderr (it is shown only on a terminal)
";

/// Where one article comes from.
enum Source {
    Stdin,
    File(PathBuf),
    /// One line of a JSONL input, parsed by the worker that extracts it.
    JsonlLine {
        line: String,
    },
    /// A problem found while listing inputs, reported in order.
    Error(String),
}

struct Job {
    id: String,
    source: Source,
}

struct Settings {
    pretty: bool,
    sentences: bool,
    stdin_jsonl: bool,
    threads: Option<usize>,
    progress: bool,
    options: tinbai::Options,
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// The id and text of one JSONL line; `fallback` (`FILE:LINE`) is the id
/// when the line has none, and names the line in errors.
fn parse_jsonl(fallback: &str, line: &str) -> Result<(String, String), String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("{fallback}: not JSON: {e}"))?;
    let id = match v.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => fallback.to_string(),
    };
    match v.get("text").and_then(Value::as_str) {
        Some(t) => Ok((id, t.to_string())),
        None => Err(format!("{fallback}: no \"text\" string field")),
    }
}

/// Reads a JSONL stream lazily, one job per non-empty line.
fn jsonl_jobs<R: BufRead + Send + 'static>(name: String, reader: R) -> Jobs {
    Box::new(
        reader
            .split(b'\n')
            .enumerate()
            .filter_map(move |(i, line)| match line {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(s) if s.trim().is_empty() => None,
                    Ok(s) => Some(Job {
                        id: format!("{name}:{}", i + 1),
                        source: Source::JsonlLine { line: s },
                    }),
                    Err(e) => Some(Job {
                        id: format!("{name}:{}", i + 1),
                        source: Source::Error(format!(
                            "{name}:{}: invalid UTF-8 at byte {} of the line",
                            i + 1,
                            e.utf8_error().valid_up_to()
                        )),
                    }),
                },
                Err(e) => Some(Job {
                    id: format!("{name}:{}", i + 1),
                    source: Source::Error(format!("{name}: {e}")),
                }),
            }),
    )
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt") | Some("jsonl")
        ) {
            out.push(p);
        }
    }
    Ok(())
}

fn is_jsonl(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()) == Some("jsonl")
}

/// JSONL is read in blocks of this size: a worker reading the next line
/// holds the input's lock, and articles are several kB long.
const READ_BUFFER: usize = 1 << 20;

/// Jobs, produced lazily; the worker threads pull them.
type Jobs = Box<dyn Iterator<Item = Job> + Send>;

/// All the jobs of the inputs, lazily (JSONL files are streamed).
fn jobs(inputs: &[String], stdin_jsonl: bool) -> Jobs {
    let mut iters: Vec<Jobs> = Vec::new();
    let inputs: Vec<String> = if inputs.is_empty() {
        vec!["-".into()]
    } else {
        inputs.to_vec()
    };
    for input in inputs {
        if input == "-" {
            if stdin_jsonl {
                iters.push(jsonl_jobs(
                    "<stdin>".into(),
                    BufReader::with_capacity(READ_BUFFER, io::stdin()),
                ));
            } else {
                iters.push(Box::new(std::iter::once(Job {
                    id: "<stdin>".into(),
                    source: Source::Stdin,
                })));
            }
            continue;
        }
        let path = PathBuf::from(&input);
        let files = if path.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(&path, &mut files) {
                iters.push(error_job(&input, format!("{input}: {e}")));
                continue;
            }
            if files.is_empty() {
                iters.push(error_job(
                    &input,
                    format!("{input}: directory holds no .txt or .jsonl file"),
                ));
                continue;
            }
            files
        } else {
            vec![path]
        };
        for f in files {
            if is_jsonl(&f) {
                let name = f.display().to_string();
                match std::fs::File::open(&f) {
                    Ok(file) => iters.push(jsonl_jobs(
                        name,
                        BufReader::with_capacity(READ_BUFFER, file),
                    )),
                    Err(e) => iters.push(error_job(&name, format!("{name}: {e}"))),
                }
            } else {
                iters.push(Box::new(std::iter::once(Job {
                    id: stem(&f),
                    source: Source::File(f),
                })));
            }
        }
    }
    Box::new(iters.into_iter().flatten())
}

fn error_job(id: &str, msg: String) -> Jobs {
    Box::new(std::iter::once(Job {
        id: id.to_string(),
        source: Source::Error(msg),
    }))
}

/// Reads (when needed) and extracts one job: its id and document, or a
/// message for stderr.
fn process(job: Job, ex: &tinbai::Extractor) -> Result<(String, tinbai::Document), String> {
    let id = job.id;
    let doc = match job.source {
        Source::Error(msg) => return Err(msg),
        Source::JsonlLine { line } => {
            let (id, text) = parse_jsonl(&id, &line)?;
            return Ok((id, ex.extract(&text)));
        }
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("<stdin>: {e}"))?;
            ex.extract_bytes(&buf)
                .map_err(|e| format!("<stdin>: {e}"))?
        }
        Source::File(p) => {
            let bytes = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            ex.extract_bytes(&bytes)
                .map_err(|e| format!("{}: {e}", p.display()))?
        }
    };
    Ok((id, doc))
}

fn render(doc: &tinbai::Document, id: Option<&str>, s: &Settings) -> Vec<u8> {
    let mut out = Vec::with_capacity(doc.text.len() * 6 + 256);
    if s.sentences {
        for t in doc.sentence_texts() {
            out.extend_from_slice(t.as_bytes());
            out.push(b'\n');
        }
        return out;
    }
    // Writing to a Vec cannot fail.
    let _ = doc.write_json(&mut out, id, s.pretty);
    out.push(b'\n');
    out
}

fn run(settings: &Settings, inputs: &[String]) -> ExitCode {
    let ex = tinbai::Extractor::new(settings.options);
    let stdout = io::stdout();
    // An article's JSON is often larger than BufWriter's default 8 KiB, which
    // would make one write call per article.
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let show = settings.progress && io::stderr().is_terminal();
    let mut failed = 0usize;
    let mut done = 0usize;
    let mut jobs = jobs(inputs, settings.stdin_jsonl);
    // With more than one article in all, each object carries its id.
    let first = jobs.next();
    let mut jobs = jobs.peekable();
    let many = jobs.peek().is_some();
    let all = first.into_iter().chain(jobs);
    // Workers pull, read, parse, extract and render; this thread writes in
    // input order.
    let written = tinbai::parallel::ordered(
        all,
        settings.threads,
        |job| {
            process(job, &ex).map(|(id, doc)| render(&doc, many.then_some(id.as_str()), settings))
        },
        |r| {
            match r {
                Ok(text) => {
                    done += 1;
                    let sep: &[u8] = if settings.sentences && done > 1 {
                        b"\n"
                    } else {
                        b""
                    };
                    out.write_all(sep).and_then(|()| out.write_all(&text))?;
                }
                Err(msg) => {
                    failed += 1;
                    eprintln!("tinbai: {msg}");
                }
            }
            if show && (done + failed) % 64 == 0 {
                eprint!("\rtinbai: {done} articles, {failed} failed");
            }
            Ok::<(), io::Error>(())
        },
    );
    if let Err(e) = written {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
        eprintln!("tinbai: writing output: {e}");
        return ExitCode::from(1);
    }
    if show {
        eprint!("\rtinbai: {done} articles, {failed} failed");
    }
    if show {
        eprintln!();
    }
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("tinbai: writing output: {e}");
            return ExitCode::from(1);
        }
    }
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("tinbai: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        "-V" | "--version" => {
            println!("tinbai {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        "extract" | "sentences" => {}
        other => return usage_error(&format!("unknown command {other}")),
    }
    let mut settings = Settings {
        pretty: false,
        sentences: cmd == "sentences",
        stdin_jsonl: false,
        threads: None,
        progress: true,
        options: tinbai::Options::default(),
    };
    let mut inputs = Vec::new();
    let mut rest = args[1..].iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--pretty" => settings.pretty = true,
            "--jsonl" => settings.stdin_jsonl = true,
            "--no-progress" => settings.progress = false,
            "--threads" => match rest.next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) if n > 0 => settings.threads = Some(n),
                _ => return usage_error("--threads needs a positive number"),
            },
            "--tone" => match rest.next().map(String::as_str) {
                Some("new") => settings.options.tone = tinbai::ToneStyle::New,
                Some("as-written") | Some("as_written") => {
                    settings.options.tone = tinbai::ToneStyle::AsWritten
                }
                _ => return usage_error("--tone takes new or as-written"),
            },
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            _ => inputs.push(a.clone()),
        }
    }
    run(&settings, &inputs)
}
