//! Texts the unit tests run over: the crate's test set (one sentence per
//! line) and, where `../shared` lies beside the workspace, the reference
//! dispatch (empty otherwise).

/// `tests/testset.tsv` and the reference dispatch ("" when absent).
pub(crate) fn testset_and_article() -> (String, String) {
    let set = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/testset.tsv"))
        .unwrap_or_default();
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/articles/niger-tiani-poutine-2024-03.txt"
    ))
    .unwrap_or_default();
    (set, article)
}
