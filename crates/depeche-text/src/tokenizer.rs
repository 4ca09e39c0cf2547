//! The French tokenizer.

use crate::byte_class::{
    byte_class, LEAD_C2, LEAD_CAPITAL, LEAD_DIGIT, LEAD_DOT, LEAD_KIND, LEAD_LATIN1, LEAD_LETTER,
    LEAD_OTHER, LEAD_PUNCT, LEAD_QUOTE, LEAD_SIGN, LEAD_SPACE, LOCAL_ALNUM, LOCAL_PART,
};
use crate::chars::{is_dash, is_word_char};
use crate::dotted_capitals::{is_word_char_at, Chain, MAX_EMAIL_LOCAL};
use crate::plain_token::plain_token;
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

/// The longest domain of an e-mail address (RFC 1035).
const MAX_EMAIL_DOMAIN: usize = 255;
/// Ordinal suffixes after digits or roman numerals ("1er", "2e", "XXIe").
const ORDINAL_SUFFIXES: &[&str] = &[
    "e", "er", "ers", "re", "res", "ère", "ères", "ème", "èmes", "eme", "emes", "es", "nd", "nde",
    "nds", "ndes", "d", "de",
];

/// Splits normalised French text into tokens.
///
/// An iterator: it allocates nothing, holds no state beyond its position, a
/// token read ahead (the punctuation right after a word, the clitic split
/// from its verb) and two small memos, and runs in time linear in the text,
/// whatever the text: the probes for e-mail addresses and dotted acronyms,
/// which look ahead, remember what they saw so that a long run
/// ("a.a.a.a…", "A.A.A.A…") is read once, not once per token in it. Spans
/// are byte offsets into `text`, on char boundaries, in order and never
/// overlapping. White space (including line breaks) separates tokens and is
/// not a token.
///
/// Cost: the common tokens of news (a word of ASCII and Latin-1 letters
/// followed by a space or punctuation, "l'" and "qu'", a number of digits
/// with its dot and comma groups, punctuation, quotation marks and
/// dashes), after one space, a line break or nothing, are read from their
/// bytes by a short loop (about 75 instructions a token on news, 14 a
/// byte, against 110 and 20.5 through the full reading); every other
/// token starts with one table lookup on its first byte; a word's ASCII
/// letters and digits cost one table lookup each, its Latin-1 letters one
/// test of their lead byte, other chars a Unicode lookup; the rarer probes
/// (links, acronyms, elisions, compounds, ordinals) run only when the
/// bytes around the word allow them. An ASCII capital followed by
/// a period that can start neither an acronym nor an address (the initial
/// of "J. Dupont", a letter of a long run "A.B.C.D…" before its last twelve)
/// is read from its two bytes and the chain it belongs to, without probes.
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
        chain: Chain::EMPTY,
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
    chain: Chain,
}

impl<'a> Tokens<'a> {
    /// The text being tokenized.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Where the next token is looked for: the start of the token already
    /// read ahead, else the position after the last token.
    #[inline]
    pub(crate) fn frontier(&self) -> usize {
        self.queued.map_or(self.pos, |t| t.span.start)
    }

