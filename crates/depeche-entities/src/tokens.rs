//! The tokens of a person window: `depeche_text::tokenize`, with a fast
//! path for the common tokens.
//!
//! At a token start that follows whitespace or a mark (the tokenizer has no
//! state there), the fast path reads: a plain word (ASCII letters and
//! digits, Latin-1 letters, not a possible roman ordinal such as "XXe")
//! followed by whitespace, `, ; ( ) "`, a guillemet, `:` (not after a word
//! that may start a URL), or a full stop before whitespace, as a `Word`;
//! those marks as `Punct` or `Quote`; an elided article or pronoun ("l'",
//! "d'", "qu'") before a word as an `Elision`: exactly what `tokenize`
//! gives for them. Anything else (numbers, hyphens, acronyms, URLs, other
//! scripts) is handed to `tokenize` itself from that token start, up to a
//! token that ends before whitespace or one of those marks (where no clitic
//! is pending and the tokenizer's caches do not change what it reads), and
//! the fast path resumes there. Tests compare both on the reference
//! dispatch, the test set and random mixes of the hard cases.
//!
//! Cost: linear in the bytes read, one table lookup per byte of a plain
//! word. A window can be read in parts ([`tokenize_until`]): up to the
//! tokens the person finder needs, then the rest only if it asks for more.

use depeche_text::{tokenize, QuoteMark, Span, Token, TokenKind};

/// [`CLASS`]: an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`CLASS`]: the lead byte of a Latin-1 char (U+00C0..U+00FF).
const LATIN1: u8 = 2;
/// [`CLASS`]: ASCII whitespace (space, tab, line feed, carriage return).
const SPACE: u8 = 3;
/// [`CLASS`]: `, ; ( )`, a one-byte punctuation token and a word end.
const MARK: u8 = 4;
/// [`CLASS`]: `"`, a straight quote token and a word end.
const QUOTE: u8 = 5;
/// [`CLASS`]: `.`, a token and a word end before whitespace.
const STOP: u8 = 6;
/// [`CLASS`]: `:`, a punctuation token; a word end unless the word may
/// start a URL.
const COLON: u8 = 7;
/// [`CLASS`]: the lead byte 0xC2 (guillemets, no-break space...).
const LEAD_C2: u8 = 8;

/// The class of each byte for the fast path (0: anything else).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            match c {
                0xC3 => LATIN1,
                0xC2 => LEAD_C2,
                b' ' | b'\n' | b'\t' | b'\r' => SPACE,
                b',' | b';' | b'(' | b')' => MARK,
                b'"' => QUOTE,
                b'.' => STOP,
                b':' => COLON,
                _ => 0,
            }
        };
        b += 1;
    }
    t
};

/// The fast-path class of byte `b`.
#[inline(always)]
fn class(b: u8) -> u8 {
    CLASS.get(b as usize).copied().unwrap_or(0)
}

/// The guillemet at `i` (0xC2 0xAB or 0xC2 0xBB), if there is one.
#[inline]
fn guillemet(bytes: &[u8], i: usize) -> Option<QuoteMark> {
    match bytes.get(i + 1) {
        Some(0xAB) => Some(QuoteMark::GuillemetOpen),
        Some(0xBB) => Some(QuoteMark::GuillemetClose),
        _ => None,
    }
}

/// Whether the byte at `i` is a Latin-1 letter's second byte (0x80..0xBF
/// but × and ÷), the first byte at `i - 1` being 0xC3.
#[inline]
fn latin1_letter(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i)
        .is_some_and(|&c| (0x80..=0xBF).contains(&c) && c != 0x97 && c != 0xB7)
}

/// Appends the tokens of `window` (spans shifted by `base`) to `out`: the
/// same tokens as `depeche_text::tokenize(window)`.
#[cfg(test)]
pub(crate) fn tokenize_into(window: &str, base: usize, out: &mut Vec<Token>) {
    tokenize_until(window, base, 0, usize::MAX, out);
}

