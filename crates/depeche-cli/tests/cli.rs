//! The `depeche` binary, end to end: every subcommand, JSONL streaming,
//! bad input and exit codes, determinism across runs and thread counts.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_depeche");
const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/dispatches");

fn sample(name: &str) -> PathBuf {
    PathBuf::from(SAMPLES).join(name)
}

/// A scratch file of this test process.
fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("depeche-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("scratch file");
    path
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin).expect("stdin written");
    }
    child.wait_with_output().expect("depeche ends")
}

/// Starts `depeche args` with every standard stream piped.
fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("depeche runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

#[test]
fn parse_a_file_with_spans_into_the_original() {
    let path = sample("mali-convoi-2024-05.txt");
    let o = run(&["parse", path.to_str().unwrap_or_default()], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&path).expect("sample");
    let a = &json_lines(&o)[0];
    assert_eq!(a["topic"], "Mali");
    // The dateline's day is more precise than the header's month.
    assert_eq!(a["date"], "2024-05-14");
    assert_eq!(a["dateline"]["place"], "Bamako");
    assert_eq!(a["dateline"]["agency"], "AFP");
    assert_eq!(a["dateline"]["date"], "2024-05-14");
    assert_eq!(a["paragraphs"].as_array().map(Vec::len), Some(5));
    let quotes = a["quotes"].as_array().expect("quotes");
    assert!(!quotes.is_empty());
    for q in quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap_or(0) as usize,
            q["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(text.get(s..e), q["text"].as_str());
    }
    assert!(quotes.iter().any(|q| q["cue"] == "indique"
        && q["source"]
            .as_str()
            .is_some_and(|s| s.starts_with("un communiqué de l'état-major"))));
}

#[test]
fn pretty_output_and_stdin() {
    let text = std::fs::read(sample("senegal-election-2024-03.txt")).expect("sample");
    let o = run(&["parse", "-", "--pretty"], &text);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("\n  \"title\": null"));
    let a: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    assert_eq!(a["dateline"]["place"], "Dakar");
    assert_eq!(a["dateline"]["date"], serde_json::Value::Null);
}

#[test]
fn reference_option_is_validated() {
    let path = sample("soudan-famine-2024-02.txt");
    let p = path.to_str().unwrap_or_default();
    assert_eq!(
        run(&["parse", p, "--reference", "2024-03-26"], b"")
            .status
            .code(),
        Some(0)
    );
    let bad = run(&["parse", p, "--reference", "26/03/2024"], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("26/03/2024"));
}

#[test]
fn usage_errors_exit_2_and_help_has_examples() {
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(run(&["parse", "--jobs", "0"], b"").status.code(), Some(2));
    let help = run(&["--help"], b"");
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("Examples:"));
    let help = run(&["parse", "--help"], b"");
    assert!(stdout(&help).contains("--jsonl"));
}

#[test]
fn bad_files_are_reported_and_the_others_processed() {
    let good = sample("soudan-famine-2024-02.txt");
    let broken = scratch(
        "broken.txt",
        b"Le Niger a vot\xe9 hier.\nDeuxi\xc3\xa8me ligne.",
    );
    let missing = PathBuf::from(SAMPLES).join("no-such-dispatch.txt");
    let args = [
        "parse",
        broken.to_str().unwrap_or_default(),
        missing.to_str().unwrap_or_default(),
        good.to_str().unwrap_or_default(),
    ];
    let o = run(&args, b"");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("broken.txt:1: invalid UTF-8 at byte 14"),
        "{err}"
    );
    assert!(err.contains("no-such-dispatch.txt"), "{err}");
    assert!(!err.contains("panicked"));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1);
    assert_eq!(
        lines[0]["dateline"]["place"], "Genève",
        "known places by their name"
    );

    let lossy = run(
        &["parse", "--lossy", broken.to_str().unwrap_or_default()],
        b"",
    );
    assert_eq!(lossy.status.code(), Some(0), "{}", stderr(&lossy));
}

#[test]
fn jsonl_streams_in_order_with_ids() {
    let input = std::fs::read(sample("batch.jsonl")).expect("sample");
    let o = run(&["parse", "--jsonl"], &input);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines = json_lines(&o);
    let ids: Vec<&serde_json::Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(
        ids,
        [
            &serde_json::json!("afp-001"),
            &serde_json::json!("afp-002"),
            &serde_json::json!(3)
        ]
    );
    assert_eq!(
        lines[0]["title"],
        "Burkina: 12 soldats tués dans une embuscade"
    );
    assert_eq!(lines[0]["topic"], "Burkina");
    assert_eq!(lines[0]["date"], "2024-04-10");
    assert_eq!(lines[1]["dateline"]["place"], "Niamey");
    assert_eq!(lines[2]["topic"], "Tchad");
    assert_eq!(lines[2]["date"], "2024-03-08");
}

