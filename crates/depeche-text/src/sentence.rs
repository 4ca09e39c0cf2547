//! Paragraphs and sentences.

use crate::abbreviations::Abbreviations;
use crate::chars::is_sentence_final;
use crate::safe_start::is_safe_start;
use crate::token::{Token, TokenKind};
use crate::token_cursor::TokenCursor;
use crate::{tokenize, Span};
use std::sync::OnceLock;

/// A paragraph and its sentences, as spans of the text that was split.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Paragraph {
    /// The paragraph, from its first to its last non-space char.
    pub span: Span,
    /// Its sentences, in order, each from its first to its last token.
    pub sentences: Vec<Span>,
}

impl Paragraph {
    /// A paragraph made from its span and its sentences (for callers that
    /// split part of a paragraph themselves).
    pub fn new(span: Span, sentences: Vec<Span>) -> Paragraph {
        Paragraph { span, sentences }
    }
}

/// Splits text into paragraphs and sentences.
///
/// Paragraphs are separated by blank lines. A sentence ends at `.`, `!`,
/// `?`, `…` or "..." (with the closing quotation marks and brackets that
/// follow it) when what follows starts a sentence: a capital, a digit, an
/// opening quotation mark or a dash. A period after an abbreviation of the
/// lexicon ("M.", "Mme", "gén.") or a single capital initial does not end a
/// sentence; numbers with dots ("1.000") are single tokens and never split.
///
/// Linear in the text; allocates one `Vec` per paragraph (its sentences)
/// and nothing else. The marks are found by a byte scan and the text is
/// tokenised only around them: the word before a mark, the mark, what
/// closes it and the token after ([`SentenceSplitter::split_into`], whose
/// callers want every token, tokenises the whole paragraph).
///
/// ```
/// use depeche_text::SentenceSplitter;
/// let text = "M. Bazoum a été renversé. Le gén. Tiani dirige le pays.\n\n« C'est fini. » Il part.";
/// let paragraphs = SentenceSplitter::default().paragraphs(text);
/// assert_eq!(paragraphs.len(), 2);
/// let first: Vec<&str> = paragraphs[0].sentences.iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(first, ["M. Bazoum a été renversé.", "Le gén. Tiani dirige le pays."]);
/// let second: Vec<&str> = paragraphs[1].sentences.iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(second, ["« C'est fini. »", "Il part."]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitter {
    abbreviations: Abbreviations,
}

impl SentenceSplitter {
    /// A splitter with the given abbreviation lexicon.
    pub fn with_abbreviations(abbreviations: Abbreviations) -> SentenceSplitter {
        SentenceSplitter { abbreviations }
    }

    /// The abbreviation lexicon.
    pub fn abbreviations(&self) -> &Abbreviations {
        &self.abbreviations
    }

    /// The paragraphs of `text` with their sentences.
    pub fn paragraphs(&self, text: &str) -> Vec<Paragraph> {
        paragraph_spans(text)
            .map(|span| {
                let mut sentences = Vec::new();
                self.push_sentences(text, span, &mut sentences);
                Paragraph { span, sentences }
            })
            .collect()
    }

    /// The sentences of `text`, across paragraphs.
    pub fn sentences(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        for p in paragraph_spans(text) {
            self.push_sentences(text, p, &mut out);
        }
        out
    }

    /// The sentences inside `span` of `text` (one paragraph).
    pub fn sentences_in(&self, text: &str, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        self.push_sentences(text, span, &mut out);
        out
    }

