//! Conformance runner: Duckling's French time and duration corpora.
//!
//! Duckling semantics (see the files' notes): each text must give exactly
//! one expression spanning the whole text, whose value equals the expected
//! one. Our values are TIMEX3 strings; they are compared with Duckling's
//! through the calendar stretch both denote: Duckling's instant `value` at
//! `grain` is `[value, value + grain)`, its intervals are `[from, to)`;
//! ours comes from [`Temporal::bounds`]. Durations compare by their length
//! in seconds (Duckling's `normalized_seconds`: month = 30 days, quarter =
//! 90 days, year = 365 days). Texts are scored per occurrence (duplicates
//! kept). Out-of-scope cases are listed in `EXCLUDED_*` with a reason and in
//! docs/conformance.md.

use chrono::{Months, NaiveDateTime, TimeDelta};
use depeche_dates::{Bias, DateFinder, Reference, Temporal, TemporalKind};
use serde_json::Value;

const TIME: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/conformance/duckling-fr/time.json"
);
const DURATION: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/conformance/duckling-fr/duration.json"
);

/// The pass rate reached on in-scope time texts; CI fails below it.
const TIME_MIN_RATE: f64 = 0.96;
/// The pass rate reached on in-scope duration texts; CI fails below it.
const DURATION_MIN_RATE: f64 = 1.0;

/// Reasons for leaving a time text out of scope.
const SPACED: &str =
    "numeric date written with spaces: in news copy \"le 17 02\" reads as two counts";
const SHIFT_GRAIN: &str = "Duckling gives \"dans N unit\" one grain finer than the unit (\"dans 1 an\" = a month); TIMEX3 keeps the unit's precision";
const WEEKEND: &str = "Duckling's weekend starts on Friday 18:00; TIMEX3 -WE is Saturday-Sunday";
const AFTER: &str = "\"après X\" starts after X (mod after); Duckling includes X";
const MEAL: &str =
    "meal and work hours (déjeuner, travail) are Duckling-specific ranges, not TIMEX3 parts of day";
const LATER: &str = "\"plus tard\" alone is Duckling's now + 10 minutes; not a calendar value";
const BARE_HOURS: &str = "bare numbers read as hours (\"de 5 à 7\"): in news copy they are counts";
const EARLY_MONTH: &str = "Duckling's \"début\" of a named month is days 1-5, of \"le mois\" days 1-10; we use days 1-10 throughout";
const START_OF_MONTH: &str = "Duckling moves \"début du mois\" to the next month once the 10th is past; we keep the reference's month (mod start)";
const PRESENT: &str = "TIMEX3 PRESENT_REF (the spec's vocabulary); Duckling gives the day";
const TIMEZONE: &str = "time zones are kept as written (wall-clock of the text), not converted to the reference's zone";
const AMBIGUOUS: &str = "\"jui\" may be juin or juillet";

/// Time texts out of scope, with the reason.
const EXCLUDED_TIME: &[(&str, &str)] = &[
    ("17 02", SPACED),
    ("17 2", SPACED),
    ("le 17 02", SPACED),
    ("le 17 2", SPACED),
    ("20 02 2014", SPACED),
    ("20 02 14", SPACED),
    ("20 2 2014", SPACED),
    ("20 2 14", SPACED),
    ("le 20 02 2014", SPACED),
    ("le 20 02 14", SPACED),
    ("le 20 2 2014", SPACED),
    ("le 20 2 14", SPACED),
    ("31 10", SPACED),
    ("le 31 10", SPACED),
    ("24 12 2014", SPACED),
    ("24 12 14", SPACED),
    ("le 24 12 2014", SPACED),
    ("le 24 12 14", SPACED),
    ("dans une minute", SHIFT_GRAIN),
    ("dans 1 min", SHIFT_GRAIN),
    ("dans 2 minutes", SHIFT_GRAIN),
    ("dans deux min", SHIFT_GRAIN),
    ("dans 2'", SHIFT_GRAIN),
    ("dans 60 minutes", SHIFT_GRAIN),
    ("dans un jour", SHIFT_GRAIN),
    ("dans 7 jours", SHIFT_GRAIN),
    ("dans une année", SHIFT_GRAIN),
    ("dans 1 an", SHIFT_GRAIN),
    ("il y a deux ans", SHIFT_GRAIN),
    ("ce week-end", WEEKEND),
    ("le premier week-end de septembre", WEEKEND),
    ("le deuxième week-end de septembre", WEEKEND),
    ("le dernier week-end de septembre", WEEKEND),
    ("jeudi après 9h30", AFTER),
    ("après 16h le 1er novembre", AFTER),
    ("après le 1er novembre", AFTER),
    ("après déjeuner", MEAL),
    ("avant déjeuner", MEAL),
    ("aujourd'hui pendant le déjeuner", MEAL),
    ("à l'heure du déjeuner", MEAL),
    ("au moment de déjeuner", MEAL),
    ("pendant le déjeuner", MEAL),
    ("après le travail", MEAL),
    ("plus tard", LATER),
    ("un peu plus tard", LATER),
    ("plus tard dans l'après-midi", LATER),
    ("un peu plus tard dans l'après-midi", LATER),
    ("plus tard dans la soirée", LATER),
    ("un peu plus tard dans la soirée", LATER),
    ("de 5 à 7", BARE_HOURS),
    ("entre midi et 2", BARE_HOURS),
    ("début avril", EARLY_MONTH),
    ("début du mois d'avril", EARLY_MONTH),
    ("au début du mois", START_OF_MONTH),
    ("en début de mois", START_OF_MONTH),
    ("en ce moment", PRESENT),
    ("à seize heures CET", TIMEZONE),
    ("5 jui", AMBIGUOUS),
    ("5 jui.", AMBIGUOUS),
];

