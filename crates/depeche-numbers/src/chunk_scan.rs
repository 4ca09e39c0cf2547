//! Chunks of text (runs of bytes between ASCII spaces and line feeds) read
//! eight bytes at a time, for the pre-scan of [`crate::windows`]: a chunk's
//! end and whether it holds a digit or an apostrophe, the chunk before a
//! position, and the next chunk that may interest the scan.

/// Byte classes for the chunk scan.
pub(crate) const OTHER: u8 = 0;
pub(crate) const SEPARATOR: u8 = 1;
pub(crate) const DIGIT: u8 = 2;
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    t[b' ' as usize] = SEPARATOR;
    t[b'\n' as usize] = SEPARATOR;
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = DIGIT;
        d += 1;
    }
    t
};

/// Eight bytes with the high bit set in each byte of `x` that equals `b`,
/// and maybe in bytes above the first such one: the lowest set bit is
/// exact.
#[inline]
pub(crate) fn bytes_equal(x: u64, b: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let v = x ^ (ONES * u64::from(b));
    v.wrapping_sub(ONES) & !v & HIGH
}

/// The high bit set in each byte of `x` that is an ASCII digit (exact:
/// no carry crosses a byte).
#[inline]
pub(crate) fn ascii_digits(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & !HIGH;
    // Per byte: low + 0x50 has its high bit set iff low >= '0'; low + 0x46
    // iff low > '9'. Both stay below 0x100.
    let at_least_0 = low + ONES * (0x80 - u64::from(b'0'));
    let above_9 = low + ONES * (0x80 - u64::from(b'9') - 1);
    at_least_0 & !above_9 & !x & HIGH
}

/// What [`scan_chunk`] finds in a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ChunkScan {
    /// Its length in bytes.
    pub(crate) len: usize,
    /// Whether it holds an ASCII digit.
    pub(crate) digit: bool,
    /// Whether it holds an apostrophe.
    pub(crate) apostrophe: bool,
}

/// The chunk at the start of `rest` (up to the first space or line feed):
/// its length and whether it holds an ASCII digit or an apostrophe; eight
/// bytes at a time.
#[inline(always)]
pub(crate) fn scan_chunk(rest: &[u8]) -> ChunkScan {
    let mut k = 0;
    let mut digits = 0u64;
    let mut apostrophes = 0u64;
    while let Some(block) = rest.get(k..k + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(block);
        let x = u64::from_le_bytes(word);
        let sep = bytes_equal(x, b' ') | bytes_equal(x, b'\n');
        if sep != 0 {
            // Bytes below the first separator only (`bytes_equal` is
            // exact up to its first match).
            let below = (sep & sep.wrapping_neg()) - 1;
            digits |= ascii_digits(x) & below;
            apostrophes |= bytes_equal(x, b'\'') & below;
            return ChunkScan {
                len: k + (sep.trailing_zeros() / 8) as usize,
                digit: digits != 0,
                apostrophe: apostrophes != 0,
            };
        }
        digits |= ascii_digits(x);
        apostrophes |= bytes_equal(x, b'\'');
        k += 8;
    }
    let mut scan = ChunkScan {
        len: rest.len(),
        digit: digits != 0,
        apostrophe: apostrophes != 0,
    };
    for (n, &b) in rest.iter().enumerate().skip(k) {
        let class = CLASS.get(usize::from(b)).copied().unwrap_or(OTHER);
        if class == SEPARATOR {
            scan.len = n;
            break;
        }
        scan.digit |= class == DIGIT;
        scan.apostrophe |= b == b'\'';
    }
    scan
}

/// The next chunk at or after `pos`: its start and end. The chunk is read
/// eight bytes at a time ([`scan_chunk`]); most often one separator comes
/// before it.
#[inline]
pub(crate) fn next_chunk(bytes: &[u8], pos: usize) -> Option<(usize, usize)> {
    let rest = bytes.get(pos..)?;
    let off = match rest {
        [b, ..] if !is_separator(*b) => 0,
        [_, b, ..] if !is_separator(*b) => 1,
        _ => rest.iter().position(|&b| !is_separator(b))?,
    };
    let start = pos + off;
    let len = scan_chunk(bytes.get(start..)?).len;
    Some((start, start + len))
}

/// Whether a byte separates chunks (an ASCII space or line feed).
#[inline]
pub(crate) fn is_separator(b: u8) -> bool {
    b == b' ' || b == b'\n'
}

/// Eight bytes with the high bit set in each byte of `x` that equals `b`,
/// exactly (unlike [`bytes_equal`], no borrow crosses a byte).
#[inline]
pub(crate) fn bytes_equal_exact(x: u64, b: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let v = x ^ (ONES * u64::from(b));
    // High bit set in the bytes of `v` that are not zero.
    let nonzero = ((v & LOW7) + LOW7) | v;
    !nonzero & HIGH
}

/// The eight bytes of `bytes` from `pos` as a little-endian word; past the
/// end, spaces (separators: no chunk starts, digit nor line feed there).
#[inline]
pub(crate) fn word_at(bytes: &[u8], pos: usize) -> u64 {
    let mut word = [b' '; 8];
    match bytes.get(pos..pos + 8) {
        Some(block) => word.copy_from_slice(block),
        None => {
            let block = bytes.get(pos..).unwrap_or(&[]);
            let n = block.len().min(8);
            if let (Some(dst), Some(src)) = (word.get_mut(..n), block.get(..n)) {
                dst.copy_from_slice(src);
            }
        }
    }
    u64::from_le_bytes(word)
}