/// Appends tokens of `window` (spans shifted by `base`) to `out`: those of
/// `depeche_text::tokenize(window)` from the offset `from` of the window
/// (0, or where an earlier call stopped) up to (at least) every token that
/// starts before `stop` (an offset of the text, like the spans). Returns
/// `None` if the window's tokens are all read, else the offset of the
/// window where the read stopped: a call from there appends the tokens
/// left. O(bytes read).
pub(crate) fn tokenize_until(
    window: &str,
    base: usize,
    from: usize,
    stop: usize,
    out: &mut Vec<Token>,
) -> Option<usize> {
    let bytes = window.as_bytes();
    let mut pos = from;
    'fast: loop {
        // At the end of the window, every token is read (`None`).
        let &b = bytes.get(pos)?;
        // The tokens left start at `pos` or later, none before `stop`; the
        // loop holds no other state here, so a call from `pos` goes on.
        if base + pos >= stop {
            return Some(pos);
        }
        let start = pos;
        match class(b) {
            SPACE => {
                pos += 1;
                continue;
            }
            MARK | COLON => {
                out.push(token(TokenKind::Punct, base + start, base + start + 1));
                pos = skip_space(bytes, start + 1);
                continue;
            }
            QUOTE => {
                out.push(token(
                    TokenKind::Quote(QuoteMark::Straight),
                    base + start,
                    base + start + 1,
                ));
                pos = start + 1;
                continue;
            }
            STOP if is_space_or_end(bytes.get(start + 1)) => {
                out.push(token(TokenKind::Punct, base + start, base + start + 1));
                pos = start + 1;
                continue;
            }
            LEAD_C2 => {
                if let Some(q) = guillemet(bytes, start) {
                    out.push(token(TokenKind::Quote(q), base + start, base + start + 2));
                    pos = start + 2;
                    continue;
                }
            }
            ALNUM if b.is_ascii_alphabetic() => {
                let run = ascii_run(bytes, start);
                // The common case first: a word of ASCII letters before a
                // space, which is no roman ordinal unless it starts like one.
                if bytes.get(run) == Some(&b' ') && !may_start_roman(b) {
                    out.push(token(TokenKind::Word, base + start, base + run));
                    pos = run + 1;
                    continue;
                }
                if bytes.get(run) == Some(&b'\'') {
                    if let Some(end) = elision_end(bytes, start, run) {
                        out.push(token(TokenKind::Elision, base + start, base + end));
                        pos = end;
                        continue;
                    }
                } else if let Some(end) = plain_word_end(bytes, run, b)
                    .filter(|&end| !may_be_roman_ordinal(bytes.get(start..end).unwrap_or(&[])))
                {
                    out.push(token(TokenKind::Word, base + start, base + end));
                    pos = skip_space(bytes, end);
                    continue;
                }
            }
            LATIN1 if latin1_letter(bytes, start + 1) => {
                if let Some(end) = plain_word_end(bytes, start, b) {
                    out.push(token(TokenKind::Word, base + start, base + end));
                    pos = skip_space(bytes, end);
                    continue;
                }
            }
            _ => {}
        }
        // The tokenizer itself, from this token start, until a token that
        // ends before whitespace or a mark the fast path reads (or the
        // end).
        let rest = window.get(start..)?;
        for t in tokenize(rest) {
            let end = start + t.span.end;
            out.push(token(t.kind, base + start + t.span.start, base + end));
            if bytes.get(end).map_or(true, |&b| resumes_at(b)) {
                pos = end;
                continue 'fast;
            }
        }
        return None;
    }
}

/// `i`, or `i + 1` if a space stands at `i`: the space after a token is
/// skipped with it (no turn of the main loop for it).
#[inline(always)]
fn skip_space(bytes: &[u8], i: usize) -> usize {
    i + usize::from(bytes.get(i) == Some(&b' '))
}

/// Whether the fast path may resume at a token boundary of `tokenize`
/// before byte `b`: whitespace, or a mark it reads as `tokenize` does
/// (never a hyphen or a sign: `tokenize` reads "-5" after a word char as a
/// dash, not a number; nor a full stop, which may sit inside a chain of
/// dotted capitals). A clitic pending in `tokenize` starts with a hyphen,
/// so none is pending there.
#[inline]
fn resumes_at(b: u8) -> bool {
    matches!(class(b), SPACE | MARK | QUOTE | COLON | LEAD_C2)
}

