//! custom_dictionary example: written with the facade.
fn main() {}
