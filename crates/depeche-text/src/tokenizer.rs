//! The French tokenizer.

use crate::chars::{is_dash, is_word_char};
use crate::token::{Token, TokenKind};
use crate::{QuoteMark, Span};

/// Elided forms split from the following word ("l'armée" -> "l'" "armée").
/// Lower-case, without the apostrophe.
const ELISIONS: &[&str] = &[
    "c", "d", "j", "jusqu", "l", "lorsqu", "m", "n", "presqu", "puisqu", "qu", "quoiqu", "s", "t",
];

/// Words written with an apostrophe that are not elisions, kept whole.
/// Lower-case, apostrophe normalised.
const APOSTROPHE_WORDS: &[&str] = &[
    "aujourd'hui",
    "entr'acte",
    "prud'homal",
    "prud'homale",
    "prud'homales",
    "prud'homaux",
    "prud'homme",
    "prud'hommes",
    "presqu'île",
    "presqu'îles",
    "quelqu'un",
    "quelqu'une",
    "quelqu'uns",
    "quelqu'unes",
];

/// The parts before the apostrophe of [`APOSTROPHE_WORDS`] (a test keeps
/// the two lists in step).
const APOSTROPHE_HEADS: &[&str] = &["aujourd", "entr", "presqu", "prud", "quelqu"];

/// Subject pronouns that, after a hyphen, mark an inverted subject
/// ("dit-elle", "a-t-il", "Est-ce").
const CLITICS: &[&str] = &[
    "ce", "elle", "elles", "il", "ils", "je", "nous", "on", "tu", "vous",
];

/// Hyphenated words whose last part looks like an inverted pronoun but is
/// not (lower-case).
const NOT_INVERTED: &[&str] = &[
    "rendez-vous",
    "vous-même",
    "nous-même",
    "nous-mêmes",
    "vous-mêmes",
];

/// Byte classes of `word_run`: an ASCII letter or digit, the lead byte
/// 0xC3 (Latin-1 letters), any other ASCII byte (ends a word); other lead
/// bytes are decoded and tested.
const WORD_ASCII: u8 = 1;
const WORD_LATIN1: u8 = 2;
const WORD_STOP: u8 = 3;
static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0u8;
    loop {
        let class = if b.is_ascii_alphanumeric() {
            WORD_ASCII
        } else if b < 0x80 {
            WORD_STOP
        } else if b == 0xC3 {
            WORD_LATIN1
        } else {
            0
        };
        // `b` is a u8: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = class;
        }
        if b == 255 {
            break;
        }
        b += 1;
    }
    t
};

/// The class of byte `b` in a 256-entry table (the lookup cannot fail).
#[inline]
pub(crate) fn byte_class(table: &[u8; 256], b: u8) -> u8 {
    table.get(usize::from(b)).copied().unwrap_or(0)
}

/// The longest local part of an e-mail address (RFC 5321).
const MAX_EMAIL_LOCAL: usize = 64;
/// The longest domain of an e-mail address (RFC 1035).
const MAX_EMAIL_DOMAIN: usize = 255;
/// The most letters a dotted acronym may have ("C.I.A.", "U.R.S.S."); the
/// bound keeps a long run of dotted capitals linear.
const MAX_ACRONYM_LETTERS: usize = 12;

/// Ordinal suffixes after digits or roman numerals ("1er", "2e", "XXIe").
const ORDINAL_SUFFIXES: &[&str] = &[
    "e", "er", "ers", "re", "res", "ère", "ères", "ème", "èmes", "eme", "emes", "es", "nd", "nde",
    "nds", "ndes", "d", "de",
];

