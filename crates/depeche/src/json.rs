//! The Article written as compact JSON without going through serde: the
//! same bytes as `serde_json::to_string`, written straight into a `String`
//! the caller reuses.
//!
//! Writing JSON was a seventh of what `depeche parse --jsonl` spent: serde
//! escapes every key and tests every byte of every string one at a time.
//! Here keys are literals, and a string is tested eight bytes at a time for
//! the only bytes JSON escapes (control chars, `"` and `\`), then copied
//! whole. The serde implementations stay, for every other format and for
//! pretty output; a test checks both writers agree byte for byte.

use crate::article::{
    whole_number, Article, Dateline, Entity, Mention, Paragraph, Quantity, Quote, Temporal,
};
use crate::record::RecordArticle;

impl Article {
    /// Appends the article as compact JSON to `out`: the same text as
    /// `serde_json::to_string(self)`, several times faster, and with no
    /// allocation beyond the growth of `out` (clear and reuse it between
    /// articles).
    ///
    /// `O(n)` in the length of the JSON written.
    ///
    /// ```
    /// let article = depeche::parse("PARIS, 2 mars (AFP) - Trois blessés.");
    /// let mut json = String::new();
    /// article.write_json(&mut json);
    /// assert_eq!(json, serde_json::to_string(&article).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut String) {
        out.push('{');
        write_fields(self, out);
        out.push('}');
    }
}

impl RecordArticle {
    /// Appends the record's article as compact JSON to `out`, `id` first:
    /// one line of `depeche parse --jsonl`, the same text as
    /// `serde_json::to_string(self)`. See [`Article::write_json`].
    ///
    /// ```
    /// use depeche::{Article, RecordArticle};
    ///
    /// let record = RecordArticle::new(serde_json::json!(7), Article::default());
    /// let mut json = String::new();
    /// record.write_json(&mut json);
    /// assert!(json.starts_with(r#"{"id":7,"title":null,"#));
    /// ```
    pub fn write_json(&self, out: &mut String) {
        out.push_str("{\"id\":");
        // The id is any JSON value as given: a string or null written here
        // (the string escaped as serde_json escapes it), any other value by
        // serde_json (a `Value` always serialises).
        match &self.id {
            serde_json::Value::String(s) => str(s, out),
            serde_json::Value::Null => out.push_str("null"),
            id => out.push_str(&serde_json::to_string(id).unwrap_or_else(|_| "null".into())),
        }
        out.push(',');
        write_fields(&self.article, out);
        out.push('}');
    }
}

/// The article's fields, in the order of the struct, without braces.
fn write_fields(a: &Article, out: &mut String) {
    out.push_str("\"title\":");
    opt_str(a.title.as_deref(), out);
    out.push_str(",\"topic\":");
    opt_str(a.topic.as_deref(), out);
    out.push_str(",\"date\":");
    opt_str(a.date.as_deref(), out);
    out.push_str(",\"dateline\":");
    match &a.dateline {
        Some(d) => dateline(d, out),
        None => out.push_str("null"),
    }
    out.push_str(",\"paragraphs\":");
    array(&a.paragraphs, out, paragraph);
    out.push_str(",\"entities\":");
    array(&a.entities, out, entity);
    out.push_str(",\"quantities\":");
    array(&a.quantities, out, quantity);
    out.push_str(",\"temporals\":");
    array(&a.temporals, out, temporal);
    out.push_str(",\"quotes\":");
    array(&a.quotes, out, quote);
}

fn dateline(d: &Dateline, out: &mut String) {
    out.push_str("{\"place\":\"");
    str_body(&d.place, out);
    out.push_str("\",\"agency\":");
    opt_str(d.agency.as_deref(), out);
    out.push_str(",\"date\":");
    opt_str(d.date.as_deref(), out);
    out.push('}');
}

fn paragraph(p: &Paragraph, out: &mut String) {
    span_head(p.start, p.end, out);
    out.push_str(",\"sentences\":");
    array(&p.sentences, out, |s, out| {
        span_head(s.start, s.end, out);
        out.push('}');
    });
    out.push('}');
}