/// Negative duration texts out of scope, with the reason.
const EXCLUDED_DURATION_NEGATIVE: &[(&str, &str)] = &[(
    "pendant des mois",
    "the spec asks for vague durations (\"des années\" -> PXY); Duckling finds none",
)];

fn read(path: &str) -> Option<Value> {
    match std::fs::read_to_string(path) {
        Ok(s) => Some(serde_json::from_str(&s).expect("corpus is JSON")),
        Err(e) => {
            assert!(std::env::var_os("CI").is_none(), "{path}: {e}");
            println!("skipped: {path} missing");
            None
        }
    }
}

fn dt(v: &Value) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(v.as_str()?, "%Y-%m-%dT%H:%M:%S").ok()
}

fn add_grain(t: NaiveDateTime, grain: &str) -> Option<NaiveDateTime> {
    match grain {
        "second" => t.checked_add_signed(TimeDelta::try_seconds(1)?),
        "minute" => t.checked_add_signed(TimeDelta::try_minutes(1)?),
        "hour" => t.checked_add_signed(TimeDelta::try_hours(1)?),
        "day" => t.checked_add_signed(TimeDelta::try_days(1)?),
        "week" => t.checked_add_signed(TimeDelta::try_days(7)?),
        "month" => t.checked_add_months(Months::new(1)),
        "quarter" => t.checked_add_months(Months::new(3)),
        "year" => t.checked_add_months(Months::new(12)),
        _ => None,
    }
}

type Stretch = (Option<NaiveDateTime>, Option<NaiveDateTime>);

fn expected_stretch(e: &Value) -> Option<Stretch> {
    match e["kind"].as_str()? {
        "instant" => {
            let v = dt(&e["value"])?;
            Some((Some(v), Some(add_grain(v, e["grain"].as_str()?)?)))
        }
        "interval" => Some((dt(&e["from"]), dt(&e["to"]))),
        _ => None,
    }
}

fn our_stretch(t: &Temporal, reference: NaiveDateTime) -> Option<Stretch> {
    if t.value.as_deref() == Some("PRESENT_REF") {
        return Some((Some(reference), add_grain(reference, "second")));
    }
    let b = t.bounds()?;
    Some((b.start, b.end))
}

fn whole<'a>(found: &'a [Temporal], text: &str) -> Result<&'a Temporal, String> {
    match found {
        [t] if t.span.start == 0 && t.span.end == text.len() => Ok(t),
        [t] => Err(format!("partial span {:?}", t.text(text))),
        [] => Err("nothing found".to_owned()),
        many => Err(format!(
            "{} expressions: {:?}",
            many.len(),
            many.iter().map(|t| t.text(text)).collect::<Vec<_>>()
        )),
    }
}

