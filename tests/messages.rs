//! The number messages the JavaScript renderer writes (www/src/numbers.js, from the generated
//! www/src/number-texts.js) are the core's: tests/vectors/number-messages.json holds both to them.

/// The messages of tests/vectors/number-messages.json: the JavaScript renderer must write the
/// very same (tests/js/vectors.test.js). The inputs: every invalid case of iin.json as an IIN
/// and as a BIN, and bases to form from, in each language.
fn number_message_vectors() -> serde_json::Value {
    use kz_iin::messages::{number_message, Subject};
    use kz_iin::{Iin, Lang};
    let cases: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/vectors/iin.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let mut out = Vec::new();
    let mut add = |input: &str, kind: &str, lang: Lang, message: String| {
        out.push(serde_json::json!({ "input": input, "kind": kind, "lang": lang.as_str(), "message": message }));
    };
    let bases = [
        "",
        "1",
        "99O14000465",
        "9901400046\u{202E}",
        "830717350",
        "000000000000000",
        "99014000465 9",
        "01234567891",
    ];
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        for case in cases["cases"].as_array().unwrap() {
            let input = case["input"].as_str().unwrap();
            if let Err(e) = Iin::parse(input) {
                add(input, "iin", lang, number_message(lang, Subject::Iin, &e));
                add(input, "bin", lang, number_message(lang, Subject::Bin, &e));
            }
        }
        for base in bases {
            if let Err(e) = kz_iin::form(base) {
                add(base, "base", lang, number_message(lang, Subject::Base, &e));
            }
        }
    }
    serde_json::json!({
        "description": "Number messages as the Rust core writes them (tests/messages.rs; regenerate with KZ_IIN_BLESS=1 cargo test --test messages). The JavaScript renderer (www/src/numbers.js with www/src/number-texts.js) must write the same.",
        "cases": out,
    })
}

#[test]
fn the_number_message_vectors_are_the_core_s() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/number-messages.json"
    );
    let expected = number_message_vectors();
    if std::env::var_os("KZ_IIN_BLESS").is_some() {
        std::fs::write(
            path,
            serde_json::to_string_pretty(&expected).unwrap() + "\n",
        )
        .unwrap();
    }
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("number-messages.json"))
            .unwrap();
    assert!(committed == expected, "tests/vectors/number-messages.json is out of date: KZ_IIN_BLESS=1 cargo test --test messages");
}
