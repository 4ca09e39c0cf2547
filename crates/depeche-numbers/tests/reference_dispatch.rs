//! The quantities of the reference dispatch's facts file.

use depeche_numbers::NumberFinder;
use depeche_text::normalize;

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.txt"
);
const FACTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/articles/niger-tiani-poutine-2024-03.facts.json"
);

#[test]
fn reference_quantities() {
    let (Ok(article), Ok(facts)) = (
        std::fs::read_to_string(ARTICLE),
        std::fs::read_to_string(FACTS),
    ) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "reference dispatch missing in CI"
        );
        println!("skipped: reference dispatch not found");
        return;
    };
    let facts: serde_json::Value = serde_json::from_str(&facts).expect("facts are JSON");
    let norm = normalize(&article);
    let text = norm.as_str();
    let found = NumberFinder::new().find(text);
    let wanted = facts["quantities"].as_array().expect("quantities");
    assert!(!wanted.is_empty());
    for q in wanted {
        let want_text = q["text"].as_str().expect("text");
        let m = found
            .iter()
            .find(|m| m.text(text) == want_text)
            .unwrap_or_else(|| panic!("{want_text:?} not found"));
        assert_eq!(Some(m.value), q["value"].as_f64(), "{want_text}");
        assert_eq!(
            Some(m.qualifier.as_str()),
            q["qualifier"].as_str(),
            "{want_text}"
        );
        assert_eq!(m.unit.as_deref(), q["unit"].as_str(), "{want_text}");
        if let Some(c) = q.get("category").and_then(|c| c.as_str()) {
            assert_eq!(m.category.map(|c| c.as_str()), Some(c), "{want_text}");
        }
        // Offsets map back to the original text.
        let orig = norm.to_original(m.span);
        assert!(article.get(orig.range()).is_some());
    }
    // No quantity with a month as unit, and articles are not numbers.
    for m in &found {
        let u = m.unit.as_deref().unwrap_or("");
        assert!(!["mars", "janvier", "juillet", "décembre"].contains(&u));
        let t = m.text(text).to_lowercase();
        assert!(!t.starts_with("un communiqué") && !t.starts_with("une délégation"));
    }
}
