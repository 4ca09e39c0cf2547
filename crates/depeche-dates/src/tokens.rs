//! The tokens of a region for the lexer: those of depeche-text's
//! tokenizer, with the plain words between single spaces read by a short
//! byte loop instead.
//!
//! Most tokens of news copy are plain words after a space ("le", "mardi",
//! "président") that the tokenizer reads through its whole dispatch
//! (white space, lead class, word run, stop probes) to return a
//! [`TokenKind::Word`]. Such a word is recognised here from its bytes
//! alone: a lead that starts no special token, letters, and then a space,
//! the end of the text, or a punctuation mark that the tokenizer returns
//! as a token of its own ("mot, ", "mot. ", "mot;\n"): the mark is
//! returned next, as the tokenizer queues it. A one-letter elision ("l'",
//! "d'") before such a word, the word after an elision the tokenizer
//! returned, and a number before a word ("26 mars") are read the same
//! way. A space after a
//! token (or the end of an elision the tokenizer returned) also means the
//! tokenizer holds no token back (a token it queues starts where the
//! previous one ends), so that it can be started afresh after the words
//! read here: the tokens are exactly those of [`depeche_text::tokenize`]
//! (unit tests compare both on odd and ordinary text).

use depeche_text::{tokenize, Span, Token, TokenKind, Tokens};

/// The tokens of a text (see the module documentation). `O(1)` per token
/// beyond the tokenizer's own work; restarting the tokenizer costs `O(1)`.
#[derive(Clone, Debug)]
pub(crate) struct RegionTokens<'a> {
    text: &'a str,
    /// The tokenizer, over `text[base..]`.
    tokens: Tokens<'a>,
    base: usize,
    /// Where a plain word may start (the start of the text, or the byte
    /// after the space that ends the last token); [`NOWHERE`] if nowhere.
    word_at: usize,
    /// Where the last token ended, when plain words were read past the
    /// tokenizer's position: it restarts there; [`NOWHERE`] otherwise.
    restart: usize,
    /// Where the one-byte punctuation mark read with the plain word before
    /// it is, to be returned next; [`NOWHERE`] if none.
    mark_at: usize,
}

/// No position (past any text: no word starts there).
const NOWHERE: usize = usize::MAX;

