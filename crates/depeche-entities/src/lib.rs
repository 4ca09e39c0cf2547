//! Who and where in French news: countries, cities, regions, seats of
//! power, organisations and people with their roles.
//!
//! The dictionaries ship inside the crate (countries with ISO codes, names,
//! variants and demonyms; cities, regions and places with their country;
//! organisations with acronyms; titles and roles; first names) and can be
//! replaced or extended at run time with [`Dictionaries::builder`].
//!
//! ```
//! use depeche_entities::{EntityKind, EntityRecognizer, MentionForm};
//!
//! let rec = EntityRecognizer::embedded();
//! let text = "Le chef de la junte, le général Abdourahamane Tiani, a reçu à Niamey \
//!             une délégation russe. Tiani a dénoncé l'accord avec les Etats-Unis.";
//! let ents = rec.recognize(text);
//!
//! let tiani = ents.iter().find(|e| e.id == "person:abdourahamane-tiani").unwrap();
//! assert_eq!(tiani.kind, EntityKind::Person);
//! assert_eq!(tiani.roles, ["chef de la junte", "général"]);
//! assert_eq!(tiani.mentions[1].text(text), "Tiani");
//! assert_eq!(tiani.mentions[1].form, MentionForm::Surname);
//!
//! let niamey = ents.iter().find(|e| e.id == "city:niamey").unwrap();
//! assert_eq!(niamey.code.as_deref(), Some("NE"));
//! let russia = ents.iter().find(|e| e.id == "country:RU").unwrap();
//! assert_eq!(russia.mentions[0].form, MentionForm::Demonym);
//! assert!(ents.iter().any(|e| e.id == "country:US"));
//! ```
//!
//! # How it works
//!
//! * One automaton (the goto trie of Aho-Corasick, stored as a double
//!   array over byte classes) holds the folded form of every name,
//!   variant, acronym, demonym, title and first name. It is walked from
//!   each word start of the text that may start a pattern, folded on the
//!   fly (`depeche_text::fold_char_into`: no case, no accents, one
//!   apostrophe and one hyphen; ASCII by a class table), so "Etat
//!   islamique" and "État islamique" or "Al-Qaida" and "Al-Qaïda" are the
//!   same pattern; the longest match wins (leftmost-longest) and spans are
//!   offsets of the text given.
//! * A match must stand between word boundaries and pass a case rule on
//!   the text as written: names need their capital ("paris" is no city),
//!   acronyms match exactly ("AES", "Cedeao"), names flagged ambiguous
//!   ("Nice", "Maurice") need every capital and must not open a sentence,
//!   demonyms and acronyms shared by several entities need another mention
//!   of one of them in the document.
//! * People are read from tokens: a name after a title ("le général",
//!   "M.", "le président russe"), roles in apposition before or after the
//!   name, names opened by a known first name. A surname alone links to the
//!   full name seen in the same document, and roles accumulate.
//!
//! # Input
//!
//! Functions read *normalised* text (`depeche_text::normalize`): one ASCII
//! space, `'` apostrophes, `-` hyphens. Spans are byte offsets into the text
//! given, on char boundaries.
//!
//! # Dependencies
//!
//! `serde`/`serde_json` (output and JSON dictionaries), `thiserror` (the
//! error type), `depeche-text` (folding and tokens). The matcher is a goto
//! trie of its own (see the module `trie`): walks from word starts never
//! follow failure links, so the `aho-corasick` crate declared in
//! `Cargo.toml` is not used.
//!
//! The embedded dictionaries and the matcher compiled from them are baked
//! at build time: `build.rs` compiles the crate's own reading and building
//! code (hence the same crates as build dependencies) and writes their
//! tables, which [`EntityRecognizer::embedded`] and
//! [`Dictionaries::embedded`] read instead of parsing and building
//! (`docs/data-sources.md` of the repository).
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

mod baked;
mod casing;
mod codec;
mod country;
mod dictionaries;
mod entity;
mod error;
mod first_name;
mod fold;
mod json;
mod matcher;
mod metonymy;
mod organization;
mod people;
mod person;
mod place;
mod recognizer;
mod scratch;
mod slug;
#[cfg(test)]
mod test_texts;
mod title;
mod tokens;
mod trie;
mod tsv;
mod words;

pub use country::Country;
pub use dictionaries::{Dictionaries, DictionariesBuilder, DictionaryKind};
pub use entity::{Entity, EntityKind, Mention, MentionForm, MentionMatch};
pub use error::{DictionaryError, Problem};
pub use first_name::FirstName;
pub use organization::Organization;
pub use place::{Place, PlaceKind};
pub use recognizer::EntityRecognizer;
pub use slug::slug;
pub use title::Title;