/// Splits normalised French text into tokens.
///
/// An iterator: it allocates nothing, holds no state beyond its position and
/// two small memos, and runs in time linear in the text, whatever the text:
/// the probes for e-mail addresses and dotted acronyms, which look ahead,
/// remember what they saw so that a long run ("a.a.a.a…", "A.A.A.A…") is
/// read once, not once per token in it. Spans are byte offsets into `text`, on
/// char boundaries, in order and never overlapping. White space (including
/// line breaks) separates tokens and is not a token.
///
/// French rules: elisions are split ("l'armée" -> `l'` `armée`, "jusqu'à"),
/// but "aujourd'hui" and "presqu'île" stay whole, as do names such as
/// "N'Djamena"; hyphenated compounds stay whole ("Etats-Unis", "Mi-mars") with
/// their parts reachable through [`Token::parts`]; inverted subjects are split
/// ("a-t-il" -> `a` `-t-il`); numbers keep their grouping and decimals
/// ("1.000", "1 000", "12,5"); times ("14h30", "14 h 30"), ordinals ("1er",
/// "XXIe"), percentages ("12,5 %") and dotted acronyms ("C.I.A.") are one
/// token each.
///
/// ```
/// use depeche_text::{tokenize, TokenKind};
/// let text = "L'armée a-t-elle tué 1 000 jihadistes à 14h30 ?";
/// let toks: Vec<(&str, TokenKind)> = tokenize(text).map(|t| (t.text(text), t.kind)).collect();
/// assert_eq!(toks[0], ("L'", TokenKind::Elision));
/// assert_eq!(toks[3], ("-t-elle", TokenKind::Clitic));
/// assert_eq!(toks[5], ("1 000", TokenKind::Number));
/// assert_eq!(toks[8], ("14h30", TokenKind::Time));
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens {
        text,
        pos: 0,
        queued: None,
        local_run: (0, 0),
        chain: AcronymChain::EMPTY,
    }
}

/// What the acronym probe learnt about a chain of dotted capitals
/// ("A.B.C." or "J.-C."): every later word start inside the chain is one of
/// its letters and gets its answer from here.
#[derive(Clone, Copy, Debug)]
struct AcronymChain {
    /// Where the probe that walked the chain started.
    start: usize,
    /// Where the chain stops: after its last period (and a joining hyphen).
    end: usize,
    /// Whether nothing word-like follows `end`: a suffix of the chain with 2
    /// to [`MAX_ACRONYM_LETTERS`] letters is then an acronym.
    clean_end: bool,
    /// Starts of the chain's last letters, oldest first in ring order.
    last_letters: [usize; MAX_ACRONYM_LETTERS],
    /// How many letters the chain has in all.
    letters: usize,
}

impl AcronymChain {
    const EMPTY: AcronymChain = AcronymChain {
        start: 0,
        end: 0,
        clean_end: false,
        last_letters: [usize::MAX; MAX_ACRONYM_LETTERS],
        letters: 0,
    };

    /// Whether `i` lies inside the chain, where the chain's answer holds.
    fn covers(&self, i: usize) -> bool {
        self.start <= i && i < self.end
    }

    /// The acronym starting at letter `i` of the chain, if there is one: the
    /// chain ends clean, and `i` is one of its last letters but the very
    /// last (an acronym has two letters at least).
    fn acronym_at(&self, i: usize) -> Option<usize> {
        let last = self
            .letters
            .checked_sub(1)
            .map(|n| n % MAX_ACRONYM_LETTERS)
            .and_then(|k| self.last_letters.get(k).copied());
        let among_last = self.last_letters.contains(&i);
        (self.clean_end && among_last && last != Some(i)).then_some(self.end)
    }
}

/// The iterator returned by [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    /// A token already read (the clitic split from its verb).
    queued: Option<Token>,
    /// The last run of e-mail local-part bytes looked at, `[start, end)`.
    local_run: (usize, usize),
    /// The last chain of dotted capitals looked at.
    chain: AcronymChain,
}

impl<'a> Tokens<'a> {
    /// The text being tokenized.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// `text[start..end]`, or "" if that is not a slice on char boundaries.
    #[inline]
    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or_default()
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        self.text.as_bytes().get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    #[inline]
    fn is_digit(&self, i: usize) -> bool {
        self.byte(i).is_ascii_digit()
    }

    #[inline]
    fn word_char_at(&self, i: usize) -> Option<char> {
        self.char_at(i).filter(|&c| is_word_char(c))
    }

    /// End of the run of word chars starting at `i`.
    #[inline]
    fn word_run(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(i) {
            match byte_class(&WORD_BYTE, b) {
                WORD_ASCII => i += 1,
                // U+00C0..U+00FF but × (C3 97) and ÷ (C3 B7): Latin-1 letters.
                WORD_LATIN1 if !matches!(bytes.get(i + 1), Some(0x97 | 0xB7)) => i += 2,
                WORD_STOP => break,
                _ => match self.word_char_at(i) {
                    Some(c) => i += c.len_utf8(),
                    None => break,
                },
            }
        }
        i
    }

    /// End of the run of ASCII digits starting at `i`.
    #[inline]
    fn digit_run(&self, mut i: usize) -> usize {
        while self.is_digit(i) {
            i += 1;
        }
        i
    }

    fn token(&self, kind: TokenKind, start: usize, end: usize) -> Token {
        Token {
            kind,
            span: Span::new(start, end),
        }
    }

