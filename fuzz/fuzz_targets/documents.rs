//! The printed documents with arbitrary values: never a panic, and nothing from the input ever
//! reaches the markup unescaped.
#![no_main]

use kz_iin::documents::{render_certificate, render_refusal, Paper};
use kz_iin::form::{Application, Field};
use kz_iin::Date;
use libfuzzer_sys::fuzz_target;

/// The three documents for an application whose every text field (and the reason, and the IIN
/// of the second certificate) is `text`.
fn render(text: &str) -> Vec<Option<kz_iin::documents::Rendered>> {
    let mut app = Application::default();
    for field in Field::ALL {
        if !field.is_boolean() {
            app.set_text(field, text.to_string());
        }
    }
    app.birth_date = Some("1990-05-17".into());
    let today = Date::new(2026, 11, 21).unwrap();
    vec![
        render_certificate(&app, "960340000514", today, Paper::A4).ok(),
        render_certificate(&app, text, today, Paper::A5).ok(),
        render_refusal(&app, text, Some((text, text)), today, Paper::A4).ok(),
    ]
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    // The renderer's own markup for a harmless value: what the input may match by chance ("<s"
    // is in "<span>") without having been inserted unescaped.
    let baseline = render("Z");
    for (doc, plain) in render(&text).into_iter().zip(baseline) {
        let Some(doc) = doc else { continue };
        if text.contains('<') {
            let own = plain.map_or(0, |p| p.body.matches(text.as_str()).count());
            assert!(
                doc.body.matches(text.as_str()).count() <= own,
                "unescaped input in the markup"
            );
        }
        let surname = text.trim();
        assert!(doc.document().contains(&kz_iin::documents::escape(surname)) || surname.is_empty());
    }
});
