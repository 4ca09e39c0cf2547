//! batch_jsonl example: written with the facade.
fn main() {}
