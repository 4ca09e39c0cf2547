//! `depeche parse`: files to Articles, or JSONL records to Articles.

use crate::cli::ParseArgs;
use crate::error::{Fatal, InputError};
use crate::input::{decode, sources, Source};
use crate::interrupt;
use crate::lines::{self, Line, Results};
use crate::output::Output;
use crate::progress;
use depeche::{Parser, Record};
use rayon::prelude::*;

/// Files per parallel batch, per thread: output stays in order and memory
/// bounded by the batch.
const FILES_PER_THREAD: usize = 8;

/// Runs `parse`. Returns whether some input was bad.
pub fn run(args: &ParseArgs, pool: &rayon::ThreadPool, out: &mut Output) -> Result<bool, Fatal> {
    let mut builder = Parser::builder().bias(args.bias.into());
    if let Some(r) = &args.reference {
        builder = builder.reference(r.clone());
    }
    let parser = builder.build();
    let inputs = sources(&args.input.files);
    if args.jsonl {
        let bar = progress::bar(None, !args.no_progress);
        let bad = lines::run_batched(
            &inputs,
            args.input.lossy,
            pool,
            out,
            &bar,
            |batch| parse_records(&parser, batch),
            |e| error_line(&e.to_string()),
        );
        bar.finish_and_clear();
        return bad;
    }
    let bar = progress::bar(
        Some(inputs.len() as u64),
        !args.no_progress && inputs.len() > 1,
    );
    let mut bad = false;
    let batch = pool.current_num_threads().max(1) * FILES_PER_THREAD;
    for group in inputs.chunks(batch) {
        // Each thread reads a few files and parses them together
        // (`Parser::parse_many` runs each stage over the batch).
        let results: Vec<Result<String, InputError>> = pool.install(|| {
            group
                .par_chunks(FILES_PER_THREAD)
                .flat_map_iter(|files| parse_files(&parser, files, args))
                .collect()
        });
        interrupt::section(|| {
            for r in results {
                match r {
                    Ok(json) => out.line(&json)?,
                    Err(e) => {
                        lines::report(&e);
                        bad = true;
                    }
                }
            }
            out.flush()
        })?;
        bar.inc(group.len() as u64);
    }
    bar.finish_and_clear();
    out.flush()?;
    Ok(bad)
}

/// The output line standing for a bad input line: `{"id":null,"error":"..."}`.
fn error_line(message: &str) -> String {
    #[derive(serde::Serialize)]
    struct ErrorLine<'a> {
        id: Option<()>,
        error: &'a str,
    }
    serde_json::to_string(&ErrorLine {
        id: None,
        error: message,
    })
    .unwrap_or_default()
}

/// Reads and parses a few files together: one result per file, in order.
fn parse_files(
    parser: &Parser,
    files: &[Source],
    args: &ParseArgs,
) -> Vec<Result<String, InputError>> {
    let texts: Vec<Result<String, InputError>> = files
        .iter()
        .map(|source| {
            let bytes = source.read_all()?;
            decode(&bytes, &source.name(), 1, 0, args.input.lossy).map(|t| t.into_owned())
        })
        .collect();
    let good: Vec<&str> = texts.iter().flatten().map(String::as_str).collect();
    let mut articles = parser.parse_many(&good).into_iter();
    texts
        .into_iter()
        .map(|text| {
            text.map(|text| {
                // One article per decoded text, in order.
                let article = articles.next().unwrap_or_default();
                if args.pretty {
                    // Serialising plain structs of strings and numbers
                    // cannot fail.
                    serde_json::to_string_pretty(&article).unwrap_or_default()
                } else {
                    let mut json = String::with_capacity(json_capacity(text.len()));
                    article.write_json(&mut json);
                    json
                }
            })
        })
        .collect()
}

/// Parses a batch of JSONL lines: blank lines give empty output lines,
/// malformed records their error, and the records are parsed together
/// ([`Parser::parse_records`]), one result per line, in order, their JSON
/// written into one buffer.
fn parse_records(parser: &Parser, lines: &[Line<'_>]) -> Results {
    // What each line is: blank, bad, or the next of `records`.
    enum Slot {
        Blank,
        Bad(InputError),
        Record,
    }
    let mut records: Vec<Record> = Vec::with_capacity(lines.len());
    let slots: Vec<Slot> = lines
        .iter()
        .map(|line| {
            if line.text.trim().is_empty() {
                return Slot::Blank;
            }
            match Record::from_json(line.text) {
                Ok(record) => {
                    records.push(record);
                    Slot::Record
                }
                Err(error) => Slot::Bad(InputError::Record {
                    file: line.file.to_owned(),
                    line: line.number,
                    offset: line.offset,
                    error,
                }),
            }
        })
        .collect();
    let bytes = records
        .iter()
        .map(|r| json_capacity(r.text.len()))
        .fold(0, usize::saturating_add);
    let mut results = Results::with_capacity(lines.len(), bytes);
    let mut articles = parser.parse_records(&records).into_iter().zip(records);
    for slot in slots {
        match slot {
            Slot::Blank => results.line(|_| ()),
            Slot::Bad(e) => results.error(e),
            // One article per record, in order.
            Slot::Record => results.line(|json| {
                if let Some((article, record)) = articles.next() {
                    depeche::RecordArticle::new(record.id, article).write_json(json);
                }
            }),
        }
    }
    results
}

/// Room for the JSON of an article parsed from `input_len` bytes: about four
/// bytes of JSON per byte of news text, so that the output is rarely copied
/// as it grows (a file's line, or a batch's buffer of lines).
fn json_capacity(input_len: usize) -> usize {
    input_len.saturating_mul(4).saturating_add(256)
}
