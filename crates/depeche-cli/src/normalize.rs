//! `depeche normalize`: the normalised text of each input.

use crate::cli::InputArgs;
use crate::error::Fatal;
use crate::input::{decode, sources};
use crate::interrupt;
use crate::lines::report;
use crate::output::Output;

/// Runs `normalize`. Returns whether some input was bad.
pub fn run(args: &InputArgs, out: &mut Output) -> Result<bool, Fatal> {
    let mut bad = false;
    for source in sources(&args.files) {
        let text = source.read_all().and_then(|bytes| {
            decode(&bytes, &source.name(), 1, 0, args.lossy).map(|t| t.into_owned())
        });
        match text {
            Ok(text) => {
                let norm = depeche::text::normalize(&text);
                let s = norm.as_str();
                interrupt::section(|| {
                    out.raw(s)?;
                    if !s.is_empty() && !s.ends_with('\n') {
                        out.raw("\n")?;
                    }
                    out.flush()
                })?;
            }
            Err(e) => {
                report(&e);
                bad = true;
            }
        }
    }
    out.flush()?;
    Ok(bad)
}