impl<'a> RegionTokens<'a> {
    /// The tokens of `text`.
    pub(crate) fn new(text: &'a str) -> RegionTokens<'a> {
        RegionTokens {
            text,
            tokens: tokenize(text),
            base: 0,
            word_at: 0,
            restart: NOWHERE,
            mark_at: NOWHERE,
        }
    }

    /// The next token, if any, with its span in the whole text.
    #[inline(always)]
    pub(crate) fn next_token(&mut self) -> Option<Token> {
        let b = self.text.as_bytes();
        if self.mark_at != NOWHERE {
            let at = self.mark_at;
            self.mark_at = NOWHERE;
            // A plain word may follow a space.
            self.word_at = if b.get(at + 1) == Some(&b' ') {
                at + 2
            } else {
                NOWHERE
            };
            return Some(Token {
                kind: TokenKind::Punct,
                span: Span::new(at, at + 1),
            });
        }
        // `NOWHERE` holds no byte: no word there.
        if let Some(end) = plain_word_end(b, self.word_at) {
            let start = self.word_at;
            match b.get(end) {
                // A space: a plain word may follow it.
                Some(b' ') => {
                    self.word_at = end + 1;
                    self.restart = end;
                }
                // The end of the text: nothing follows.
                None => {
                    self.word_at = NOWHERE;
                    self.restart = end;
                }
                // A mark the tokenizer queues after the word, then white
                // space or the end of the text (`plain_word_end` checked
                // it): returned next.
                Some(_) => {
                    self.word_at = NOWHERE;
                    self.mark_at = end;
                    self.restart = end + 1;
                }
            }
            return Some(Token {
                kind: TokenKind::Word,
                span: Span::new(start, end),
            });
        }
        // "l'", "d'" before a plain word: the elision, then the word.
        if let Some(end) = elision_end(b, self.word_at) {
            let start = self.word_at;
            self.word_at = end;
            return Some(Token {
                kind: TokenKind::Elision,
                span: Span::new(start, end),
            });
        }
        // `NOWHERE` holds no byte: no number there.
        if let Some(end) = plain_number_end(b, self.word_at) {
            let start = self.word_at;
            // A space and a letter follow: a plain word may follow.
            self.word_at = end + 1;
            self.restart = end;
            return Some(Token {
                kind: TokenKind::Number,
                span: Span::new(start, end),
            });
        }
        if self.restart != NOWHERE {
            // The tokenizer restarted on the white space (or at the end of
            // the elision) after the last token, as it would have gone on
            // from there.
            self.tokens = tokenize(self.text.get(self.restart..).unwrap_or(""));
            self.base = self.restart;
            self.restart = NOWHERE;
        }
        let t = self.tokens.next()?;
        let span = Span::new(t.span.start + self.base, t.span.end + self.base);
        self.word_at = match b.get(span.end) {
            Some(b' ') => span.end + 1,
            // "l'", "d'": the tokenizer returned the elision by itself and
            // goes on with the word right after it.
            Some(_) if t.kind == TokenKind::Elision && span.len() == 2 => span.end,
            _ => NOWHERE,
        };
        Some(Token { kind: t.kind, span })
    }
}

/// The end of the plain word starting at `b[start]`, if there is one: a
/// lead byte that starts no special token (an ASCII letter, a capital of
/// roman numerals only where no ordinal can follow, or a Latin-1 letter),
/// then ASCII and Latin-1 letters, then a space, the end of the text, or
/// one of `, ; ! ? ) .` before white space or the end of the text. The
/// tokenizer reads exactly such a word as one [`TokenKind::Word`] (and
/// queues the mark as a [`TokenKind::Punct`] of one byte): no colon,
/// apostrophe, hyphen, digit or address byte follows that would make it
/// probe for a link, an address, an acronym, an elision, a compound or a
/// clitic, and only a roman capital may start an ordinal. A period is
/// taken only after a word of two chars or more ("J." may be an initial or
/// an acronym) but "www", and before no second period ("...").
#[inline(always)]
fn plain_word_end(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    match byte_kind(*b.get(i)?) {
        LETTER => i += 1,
        // A roman capital starts an ordinal only before another roman
        // capital, or, for I, V and X, before the suffix ("e", "er", "re",
        // "ère", "ème"...): "Le", "Ce", "Dans", "Il" are plain words.
        ROMAN => {
            let next = *b.get(i + 1)?;
            if byte_kind(next) == ROMAN
                || (matches!(b.get(i), Some(b'I' | b'V' | b'X'))
                    && matches!(next, b'e' | b'r' | 0xC3))
            {
                return None;
            }
            i += 1;
        }
        LATIN1 if is_latin1_letter_tail(*b.get(i + 1)?) => i += 2,
        _ => return None,
    }
    let first_end = i;
    loop {
        // ASCII letters, one table test a byte.
        while let Some(&c) = b.get(i) {
            if byte_kind(c) & LETTER == 0 {
                break;
            }
            i += 1;
        }
        let Some(&c) = b.get(i) else {
            return Some(i);
        };
        if c == b' ' {
            return Some(i);
        }
        match c {
            0xC3 if b.get(i + 1).is_some_and(|&d| is_latin1_letter_tail(d)) => i += 2,
            b',' | b';' | b'!' | b'?' | b')' if ends_mark(b.get(i + 1)) => return Some(i),
            b'.' if ends_mark(b.get(i + 1))
                && i > first_end
                && !b
                    .get(start..i)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"www")) =>
            {
                return Some(i)
            }
            _ => return None,
        }
    }
}

/// The end of the one-letter elision starting at `b[start]` ("l'", "d'",
/// "qu'" is none), if a plain word (see [`plain_word_end`]) follows it
/// right after its apostrophe: the tokenizer returns such an elision as
/// one [`TokenKind::Elision`] and goes on with the word (but "N'" before a
/// capital: "N'Djamena" is a name).
#[inline(always)]
fn elision_end(b: &[u8], start: usize) -> Option<usize> {
    let lead = *b.get(start)?;
    if !matches!(
        lead.to_ascii_lowercase(),
        b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't'
    ) || b.get(start + 1) != Some(&b'\'')
    {
        return None;
    }
    let capital = match *b.get(start + 2)? {
        c if c.is_ascii_alphabetic() => c.is_ascii_uppercase(),
        0xC3 => *b.get(start + 3)? <= 0x9E,
        _ => return None,
    };
    if lead == b'N' && capital {
        return None;
    }
    plain_word_end(b, start + 2).map(|_| start + 2)
}

