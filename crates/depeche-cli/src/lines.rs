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

/// The results of a batch of lines, one per line and in order: the output
/// lines written one after the other into one buffer (each with its line
/// end), or the line's error.
///
/// One buffer per batch instead of one `String` per line: no allocation
/// and no growth per line, and runs of good lines are written out in one
/// copy.
#[derive(Default)]
pub struct Results {
    /// The output lines, each ended by `\n`.
    text: String,
    /// Per line: where its output lies in `text`, or its error.
    items: Vec<Result<core::ops::Range<usize>, InputError>>,
}

impl Results {
    /// Room for `lines` results and `bytes` of output.
    pub fn with_capacity(lines: usize, bytes: usize) -> Results {
        Results {
            text: String::with_capacity(bytes),
            items: Vec::with_capacity(lines),
        }
    }

    /// The next line's output, as `write` appends it to the buffer (a line
    /// end is added).
    pub fn line(&mut self, write: impl FnOnce(&mut String)) {
        let start = self.text.len();
        write(&mut self.text);
        self.text.push('\n');
        self.items.push(Ok(start..self.text.len()));
    }

    /// The next line's error.
    pub fn error(&mut self, e: InputError) {
        self.items.push(Err(e));
    }

    /// Puts `errors` (by position among all the lines) among these results,
    /// which are those of the other lines, in order.
    fn interleave(self, mut errors: Vec<(usize, InputError)>) -> Results {
        if errors.is_empty() {
            return self;
        }
        let total = self.items.len() + errors.len();
        let mut items = Vec::with_capacity(total);
        let mut done = self.items.into_iter();
        let mut errors = errors.drain(..).peekable();
        for i in 0..total {
            match errors.next_if(|(at, _)| *at == i) {
                Some((_, e)) => items.push(Err(e)),
                // One result per line that decoded, in order.
                None => items.push(done.next().unwrap_or(Ok(0..0))),
            }
        }
        Results {
            text: self.text,
            items,
        }
    }
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
        |lines: &[Line<'_>]| {
            let mut results = Results::with_capacity(lines.len(), 0);
            for line in lines {
                match f(line) {
                    Ok(s) => results.line(|text| text.push_str(&s)),
                    Err(e) => results.error(e),
                }
            }
            results
        },
        on_error,
    )
}

/// Like [`run`], but `f` gets a batch of decoded lines at a time (so that
/// it can run each stage of its work over the whole batch) and returns one
/// result per line, in order.
///
/// With a pool of one thread the batches run on the calling thread, one
/// after the other: no hand-over to a worker, and no idle worker waking
/// and spinning between chunks.
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
    F: Fn(&[Line<'_>]) -> Results + Sync,
    E: Fn(&InputError) -> String,
{
    let mut bad = false;
    let mut chunk: Vec<RawLine> = Vec::new();
    let mut results: Vec<Results> = Vec::new();
    let threads = pool.current_num_threads().max(1);
    // Several batches per thread, so that threads stay busy to the end.
    let per_batch = |lines: usize| lines.div_ceil(threads * 4).max(1);
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
            if threads == 1 {
                // The same batches, on this thread (memory stays bounded
                // by a batch's articles, as with more threads).
                results.extend(
                    chunk
                        .chunks(size)
                        .map(|raws| process(raws, &name, lossy, &f)),
                );
            } else {
                pool.install(|| {
                    chunk
                        .par_chunks(size)
                        .map(|raws| process(raws, &name, lossy, &f))
                        .collect_into_vec(&mut results)
                });
            }
            interrupt::section(|| {
                for r in results.drain(..) {
                    bad |= write(r, out, &on_error)?;
                }
                out.flush()
            })?;
            bar.inc(chunk.len() as u64);
        }
    }
    out.flush()?;
    Ok(bad)
}

/// Writes a batch's results, in order: each run of good lines in one copy,
/// each error reported on stderr and written as `on_error` gives it.
/// Returns whether some line was bad.
fn write<E>(results: Results, out: &mut Output, on_error: &E) -> Result<bool, Fatal>
where
    E: Fn(&InputError) -> String,
{
    let Results { text, items } = results;
    let mut bad = false;
    // The run of good lines not written yet.
    let mut run = 0..0;
    for item in items {
        match item {
            Ok(r) if r.start == run.end => run.end = r.end,
            Ok(r) => {
                out.raw(text.get(run).unwrap_or_default())?;
                run = r;
            }
            Err(e) => {
                out.raw(text.get(run.clone()).unwrap_or_default())?;
                run = run.end..run.end;
                report(&e);
                bad = true;
                out.line(&on_error(&e))?;
            }
        }
    }
    out.raw(text.get(run).unwrap_or_default())?;
    Ok(bad)
}

/// Decodes a batch of raw lines, runs `f` on those that decode, and puts
/// the decoding errors back in their places: one result per raw line.
fn process<F>(raws: &[RawLine], name: &str, lossy: bool, f: &F) -> Results
where
    F: Fn(&[Line<'_>]) -> Results,
{
    let mut errors = Vec::new();
    let decoded: Vec<(&RawLine, std::borrow::Cow<'_, str>)> = raws
        .iter()
        .enumerate()
        .filter_map(|(i, raw)| {
            let d = if raw.too_long {
                Err(InputError::TooLong {
                    file: name.to_owned(),
                    line: raw.number,
                    offset: raw.offset,
                    limit: MAX_LINE_BYTES,
                })
            } else {
                decode(&raw.bytes, name, raw.number, raw.offset, lossy)
            };
            d.map_err(|e| errors.push((i, e)))
                .ok()
                .map(|text| (raw, text))
        })
        .collect();
    let lines: Vec<Line<'_>> = decoded
        .iter()
        .map(|(raw, text)| Line {
            text,
            file: name,
            number: raw.number,
            offset: raw.offset,
        })
        .collect();
    f(&lines).interleave(errors)
}

/// Reports a bad input on standard error.
pub fn report(e: &InputError) {
    eprintln!("depeche: {e}");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The results as strings: each line's output, or "E" for an error.
    fn shape(r: &Results) -> Vec<String> {
        r.items
            .iter()
            .map(|item| match item {
                Ok(range) => r.text.get(range.clone()).unwrap_or("?").to_owned(),
                Err(_) => "E".to_owned(),
            })
            .collect()
    }

    fn error(line: u64) -> InputError {
        InputError::TooLong {
            file: "f".to_owned(),
            line,
            offset: 0,
            limit: 1,
        }
    }

    #[test]
    fn lines_share_one_buffer_and_errors_go_back_in_their_places() {
        let mut r = Results::with_capacity(2, 8);
        r.line(|t| t.push('a'));
        r.line(|_| ());
        r.line(|t| t.push_str("bc"));
        assert_eq!(r.text, "a\n\nbc\n");
        let r = r.interleave(vec![(0, error(1)), (2, error(3)), (5, error(6))]);
        assert_eq!(shape(&r), ["E", "a\n", "E", "\n", "bc\n", "E"]);
        let none = Results::default().interleave(vec![(0, error(1))]);
        assert_eq!(shape(&none), ["E"]);
    }
}
