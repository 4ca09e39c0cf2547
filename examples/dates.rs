//! Temporal expressions of a sample dispatch, resolved against its dateline
//! date, then the same sentence against other references and biases.
//!
//! `cargo run --example dates`

use depeche::{Bias, IsoDate, Parser};

const DISPATCH: &str = include_str!("dispatches/soudan-famine-2024-02.txt");

fn main() {
    let article = Parser::new().parse(DISPATCH);
    println!(
        "reference: the dateline's date {}",
        article.date.as_deref().unwrap_or("(none)")
    );
    for t in &article.temporals {
        println!(
            "  {:<22} {:<9} value {:<12} precision {:<6} mod {:<6} from {} to {}",
            t.text,
            t.kind,
            t.value.as_deref().unwrap_or("-"),
            t.precision.as_deref().unwrap_or("-"),
            t.modifier.as_deref().unwrap_or("-"),
            t.from.as_deref().unwrap_or("-"),
            t.to.as_deref().unwrap_or("-"),
        );
    }

    let line = "Le chef de l'Etat s'est exprimé mardi et partira mardi prochain, fin avril.";
    for (reference, bias) in [
        ("2024-03", Bias::Auto),
        ("2024-03-28", Bias::Auto),
        ("2024-03-28", Bias::Future),
    ] {
        let Ok(date) = reference.parse::<IsoDate>() else {
            continue;
        };
        let parser = Parser::builder().reference(date).bias(bias).build();
        let values: Vec<String> = parser
            .temporals(line)
            .iter()
            .map(|t| format!("{} = {}", t.text, t.value.as_deref().unwrap_or("-")))
            .collect();
        println!("\n{reference} {bias:?}: {}", values.join(", "));
    }
}
