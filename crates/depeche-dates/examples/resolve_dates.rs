//! Prints the temporal expressions of a file: `cargo run -p depeche-dates
//! --example resolve_dates -- FILE REFERENCE [past|future|auto]`.
use depeche_dates::{Bias, DateFinder, Reference};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(reference)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: resolve_dates FILE REFERENCE [past|future|auto]");
        std::process::exit(2);
    };
    let bias = match args.get(3).map(String::as_str) {
        Some("past") => Bias::Past,
        Some("future") => Bias::Future,
        _ => Bias::Auto,
    };
    let raw = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let reference = match Reference::parse(reference) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let text = depeche_text::normalize(&raw);
    let finder = DateFinder::builder()
        .reference(reference)
        .bias(bias)
        .build();
    for t in finder.find(text.as_str()) {
        println!(
            "{:?}\t{:?}\t{:?}\t{:?}\t{:?}\tfrom={:?}\tto={:?}",
            t.text(text.as_str()),
            t.kind,
            t.value,
            t.precision,
            t.modifier,
            t.from,
            t.to
        );
    }
}