fn entity(e: &Entity, out: &mut String) {
    out.push_str("{\"id\":\"");
    str_body(&e.id, out);
    out.push_str("\",\"kind\":\"");
    str_body(&e.kind, out);
    out.push_str("\",\"name\":\"");
    str_body(&e.name, out);
    out.push_str("\",\"code\":");
    opt_str(e.code.as_deref(), out);
    out.push_str(",\"roles\":");
    array(&e.roles, out, |r, out| str(r, out));
    out.push_str(",\"mentions\":");
    array(&e.mentions, out, mention);
    out.push('}');
}

fn mention(m: &Mention, out: &mut String) {
    span_head(m.start, m.end, out);
    out.push_str(",\"text\":\"");
    str_body(&m.text, out);
    out.push_str("\",\"form\":\"");
    str_body(&m.form, out);
    out.push_str("\"}");
}

fn quantity(q: &Quantity, out: &mut String) {
    span_head(q.start, q.end, out);
    out.push_str(",\"text\":\"");
    str_body(&q.text, out);
    out.push_str("\",\"value\":");
    number(q.value, out);
    out.push_str(",\"min\":");
    opt_number(q.min, out);
    out.push_str(",\"max\":");
    opt_number(q.max, out);
    out.push_str(",\"qualifier\":\"");
    str_body(&q.qualifier, out);
    out.push_str("\",\"unit\":");
    opt_str(q.unit.as_deref(), out);
    out.push_str(",\"category\":");
    opt_str(q.category.as_deref(), out);
    out.push('}');
}

fn temporal(t: &Temporal, out: &mut String) {
    span_head(t.start, t.end, out);
    out.push_str(",\"text\":\"");
    str_body(&t.text, out);
    out.push_str("\",\"kind\":\"");
    str_body(&t.kind, out);
    out.push_str("\",\"value\":");
    opt_str(t.value.as_deref(), out);
    out.push_str(",\"precision\":");
    opt_str(t.precision.as_deref(), out);
    out.push_str(",\"mod\":");
    opt_str(t.modifier.as_deref(), out);
    out.push_str(",\"from\":");
    opt_str(t.from.as_deref(), out);
    out.push_str(",\"to\":");
    opt_str(t.to.as_deref(), out);
    out.push('}');
}

fn quote(q: &Quote, out: &mut String) {
    span_head(q.start, q.end, out);
    out.push_str(",\"text\":\"");
    str_body(&q.text, out);
    out.push_str("\",\"source\":");
    opt_str(q.source.as_deref(), out);
    out.push_str(",\"cue\":");
    opt_str(q.cue.as_deref(), out);
    out.push('}');
}

/// `{"start":S,"end":E`: how every object with a span opens.
fn span_head(start: usize, end: usize, out: &mut String) {
    out.push_str("{\"start\":");
    uint(start, out);
    out.push_str(",\"end\":");
    uint(end, out);
}

/// `[a,b,…]`, each item written by `item`.
fn array<T>(items: &[T], out: &mut String, item: impl Fn(&T, &mut String)) {
    out.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(x, out);
    }
    out.push(']');
}

/// A string or `null`.
fn opt_str(s: Option<&str>, out: &mut String) {
    match s {
        Some(s) => str(s, out),
        None => out.push_str("null"),
    }
}

/// A number or `null`.
fn opt_number(v: Option<f64>, out: &mut String) {
    match v {
        Some(v) => number(v, out),
        None => out.push_str("null"),
    }
}

/// A number as `Quantity`'s serde implementation writes it: whole numbers
/// as integers, others the shortest way serde_json writes an `f64`
/// (non-finite values are `null`).
fn number(v: f64, out: &mut String) {
    match whole_number(v) {
        Some(i) => {
            if i < 0 {
                out.push('-');
            }
            uint(i.unsigned_abs() as usize, out);
        }
        None => out.push_str(&serde_json::to_string(&v).unwrap_or_else(|_| "null".into())),
    }
}

