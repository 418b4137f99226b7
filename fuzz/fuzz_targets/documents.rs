//! The printed documents with arbitrary values: never a panic, and nothing from the input ever
//! reaches the markup unescaped.
#![no_main]

use kz_iin::documents::{render_certificate, render_refusal, Paper};
use kz_iin::form::{Application, Field};
use kz_iin::{Date, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut app = Application::default();
    for field in Field::ALL {
        if !field.is_boolean() {
            app.set_text(field, text.clone());
        }
    }
    app.birth_date = Some("1990-05-17".into());
    let today = Date::new(2026, 11, 21).unwrap();
    let outputs = [
        render_certificate(&app, "960340000514", today, Paper::A4, Lang::Ru),
        render_certificate(&app, &text, today, Paper::A5, Lang::En),
        render_refusal(
            &app,
            &text,
            Some((&text, &text)),
            today,
            Paper::A4,
            Lang::Kk,
        ),
    ];
    for doc in outputs.into_iter().flatten() {
        // The only tags are the renderer's own: none opens inside a value.
        if text.contains('<') {
            assert!(
                !doc.body.contains(text.as_str()),
                "unescaped input in the markup"
            );
        }
        assert!(doc.document().contains(&kz_iin::documents::escape(
            app.surname_cyrillic.as_deref().unwrap_or("").trim()
        )));
    }
});