/// The most digits of a number [`plain_number_end`] reads.
const MAX_PLAIN_DIGITS: usize = 8;

/// The end of the plain number starting at `b[start]`, if there is one:
/// one to eight ASCII digits, then a space and an ASCII letter but `h` and
/// `H` ("26 mars", "3 jours"). The tokenizer reads exactly the digits as one
/// [`TokenKind::Number`]: no clock time ("14 h"), no group of digits after
/// the space ("1 000"), no separator ("12,5", "26.03"), no percent sign
/// and no ordinal suffix follow.
#[inline(always)]
fn plain_number_end(b: &[u8], start: usize) -> Option<usize> {
    // Numbers of news copy are short: a longer run ("7777...") is left to
    // the tokenizer, which reads it anyway, so that no run is read twice.
    let digits = b
        .get(start..)?
        .iter()
        .take(MAX_PLAIN_DIGITS + 1)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 || digits > MAX_PLAIN_DIGITS {
        return None;
    }
    let i = start + digits;
    let letter = *b.get(i + 1)?;
    (b.get(i) == Some(&b' ') && letter.is_ascii_alphabetic() && letter | 0x20 != b'h').then_some(i)
}

/// Whether the byte after a mark (`None`: the end of the text) leaves the
/// mark a token of one byte with nothing probed after it: a space, a line
/// break or the end.
#[inline]
fn ends_mark(next: Option<&u8>) -> bool {
    matches!(next, None | Some(b' ' | b'\n'))
}

/// Kinds of bytes for [`plain_word_end`] (bits).
const OTHER: u8 = 0;
/// An ASCII letter but the capitals of roman numerals.
const LETTER: u8 = 1;
/// A capital of roman numerals: a letter (the bit of [`LETTER`]), but it
/// may start an ordinal.
const ROMAN: u8 = LETTER | 2;
/// 0xC3, the first byte of the Latin-1 letters.
const LATIN1: u8 = 4;

/// The kind of every byte (one table lookup a byte in the word loop).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static KINDS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = match b {
            b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M' => ROMAN,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            0xC3 => LATIN1,
            _ => OTHER,
        };
        c += 1;
    }
    t
};

/// The kind of byte `c` (see [`KINDS`]).
// A 256-entry table indexed by a byte cannot be indexed out of bounds.
#[allow(clippy::indexing_slicing)]
#[inline]
fn byte_kind(c: u8) -> u8 {
    KINDS[usize::from(c)]
}

