//! French news text, ready for extraction: normalisation with a map back to
//! the original, folding for matching, French-aware tokens, sentences and
//! paragraphs.
//!
//! This is the crate every extractor of [depeche] reads through. The data
//! flows in one direction:
//!
//! raw input → [`normalize`] → [`tokenize`] / [`paragraphs`] → extractors → spans
//! mapped back with [`Normalized::to_original`].
//!
//! ```
//! use depeche_text::{normalize, paragraphs, tokenize, TokenKind};
//!
//! let raw = "Niamey,\u{a0}26 mars 2024 \u{2014} L\u{2019}armée a tué au moins 1\u{202f}000 jihadistes.\r\n\r\nM. Tiani l\u{2019}a confirmé.";
//! let norm = normalize(raw);
//! let text = norm.as_str();
//! assert_eq!(text, "Niamey, 26 mars 2024 — L'armée a tué au moins 1 000 jihadistes.\n\nM. Tiani l'a confirmé.");
//!
//! // Tokens carry spans into the normalised text...
//! let number = tokenize(text).find(|t| t.kind == TokenKind::Number && t.text(text) == "1 000").unwrap();
//! // ...which map back to the original input, NBSPs and all.
//! assert_eq!(&raw[norm.to_original(number.span).range()], "1\u{202f}000");
//!
//! let paras = paragraphs(text);
//! assert_eq!(paras.len(), 2);
//! assert_eq!(paras[1].sentences.len(), 1); // "M." does not end a sentence
//! ```
//!
//! # Offsets
//!
//! Every span is a half-open range of byte offsets on UTF-8 char boundaries.
//! Spans of the tokenizer and the sentence splitter refer to the text they
//! were given (normally the normalised text); [`Normalized::to_original`] and
//! [`Folded::to_source`] take them back to the text before normalisation or
//! folding. Maps are monotonic and every mapped offset is a char boundary.
//!
//! # Cost
//!
//! Normalisation, folding, tokenisation and sentence splitting are single
//! passes, linear in the input. The tokenizer allocates nothing; offset maps
//! grow with the number of edits, not with the input length.
//!
//! # Features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` for [`Span`].
//!
//! # Dependencies
//!
//! `unicode-normalization` (NFC composition and canonical decomposition for
//! folding), `memchr` (line and paragraph scanning), `thiserror` (error type).
//!
//! [depeche]: https://github.com/depeche-rs/depeche
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::panic
    )
)]

mod abbreviations;
mod byte_class;
pub mod chars;
mod decode;
mod dotted_capitals;
mod fold;
mod lower;
mod normalize;
mod offset_map;
mod plain_run;
mod plain_token;
pub mod roman;
mod safe_start;
mod sentence;
mod span;
mod token;
mod token_cursor;
mod tokenizer;

pub use abbreviations::{Abbreviations, DEFAULT_ABBREVIATIONS, DEFAULT_FINAL_ABBREVIATIONS};
pub use chars::QuoteMark;
pub use decode::{decode, decode_lossy, DecodeError};
pub use fold::{fold, fold_char_into, fold_into, fold_str, Folded};
pub use normalize::{normalize, Normalized};
pub use offset_map::{ComposedMap, OffsetMap, OffsetMapBuilder};
pub use safe_start::last_safe_start;
pub use sentence::{paragraph_spans, paragraphs, sentences, Paragraph, SentenceSplitter};
pub use span::Span;
pub use token::{Token, TokenKind};
pub use tokenizer::{tokenize, Tokens};
