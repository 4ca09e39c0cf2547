//! Extends the embedded entity dictionaries with a local organisation and a
//! village the embedded lists do not know, then parses a dispatch with them.
//!
//! `cargo run --example custom_dictionary`

use depeche::entities::{Dictionaries, DictionaryKind};
use depeche::Parser;

/// A newsroom's own list, in the TSV format of the embedded dictionaries.
const ORGANIZATIONS: &str = "#id\tname\tacronyms\tvariants\ttype\tcountry\tflags
collectif-tillaberi\tCollectif des éleveurs de Tillabéri\tCET\t-\tngo\tNE\t-
";
const PLACES: &str = "#id\tname\tkind\tcountry\tvariants\tdemonyms\tmetonym\tflags
tamou-koira\tTamou-Koïra\tcity\tNE\t-\t-\t-\t-
";

const DISPATCH: &str = "NIAMEY (AFP) - Le Collectif des éleveurs de Tillabéri (CET) a dénoncé \
mercredi le vol de 300 têtes de bétail à Tamou-Koïra, dans l'ouest du Niger. \
\"Nous ne pouvons plus mener nos troupeaux au pâturage\", a déclaré un responsable du CET.";

fn main() {
    let dictionaries = Dictionaries::embedded()
        .to_builder()
        .add_tsv(
            DictionaryKind::Organizations,
            "newsroom/organizations.tsv",
            ORGANIZATIONS,
        )
        .and_then(|b| b.add_tsv(DictionaryKind::Places, "newsroom/places.tsv", PLACES))
        .map(|b| b.build());
    let dictionaries = match dictionaries {
        Ok(d) => d,
        Err(e) => {
            eprintln!("custom dictionary rejected: {e}");
            std::process::exit(1);
        }
    };
    let parser = Parser::builder().dictionaries(&dictionaries).build();
    let article = parser.parse(DISPATCH);
    for e in &article.entities {
        let mentions: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        println!("{:<34} {:<13} {:?}", e.id, e.kind, mentions);
    }
    for q in &article.quotes {
        println!(
            "«{}» ({}, {})",
            q.text,
            q.cue.as_deref().unwrap_or("-"),
            q.source.as_deref().unwrap_or("-")
        );
    }
}
