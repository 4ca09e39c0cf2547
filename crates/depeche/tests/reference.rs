//! The reference dispatch of the project, checked against its facts file
//! (read where it lies; nothing of it is copied here).

use serde_json::Value;
use std::path::Path;

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.txt"
);
const FACTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.facts.json"
);

/// The article and its facts, or `None` (test skipped) when they are absent
/// outside CI.
fn load() -> Option<(String, Value)> {
    if !Path::new(ARTICLE).exists() || !Path::new(FACTS).exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "reference dispatch missing: {ARTICLE}"
        );
        println!("skipped: {ARTICLE} not found");
        return None;
    }
    let text = std::fs::read_to_string(ARTICLE).expect("readable article");
    let facts = serde_json::from_str(&std::fs::read_to_string(FACTS).expect("readable facts"))
        .expect("facts are JSON");
    Some((text, facts))
}

fn fold(s: &str) -> String {
    let f = depeche::text::fold_str(s);
    f.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn header_and_structure() {
    let Some((text, facts)) = load() else { return };
    let article = depeche::parse(&text);
    let json = serde_json::to_value(&article).expect("serialisable");
    for (key, value) in facts["header"].as_object().expect("header facts") {
        assert_eq!(&json[key], value, "header {key}");
    }
    assert_eq!(
        Some(article.paragraphs.len() as u64),
        facts["paragraphs"].as_u64()
    );
    let sentences: usize = article.paragraphs.iter().map(|p| p.sentences.len()).sum();
    assert_eq!(Some(sentences as u64), facts["sentences"].as_u64());
    for p in &article.paragraphs {
        assert!(text.get(p.start..p.end).is_some());
        for s in &p.sentences {
            assert!(p.start <= s.start && s.end <= p.end);
        }
    }
}

#[test]
fn quotes_with_their_cues_and_sources() {
    let Some((text, facts)) = load() else { return };
    let article = depeche::parse(&text);
    for q in &article.quotes {
        assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
    }
    for fact in facts["quotes"].as_array().expect("quote facts") {
        let want = fact["text"].as_str().unwrap_or_default();
        let found = article.quotes.iter().any(|q| {
            fold(&q.text) == fold(want)
                && ["source", "cue"].iter().all(|k| match fact[*k].as_str() {
                    None => true,
                    Some(v) => {
                        let got = if *k == "source" { &q.source } else { &q.cue };
                        got.as_deref().is_some_and(|g| fold(g).contains(&fold(v)))
                    }
                })
        });
        assert!(found, "quote {fact} not found in {:#?}", article.quotes);
    }
}

#[test]
fn same_input_same_bytes() {
    let Some((text, _)) = load() else { return };
    let a = serde_json::to_string(&depeche::parse(&text)).expect("json");
    let b = serde_json::to_string(&depeche::Parser::new().parse(&text)).expect("json");
    assert_eq!(a, b);
}

/// Whether `x` (a found item) holds every listed field of `fact`.
fn holds(x: &Value, fact: &Value, keys: &[&str]) -> bool {
    keys.iter().all(|k| match fact.get(*k) {
        None => true,
        Some(want) => x.get(*k) == Some(want),
    })
}

#[test]
fn quantities_temporals_and_entities() {
    let Some((text, facts)) = load() else { return };
    let article = serde_json::to_value(depeche::parse(&text)).expect("json");
    let at_day = serde_json::to_value(
        depeche::Parser::builder()
            .reference("2024-03-26".parse().expect("a date"))
            .build()
            .parse(&text),
    )
    .expect("json");
    let empty = Vec::new();
    let list = |a: &Value, k: &str| a[k].as_array().cloned().unwrap_or_default();

    for q in facts["quantities"].as_array().unwrap_or(&empty) {
        let want = q["text"].as_str().unwrap_or_default();
        let unit = fold(q["unit"].as_str().unwrap_or_default());
        let first_unit_word = unit.split(' ').next().unwrap_or_default().to_owned();
        let ok = list(&article, "quantities").iter().any(|x| {
            x["text"].as_str().is_some_and(|t| t.contains(want))
                && x["value"].as_f64() == q["value"].as_f64()
                && x["qualifier"] == q["qualifier"]
                && fold(x["unit"].as_str().unwrap_or_default()).starts_with(&first_unit_word)
                && holds(x, q, &["category"])
        });
        assert!(ok, "quantity {q}");
    }

    for t in facts["temporals"].as_array().unwrap_or(&empty) {
        let a = if t.get("reference_date").is_some() {
            &at_day
        } else {
            &article
        };
        let want = fold(t["text"].as_str().unwrap_or_default());
        let ok = list(a, "temporals").iter().any(|x| {
            fold(x["text"].as_str().unwrap_or_default()).contains(&want)
                && holds(x, t, &["value", "precision", "mod", "kind", "from", "to"])
        });
        assert!(ok, "temporal {t}");
    }

    let entities = list(&article, "entities");
    for e in facts["entities"].as_array().unwrap_or(&empty) {
        let found: Vec<&Value> = entities
            .iter()
            .filter(|x| holds(x, e, &["id", "kind", "code"]))
            .filter(|x| match e["name"].as_str() {
                None => true,
                Some(n) => {
                    fold(x["name"].as_str().unwrap_or_default()) == fold(n)
                        || list(x, "mentions")
                            .iter()
                            .any(|m| fold(m["text"].as_str().unwrap_or_default()) == fold(n))
                }
            })
            .collect();
        assert!(!found.is_empty(), "entity {e}");
        let mentions: Vec<String> = found
            .iter()
            .flat_map(|x| list(x, "mentions"))
            .map(|m| fold(m["text"].as_str().unwrap_or_default()))
            .collect();
        for m in e["mentions"].as_array().unwrap_or(&empty) {
            assert!(
                mentions.contains(&fold(m.as_str().unwrap_or_default())),
                "mention {m} of {e}"
            );
        }
        let roles = found
            .iter()
            .flat_map(|x| list(x, "roles"))
            .map(|r| fold(r.as_str().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(" | ");
        for r in e["roles"].as_array().unwrap_or(&empty) {
            assert!(
                roles.contains(&fold(r.as_str().unwrap_or_default())),
                "role {r} of {e}"
            );
        }
    }
    for w in facts["not_entities"].as_array().unwrap_or(&empty) {
        let w = fold(w.as_str().unwrap_or_default());
        assert!(
            !entities
                .iter()
                .flat_map(|x| list(x, "mentions"))
                .any(|m| fold(m["text"].as_str().unwrap_or_default()) == w),
            "{w} is no entity"
        );
    }
}
