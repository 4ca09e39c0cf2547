//! French numbers in news copy: digits and words, decimals, ordinals and
//! roman numerals, fractions, percentages, money, approximations, ranges and
//! quantities with what they count.
//!
//! ```
//! use depeche_numbers::{NumberFinder, NumberKind, Qualifier, Category};
//!
//! let finder = NumberFinder::new();
//! let text = "L'attaque a fait au moins 139 morts et une vingtaine de blessés.";
//! let found = finder.find(text);
//! assert_eq!(found[0].text(text), "au moins 139 morts");
//! assert_eq!(found[0].kind, NumberKind::Quantity);
//! assert_eq!(found[0].qualifier, Qualifier::AtLeast);
//! assert_eq!(found[0].value, 139.0);
//! assert_eq!(found[0].category, Some(Category::Fatalities));
//! assert_eq!(found[1].text(text), "une vingtaine de blessés");
//! assert_eq!(found[1].qualifier, Qualifier::About);
//!
//! assert_eq!(depeche_numbers::parse_cardinal_words("quatre-vingt-dix-neuf"), Ok(99));
//! assert_eq!(depeche_numbers::to_words(71), "soixante et onze");
//! ```
//!
//! # What is read
//!
//! - digits in French conventions: "1.000", "1 000" (any space variant),
//!   "12,5", "1 234 567,89"; English decimals ("1.5") are accepted and
//!   flagged; codes are not numbers ("G7", "Covid-19", "A380", "article
//!   49.3");
//! - words, the whole grammar ([`parse_cardinal_words`]), the inverse
//!   ([`to_words`]), mixed forms ("1,5 million", "2 millions 300 000");
//! - ordinals ("1er", "deuxième", "XXIe", "Louis XIV"), fractions ("un
//!   tiers", "la moitié", "1/3"), percentages ("12,5 %", "douze pour cent");
//! - money with ISO 4217 codes ("1,2 milliard d'euros", "$10", "1,5 M€");
//! - qualifiers ([`Qualifier`]): "environ", "près de", "au moins", "plus
//!   de", "entre X et Y", "une vingtaine de", "des centaines de"...;
//! - the counted noun and its [`Category`] from an extensible lexicon.
//!
//! # Running text rules
//!
//! [`NumberFinder::find`] reads *normalised* text (see
//! `depeche_text::normalize`) and returns non-overlapping matches sorted by
//! start; the longest reading wins. A match never crosses a paragraph break
//! (a blank line); a single line feed (hard-wrapped copy) is a space. "un"/"une" are articles in running text
//! and are emitted only when they clearly count: after a qualifier ("au
//! moins un mort"), before a casualty noun ("un mort", "une otage"), or
//! coordinated with another count ("un mort et deux blessés"). A number
//! directly followed by a month name or glued to letters is left to the
//! dates crate (no unit is taken); a bare four-digit number from 1000 to
//! 2100 is a cardinal flagged `year_like`. Numbers after reference nouns
//! ("article 49.3", "résolution 2719", "numéro 12") are identifiers, not
//! numbers, and are skipped.
//!
//! # Cost
//!
//! [`NumberFinder::find`] is linear in the text. A byte-level pre-scan
//! marks the chunks that may hold a number (digits, number words,
//! approximation nouns, "un"/"une" before a casualty noun...) and only
//! windows of a few words around them are tokenized and read, so text
//! without numbers costs one pass over its bytes: between windows the text
//! is read eight bytes at a time (chunk starts and digits as bit masks) and
//! a chunk start is tested by three table look-ups on its first bytes (and
//! its first four letters when they are letters); a window's first chunks
//! are found by reading back from its trigger; an open window is read on
//! eight bytes at a time too (chunk starts, digits and line feeds as bit
//! masks), and only the last trigger among its next few chunks is looked
//! for. The unit lexicon answers most words it does not hold by their
//! shape (length, first and last byte) without hashing them. A run of number words is parsed incrementally,
//! each longer run resuming where the last parse stopped, so a token costs
//! a bounded number of steps however long the run. Per token nothing is
//! allocated (word keys are built on the stack, once per token; a word of
//! at most eight lower-case ASCII letters is copied as its own key, eight
//! bytes at once); a match
//! allocates its unit string; a call allocates its buffers with its first
//! window (none for a text without numbers) and leaves them to the next
//! call on the same thread (buffers past 1 MB are dropped), so that short
//! texts read one after another do not make them again; the list of
//! matches is sized from the text's length (at most 64 at first). The `numbers` criterion bench
//! in the workspace's `benches/` measures throughput side by side with
//! `text2num`.
//!
//! # Errors and overflow
//!
//! The whole-string parsers ([`parse_digits`], [`parse_cardinal_words`],
//! [`parse_number`]) return [`NumberError`]; values are checked and never
//! wrap: a value beyond `u64` is [`NumberError::Overflow`].
//!
//! [`NumberFinder::find`] never drops a number for its size: a number
//! whose integer part does not fit `u64`, in digits ("1.000.000.000.000.000.000.000",
//! a 26-digit or a 400-digit string) or in words ("mille milliards de
//! milliards de milliards"), is found whole, span covering all its digits
//! or words, with the value capped at [`MAX_VALUE`] (signed) and the
//! `saturated` flag; so is a scaled value beyond [`MAX_VALUE`] ("10
//! milliards de milliards"). Values are always finite. A run of number
//! words has no length limit: it is read in one pass.
//!
//! ```
//! use depeche_numbers::{NumberFinder, MAX_VALUE};
//! let text = "Le compteur affiche 12345678901234567890123456 unités.";
//! let m = &NumberFinder::new().find(text)[0];
//! assert_eq!(m.text(text), "12345678901234567890123456 unités");
//! assert_eq!((m.value, m.flags.saturated), (MAX_VALUE, true));
//! ```
//!
//! # Dependencies
//!
//! `depeche-text` (tokens, folding, roman numerals), `thiserror` (errors),
//! and optionally `serde` (feature `serde`) for the result types.
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

mod category;
mod chunk_scan;
mod context_words;
mod digits;
mod error;
mod finder;
mod item;
mod key_shapes;
mod kind;
mod lexicon;
mod number_match;
#[cfg(test)]
mod number_words_for_tests;
mod ordinal;
mod parse;
mod qualifier;
mod scratch;
#[cfg(feature = "serde")]
mod span_serde;
mod to_words;
mod trigger_start;
mod window_close;
mod windows;
mod word_key;
mod words;

pub use category::Category;
pub use digits::{parse_digits, DigitNumber};
pub use error::NumberError;
pub use finder::{NumberFinder, NumberFinderBuilder};
pub use item::NumberItem;
pub use kind::NumberKind;
pub use lexicon::{UnitInfo, UnitLexicon, DEFAULT_CURRENCIES, DEFAULT_UNITS};
pub use number_match::{Flags, NumberMatch};
pub use ordinal::parse_ordinal_suffixed;
pub use parse::{parse_number, ParsedNumber};
pub use qualifier::Qualifier;
pub use to_words::{to_words, to_words_with, Spelling};
pub use words::parse_cardinal_words;

/// The largest value the finder reports; larger values (scaled, or past
/// `u64` in digits or words) are capped here and flagged `saturated`.
pub const MAX_VALUE: f64 = 1e21;