    /// Goes on from `pos`, which must be a place where the tokenization
    /// of the whole text is between tokens (see
    /// [`TokenCursor`](crate::token_cursor::TokenCursor)): the tokens read
    /// from there are those of the whole text. The memos of the probes are
    /// kept (their answers do not depend on where they were asked from).
    #[inline]
    pub(crate) fn jump_to(&mut self, pos: usize) {
        self.pos = pos;
        self.queued = None;
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

    /// End of the run of word chars starting at `i`: ASCII letters and
    /// digits by a table, Latin-1 letters by their lead byte, other chars
    /// decoded and tested. Linear in the run.
    #[inline]
    fn word_run(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        loop {
            // ASCII letters and digits in a tight loop.
            let rest = bytes.get(i..).unwrap_or_default();
            i += rest
                .iter()
                .position(|&b| byte_class(&LOCAL_PART, b) != LOCAL_ALNUM)
                .unwrap_or(rest.len());
            match bytes.get(i) {
                // U+00C0..U+00FF but × (C3 97) and ÷ (C3 B7): Latin-1 letters.
                Some(0xC3) if !matches!(bytes.get(i + 1), Some(0x97 | 0xB7)) => i += 2,
                Some(&b) if b >= 0x80 => match self.word_char_len(i) {
                    0 => return i,
                    len => i += len,
                },
                _ => return i,
            }
        }
    }

    /// The length in bytes of the char at `i` if it is a word char, else 0.
    #[inline(never)]
    fn word_char_len(&self, i: usize) -> usize {
        self.word_char_at(i).map_or(0, char::len_utf8)
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
    #[inline(never)]
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
    /// [`MAX_ACRONYM_LETTERS`](crate::dotted_capitals::MAX_ACRONYM_LETTERS) capitals, each followed by a period, with
    /// nothing word-like after it. The chain is walked once and remembered
    /// (see [`Chain`]).
    #[inline]
    fn acronym(&mut self, start: usize) -> Option<usize> {
        if !self.chain.covers(start) {
            self.walk_chain(start);
        }
        self.chain.acronym_at(self.text, start)
    }

    /// Walks the chain of dotted capitals from `start` to its end and
    /// remembers it.
    #[inline(never)]
    fn walk_chain(&mut self, start: usize) {
        self.chain = Chain::walk(self.text, start);
    }

    /// Whether the one-letter capital at `start`, followed by the period
    /// at `start + len`, is a plain initial: neither an acronym nor an
    /// e-mail address starts there. True when nothing that may continue a
    /// chain of dotted capitals or an address follows the period (an ASCII
    /// byte other than a letter, a digit, `._%+-` and '@': the chain is this
    /// one letter, and one letter is no acronym), or when the letter lies
    /// in the plain part of its chain, which is walked if it is not the
    /// chain walked last (once per chain: linear in all).
    #[inline(always)]
    fn plain_initial(&mut self, start: usize, len: usize) -> bool {
        if self.chain.is_plain(start) {
            return true;
        }
        let next = self.byte(start + len + 1);
        if next < 0x80 && !is_local_or_at(next) {
            return true;
        }
        if !self.chain.covers(start) {
            self.walk_chain(start);
        }
        self.chain.is_plain(start)
    }

    /// End of the run of e-mail local-part bytes (`[A-Za-z0-9._%+-]`)
    /// starting at `start`. The run is measured once and remembered: every
    /// start inside it has the same end.
    #[inline]
    fn local_end(&mut self, start: usize) -> usize {
        let (run_start, end) = self.local_run;
        if run_start <= start && start < end {
            return end;
        }
        self.measure_local(start)
    }

    /// Measures and remembers the run of [`local_end`](Self::local_end).
    #[inline(never)]
    fn measure_local(&mut self, start: usize) -> usize {
        let rest = self.text.as_bytes().get(start..).unwrap_or_default();
        let end = start
            + rest
                .iter()
                .position(|&b| byte_class(&LOCAL_PART, b) == 0)
                .unwrap_or(rest.len());
        self.local_run = (start, end);
        end
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
        // The heads are compared only after their first letter.
        let lead = self.byte(start) | 0x20;
        if (lead == b'h' && (lower_starts("http://") || lower_starts("https://")))
            || (lead == b'w' && lower_starts("www."))
        {
            return Some((TokenKind::Url, end_of(start)));
        }
        // E-mail: local part of [A-Za-z0-9._%+-], '@', a domain with a dot.
        // The run of local-part bytes is measured once and remembered, so
        // that a long run of dotted letters is not rescanned from every
        // token in it; the local part is bounded by the longest one an
        // address may have.
        let local_end = self.local_end(start);
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

    /// A word starting at `start` with an ASCII or Latin-1 letter: the
    /// common case, read in one pass over the run of word chars. The probes for links,
    /// acronyms, elisions and compounds run only when the byte after the run
    /// (or the first letter) allows one of them (they are left to
    /// [`word_at`](Self::word_at)); a roman ordinal is tested only after a
    /// roman capital. Linear in the word.
    ///
    /// The first letter ends at `first_end`; `lead` is its first byte.
    #[inline]
    fn word_fast(&mut self, start: usize, first_end: usize, lead: u8) -> Token {
        let run = self.word_run(first_end);
        let stop = self.byte(run);
        let probe = match stop {
            // A period: an e-mail local part if a local-part byte or '@'
            // follows it; "www."; an initial if the word is one capital.
            b'.' => {
                // Only a local-part byte or '@' after the period can make
                // the word the start of an address.
                let email = is_local_or_at(self.byte(run + 1)) && {
                    let end = self.local_end(start);
                    end - start <= MAX_EMAIL_LOCAL && self.byte(end) == b'@'
                };
                let www = lead | 0x20 == b'w'
                    && self
                        .text
                        .as_bytes()
                        .get(start..start + 4)
                        .is_some_and(|h| h.eq_ignore_ascii_case(b"www."));
                if email || www {
                    return self.word_at(start, run);
                }
                // A capital: ASCII by its byte, Latin-1 up to U+00DE.
                let capital = if lead < 0x80 {
                    lead.is_ascii_uppercase()
                } else {
                    self.byte(start + 1) <= 0x9E
                };
                if run == first_end && capital {
                    if let Some(end) = self.acronym(start) {
                        return self.token(TokenKind::Acronym, start, end);
                    }
                }
                false
            }
            // "http:" and "https:".
            b':' => lead | 0x20 == b'h',
            // "l'", "d'": a one-letter elision before a word; anything else
            // with an apostrophe is probed.
            b'\'' if run == first_end && lead < 0x80 && is_elision_letter(lead) => {
                let after_capital = match self.byte(run + 1) {
                    n if n.is_ascii_alphanumeric() => Some(n.is_ascii_uppercase()),
                    0xC3 => match self.byte(run + 2) {
                        0x97 | 0xB7 => None,
                        second => Some(second <= 0x9E),
                    },
                    _ => None,
                };
                match after_capital {
                    // "N'Djamena" is a name, not an elision.
                    Some(capital) if !(lead == b'N' && capital) => {
                        return self.token(TokenKind::Elision, start, run + 1);
                    }
                    _ => true,
                }
            }
            // E-mail local parts, elisions, compounds.
            b'@' | b'_' | b'%' | b'+' | b'-' | b'\'' => true,
            _ => false,
        };
        if probe {
            return self.word_at(start, run);
        }
        // Punctuation right after a word (a comma, a period) is the next
        // token whatever follows it but "...": it is queued now, so that the
        // next call returns it without dispatching again.
        match byte_class(&LEAD_KIND, stop) {
            LEAD_PUNCT => self.queued = Some(self.token(TokenKind::Punct, run, run + 1)),
            LEAD_DOT => {
                let len = if self.byte(run + 1) == b'.' && self.byte(run + 2) == b'.' {
                    3
                } else {
                    1
                };
                self.queued = Some(self.token(TokenKind::Punct, run, run + len));
            }
            _ => {}
        }
        if is_roman_capital(lead) {
            if let Some(kind) = roman_ordinal(self.slice(start, run)) {
                return self.token(kind, start, run);
            }
        }
        self.token(TokenKind::Word, start, run)
    }

    /// A word starting at `start` (a word char) whose run of word chars ends
    /// at `run`: every probe (links, acronyms, elisions, compounds, roman
    /// ordinals, inverted subjects). May queue a clitic.
    #[inline(never)]
    fn word_at(&mut self, start: usize, run: usize) -> Token {
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
        while matches!(self.byte(end), b'-' | b'\'') && is_word_char_at(self.text, end + 1) {
            if self.byte(end) == b'-' {
                parts += 1;
                last_part = end + 1;
            }
            end = self.word_run(end + 1);
        }
        // Roman ordinals: "XXIe", "IIIe" (a roman capital first).
        if parts == 1 && is_roman_capital(lead) {
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

    #[inline]
    fn next(&mut self) -> Option<Token> {
        // A queued token (punctuation after a word, a clitic after its
        // verb) is returned where the iterator is used.
        if let Some(t) = self.queued {
            self.queued = None;
            self.pos = t.span.end;
            return Some(t);
        }
        // The common tokens of news, after one space, a line break or
        // nothing: a plain word, elision, number or mark, read from its
        // bytes alone (see `plain_token`); the full reading otherwise.
        let bytes = self.text.as_bytes();
        let mut start = self.pos;
        match bytes.get(start) {
            Some(b' ') => start += 1,
            // Line breaks and the white space around them.
            Some(b'\n') => {
                start += 1;
                while matches!(bytes.get(start), Some(b' ' | b'\n' | b'\t' | b'\r')) {
                    start += 1;
                }
            }
            _ => {}
        }
        if let Some(plain) = plain_token(bytes, start) {
            let end = plain.end;
            if plain.punct_after {
                self.queued = Some(Token {
                    kind: TokenKind::Punct,
                    span: Span {
                        start: end,
                        end: end + 1,
                    },
                });
            }
            self.pos = end;
            return Some(Token {
                kind: plain.kind,
                span: Span { start, end },
            });
        }
        self.read(start)
    }
}

impl Tokens<'_> {
    /// Reads the next token from the text, from `start`, after the last
    /// token and some of the white space after it (if any). Kept out of
    /// line: the tokens read here are the rarer ones, and the plain ones
    /// read in [`Tokens::next`] keep their registers.
    #[inline(never)]
    fn read(&mut self, mut start: usize) -> Option<Token> {
        let bytes = self.text.as_bytes();
        // Skip white space.
        let (b, kind) = loop {
            let Some(&b) = bytes.get(start) else {
                self.pos = start;
                return None;
            };
            match byte_class(&LEAD_KIND, b) {
                LEAD_SPACE => start += 1,
                // « and », the quotation marks of French copy.
                LEAD_C2 if matches!(self.byte(start + 1), 0xAB | 0xBB) => {
                    let q = if self.byte(start + 1) == 0xAB {
                        QuoteMark::GuillemetOpen
                    } else {
                        QuoteMark::GuillemetClose
                    };
                    let token = self.token(TokenKind::Quote(q), start, start + 2);
                    return Some(self.finish(start, token));
                }
                LEAD_OTHER | LEAD_C2 => {
                    let c = self.char_at(start)?;
                    if !c.is_whitespace() {
                        let token = self.other(start, c);
                        return Some(self.finish(start, token));
                    }
                    start += c.len_utf8();
                }
                kind => break (b, kind),
            }
        };
        // Words that start with an ASCII letter or a Latin-1 letter
        // (U+00C0..U+00FF but × C3 97 and ÷ C3 B7): where the first letter
        // ends.
        let first_end = match kind {
            LEAD_LETTER => Some(start + 1),
            // One capital and its period, the initial of "J. Dupont" or a
            // letter of "A.B.C.D…", is a plain word when nothing can make it
            // an acronym or an address: no probe then.
            LEAD_CAPITAL if self.byte(start + 1) == b'.' && self.plain_initial(start, 1) => {
                self.queued = Some(self.token(TokenKind::Punct, start + 1, start + 2));
                self.pos = start + 1;
                return Some(self.token(TokenKind::Word, start, start + 1));
            }
            LEAD_CAPITAL => Some(start + 1),
            LEAD_LATIN1 => match self.byte(start + 1) {
                0x97 | 0xB7 => None,
                _ => Some(start + 2),
            },
            _ => None,
        };
        if let Some(first_end) = first_end {
            let token = self.word_fast(start, first_end, b);
            // A word ends on a char boundary after its start.
            self.pos = token.span.end;
            return Some(token);
        }
        let token = match kind {
            LEAD_LATIN1 => self.token(TokenKind::Symbol, start, start + 2),
            LEAD_DIGIT => {
                let (kind, end) = self.number(start, start);
                self.token(kind, start, end)
            }
            LEAD_SIGN
                if self.is_digit(start + 1)
                    && (start == 0 || !is_word_char(self.prev_char(start))) =>
            {
                let (kind, end) = self.number(start, start + 1);
                self.token(kind, start, end)
            }
            LEAD_SIGN if b == b'-' => self.token(TokenKind::Dash, start, start + 1),
            LEAD_DOT if self.text.get(start..start + 3) == Some("...") => {
                self.token(TokenKind::Punct, start, start + 3)
            }
            LEAD_DOT | LEAD_PUNCT => self.token(TokenKind::Punct, start, start + 1),
            LEAD_QUOTE => self.token(TokenKind::Quote(QuoteMark::Straight), start, start + 1),
            // Any other ASCII byte, '+' before no number included.
            _ => self.token(TokenKind::Symbol, start, start + 1),
        };
        Some(self.finish(start, token))
    }
}

impl Tokens<'_> {
    /// Moves past `token`, which starts at `start`, and returns it.
    #[inline]
    fn finish(&mut self, start: usize, token: Token) -> Token {
        self.pos = token.span.end.max(start + 1);
        // Never stop inside a char.
        while !self.text.is_char_boundary(self.pos) {
            self.pos += 1;
        }
        token
    }

    /// The token starting with `c`, a non-ASCII char at `start` other than
    /// white space and Latin-1 letters.
    #[inline(never)]
    fn other(&mut self, start: usize, c: char) -> Token {
        let end = start + c.len_utf8();
        // Quotes, dashes and punctuation are never word chars: they are
        // tested first, by value, before the Unicode tables.
        if let Some(q) = QuoteMark::of(c) {
            self.token(TokenKind::Quote(q), start, end)
        } else if is_dash(c) {
            self.token(TokenKind::Dash, start, end)
        } else if matches!(c, '…' | '¿' | '¡') {
            self.token(TokenKind::Punct, start, end)
        } else if is_word_char(c) {
            let run = self.word_run(end);
            self.word_at(start, run)
        } else {
            self.token(TokenKind::Symbol, start, end)
        }
    }

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
    match head.as_bytes() {
        // The common case, "l'", "d'": one ASCII letter.
        &[b] => is_elision_letter(b),
        _ => eq_lower(head, ELISIONS),
    }
}

/// Whether the one-byte head `b` is one of [`ELISIONS`] ("l", "D"...).
#[inline]
fn is_elision_letter(b: u8) -> bool {
    matches!(
        b.to_ascii_lowercase(),
        b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't'
    )
}

/// Whether `word` (with head `head` before its apostrophe) is one of
/// [`APOSTROPHE_WORDS`]. The heads are compared first, in ASCII, so that the
/// common "l'armée" costs no lower-casing.
fn is_apostrophe_word(head: &str, word: &str) -> bool {
    // Every head has four letters at least.
    head.len() >= 4 && eq_lower(head, APOSTROPHE_HEADS) && eq_lower(word, APOSTROPHE_WORDS)
}

/// Whether `part`, lower-cased, is one of [`CLITICS`]: its length tested
/// first, then its bytes lowered on the stack (an ASCII entry matches no
/// word with a non-ASCII byte, which ASCII lowering leaves as it is).
fn is_clitic(part: &str) -> bool {
    let mut lower = [0u8; MAX_CLITIC_LEN];
    let Some(lower) = lower.get_mut(..part.len()) else {
        return false;
    };
    for (l, b) in lower.iter_mut().zip(part.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    CLITICS.iter().any(|c| c.as_bytes() == lower)
}

/// The longest of [`CLITICS`].
const MAX_CLITIC_LEN: usize = 5;

fn is_not_inverted(word: &str) -> bool {
    eq_lower(word, NOT_INVERTED)
}

/// Whether `b` is a roman capital (the first letter of a roman ordinal).
#[inline]
fn is_roman_capital(b: u8) -> bool {
    matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M')
}

/// Whether `b` may stand in an e-mail local part, or is the '@' after one.
#[inline]
fn is_local_or_at(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'@')
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
    use crate::byte_class::{LEAD_SYMBOL, LOCAL_SIGN};

    #[test]
    fn apostrophe_heads_cover_apostrophe_words() {
        for w in APOSTROPHE_WORDS {
            let head = w.split('\'').next().unwrap_or("");
            assert!(APOSTROPHE_HEADS.contains(&head), "{w}");
        }
        for h in APOSTROPHE_HEADS {
            assert!(APOSTROPHE_WORDS.iter().any(|w| w.starts_with(h)), "{h}");
            // `is_apostrophe_word` skips heads shorter than four letters.
            assert!(h.len() >= 4, "{h}");
        }
    }

    #[test]
    fn clitics_are_found_as_the_lexicon_says() {
        assert_eq!(CLITICS.iter().map(|c| c.len()).max(), Some(MAX_CLITIC_LEN));
        for c in CLITICS {
            assert!(c.is_ascii(), "{c}");
        }
        for word in [
            "il",
            "IL",
            "Il",
            "iL",
            "elles",
            "ELLES",
            "vous",
            "Nous",
            "ce",
            "CE",
            "t",
            "",
            "ils2",
            "elle\u{301}",
            "İl",
            "ıl",
            "vousx",
            "on",
            "ön",
            "tu",
            "je",
            "ne",
        ] {
            assert_eq!(is_clitic(word), eq_lower(word, CLITICS), "{word:?}");
        }
    }

    #[test]
    fn one_letter_elisions_match_the_lexicon() {
        // `is_elision` tests one-letter heads without the lexicon.
        for b in 0..=0x7Fu8 {
            let head = char::from(b).to_string();
            assert_eq!(is_elision(&head), eq_lower(&head, ELISIONS), "{head:?}");
        }
    }

    #[test]
    fn local_part_table_matches_the_byte_tests() {
        for b in 0..=255u8 {
            let expect = if b.is_ascii_alphanumeric() {
                LOCAL_ALNUM
            } else if matches!(b, b'.' | b'_' | b'%' | b'+' | b'-') {
                LOCAL_SIGN
            } else {
                0
            };
            assert_eq!(byte_class(&LOCAL_PART, b), expect, "{b:#x}");
            assert_eq!(is_local_or_at(b), expect != 0 || b == b'@', "{b:#x}");
        }
    }

    #[test]
    fn lead_kinds_match_the_byte_tests() {
        for b in 0..=255u8 {
            let kind = byte_class(&LEAD_KIND, b);
            assert_eq!(kind == LEAD_LETTER, b.is_ascii_lowercase(), "{b:#x}");
            assert_eq!(kind == LEAD_CAPITAL, b.is_ascii_uppercase(), "{b:#x}");
            assert_eq!(kind == LEAD_DIGIT, b.is_ascii_digit(), "{b:#x}");
            assert_eq!(
                kind == LEAD_SPACE,
                matches!(b, b' ' | b'\n' | b'\t' | b'\r')
            );
            assert_eq!(
                kind == LEAD_SYMBOL,
                b < 0x80 && !b.is_ascii_alphanumeric() && !b" \n\t\r-+.,;:!?()[]{}\"".contains(&b)
            );
        }
    }

    /// Where [`plain_token`] reads a token, the full reading
    /// ([`Tokens::read`]) reads the same token, queues the same
    /// punctuation and stops at the same place: from every char boundary
    /// of random mixes of the tokens of news and of the odd ones next to
    /// them.
    #[test]
    fn plain_tokens_are_those_of_the_full_reading() {
        let pieces = [
            "le", "Le", "Il", "Ier", "IIe", "Ve", "Xe", "XXIe", "Ière", "MDC", "Mali", "Dans",
            "été", "État", "à", "×", "÷", "é×", "œuvre", "e\u{301}", "ª", "G7", "A380", "a1",
            "2024", "14", "1", "12", "1er", "3e", "2ème", "h", "H", "heures", "%", "l", "L", "d",
            "N", "qu", "Qu", "QU", "jusqu", "presqu", "aujourd", "'", "-", "--", "t", "il", "elle",
            "vous", "rendez", "www", "WWW", "http", "https", "mot", "x", "@", "_", "+", ".", "..",
            "...", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "«", "»", "“", "”",
            "„", "‹", "›", "–", "—", "…", "’", "\u{2012}", "\u{2015}", "\u{2018}", "\u{2039}",
            "\u{a0}", "\u{202f}", "\u{2003}", "\u{2028}", "€", "/", "&", "#", "`", "\u{7f}", "\0",
            "😀", "ℕ", " ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "A", "B", "J", "C", "I",
            "U", "S",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut checked = 0;
        for _ in 0..30_000 {
            let mut text = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            for (p, _) in text.char_indices() {
                let Some(plain) = plain_token(text.as_bytes(), p) else {
                    continue;
                };
                let mut full = tokenize(&text);
                full.jump_to(p);
                let token = full.read(p);
                let queued = plain.punct_after.then_some(Token {
                    kind: TokenKind::Punct,
                    span: Span::new(plain.end, plain.end + 1),
                });
                assert_eq!(
                    (token, full.queued, full.pos),
                    (
                        Some(Token {
                            kind: plain.kind,
                            span: Span::new(p, plain.end)
                        }),
                        queued,
                        plain.end
                    ),
                    "{text:?} at {p}"
                );
                checked += 1;
            }
        }
        assert!(checked > 50_000, "{checked}");
    }
}
