//! entities bench: written by the entities work.
fn main() {}
