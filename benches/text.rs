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
    // The pipeline of the target: normalise, tokenise the whole text,
    // split paragraphs and sentences. The sentence splitter no longer
    // tokenises every paragraph (it reads tokens only around final marks),
    // so the tokens are read here in their own pass.
    g.bench_function("normalize_tokenize_sentences", |b| {
        b.iter(|| {
            let n = normalize(black_box(&raw));
            tokenize(n.as_str()).count() + paragraphs(n.as_str()).len()
        })
    });
    // What the parser's read stage does of it: normalise, then paragraphs
    // and sentences.
    g.bench_function("normalize_sentences", |b| {
        b.iter(|| {
            let n = normalize(black_box(&raw));
            paragraphs(n.as_str()).len()
        })
    });
    g.finish();
}

criterion_group!(benches, text);
criterion_main!(benches);
