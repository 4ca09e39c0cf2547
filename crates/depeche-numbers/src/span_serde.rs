//! Serde helpers for [`Span`] (depeche-text has no serde feature): a span
//! is written as `{"start": .., "end": ..}`.

use depeche_text::Span;
use serde::{Serialize, Serializer};

#[derive(Serialize)]
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

/// Serialises an optional span (`null` for none).
pub fn serialize_option<S: Serializer>(span: &Option<Span>, s: S) -> Result<S::Ok, S::Error> {
    span.map(|sp| SpanRepr {
        start: sp.start,
        end: sp.end,
    })
    .serialize(s)
}