fn token(kind: TokenKind, start: usize, end: usize) -> Token {
    Token {
        kind,
        span: Span::new(start, end),
    }
}

/// Whether a word whose first byte is `b` may be a roman ordinal (the
/// first test of [`may_be_roman_ordinal`]).
#[inline(always)]
fn may_start_roman(b: u8) -> bool {
    matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
}

/// Whether `tokenize` may read the word as a roman ordinal ("XXe",
/// "Ier"): roman capitals, then one of its ordinal suffixes (`tokenize`
/// then also checks the numeral; this only needs to be conservative).
#[inline]
fn may_be_roman_ordinal(word: &[u8]) -> bool {
    if !word.first().is_some_and(|&b| may_start_roman(b)) {
        return false;
    }
    let roman = word
        .iter()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
        .count();
    if roman == 0 || roman == word.len() {
        return false;
    }
    if roman == 1 && !matches!(word.first(), Some(b'I' | b'V' | b'X')) {
        return false;
    }
    let suffix = word.get(roman..).unwrap_or(&[]);
    ["e", "er", "re", "ère", "ème", "es", "èmes"]
        .iter()
        .any(|s| s.as_bytes() == suffix)
}

fn is_space_or_end(b: Option<&u8>) -> bool {
    matches!(b, None | Some(b' ' | b'\n' | b'\t' | b'\r'))
}

/// The end of an elided article or pronoun at `start` ("l'", "d'", "qu'",
/// "L'") before a word char, `run` being the end of the ASCII letters at
/// `start` (an apostrophe): what `tokenize` makes an `Elision` ("N'"
/// before a capital, a proper name, is left to `tokenize`).
#[inline]
fn elision_end(bytes: &[u8], start: usize, run: usize) -> Option<usize> {
    let head = bytes.get(start..run)?;
    let elided = matches!(
        head,
        [b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't']
            | [b'C' | b'D' | b'J' | b'L' | b'M' | b'S' | b'T']
            | [b'q' | b'Q', b'u' | b'U']
    );
    if !elided {
        return None;
    }
    let after = run + 1;
    // A word char follows: an ASCII letter or digit, or a Latin-1 letter.
    let word = match bytes.get(after) {
        Some(&c) if c.is_ascii_alphanumeric() => true,
        Some(0xC3) => latin1_letter(bytes, after + 1),
        _ => false,
    };
    word.then_some(after)
}

/// The end of the run of ASCII letters and digits at `i`.
#[inline(always)]
fn ascii_run(bytes: &[u8], i: usize) -> usize {
    let rest = bytes.get(i..).unwrap_or(&[]);
    i + rest
        .iter()
        .position(|&b| class(b) != ALNUM)
        .unwrap_or(rest.len())
}