    /// The sentences inside `span` of `text` (one paragraph), appended to
    /// `sentences`, and the tokens read to find them, appended to `tokens`
    /// with spans of `text`: for a caller that reads the paragraph's tokens
    /// again, so that it is tokenised once.
    ///
    /// The tokens are those of [`tokenize`] over the paragraph; the
    /// sentences are those of [`SentenceSplitter::sentences_in`]. Linear in
    /// the paragraph; allocates only to grow the two vectors.
    ///
    /// ```
    /// use depeche_text::{SentenceSplitter, Span};
    /// let text = "Il pleut. « Déjà ? », a-t-il dit.";
    /// let (mut sentences, mut tokens) = (Vec::new(), Vec::new());
    /// let whole = Span::new(0, text.len());
    /// SentenceSplitter::default().split_into(text, whole, &mut sentences, &mut tokens);
    /// assert_eq!(sentences.len(), 2);
    /// assert_eq!(tokens[0].text(text), "Il");
    /// assert_eq!(tokens.last().unwrap().text(text), ".");
    /// ```
    pub fn split_into(
        &self,
        text: &str,
        span: Span,
        sentences: &mut Vec<Span>,
        tokens: &mut Vec<Token>,
    ) {
        let Some(para) = span.slice(text) else {
            return;
        };
        let base = span.start;
        let first = tokens.len();
        tokens.extend(tokenize(para).map(|t| Token {
            kind: t.kind,
            span: Span::new(t.span.start + base, t.span.end + base),
        }));
        self.split(
            text,
            span,
            tokens.get(first..).unwrap_or_default(),
            sentences,
        );
    }

    /// The sentences inside `span` of `text`, appended to `out`: the
    /// sentences of [`SentenceSplitter::split`] over the paragraph's
    /// tokens, found without reading most of them.
    ///
    /// A sentence ends only at a final mark (`.`, `!`, `?`, `…`), so the
    /// marks are found by a byte scan and the paragraph is tokenised only
    /// around them (see [`TokenCursor`]): the word before a mark, the mark,
    /// what closes it and the token after. A mark glued to a lower-case
    /// letter ends nothing and costs a byte test. The sentence's first and
    /// last tokens are where the paragraph's white space (as the tokenizer
    /// reads it) stops. Linear in the paragraph; allocates only to grow
    /// `out`.
    fn push_sentences(&self, text: &str, span: Span, out: &mut Vec<Span>) {
        let Some(para) = span.slice(text) else {
            return;
        };
        let Some((first, last_end)) = token_bounds(para) else {
            return;
        };
        let bytes = para.as_bytes();
        let at = |s: usize, e: usize| Span::new(s + span.start, e + span.start);
        let mut marks = Marks::new(bytes);
        let mut cursor = TokenCursor::new(para);
        // Where the current sentence starts, `None` once the text is over.
        let mut start = Some(first);
        // Where the period after an initial read from its bytes ends: a
        // token starts there, or an acronym or an address goes on.
        let mut initial = usize::MAX;
        let mut from = 0;
        while let Some(p) = marks.next(from) {
            // The mark's length: "…" is E2 80 A6; other chars of lead byte
            // E2 are no marks.
            let len = if bytes.get(p) == Some(&0xE2) {
                if bytes.get(p + 1..p + 3) != Some(&[0x80, 0xA6]) {
                    from = p + 1;
                    continue;
                }
                3
            } else {
                1
            };
            // Glued to a lower-case letter, the mark ends nothing (see
            // `split`); a period so glued is one byte, not "...".
            if matches!(bytes.get(p + len), Some(b'a'..=b'z')) {
                from = p + len;
                continue;
            }
            // A period after a one-letter ASCII capital that starts a token
            // ("J. Dupont", "A.B.C."): that capital is an initial, a word of
            // its own before the period, which then continues the sentence
            // (see `period_continues`); or it starts an acronym or an e-mail
            // address holding the period, which ends nothing either. The
            // period that follows is the start of a token in turn, unless
            // such an acronym or address holds it, where it ends nothing
            // either: a chain "A.B.C…" is read from its bytes.
            if bytes.get(p) == Some(&b'.')
                && bytes.get(p + 1) != Some(&b'.')
                && p.checked_sub(1)
                    .and_then(|c| bytes.get(c))
                    .is_some_and(u8::is_ascii_uppercase)
                && (initial == p - 1
                    || start == Some(p - 1)
                    || cursor.last_end() == Some(p - 1)
                    || is_safe_start(bytes, p - 1))
            {
                initial = p + 1;
                from = p + 1;
                continue;
            }
            let Some(t) = cursor.token_at(p) else {
                break;
            };
            if t.span.start != p || t.kind != TokenKind::Punct || !is_final_punct(para, t) {
                // Inside a number, an acronym, a link; or white space.
                from = if t.span.start <= p { t.span.end } else { p + 1 };
                continue;
            }
            // The token before, in this sentence.
            let prev = cursor.before().filter(|_| start != Some(p));
            if self.period_continues(para, t, prev) {
                from = t.span.end;
                continue;
            }
            // Closing marks and further final punctuation stay with it.
            let mut end = t.span.end;
            let mut next = cursor.next();
            while let Some(n) = next {
                if !closes(para, n, end) {
                    break;
                }
                end = n.span.end;
                next = cursor.next();
            }
            if next.map_or(true, |n| starts_sentence(para, n)) {
                if let Some(s) = start {
                    out.push(at(s, end));
                }
                start = next.map(|n| n.span.start);
            }
            from = end;
        }
        if let Some(s) = start {
            out.push(at(s, last_end));
        }
    }