#[test]
fn duckling_time_corpus() {
    let Some(corpus) = read(TIME) else {
        return;
    };
    let reference_text = corpus["reference_time"].as_str().expect("reference_time");
    let reference = Reference::parse(reference_text).expect("reference");
    let now = reference.datetime().expect("reference has a time");
    let finder = DateFinder::builder()
        .reference(reference)
        .bias(Bias::Future)
        .build();
    let (mut pass, mut total, mut excluded) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for case in corpus["cases"].as_array().expect("cases") {
        let id = case["id"].as_str().unwrap_or("?");
        let texts = case["texts"].as_array().expect("texts");
        let want = expected_stretch(&case["expected"]);
        for text in texts.iter().filter_map(Value::as_str) {
            if EXCLUDED_TIME.iter().any(|(x, _)| *x == text) {
                excluded += 1;
                continue;
            }
            total += 1;
            let norm = depeche_text::normalize(text);
            let norm = norm.as_str();
            let found = finder.find(norm);
            let verdict = whole(&found, norm).and_then(|t| {
                let got = our_stretch(t, now);
                if got.is_some() && got == want {
                    Ok(())
                } else {
                    Err(format!(
                        "got {:?} {:?} from={:?} to={:?} mod={:?} = {:?}, want {:?}",
                        t.kind, t.value, t.from, t.to, t.modifier, got, want
                    ))
                }
            });
            match verdict {
                Ok(()) => pass += 1,
                Err(why) => failures.push(format!("{id} {text:?}: {why}")),
            }
        }
    }
    let mut neg_fail = 0;
    for text in corpus["negative"]
        .as_array()
        .expect("negative")
        .iter()
        .filter_map(Value::as_str)
    {
        total += 1;
        let found = finder.find(depeche_text::normalize(text).as_str());
        if found.is_empty() {
            pass += 1;
        } else {
            neg_fail += 1;
            failures.push(format!("negative {text:?}: found {}", found.len()));
        }
    }
    let rate = pass as f64 / total.max(1) as f64;
    println!("duckling-fr time: {pass}/{total} in-scope texts pass ({:.1} %), {excluded} excluded, {neg_fail} negative failures", rate * 100.0);
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(
        rate >= TIME_MIN_RATE,
        "time pass rate {rate:.3} fell below {TIME_MIN_RATE}"
    );
}

/// Length in seconds of a TIMEX3 duration, with Duckling's month, quarter
/// and year lengths.
fn duration_seconds(v: &str) -> Option<u64> {
    let body = v.strip_prefix('P')?;
    let (time, body) = match body.strip_prefix('T') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let split = body.find(|c: char| !c.is_ascii_digit())?;
    let n: u64 = body.get(..split)?.parse().ok()?;
    let day = 86_400;
    let unit = match (time, body.get(split..)?) {
        (true, "S") => 1,
        (true, "M") => 60,
        (true, "H") => 3_600,
        (false, "D") => day,
        (false, "W") => 7 * day,
        (false, "M") => 30 * day,
        (false, "Q") => 90 * day,
        (false, "Y") => 365 * day,
        (false, "DE") => 3_650 * day,
        (false, "CE") => 36_500 * day,
        _ => return None,
    };
    n.checked_mul(unit)
}

#[test]
fn duckling_duration_corpus() {
    let Some(corpus) = read(DURATION) else {
        return;
    };
    let finder = DateFinder::new(Reference::parse("2013-02-12T04:30:00").expect("reference"));
    let (mut pass, mut total) = (0usize, 0usize);
    let mut failures = Vec::new();
    for case in corpus["cases"].as_array().expect("cases") {
        let want = case["expected"]["normalized_seconds"].as_u64();
        for text in case["texts"]
            .as_array()
            .expect("texts")
            .iter()
            .filter_map(Value::as_str)
        {
            total += 1;
            let norm = depeche_text::normalize(text);
            let found = finder.find(norm.as_str());
            let verdict = whole(&found, norm.as_str()).and_then(|t| {
                let got = t.value.as_deref().and_then(duration_seconds);
                if t.kind == TemporalKind::Duration && got.is_some() && got == want {
                    Ok(())
                } else {
                    Err(format!("got {:?} {:?}", t.kind, t.value))
                }
            });
            match verdict {
                Ok(()) => pass += 1,
                Err(why) => failures.push(format!("{text:?}: {why}")),
            }
        }
    }
    for text in corpus["negative"]
        .as_array()
        .expect("negative")
        .iter()
        .filter_map(Value::as_str)
    {
        if EXCLUDED_DURATION_NEGATIVE.iter().any(|(x, _)| *x == text) {
            continue;
        }
        total += 1;
        let found = finder.find(depeche_text::normalize(text).as_str());
        if found.iter().all(|t| t.kind != TemporalKind::Duration) {
            pass += 1;
        } else {
            failures.push(format!("negative {text:?}: found a duration"));
        }
    }
    let rate = pass as f64 / total.max(1) as f64;
    println!(
        "duckling-fr duration: {pass}/{total} in-scope texts pass ({:.1} %)",
        rate * 100.0
    );
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(
        rate >= DURATION_MIN_RATE,
        "duration pass rate {rate:.3} fell below {DURATION_MIN_RATE}"
    );
}
