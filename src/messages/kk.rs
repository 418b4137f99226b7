//! Қазақша хабарламалар мен өріс атаулары (терминдер 000 және 003 құжаттарынан).

use super::NumberTexts;
#[cfg(feature = "form")]
use super::{capitalize, dotted, Verb};
#[cfg(feature = "form")]
use super::{fill, show};
#[cfg(feature = "form")]
use crate::form::{Field, Problem, Script};
#[cfg(feature = "form")]
use crate::prelude::*;

#[cfg(feature = "form")]
/// (формадағы атауы, «… енгізіңіз» хабарламасындағы түрі).
pub(super) fn label(field: Field) -> (&'static str, &'static str) {
    match field {
        Field::Institution => (
            "Қазақстан Республикасының шет елдегі мекемесі",
            "шет елдегі мекемені (елшілікті немесе консулдықты)",
        ),
        Field::AddresseePosition => ("Басшының лауазымы", "басшының лауазымын"),
        Field::AddresseeName => ("Басшының тегі және аты-жөні", "басшының тегі мен аты-жөнін"),
        Field::Purpose => ("Мақсаты: ЖСН не үшін қажет", "ЖСН алу мақсатын"),
        Field::GivenNameLatin => (
            "Аты латын транскрипциясында",
            "латын транскрипциясындағы атыңызды",
        ),
        Field::GivenNameCyrillic => (
            "Аты кириллица транскрипциясында",
            "кириллица транскрипциясындағы атыңызды",
        ),
        Field::SurnameLatin => (
            "Тегі латын транскрипциясында",
            "латын транскрипциясындағы тегіңізді",
        ),
        Field::SurnameCyrillic => (
            "Тегі кириллица транскрипциясында",
            "кириллица транскрипциясындағы тегіңізді",
        ),
        Field::PatronymicLatin => (
            "Әкесінің аты (бар болған жағдайда) латын транскрипциясында",
            "латын транскрипциясындағы әкеңіздің атын",
        ),
        Field::PatronymicCyrillic => (
            "Әкесінің аты (бар болған жағдайда) кириллица транскрипциясында",
            "кириллица транскрипциясындағы әкеңіздің атын",
        ),
        Field::BirthDate => ("Туған күні", "туған күніңізді"),
        Field::Sex => ("Жынысы", "жынысыңызды"),
        Field::Citizenship => ("Азаматтығы", "азаматтығыңызды"),
        Field::Nationality => ("Ұлты", "ұлтыңызды"),
        Field::ArrivalCountry => ("Келген елі", "келген еліңізді"),
        Field::DocumentType => (
            "Жеке басын куәландыратын құжат түрі",
            "жеке басын куәландыратын құжат түрін",
        ),
        Field::DocumentNumber => (
            "Жеке басын куәландыратын құжат нөмірі",
            "жеке басын куәландыратын құжат нөмірін",
        ),
        Field::DocumentIssueDate => (
            "Жеке басын куәландыратын құжатты берген күні",
            "құжатты берген күнді",
        ),
        Field::DocumentExpiryDate => (
            "Жеке басын куәландыратын құжаттың қолданылу мерзімі",
            "құжаттың қолданылу мерзімін",
        ),
        Field::DocumentIssuingCountry => (
            "Жеке басын куәландыратын құжатты берген ел",
            "құжатты берген елді",
        ),
        Field::BirthCountry => ("Туған жері: ел", "туған еліңізді"),
        Field::BirthRegion => ("Туған жері: облыс", "туған облысыңызды"),
        Field::BirthDistrict => ("Туған жері: аудан", "туған ауданыңызды"),
        Field::BirthAddress => ("Туған жері: мекенжайы", "туған жеріңіздің мекенжайын"),
        Field::PreviousIin => ("Бұрын берілген ЖСН (бар болса)", "бұрын берілген ЖСН-ді"),
        Field::ConsentPersonalData => (
            "Дербес деректерді жинауға және өңдеуге келісім",
            "дербес деректерді жинауға және өңдеуге келісіміңізді",
        ),
        Field::ConsentProtectedSecrets => (
            "Заңмен қорғалатын құпиядан тұратын мәліметтерді пайдалануға келісім",
            "заңмен қорғалатын құпиядан тұратын мәліметтерді пайдалануға келісіміңізді",
        ),
    }
}

/// The number messages (see [`NumberTexts`]).
pub(super) const NUMBER: NumberTexts = NumberTexts {
    names: [["ЖСН", "ЖСН"], ["БСН", "БСН"]],
    quotes: ["«", "»"],
    empty_base: "ЖСН-нің алғашқы 11 цифрын енгізіңіз",
    empty: "{} енгізіңіз",
    need_base: "11 цифр қажет",
    need: "{} 12 цифрдан тұруы керек",
    found: "{}, ал енгізілгені: {}",
    far_too_long: "{}, ал енгізілгені әлдеқайда көп",
    invalid_character: "{} тек цифрлардан тұрады: {} таңбасын алып тастаңыз ({}-орын)",
    checksum: "{} қате енгізілген: бақылау разряды сәйкес келмейді. Әр цифрды тексеріңіз",
    unissuable: "Бұл 11 цифрдан {} қалыптастырылмайды. Әр цифрды тексеріңіз",
    not_a_string: "{} мәтін түрінде берілуі керек",
};

#[cfg(feature = "form")]
pub(super) fn issue(field: Option<Field>, key: &str, problem: &Problem) -> String {
    let Some(field) = field else {
        return match problem {
            Problem::UnknownField => fill("«{}» өрісі өтінішке кірмейді, ескерілмеді", &[&key]),
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
        Problem::UnknownField => fill("«{}» өрісі өтінішке кірмейді, ескерілмеді", &[&key]),
        Problem::NotAnObject => "Өтініш өрістері бар объект болуы керек".into(),
        Problem::Iin(_) => String::new(),
    }
}

#[cfg(feature = "form")]
pub(super) fn date_parts(field: Field, error: crate::form::DatePartsError) -> String {
    use crate::form::{DatePart, DatePartsError};
    let title = label(field).0;
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
