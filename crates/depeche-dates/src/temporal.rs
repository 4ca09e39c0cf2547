//! The result of the finder: a temporal expression with its resolved value.

use depeche_text::Span;

/// What kind of temporal expression a [`Temporal`] is (TIMEX3 types, with
/// intervals spelled out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TemporalKind {
    /// A calendar date at any precision: "mardi", "en juillet dernier", "2019".
    Date,
    /// A clock time without a date that could be pinned: "à 14h30".
    Time,
    /// A date with a clock time: "le 2 mars à 5h".
    Datetime,
    /// A length of time: "quatre jours" (`P4D`).
    Duration,
    /// A stretch between two values, either end possibly open: "du 3 au 5
    /// juin", "depuis 2020".
    Interval,
    /// A recurring time: "chaque lundi", "tous les ans".
    Set,
}

/// The granularity of a resolved value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Precision {
    /// A century: `19XX`.
    Century,
    /// A decade: `199X`.
    Decade,
    /// A year: `2024`.
    Year,
    /// A season: `2023-SU`.
    Season,
    /// A quarter or a half year: `2024-Q1`, `2024-H2`.
    Quarter,
    /// A month: `2024-03`.
    Month,
    /// A week or a weekend: `2024-W13`.
    Week,
    /// A day: `2024-03-26`.
    Day,
    /// A part of a day: `2024-03-26TEV`.
    PartOfDay,
    /// An hour: `2024-03-26T14:00`.
    Hour,
    /// A minute: `2024-03-26T14:30`.
    Minute,
    /// A second: `2024-03-26T14:30:00`.
    Second,
}

/// A modifier on a value (the TIMEX3 `mod` attribute, lower-cased).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Modifier {
    /// The beginning of the period: "début mars".
    Start,
    /// The middle of the period: "mi-mars".
    Mid,
    /// The end of the period: "fin janvier".
    End,
    /// Approximately: "vers 6 heures".
    Approx,
    /// Before the value: "avant 16h".
    Before,
    /// After the value: "après le 1er novembre".
    After,
    /// On or after the value.
    OnOrAfter,
    /// On or before the value.
    OnOrBefore,
    /// More than (durations): "depuis plus de dix ans".
    MoreThan,
    /// Less than (durations): "moins de deux heures".
    LessThan,
}

impl TemporalKind {
    /// The kind's name in snake case, as its serde form writes it: `"date"`,
    /// `"interval"`.
    ///
    /// ```
    /// assert_eq!(depeche_dates::TemporalKind::Datetime.as_str(), "datetime");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            TemporalKind::Date => "date",
            TemporalKind::Time => "time",
            TemporalKind::Datetime => "datetime",
            TemporalKind::Duration => "duration",
            TemporalKind::Interval => "interval",
            TemporalKind::Set => "set",
        }
    }
}

impl Precision {
    /// The precision's name in snake case, as its serde form writes it:
    /// `"day"`, `"part_of_day"`.
    ///
    /// ```
    /// assert_eq!(depeche_dates::Precision::PartOfDay.as_str(), "part_of_day");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Century => "century",
            Precision::Decade => "decade",
            Precision::Year => "year",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
            Precision::PartOfDay => "part_of_day",
            Precision::Hour => "hour",
            Precision::Minute => "minute",
            Precision::Second => "second",
        }
    }
}

impl Modifier {
    /// The modifier's name in snake case, as its serde form writes it:
    /// `"mid"`, `"more_than"`.
    ///
    /// ```
    /// assert_eq!(depeche_dates::Modifier::OnOrAfter.as_str(), "on_or_after");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Start => "start",
            Modifier::Mid => "mid",
            Modifier::End => "end",
            Modifier::Approx => "approx",
            Modifier::Before => "before",
            Modifier::After => "after",
            Modifier::OnOrAfter => "on_or_after",
            Modifier::OnOrBefore => "on_or_before",
            Modifier::MoreThan => "more_than",
            Modifier::LessThan => "less_than",
        }
    }
}

/// A temporal expression found in a text, resolved against a reference.
///
/// `span` is a byte span into the text given to the finder. `value` is a
/// TIMEX3 value at the stated precision (`"2023-07"`, `"XXXX-WXX-2"`,
/// `"P4D"`, `"199X"`...); an interval has `from`/`to` (both inclusive,
/// `None` for an open end) and usually no `value`.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Temporal {
    /// Where the expression stands, in bytes.
    #[cfg_attr(feature = "serde", serde(flatten, with = "span_serde"))]
    pub span: Span,
    /// What kind of expression it is.
    pub kind: TemporalKind,
    /// The TIMEX3 value, if any.
    pub value: Option<String>,
    /// The granularity of `value` (or of the interval's ends).
    pub precision: Option<Precision>,
    /// A modifier on the value.
    #[cfg_attr(feature = "serde", serde(rename = "mod"))]
    pub modifier: Option<Modifier>,
    /// The first value of an interval (inclusive), `None` when open.
    pub from: Option<String>,
    /// The last value of an interval (inclusive), `None` when open.
    pub to: Option<String>,
}

impl Temporal {
    /// The text of the expression in `text` (the text given to the finder),
    /// or `""` if the span does not fit `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text).unwrap_or("")
    }
}

#[cfg(feature = "serde")]
mod span_serde {
    //! Serialises a [`Span`] as flattened `start`/`end` fields.
    use depeche_text::Span;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Offsets {
        start: usize,
        end: usize,
    }

    pub(super) fn serialize<S: Serializer>(span: &Span, s: S) -> Result<S::Ok, S::Error> {
        Offsets {
            start: span.start,
            end: span.end,
        }
        .serialize(s)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let o = Offsets::deserialize(d)?;
        Ok(Span::new(o.start, o.end))
    }
}
