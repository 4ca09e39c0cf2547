//! The line engine: read lines in bounded chunks, process each chunk in
//! parallel, write one output line per input line, in order. Each chunk's
//! lines are written and flushed as one [`interrupt::section`].

use crate::error::{Fatal, InputError};
use crate::input::{decode, LineReader, RawLine, Source, MAX_LINE_BYTES};
use crate::interrupt;
use crate::output::Output;
use indicatif::ProgressBar;
use rayon::prelude::*;

/// Lines per chunk: enough to keep every thread busy.
const CHUNK_LINES: usize = 2048;
/// Input bytes per chunk: bounds memory whatever the input size.
const CHUNK_BYTES: usize = 8 << 20;

/// One decoded input line.
pub struct Line<'a> {
    /// Its text, without the line end.
    pub text: &'a str,
    /// The file's name for messages.
    pub file: &'a str,
    /// 1-based line number.
    pub number: u64,
    /// Byte offset of the line in the file.
    pub offset: u64,
}

/// Runs `f` on every line of `sources`, writing its result as one line; a
/// bad line is reported on stderr and written as `on_error` gives it.
/// Returns whether some input was bad.
pub fn run<F, E>(
    sources: &[Source],
    lossy: bool,
    pool: &rayon::ThreadPool,
    out: &mut Output,
    bar: &ProgressBar,
    f: F,
    on_error: E,
) -> Result<bool, Fatal>
where
    F: Fn(&Line<'_>) -> Result<String, InputError> + Sync,
    E: Fn(&InputError) -> String,
{
    run_batched(
        sources,
        lossy,
        pool,
        out,
        bar,
        |lines: &[Line<'_>]| lines.iter().map(&f).collect(),
        on_error,
    )
}

/// Like [`run`], but `f` gets a batch of decoded lines at a time (so that
/// it can run each stage of its work over the whole batch) and returns one
/// result per line, in order.
pub fn run_batched<F, E>(
    sources: &[Source],
    lossy: bool,
    pool: &rayon::ThreadPool,
    out: &mut Output,
    bar: &ProgressBar,
    f: F,
    on_error: E,
) -> Result<bool, Fatal>
where
    F: Fn(&[Line<'_>]) -> Vec<Result<String, InputError>> + Sync,
    E: Fn(&InputError) -> String,
{
    let mut bad = false;
    let mut chunk: Vec<RawLine> = Vec::new();
    let mut results: Vec<Vec<Result<String, InputError>>> = Vec::new();
    // Several batches per thread, so that threads stay busy to the end.
    let per_batch = |lines: usize| lines.div_ceil(pool.current_num_threads().max(1) * 4).max(1);
    for source in sources {
        let name = source.name();
        let mut reader = match source.open() {
            Ok(r) => LineReader::new(r),
            Err(e) => {
                report(&e);
                bad = true;
                continue;
            }
        };
        loop {
            if let Err(e) = reader.next_chunk(&mut chunk, CHUNK_LINES, CHUNK_BYTES) {
                report(&InputError::Read {
                    file: name.clone(),
                    source: e,
                });
                bad = true;
                break;
            }
            if chunk.is_empty() {
                break;
            }
            let size = per_batch(chunk.len());
            pool.install(|| {
                chunk
                    .par_chunks(size)
                    .map(|raws| process(raws, &name, lossy, &f))
                    .collect_into_vec(&mut results)
            });
            interrupt::section(|| {
                for r in results.drain(..).flatten() {
                    match r {
                        Ok(s) => out.line(&s)?,
                        Err(e) => {
                            report(&e);
                            bad = true;
                            out.line(&on_error(&e))?;
                        }
                    }
                }
                out.flush()
            })?;
            bar.inc(chunk.len() as u64);
        }
    }
    out.flush()?;
    Ok(bad)
}

/// Decodes a batch of raw lines, runs `f` on those that decode, and puts
/// the decoding errors back in their places: one result per raw line.
fn process<F>(raws: &[RawLine], name: &str, lossy: bool, f: &F) -> Vec<Result<String, InputError>>
where
    F: Fn(&[Line<'_>]) -> Vec<Result<String, InputError>>,
{
    let decoded: Vec<Result<_, InputError>> = raws
        .iter()
        .map(|raw| {
            if raw.too_long {
                return Err(InputError::TooLong {
                    file: name.to_owned(),
                    line: raw.number,
                    offset: raw.offset,
                    limit: MAX_LINE_BYTES,
                });
            }
            decode(&raw.bytes, name, raw.number, raw.offset, lossy)
        })
        .collect();
    let lines: Vec<Line<'_>> = raws
        .iter()
        .zip(&decoded)
        .filter_map(|(raw, d)| {
            d.as_ref().ok().map(|text| Line {
                text,
                file: name,
                number: raw.number,
                offset: raw.offset,
            })
        })
        .collect();
    let mut done = f(&lines).into_iter();
    decoded
        .into_iter()
        .map(|d| match d {
            // `f` gives one result per decoded line, in order.
            Ok(_) => done.next().unwrap_or_else(|| Ok(String::new())),
            Err(e) => Err(e),
        })
        .collect()
}

/// Reports a bad input on standard error.
pub fn report(e: &InputError) {
    eprintln!("depeche: {e}");
}
