//! The `tinbai` command as a user runs it.

use std::io::Write;
use std::path::PathBuf;
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
    let d = std::env::temp_dir().join(format!("tinbai-cli-{}-{name}", std::process::id()));
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
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write");
    child.wait_with_output().expect("wait")
}

#[test]
fn extract_one_file_prints_one_schema_object() {
    let out = bin()
        .args(["extract"])
        .arg(seed("004_060e889996191cc7.txt"))
        .output()
        .expect("run");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["schema"], "tinbai/1");
    assert!(v.get("id").is_none(), "a single article carries no id");
    let raw = std::fs::read_to_string(seed("004_060e889996191cc7.txt")).unwrap();
    assert_eq!(
        v["lines"].as_array().unwrap().len(),
        raw.split('\n').count()
    );
}

#[test]
fn pretty_output_is_indented_json() {
    let out = bin()
        .args(["extract", "--pretty"])
        .arg(seed("000_5168cd824a8382ba.txt"))
        .output()
        .expect("run");
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("\n  \"meta\": {"));
    serde_json::from_str::<serde_json::Value>(&s).expect("valid JSON");
}

#[test]
fn stdin_is_read_when_no_file_is_given() {
    let out = run_with_stdin(&["extract"], "Tiêu đề\n\nMột câu. Hai câu.\n".as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["meta"]["title"], "Tiêu đề");
}

#[test]
fn bad_files_are_named_and_the_others_still_processed() {
    let d = tmpdir("bad");
    let bad = d.join("bad.txt");
    std::fs::write(&bad, b"Ti\xc3\xaau \xff\xfe").unwrap();
    let missing = d.join("missing.txt");
    let out = bin()
        .arg("extract")
        .arg(&bad)
        .arg(&missing)
        .arg(seed("001_131bf2ea8ccdff0c.txt"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt: invalid UTF-8 at byte 6"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let objs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objs.len(), 1);
    assert_eq!(objs[0]["id"], "001_131bf2ea8ccdff0c");
}

#[test]
fn empty_directory_is_an_error() {
    let d = tmpdir("empty");
    let out = bin().arg("extract").arg(&d).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no .txt or .jsonl"));
}

#[test]
fn directory_and_jsonl_give_jsonl_with_ids_in_order() {
    let d = tmpdir("dir");
    std::fs::write(d.join("b.txt"), "Bài B\n\nNội dung B.").unwrap();
    std::fs::write(d.join("a.txt"), "Bài A\n\nNội dung A.").unwrap();
    std::fs::write(
        d.join("c.jsonl"),
        "{\"id\": \"c1\", \"text\": \"Bài C1\"}\n\n{\"id\": 2, \"text\": \"Bài C2\"}\n{\"text\": 5}\n",
    )
    .unwrap();
    let out = bin()
        .args(["extract", "--threads", "2"])
        .arg(&d)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "the line without text fails");
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids, vec!["a", "b", "c1", "2"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("c.jsonl:4"));
}

#[test]
fn stdin_jsonl() {
    let out = run_with_stdin(
        &["extract", "--jsonl"],
        b"{\"id\": \"x\", \"text\": \"Tin\"}\n{\"id\": \"y\", \"text\": \"Tin hai\"}\n",
    );
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);
}

#[test]
fn sentences_prints_one_a_line() {
    let out = run_with_stdin(&["sentences"], "Tiêu đề\n\nMột câu. Hai câu.\n".as_bytes());
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().next(), Some("Tiêu đề"));
}

#[test]
fn unknown_option_is_a_usage_error() {
    let out = bin().args(["extract", "--bogus"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let out = bin().args(["frobnicate"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}
