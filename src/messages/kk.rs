//! Қазақша хабарламалар мен өріс атаулары (терминдер 000 және 003 құжаттарынан).

#[cfg(feature = "form")]
use super::{capitalize, dotted, Verb};
#[cfg(feature = "form")]
use super::{fill, show};
#[cfg(feature = "form")]
use crate::fields::{Field, Script};
#[cfg(feature = "form")]
use crate::form::Problem;
#[cfg(feature = "form")]
use crate::prelude::*;

#[cfg(feature = "form")]
/// (the form's label, how messages name the field), from the field table.
fn label(field: Field) -> (&'static str, &'static str) {
    let spec = field.spec();
    (
        spec.label.get(crate::Lang::Kk),
        spec.named.get(crate::Lang::Kk),
    )
}

#[cfg(feature = "form")]
pub(super) fn issue(field: Option<Field>, problem: &Problem) -> String {
    let Some(field) = field else {
        return match problem {
            Problem::UnknownField { key } => {
                fill("«{}» өрісі өтінішке кірмейді, ескерілмеді", &[key])
            }
            _ => "Өтініш өрістері бар объект болуы керек".into(),
        };
    };
    let (title, what) = label(field);
    let cap = capitalize(what);
    match *problem {
        Problem::Required if field.is_boolean() => fill("{} беріңіз", &[&cap]),
        Problem::Required => match super::verb(field) {
            Verb::Enter => fill("{} енгізіңіз", &[&cap]),
            Verb::Select => fill("{} таңдаңыз", &[&cap]),
        },
        Problem::InvalidType if field.is_boolean() => fill("«{}»: мәні true немесе false болуы керек", &[&title]),
        Problem::InvalidType => fill("«{}»: мәні мәтін болуы керек", &[&title]),
        Problem::TooLong { max } => fill("«{}»: {} таңбадан аспауы керек", &[&title, &max]),
        Problem::InvalidCharacter { position, character } => fill("«{}» өрісінде {} таңбасы болмауы керек ({}-орын)", &[&title, &show(u32::from(character), "«", "»"), &position]),
        Problem::WrongScript { position, character, expected } => {
            let c = show(u32::from(character), "«", "»");
            match (expected, field) {
                (_, Field::DocumentNumber) => fill("«{}»: тек латын әріптері мен цифрлар, ал {} ({}-орын) — кириллица әрпі", &[&title, &c, &position]),
                (Script::Latin, _) => fill("«{}» латын әріптерімен жазылуы керек: {} ({}-орын) — кириллица әрпі", &[&title, &c, &position]),
                (Script::Cyrillic, _) => fill("«{}» кириллицамен жазылуы керек: {} ({}-орын) — латын әрпі", &[&title, &c, &position]),
            }
        }
        Problem::InvalidDate => fill("«{}»: нақты бар күнді енгізіңіз", &[&title]),
        Problem::DateInFuture => fill("«{}»: күн бүгіннен кейін болмауы керек", &[&title]),
        Problem::DateTooOld { earliest } => fill("«{}»: күн {} бұрын болмауы керек", &[&title, &dotted(earliest)]),
        Problem::IssuedBeforeBirth => "Құжатты берген күн туған күннен бұрын болмауы керек".into(),
        Problem::ExpiryBeforeIssue => "Құжаттың қолданылу мерзімі берген күнінен кейін аяқталуы керек".into(),
        Problem::DocumentExpired => "Жеке басын куәландыратын құжаттың қолданылу мерзімі өтіп кеткен: құжат өтініш берген күні жарамды болуы керек".into(),
        Problem::UnknownValue => fill("Тізімнен {} таңдаңыз", &[&what]),
        Problem::CitizenshipKaz => "Бұл қызмет шетел азаматтары мен азаматтығы жоқ адамдарға арналған: Қазақстан азаматтарына ЖСН Қазақстанда беріледі".into(),
        Problem::ConsentRequired => fill("{} беріңіз", &[&cap]),
        Problem::BirthDateMismatch { encoded } => fill("Көрсетілген ЖСН-де туған күн {}: ЖСН мен туған күнді тексеріңіз (2013 жылдан кейін қалыптастырылған ЖСН-де олар сәйкес келмеуі мүмкін)", &[&dotted(encoded)]),
        Problem::SexMismatch { .. } => "Көрсетілген ЖСН басқа жынысқа сәйкес келеді: ЖСН мен жынысты тексеріңіз".into(),
        Problem::GivenNameMissing => "Аты көрсетілмеген: төлқұжатыңызда аты болмаса ғана бос қалдырыңыз".into(),
        Problem::TransliterationMismatch { ref expected } => fill("Латын транскрипциясын төлқұжатпен салыстырыңыз: төлқұжаттар қолданатын ICAO Doc 9303 бойынша кириллицада көрсетілгені «{}» болып жазылады", &[&expected]),
        Problem::UnknownField { ref key } => fill("«{}» өрісі өтінішке кірмейді, ескерілмеді", &[key]),
        Problem::NotAnObject => "Өтініш өрістері бар объект болуы керек".into(),
        Problem::Iin(_) => String::new(),
    }
}

