//! depeche in the process, as the side-by-side script times the Python
//! peers: `parse_corpus CORPUS.jsonl [PASSES|auto]` reads the records into
//! memory, builds the [`Parser`] (timed apart, as a peer's model load), then
//! parses every record `PASSES` times (default 5; `auto`: as the peers are
//! timed, passes until a second has gone by, 1000 at most) on one thread
//! and prints one JSON line: the set-up time, each pass's time, the bytes of
//! text and the findings (temporals + quantities + entities + sentences +
//! quotes).
//!
//! Built by `benches/peers/run.sh` with the `depeche` binary's allocator:
//! `cargo build --release -p depeche-benches --features mimalloc --example parse_corpus`.

use std::time::Instant;

use depeche::{Parser, Record};

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: parse_corpus CORPUS.jsonl [PASSES]");
        std::process::exit(2);
    };
    // `None`: until a second has gone by.
    let passes: Option<usize> = match args.next() {
        Some(a) if a == "auto" => None,
        Some(a) => Some(a.parse().unwrap_or(5)),
        None => Some(5),
    };
    let corpus = match std::fs::read_to_string(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("parse_corpus: {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut records = Vec::new();
    for (i, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match Record::from_json(line) {
            Ok(r) => records.push(r),
            Err(e) => eprintln!("parse_corpus: {path}:{}: {e}", i + 1),
        }
    }
    let bytes: usize = records.iter().map(|r| r.text.len()).sum();

    let t = Instant::now();
    let parser = std::hint::black_box(Parser::new());
    let setup = t.elapsed().as_secs_f64();

    let mut times = Vec::new();
    let mut findings = 0;
    let mut spent = 0.0;
    while match passes {
        Some(n) => times.len() < n,
        None => times.is_empty() || (spent < 1.0 && times.len() < 1000),
    } {
        let t = Instant::now();
        let articles = parser.parse_records(std::hint::black_box(&records));
        let took = t.elapsed().as_secs_f64();
        times.push(took);
        spent += took;
        findings = articles
            .iter()
            .map(|a| {
                a.temporals.len()
                    + a.quantities.len()
                    + a.entities.len()
                    + a.quotes.len()
                    + a.paragraphs
                        .iter()
                        .map(|p| p.sentences.len())
                        .sum::<usize>()
            })
            .sum::<usize>();
        drop(std::hint::black_box(articles));
    }
    let list = times
        .iter()
        .map(|t| format!("{t:.6}"))
        .collect::<Vec<_>>()
        .join(",");
    println!(
        "{{\"records\":{},\"bytes\":{bytes},\"setup_s\":{setup:.6},\"pass_s\":[{list}],\"findings\":{findings}}}",
        records.len()
    );
}
