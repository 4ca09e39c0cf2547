//! The line engine: read lines in bounded chunks, process each chunk in
//! parallel, write one output line per input line, in order.

use crate::error::{Fatal, InputError};
use crate::input::{decode, LineReader, RawLine, Source, MAX_LINE_BYTES};
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
    let mut bad = false;
    let mut chunk: Vec<RawLine> = Vec::new();
    let mut results: Vec<Result<String, InputError>> = Vec::new();
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
            pool.install(|| {
                chunk
                    .par_iter()
                    .map(|raw| {
                        if raw.too_long {
                            return Err(InputError::TooLong {
                                file: name.clone(),
                                line: raw.number,
                                offset: raw.offset,
                                limit: MAX_LINE_BYTES,
                            });
                        }
                        let text = decode(&raw.bytes, &name, raw.number, raw.offset, lossy)?;
                        f(&Line {
                            text: &text,
                            file: &name,
                            number: raw.number,
                            offset: raw.offset,
                        })
                    })
                    .collect_into_vec(&mut results)
            });
            for r in results.drain(..) {
                match r {
                    Ok(s) => out.line(&s)?,
                    Err(e) => {
                        report(&e);
                        bad = true;
                        out.line(&on_error(&e))?;
                    }
                }
            }
            bar.inc(chunk.len() as u64);
        }
    }
    out.flush()?;
    Ok(bad)
}

/// Reports a bad input on standard error.
pub fn report(e: &InputError) {
    eprintln!("depeche: {e}");
}