    /// Splits the paragraph `span` of `text` into sentences (spans of the
    /// text) given its `tokens` (those of [`tokenize`] over the paragraph,
    /// spans of the text). Tokens other than punctuation cost one test of
    /// their kind.
    #[inline(never)]
    fn split(&self, text: &str, span: Span, tokens: &[Token], out: &mut Vec<Span>) {
        let bytes = text.as_bytes();
        // The index of the current sentence's first token.
        let mut start: Option<usize> = None;
        let mut i = 0;
        while let Some(&t) = tokens.get(i) {
            let first = *start.get_or_insert(i);
            i += 1;
            if t.kind != TokenKind::Punct || !is_final_punct(text, t) {
                continue;
            }
            // Glued to a lower-case letter ("a.a.a.", "p.ex"), the mark ends
            // nothing whatever precedes it: the token there is a word that
            // neither closes it nor starts a sentence, and the lexicon need
            // not be asked.
            if t.span.end < span.end && matches!(bytes.get(t.span.end), Some(b'a'..=b'z')) {
                continue;
            }
            // The token before, in this sentence (one before it would end
            // a sentence, and a period glued to such a token continues
            // nothing: it is no word).
            let prev = (i - 1 > first)
                .then(|| tokens.get(i - 2).copied())
                .flatten();
            if self.period_continues(text, t, prev) {
                continue;
            }
            // Closing marks and further final punctuation stay with it.
            let mut end = t.span.end;
            while let Some(&n) = tokens.get(i) {
                if !closes(text, n, end) {
                    break;
                }
                end = n.span.end;
                i += 1;
            }
            let breaks = match tokens.get(i) {
                None => true,
                Some(&n) => starts_sentence(text, n),
            };
            if breaks {
                if let Some(f) = tokens.get(first) {
                    out.push(Span::new(f.span.start, end));
                }
                start = None;
            }
        }
        if let (Some(f), Some(l)) = (start.and_then(|f| tokens.get(f)), tokens.last()) {
            out.push(Span::new(f.span.start, l.span.end));
        }
    }

    /// Whether the period `t` belongs to an abbreviation or an initial.
    fn period_continues(&self, text: &str, t: Token, prev: Option<Token>) -> bool {
        // The token is "." (one byte, a period).
        if t.span.end != t.span.start + 1 || text.as_bytes().get(t.span.start) != Some(&b'.') {
            return false;
        }
        let Some(p) = prev.filter(|p| p.span.end == t.span.start && p.kind == TokenKind::Word)
        else {
            return false;
        };
        // A one-byte capital, read from its byte: an initial ("John F.
        // Kennedy", "A.A.A.").
        if p.span.len() == 1
            && text
                .as_bytes()
                .get(p.span.start)
                .is_some_and(u8::is_ascii_uppercase)
        {
            return true;
        }
        let word = p.text(text);
        if let [b] = word.as_bytes() {
            // One ASCII letter: an initial when a capital ("John F.
            // Kennedy"), else an abbreviation or nothing.
            return b.is_ascii_uppercase() || self.abbreviations.is_abbreviation(word);
        }
        if self.abbreviations.is_abbreviation(word) {
            return true;
        }
        // A single capital initial: "John F. Kennedy".
        let mut chars = word.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
    }
}

