//! Paragraphs and sentences.

use crate::abbreviations::Abbreviations;
use crate::chars::is_sentence_final;
use crate::token::{Token, TokenKind};
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
/// Linear in the text; allocates one `Vec` per paragraph (its sentences),
/// and one scratch `Vec` of tokens per call, which the splitter reads
/// back: only punctuation costs more than a test of its kind.
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
        let mut tokens = Vec::new();
        paragraph_spans(text)
            .map(|span| {
                let mut sentences = Vec::new();
                self.push_sentences(text, span, &mut sentences, &mut tokens);
                Paragraph { span, sentences }
            })
            .collect()
    }

    /// The sentences of `text`, across paragraphs.
    pub fn sentences(&self, text: &str) -> Vec<Span> {
        let (mut out, mut tokens) = (Vec::new(), Vec::new());
        for p in paragraph_spans(text) {
            self.push_sentences(text, p, &mut out, &mut tokens);
        }
        out
    }

    /// The sentences inside `span` of `text` (one paragraph).
    pub fn sentences_in(&self, text: &str, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        self.push_sentences(text, span, &mut out, &mut Vec::new());
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

    /// The sentences inside `span` of `text`, appended to `out`, with
    /// `tokens` as scratch space.
    fn push_sentences(&self, text: &str, span: Span, out: &mut Vec<Span>, tokens: &mut Vec<Token>) {
        tokens.clear();
        self.split_into(text, span, out, tokens);
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

/// The spans of the paragraphs of `text`: separated by blank lines, trimmed
/// of surrounding white space, empty ones skipped.
pub fn paragraph_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    core::iter::from_fn(move || loop {
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
