//! JSON records: one dispatch per JSON object, `{"id","text","title"?,"date"?}`,
//! as read from JSONL and written back with the `id`.

use crate::{Article, IsoDate, RecordError};
use serde::{Deserialize, Serialize};

/// A dispatch given as a JSON record.
///
/// ```
/// use depeche::Record;
/// let r = Record::from_json(r#"{"id": 7, "text": "Le Mali a voté.", "date": "2024-04"}"#).unwrap();
/// assert_eq!(r.id, serde_json::json!(7));
/// assert_eq!(r.date.as_ref().map(|d| d.as_str()), Some("2024-04"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Record {
    /// The record's identifier, kept as given (string, number or `null`).
    pub id: serde_json::Value,
    /// The text of the dispatch.
    pub text: String,
    /// Its title, when the record gives one apart from the text.
    pub title: Option<String>,
    /// Its publication date, when the record gives one.
    pub date: Option<IsoDate>,
}

#[derive(Deserialize)]
struct RawRecord {
    #[serde(default)]
    id: serde_json::Value,
    text: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

impl Record {
    /// A record from its text, with no id, title or date.
    pub fn new(text: impl Into<String>) -> Record {
        Record {
            id: serde_json::Value::Null,
            text: text.into(),
            title: None,
            date: None,
        }
    }

    /// Reads a record from one JSON object.
    pub fn from_json(json: &str) -> Result<Record, RecordError> {
        let raw: RawRecord = serde_json::from_str(json).map_err(|e| RecordError::Json {
            column: e.column(),
            message: e.to_string(),
        })?;
        let text = raw.text.ok_or(RecordError::MissingText)?;
        let date = match raw.date {
            Some(d) if !d.trim().is_empty() => {
                Some(IsoDate::parse(&d).map_err(|_| RecordError::InvalidDate { date: d })?)
            }
            _ => None,
        };
        Ok(Record {
            id: raw.id,
            text,
            title: raw.title.filter(|t| !t.trim().is_empty()),
            date,
        })
    }
}

/// An [`Article`] with the `id` of the record it was parsed from: one line
/// of `depeche parse --jsonl`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordArticle {
    /// The record's `id`, as given.
    pub id: serde_json::Value,
    /// The article, its fields beside `id`.
    #[serde(flatten)]
    pub article: Article,
}

impl RecordArticle {
    /// Pairs an article with its record's id.
    pub fn new(id: serde_json::Value, article: Article) -> RecordArticle {
        RecordArticle { id, article }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_records_say_why() {
        assert!(matches!(
            Record::from_json("{\"id\": 1"),
            Err(RecordError::Json { .. })
        ));
        assert_eq!(
            Record::from_json("{\"id\": 1}"),
            Err(RecordError::MissingText)
        );
        assert!(matches!(
            Record::from_json(r#"{"text": "x", "date": "mars 2024"}"#),
            Err(RecordError::InvalidDate { .. })
        ));
        assert!(matches!(
            Record::from_json("[1, 2]"),
            Err(RecordError::Json { .. })
        ));
    }

    #[test]
    fn id_comes_first_in_the_output() {
        let a = RecordArticle::new(serde_json::json!("d1"), Article::default());
        let json = serde_json::to_string(&a).unwrap_or_default();
        assert!(json.starts_with("{\"id\":\"d1\",\"title\":null"), "{json}");
    }
}
