//! Writes `www/src/number-texts.js`, the number message templates the package's JavaScript
//! renders from (see `kz_iin::messages::NumberTexts`):
//! `cargo run --example number_texts > www/src/number-texts.js`.

fn main() {
    print!("{}", kz_iin::messages::number_texts_js());
}
