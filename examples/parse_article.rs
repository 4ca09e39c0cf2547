//! Parses a sample dispatch written for the project and prints a readable
//! summary: title, dateline, structure, quotes with their sources, and
//! whatever the extractors found.
//!
//! `cargo run --example parse_article`

use depeche::{Article, Parser};

const DISPATCH: &str = include_str!("dispatches/mali-convoi-2024-05.txt");

fn main() {
    let parser = Parser::new();
    let article = parser.parse(DISPATCH);
    print!("{}", summary(DISPATCH, &article));
}

fn summary(input: &str, a: &Article) -> String {
    let mut s = String::new();
    let or_none = |o: Option<&str>| o.unwrap_or("-").to_owned();
    s += &format!("title     {}\n", or_none(a.title.as_deref()));
    s += &format!("topic     {}\n", or_none(a.topic.as_deref()));
    s += &format!("date      {}\n", or_none(a.date.as_deref()));
    if let Some(d) = &a.dateline {
        s += &format!(
            "dateline  {} ({}) {}\n",
            d.place,
            or_none(d.agency.as_deref()),
            or_none(d.date.as_deref())
        );
    }
    let sentences: usize = a.paragraphs.iter().map(|p| p.sentences.len()).sum();
    s += &format!(
        "body      {} paragraphs, {} sentences\n",
        a.paragraphs.len(),
        sentences
    );
    if let Some(first) = a.paragraphs.first().and_then(|p| p.sentences.first()) {
        s += &format!("lead      {}\n", &input[first.start..first.end]);
    }
    s += &format!("\nquotes ({})\n", a.quotes.len());
    for q in &a.quotes {
        s += &format!(
            "  «{}»\n      cue: {}  source: {}\n",
            q.text,
            or_none(q.cue.as_deref()),
            or_none(q.source.as_deref())
        );
    }
    s += &format!("\nentities ({})\n", a.entities.len());
    for e in &a.entities {
        let mentions: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        s += &format!(
            "  {:<28} {:<12} roles {:?}  mentions {:?}\n",
            e.id, e.kind, e.roles, mentions
        );
    }
    s += &format!("\nquantities ({})\n", a.quantities.len());
    for q in &a.quantities {
        s += &format!(
            "  {:<36} value {} ({}) unit {} category {}\n",
            q.text,
            q.value,
            q.qualifier,
            or_none(q.unit.as_deref()),
            or_none(q.category.as_deref())
        );
    }
    s += &format!("\ntemporals ({})\n", a.temporals.len());
    for t in &a.temporals {
        s += &format!(
            "  {:<24} {:<9} {}\n",
            t.text,
            t.kind,
            or_none(t.value.as_deref().or(t.from.as_deref()))
        );
    }
    s
}
