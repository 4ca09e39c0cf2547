//! Adversarial inputs: each has an exact expected result, and the quadratic
//! traps (a long run rescanned from every token) would hang these tests.

use depeche_text::{decode, fold, normalize, paragraphs, tokenize, Span, TokenKind};

fn kinds(text: &str) -> Vec<TokenKind> {
    tokenize(text).map(|t| t.kind).collect()
}

#[test]
fn ten_megabyte_line_without_space() {
    let line = "a".repeat(10 << 20);
    let n = normalize(&line);
    assert_eq!(n.as_str().len(), line.len());
    assert_eq!(kinds(n.as_str()), [TokenKind::Word]);
    let p = paragraphs(n.as_str());
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].sentences, [Span::new(0, line.len())]);
}

#[test]
fn one_megabyte_of_digits_is_one_number() {
    let digits = "7".repeat(1 << 20);
    assert_eq!(kinds(&digits), [TokenKind::Number]);
}

#[test]
fn grouped_thousands_repeated() {
    let spaced = "1.000 ".repeat(100_000);
    let text = normalize(&spaced);
    let t: Vec<_> = tokenize(text.as_str()).collect();
    assert_eq!(t.len(), 100_000);
    assert!(t
        .iter()
        .all(|t| t.kind == TokenKind::Number && t.span.len() == 5));
    let glued = "1.000".repeat(100_000);
    assert_eq!(kinds(&glued), [TokenKind::Number]);
}

#[test]
fn opening_quotes_without_closing() {
    let text = "« ".repeat(100_000) + "fin";
    let n = normalize(&text);
    assert_eq!(tokenize(n.as_str()).count(), 100_001);
    assert_eq!(paragraphs(n.as_str())[0].sentences.len(), 1);
}

#[test]
fn dotted_runs_are_linear() {
    // Every "a" could start an e-mail local part and every "A" a dotted
    // acronym: the scans are bounded, so this finishes in linear time.
    let lower = "a.".repeat(1 << 20);
    assert_eq!(tokenize(&lower).count(), 2 << 20);
    let upper = "A.".repeat(1 << 20) + "b";
    assert_eq!(tokenize(&upper).count(), (2 << 20) + 1);
}

#[test]
fn nul_and_control_bytes_are_spaces() {
    assert_eq!(normalize("a\0b\u{1}\u{7f}c").as_str(), "a b c");
}

#[test]
fn rtl_and_zero_width_marks_inside_words() {
    let raw = "Ga\u{200f}za et Ni\u{200b}a\u{200d}mey";
    let n = normalize(raw);
    assert_eq!(n.as_str(), "Gaza et Niamey");
    let t = tokenize(n.as_str()).next().map(|t| n.to_original(t.span));
    assert_eq!(t.map(|s| &raw[s.range()]), Some("Ga\u{200f}za"));
}

#[test]
fn lone_combining_marks() {
    let n = normalize("\u{301}\u{301} x \u{308}");
    assert_eq!(n.as_str(), "\u{301}\u{301} x \u{308}");
    assert_eq!(
        kinds(n.as_str()),
        [TokenKind::Word, TokenKind::Word, TokenKind::Word]
    );
    assert_eq!(fold("\u{301}x").as_str(), "x");
}

#[test]
fn cr_only_line_ends_and_bom_in_the_middle() {
    let n = normalize("Un\rdeux\r\rtrois Ni\u{feff}ger");
    assert_eq!(n.as_str(), "Un\ndeux\n\ntrois Niger");
    assert_eq!(paragraphs(n.as_str()).len(), 2);
}

#[test]
fn invalid_utf8_says_where() {
    let err = decode(b"ok\nok\n\xc3\x28").unwrap_err();
    assert_eq!((err.offset, err.line, err.column), (6, 3, 1));
    assert_eq!(
        err.to_string(),
        "invalid UTF-8 at byte 6 (line 3, column 1)"
    );
}

#[test]
fn every_unicode_scalar_value() {
    let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
    let n = normalize(&all);
    let text = n.as_str();
    let mut last = 0;
    for t in tokenize(text) {
        assert!(t.span.start >= last && text.get(t.span.range()).is_some());
        let o = n.to_original(t.span);
        assert!(all.get(o.range()).is_some());
        last = t.span.end;
    }
    for p in paragraphs(text) {
        for s in p.sentences {
            assert!(text.get(s.range()).is_some());
        }
    }
    let f = fold(text);
    assert!(text
        .get(f.to_source(Span::new(0, f.as_str().len())).range())
        .is_some());
    // Idempotent even over every scalar value.
    assert_eq!(normalize(text).as_str(), text);
}

