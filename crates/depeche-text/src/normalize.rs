//! Normalisation of raw dispatch text, with a map back to the original.

use crate::chars::{is_apostrophe_variant, is_hyphen_variant, is_invisible, is_space_variant};
use crate::offset_map::{OffsetMap, OffsetMapBuilder};
use crate::plain_run::plain_run;
use crate::Span;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalised text and the map from its byte offsets back to the original.
///
/// Made by [`normalize`]. Every extractor of depeche reads this text; every
/// span it finds goes back to the original through [`Normalized::to_original`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    map: OffsetMap,
}

impl Normalized {
    /// The normalised text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The map from normalised offsets to original offsets.
    #[inline]
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// Maps a span of the normalised text to the original input.
    ///
    /// The result lies on char boundaries of the original input.
    #[inline]
    pub fn to_original(&self, span: Span) -> Span {
        self.map.span_to_source(span)
    }

    /// Consumes the value, returning the text and the map.
    pub fn into_parts(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

/// Normalises raw dispatch text.
///
/// In one pass, linear in the input:
/// - removes the byte order mark, zero-width characters, soft hyphens and
///   bidirectional marks, wherever they stand;
/// - turns CRLF and CR (and U+2028, U+0085) into LF; U+2029 is a paragraph break;
/// - composes to Unicode NFC (skipped when the input is already NFC, the
///   common case);
/// - turns typographic apostrophes (’ ‘ ʼ ′ and the backtick) into `'`;
/// - turns every space variant (NBSP, narrow NBSP, thin and figure spaces,
///   tabs, control characters) into `' '`, collapses runs to one space, and
///   drops spaces at the start and end of lines;
/// - turns the hyphens U+2010 and U+2011 and the minus sign U+2212 into `-`
///   (en and em dashes are kept);
/// - keeps single line breaks and makes every paragraph break (one or more
///   blank lines) exactly one blank line; drops leading and trailing blank
///   lines.
///
/// Quotation marks keep their identity (see [`QuoteMark`](crate::QuoteMark)).
/// Normalising normalised text changes nothing.
///
/// ```
/// use depeche_text::normalize;
/// let raw = "\u{feff}L\u{2019}arm\u{e9}e a\u{a0}tu\u{e9}\u{202f}:\r\n\r\n\r\n\u{ab}\u{a0}Non\u{a0}\u{bb}";
/// let n = normalize(raw);
/// assert_eq!(n.as_str(), "L'armée a tué :\n\n« Non »");
/// let span = n.to_original(depeche_text::Span::new(0, 2)); // "L'"
/// assert_eq!(&raw[span.range()], "L\u{2019}");
/// ```
pub fn normalize(input: &str) -> Normalized {
    // NFC input goes straight on, unless an invisible char (which
    // normalisation removes) stands before a combining mark: removing it
    // would join two runs of marks in an order NFC does not allow.
    let nfc = surely_nfc(input)
        || (is_nfc_quick(input.chars()) == IsNormalized::Yes && !invisible_before_mark(input));
    if nfc {
        return normalize_nfc(input);
    }
    // Compose first (dropping the invisible characters that would hide a
    // composition), then normalise the composed text, and chain the maps.
    let (composed, composed_map) = compose(input);
    let second = normalize_nfc(&composed);
    let map = second.map.compose(&composed_map, &second.text, input);
    Normalized {
        text: second.text,
        map,
    }
}

/// A fast sufficient test for NFC: every char below U+0300 (ASCII, Latin-1,
/// Latin Extended, IPA: no combining class, never changed by NFC), and every
/// other char a starter that NFC keeps as is. Text where each char passes is
/// NFC. Most French copy passes on the byte test alone.
fn surely_nfc(input: &str) -> bool {
    let bytes = input.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Skip whole chunks below 0xCC (the max over a chunk vectorises).
        if let Some(chunk) = bytes.get(i..i + 32) {
            if chunk.iter().copied().max().unwrap_or(0) < 0xCC {
                i += 32;
                continue;
            }
        }
        if b < 0xCC {
            // ASCII, a continuation byte, or the lead of U+0080..U+02FF.
            i += 1;
            continue;
        }
        let Some(c) = input.get(i..).and_then(|s| s.chars().next()) else {
            // Inside a char: only reached on a continuation byte >= 0xCC,
            // which the `b < 0xCC` branch cannot skip; step over it.
            i += 1;
            continue;
        };
        if canonical_combining_class(c) != 0
            || is_nfc_quick(core::iter::once(c)) != IsNormalized::Yes
        {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// The main pass, over text already in NFC.
fn normalize_nfc(input: &str) -> Normalized {
    let mut n = Normalizer {
        input,
        out: String::with_capacity(input.len()),
        map: OffsetMapBuilder::new(),
        pending: None,
    };
    n.run();
    Normalized {
        text: n.out,
        map: n.map.finish(),
    }
}

/// Whether `c` attaches to what precedes it under NFC: a combining mark, or
/// a char that may compose with the previous one.
fn attaches(c: char) -> bool {
    // Chars below U+0300 and the ideographs and syllables of the large CJK
    // and Hangul blocks are starters that NFC keeps (a test checks them all
    // against the tables).
    if starter_by_range(c) {
        return false;
    }
    canonical_combining_class(c) != 0 || is_nfc_quick(core::iter::once(c)) != IsNormalized::Yes
}

/// Whether `c` is a starter that NFC keeps, by range: chars below U+0300,
/// the ideographs and syllables of the large CJK and Hangul blocks, the
/// rest of the Supplementary Ideographic Plane before its compatibility
/// ideographs (U+2F800, which decompose), and every char from U+30000 on
/// (ideographs, tags, variation selectors, private use and unassigned code
/// points). A test checks each against the Unicode tables.
#[inline]
fn starter_by_range(c: char) -> bool {
    let u = u32::from(c);
    u < 0x300
        || crate::chars::is_ideograph_or_syllable(c)
        || (0x2_0000..0x2_F800).contains(&u)
        || u >= 0x3_0000
}

/// Whether some invisible char of `input` is followed (after other
/// invisible chars) by a char that attaches to what precedes it.
fn invisible_before_mark(input: &str) -> bool {
    let mut after_invisible = false;
    for c in input.chars() {
        if is_invisible(c) {
            after_invisible = true;
        } else if after_invisible && attaches(c) {
            return true;
        } else {
            after_invisible = false;
        }
    }
    false
}

/// Composes `input` to NFC unit by unit (a starter and the chars that attach
/// to it, ignoring invisible characters in between), with a map back.
fn compose(input: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMapBuilder::new();
    let mut unit = String::new();
    let mut i = 0;
    // Where the last look-ahead stopped: a char known not to attach to the
    // one before it, hence NFC on its own.
    let mut known_starter = usize::MAX;
    // Starters standing alone are their own composition: they are copied
    // in runs, `[copied_from, i)`, written before anything else is.
    let mut copied_from = 0;
    let flush = |out: &mut String, map: &mut OffsetMapBuilder, from: usize, to: usize| {
        out.push_str(input.get(from..to).unwrap_or_default());
        map.copied(to - from);
    };
    while let Some(c) = input.get(i..).and_then(|s| s.chars().next()) {
        let len = c.len_utf8();
        if is_invisible(c) {
            flush(&mut out, &mut map, copied_from, i);
            map.replaced(len, 0);
            i += len;
            copied_from = i;
            continue;
        }
        let starter = i == known_starter || u32::from(c) < 0x300 || !attaches(c);
        unit.clear();
        unit.push(c);
        let mut end = i + len;
        let mut j = end;
        for d in input.get(end..).unwrap_or("").chars() {
            if is_invisible(d) {
                j += d.len_utf8();
            } else if attaches(d) {
                unit.push(d);
                j += d.len_utf8();
                end = j;
            } else {
                known_starter = j;
                break;
            }
        }
        if starter && end == i + len {
            // A starter alone is its own composition: no NFC pass needed.
            i = end;
            continue;
        }
        flush(&mut out, &mut map, copied_from, i);
        let before = out.len();
        out.extend(unit.nfc());
        let source = input.get(i..end).unwrap_or("");
        if out.get(before..) == Some(source) {
            map.copied(end - i);
        } else {
            map.replaced(end - i, out.len() - before);
        }
        i = end;
        copied_from = i;
    }
    flush(&mut out, &mut map, copied_from, i);
    (out, map.finish())
}

/// White space seen since the last visible character.
#[derive(Clone, Copy, Debug)]
struct Pending {
    /// Original offset of the first byte of the run.
    start: usize,
    /// Line breaks in the run (a blank line makes two or more).
    newlines: u32,
    /// Whether the run is exactly one `' '` or one `'\n'` byte, so that it
    /// can be copied rather than replaced.
    plain: bool,
}

struct Normalizer<'a> {
    input: &'a str,
    out: String,
    map: OffsetMapBuilder,
    pending: Option<Pending>,
}

impl Normalizer<'_> {
    fn run(&mut self) {
        let bytes = self.input.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let run = plain_run(self.input.get(i..).unwrap_or_default());
            if run > 0 {
                let start = i;
                i += run;
                self.flush_pending(start);
                self.out
                    .push_str(self.input.get(start..i).unwrap_or_default());
                self.map.copied(run);
                continue;
            }
            let Some(c) = self.input.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            self.char_at(i, c);
            i += c.len_utf8();
        }
        // Trailing white space is dropped.
        if let Some(p) = self.pending.take() {
            self.map.replaced(self.input.len() - p.start, 0);
        }
    }

    /// Handles one char (not a plain ASCII one) at original offset `i`.
    #[inline]
    fn char_at(&mut self, i: usize, c: char) {
        let len = c.len_utf8();
        match c {
            '\n' | '\u{2028}' | '\u{85}' => self.space(i, 1, c == '\n'),
            '\r' => {
                let crlf = self.input.as_bytes().get(i + 1) == Some(&b'\n');
                // In a CRLF the CR is dropped and the LF is the break.
                if crlf {
                    self.invisible(1);
                } else {
                    self.space(i, 1, false);
                }
            }
            '\u{2029}' => self.space(i, 2, false),
            ' ' => self.space(i, 0, true),
            c if is_space_variant(c) || c.is_control() => self.space(i, 0, false),
            c if is_invisible(c) => self.invisible(len),
            c if is_apostrophe_variant(c) => self.replace(i, len, "'"),
            c if is_hyphen_variant(c) || c == '\u{2212}' => self.replace(i, len, "-"),
            c => {
                self.flush_pending(i);
                self.out.push(c);
                self.map.copied(len);
            }
        }
    }

    /// White space at `i` holding `newlines` line breaks.
    #[inline]
    fn space(&mut self, i: usize, newlines: u32, plain: bool) {
        match &mut self.pending {
            Some(p) => {
                p.newlines += newlines;
                p.plain = false;
            }
            None => {
                self.pending = Some(Pending {
                    start: i,
                    newlines,
                    plain,
                })
            }
        }
    }

    /// A removed char of `len` bytes. Inside white space it is part of the
    /// run; elsewhere it is accounted for at once.
    #[inline]
    fn invisible(&mut self, len: usize) {
        match &mut self.pending {
            Some(p) => p.plain = false,
            None => self.map.replaced(len, 0),
        }
    }

    /// A visible char of `len` bytes at `i` written as `with`.
    #[inline]
    fn replace(&mut self, i: usize, len: usize, with: &str) {
        self.flush_pending(i);
        self.out.push_str(with);
        self.map.replaced(len, with.len());
    }

    /// Writes the pending white space, which ends at original offset `at`,
    /// before a visible char.
    #[inline]
    fn flush_pending(&mut self, at: usize) {
        let Some(p) = self.pending.take() else {
            return;
        };
        let len = at - p.start;
        if self.out.is_empty() {
            self.map.replaced(len, 0);
            return;
        }
        let (text, plain_len) = match p.newlines {
            0 => (" ", 1),
            1 => ("\n", 1),
            _ => ("\n\n", usize::MAX),
        };
        self.out.push_str(text);
        // A one-byte space or line break written as itself, or a paragraph
        // break that already was "\n\n", is a copy (the map stays one run
        // where the text was already clean).
        if (p.plain && len == plain_len)
            || (len == 2 && self.input.as_bytes().get(p.start..at) == Some(b"\n\n"))
        {
            self.map.copied(len);
        } else {
            self.map.replaced(len, text.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_map(raw: &str, n: &Normalized) {
        // Every char boundary of the normalised text maps to a char boundary
        // of the original, monotonically.
        let mut last = 0;
        for (i, _) in n.as_str().char_indices().chain([(n.as_str().len(), ' ')]) {
            let s = n.map().to_source_start(i);
            let e = n.map().to_source_end(i);
            assert!(
                raw.is_char_boundary(s) && raw.is_char_boundary(e),
                "{raw:?} {i}"
            );
            assert!(s >= last, "not monotonic");
            last = s;
        }
    }

    #[test]
    fn attaches_agrees_with_the_tables() {
        let by_tables = |c: char| {
            canonical_combining_class(c) != 0
                || is_nfc_quick(core::iter::once(c)) != IsNormalized::Yes
        };
        for c in ('\0'..=char::MAX).filter(|&c| starter_by_range(c)) {
            assert!(!by_tables(c), "{c:?}");
        }
    }

    #[test]
    fn crlf_blank_lines_and_bom() {
        let raw = "\u{feff}Titre\r\n\r\n\r\nCorps du texte.\r\nSuite.\r\n";
        let n = normalize(raw);
        assert_eq!(n.as_str(), "Titre\n\nCorps du texte.\nSuite.");
        check_map(raw, &n);
        let s = n.to_original(Span::new(0, 5));
        assert_eq!(&raw[s.range()], "Titre");
        let body = n.as_str().find("Corps").unwrap();
        let s = n.to_original(Span::new(body, body + 5));
        assert_eq!(&raw[s.range()], "Corps");
    }

    #[test]
    fn cr_only_line_ends() {
        let n = normalize("Un.\rDeux.\r\rTrois.");
        assert_eq!(n.as_str(), "Un.\nDeux.\n\nTrois.");
    }

    #[test]
    fn spaces_collapse_and_variants_unify() {
        let raw = "au  moins\u{a0}139\u{202f}000 morts\t\u{2009}hier ";
        let n = normalize(raw);
        assert_eq!(n.as_str(), "au moins 139 000 morts hier");
        check_map(raw, &n);
        let i = n.as_str().find("139").unwrap();
        let s = n.to_original(Span::new(i, i + 7));
        assert_eq!(&raw[s.range()], "139\u{202f}000");
    }

    #[test]
    fn apostrophes_and_hyphens() {
        let raw =
            "l\u{2019}Etat d\u{2018}urgence aujourd\u{2bc}hui, Al\u{2011}Qa\u{ef}da \u{2014} fin";
        let n = normalize(raw);
        assert_eq!(n.as_str(), "l'Etat d'urgence aujourd'hui, Al-Qaïda — fin");
        check_map(raw, &n);
    }

    #[test]
    fn invisible_characters_removed() {
        let raw = "Ni\u{200b}ger ter\u{ad}ro\u{ad}risme \u{200f}Gaza";
        let n = normalize(raw);
        assert_eq!(n.as_str(), "Niger terrorisme Gaza");
        check_map(raw, &n);
        let s = n.to_original(Span::new(0, 5));
        assert_eq!(&raw[s.range()], "Ni\u{200b}ger");
    }

    #[test]
    fn decomposed_accents_compose() {
        let raw = "E\u{301}tat nige\u{301}rien";
        let n = normalize(raw);
        assert_eq!(n.as_str(), "État nigérien");
        check_map(raw, &n);
        let s = n.to_original(Span::new(0, "État".len()));
        assert_eq!(&raw[s.range()], "E\u{301}tat");
        let i = n.as_str().find("nig").unwrap();
        let s = n.to_original(Span::new(i, n.as_str().len()));
        assert_eq!(&raw[s.range()], "nige\u{301}rien");
    }

    #[test]
    fn invisible_between_base_and_mark_composes() {
        let raw = "o\u{302}\u{200b}\u{301} e\u{200b}\u{301}";
        let n = normalize(raw);
        assert_eq!(n.as_str(), "\u{1ed1} \u{e9}");
        check_map(raw, &n);
        assert_eq!(normalize(n.as_str()).as_str(), n.as_str());
    }

    #[test]
    fn quotes_keep_identity() {
        let n = normalize("« Non », “oui” et \"peut-être\"");
        assert_eq!(n.as_str(), "« Non », “oui” et \"peut-être\"");
    }

    #[test]
    fn control_characters_are_spaces() {
        let n = normalize("a\u{0}b\u{7}\u{7}c");
        assert_eq!(n.as_str(), "a b c");
    }

    #[test]
    fn idempotent_on_examples() {
        for raw in [
            "\u{feff} a \r\n\r\n b\u{a0}\u{a0}c\u{2019}",
            "E\u{301}\u{301}x\u{2029}y",
            "",
            "   \n\n  ",
        ] {
            let once = normalize(raw);
            let twice = normalize(once.as_str());
            assert_eq!(once.as_str(), twice.as_str());
        }
    }

    #[test]
    fn clean_paragraph_breaks_are_copies() {
        // A clean text, its trailing line break dropped: one copied run.
        let clean = "Un.\n\nDeux.\nTrois.\n\nQuatre.\n";
        let n = normalize(clean);
        check_map(clean, &n);
        assert_eq!(n.as_str(), clean.trim_end());
        let one_run = normalize("Un.").map().anchor_count();
        assert_eq!(n.map().anchor_count(), one_run);
        // A break written otherwise is still a replaced piece.
        let spaced = "Un.\n \nDeux.";
        let n = normalize(spaced);
        check_map(spaced, &n);
        assert_eq!(n.as_str(), "Un.\n\nDeux.");
        assert!(n.map().anchor_count() > one_run);
    }

    #[test]
    fn empty_and_blank_inputs() {
        assert_eq!(normalize("").as_str(), "");
        assert_eq!(normalize(" \r\n\u{a0}\n").as_str(), "");
    }
}
