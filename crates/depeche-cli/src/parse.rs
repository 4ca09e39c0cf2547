//! `depeche parse`: files to Articles, or JSONL records to Articles.

use crate::cli::ParseArgs;
use crate::error::{Fatal, InputError};
use crate::input::{decode, sources, Source};
use crate::lines::{self, Line};
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
        let bad = lines::run(
            &inputs,
            args.input.lossy,
            pool,
            out,
            &bar,
            |line| parse_record(&parser, line),
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
        let results: Vec<Result<String, InputError>> = pool.install(|| {
            group
                .par_iter()
                .map(|source| parse_file(&parser, source, args))
                .collect()
        });
        for r in results {
            match r {
                Ok(json) => out.line(&json)?,
                Err(e) => {
                    lines::report(&e);
                    bad = true;
                }
            }
        }
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

fn parse_file(parser: &Parser, source: &Source, args: &ParseArgs) -> Result<String, InputError> {
    let bytes = source.read_all()?;
    let text = decode(&bytes, &source.name(), 1, 0, args.input.lossy)?;
    let article = parser.parse(&text);
    let json = if args.pretty {
        serde_json::to_string_pretty(&article)
    } else {
        serde_json::to_string(&article)
    };
    // Serialising plain structs of strings and numbers cannot fail.
    Ok(json.unwrap_or_default())
}

fn parse_record(parser: &Parser, line: &Line<'_>) -> Result<String, InputError> {
    if line.text.trim().is_empty() {
        return Ok(String::new());
    }
    let record = Record::from_json(line.text).map_err(|error| InputError::Record {
        file: line.file.to_owned(),
        line: line.number,
        offset: line.offset,
        error,
    })?;
    let article = depeche::RecordArticle::new(record.id.clone(), parser.parse_record(&record));
    Ok(serde_json::to_string(&article).unwrap_or_default())
}
