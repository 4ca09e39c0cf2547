//! Maps from offsets in a derived text (normalised or folded) back to the
//! text it was derived from.

use crate::Span;

/// One point where the relation between derived and source offsets changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Anchor {
    /// Offset in the derived text.
    derived: usize,
    /// Offset in the source text.
    source: usize,
    /// `true` when the derived bytes from here to the next anchor replace the
    /// source bytes from here to the next anchor as a whole (so offsets inside
    /// have no exact counterpart); `false` when they are a byte-for-byte copy.
    replaced: bool,
}

/// A monotonic map from byte offsets of a derived text back to byte offsets
/// of its source.
///
/// Runs copied unchanged map byte for byte; every replaced piece (a CRLF
/// turned into LF, a run of spaces collapsed to one, an accented letter folded
/// to ASCII...) maps as a unit, so that a span's start maps to the start of the
/// first source piece it touches and a span's end to the end of the last one.
/// Mapped offsets are always char boundaries of the source.
///
/// The map stores one anchor per change, not one entry per byte: its size is
/// proportional to the number of edits. Lookups are `O(log anchors)`.
///
/// ```
/// use depeche_text::{normalize, Span};
/// let src = "1\u{a0}000\u{a0}soldats";
/// let norm = normalize(src);
/// assert_eq!(norm.as_str(), "1 000 soldats");
/// let span = norm.map().span_to_source(Span::new(0, 5));
/// assert_eq!(&src[span.range()], "1\u{a0}000");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    anchors: Vec<Anchor>,
    derived_len: usize,
    source_len: usize,
}

impl OffsetMap {
    /// The identity map of a text of `len` bytes.
    pub fn identity(len: usize) -> OffsetMap {
        OffsetMap {
            anchors: vec![Anchor {
                derived: 0,
                source: 0,
                replaced: false,
            }],
            derived_len: len,
            source_len: len,
        }
    }

    /// Length of the derived text this map starts from.
    pub fn derived_len(&self) -> usize {
        self.derived_len
    }

    /// Length of the source text this map leads to.
    pub fn source_len(&self) -> usize {
        self.source_len
    }

    /// Number of anchors (a measure of how much the text was edited).
    pub fn anchor_count(&self) -> usize {
        self.anchors.len()
    }

    /// Maps a derived offset used as the *start* of a span.
    ///
    /// Offsets past the end map to the end of the source.
    pub fn to_source_start(&self, offset: usize) -> usize {
        if offset >= self.derived_len {
            return self.source_len;
        }
        self.start_before(
            self.anchors.partition_point(|a| a.derived <= offset),
            offset,
        )
    }

    /// [`to_source_start`](Self::to_source_start) of an offset inside the
    /// derived text, knowing `le`, the number of anchors at or before it.
    fn start_before(&self, le: usize, offset: usize) -> usize {
        let Some(&a) = le.checked_sub(1).and_then(|j| self.anchors.get(j)) else {
            return 0;
        };
        if a.replaced {
            a.source
        } else {
            a.source + (offset - a.derived)
        }
    }

    /// Maps a derived offset used as the *end* of a span.
    ///
    /// Offsets past the end map to the end of the source.
    pub fn to_source_end(&self, offset: usize) -> usize {
        if offset == 0 {
            return self.to_source_start(0);
        }
        if offset >= self.derived_len {
            return self.source_len;
        }
        self.end_after(self.anchors.partition_point(|a| a.derived < offset), offset)
    }

    /// [`to_source_end`](Self::to_source_end) of an offset inside the
    /// derived text (not 0), knowing `lt`, the number of anchors before it.
    fn end_after(&self, lt: usize, offset: usize) -> usize {
        let Some(&a) = lt.checked_sub(1).and_then(|j| self.anchors.get(j)) else {
            return 0;
        };
        if a.replaced {
            self.anchors
                .get(lt)
                .map_or(self.source_len, |next| next.source)
        } else {
            a.source + (offset - a.derived)
        }
    }

