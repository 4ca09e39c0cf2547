//! JSONL record parsing as the CLI does it: a result or a typed error, and
//! the output line is valid JSON, and `write_json` writes what serde_json
//! writes.
#![no_main]

use depeche::Parser;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn parser() -> &'static Parser {
    static P: OnceLock<Parser> = OnceLock::new();
    P.get_or_init(Parser::new)
}

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    match parser().parse_json(line) {
        Ok(article) => {
            let json = serde_json::to_string(&article).expect("serialises");
            assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
            // The CLI's own writer gives the same bytes.
            let mut written = String::new();
            article.write_json(&mut written);
            assert_eq!(written, json);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
