//! The JSON shape of a temporal (the SPEC's contract), with the `serde`
//! feature.
#![cfg(feature = "serde")]

use depeche_dates::{DateFinder, Reference};

#[test]
fn temporal_serialises_with_the_contract_names() {
    let f = DateFinder::new(Reference::parse("2024-03").unwrap());
    let text = "Mi-mars, le Niger avait dénoncé l'accord.";
    let t = &f.find(text)[0];
    let v = serde_json::to_value(t).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "start": 0, "end": 7, "kind": "date", "value": "2024-03",
            "precision": "month", "mod": "mid", "from": null, "to": null
        })
    );
    let back: depeche_dates::Temporal = serde_json::from_value(v).unwrap();
    assert_eq!(&back, t);
    let d = &f.find("depuis 2020")[0];
    let v = serde_json::to_value(d).unwrap();
    assert_eq!(v["kind"], "interval");
    assert_eq!(v["from"], "2020");
    assert_eq!(v["to"], serde_json::Value::Null);
    let p = &f.find("le matin")[0];
    assert_eq!(serde_json::to_value(p).unwrap()["precision"], "part_of_day");
}