/// A decimal integer, two digits at a time from a table of the hundred
/// pairs: each a copy of two ASCII bytes (a fixed length, so no call to
/// copy), and no buffer to validate.
fn uint(n: usize, out: &mut String) {
    if n >= 100 {
        uint(n / 100, out);
        pair(n % 100, out);
    } else if n >= 10 {
        pair(n, out);
    } else {
        // `n < 10`: one digit.
        out.push(char::from(b'0' + n as u8));
    }
}

/// The two digits of `n < 100`.
#[inline]
fn pair(n: usize, out: &mut String) {
    /// "00", "01", … "99", one after the other.
    const PAIRS: &str = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
    out.push_str(PAIRS.get(2 * n..2 * n + 2).unwrap_or("00"));
}

/// `s` as a JSON string: quoted, with `"`, `\` and control chars escaped
/// as serde_json escapes them (`\n`, `\t`, … and `\u00XX`, lower-case hex).
///
/// `O(n)`: see [`str_body`].
fn str(s: &str, out: &mut String) {
    out.push('"');
    str_body(s, out);
    out.push('"');
}

/// The inside of `s` as a JSON string, without its quotes (the callers put
/// them in the literals around it).
///
/// `O(n)`: the bytes are tested eight at a time, and a run without any
/// byte to escape is copied whole. Inlined where it is called: most
/// strings written are a few bytes, and the call cost a seventh of the
/// writer's work.
#[inline(always)]
fn str_body(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(at) = next_escape(bytes, from) {
        // `at` is an ASCII byte, so a char boundary on both sides.
        out.push_str(s.get(from..at).unwrap_or_default());
        escape(bytes.get(at).copied().unwrap_or_default(), out);
        from = at + 1;
    }
    out.push_str(s.get(from..).unwrap_or_default());
}

/// Whether a byte is one JSON escapes: a control char, `"` or `\`.
#[inline]
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The offset of the first byte at or after `from` that JSON escapes.
///
/// Eight bytes are tested at a time; the last few with the eight bytes
/// that end the text (overlapping those already tested), a text shorter
/// than eight bytes a byte at a time: no copy into a padded word.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    /// Whether a byte of `word` is one JSON escapes.
    #[inline]
    fn flags(word: u64) -> bool {
        const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
        const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
        /// The high bit of each zero byte of `x` (the classic bit trick; it
        /// may flag a byte after a true zero, never before, and never when
        /// none is zero).
        #[inline]
        fn zeros(x: u64) -> u64 {
            x.wrapping_sub(ONES) & !x & HIGHS
        }
        // A byte below 0x20 has its three high bits clear. The three tests
        // are or-ed, not short-circuited: one branch per word.
        zeros(word & u64::from_ne_bytes([0xe0; 8]))
            | zeros(word ^ u64::from_ne_bytes([b'"'; 8]))
            | zeros(word ^ u64::from_ne_bytes([b'\\'; 8]))
            != 0
    }
    #[inline]
    fn word(chunk: &[u8]) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        u64::from_ne_bytes(w)
    }
    let rest = bytes.get(from..)?;
    if rest.len() < 8 {
        return rest.iter().position(|&b| escaped(b)).map(|i| from + i);
    }
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    let mut flagged = false;
    for chunk in &mut chunks {
        if flags(word(chunk)) {
            flagged = true;
            break;
        }
        at += 8;
    }
    if !flagged {
        if chunks.remainder().is_empty() {
            return None;
        }
        // The last eight bytes: the remainder and some bytes already
        // tested clean.
        let last = rest.get(rest.len() - 8..)?;
        if !flags(word(last)) {
            return None;
        }
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| escaped(b))
        .map(|i| at + i)
}

