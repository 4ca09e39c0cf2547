//! Precision and recall over the project's test set (`testset.tsv`):
//! French news sentences written for the project, one per line, with the
//! entities, mentions and roles expected.

use std::collections::BTreeSet;

use depeche_entities::EntityRecognizer;
use depeche_text::normalize;

const TESTSET: &str = include_str!("testset.tsv");

/// Items of one sentence: `id=mention` and `id+role`.
fn predicted(rec: &EntityRecognizer, sentence: &str) -> BTreeSet<String> {
    let norm = normalize(sentence);
    let mut out = BTreeSet::new();
    for e in rec.recognize(norm.as_str()) {
        for m in &e.mentions {
            out.insert(format!("{}={}", e.id, m.text(norm.as_str())));
        }
        for r in &e.roles {
            out.insert(format!("{}+{}", e.id, r));
        }
    }
    out
}

fn expected(field: &str) -> BTreeSet<String> {
    field
        .split(" ; ")
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
        .map(str::to_owned)
        .collect()
}

#[test]
fn testset_precision_and_recall() {
    let rec = EntityRecognizer::embedded();
    let (mut tp, mut predicted_n, mut expected_n, mut sentences) = (0usize, 0usize, 0usize, 0usize);
    let mut report = Vec::new();
    for (i, line) in TESTSET.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((sentence, items)) = line.split_once('\t') else {
            panic!("testset.tsv:{}: no TAB", i + 1);
        };
        sentences += 1;
        let want = expected(items);
        let got = predicted(&rec, sentence);
        tp += got.intersection(&want).count();
        predicted_n += got.len();
        expected_n += want.len();
        let extra: Vec<_> = got.difference(&want).collect();
        let missing: Vec<_> = want.difference(&got).collect();
        if !extra.is_empty() || !missing.is_empty() {
            report.push(format!(
                "line {}: {sentence}\n  extra: {extra:?}\n  missing: {missing:?}",
                i + 1
            ));
        }
    }
    let precision = tp as f64 / predicted_n.max(1) as f64;
    let recall = tp as f64 / expected_n.max(1) as f64;
    for r in &report {
        println!("{r}");
    }
    println!(
        "testset: {sentences} sentences, {expected_n} expected items, {predicted_n} predicted, {tp} correct: precision {:.3}, recall {:.3}",
        precision, recall
    );
    assert!(
        sentences >= 100,
        "the test set needs at least 100 sentences"
    );
    assert!(precision >= 0.95, "precision {precision:.3} < 0.95");
    assert!(recall >= 0.95, "recall {recall:.3} < 0.95");
}
