//! Serde helpers for [`Span`] (depeche-text has no serde feature): a span
//! is written as `{"start": .., "end": ..}`.

use depeche_text::Span;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Serialize, Deserialize)]
struct SpanRepr {
    start: usize,
    end: usize,
}

/// Serialises a span as `{"start", "end"}`.
pub fn serialize<S: Serializer>(span: &Span, s: S) -> Result<S::Ok, S::Error> {
    SpanRepr {
        start: span.start,
        end: span.end,
    }
    .serialize(s)
}

/// Reads a span from `{"start", "end"}`.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
    let r = SpanRepr::deserialize(d)?;
    Ok(Span::new(r.start, r.end))
}

/// The same for `Option<Span>` (`null` for none).
pub mod option {
    use super::SpanRepr;
    use depeche_text::Span;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Serialises an optional span.
    pub fn serialize<S: Serializer>(span: &Option<Span>, s: S) -> Result<S::Ok, S::Error> {
        span.map(|sp| SpanRepr {
            start: sp.start,
            end: sp.end,
        })
        .serialize(s)
    }

    /// Reads an optional span.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Span>, D::Error> {
        Ok(Option::<SpanRepr>::deserialize(d)?.map(|r| Span::new(r.start, r.end)))
    }
}