/// The escape of one byte that JSON escapes.
fn escape(b: u8, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => {
            out.push_str("\\u00");
            for nibble in [b >> 4, b & 15] {
                let digit = HEX.get(usize::from(nibble)).copied().unwrap_or(b'0');
                out.push(char::from(digit));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Sentence;

    fn same(a: &Article) {
        let mut json = String::new();
        a.write_json(&mut json);
        assert_eq!(json, serde_json::to_string(a).unwrap_or_default());
        let r = RecordArticle::new(serde_json::json!({"k": [1, "x\n"]}), a.clone());
        json.clear();
        r.write_json(&mut json);
        assert_eq!(json, serde_json::to_string(&r).unwrap_or_default());
    }

    #[test]
    fn every_field_is_written_as_serde_writes_it() {
        let a = Article {
            title: Some("Titre \"cité\"".into()),
            topic: None,
            date: Some("2024-03-27".into()),
            dateline: Some(Dateline {
                place: "Genève".into(),
                agency: None,
                date: Some("27 mars".into()),
            }),
            paragraphs: vec![Paragraph {
                start: 0,
                end: 18_446_744_073_709_551_615,
                sentences: vec![Sentence { start: 3, end: 10 }, Sentence::default()],
            }],
            entities: vec![Entity {
                id: "country:NE".into(),
                kind: "country".into(),
                name: "Niger".into(),
                code: Some("NE".into()),
                roles: vec!["a".into(), "b\\c".into()],
                mentions: vec![Mention {
                    start: 1,
                    end: 2,
                    text: "Niger".into(),
                    form: "name".into(),
                }],
            }],
            quantities: [139.0, -4.0, 12.5, -0.0, 1e300, 9_007_199_254_740_993.0, 0.1]
                .iter()
                .map(|&v| Quantity {
                    value: v,
                    min: Some(v),
                    max: None,
                    unit: Some("€".into()),
                    ..Quantity::default()
                })
                .collect(),
            temporals: vec![Temporal {
                kind: "date".into(),
                modifier: Some("mid".into()),
                from: Some("x".into()),
                ..Temporal::default()
            }],
            quotes: vec![Quote {
                text: "« Oui »".into(),
                source: None,
                cue: Some("a-t-il dit".into()),
                ..Quote::default()
            }],
        };
        same(&a);
        same(&Article::default());
    }

    #[test]
    fn non_finite_numbers_are_null_as_in_serde() {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            same(&Article {
                quantities: vec![Quantity {
                    value: v,
                    max: Some(v),
                    ..Quantity::default()
                }],
                ..Article::default()
            });
        }
    }

    #[test]
    fn strings_escape_as_in_serde() {
        // Every ASCII byte, at every position of an eight-byte word, and
        // non-ASCII text around it.
        for b in 0u8..128 {
            for pad in 0..9 {
                let s = format!(
                    "{}{}é\u{2028}{}",
                    "x".repeat(pad),
                    char::from(b),
                    "y".repeat(9)
                );
                same(&Article {
                    title: Some(s),
                    ..Article::default()
                });
            }
        }
        // Short strings and the last bytes of long ones (tested as one
        // padded word): the byte at every position of every length to 17.
        for b in [0x00, 0x1f, b'"', b'\\', b' ', b'~', 0x7f] {
            for len in 1..18 {
                for at in 0..len {
                    let s: String = (0..len)
                        .map(|i| if i == at { char::from(b) } else { 'z' })
                        .collect();
                    same(&Article {
                        title: Some(s),
                        ..Article::default()
                    });
                }
            }
        }
        let long: String = (0u8..128).map(char::from).cycle().take(1000).collect();
        same(&Article {
            topic: Some(long),
            ..Article::default()
        });
    }

    #[test]
    fn parsed_articles_are_written_as_in_serde() {
        let text = "GENEVE, 27 mars 2024 (AFP) - \"Nous partirons\", a dit mardi \
                    Amina Diallo, ministre du Niger.\r\n\r\nAu moins 139 morts\t\
                    et 2,5 millions d'euros à Niamey, mi-mars.\u{1}";
        same(&crate::parse(text));
    }
}
