//! Throughput of depeche-text: normalisation, tokenisation and sentence
//! splitting, alone and together, on French news text (≥ 1 MiB).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use depeche_benches::{corpus, MIB};
use depeche_text::{fold, normalize, paragraphs, tokenize};

fn text(c: &mut Criterion) {
    let raw = corpus(MIB);
    let norm = normalize(&raw);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(raw.len() as u64));
    g.bench_function("normalize", |b| b.iter(|| normalize(black_box(&raw))));
    g.bench_function("fold", |b| b.iter(|| fold(black_box(norm.as_str()))));
    g.bench_function("tokenize", |b| {
        b.iter(|| tokenize(black_box(norm.as_str())).count())
    });
    g.bench_function("paragraphs_and_sentences", |b| {
        b.iter(|| paragraphs(black_box(norm.as_str())))
    });
    // The pipeline of issue 2: normalise, then split paragraphs and
    // sentences, which tokenizes every paragraph once.
    g.bench_function("normalize_tokenize_sentences", |b| {
        b.iter(|| {
            let n = normalize(black_box(&raw));
            paragraphs(n.as_str()).len()
        })
    });
    g.finish();
}

criterion_group!(benches, text);
criterion_main!(benches);
