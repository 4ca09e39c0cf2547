//! The line-mode commands `numbers`, `dates` and `entities`: exactly one
//! JSON array per input line, in order.

use crate::cli::LineArgs;
use crate::error::Fatal;
use crate::input::sources;
use crate::lines::{self, Line};
use crate::output::Output;
use crate::progress;
use serde::Serialize;

/// Runs `f` on every line and prints its items as one JSON array per line;
/// a bad line prints `[]`. Returns whether some input was bad.
pub fn run<T, F>(
    args: &LineArgs,
    pool: &rayon::ThreadPool,
    out: &mut Output,
    f: F,
) -> Result<bool, Fatal>
where
    T: Serialize,
    F: Fn(&str) -> Vec<T> + Sync,
{
    let bar = progress::bar(None, false);
    let pretty = args.pretty;
    lines::run(
        &sources(&args.input.files),
        args.input.lossy,
        pool,
        out,
        &bar,
        |line: &Line<'_>| {
            let items = f(line.text);
            let json = if pretty {
                serde_json::to_string_pretty(&items)
            } else {
                serde_json::to_string(&items)
            };
            // Plain structs of strings and numbers always serialise.
            Ok(json.unwrap_or_else(|_| "[]".to_owned()))
        },
        |_| "[]".to_owned(),
    )
}
