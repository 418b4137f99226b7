#![cfg(feature = "documents")]
//! The documents' seal from the outside: a certificate's and a refusal's tokens verify as what
//! they print; no single character can be changed unnoticed; nothing a hostile text holds makes
//! the verifier panic.

use kz_iin::documents::{sign_certificate, sign_refusal, verify, Signer};
use kz_iin::form::Application;
use kz_iin::seal::{Kind, SealKey, Verdict};
use kz_iin::{Date, Sex};
use proptest::prelude::*;

fn applicant() -> Application {
    Application {
        institution: Some("deu".into()),
        surname_latin: Some(" Müller ".into()),
        given_name_latin: Some("Anna".into()),
        surname_cyrillic: Some("Мюллер".into()),
        given_name_cyrillic: Some("Анна".into()),
        birth_date: Some("1990-05-17".into()),
        sex: Some("female".into()),
        citizenship: Some("DEU".into()),
        ..Application::default()
    }
}

fn date() -> Date {
    Date::new(2026, 11, 21).unwrap()
}

#[test]
fn a_certificates_token_holds_what_it_prints() {
    let key = SealKey::from_seed([5; 32]);
    let signer = Signer {
        key: &key,
        issuer: "https://iin.example.kz/",
        issued_at: 1_795_000_000,
    };
    let token = sign_certificate(&applicant(), "9603 4000 0514", date(), &signer).unwrap();
    let Verdict::Genuine { facts, kid } = verify(&token, &[key.public()]) else {
        panic!("not genuine");
    };
    assert_eq!(kid, key.public().kid());
    assert_eq!(facts.kind, Kind::Certificate);
    assert_eq!(facts.id, "960340000514");
    assert_eq!(facts.name_latin(), "Müller Anna");
    assert_eq!(facts.name_cyrillic, "Мюллер Анна");
    assert_eq!(
        (facts.birth_date, facts.sex),
        (Date::new(1990, 5, 17).unwrap(), Some(Sex::Female))
    );
    assert_eq!(
        (facts.citizenship.as_str(), facts.institution.as_str()),
        ("DEU", "deu")
    );
    assert_eq!(
        (facts.date, facts.issuer.as_str(), facts.issued_at),
        (date(), "https://iin.example.kz", 1_795_000_000)
    );
    // Signing is deterministic: every print of a document carries the same token.
    assert_eq!(
        token,
        sign_certificate(&applicant(), "960340000514", date(), &signer).unwrap()
    );
    // A certificate is refused for an IIN that fails the rules, as when printing.
    assert!(sign_certificate(&applicant(), "960340000515", date(), &signer).is_err());
}

#[test]
fn a_refusals_token_names_the_receipt() {
    let key = SealKey::from_seed([5; 32]);
    let signer = Signer {
        key: &key,
        issuer: "https://iin.example.kz",
        issued_at: 1,
    };
    let token = sign_refusal(&applicant(), "DEU-2026-000123", date(), &signer).unwrap();
    match verify(
        &token,
        &[SealKey::from_seed([6; 32]).public(), key.public()],
    ) {
        Verdict::Genuine { facts, .. } => assert_eq!(
            (facts.kind, facts.id.as_str()),
            (Kind::Refusal, "DEU-2026-000123")
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn no_character_of_a_token_can_be_changed_unnoticed() {
    let key = SealKey::from_seed([5; 32]);
    let signer = Signer {
        key: &key,
        issuer: "https://iin.example.kz",
        issued_at: 1,
    };
    let token = sign_certificate(&applicant(), "960340000514", date(), &signer).unwrap();
    let keys = [key.public()];
    for (i, c) in token.char_indices() {
        for other in ['0', 'A', ' ', ':'] {
            if other == c {
                continue;
            }
            let mut changed = token.clone();
            changed.replace_range(i..i + 1, &other.to_string());
            let verdict = verify(&changed, &keys);
            assert!(
                !matches!(verdict, Verdict::Genuine { .. })
                    || changed.trim_end() == token.trim_end(),
                "position {i}: {other}"
            );
        }
    }
    // Cut short: altered too.
    assert_eq!(verify(&token[..token.len() / 2], &keys), Verdict::Altered);
}

proptest! {
    #[test]
    fn any_text_gets_a_verdict(text in "\\PC{0,600}") {
        let key = SealKey::from_seed([5; 32]);
        let _ = verify(&text, &[key.public()]).code();
    }

    #[test]
    fn base45_noise_gets_a_verdict(text in "NCF[0-9A-Z $%*+./:-]{0,900}") {
        let key = SealKey::from_seed([5; 32]);
        let genuine = matches!(verify(&text, &[key.public()]), Verdict::Genuine { .. });
        prop_assert!(!genuine);
    }
}
