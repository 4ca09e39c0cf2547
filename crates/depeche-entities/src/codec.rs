//! The format of the baked tables (see `build.rs`): little-endian integers
//! in one stream of bytes, and every string, in the order it is written,
//! in one text embedded with `include_str!`, so that reading only slices it
//! (its UTF-8 is checked when the crate is compiled).
//!
//! A string is its length in the stream and its bytes next in the text.
//! Nothing here knows what is stored: each table writes and reads its own
//! fields in the same order.

/// Writes a table (build script and tests).
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Default)]
pub(crate) struct Writer {
    pool: String,
    data: Vec<u8>,
}

#[cfg_attr(not(test), allow(dead_code))] // used by build.rs and tests
impl Writer {
    /// A `u8`.
    pub(crate) fn u8(&mut self, v: u8) {
        self.data.push(v);
    }

    /// A `bool` (one byte).
    pub(crate) fn bool(&mut self, v: bool) {
        self.u8(u8::from(v));
    }

    /// A `u16`.
    pub(crate) fn u16(&mut self, v: u16) {
        self.data.extend_from_slice(&v.to_le_bytes());
    }

    /// A `u32`.
    pub(crate) fn u32(&mut self, v: u32) {
        self.data.extend_from_slice(&v.to_le_bytes());
    }

    /// A `u64`.
    pub(crate) fn u64(&mut self, v: u64) {
        self.data.extend_from_slice(&v.to_le_bytes());
    }

    /// A length or count (`u32`; the tables are far smaller).
    pub(crate) fn len(&mut self, n: usize) {
        self.u32(n as u32);
    }

    /// Raw bytes, whose length the reader knows.
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.data.extend_from_slice(b);
    }

    /// A string: its length here, its bytes in the pool.
    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.pool.push_str(s);
    }

    /// An optional string (a flag, then the string).
    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        self.bool(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }

    /// A list of strings (its length, then each).
    pub(crate) fn strs(&mut self, list: &[String]) {
        self.len(list.len());
        for s in list {
            self.str(s);
        }
    }

    /// The table: its strings and its stream.
    pub(crate) fn finish(self) -> (String, Vec<u8>) {
        (self.pool, self.data)
    }
}

/// Reads a table written by [`Writer`]. Every read is checked: a table cut
/// short or not written by the same code gives `None`, never a panic.
/// Reading is linear in the table's size; each string costs one
/// allocation and a copy.
pub(crate) struct Reader<'a> {
    pool: &'a str,
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    /// A reader of a table: its strings and its stream.
    pub(crate) fn new(strings: &'a str, data: &'a [u8]) -> Reader<'a> {
        Reader {
            pool: strings,
            data,
        }
    }

    /// Whether everything was read (a table that reads well and ends where
    /// it should was written by the same code).
    pub(crate) fn is_done(&self) -> bool {
        self.pool.is_empty() && self.data.is_empty()
    }

    /// The next `n` bytes of the stream.
    #[inline]
    pub(crate) fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let head = self.data.get(..n)?;
        self.data = self.data.get(n..)?;
        Some(head)
    }

    #[inline]
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.data.split_first_chunk::<N>()?;
        self.data = rest;
        Some(*head)
    }

    /// A `u8`.
    #[inline]
    pub(crate) fn u8(&mut self) -> Option<u8> {
        self.array::<1>().map(|[b]| b)
    }

    /// A `bool`.
    #[inline]
    pub(crate) fn bool(&mut self) -> Option<bool> {
        self.u8().map(|b| b != 0)
    }

    /// A `u16`.
    #[inline]
    pub(crate) fn u16(&mut self) -> Option<u16> {
        self.array().map(u16::from_le_bytes)
    }

    /// A `u32`.
    #[inline]
    pub(crate) fn u32(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }

    /// A length or count. It is checked against what is left to read (each
    /// item takes at least `min_item` bytes of the stream), so that a bad
    /// table cannot make the reader reserve a huge vector.
    #[inline]
    pub(crate) fn len(&mut self, min_item: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.saturating_mul(min_item) <= self.data.len()).then_some(n)
    }

    /// The next string, borrowed from the pool.
    #[inline]
    pub(crate) fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        let s = self.pool.get(..n)?;
        self.pool = self.pool.get(n..)?;
        Some(s)
    }

    /// The next string, owned.
    #[inline]
    pub(crate) fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    /// An optional string.
    #[inline]
    pub(crate) fn opt_string(&mut self) -> Option<Option<String>> {
        if self.bool()? {
            self.string().map(Some)
        } else {
            Some(None)
        }
    }

    /// A list of strings.
    pub(crate) fn strings(&mut self) -> Option<Vec<String>> {
        self.list(4, Reader::string)
    }

    /// A counted list, each item read by `item`, which reads at least
    /// `min_item` bytes of the stream (see [`Reader::len`]).
    pub(crate) fn list<T>(
        &mut self,
        min_item: usize,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let n = self.len(min_item)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_was_written() {
        let mut w = Writer::default();
        w.u8(7);
        w.bool(true);
        w.u16(0xBEEF);
        w.u32(123_456);
        w.u64(u64::MAX - 1);
        w.str("Niamey");
        w.opt_str(None);
        w.opt_str(Some("Côte d'Ivoire"));
        w.strs(&["a".to_owned(), String::new(), "é".to_owned()]);
        w.bytes(&[1, 2, 3]);
        let (strings, data) = w.finish();
        let mut r = Reader::new(&strings, &data);
        assert_eq!(r.u8(), Some(7));
        assert_eq!(r.bool(), Some(true));
        assert_eq!(r.u16(), Some(0xBEEF));
        assert_eq!(r.u32(), Some(123_456));
        assert_eq!(r.bytes(8), Some(&(u64::MAX - 1).to_le_bytes()[..]));
        assert_eq!(r.str(), Some("Niamey"));
        assert_eq!(r.opt_string(), Some(None));
        assert_eq!(r.opt_string(), Some(Some("Côte d'Ivoire".to_owned())));
        assert_eq!(
            r.strings(),
            Some(vec!["a".to_owned(), String::new(), "é".to_owned()])
        );
        assert!(!r.is_done());
        assert_eq!(r.bytes(3), Some(&[1u8, 2, 3][..]));
        assert!(r.is_done());
        assert_eq!(r.u8(), None);
    }

    #[test]
    fn bad_tables_give_none() {
        assert_eq!(Reader::new("", &[]).u8(), None);
        assert_eq!(Reader::new("", &[1, 0, 0]).u32(), None);
        // A string longer than the text, one that ends inside a char, a
        // count larger than the stream.
        assert_eq!(Reader::new("a", &[2, 0, 0, 0]).str(), None);
        assert_eq!(Reader::new("é", &[1, 0, 0, 0]).str(), None);
        assert_eq!(Reader::new("", &[0xFF, 0xFF, 0xFF, 0x7F]).strings(), None);
    }
}