#[cfg(feature = "form")]
pub(super) fn date_parts(field: Option<Field>, error: crate::form::DatePartsError) -> String {
    use crate::form::{DatePart, DatePartsError};
    // Three boxes of no known date field: the date itself.
    let title = field.map_or("Күн", |f| label(f).0);
    match error {
        DatePartsError::Missing(DatePart::Day) => fill("«{}»: күнін көрсетіңіз", &[&title]),
        DatePartsError::Missing(DatePart::Month) => fill("«{}»: айын көрсетіңіз", &[&title]),
        DatePartsError::Missing(DatePart::Year) => fill("«{}»: жылын көрсетіңіз", &[&title]),
        DatePartsError::Invalid(DatePart::Day) => {
            fill("«{}»: күні 1-ден 31-ге дейінгі сан болуы керек", &[&title])
        }
        DatePartsError::Invalid(DatePart::Month) => fill(
            "«{}»: айы 1-ден 12-ге дейінгі сан немесе атауы болуы керек",
            &[&title],
        ),
        DatePartsError::Invalid(DatePart::Year) => {
            fill("«{}»: жылы 4 цифрдан тұруы керек", &[&title])
        }
        DatePartsError::NotReal => fill("«{}»: нақты бар күнді енгізіңіз", &[&title]),
    }
}

#[cfg(feature = "mrz")]
pub(super) fn mrz(error: &crate::mrz::MrzError) -> String {
    use crate::mrz::{Checked, MrzError};
    let what = |f: Checked| match f {
        Checked::DocumentNumber => "құжат нөмірінің",
        Checked::BirthDate => "туған күнінің",
        Checked::ExpiryDate => "қолданылу мерзімінің",
        Checked::OptionalData => "жеке нөмірдің",
        Checked::Composite => "бүкіл аймақтың",
    };
    match *error {
        MrzError::Empty => "Төлқұжаттың немесе жеке куәліктің машинамен оқылатын аймағын сканерлеңіз немесе жолдарын енгізіңіз".into(),
        MrzError::Shape { lines, length } => fill("Машинамен оқылатын аймақ 44 таңбадан 2 жол (төлқұжат), 36 таңбадан 2 жол немесе 30 таңбадан 3 жол (жеке куәлік): бұл мәтінде {} жол, біреуінде {} таңба. Қайта сканерлеңіз", &[&lines, &length]),
        MrzError::InvalidCharacter { line, position, character } => fill("Машинамен оқылатын аймақта тек латын бас әріптері, цифрлар және < болады: {}-жолдың {}-орнында {} тұр", &[&line, &position, &show(u32::from(character), "«", "»")]),
        MrzError::CheckDigit { field, .. } => fill("Машинамен оқылатын аймақ қате оқылды: {} бақылау разряды сәйкес келмейді. Төлқұжатты қайта сканерлеңіз немесе деректерді қолмен енгізіңіз", &[&what(field)]),
        MrzError::InvalidDate { field } => fill("Машинамен оқылатын аймақ қате оқылды: {} көрсетілген күні күнтізбеде жоқ. Төлқұжатты қайта сканерлеңіз немесе деректерді қолмен енгізіңіз", &[&what(field)]),
        MrzError::NotAnIdentityDocument => "Бұл визаның машинамен оқылатын аймағы: төлқұжатты немесе жеке куәлікті сканерлеңіз".into(),
    }
}

#[cfg(feature = "documents")]
/// The words of a document's own problems (the others are the form's and the IIN's).
pub(super) fn document(error: &crate::documents::DocumentError) -> Option<&'static str> {
    use crate::documents::DocumentError;
    match error {
        DocumentError::IssueDate => Some("Берілген күні нақты күн болуы керек (ЖЖЖЖ-АА-КК)"),
        DocumentError::ReasonRequired => Some("Бас тарту себебін көрсетіңіз"),
        DocumentError::Iin(_) | DocumentError::Field(_) => None,
    }
}
