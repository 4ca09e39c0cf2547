//! Numbers and quantities of a sample dispatch: each with its value, bounds,
//! qualifier, unit and category, and the date numbers left out.
//!
//! `cargo run --example numbers`

use depeche::Parser;

const DISPATCH: &str = include_str!("dispatches/soudan-famine-2024-02.txt");

fn main() {
    let parser = Parser::new();
    let article = parser.parse(DISPATCH);
    println!("quantities of the article (numbers of dates left out):");
    for q in &article.quantities {
        println!(
            "  {:<40} value {:>14} min {:>14} max {:>14} {:<10} unit {:<12} category {}",
            q.text,
            q.value,
            q.min.map_or("-".into(), |v| v.to_string()),
            q.max.map_or("-".into(), |v| v.to_string()),
            q.qualifier,
            q.unit.as_deref().unwrap_or("-"),
            q.category.as_deref().unwrap_or("-"),
        );
    }
    // The same finder on a snippet, as `depeche numbers` does per line.
    let line = "Entre 300 et 400 migrants, dont près d'un tiers de femmes, pour 1,5 M€.";
    println!("\nnumbers of {line:?}:");
    for n in parser.numbers(line) {
        println!(
            "  {:<28} {:<9} {} {}",
            n.text,
            n.kind,
            n.value,
            n.currency.as_deref().unwrap_or("")
        );
    }
    // The component crate, for those who need numbers alone.
    let words = depeche::numbers::parse_cardinal_words("quatre-vingt-dix-sept");
    println!("\n\"quatre-vingt-dix-sept\" = {words:?}");
}
