//! French temporal expressions in news copy, found and resolved to
//! TIMEX3-style calendar values against a reference date.
//!
//! ```
//! use depeche_dates::{DateFinder, Reference, TemporalKind, Modifier};
//!
//! let finder = DateFinder::new(Reference::parse("2024-03").unwrap());
//! let text = "Mi-janvier, la Russie avait annoncé un accord, signé en juillet dernier.";
//! let found = finder.find(text);
//! assert_eq!(found[0].text(text), "Mi-janvier");
//! assert_eq!(found[0].value.as_deref(), Some("2024-01"));
//! assert_eq!(found[0].modifier, Some(Modifier::Mid));
//! assert_eq!(found[1].text(text), "en juillet dernier");
//! assert_eq!(found[1].value.as_deref(), Some("2023-07"));
//! assert_eq!(found[1].kind, TemporalKind::Date);
//! ```
//!
//! The finder reads *normalised* text (see [`depeche_text::normalize`]) and
//! returns byte spans into it. Each expression is resolved against a
//! [`Reference`] — a date known to the year, the month, the day or the
//! second — in a direction chosen by the [`Bias`]: by default the tense of
//! the nearest verb of the sentence (past when unsure), as news copy is
//! past-biased. A weekday that a month-precision reference cannot pin down
//! comes out as `XXXX-WXX-2`, never as an invented day. Impossible dates
//! ("31 février", "le 45 mars") are found but get no value.
//!
//! Values follow TIMEX3: `2024-03-26`, `2024-03`, `2024`, `2024-W13`,
//! `2024-03-26T14:30`, `2023-SU`, `2024-Q1`, `199X`, `19XX`, `P4D`, `PT2H`,
//! `PXY`, `PRESENT_REF`. [`Temporal::bounds`] turns a value into the
//! calendar stretch it covers.
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

mod bias;
mod bounds;
mod expr;
mod finder;
mod grammar;
mod lex;
mod lexicon;
mod reference;
mod region;
mod resolve;
mod scratch;
mod temporal;
mod tense;
mod tokens;

pub use bias::{Bias, ParseBiasError};
pub use bounds::Bounds;
pub use finder::{DateFinder, DateFinderBuilder};
pub use lexicon::{month_number, weekday_number};
pub use reference::{Reference, ReferenceError, MAX_YEAR, MIN_YEAR};
pub use temporal::{Modifier, Precision, Temporal, TemporalKind};