    /// A number, time, ordinal or percentage starting at the digit at `start`.
    fn number(&self, start: usize, digits_from: usize) -> (TokenKind, usize) {
        let mut end = self.digit_run(digits_from);
        let first_group = end - digits_from;
        // Times: "14h30", "14 h 30", "8h", "14H", "à 14 h.".
        if first_group <= 2 && start == digits_from {
            let h = if self.byte(end) == b' ' { end + 1 } else { end };
            if matches!(self.byte(h), b'h' | b'H')
                && !self.char_at(h + 1).is_some_and(char::is_alphabetic)
            {
                let m = if self.byte(h + 1) == b' ' && self.is_digit(h + 2) {
                    h + 2
                } else {
                    h + 1
                };
                let m_end = self.digit_run(m);
                let minutes = m_end - m == 2 && self.word_char_at(m_end).is_none();
                return (TokenKind::Time, if minutes { m_end } else { h + 1 });
            }
        }
        // Dot and comma groups: "1.000", "12,5", "26.03.2024".
        let mut separated = false;
        while matches!(self.byte(end), b'.' | b',') && self.is_digit(end + 1) {
            end = self.digit_run(end + 1);
            separated = true;
        }
        // Space groups of exactly three digits: "1 000", "1 234 567,89".
        if !separated && first_group <= 3 {
            while self.byte(end) == b' ' {
                let g = self.digit_run(end + 1);
                if g - (end + 1) == 3 {
                    end = g;
                } else {
                    break;
                }
            }
            if self.byte(end) == b',' && self.is_digit(end + 1) {
                end = self.digit_run(end + 1);
            }
        }
        // Percentages.
        let pct = if self.byte(end) == b' ' { end + 1 } else { end };
        if self.byte(pct) == b'%' {
            return (TokenKind::Percent, pct + 1);
        }
        // Ordinals: "1er", "2e", "2ème".
        if !separated {
            let w = self.word_run(end);
            if w > end && ORDINAL_SUFFIXES.contains(&self.slice(end, w)) {
                return (TokenKind::Ordinal, w);
            }
        }
        (TokenKind::Number, end)
    }

    /// A dotted acronym starting with the capital at `start`: "C.I.A.",
    /// "J.-C.". Returns its end if there is one: a chain of 2 to
    /// [`MAX_ACRONYM_LETTERS`] capitals, each followed by a period, with
    /// nothing word-like after it. The chain is walked once and remembered
    /// (see [`AcronymChain`]).
    fn acronym(&mut self, start: usize) -> Option<usize> {
        if !self.chain.covers(start) {
            self.chain = self.walk_chain(start);
        }
        self.chain.acronym_at(start)
    }

    /// Walks the chain of dotted capitals from `start` to its end.
    fn walk_chain(&self, start: usize) -> AcronymChain {
        let mut chain = AcronymChain {
            start,
            ..AcronymChain::EMPTY
        };
        let mut i = start;
        while let Some(c) = self.char_at(i).filter(|c| c.is_uppercase()) {
            let after = i + c.len_utf8();
            if self.byte(after) != b'.' {
                break;
            }
            if let Some(slot) = chain
                .last_letters
                .get_mut(chain.letters % MAX_ACRONYM_LETTERS)
            {
                *slot = i;
            }
            chain.letters += 1;
            i = after + 1;
            if self.byte(i) == b'-' && self.char_at(i + 1).is_some_and(char::is_uppercase) {
                i += 1;
            }
            if self.word_char_at(i).is_none() {
                break;
            }
        }
        chain.end = i.max(start + 1);
        chain.clean_end = self.word_char_at(i).is_none();
        chain
    }

