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
    let chapter = std::fs::read_to_string(format!("{root}/{}", common::codegen::FORM_CHAPTER)).unwrap();
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