#[test]
fn one_char_of_every_general_category_between_two_words() {
    use depeche_text::QuoteMark;
    // (category, char, its normalised form between the words, the kind of
    // its token (None: it is white space or removed), paragraphs).
    let word = Some(TokenKind::Word);
    let symbol = Some(TokenKind::Symbol);
    let cases: [(&str, char, &str, Option<TokenKind>, usize); 29] = [
        ("Lu", 'É', " É ", word, 1),
        ("Ll", 'ß', " ß ", word, 1),
        ("Lt", 'ǅ', " ǅ ", word, 1),
        ("Lm", 'ʰ', " ʰ ", word, 1),
        ("Lo", '中', " 中 ", word, 1),
        ("Mn", '\u{301}', " \u{301} ", word, 1),
        ("Mc", '\u{903}', " \u{903} ", word, 1),
        ("Me", '\u{20DD}', " \u{20DD} ", word, 1),
        ("Nd", '٣', " ٣ ", word, 1),
        ("Nl", 'Ⅻ', " Ⅻ ", word, 1),
        ("No", '²', " ² ", word, 1),
        ("Pc", '‿', " ‿ ", symbol, 1),
        ("Pd", '‐', " - ", Some(TokenKind::Dash), 1),
        ("Ps", '［', " ［ ", symbol, 1),
        ("Pe", '］', " ］ ", symbol, 1),
        (
            "Pi",
            '‹',
            " ‹ ",
            Some(TokenKind::Quote(QuoteMark::SingleGuillemetOpen)),
            1,
        ),
        (
            "Pf",
            '›',
            " › ",
            Some(TokenKind::Quote(QuoteMark::SingleGuillemetClose)),
            1,
        ),
        ("Po", '§', " § ", symbol, 1),
        ("Sm", '∑', " ∑ ", symbol, 1),
        ("Sc", '€', " € ", symbol, 1),
        ("Sk", '^', " ^ ", symbol, 1),
        ("So", '©', " © ", symbol, 1),
        ("Zs", '\u{A0}', " ", None, 1),
        ("Zl", '\u{2028}', "\n", None, 1),
        ("Zp", '\u{2029}', "\n\n", None, 2),
        ("Cc", '\u{7}', " ", None, 1),
        ("Cf", '\u{200B}', " ", None, 1),
        ("Co", '\u{E000}', " \u{E000} ", symbol, 1),
        ("Cn", '\u{378}', " \u{378} ", symbol, 1),
    ];
    for (category, c, between, kind, paras) in cases {
        let raw = format!("mot {c} fin");
        let n = normalize(&raw);
        let text = n.as_str();
        assert_eq!(text, format!("mot{between}fin"), "{category}");
        let got = kinds(text);
        let expected: Vec<TokenKind> = [word, kind, word].into_iter().flatten().collect();
        assert_eq!(got, expected, "{category}");
        assert_eq!(paragraphs(text).len(), paras, "{category}");
    }
}

#[test]
fn an_invisible_char_between_two_runs_of_marks_does_not_break_idempotence() {
    // Found by the normalize_fold fuzz target (10-minute run): U+06EC
    // (class 230), a soft hyphen, U+032C (class 220) is NFC as it stands,
    // but once the soft hyphen is removed the marks must be put in
    // canonical order, as a second pass would.
    let raw = "\u{6EC}\u{AD}\u{32C}";
    let once = normalize(raw);
    assert_eq!(once.as_str(), "\u{32C}\u{6EC}");
    assert_eq!(normalize(once.as_str()).as_str(), once.as_str());
    // Every char maps back inside the input.
    let span = once.to_original(Span::new(0, once.as_str().len()));
    assert_eq!(span, Span::new(0, raw.len()));
}

#[test]
fn long_chains_of_initials_end_as_the_probes_say() {
    // Plain initials up to the last twelve letters, which are an acronym
    // (the chain ends clean).
    let text = "A.".repeat(100) + " fin";
    let toks: Vec<_> = tokenize(&text).collect();
    assert_eq!(toks.len(), 88 * 2 + 2);
    assert!(toks[..176].chunks(2).all(|p| p[0].kind == TokenKind::Word
        && p[0].span.len() == 1
        && p[1].kind == TokenKind::Punct
        && p[1].span.len() == 1));
    assert_eq!(toks[176].kind, TokenKind::Acronym);
    assert_eq!(toks[176].span, Span::new(176, 200));
    // An e-mail address takes the letters within 64 bytes of its '@'.
    let text = "A.".repeat(40) + "b@x.fr";
    let toks: Vec<_> = tokenize(&text).collect();
    assert_eq!(toks.len(), 9 * 2 + 1);
    assert_eq!(toks[18].kind, TokenKind::Email);
    assert_eq!(toks[18].span, Span::new(18, text.len()));
    // Initials followed by a space: one word and its period each, and one
    // sentence.
    let text = "A. ".repeat(1000) + "Fin.";
    assert_eq!(tokenize(&text).count(), 2002);
    assert_eq!(paragraphs(&text)[0].sentences.len(), 1);
}
