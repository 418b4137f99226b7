//! Writes every file generated from the core's tables (see tests/common/codegen.rs):
//! `cargo run --example codegen`. tests/generated.rs fails while one of them is stale.

#[path = "../tests/common/codegen.rs"]
mod codegen;

fn main() -> std::io::Result<()> {
    let root = env!("CARGO_MANIFEST_DIR");
    let chapter = std::fs::read_to_string(format!("{root}/{}", codegen::FORM_CHAPTER))?;
    for file in codegen::all(&chapter) {
        let path = format!("{root}/{}", file.path);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(file.text.as_str()) {
            std::fs::write(&path, &file.text)?;
            println!("wrote {}", file.path);
        }
    }
    Ok(())
}