    /// Maps a derived span to the source span it was made from.
    ///
    /// One binary search for the start; the end, a few anchors further at
    /// most for a short span, is found by stepping on from there
    /// (`O(log anchors)` in all).
    pub fn span_to_source(&self, span: Span) -> Span {
        if span.is_empty() {
            let s = self.to_source_start(span.start);
            return Span::new(s, s);
        }
        if span.end >= self.derived_len {
            return Span::new(self.to_source_start(span.start), self.source_len);
        }
        // `span.start < span.end < derived_len` from here on.
        let le = self.anchors.partition_point(|a| a.derived <= span.start);
        // The anchors before the end: those at or before the start, and
        // the next ones before the end.
        let mut lt = le;
        let mut steps = 0;
        while self.anchors.get(lt).is_some_and(|a| a.derived < span.end) {
            lt += 1;
            steps += 1;
            if steps == 8 {
                lt = self.anchors.partition_point(|a| a.derived < span.end);
                break;
            }
        }
        Span::new(
            self.start_before(le, span.start),
            self.end_after(lt, span.end),
        )
    }

    /// Chains two maps into one: `self` maps `derived` (C) to an
    /// intermediate text B, `inner` maps B to `source` (A); the result maps
    /// C to A directly. Each char of `derived` is mapped through both maps;
    /// runs that come out byte-identical are recorded as copies.
    ///
    /// Linear in `derived` times the logarithm of the anchor counts.
    pub fn compose(&self, inner: &OffsetMap, derived: &str, source: &str) -> OffsetMap {
        // Offsets are asked in order, so each map is walked once by a cursor
        // instead of searched for each char: linear in the text.
        let mut outer_at = Cursor::new(self);
        let mut inner_at = Cursor::new(inner);
        let mut b = OffsetMapBuilder::new();
        let mut i = 0;
        while let Some(c) = derived.get(i..).and_then(|s| s.chars().next()) {
            // A stretch that both maps copy, starting where the source is
            // done, is copied at once: char by char, each char would map to
            // the same bytes of the source, right after the last one.
            if let Some((from, mut k)) =
                copy_stretch(&mut outer_at, &mut inner_at, i, b.map.source_len)
            {
                while k > 0 && !derived.is_char_boundary(i + k) {
                    k -= 1;
                }
                if k > 0
                    && derived.as_bytes().get(i..i + k) == source.as_bytes().get(from..from + k)
                {
                    b.copied(k);
                    i += k;
                    continue;
                }
            }
            let len = c.len_utf8();
            let start = inner_at.source_start(outer_at.source_start(i));
            let end = inner_at.source_end(outer_at.source_end(i + len));
            let done = b.map.source_len;
            if start > done {
                b.replaced(start - done, 0);
            }
            let from = start.max(done);
            let end = end.max(from);
            let piece = source.get(from..end);
            if piece.is_some_and(|p| p.len() == len && derived.get(i..i + len) == Some(p)) {
                b.copied(len);
            } else {
                b.replaced(end - from, len);
            }
            i += len;
        }
        let done = b.map.source_len;
        if source.len() > done {
            b.replaced(source.len() - done, 0);
        }
        b.finish()
    }

    /// Composes two maps: `self` maps C -> B and `inner` maps B -> A; the
    /// result maps C -> A. Used to go from folded text back through the
    /// normalised text to the original input.
    pub fn then<'a>(&'a self, inner: &'a OffsetMap) -> ComposedMap<'a> {
        ComposedMap { outer: self, inner }
    }
}

/// Lookups in an [`OffsetMap`] for offsets asked in non-decreasing order,
/// in amortised constant time each: the cursor remembers where the last
/// answer was found. An offset asked out of order is searched as usual.
struct Cursor<'a> {
    map: &'a OffsetMap,
    /// Number of anchors with `derived <= ` the last start offset asked.
    le: usize,
    /// Number of anchors with `derived < ` the last end offset asked.
    lt: usize,
    /// The last offsets asked, to detect a step back.
    last_start: usize,
    last_end: usize,
}

