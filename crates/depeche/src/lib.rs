//! French news dispatches into a typed [`Article`]: title, topic, date and
//! dateline, paragraphs and sentences, quantities, temporal expressions
//! resolved to calendar values, entities and direct quotes with their
//! sources, every span a byte range of the original input.
//!
//! ```
//! let text = "date 2024-04 Mali: la junte \"suspend\" les partis\n\n\
//!             BAMAKO (AFP) - La junte a suspendu les partis politiques, \
//!             \"jusqu'à nouvel ordre\", selon un décret lu à la télévision.";
//! let article = depeche::parse(text);
//! assert_eq!(article.title.as_deref(), Some("Mali: la junte \"suspend\" les partis"));
//! assert_eq!(article.topic.as_deref(), Some("Mali"));
//! assert_eq!(article.date.as_deref(), Some("2024-04"));
//! assert_eq!(article.dateline.as_ref().map(|d| d.place.as_str()), Some("Bamako"));
//! assert_eq!(article.paragraphs.len(), 1);
//! let quote = &article.quotes[1];
//! assert_eq!(quote.text, "jusqu'à nouvel ordre");
//! assert_eq!(&text[quote.start..quote.end], quote.text);
//! assert_eq!(quote.source.as_deref(), Some("un décret lu à la télévision"));
//! println!("{}", serde_json::to_string_pretty(&article).unwrap());
//! ```
//!
//! # Input
//!
//! A dispatch is plain text: an optional header line `date DATE TITLE`
//! ("date 2024-03 Niger: ...") or a title line standing alone, then the
//! body, which may open with an AFP-style dateline ("NIAMEY, 26 mars 2024
//! (AFP) - ", "Niamey (AFP) - "). JSON records `{"id","text","title"?,
//! "date"?}` are read with [`Record`] and [`Parser::parse_record`].
//!
//! The reference date for resolving "mardi" or "en juillet dernier" is,
//! in order of precedence: the parser's [`ParserBuilder::reference`] (or a
//! record's `date`), the dateline's date, the header's date.
//!
//! # Output
//!
//! [`Article`] serialises to the JSON of the specification (see
//! `docs/output-format.md`); field names are a contract. Every span is a
//! half-open range of byte offsets into the original input, on char
//! boundaries: `&input[start..end] == text`. Output is ordered by offset and
//! deterministic: the same input gives byte-identical JSON.
//!
//! # Components
//!
//! The component crates are re-exported as modules: [`text`] (normalisation,
//! tokens, sentences), [`numbers`], [`dates`] and [`entities`]
//! (dictionaries and recogniser), for those who need one part alone.
//!
//! # Quotes
//!
//! Quotation marks («», “”, "") are paired per paragraph, nested quotes and
//! quotes spanning sentences included; a quote reopened at the next
//! paragraph runs on. Each quote's cue and source are read in its sentence
//! from a table of French speech verbs (`indique`, `a déclaré`,
//! `a-t-il dit`, `s'est félicité`...), "selon X", "d'après X" and "Pour le
//! X,": the source is the person's name when the noun phrase names a
//! recognised person, the noun phrase otherwise, and for a pronoun ("a-t-il
//! dit", "selon lui") the last person named earlier in the paragraph.
//!
//! # Dependencies
//!
//! The four component crates; `serde` and `serde_json` (the JSON contract and
//! records), `chrono` (validating dates), `thiserror` (error types), `memchr`
//! (scanning for quotation marks).
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

mod article;
mod cues;
mod date;
mod dateline;
mod entity;
mod entity_mention;
mod error;
mod extractors;
mod header;
mod json;
mod number;
mod parser;
mod quantity;
mod quotes;
mod record;
mod temporal;
#[cfg(test)]
mod vocab;

pub use article::{
    Article, Dateline, Entity, Mention, Paragraph, Quantity, Quote, Sentence, Temporal,
};
pub use date::IsoDate;
pub use entity_mention::EntityMention;
pub use error::{Error, RecordError};
pub use extractors::Extractors;
pub use number::Number;
pub use parser::{Parser, ParserBuilder};
pub use record::{Record, RecordArticle};

/// Normalisation, French tokens, sentences and paragraphs: the
/// `depeche-text` crate.
pub use depeche_text as text;

/// Numbers, quantities, money and percentages: the `depeche-numbers`
/// crate.
pub use depeche_numbers as numbers;

/// Temporal expressions resolved to calendar values: the `depeche-dates`
/// crate.
pub use depeche_dates as dates;

/// The direction in which dates the text leaves open resolve ("mardi").
pub use depeche_dates::Bias;

/// Countries, places, organisations and people: the `depeche-entities`
/// crate (dictionaries, recogniser).
pub use depeche_entities as entities;

/// Parses a dispatch with the default options (a parser built once per
/// process and shared).
pub fn parse(text: &str) -> Article {
    static PARSER: std::sync::OnceLock<Parser> = std::sync::OnceLock::new();
    PARSER.get_or_init(Parser::new).parse(text)
}

#[cfg(test)]
mod tests {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn parser_is_send_and_sync() {
        assert_send_sync::<crate::Parser>();
    }
}