/// The chunk before position `pos` (a chunk start or a separator): its
/// start and end; none when only separators come before `pos`. Reads the
/// bytes back from `pos`: the separators, then the chunk.
pub(crate) fn chunk_before(bytes: &[u8], pos: usize) -> Option<(usize, usize)> {
    let head = bytes.get(..pos)?;
    let end = head.iter().rposition(|&b| !is_separator(b))? + 1;
    let start = head
        .get(..end)?
        .iter()
        .rposition(|&b| is_separator(b))
        .map_or(0, |k| k + 1);
    Some((start, end))
}

/// The start of the first chunk at or after `pos` that holds an ASCII digit
/// or whose start `is_candidate` accepts (called with the chunk's start,
/// once per chunk up to the one returned); `pos` is 0 or the end of a
/// chunk. Linear in the bytes skipped, eight at a time: separators, digits
/// and chunk starts are bit masks of each block of eight bytes, and only
/// chunk starts and digits are looked at one by one.
#[inline]
pub(crate) fn next_candidate(
    bytes: &[u8],
    mut pos: usize,
    mut is_candidate: impl FnMut(usize) -> bool,
) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of byte 0 set when the byte before the block is a
    // separator (or there is none): a chunk may start at the block's first
    // byte.
    let mut carry: u64 = 0x80;
    // The start of the chunk holding the byte looked at.
    let mut chunk_start = pos;
    while pos < bytes.len() {
        let x = word_at(bytes, pos);
        let sep = bytes_equal_exact(x, b' ') | bytes_equal_exact(x, b'\n');
        let starts = !sep & HIGH & ((sep << 8) | carry);
        let digits = ascii_digits(x);
        let mut events = starts | digits;
        while events != 0 {
            let bit = events & events.wrapping_neg();
            let at = pos + (bit.trailing_zeros() / 8) as usize;
            if starts & bit != 0 {
                chunk_start = at;
                if digits & bit != 0 || is_candidate(at) {
                    return Some(chunk_start);
                }
            } else {
                // A digit inside the chunk.
                return Some(chunk_start);
            }
            events ^= bit;
        }
        carry = sep >> 56;
        pos += 8;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_scan_matches_a_byte_loop() {
        let alphabet = [
            b'a', b' ', b'\n', b'0', b'9', b'/', b':', b'\'', 0xC3, 0xB0, 0xFF,
        ];
        let n = alphabet.len();
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 20) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|k| alphabet[(state >> (3 * k % 60)) as usize % n])
                .collect();
            let end = bytes
                .iter()
                .position(|&b| b == b' ' || b == b'\n')
                .unwrap_or(bytes.len());
            let want = ChunkScan {
                len: end,
                digit: bytes[..end].iter().any(u8::is_ascii_digit),
                apostrophe: bytes[..end].contains(&b'\''),
            };
            assert_eq!(scan_chunk(&bytes), want, "{bytes:?}");
        }
    }

    /// [`next_chunk`] as it was written: two byte loops.
    fn next_chunk_reference(bytes: &[u8], pos: usize) -> Option<(usize, usize)> {
        let rest = bytes.get(pos..)?;
        let start = pos + rest.iter().position(|&b| b != b' ' && b != b'\n')?;
        let len = bytes
            .get(start..)?
            .iter()
            .position(|&b| b == b' ' || b == b'\n')
            .unwrap_or(bytes.len() - start);
        Some((start, start + len))
    }

    /// [`next_candidate`] as a loop over chunks.
    fn next_candidate_reference(bytes: &[u8], pos: usize, first: &[bool; 256]) -> Option<usize> {
        let mut at = pos;
        while let Some((s, e)) = next_chunk(bytes, at) {
            let chunk = &bytes[s..e];
            if chunk.iter().any(u8::is_ascii_digit) || first[usize::from(chunk[0])] {
                return Some(s);
            }
            at = e;
        }
        None
    }

    /// [`chunk_before`] as a loop over chunks from the start.
    fn chunk_before_reference(bytes: &[u8], pos: usize) -> Option<(usize, usize)> {
        let mut at = 0;
        let mut last = None;
        while let Some((s, e)) = next_chunk(bytes, at) {
            if e > pos {
                break;
            }
            last = Some((s, e));
            at = e;
        }
        last
    }

    #[test]
    fn candidates_and_chunks_before_match_chunk_loops() {
        let alphabet = [
            b'a', b'd', b' ', b' ', b'\n', b'0', b'9', b'/', b'\'', 0xC3, 0xA9, b'\t',
        ];
        let mut first = [false; 256];
        first[usize::from(b'd')] = true;
        first[usize::from(b'/')] = true;
        let n = alphabet.len();
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 40) as usize;
            let mut s2 = state;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    s2 ^= s2 << 13;
                    s2 ^= s2 >> 7;
                    s2 ^= s2 << 17;
                    alphabet[(s2 % n as u64) as usize]
                })
                .collect();
            // Positions at a chunk boundary: 0 and every chunk end.
            let mut bounds = vec![0];
            let mut at = 0;
            while let Some((_, e)) = next_chunk(&bytes, at) {
                bounds.push(e);
                at = e;
            }
            for &p in &bounds {
                assert_eq!(
                    next_candidate(&bytes, p, |at| first[usize::from(bytes[at])]),
                    next_candidate_reference(&bytes, p, &first),
                    "{bytes:?} at {p}"
                );
            }
            for p in 0..=len {
                assert_eq!(
                    next_chunk(&bytes, p),
                    next_chunk_reference(&bytes, p),
                    "{bytes:?} at {p}"
                );
                let boundary =
                    p == len || is_separator(bytes[p]) || p == 0 || is_separator(bytes[p - 1]);
                if boundary {
                    assert_eq!(
                        chunk_before(&bytes, p),
                        chunk_before_reference(&bytes, p),
                        "{bytes:?} at {p}"
                    );
                }
            }
        }
    }
}
