//! Parses JSON records in parallel-friendly batch style, as `depeche parse
//! --jsonl` does: one record per line in, one Article with its "id" per line
//! out, in order; a malformed line gives an error line and the rest goes on.
//!
//! `cargo run --example batch_jsonl`

use depeche::Parser;

const RECORDS: &str = include_str!("dispatches/batch.jsonl");

fn main() {
    // Built once, shared by reference (it is Send + Sync).
    let parser = Parser::new();
    let input = format!("{RECORDS}{{\"id\": \"broken\", \"text\": \n");
    for (n, line) in input.lines().enumerate() {
        match parser.parse_json(line) {
            Ok(article) => match serde_json::to_string(&article) {
                Ok(json) => println!("{json}"),
                Err(e) => eprintln!("line {}: cannot write: {e}", n + 1),
            },
            Err(e) => {
                eprintln!("line {}: {e}", n + 1);
                // Keys in the order of `depeche parse --jsonl`: id, then error.
                println!(
                    "{{\"id\":null,\"error\":{}}}",
                    serde_json::json!(e.to_string())
                );
            }
        }
    }
}
