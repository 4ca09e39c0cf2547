//! Reading the inputs: whole files, or line by line in bounded chunks.

use crate::error::InputError;
use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

/// One input: a file or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input ("-" or no file given).
    Stdin,
    /// A file.
    File(PathBuf),
}

/// The inputs named on the command line: standard input when none.
pub fn sources(files: &[PathBuf]) -> Vec<Source> {
    if files.is_empty() {
        return vec![Source::Stdin];
    }
    files
        .iter()
        .map(|f| {
            if f.as_os_str() == "-" {
                Source::Stdin
            } else {
                Source::File(f.clone())
            }
        })
        .collect()
}

impl Source {
    /// The name used in messages.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_owned(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Opens the input for buffered reading.
    pub fn open(&self) -> Result<Feed, InputError> {
        match self {
            Source::Stdin => Ok(Feed::new(Box::new(io::stdin()))),
            Source::File(p) => {
                let f = File::open(p).map_err(|e| read_error(p, e))?;
                Ok(Feed::new(Box::new(f)))
            }
        }
    }

    /// Reads the whole input.
    pub fn read_all(&self) -> Result<Vec<u8>, InputError> {
        let mut bytes = Vec::new();
        match self {
            Source::Stdin => io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|source| InputError::Read {
                    file: self.name(),
                    source,
                })?,
            Source::File(p) => {
                bytes = std::fs::read(p).map_err(|e| read_error(p, e))?;
                bytes.len()
            }
        };
        Ok(bytes)
    }
}

fn read_error(p: &Path, source: io::Error) -> InputError {
    InputError::Read {
        file: p.display().to_string(),
        source,
    }
}

/// Decodes `bytes` (a whole file, or one line starting at byte `offset` of
/// line `line`), or says where it is not UTF-8.
pub fn decode<'a>(
    bytes: &'a [u8],
    file: &str,
    line: u64,
    offset: u64,
    lossy: bool,
) -> Result<Cow<'a, str>, InputError> {
    if lossy {
        return Ok(depeche::text::decode_lossy(bytes));
    }
    depeche::text::decode(bytes)
        .map(Cow::Borrowed)
        .map_err(|e| InputError::Utf8 {
            file: file.to_owned(),
            line: line + e.line as u64 - 1,
            offset: offset + e.offset as u64,
            column: e.column,
        })
}

/// One line of input, without its line end.
#[derive(Debug, Default)]
pub struct RawLine {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// 1-based line number in its file.
    pub number: u64,
    /// Byte offset of its first byte in its file.
    pub offset: u64,
    /// Whether the line was longer than the limit: its bytes were dropped.
    pub too_long: bool,
}

/// Longest line read, in bytes: beyond it a line is bad input, so that
/// memory stays bounded whatever the input.
pub const MAX_LINE_BYTES: usize = 16 << 20;

/// Line buffers that grew past this are given back after use.
const KEEP_CAPACITY: usize = 1 << 20;

/// Reads one line (with its "\n") into `buf`, unless it is longer than
/// `cap`: then the rest of the line is skipped and `buf` left empty.
/// Returns the bytes consumed and whether the line was too long.
fn read_line_capped(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, too_long));
        }
        let (take, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            if buf.len() + take > cap {
                too_long = true;
                buf.clear();
                buf.shrink_to(KEEP_CAPACITY);
            } else {
                buf.extend_from_slice(&available[..take]);
            }
        }
        reader.consume(take);
        consumed += take;
        if done {
            return Ok((consumed, too_long));
        }
    }
}

/// Bytes read from the source at a time.
const FEED_CAPACITY: usize = 1 << 16;

/// A buffered reader that knows when its source ran dry: when the last read
/// returned less than it asked for (a pipe or a terminal whose writer is
/// slower than us) and all of it was consumed, reading on may wait for the
/// writer. A file only runs dry at its end.
pub struct Feed {
    source: Box<dyn Read>,
    buf: Vec<u8>,
    pos: usize,
    filled: usize,
    dry: bool,
}

impl Feed {
    /// Buffers `source`.
    pub fn new(source: Box<dyn Read>) -> Feed {
        Feed {
            source,
            buf: vec![0; FEED_CAPACITY],
            pos: 0,
            filled: 0,
            dry: false,
        }
    }

    /// Whether reading on may wait: nothing is buffered and the source gave
    /// less than asked at its last read.
    pub fn may_wait(&self) -> bool {
        self.pos >= self.filled && self.dry
    }
}

impl Read for Feed {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = {
            let available = self.fill_buf()?;
            let n = available.len().min(out.len());
            if let (Some(to), Some(from)) = (out.get_mut(..n), available.get(..n)) {
                to.copy_from_slice(from);
            }
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Feed {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.filled {
            let n = self.source.read(&mut self.buf)?;
            self.dry = n < self.buf.len();
            self.pos = 0;
            self.filled = n;
        }
        Ok(self.buf.get(self.pos..self.filled).unwrap_or_default())
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.filled);
    }
}

/// Reads lines in chunks of bounded size, so that memory stays constant
/// whatever the input size. A chunk also ends where the source runs dry
/// (see [`Feed`]): lines that arrive slowly, from a live feed or a
/// terminal, are processed as they come instead of waiting for a full
/// chunk.
pub struct LineReader {
    reader: Feed,
    number: u64,
    offset: u64,
    done: bool,
}

impl LineReader {
    /// Reads `reader` from its start.
    pub fn new(reader: Feed) -> LineReader {
        LineReader {
            reader,
            number: 0,
            offset: 0,
            done: false,
        }
    }

    /// Fills `chunk` with up to `max_lines` lines or about `max_bytes`
    /// bytes, reusing its buffers. Empty when the input is exhausted.
    pub fn next_chunk(
        &mut self,
        chunk: &mut Vec<RawLine>,
        max_lines: usize,
        max_bytes: usize,
    ) -> io::Result<()> {
        let mut used = 0;
        let mut bytes = 0;
        while !self.done && used < max_lines && bytes < max_bytes {
            // Do not wait for more lines while some are ready.
            if used > 0 && self.reader.may_wait() {
                break;
            }
            if chunk.len() == used {
                chunk.push(RawLine::default());
            }
            // `chunk.len() > used`: a line was pushed above when needed.
            let line = &mut chunk[used];
            line.bytes.clear();
            if line.bytes.capacity() > KEEP_CAPACITY {
                line.bytes = Vec::new();
            }
            let (n, too_long) =
                read_line_capped(&mut self.reader, &mut line.bytes, MAX_LINE_BYTES)?;
            line.too_long = too_long;
            if n == 0 {
                self.done = true;
                break;
            }
            self.number += 1;
            line.number = self.number;
            line.offset = self.offset;
            self.offset += n as u64;
            if line.bytes.last() == Some(&b'\n') {
                line.bytes.pop();
                if line.bytes.last() == Some(&b'\r') {
                    line.bytes.pop();
                }
            }
            bytes += n;
            used += 1;
        }
        chunk.truncate(used);
        Ok(())
    }
}
