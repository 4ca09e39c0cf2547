//! A progress bar on standard error, only when it is a terminal.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// A progress bar for `len` inputs (a spinner counting lines when `len` is
/// unknown), hidden unless standard error is a terminal and `wanted`.
pub fn bar(len: Option<u64>, wanted: bool) -> ProgressBar {
    if !wanted || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let template = if len.is_some() {
        "{bar:40} {pos}/{len} files  {per_sec}  eta {eta}"
    } else {
        "{spinner} {pos} lines  {per_sec}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}
