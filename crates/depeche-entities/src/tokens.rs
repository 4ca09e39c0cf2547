//! The tokens of a person window: `depeche_text::tokenize`, with a fast
//! path for the common tokens.
//!
//! At a token start that follows whitespace or a mark (the tokenizer has no
//! state there), the fast path reads: a plain word (ASCII letters and
//! digits, Latin-1 letters, not a possible roman ordinal such as "XXe")
//! followed by whitespace, `, ; ( )`, or a full stop before whitespace, as
//! a `Word`; those marks and `:` as `Punct`; an elided article or pronoun
//! ("l'", "d'", "qu'") before a word as an `Elision`: exactly what
//! `tokenize` gives for them. Anything else (numbers, hyphens, acronyms,
//! URLs, quotes, other scripts) is handed to `tokenize` itself from that
//! token start, up to a token that ends before whitespace, where the fast
//! path resumes. Tests compare both on the reference dispatch, the test set
//! and random mixes of the hard cases.

use crate::matcher::ASCII_WORD;
use depeche_text::{tokenize, Span, Token, TokenKind};

/// Appends the tokens of `window` (spans shifted by `base`) to `out`: the
/// same tokens as `depeche_text::tokenize(window)`.
pub(crate) fn tokenize_into(window: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = window.as_bytes();
    let mut pos = 0;
    'fast: loop {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = bytes.get(pos) {
            pos += 1;
        }
        let Some(&b) = bytes.get(pos) else {
            return;
        };
        let start = pos;
        if matches!(b, b',' | b';' | b':' | b'(' | b')') {
            out.push(token(TokenKind::Punct, base + start, base + start + 1));
            pos = start + 1;
            continue;
        }
        if b == b'.' && is_space_or_end(bytes.get(start + 1)) {
            out.push(token(TokenKind::Punct, base + start, base + start + 1));
            pos = start + 1;
            continue;
        }
        if let Some(end) = elision_end(bytes, start) {
            out.push(token(TokenKind::Elision, base + start, base + end));
            pos = end;
            continue;
        }
        if b.is_ascii_alphabetic() {
            if let Some(end) = plain_word_end(bytes, start)
                .filter(|&end| !may_be_roman_ordinal(bytes.get(start..end).unwrap_or(&[])))
            {
                // A full stop after the word: not after h/w (a URL
                // "www." or "http.") and only before whitespace.
                let stop = bytes.get(end) == Some(&b'.');
                if !stop
                    || (!matches!(b, b'h' | b'H' | b'w' | b'W')
                        && is_space_or_end(bytes.get(end + 1)))
                {
                    out.push(token(TokenKind::Word, base + start, base + end));
                    pos = end;
                    continue;
                }
            }
        }
        // The tokenizer itself, from this token start, until a token that
        // ends before whitespace (or the end).
        let Some(rest) = window.get(start..) else {
            return;
        };
        for t in tokenize(rest) {
            let end = start + t.span.end;
            out.push(token(t.kind, base + start + t.span.start, base + end));
            if matches!(bytes.get(end), None | Some(b' ' | b'\n' | b'\t' | b'\r')) {
                pos = end;
                continue 'fast;
            }
        }
        return;
    }
}

fn token(kind: TokenKind, start: usize, end: usize) -> Token {
    Token {
        kind,
        span: Span::new(start, end),
    }
}

/// Whether `tokenize` may read the word as a roman ordinal ("XXe",
/// "Ier"): roman capitals, then one of its ordinal suffixes (`tokenize`
/// then also checks the numeral; this only needs to be conservative).
fn may_be_roman_ordinal(word: &[u8]) -> bool {
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
/// "L'") before a word char: what `tokenize` makes an `Elision` ("N'"
/// before a capital, a proper name, is left to `tokenize`).
fn elision_end(bytes: &[u8], start: usize) -> Option<usize> {
    let head = match (bytes.get(start), bytes.get(start + 1), bytes.get(start + 2)) {
        (Some(b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't'), Some(b'\''), _)
        | (Some(b'C' | b'D' | b'J' | b'L' | b'M' | b'S' | b'T'), Some(b'\''), _) => 1,
        (Some(b'q' | b'Q'), Some(b'u' | b'U'), Some(b'\'')) => 2,
        _ => return None,
    };
    let after = start + head + 1;
    // A word char follows: an ASCII letter or digit, or a Latin-1 letter.
    let word = match bytes.get(after) {
        Some(&c) if c.is_ascii_alphanumeric() => true,
        Some(0xC3) => bytes
            .get(after + 1)
            .is_some_and(|&c| (0x80..=0xBF).contains(&c) && c != 0x97 && c != 0xB7),
        _ => false,
    };
    word.then_some(after)
}

/// The end of a plain word at `start`: a run of ASCII letters and digits
/// and Latin-1 letters (the run of `tokenize`) followed by whitespace, the
/// end, or `, ; ( )`; `None` for anything else.
fn plain_word_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    loop {
        while bytes
            .get(i)
            .is_some_and(|&b| ASCII_WORD.get(b as usize) == Some(&true))
        {
            i += 1;
        }
        match bytes.get(i) {
            None => return Some(i),
            // Not ':' ("http:"); '.' is checked by the caller.
            Some(b' ' | b'\n' | b'\t' | b'\r' | b',' | b';' | b'(' | b')' | b'.') => {
                return Some(i)
            }
            Some(0xC3) => match bytes.get(i + 1) {
                Some(&c) if (0x80..=0xBF).contains(&c) && c != 0x97 && c != 0xB7 => i += 2,
                _ => return None,
            },
            Some(_) => return None,
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
        let dir = env!("CARGO_MANIFEST_DIR");
        let article = format!("{dir}/../../../shared/articles/niger-tiani-poutine-2024-03.txt");
        if let Ok(a) = std::fs::read_to_string(&article) {
            check(depeche_text::normalize(&a).as_str());
        }
        let set = std::fs::read_to_string(format!("{dir}/tests/testset.tsv")).unwrap_or_default();
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
            ],
            0..40,
        )) {
            check(&parts.concat());
        }
    }
}