#[test]
fn jsonl_bad_lines_keep_one_output_line_per_input_line() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": \"a\", \"text\": \"Le Mali et le Niger.\"}\n");
    input.extend_from_slice(b"{\"id\": \"b\", \"text\": \n");
    input.extend_from_slice(b"{\"id\": \"c\", \"text\": \"Caf\xe9\"}\r\n");
    input.extend_from_slice(b"{\"id\": \"d\", \"text\": \"Le Tchad vote.\"}\n");
    let path = scratch("records.jsonl", &input);
    let o = run(
        &["parse", "--jsonl", path.to_str().unwrap_or_default()],
        b"",
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("records.jsonl:2:"), "{err}");
    assert!(
        err.contains("records.jsonl:3: invalid UTF-8 at byte"),
        "{err}"
    );
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[1]["error"].is_string());
    assert!(lines[2]["error"].is_string());
    assert_eq!(lines[3]["id"], "d");
}

#[test]
fn identical_output_across_runs_and_thread_counts() {
    let files: Vec<String> = [
        "mali-convoi-2024-05.txt",
        "soudan-famine-2024-02.txt",
        "senegal-election-2024-03.txt",
    ]
    .iter()
    .map(|f| sample(f).to_string_lossy().into_owned())
    .collect();
    let mut args: Vec<&str> = vec!["parse", "-j", "1"];
    args.extend(files.iter().map(String::as_str));
    let one = run(&args, b"");
    args[2] = "2";
    let two = run(&args, b"");
    let again = run(&args, b"");
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(two.stdout, again.stdout);
    assert_eq!(json_lines(&one).len(), 3);

    let mut jsonl = Vec::new();
    for _ in 0..300 {
        jsonl.extend_from_slice(&std::fs::read(sample("batch.jsonl")).expect("sample"));
    }
    let a = run(&["parse", "--jsonl", "-j", "1"], &jsonl);
    let b = run(&["parse", "--jsonl", "-j", "2"], &jsonl);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(json_lines(&a).len(), 900);
}

#[test]
fn normalize_prints_the_normalised_text() {
    let o = run(
        &["normalize"],
        "L\u{2019}arm\u{e9}e a tu\u{e9}\u{a0}12 soldats\r\n".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "L'armée a tué 12 soldats\n");
}

#[test]
fn a_closed_stdout_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let record = std::fs::read(sample("batch.jsonl")).expect("sample");
    let mut child = spawn(&["parse", "--jsonl", "-j", "1"]);
    let mut input = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if input.write_all(&record).is_err() {
                break;
            }
        }
    });
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a first line");
    assert!(first.starts_with("{\"id\":\"afp-001\""));
    // The reader is dropped here: the pipe closes under depeche's feet.
    let out = child.wait_with_output().expect("depeche ends");
    let _ = feeder.join();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
}

#[test]
fn entities_prints_one_array_per_line() {
    let input =
        "Le président russe Vladimir Poutine a appelé Niamey.\n\nLe Mali a quitté la Cedeao.\n";
    let o = run(&["entities"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1], serde_json::json!([]));
    let first = lines[0].as_array().expect("an array");
    let line = input.lines().next().unwrap_or_default();
    for m in first {
        let (s, e) = (
            m["start"].as_u64().unwrap_or(0) as usize,
            m["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(line.get(s..e), m["text"].as_str());
        for key in ["id", "kind", "name", "code", "form"] {
            assert!(m.get(key).is_some(), "{key} in {m}");
        }
    }
    assert!(first
        .iter()
        .any(|m| m["id"] == "country:RU" && m["form"] == "demonym"));
    assert!(lines[2]
        .as_array()
        .is_some_and(|a| a.iter().any(|m| m["id"] == "country:ML")));
}

#[test]
fn numbers_prints_one_array_per_line() {
    let input =
        "Au moins 45 morts et une vingtaine de blessés.\n\nLe budget atteint 1,5 milliard d'euros.";
    let o = run(&["numbers"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1], serde_json::json!([]));
    let first = &lines[0][0];
    assert_eq!(first["text"], "Au moins 45 morts");
    assert_eq!(first["value"], 45);
    assert_eq!(first["qualifier"], "at_least");
    for key in ["start", "end", "kind", "min", "max", "unit", "currency"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert!(lines[2]
        .as_array()
        .is_some_and(|a| a.iter().any(|n| n["currency"] == "EUR")));
}

#[test]
fn dates_follow_reference_and_bias() {
    let input = "Le ministre est arrivé jeudi à Bamako.\nIl repartira jeudi prochain.\n";
    let past = run(&["dates", "--reference", "2024-03-26"], input.as_bytes());
    assert_eq!(past.status.code(), Some(0), "{}", stderr(&past));
    let lines = json_lines(&past);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0][0]["text"], "jeudi");
    assert_eq!(lines[0][0]["value"], "2024-03-21");
    assert_eq!(lines[0][0]["kind"], "date");
    assert!(lines[0][0].get("mod").is_some());
    let future = run(
        &["dates", "--reference", "2024-03-26", "--bias", "future"],
        b"jeudi\n",
    );
    assert_eq!(json_lines(&future)[0][0]["value"], "2024-03-28");
    assert_eq!(
        run(&["dates", "--bias", "sideways"], b"").status.code(),
        Some(2)
    );
}

#[test]
fn overlong_lines_are_bad_input_and_memory_stays_bounded() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"Le Mali.\"}\n{\"id\": 2, \"text\": \"");
    input.resize(input.len() + (17 << 20), b'a');
    input.extend_from_slice(b"\"}\n{\"id\": 3, \"text\": \"Le Niger.\"}\n");
    let path = scratch("long.jsonl", &input);
    let o = run(
        &["parse", "--jsonl", path.to_str().unwrap_or_default()],
        b"",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("long.jsonl:2: line longer than"),
        "{}",
        stderr(&o)
    );
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["id"], 3);
}

