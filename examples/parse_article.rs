//! parse_article example: written with the facade.
fn main() {}