/// The end of a plain word whose first byte is `first` and whose first
/// ASCII letters and digits run to `run`: a run of ASCII letters and digits and
/// Latin-1 letters (the run of `tokenize`) followed by whitespace, the end,
/// `, ; ( ) "`, a guillemet, `:` (unless the word starts like "http" or
/// "www") or a full stop before whitespace (not after a word that starts
/// like "www" or "http"); `None` for anything else.
#[inline]
fn plain_word_end(bytes: &[u8], run: usize, first: u8) -> Option<usize> {
    let mut i = run;
    loop {
        let Some(&b) = bytes.get(i) else {
            return Some(i);
        };
        match class(b) {
            ALNUM => i = ascii_run(bytes, i),
            LATIN1 if latin1_letter(bytes, i + 1) => i += 2,
            SPACE | MARK | QUOTE => return Some(i),
            LEAD_C2 => return guillemet(bytes, i).map(|_| i),
            // Not after "h"/"w" ("http:", "www."): left to `tokenize`.
            COLON if !matches!(first, b'h' | b'H' | b'w' | b'W') => return Some(i),
            STOP if !matches!(first, b'h' | b'H' | b'w' | b'W')
                && is_space_or_end(bytes.get(i + 1)) =>
            {
                return Some(i)
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str) {
        let mut fast = Vec::new();
        tokenize_into(text, 7, &mut fast);
        let slow: Vec<Token> = tokenize(text)
            .map(|t| token(t.kind, t.span.start + 7, t.span.end + 7))
            .collect();
        assert_eq!(fast, slow, "{text:?}");
        // Stopped anywhere (every few bytes in long texts), then resumed:
        // the same tokens, those starting before the stop all read by the
        // first call.
        let stride = 1 + text.len() / 256;
        for stop in (7..text.len() + 9).step_by(stride) {
            let mut parts = Vec::new();
            let from = tokenize_until(text, 7, 0, stop, &mut parts);
            let before = slow.iter().take_while(|t| t.span.start < stop).count();
            assert!(
                parts.len() >= before && slow.starts_with(&parts),
                "{text:?} stopped at {stop}"
            );
            if let Some(from) = from {
                assert_eq!(tokenize_until(text, 7, from, usize::MAX, &mut parts), None);
            }
            assert_eq!(parts, slow, "{text:?} stopped at {stop}");
        }
    }

    #[test]
    fn same_tokens_as_tokenize() {
        for t in [
            "",
            " ",
            "Le président Mohamed Bazoum, renversé le 26 juillet 2023 (AFP).",
            "L'armée a-t-elle dit 1 000 morts, 14 h 30 : 5 % ; M. Tiani et Mme X. à Niamey",
            "Louis XIV, XXe siècle, Ier, CEDEAO, U.S.A. www.x.fr a@b.fr http://x.y",
            "«Il faut», dit-il ... aujourd'hui, Al-Qaïda; 10-15 -5 +3 x-5",
            "Été, Égypte, où ça Ça (ÉTAT) œuvre Œuvre ñ ß Ø",
            "fin\n\nDébut\tTab\r\nligne",
            "l'armée d'Etat qu'il N'Djamena n'a L'Union jusqu'à presqu'île aujourd'hui l'1 l'. l'",
            "fin. Début.. www. http. M. A. B. X. Niamey.\nLe ... a.b. h. W.",
            "Le La Les Mme M Mali Moscou XIe IIe Ve Ier Ière Vème LXe Le. Xe, CDer MMXXIVe Lère",
            "XIV XIVe, XXI XXIe. IIIe IVes Ie Ve. VIes Xèmes Ce Ces De Des Ie. Cie",
        ] {
            check(t);
        }
    }

    #[test]
    fn same_tokens_on_the_reference_dispatch_and_the_test_set() {
        let (set, article) = crate::test_texts::testset_and_article();
        check(depeche_text::normalize(&article).as_str());
        for line in set.lines() {
            check(line);
            check(depeche_text::normalize(line).as_str());
        }
    }

    proptest! {
        #[test]
        fn same_tokens_on_any_mix(parts in proptest::collection::vec(
            prop_oneof![
                Just(" "), Just(","), Just("."), Just("-"), Just("'"), Just("\n"),
                Just("(" ), Just(")"), Just(":"), Just(";"), Just("1"), Just("000"),
                Just("h"), Just("le"), Just("Tiani"), Just("é"), Just("É"), Just("M"),
                Just("XIV"), Just("e"), Just("il"), Just("t"), Just("l"), Just("@"),
                Just("www"), Just("http"), Just("//"), Just("«"), Just("N"), Just("qu"),
                Just("L"), Just("Qu"), Just("aujourd"), Just("hui"), Just("presqu"), Just("île"),
                Just("I"), Just("V"), Just("X"), Just("C"), Just("D"), Just("er"), Just("ère"),
                Just("es"), Just("ème"), Just("»"), Just("\u{a0}"), Just("%"), Just("x"),
                Just("\""), Just("«"), Just("à"), Just("Élu"), Just("×"), Just("+"), Just("@"),
                Just("https"), Just("W"), Just("a@b"), Just("t-il"), Just("..."), Just("\u{301}"),
            ],
            0..40,
        )) {
            check(&parts.concat());
        }
    }
}
