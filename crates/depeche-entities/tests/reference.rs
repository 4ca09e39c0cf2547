//! The reference dispatch of ../shared/articles: every entity fact of its
//! facts file holds, and none of its not_entities is a mention.

use depeche_entities::{Entity, EntityRecognizer};
use depeche_text::{fold_str, normalize};
use serde_json::Value;

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.txt"
);
const FACTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.facts.json"
);

/// The judge's folding: lower case, no accents, runs of other chars as one
/// space.
fn key(s: &str) -> String {
    let f = fold_str(s);
    let mut out = String::new();
    for w in f
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn load() -> Option<(String, Value)> {
    match (
        std::fs::read_to_string(ARTICLE),
        std::fs::read_to_string(FACTS),
    ) {
        (Ok(a), Ok(f)) => match serde_json::from_str(&f) {
            Ok(v) => Some((a, v)),
            Err(e) => panic!("bad facts file: {e}"),
        },
        _ if std::env::var_os("CI").is_some() => panic!("reference dispatch missing: {ARTICLE}"),
        _ => {
            println!("skipped: {ARTICLE} not found");
            None
        }
    }
}

/// The entities of `ents` (recognised in `text`) that may be `fact`.
fn candidates<'a>(ents: &'a [Entity], text: &str, fact: &Value) -> Vec<&'a Entity> {
    let kind = fact["kind"].as_str().unwrap_or("");
    ents.iter()
        .filter(|e| e.kind.as_str() == kind)
        .filter(|e| fact["id"].as_str().map_or(true, |id| e.id == id))
        .filter(|e| {
            fact["name"].as_str().map_or(true, |n| {
                let n = key(n);
                key(&e.name) == n
                    || key(&e.id).strip_prefix(&format!("{} ", key(kind))) == Some(n.as_str())
                    || e.mentions.iter().any(|m| key(m.text(text)) == n)
            })
        })
        .filter(|e| {
            fact["code"]
                .as_str()
                .map_or(true, |c| e.code.as_deref() == Some(c))
        })
        .collect()
}

#[test]
fn reference_dispatch_entity_facts() {
    let Some((raw, facts)) = load() else {
        return;
    };
    let norm = normalize(&raw);
    let text = norm.as_str();
    let ents = EntityRecognizer::embedded().recognize(text);
    let mut failures = Vec::new();
    for fact in facts["entities"].as_array().into_iter().flatten() {
        let cands = candidates(&ents, text, fact);
        let label = fact["id"].as_str().or(fact["name"].as_str()).unwrap_or("?");
        if cands.is_empty() {
            failures.push(format!("missing entity {label}"));
            continue;
        }
        let got: Vec<String> = cands
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| key(m.text(text))))
            .collect();
        for m in fact["mentions"].as_array().into_iter().flatten() {
            let m = key(m.as_str().unwrap_or(""));
            if !got.contains(&m) {
                failures.push(format!("{label}: missing mention {m:?} (got {got:?})"));
            }
        }
        let roles: Vec<String> = cands
            .iter()
            .flat_map(|e| e.roles.iter().map(|r| key(r)))
            .collect();
        let roles = roles.join(" | ");
        for r in fact["roles"].as_array().into_iter().flatten() {
            let r = key(r.as_str().unwrap_or(""));
            if !roles.contains(&r) {
                failures.push(format!("{label}: missing role {r:?} (got {roles:?})"));
            }
        }
    }
    for w in facts["not_entities"].as_array().into_iter().flatten() {
        let w = key(w.as_str().unwrap_or(""));
        for e in &ents {
            if e.mentions.iter().any(|m| key(m.text(text)) == w) {
                failures.push(format!("not an entity: {w:?} in {}", e.id));
            }
        }
    }
    // Spans map back to the original text.
    for e in &ents {
        for m in &e.mentions {
            assert!(!m.text(text).is_empty());
            let orig = norm.to_original(m.span);
            assert!(orig.slice(&raw).is_some());
        }
    }
    for e in &ents {
        println!(
            "{} {:?} {:?} {:?}",
            e.id,
            e.roles,
            e.code,
            e.mentions
                .iter()
                .map(|m| (m.text(text), m.form))
                .collect::<Vec<_>>()
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