    /// A URL or e-mail address starting at `start`, if there is one.
    fn url_or_email(&mut self, start: usize) -> Option<(TokenKind, usize)> {
        let rest = self.text.get(start..)?;
        let end_of = |from: usize| {
            let mut e = from;
            for c in self.slice(from, self.text.len()).chars() {
                if c.is_whitespace() || matches!(c, '"' | '«' | '»' | '“' | '”' | '<' | '>') {
                    break;
                }
                e += c.len_utf8();
            }
            // Trailing punctuation belongs to the sentence.
            while e > from
                && matches!(
                    self.byte(e - 1),
                    b'.' | b',' | b';' | b':' | b'!' | b'?' | b')'
                )
            {
                e -= 1;
            }
            e
        };
        let lower_starts = |p: &str| {
            rest.as_bytes()
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
        };
        if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") {
            return Some((TokenKind::Url, end_of(start)));
        }
        // E-mail: local part of [A-Za-z0-9._%+-], '@', a domain with a dot.
        // The run of local-part bytes is measured once and remembered, so
        // that a long run of dotted letters is not rescanned from every
        // token in it; the local part is bounded by the longest one an
        // address may have.
        let (run_start, mut local_end) = self.local_run;
        if !(run_start <= start && start < local_end) {
            local_end = start
                + rest
                    .bytes()
                    .take_while(|b| {
                        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
                    })
                    .count();
            self.local_run = (start, local_end);
        }
        if local_end - start > MAX_EMAIL_LOCAL || self.byte(local_end) != b'@' {
            return None;
        }
        let dom_start = local_end + 1;
        let dom_end = dom_start
            + self
                .slice(dom_start, self.text.len())
                .bytes()
                .take(MAX_EMAIL_DOMAIN)
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
                .count();
        let mut dom_end = dom_end;
        while dom_end > dom_start && self.byte(dom_end - 1) == b'.' {
            dom_end -= 1;
        }
        let domain = self.slice(dom_start, dom_end);
        (domain.contains('.') && !domain.starts_with('.')).then_some((TokenKind::Email, dom_end))
    }

    /// A word starting at `start` (a word char). May queue a clitic.
    fn word(&mut self, start: usize) -> Token {
        let run = self.word_run(start);
        // URLs start with "http" or "www"; e-mail local parts run into '@'
        // or into one of the characters a local part may hold.
        let maybe_link = matches!(self.byte(start), b'h' | b'H' | b'w' | b'W')
            || matches!(self.byte(run), b'@' | b'.' | b'_' | b'%' | b'+' | b'-');
        if maybe_link {
            if let Some((kind, end)) = self.url_or_email(start) {
                return self.token(kind, start, end);
            }
        }
        // A dotted acronym has a period right after its first letter, a
        // capital.
        let lead = self.byte(start);
        let first_len = if lead < 0x80 {
            1
        } else {
            self.char_at(start).map_or(1, char::len_utf8)
        };
        let capital = || {
            if lead < 0x80 {
                lead.is_ascii_uppercase()
            } else {
                self.char_at(start).is_some_and(char::is_uppercase)
            }
        };
        if self.byte(start + first_len) == b'.' && capital() {
            if let Some(end) = self.acronym(start) {
                return self.token(TokenKind::Acronym, start, end);
            }
        }
        let mut end = run;
        // Elision: "l'", "qu'", "jusqu'".
        if self.byte(end) == b'\'' {
            if let Some(after) = self.word_char_at(end + 1) {
                let head = self.slice(start, end);
                let whole_end = self.word_run(end + 1);
                let whole = self.slice(start, whole_end);
                let proper_name = head == "N" && after.is_uppercase();
                if is_elision(head) && !proper_name && !is_apostrophe_word(head, whole) {
                    return self.token(TokenKind::Elision, start, end + 1);
                }
                end = whole_end;
            }
        }
        // Compounds: hyphens (and apostrophes inside names such as
        // "N'Djamena", "O'Brien") joining word chars.
        let mut parts = 1;
        let mut last_part = start;
        while matches!(self.byte(end), b'-' | b'\'') && self.word_char_at(end + 1).is_some() {
            if self.byte(end) == b'-' {
                parts += 1;
                last_part = end + 1;
            }
            end = self.word_run(end + 1);
        }
        // Roman ordinals: "XXIe", "IIIe" (a roman capital first).
        if parts == 1 && matches!(lead, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M') {
            if let Some(kind) = roman_ordinal(self.slice(start, end)) {
                return self.token(kind, start, end);
            }
        }
        // Inverted subject: "a-t-il", "dit-elle", "Est-ce".
        if parts >= 2 {
            let last = self.slice(last_part, end);
            if is_clitic(last) && !is_not_inverted(self.slice(start, end)) {
                // "-t-" belongs to the clitic.
                let mut split = last_part - 1;
                if split >= 2 && self.text.get(split - 2..split) == Some("-t") {
                    split -= 2;
                }
                if split > start {
                    self.queued = Some(self.token(TokenKind::Clitic, split, end));
                    return self.token(TokenKind::Word, start, split);
                }
            }
        }
        self.token(TokenKind::Word, start, end)
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if let Some(t) = self.queued.take() {
            self.pos = t.span.end;
            return Some(t);
        }
        let bytes = self.text.as_bytes();
        // Skip white space.
        while let Some(&b) = bytes.get(self.pos) {
            if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
                self.pos += 1;
            } else if b >= 0x80 {
                match self.char_at(self.pos) {
                    Some(c) if c.is_whitespace() => self.pos += c.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        let start = self.pos;
        let b = *bytes.get(start)?;
        let token = if b.is_ascii_alphabetic() {
            self.word(start)
        } else if b.is_ascii_digit() {
            let (kind, end) = self.number(start, start);
            self.token(kind, start, end)
        } else if matches!(b, b'-' | b'+')
            && self.is_digit(start + 1)
            && (start == 0 || !is_word_char(self.prev_char(start)))
        {
            let (kind, end) = self.number(start, start + 1);
            self.token(kind, start, end)
        } else if b == b'.' && self.text.get(start..start + 3) == Some("...") {
            self.token(TokenKind::Punct, start, start + 3)
        } else {
            let c = self.char_at(start)?;
            let end = start + c.len_utf8();
            if is_word_char(c) {
                self.word(start)
            } else if let Some(q) = QuoteMark::of(c) {
                self.token(TokenKind::Quote(q), start, end)
            } else if c == '-' || is_dash(c) {
                self.token(TokenKind::Dash, start, end)
            } else if matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | '…'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '{'
                    | '}'
                    | '¿'
                    | '¡'
            ) {
                self.token(TokenKind::Punct, start, end)
            } else {
                self.token(TokenKind::Symbol, start, end)
            }
        };
        self.pos = token.span.end.max(start + 1);
        // Never stop inside a char.
        while !self.text.is_char_boundary(self.pos) {
            self.pos += 1;
        }
        Some(token)
    }
}