/// Whether token `n` of `para`, after sentence-final punctuation ending at
/// byte `end`, stays with it: a closing quotation mark (a straight one
/// only when glued to it), more final punctuation, a closing bracket.
#[inline]
fn closes(para: &str, n: Token, end: usize) -> bool {
    match n.kind {
        TokenKind::Quote(q) => q.is_closing() || (q.is_ambiguous() && n.span.start == end),
        TokenKind::Punct => {
            is_final_punct(para, n)
                || matches!(para.as_bytes().get(n.span.start), Some(b')' | b']'))
        }
        _ => false,
    }
}

/// Whether punctuation token `t` of `para` opens with a sentence-final
/// char (`.`, `!`, `?`, `…`), read from its first byte: this runs on every
/// punctuation token.
#[inline]
fn is_final_punct(para: &str, t: Token) -> bool {
    match para.as_bytes().get(t.span.start) {
        Some(b'.' | b'!' | b'?') => true,
        // '…' is E2 80 A6; other chars of lead byte E2 are no final.
        Some(0xE2) => t.text(para).chars().next().is_some_and(is_sentence_final),
        _ => false,
    }
}

/// Whether token `t` can start a sentence.
fn starts_sentence(text: &str, t: Token) -> bool {
    match t.kind {
        TokenKind::Quote(q) => !q.is_closing(),
        TokenKind::Dash | TokenKind::Number | TokenKind::Time | TokenKind::Percent => true,
        TokenKind::Ordinal => true,
        TokenKind::Punct => matches!(t.text(text), "(" | "[" | "¿" | "¡"),
        _ => match text.as_bytes().get(t.span.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => t.is_capitalized(text),
        },
    }
}

/// Where the first token of `para` starts and the last one ends, if it has
/// any: where the white space the tokenizer skips (ASCII space, line
/// breaks, tabs, and non-ASCII white space) stops at either end. Every
/// other char is part of a token, and no token starts or ends with white
/// space.
fn token_bounds(para: &str) -> Option<(usize, usize)> {
    let skipped =
        |c: char| matches!(c, ' ' | '\n' | '\t' | '\r') || (!c.is_ascii() && c.is_whitespace());
    let end = para.trim_end_matches(skipped).len();
    let start = para.len() - para.trim_start_matches(skipped).len();
    (start < end).then_some((start, end))
}

/// The sentence-final marks of a text, found by a byte scan: `.`, `!`,
/// `?`, and the lead byte 0xE2 of `…` (and of other chars, which the
/// caller skips). Linear in the text over a whole pass.
struct Marks<'a> {
    bytes: &'a [u8],
    /// The first 0xE2 byte at or after the last place asked for (the
    /// text's length if none), once looked for.
    e2: Option<usize>,
}

impl<'a> Marks<'a> {
    fn new(bytes: &'a [u8]) -> Marks<'a> {
        Marks { bytes, e2: None }
    }

    /// The first mark at or after `from`. `from` never decreases from one
    /// call to the next, so that each 0xE2 is looked for once.
    #[inline]
    fn next(&mut self, from: usize) -> Option<usize> {
        let len = self.bytes.len();
        let e2 = match self.e2 {
            Some(e2) if e2 >= from => e2,
            _ => {
                let rest = self.bytes.get(from..).unwrap_or_default();
                let e2 = memchr::memchr(0xE2, rest).map_or(len, |i| from + i);
                self.e2 = Some(e2);
                e2
            }
        };
        let before_e2 = self.bytes.get(from..e2).unwrap_or_default();
        // Marks often come close together ("A.B.", "?!"): the first eight
        // bytes are tested at once before the vector search is set up.
        if let Some(word) = before_e2.get(..8) {
            let mut eight = [0; 8];
            eight.copy_from_slice(word);
            let word = u64::from_le_bytes(eight);
            let found = has_byte(word, b'.') | has_byte(word, b'!') | has_byte(word, b'?');
            if found != 0 {
                return Some(from + (found.trailing_zeros() / 8) as usize);
            }
        }
        memchr::memchr3(b'.', b'!', b'?', before_e2)
            .map(|i| from + i)
            .or((e2 < len).then_some(e2))
    }
}

/// The high bit of each byte of `word` that equals `b`, and of no byte
/// before the first such (bytes after it may be flagged wrongly: only the
/// lowest flag counts).
#[inline(always)]
fn has_byte(word: u64, b: u8) -> u64 {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = word ^ (LOW * u64::from(b));
    x.wrapping_sub(LOW) & !x & HIGH
}

/// The spans of the paragraphs of `text`: separated by blank lines, trimmed
/// of surrounding white space, empty ones skipped.
pub fn paragraph_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    core::iter::from_fn(move || loop {
        // White space before a paragraph is no part of it, and a blank
        // line inside it ends only empty paragraphs: skipped at once.
        while matches!(bytes.get(pos), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            pos += 1;
        }
        if pos >= bytes.len() {
            return None;
        }
        // Find the next blank line: "\n" followed by optional spaces and "\n".
        let mut end = bytes.len();
        let mut next = bytes.len();
        let mut i = pos;
        while let Some(off) = memchr::memchr(b'\n', bytes.get(i..).unwrap_or_default()) {
            let nl = i + off;
            let mut j = nl + 1;
            while matches!(bytes.get(j), Some(b' ' | b'\t' | b'\r')) {
                j += 1;
            }
            if bytes.get(j) == Some(&b'\n') {
                end = nl;
                next = j + 1;
                break;
            }
            i = nl + 1;
        }
        let span = trim(text, Span::new(pos, end));
        pos = next;
        if !span.is_empty() {
            return Some(span);
        }
    })
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

fn default_splitter() -> &'static SentenceSplitter {
    static SPLITTER: OnceLock<SentenceSplitter> = OnceLock::new();
    SPLITTER.get_or_init(SentenceSplitter::default)
}

