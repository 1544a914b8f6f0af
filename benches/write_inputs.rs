//! Writes the pathological inputs of `benches/inputs.rs` to files, to run
//! the CLI on them (e.g. under callgrind, which counts instructions: see
//! `benches/linear.py`).
//!
//! `cargo run --release -p tinbai --example write_inputs -- DIR BYTES`

#[path = "inputs.rs"]
mod inputs;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(bytes)) = (args.first(), args.get(1).and_then(|b| b.parse().ok())) else {
        eprintln!("usage: write_inputs DIR BYTES");
        return ExitCode::from(2);
    };
    let dir = std::path::Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("write_inputs: {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    for (name, text) in inputs::inputs(bytes) {
        let path = dir.join(format!("{name}.txt"));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("write_inputs: {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