impl Tokens<'_> {
    fn prev_char(&self, i: usize) -> char {
        self.text
            .get(..i)
            .and_then(|s| s.chars().next_back())
            .unwrap_or(' ')
    }
}

/// Whether `word`, lower-cased, is in `lexicon` (lower-case entries).
fn eq_lower(word: &str, lexicon: &[&str]) -> bool {
    if word.is_ascii() {
        // ASCII case folding compares non-ASCII bytes exactly, so this is
        // exact for ASCII words against any entry.
        return lexicon.iter().any(|e| e.eq_ignore_ascii_case(word));
    }
    // After NFC, a word with a non-ASCII letter lower-cases to non-ASCII
    // text: it can only match a non-ASCII entry.
    word.len() <= 32
        && lexicon.iter().any(|e| !e.is_ascii())
        && lexicon.contains(&crate::lower::Lower::new(word).as_str())
}

fn is_elision(head: &str) -> bool {
    eq_lower(head, ELISIONS)
}

/// Whether `word` (with head `head` before its apostrophe) is one of
/// [`APOSTROPHE_WORDS`]. The heads are compared first, in ASCII, so that the
/// common "l'armée" costs no lower-casing.
fn is_apostrophe_word(head: &str, word: &str) -> bool {
    eq_lower(head, APOSTROPHE_HEADS) && eq_lower(word, APOSTROPHE_WORDS)
}

fn is_clitic(part: &str) -> bool {
    eq_lower(part, CLITICS)
}

fn is_not_inverted(word: &str) -> bool {
    eq_lower(word, NOT_INVERTED)
}

/// A roman numeral in capitals followed by an ordinal suffix: "XXIe",
/// "IIIe", "Ve". Single letters other than I, V and X are refused so that
/// "Le", "Ce" and "De" stay words.
fn roman_ordinal(word: &str) -> Option<TokenKind> {
    let roman_len = word
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
        .count();
    if roman_len == 0 || roman_len == word.len() {
        return None;
    }
    let (roman, suffix) = word.split_at(roman_len);
    if roman_len == 1 && !matches!(roman, "I" | "V" | "X") {
        return None;
    }
    if !matches!(suffix, "e" | "er" | "re" | "ère" | "ème" | "es" | "èmes") {
        return None;
    }
    crate::roman::parse_roman(roman).map(|_| TokenKind::Ordinal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophe_heads_cover_apostrophe_words() {
        for w in APOSTROPHE_WORDS {
            let head = w.split('\'').next().unwrap_or("");
            assert!(APOSTROPHE_HEADS.contains(&head), "{w}");
        }
        for h in APOSTROPHE_HEADS {
            assert!(APOSTROPHE_WORDS.iter().any(|w| w.starts_with(h)), "{h}");
        }
    }
}
