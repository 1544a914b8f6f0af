//! Errors at the edges of the `tinbai` command: unreadable inputs, bad
//! options, invalid UTF-8, odd files, a closed pipe. Each error names its
//! input, the others are still processed, nothing panics.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tinbai"))
}

fn seed(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../seeds")
        .join(name)
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tinbai-cli-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    // Write on another thread: the child may fill stdout before reading all.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_no_panic(out: &Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "the CLI panicked: {err}");
    assert_ne!(
        out.status.code(),
        Some(101),
        "exit code 101 is a panic: {err}"
    );
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

/// Makes `path` unreadable; false when that cannot block reading (root).
fn make_unreadable(path: &Path) -> bool {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let blocked = if path.is_dir() {
        std::fs::read_dir(path).is_err()
    } else {
        std::fs::read(path).is_err()
    };
    if !blocked {
        eprintln!(
            "SKIPPED: {} is still readable after chmod 000 (running as root?)",
            path.display()
        );
    }
    blocked
}

#[test]
fn unreadable_file_is_named_and_the_others_still_processed() {
    let d = tmpdir("unreadable");
    let locked = d.join("locked.txt");
    std::fs::write(&locked, "Tiêu đề\n\nNội dung.").unwrap();
    if !make_unreadable(&locked) {
        return;
    }
    let out = bin()
        .arg("extract")
        .arg(&locked)
        .arg(seed("001_131bf2ea8ccdff0c.txt"))
        .output()
        .expect("run");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("locked.txt") && err.contains("ermission denied"),
        "{err}"
    );
    let objs = json_lines(&out);
    assert_eq!(objs.len(), 1);
    assert_eq!(objs[0]["id"], "001_131bf2ea8ccdff0c");
}

#[test]
fn unreadable_directory_is_an_error() {
    let d = tmpdir("unreadable-dir");
    let sub = d.join("locked");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(sub.join("a.txt"), "Bài A").unwrap();
    if !make_unreadable(&sub) {
        return;
    }
    let out = bin().arg("extract").arg(&sub).output().expect("run");
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("locked"), "{}", stderr(&out));
}

#[test]
fn missing_input_and_no_command() {
    let out = bin()
        .args(["extract", "/nonexistent/tinbai/article.txt"])
        .output()
        .expect("run");
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/tinbai/article.txt"));
    let out = bin().output().expect("run");
    assert_eq!(out.status.code(), Some(2), "no command is a usage error");
    assert!(stderr(&out).contains("Usage"));
}

#[test]
fn bad_option_values_are_usage_errors() {
    for args in [
        &["extract", "--threads", "0"][..],
        &["extract", "--threads", "-3"],
        &["extract", "--threads", "many"],
        &["extract", "--threads"],
        &["extract", "--threads", "99999999999999999999999"],
        &["extract", "--tone", "old"],
        &["extract", "--tone"],
    ] {
        let out = bin().args(args).output().expect("run");
        assert_no_panic(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains(args[1]),
            "{args:?}: the message names the option: {err}"
        );
    }
}

#[test]
fn invalid_utf8_on_stdin_names_the_byte() {
    let out = run_with_stdin(&["extract"], b"Ti\xc3\xaau \xff\n");
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("<stdin>: invalid UTF-8 at byte 6"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_jsonl_lines_are_named_and_the_others_processed() {
    let input: &[u8] = b"{\"id\": \"a\", \"text\": \"B\xc3\xa0i A\"}\nnot json\n{\"id\": \"c\"}\n{\"id\": \"d\", \"text\": \"x\xff\"}\n[1, 2]\n{\"id\": \"f\", \"text\": \"B\xc3\xa0i F\"}\n";
    let out = run_with_stdin(&["extract", "--jsonl"], input);
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for line in [2, 3, 4, 5] {
        assert!(
            err.contains(&format!("<stdin>:{line}")),
            "line {line}: {err}"
        );
    }
    let ids: Vec<String> = json_lines(&out)
        .iter()
        .map(|v| v["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids, ["a", "f"]);
}

#[test]
fn odd_files_give_sensible_documents() {
    let d = tmpdir("odd");
    let lf = std::fs::read(seed("002_ec4e49db9ba98951.txt")).unwrap();
    let lf_text = String::from_utf8(lf.clone()).unwrap();
    let mut bom_crlf = b"\xef\xbb\xbf".to_vec();
    bom_crlf.extend_from_slice(lf_text.replace('\n', "\r\n").as_bytes());
    std::fs::write(d.join("lf.txt"), &lf).unwrap();
    std::fs::write(d.join("bom_crlf.txt"), &bom_crlf).unwrap();
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(d.join("nul.txt"), b"\0\0\0\n\0").unwrap();
    let one = |name: &str| {
        let out = bin()
            .arg("extract")
            .arg(d.join(name))
            .output()
            .expect("run");
        assert_no_panic(&out);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        json_lines(&out).remove(0)
    };
    assert_eq!(one("bom_crlf.txt"), one("lf.txt"), "BOM + CRLF = LF");
    let empty = one("empty.txt");
    assert_eq!(empty["lines"], serde_json::json!(["blank"]));
    assert_eq!(empty["text"], "");
    let nul = one("nul.txt");
    assert_eq!(nul["lines"], serde_json::json!(["blank", "blank"]));
}

#[test]
fn big_input_on_stdin() {
    let para = "Ngày 14/3, tại huyện Mường Nhé, Bộ CHQS tỉnh Điện Biên trao gần 150 triệu đồng. ";
    let size = if cfg!(debug_assertions) {
        1 << 20
    } else {
        10 << 20
    };
    let text = para.repeat(size / para.len());
    let out = run_with_stdin(&["sentences", "--no-progress"], text.as_bytes());
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        text.matches(". ").count()
    );
}

#[test]
fn closed_output_pipe_is_not_an_error() {
    // `tinbai extract DIR | head -c 1`: the reader goes away early.
    let d = tmpdir("pipe");
    for i in 0..200 {
        std::fs::copy(
            seed("000_5168cd824a8382ba.txt"),
            d.join(format!("a{i:03}.txt")),
        )
        .unwrap();
    }
    let mut child = bin()
        .arg("extract")
        .arg(&d)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
}
