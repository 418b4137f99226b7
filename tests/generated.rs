#![cfg(feature = "form")]
//! Every file generated from the core's tables (the number and widget texts in JavaScript, the
//! TypeScript field types, the JSON Schema, the book's table of fields) is what the tables
//! give today: a stale copy fails here, naming the command that writes it.

mod common {
    pub mod codegen;
}

#[test]
fn every_generated_file_is_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    let chapter =
        std::fs::read_to_string(format!("{root}/{}", common::codegen::FORM_CHAPTER)).unwrap();
    let mut stale = Vec::new();
    for file in common::codegen::all(&chapter) {
        let committed =
            std::fs::read_to_string(format!("{root}/{}", file.path)).unwrap_or_default();
        if committed != file.text {
            stale.push(file.path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}; run `cargo run --example codegen`"
    );
}

/// A catalogue that lost a key, or a `{}`, or that has a key of its own, is refused with the key
/// and the file named (and so `cargo run --example codegen` and this test fail).
#[test]
fn a_catalogue_that_lost_a_key_or_a_placeholder_is_refused_by_name() {
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = std::env::temp_dir().join(format!("kz-iin-catalogues-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("locales")).unwrap();
    let read = |lang: &str| std::fs::read_to_string(format!("{root}/locales/{lang}.toml")).unwrap();
    let check = |ru: &str| {
        std::fs::write(dir.join("locales/kk.toml"), read("kk")).unwrap();
        std::fs::write(dir.join("locales/ru.toml"), ru).unwrap();
        std::fs::write(dir.join("locales/en.toml"), read("en")).unwrap();
        common::codegen::read_catalogues(dir.to_str().unwrap()).map(|entries| entries.len())
    };
    assert!(check(&read("ru")).is_ok_and(|n| n > 300));
    let ru = read("ru");
    let without = ru.replace("signIn = \"Войти\"\n", "");
    assert_ne!(without, ru);
    let problem = check(&without).unwrap_err();
    assert!(
        problem.contains("locales/ru.toml: `staff.signIn` is missing"),
        "{problem}"
    );
    let lost = ru.replace(
        "signedInAs = \"Вы вошли как {}\"",
        "signedInAs = \"Вы вошли\"",
    );
    assert_ne!(lost, ru);
    let problem = check(&lost).unwrap_err();
    assert!(
        problem.contains("`staff.signedInAs`") && problem.contains("{}"),
        "{problem}"
    );
    let extra = format!("{ru}\n[extra]\nword = \"слово\"\n");
    assert!(check(&extra)
        .unwrap_err()
        .contains("locales/ru.toml: `extra.word` is in no other catalogue"));
    std::fs::remove_dir_all(&dir).unwrap();
}
