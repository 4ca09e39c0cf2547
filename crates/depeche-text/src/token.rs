//! Tokens and their kinds.

use crate::{QuoteMark, Span};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, possibly a hyphenated compound ("Etats-Unis", "Al-Qaïda",
    /// "quatre-vingt-dix") or an alphanumeric code ("G7", "Covid-19").
    Word,
    /// An elided article, pronoun or conjunction with its apostrophe:
    /// "l'", "d'", "qu'", "jusqu'"...
    Elision,
    /// An inverted subject pronoun split from its verb, with its hyphens:
    /// "-t-il" in "a-t-il", "-elle" in "dit-elle".
    Clitic,
    /// A number in digits, with its grouping and decimals: "1.000",
    /// "1 000", "12,5", "1 234 567,89", "-3", and digit strings joined by
    /// dots or commas ("26.03.2024", "49.3").
    Number,
    /// A number or roman numeral with an ordinal suffix: "1er", "1re",
    /// "2e", "2ème", "2nd", "XXIe".
    Ordinal,
    /// A clock time: "14h30", "14 h 30", "8h", "14H".
    Time,
    /// A number with a percent sign: "12,5 %", "12,5%".
    Percent,
    /// An acronym written with dots: "C.I.A.", "J.-C.".
    Acronym,
    /// Punctuation: `. , ; : ! ? … ( ) [ ] { }` and "...".
    Punct,
    /// A quotation mark, with its identity.
    Quote(QuoteMark),
    /// A dash standing alone: "-", "–", "—".
    Dash,
    /// Any other symbol: "€", "$", "%", "/", "&", "+", "°"...
    Symbol,
    /// A URL: "https://...", "www....".
    Url,
    /// An e-mail address.
    Email,
}

/// A token: its kind and its byte span in the text it was read from.
///
/// Tokens are `Copy` and hold no text: slice the text with [`Token::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Where it stands in the tokenized text.
    pub span: Span,
}

impl Token {
    /// The token's text in `text` (the text that was tokenized). Returns ""
    /// if `text` is not the text the token came from and the span does not
    /// fit it.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text).unwrap_or("")
    }

    /// Whether the token is a word or an elision.
    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Elision)
    }

    /// Whether the token's first char is an upper-case letter.
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// The parts of a hyphenated compound ("Etats-Unis" -> "Etats", "Unis"),
    /// as spans in the tokenized text. A token without hyphens has one part.
    ///
    /// ```
    /// use depeche_text::tokenize;
    /// let text = "quatre-vingt-dix";
    /// let t = tokenize(text).next().unwrap();
    /// let parts: Vec<&str> = t.parts(text).map(|s| &text[s.range()]).collect();
    /// assert_eq!(parts, ["quatre", "vingt", "dix"]);
    /// ```
    pub fn parts<'a>(&self, text: &'a str) -> impl Iterator<Item = Span> + 'a {
        let base = self.span.start;
        let s = self.text(text);
        let mut offset = 0;
        s.split('-').filter_map(move |part| {
            let span = Span::new(base + offset, base + offset + part.len());
            offset += part.len() + 1;
            (!part.is_empty()).then_some(span)
        })
    }
}
