#![cfg(feature = "form")]
//! The committed JSON Schema is the one the crate's tables give today.

mod common {
    pub mod schema;
}

#[test]
fn the_committed_schema_is_current() {
    let generated =
        serde_json::to_string_pretty(&common::schema::application_schema()).unwrap() + "\n";
    let committed = include_str!("../www/src/application.schema.json");
    assert!(
        generated == committed,
        "www/src/application.schema.json is stale: run cargo run --example schema > www/src/application.schema.json"
    );
}
