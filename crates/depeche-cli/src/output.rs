//! Writing to standard output, stopping quietly when it is closed.

use crate::error::Fatal;
use std::io::{self, BufWriter, Stdout, Write};

/// Buffered standard output.
pub struct Output {
    w: BufWriter<Stdout>,
}

impl Output {
    /// Standard output, buffered.
    pub fn stdout() -> Output {
        Output {
            w: BufWriter::with_capacity(1 << 16, io::stdout()),
        }
    }

    /// Writes `s` and a line end.
    pub fn line(&mut self, s: &str) -> Result<(), Fatal> {
        self.w.write_all(s.as_bytes())?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    /// Writes `s` as it is.
    pub fn raw(&mut self, s: &str) -> Result<(), Fatal> {
        self.w.write_all(s.as_bytes())?;
        Ok(())
    }

    /// Flushes what is buffered.
    pub fn flush(&mut self) -> Result<(), Fatal> {
        self.w.flush()?;
        Ok(())
    }
}
