//! dates bench: written by the dates work.
fn main() {}