/// Whether `d`, after 0xC3, makes a Latin-1 letter (U+00C0..=U+00FF but
/// × and ÷), as the tokenizer reads them.
#[inline]
fn is_latin1_letter_tail(d: u8) -> bool {
    (0x80..=0xBF).contains(&d) && d != 0x97 && d != 0xB7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(text: &str) {
        let mut fast = RegionTokens::new(text);
        let mut got = Vec::new();
        while let Some(t) = fast.next_token() {
            got.push(t);
        }
        let want: Vec<Token> = tokenize(text).collect();
        assert_eq!(got, want, "{text:?}");
    }

    #[test]
    fn tokens_are_the_tokenizers() {
        for t in [
            "",
            " ",
            "le président est arrivé mardi 26 mars à Niamey.",
            "Le chef du régime, le général Tiani, s'est entretenu",
            "XXIe siècle, Ier arrondissement, Louis XIV et Marie",
            "l'an dernier, d'ici juin, jusqu'au 3 mars, aujourd'hui",
            "a-t-il dit-elle Est-ce que",
            "J. Dupont, A.B.C. et U.S.A. ou www.site.fr et mot@site.fr",
            "http://x.fr le mot  double  espace\tmot\nmot",
            "sept. oct. janv. lun. et sept heures",
            "× ÷ é× ×é é÷ Été ÉTÉ çà et là æ ß ø",
            "-3 degrés, +4 et - 5 ou 1 000 personnes à 14 h 30",
            "mot",
            "mot ",
            " mot",
            "mot1 mot2 1mot",
            "Ω mot",
            "mot Ω mot",
            "«mot» “mot” \"mot\" 'mot' (mot) [mot] mot, mot; mot: mot! mot?",
            "L D C M V X I Le La Des Ces Mardi Lundi Vingt",
            "Ier Ire IIe Ième Ve Vème Xe Xes Xèmes Ières Le Lé Ce Cè Dè Mème Ie Ir Is IS Vl",
            "XXIe XXI CD Cd MMXXIV Mmm LXe Lxe Ixe IXe VIIIe Vii",
            "N'Djamena O'Brien qu'il l'État",
            "mot. mot, É. Dupont, é. à. www. WwW. et le.\nfin. mot.. mot... mot.mot mot,mot",
            "mot.",
            "mot,",
            "É.",
            "Ét.",
            "x.",
            "ab. cd.\tef.\u{a0}gh., ij.,",
            "mot, mot. mot; mot! mot? mot) mot.\nmot,\nmot.",
            "Le 3 mars, le président a dit. Puis, l'an dernier, d'après l'État.",
            "www. www.x.fr Www. J. Dupont, A. B. Mme. M. Ier. XXe. Le.",
            "mot...",
            "mot.. mot.",
            "mot.,",
            "mot,,",
            "mot,a",
            "mot.a",
            "mot.@x",
            "é, à. ç;",
            "l'an l'Été N'Djamena l'×x d'1 qu'il jusqu'au l'a-t-il s'est-il",
            "le 26 mars 2024 à 14 h 30, 3 jours, 1 000 morts, 12 % et 2e fois, 5 Heures",
            "26 mars 14 heures 14 h. 8 h 3 h30 12 Hommes 3 ha 10 km 2024 l'an 1 500 000 et",
            "l'an d'été L'An D'Été N'Djamena N'est n'est N'Été N'été c'est j'ai m'a s'est t'as",
            "l'É l'× l'÷x l'1 l'-a l' a l'' L'Ier d'IXe qu'un l'œil l'an, l'an. l'a-t-il x'y",
        ] {
            both(t);
        }
    }

    #[test]
    fn tokens_are_the_tokenizers_on_mixes() {
        let parts = [
            "le",
            "Le",
            "été",
            "Été",
            " ",
            "  ",
            ",",
            ".",
            "-",
            "'",
            "’",
            "1",
            "14h30",
            "X",
            "IV",
            "à",
            "é",
            "×",
            "Ω",
            "\n",
            "sept",
            "www",
            "@",
            "a",
            "L",
            "l'",
            "mi-",
            "«",
            "\u{a0}",
            ":",
            "/",
            "3.5",
            "\"",
            "mot.",
            "É.",
            ". ",
            ",",
            "www.",
            "..",
            "mot, ",
            "mot. ",
            "Le.",
            "www",
            "Www",
            "wWw.",
            "J.",
            "Ier.",
            ";",
            "!",
            "?",
            ")",
            "(",
            ".\n",
            ", ",
            "d'",
            "N'",
            "qu'",
            "Mme",
            "mot)",
            "mot;",
            "mot!",
            "mot?",
            "l'État",
            "l'été",
            "d'un",
            "l'1",
            "a@b",
            "mot.fr",
            "x.y",
            "Xe",
            "e",
            "26 mars",
            "14 h",
            "3 H",
            "1 000",
            "12",
            "5 heures",
            "2 %",
            "3 e",
            "7 ",
            "3",
            "1er",
            "4 a",
            "9 Z",
            "0 é",
            "12345678 a",
            "123456789 a",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..100_000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut s = seed;
            for _ in 0..(1 + s % 12) {
                s /= 7;
                t.push_str(parts[(s % parts.len() as u64) as usize]);
                s = s.rotate_left(9) ^ seed;
            }
            both(&t);
        }
    }
}