/// The paragraphs of `text` with their sentences, with the default
/// abbreviation lexicon. See [`SentenceSplitter`].
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    default_splitter().paragraphs(text)
}

/// The sentences of `text`, with the default abbreviation lexicon. See
/// [`SentenceSplitter`].
pub fn sentences(text: &str) -> Vec<Span> {
    default_splitter().sentences(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A period glued to a lower-case letter ends no sentence; one glued
    /// to a capital does unless it follows an initial or an abbreviation.
    #[test]
    fn periods_glued_to_the_next_word() {
        let texts = [
            (
                "Voir p.ex. le texte. Fin.",
                vec!["Voir p.ex. le texte.", "Fin."],
            ),
            ("a.a.a.a. Puis.", vec!["a.a.a.a.", "Puis."]),
            ("Il part.Le soir.", vec!["Il part.", "Le soir."]),
            ("John F.Kennedy est mort.", vec!["John F.Kennedy est mort."]),
            ("Voir M.Dupont. Fin.", vec!["Voir M.Dupont.", "Fin."]),
        ];
        for (text, want) in texts {
            let got: Vec<&str> = SentenceSplitter::default()
                .sentences(text)
                .iter()
                .map(|s| s.slice(text).unwrap_or(""))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// `split_into` gives the sentences of `sentences_in` and the tokens of
    /// `tokenize` over the paragraph, shifted to spans of the text, and
    /// appends to what the vectors already hold.
    #[test]
    fn split_into_is_sentences_in_plus_the_paragraph_tokens() {
        let text = "Titre\n\nM. Dupont a dit : « C'est fini. » Il part.\u{a0}Le gén. Tiani \
                    (Niger) reste...\n\n\"Non\", a-t-il dit. 1.000 soldats? Oui! Et l'U.E.\n\n...";
        let splitter = SentenceSplitter::default();
        let mut sentences = vec![Span::new(0, 0)];
        let mut tokens = vec![Token {
            kind: TokenKind::Word,
            span: Span::new(0, 5),
        }];
        for span in paragraph_spans(text) {
            let (s0, t0) = (sentences.len(), tokens.len());
            splitter.split_into(text, span, &mut sentences, &mut tokens);
            assert_eq!(sentences[s0..], splitter.sentences_in(text, span)[..]);
            let para = span.slice(text).unwrap();
            let want: Vec<Token> = tokenize(para)
                .map(|t| Token {
                    kind: t.kind,
                    span: Span::new(t.span.start + span.start, t.span.end + span.start),
                })
                .collect();
            assert_eq!(tokens[t0..], want[..]);
        }
        assert_eq!(sentences[0], Span::new(0, 0));
        assert_eq!(tokens[0].span, Span::new(0, 5));
    }
}
