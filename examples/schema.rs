//! Prints the JSON Schema of the application: cargo run --example schema > www/src/application.schema.json

#[path = "../tests/common/schema.rs"]
mod schema;

fn main() {
    let text = serde_json::to_string_pretty(&schema::application_schema()).unwrap_or_default();
    println!("{text}");
}