/// Sends SIGINT to `child` (with the system's `kill`).
#[cfg(unix)]
fn interrupt(child: &std::process::Child) {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// JSONL records `r0`, `r1`... of a short dispatch each.
fn records(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"id\":\"r{i}\",\"text\":\"Le 3 mars, {i} soldats sont arrivés à Gao, au Mali.\"}}\n"
            )
        })
        .collect()
}

/// Every output line is a whole Article of records `r0`, `r1`... in order.
fn assert_whole_articles_in_order(out: &str) -> usize {
    assert!(out.is_empty() || out.ends_with('\n'), "cut mid-line");
    let mut n = 0;
    for (i, line) in out.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("a whole JSON line");
        assert_eq!(v["id"], format!("r{i}"));
        n += 1;
    }
    n
}

#[test]
#[cfg(unix)]
fn sigint_while_waiting_for_input_ends_at_once_after_whole_lines() {
    use std::io::{BufRead, BufReader, Read};
    let mut child = spawn(&["parse", "--jsonl", "-j", "1"]);
    // More than a chunk (2048 lines); stdin stays open, so the command
    // answers them all and then waits for more.
    let mut input = child.stdin.take().expect("stdin");
    input
        .write_all(records(2048 + 10).as_bytes())
        .expect("written");
    input.flush().expect("flushed");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut seen = String::new();
    for _ in 0..2048 + 10 {
        out.read_line(&mut seen).expect("a line");
    }
    interrupt(&child);
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("rest");
    let status = child.wait().expect("depeche ends");
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err).expect("stderr");
    }
    drop(input);
    assert_eq!(status.code(), Some(130), "stderr: {err}");
    assert_eq!(rest, "", "nothing after the lines answered");
    assert_eq!(assert_whole_articles_in_order(&seen), 2048 + 10);
    assert!(err.contains("interrupted"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
#[cfg(unix)]
fn lines_that_trickle_in_are_answered_as_they_come() {
    use std::io::{BufRead, BufReader};
    let mut child = spawn(&["parse", "--jsonl", "-j", "2"]);
    let pid = child.id().to_string();
    // Should a line wait for a full chunk, the reads below would block: a
    // watchdog ends the command so that the test fails instead of hanging.
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(120));
        let _ = Command::new("kill").args(["-KILL", &pid]).status();
    });
    let mut input = child.stdin.take().expect("stdin");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let all = records(3);
    for (i, record) in all.lines().enumerate() {
        writeln!(input, "{record}").expect("written");
        input.flush().expect("flushed");
        let mut line = String::new();
        out.read_line(&mut line).expect("an answer");
        let v: serde_json::Value = serde_json::from_str(&line).expect("a whole JSON line");
        assert_eq!(v["id"], format!("r{i}"));
    }
    drop(input);
    let status = child.wait().expect("depeche ends");
    assert!(status.success());
    drop(watchdog);
}

#[test]
#[cfg(unix)]
fn sigint_during_a_batch_stops_at_a_whole_line() {
    use std::io::{BufRead, BufReader, Read};
    let file = scratch("sigint.jsonl", records(30_000).as_bytes());
    let file = file.to_str().expect("a UTF-8 path");
    let mut child = spawn(&["parse", "--jsonl", "-j", "2", file]);
    // Once the first chunk is out, the next ones are being parsed.
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut all = String::new();
    out.read_line(&mut all).expect("a first line");
    interrupt(&child);
    out.read_to_string(&mut all).expect("the rest");
    let status = child.wait().expect("depeche ends");
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err).expect("stderr");
    }
    let n = assert_whole_articles_in_order(&all);
    assert!(!err.contains("panicked"), "{err}");
    match status.code() {
        // Interrupted: a prefix of the records, each whole.
        Some(130) => {
            assert!((1..30_000).contains(&n), "{n}");
            assert!(err.contains("interrupted"), "{err}");
        }
        // The machine was faster than the signal: everything is there.
        Some(0) => assert_eq!(n, 30_000),
        other => panic!("exit status {other:?}: {err}"),
    }
}
