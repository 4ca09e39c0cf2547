//! Equivalence driver: prints every entity and mention found in the
//! reference dispatch, the test set (as written, lower-cased, upper-cased)
//! and pseudo-random mixes of its words and awkward chars, to compare two
//! versions of the recogniser.

use depeche_entities::EntityRecognizer;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/");
    let article = std::fs::read_to_string(format!(
        "{dir}../../shared/articles/niger-tiani-poutine-2024-03.txt"
    ))
    .unwrap_or_default();
    let set = std::fs::read_to_string(format!("{dir}../crates/depeche-entities/tests/testset.tsv"))
        .unwrap_or_default();
    let mut texts: Vec<String> = vec![depeche_text::normalize(&article).as_str().to_owned()];
    texts.push(article.clone());
    let sentences: Vec<&str> = set
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect();
    for s in &sentences {
        texts.push((*s).to_owned());
        texts.push(s.to_lowercase());
        texts.push(s.to_uppercase());
    }
    let words: Vec<&str> = sentences
        .iter()
        .flat_map(|s| s.split(' '))
        .chain([
            "\u{a0}",
            "E\u{301}tat",
            "Etat",
            "ÉTAT",
            "Œ",
            "œ",
            "\u{301}",
            "’",
            "-",
            "'",
            "«",
            "»",
            ",",
            ".",
            "\n",
            "ß",
            "İ",
            "Ǆ",
            "ﬁ",
            "Ⅻ",
            "²",
            "×",
            "e\u{301}",
            "Al‑Qaïda",
            "M.",
            "Mme",
        ])
        .collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..3000 {
        let mut s = String::new();
        let n = 1 + (seed % 25) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let w = words
                .get((seed % words.len() as u64) as usize)
                .copied()
                .unwrap_or("");
            s.push_str(w);
            if seed & 0x300 != 0 {
                s.push(' ');
            }
        }
        texts.push(s);
    }
    let rec = EntityRecognizer::embedded();
    for t in &texts {
        println!("== {t:?}");
        for e in rec.recognize(t) {
            println!("{e:?}");
        }
        for m in rec.mentions(t) {
            println!("{m:?}");
        }
    }
}
