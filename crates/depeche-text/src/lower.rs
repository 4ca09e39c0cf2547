//! Lower-casing short words into a fixed buffer, to compare them with
//! lexicons without allocating.

/// A lower-cased copy of a short word, on the stack. Apostrophe variants
/// become `'`. Words too long for the buffer give the empty string.
pub(crate) struct Lower {
    buf: [u8; 128],
    len: usize,
}

impl Lower {
    pub(crate) fn new(word: &str) -> Lower {
        let mut l = Lower {
            buf: [0; 128],
            len: 0,
        };
        for c in word.chars().flat_map(char::to_lowercase) {
            let c = if crate::chars::is_apostrophe(c) {
                '\''
            } else {
                c
            };
            let mut tmp = [0u8; 4];
            let s = c.encode_utf8(&mut tmp);
            let Some(dst) = l.buf.get_mut(l.len..l.len + s.len()) else {
                l.len = 0;
                return l;
            };
            dst.copy_from_slice(s.as_bytes());
            l.len += s.len();
        }
        l
    }

    pub(crate) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}
