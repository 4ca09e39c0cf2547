//! The JSON shape of matches and SPEC items (feature `serde`).
#![cfg(feature = "serde")]

use depeche_numbers::NumberFinder;

#[test]
fn spec_item_shape() {
    let text = "Environ 500 millions de francs CFA et un peu plus de 1.000 soldats.";
    let found = NumberFinder::new().find(text);
    let items: Vec<_> = found.iter().map(|m| m.item(text)).collect();
    let json = serde_json::to_value(&items).expect("serialisable");
    let first = &json[0];
    assert_eq!(first["kind"], "money");
    assert_eq!(first["qualifier"], "about");
    assert_eq!(first["currency"], "XOF");
    assert_eq!(first["category"], "money");
    assert_eq!(first["text"], "Environ 500 millions de francs CFA");
    assert!(first["min"].is_null());
    let second = &json[1];
    assert_eq!(second["qualifier"], "more_than");
    assert_eq!(second["unit"], "soldats");
    assert_eq!(second["category"], "troops");
    assert_eq!(second["value"], 1000.0);
}

#[test]
fn match_shape() {
    let text = "au moins 139 morts";
    let m = NumberFinder::new().find(text).remove(0);
    let json = serde_json::to_string(&m).expect("serialisable");
    assert!(json.contains("\"span\":{\"start\":0,\"end\":18}"), "{json}");
    assert!(json.contains("\"kind\":\"quantity\""));
    assert!(json.contains("\"qualifier\":\"at_least\""));
    assert!(json.contains("\"category\":\"fatalities\""));
}
