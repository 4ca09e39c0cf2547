//! The `Article` model: the JSON contract of the specification, as typed
//! Rust structs.
//!
//! Field names and vocabularies are a contract read by outside tools: they
//! may be extended, never renamed. Every span is a half-open range of byte
//! offsets into the *original* input, on char boundaries, so that
//! `&input[start..end] == text`.

use serde::{Deserialize, Serialize, Serializer};

/// Everything depeche knows about one dispatch.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// The title: the header line after its date, a plain title line, or the
    /// `title` of a record. `null` if none.
    pub title: Option<String>,
    /// The leading "X:" of the title ("Niger" in "Niger: entretien ..."),
    /// or `null`.
    pub topic: Option<String>,
    /// The publication date as known (ISO 8601 at any precision: "2024",
    /// "2024-03", "2024-03-26"), or `null`.
    pub date: Option<String>,
    /// The AFP-style dateline opening the body, or `null`.
    pub dateline: Option<Dateline>,
    /// The paragraphs of the body (the header or title line excluded).
    pub paragraphs: Vec<Paragraph>,
    /// Countries, places, organisations and people, each with all its
    /// mentions, ordered by first mention.
    pub entities: Vec<Entity>,
    /// Numbers with their counted noun or unit, ordered by offset.
    pub quantities: Vec<Quantity>,
    /// Temporal expressions resolved against the reference date, ordered by
    /// offset.
    pub temporals: Vec<Temporal>,
    /// Direct quotes with their cue and source, ordered by offset.
    pub quotes: Vec<Quote>,
}

/// "NIAMEY, 26 mars 2024 (AFP) -": where, who and when the dispatch was filed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline {
    /// The place, in title case ("Niamey" for "NIAMEY").
    pub place: String,
    /// The agency ("AFP"), or `null`.
    pub agency: Option<String>,
    /// The date of the dateline (ISO 8601), or `null` when it gives none.
    pub date: Option<String>,
}

/// A paragraph of the body and its sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Paragraph {
    /// First byte of the paragraph in the original input.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
}

/// A sentence, as a span of the original input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Sentence {
    /// First byte of the sentence in the original input.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

/// A country, place, organisation or person, with all its mentions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// Stable identifier across articles: `country:NE`, `org:AES`,
    /// `person:abdourahamane tiani`, `city:niamey`...
    pub id: String,
    /// country, city, region, place, organization, person (extensible).
    pub kind: String,
    /// The canonical name.
    pub name: String,
    /// The ISO code where one exists (for a city, its country's), or `null`.
    pub code: Option<String>,
    /// Titles and functions the text gives the entity ("général",
    /// "ministre de la Défense"), in order of first appearance.
    pub roles: Vec<String>,
    /// Every mention, ordered by offset.
    pub mentions: Vec<Mention>,
}

/// One mention of an entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The mention as written in the original input.
    pub text: String,
    /// name, acronym, demonym, surname, metonym.
    pub form: String,
}

/// A number with its counted noun or unit: "au moins 139 morts".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quantity {
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The quantity as written in the original input.
    pub text: String,
    /// The central number. Whole numbers are written without a fraction.
    #[serde(serialize_with = "number")]
    pub value: f64,
    /// The lower bound the text states, or `null` when open.
    #[serde(serialize_with = "opt_number")]
    pub min: Option<f64>,
    /// The upper bound the text states, or `null` when open.
    #[serde(serialize_with = "opt_number")]
    pub max: Option<f64>,
    /// exact, about, nearly, at_least, more_than, at_most, less_than, range,
    /// vague.
    pub qualifier: String,
    /// The counted noun or unit as written ("morts", "km"), or `null`.
    pub unit: Option<String>,
    /// fatalities, injured, missing, hostages, displaced, arrested, troops,
    /// people, money, percent, distance, area, weight, volume, duration,
    /// other; `null` when none fits.
    pub category: Option<String>,
}

/// A temporal expression resolved to a calendar value (TIMEX3 conventions).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Temporal {
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The expression as written in the original input.
    pub text: String,
    /// date, time, datetime, duration, interval, set.
    pub kind: String,
    /// ISO 8601 / TIMEX3 value at the stated precision ("2024-03",
    /// "XXXX-WXX-2", "P4D"), or `null` (intervals).
    pub value: Option<String>,
    /// century, decade, year, season, quarter, month, week, day,
    /// part_of_day, hour, minute, second; or `null`.
    pub precision: Option<String>,
    /// start, mid, end, approx, before, after, on_or_after, on_or_before,
    /// more_than, less_than; or `null`.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// First value of an interval (inclusive), `null` when open or not an
    /// interval.
    pub from: Option<String>,
    /// Last value of an interval (inclusive), `null` when open or not an
    /// interval.
    pub to: Option<String>,
}

/// A direct quote with its cue and source.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quote {
    /// First byte of the quoted words (inside the marks) in the original
    /// input.
    pub start: usize,
    /// One past the last quoted byte.
    pub end: usize,
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Who or what the text says is speaking: a person's name when one is
    /// named, else the noun phrase ("un communiqué officiel nigérien");
    /// `null` when the text gives none.
    pub source: Option<String>,
    /// The words that attribute the quote: a speech verb ("indique",
    /// "a déclaré", "a-t-il dit"), "selon" or "d'après"; or `null`.
    pub cue: Option<String>,
}

/// Writes whole numbers without a fraction (`139`, not `139.0`).
pub(crate) fn number<S: Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    match whole_number(*value) {
        Some(i) => s.serialize_i64(i),
        None => s.serialize_f64(*value),
    }
}

/// `value` as an integer when it is a whole number that an `f64` holds
/// exactly (magnitude below 2^53): how a quantity's numbers are written.
pub(crate) fn whole_number(value: f64) -> Option<i64> {
    // 2^53: beyond it not every integer is an f64, and i64 stays exact below.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    // The cast is exact: a whole number of magnitude below 2^53.
    (value.fract() == 0.0 && value.abs() < EXACT).then_some(value as i64)
}

pub(crate) fn opt_number<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_written_as_integers() {
        let q = Quantity {
            value: 139.0,
            min: Some(139.0),
            max: None,
            qualifier: "at_least".into(),
            ..Quantity::default()
        };
        let json = serde_json::to_string(&q).unwrap_or_default();
        assert!(json.contains("\"value\":139,"), "{json}");
        assert!(json.contains("\"min\":139,"), "{json}");
        assert!(json.contains("\"max\":null"), "{json}");
        let half = Quantity {
            value: 12.5,
            ..Quantity::default()
        };
        let json = serde_json::to_string(&half).unwrap_or_default();
        assert!(json.contains("\"value\":12.5"), "{json}");
    }

    #[test]
    fn temporal_modifier_is_written_mod() {
        let t = Temporal {
            kind: "date".into(),
            modifier: Some("mid".into()),
            ..Temporal::default()
        };
        let json = serde_json::to_string(&t).unwrap_or_default();
        assert!(json.contains("\"mod\":\"mid\""), "{json}");
        let back: Temporal = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, t);
    }
}