impl<'a> Cursor<'a> {
    fn new(map: &'a OffsetMap) -> Cursor<'a> {
        Cursor {
            map,
            le: 0,
            lt: 0,
            last_start: 0,
            last_end: 0,
        }
    }

    /// [`OffsetMap::to_source_start`].
    fn source_start(&mut self, offset: usize) -> usize {
        let map = self.map;
        if offset >= map.derived_len {
            return map.source_len;
        }
        self.seek(offset);
        map.start_before(self.le, offset)
    }

    /// Moves the cursor to `offset`: `le` becomes the number of anchors at
    /// or before it. Forward moves step (amortised `O(1)` over a monotone
    /// walk); a move back searches again (`O(log a)`).
    fn seek(&mut self, offset: usize) {
        let map = self.map;
        if offset < self.last_start {
            self.le = map.anchors.partition_point(|a| a.derived <= offset);
        }
        self.last_start = offset;
        while map
            .anchors
            .get(self.le)
            .is_some_and(|a| a.derived <= offset)
        {
            self.le += 1;
        }
    }

    /// The copied run of the map at `offset`: its source offset and how
    /// many bytes from `offset` on are copied, stopping before the last byte
    /// of the derived text. `None` inside a replaced piece or at the last
    /// byte.
    fn copy_run(&mut self, offset: usize) -> Option<(usize, usize)> {
        let map = self.map;
        let last = map.derived_len.checked_sub(1)?;
        if offset >= last {
            return None;
        }
        self.seek(offset);
        let a = self.le.checked_sub(1).and_then(|j| map.anchors.get(j))?;
        if a.replaced {
            return None;
        }
        let end = map
            .anchors
            .get(self.le)
            .map_or(map.derived_len, |next| next.derived)
            .min(last);
        Some((a.source + (offset - a.derived), end - offset))
    }

    /// [`OffsetMap::to_source_end`].
    fn source_end(&mut self, offset: usize) -> usize {
        let map = self.map;
        if offset == 0 {
            return map.to_source_start(0);
        }
        if offset >= map.derived_len {
            return map.source_len;
        }
        if offset < self.last_end {
            self.lt = map.anchors.partition_point(|a| a.derived < offset);
        }
        self.last_end = offset;
        while map.anchors.get(self.lt).is_some_and(|a| a.derived < offset) {
            self.lt += 1;
        }
        map.end_after(self.lt, offset)
    }
}

/// The stretch of [`OffsetMap::compose`] at `offset` of the derived text C,
/// `(source offset, length)`, when `outer` (C -> B) and `inner` (B -> A)
/// both copy it and it starts at `done` in the source A; trimmed to end on
/// a char boundary of C (`derived`), and before the last byte of either
/// map (whose end maps to the end of its source). `None` when there is no
/// such stretch.
fn copy_stretch(
    outer: &mut Cursor<'_>,
    inner: &mut Cursor<'_>,
    offset: usize,
    done: usize,
) -> Option<(usize, usize)> {
    let (middle, outer_len) = outer.copy_run(offset)?;
    let (source, inner_len) = inner.copy_run(middle)?;
    (source == done).then_some((source, outer_len.min(inner_len)))
}

/// Two maps applied one after the other (see [`OffsetMap::then`]).
#[derive(Clone, Copy, Debug)]
pub struct ComposedMap<'a> {
    outer: &'a OffsetMap,
    inner: &'a OffsetMap,
}

impl ComposedMap<'_> {
    /// Maps a span through both maps.
    pub fn span_to_source(&self, span: Span) -> Span {
        self.inner.span_to_source(self.outer.span_to_source(span))
    }
}

/// Builds an [`OffsetMap`] while a derived text is written piece by piece.
///
/// Feed it, in order, every piece of the source: [`copied`](Self::copied) for
/// bytes written unchanged, [`replaced`](Self::replaced) for source bytes
/// written as something else (possibly nothing).
#[derive(Clone, Debug, Default)]
pub struct OffsetMapBuilder {
    map: OffsetMap,
    /// Whether the current last anchor starts a copied run whose delta is
    /// still valid (so copies need no new anchor).
    in_copy: bool,
}

impl OffsetMapBuilder {
    /// A builder for a source starting at offset 0.
    pub fn new() -> OffsetMapBuilder {
        OffsetMapBuilder {
            map: OffsetMap {
                anchors: Vec::new(),
                derived_len: 0,
                source_len: 0,
            },
            in_copy: false,
        }
    }

