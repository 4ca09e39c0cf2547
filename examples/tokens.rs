//! Normalises and tokenises a sample dispatch, and prints every token with
//! its kind and its span in the original text.
//!
//! Run with `cargo run --example tokens`, or pass a file:
//! `cargo run --example tokens -- path/to/dispatch.txt`.

use depeche_text::{decode, normalize, paragraphs, tokenize};

/// A sample dispatch written for the project: typographic apostrophes,
/// NBSP before punctuation and inside numbers, CRLF line ends.
const SAMPLE: &str = "BAMAKO, 14 juin 2025 (AFP) \u{2014} Au moins 1\u{202f}200 personnes ont \u{e9}t\u{e9} d\u{e9}plac\u{e9}es par les combats pr\u{e8}s de Gao, a-t-on appris mardi aupr\u{e8}s de l\u{2019}ONU.\r\n\r\n\u{ab}\u{a0}La situation est tr\u{e8}s pr\u{e9}occupante\u{a0}\u{bb}, a d\u{e9}clar\u{e9} M. Diallo, porte-parole du HCR, \u{e0} 14h30. Les Etats-Unis ont promis 12,5\u{a0}% d\u{2019}aide en plus.\r\n";

fn main() {
    let arg = std::env::args().nth(1);
    let bytes = match &arg {
        Some(path) => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                std::process::exit(1);
            }
        },
        None => SAMPLE.as_bytes().to_vec(),
    };
    let raw = match decode(&bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {}: {e}", arg.as_deref().unwrap_or("sample"));
            std::process::exit(1);
        }
    };
    let norm = normalize(raw);
    let text = norm.as_str();
    println!(
        "normalised ({} -> {} bytes):\n{text}\n",
        raw.len(),
        text.len()
    );
    for (p, para) in paragraphs(text).iter().enumerate() {
        println!("paragraph {} ({} sentences)", p + 1, para.sentences.len());
        for sentence in &para.sentences {
            println!("  sentence {}", norm.to_original(*sentence));
            for token in tokenize(&text[sentence.range()]) {
                let span = norm.to_original(token.span.shift(sentence.start));
                println!(
                    "    {:<12} {:>5}..{:<5} {:?}",
                    format!("{:?}", token.kind),
                    span.start,
                    span.end,
                    &raw[span.range()]
                );
            }
        }
    }
}
