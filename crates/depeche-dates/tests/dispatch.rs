//! The temporal facts of the reference dispatch, read from the shared
//! facts file, with the header's month and with the day of the call.

use depeche_dates::{DateFinder, Reference, Temporal};
use serde_json::Value;

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.txt"
);
const FACTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.facts.json"
);

fn read(path: &str) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(s) => Some(s),
        Err(e) => {
            assert!(std::env::var_os("CI").is_none(), "{path}: {e}");
            println!("skipped: {path} missing");
            None
        }
    }
}

/// A field of a temporal by its JSON name, as the JSON output writes it.
fn field(t: &Temporal, name: &str) -> Option<String> {
    let dbg = |v: Option<String>| v.map(|s| snake(&s));
    match name {
        "value" => t.value.clone(),
        "from" => t.from.clone(),
        "to" => t.to.clone(),
        "kind" => Some(snake(&format!("{:?}", t.kind))),
        "precision" => dbg(t.precision.map(|p| format!("{p:?}"))),
        "mod" => dbg(t.modifier.map(|m| format!("{m:?}"))),
        _ => None,
    }
}

/// "PartOfDay" -> "part_of_day".
fn snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[test]
fn every_temporal_fact_of_the_reference_dispatch() {
    let (Some(raw), Some(facts)) = (read(ARTICLE), read(FACTS)) else {
        return;
    };
    let facts: Value = serde_json::from_str(&facts).expect("facts file is JSON");
    let header_date = facts["header"]["date"].as_str().expect("header date");
    let normalized = depeche_text::normalize(&raw);
    let text = normalized.as_str();
    let temporals = facts["temporals"].as_array().expect("temporal facts");
    assert!(!temporals.is_empty());
    let mut failures = Vec::new();
    for fact in temporals {
        let reference = fact["reference_date"].as_str().unwrap_or(header_date);
        let finder = DateFinder::new(Reference::parse(reference).expect("reference"));
        let found = finder.find(text);
        let want_text = fact["text"].as_str().expect("fact text");
        let ok = found.iter().any(|t| {
            let got = t.text(text);
            let text_ok = if fact.get("kind").and_then(Value::as_str) == Some("duration") {
                got.contains(want_text)
            } else {
                got == want_text
            };
            text_ok
                && ["value", "precision", "mod", "kind", "from", "to"]
                    .iter()
                    .all(|k| match fact.get(*k) {
                        None => true,
                        Some(Value::Null) => field(t, k).is_none(),
                        Some(Value::String(s)) => field(t, k).as_deref() == Some(s.as_str()),
                        Some(_) => false,
                    })
        });
        if !ok {
            let near: Vec<String> = found
                .iter()
                .filter(|t| t.text(text).contains(want_text) || want_text.contains(t.text(text)))
                .map(|t| format!("{:?} {t:?}", t.text(text)))
                .collect();
            failures.push(format!("{fact} (ref {reference}) -> {near:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "missed facts:\n{}",
        failures.join("\n")
    );
}