    /// `len` bytes were copied unchanged.
    #[inline]
    pub fn copied(&mut self, len: usize) {
        if len == 0 {
            return;
        }
        if !self.in_copy {
            self.map.anchors.push(Anchor {
                derived: self.map.derived_len,
                source: self.map.source_len,
                replaced: false,
            });
            self.in_copy = true;
        }
        self.map.derived_len += len;
        self.map.source_len += len;
    }

    /// `source_len` source bytes were written as `derived_len` other bytes.
    #[inline]
    pub fn replaced(&mut self, source_len: usize, derived_len: usize) {
        if source_len == 0 && derived_len == 0 {
            return;
        }
        if derived_len > 0 {
            self.map.anchors.push(Anchor {
                derived: self.map.derived_len,
                source: self.map.source_len,
                replaced: true,
            });
        }
        self.map.derived_len += derived_len;
        self.map.source_len += source_len;
        self.in_copy = false;
    }

    /// Finishes the map.
    pub fn finish(mut self) -> OffsetMap {
        // A closing anchor bounds the last replaced piece.
        self.map.anchors.push(Anchor {
            derived: self.map.derived_len,
            source: self.map.source_len,
            replaced: false,
        });
        self.map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_every_offset_to_itself() {
        let m = OffsetMap::identity(10);
        for i in 0..=10 {
            assert_eq!(m.to_source_start(i), i);
            assert_eq!(m.to_source_end(i), i);
        }
    }

    #[test]
    fn replaced_pieces_map_as_units() {
        // source "a\r\nb" (4 bytes) -> derived "a\nb" (3 bytes)
        let mut b = OffsetMapBuilder::new();
        b.copied(1);
        b.replaced(2, 1);
        b.copied(1);
        let m = b.finish();
        assert_eq!(m.span_to_source(Span::new(0, 1)), Span::new(0, 1));
        assert_eq!(m.span_to_source(Span::new(1, 2)), Span::new(1, 3));
        assert_eq!(m.span_to_source(Span::new(2, 3)), Span::new(3, 4));
        assert_eq!(m.span_to_source(Span::new(0, 3)), Span::new(0, 4));
    }

    #[test]
    fn removed_pieces_are_skipped() {
        // source "ab<ZWSP>cd" (7 bytes) -> "abcd"
        let mut b = OffsetMapBuilder::new();
        b.copied(2);
        b.replaced(3, 0);
        b.copied(2);
        let m = b.finish();
        assert_eq!(m.span_to_source(Span::new(0, 2)), Span::new(0, 2));
        assert_eq!(m.span_to_source(Span::new(2, 4)), Span::new(5, 7));
        assert_eq!(m.span_to_source(Span::new(0, 4)), Span::new(0, 7));
    }

    #[test]
    fn span_to_source_agrees_with_the_offset_lookups() {
        // A map with copies, replacements and removals of every size.
        let mut b = OffsetMapBuilder::new();
        let mut seed = 7u32;
        for _ in 0..200 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let n = (seed >> 16) as usize % 5;
            match (seed >> 8) % 3 {
                0 => b.copied(n + 1),
                1 => b.replaced(n, 1 + n % 2),
                _ => b.replaced(n + 1, 0),
            }
        }
        let m = b.finish();
        for start in 0..=m.derived_len() + 1 {
            for end in start..=(start + 40).min(m.derived_len() + 2) {
                let span = Span::new(start, end);
                let expect = if span.is_empty() {
                    let s = m.to_source_start(start);
                    Span::new(s, s)
                } else {
                    Span::new(m.to_source_start(start), m.to_source_end(end))
                };
                assert_eq!(m.span_to_source(span), expect, "{start}..{end}");
            }
        }
    }

    #[test]
    fn leading_removal_maps_zero_past_it() {
        // BOM (3 bytes) removed, then "Le".
        let mut b = OffsetMapBuilder::new();
        b.replaced(3, 0);
        b.copied(2);
        let m = b.finish();
        assert_eq!(m.span_to_source(Span::new(0, 2)), Span::new(3, 5));
    }
}
