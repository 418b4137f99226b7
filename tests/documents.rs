#![cfg(feature = "documents")]
//! The two documents: every label of the seed's appendices verbatim, every value escaped, and no
//! certificate for an IIN that fails the rules.

use kz_iin::documents::{render_certificate, render_refusal, Paper};
use kz_iin::form::{Application, Field};
use kz_iin::{Date, Lang};
use serde_json::Value;

#[path = "common/appendix.rs"]
mod appendix;
use appendix::{appendix_lines, text_of};

fn today() -> Date {
    Date::new(2026, 11, 21).unwrap()
}

fn applicant() -> Application {
    Application {
        surname_cyrillic: Some("Мюллер".into()),
        given_name_cyrillic: Some("Анна".into()),
        patronymic_cyrillic: Some("Петровна".into()),
        birth_date: Some("1990-05-17".into()),
        birth_country: Some("DEU".into()),
        birth_address: Some("München".into()),
        ..Application::default()
    }
}

#[test]
fn the_certificate_carries_every_label_of_appendix_2_verbatim() {
    let labels = appendix::certificate_labels();
    assert_eq!(labels.len(), 20, "{labels:?}");
    let doc = render_certificate(&applicant(), "960340000514", today(), Paper::A4).unwrap();
    let text = text_of(&doc.body);
    for label in &labels {
        assert!(text.contains(label.as_str()), "missing: {label}");
    }
    assert!(
        text.contains("9603 4000 0514")
            && text.contains("21.11.2026")
            && text.contains("Германия, München")
    );
    assert!(doc.body.contains("<svg") && doc.body.contains("aria-label=\"960340000514\""));
    assert!(doc.document().starts_with("<!doctype html>"));
    assert!(doc.css.contains("size: A4"));
    let a5 = render_certificate(&applicant(), "960340000514", today(), Paper::A5).unwrap();
    assert!(a5.css.contains("size: A5"));
}

#[test]
fn the_refusal_carries_every_label_of_appendix_3_verbatim() {
    let labels = appendix_lines("Тегі\n\nАты\n\nӘкесінің аты (бар болған жағдайда)\n\nТуған күні\n\nТуған жері\n\nБерген мекеме ҚР Ішкі Істер министрлігі\n\nБерілген күні", "Причина отказа");
    let mut labels = labels;
    labels.push("Причина отказа".into());
    labels.push("Жеке сәйкестендіру нөмірін қалыптастырудан бас тарту туралы ХАБАРЛАМА".into());
    assert_eq!(labels.len(), 17, "{labels:?}");
    let doc = render_refusal(
        &applicant(),
        "Паспорт недействителен",
        Some(("Құжат жарамсыз", "Документ недействителен")),
        today(),
        Paper::A4,
    )
    .unwrap();
    let text = text_of(&doc.body);
    for label in &labels {
        assert!(text.contains(label.as_str()), "missing: {label}");
    }
    assert!(
        text.contains("Құжат жарамсыз. Паспорт недействителен")
            && text.contains("Документ недействителен. Паспорт недействителен")
    );
}

#[test]
fn a_certificate_is_refused_for_every_invalid_iin_of_the_vectors() {
    let v: Value = serde_json::from_str(include_str!("vectors/iin.json")).unwrap();
    for case in v["cases"].as_array().unwrap() {
        let input = case["input"].as_str().unwrap();
        let result = render_certificate(&applicant(), input, today(), Paper::A4);
        if case["valid"].as_bool().unwrap() {
            assert!(result.is_ok(), "{input:?}");
        } else {
            let err = result.unwrap_err();
            assert_eq!(
                (err.field(), err.code()),
                ("iin", case["code"].as_str().unwrap()),
                "{input:?}"
            );
            assert!(!kz_iin::messages::document_message(Lang::Kk, &err).is_empty());
        }
    }
    let err = render_certificate(&Application::default(), "960340000514", today(), Paper::A4)
        .unwrap_err();
    assert_eq!((err.field(), err.code()), ("surnameCyrillic", "required"));
}

#[test]
fn every_field_is_escaped() {
    let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "&lt;b&gt;",
        "</dd></dl><iframe src=javascript:alert(1)>",
    ];
    for payload in payloads {
        let mut app = applicant();
        for field in Field::ALL {
            if !field.is_boolean() && field != Field::BirthDate && field != Field::BirthCountry {
                app.set_text(field, payload.to_string());
            }
        }
        for doc in [
            render_certificate(&app, "960340000514", today(), Paper::A4).unwrap(),
            render_refusal(&app, payload, Some((payload, payload)), today(), Paper::A4).unwrap(),
        ] {
            // No tag of the payload opens (the QR code's own <svg role="img"> is the only svg).
            for bad in ["<script", "<img", "<iframe", "<svg onload", "<b>"] {
                assert_eq!(doc.body.matches(bad).count(), 0, "{bad} from {payload:?}");
            }
            // Shown as typed: the payload is there, escaped, so a browser displays it as text.
            assert!(
                doc.body.contains(&kz_iin::documents::escape(payload)),
                "{payload:?}"
            );
        }
    }
}

#[test]
fn a_value_of_the_wrong_type_is_refused_by_its_field_not_dropped() {
    use kz_iin::form::RawApplication;
    // What the WebAssembly boundary reads: a surname given as a number is not printed as a
    // blank line; it is the application's invalid_type for that field.
    let raw: RawApplication = serde_json::from_str(
        r#"{"surnameCyrillic": 7, "birthDate": "1990-05-17", "favouriteColour": "blue"}"#,
    )
    .unwrap();
    let err = Application::typed(raw).unwrap_err();
    assert_eq!(
        (err.key(), err.code()),
        (Some("surnameCyrillic"), "invalid_type")
    );
    let err = kz_iin::documents::DocumentError::Field(err);
    assert_eq!(
        (err.field(), err.code()),
        ("surnameCyrillic", "invalid_type")
    );
    assert!(kz_iin::messages::document_message(Lang::Ru, &err).contains("Фамилия"));
    // Not an object at all.
    let err = Application::typed(RawApplication::from_record("N")).unwrap_err();
    assert_eq!((err.key(), err.code()), (None, "not_an_object"));
    // Unknown keys are only ignored.
    let raw: RawApplication =
        serde_json::from_str(r#"{"surnameCyrillic": "Смит", "x": 1}"#).unwrap();
    assert_eq!(
        Application::typed(raw).unwrap().surname_cyrillic.as_deref(),
        Some("Смит")
    );
}

#[test]
fn a_document_s_own_problems_are_worded_in_each_language() {
    use kz_iin::documents::{issue_date, DocumentError};
    assert_eq!(issue_date("2026-13-01"), Err(DocumentError::IssueDate));
    for lang in [Lang::Kk, Lang::Ru, Lang::En] {
        for err in [DocumentError::IssueDate, DocumentError::ReasonRequired] {
            assert!(
                kz_iin::messages::document_message(lang, &err)
                    .chars()
                    .count()
                    > 10,
                "{lang:?} {err:?}"
            );
        }
    }
}
