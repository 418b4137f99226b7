//! Русские сообщения и подписи полей.

#[cfg(feature = "form")]
use super::{dotted, Verb};
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
        spec.label.get(crate::Lang::Ru),
        spec.named.get(crate::Lang::Ru),
    )
}

#[cfg(feature = "form")]
pub(super) fn issue(field: Option<Field>, problem: &Problem) -> String {
    let Some(field) = field else {
        return match problem {
            Problem::UnknownField { key } => {
                fill("Поле «{}» не входит в заявление и не учтено", &[key])
            }
            _ => "Заявление должно быть объектом с полями".into(),
        };
    };
    let (title, what) = label(field);
    match *problem {
        Problem::Required if field.is_boolean() => fill("Дайте {}", &[&what]),
        Problem::Required => match super::verb(field) {
            Verb::Enter => fill("Введите {}", &[&what]),
            Verb::Select => fill("Выберите {}", &[&what]),
        },
        Problem::InvalidType if field.is_boolean() => fill("«{}»: значение должно быть true или false", &[&title]),
        Problem::InvalidType => fill("«{}»: значение должно быть текстом", &[&title]),
        Problem::TooLong { max } => fill("«{}»: не более {} символов", &[&title, &max]),
        Problem::InvalidCharacter { position, character } => fill("«{}» не может содержать символ {} (позиция {})", &[&title, &show(u32::from(character), "«", "»"), &position]),
        Problem::WrongScript { position, character, expected } => {
            let c = show(u32::from(character), "«", "»");
            match (expected, field) {
                (_, Field::DocumentNumber) => fill("«{}»: только латинские буквы и цифры, а {} (позиция {}) — буква кириллицы", &[&title, &c, &position]),
                (Script::Latin, _) => fill("«{}» нужно написать латиницей: {} (позиция {}) — буква кириллицы", &[&title, &c, &position]),
                (Script::Cyrillic, _) => fill("«{}» нужно написать кириллицей: {} (позиция {}) — латинская буква", &[&title, &c, &position]),
            }
        }
        Problem::InvalidDate => fill("«{}»: укажите существующую дату", &[&title]),
        Problem::DateInFuture => fill("«{}»: дата не может быть позже сегодняшнего дня", &[&title]),
        Problem::DateTooOld { earliest } => fill("«{}»: дата должна быть не раньше {}", &[&title, &dotted(earliest)]),
        Problem::IssuedBeforeBirth => "Дата выдачи документа не может быть раньше даты рождения".into(),
        Problem::ExpiryBeforeIssue => "Срок действия документа должен заканчиваться позже даты его выдачи".into(),
        Problem::DocumentExpired => "Срок действия документа, удостоверяющего личность, истёк: в день подачи заявления документ должен быть действителен".into(),
        Problem::UnknownValue => fill("Выберите {} из списка", &[&what]),
        Problem::CitizenshipKaz => "Услуга предназначена для иностранных граждан и лиц без гражданства: гражданам Казахстана ИИН присваивается в Казахстане".into(),
        Problem::ConsentRequired => fill("Дайте {}", &[&what]),
        Problem::BirthDateMismatch { encoded } => fill("Указанный ИИН содержит дату рождения {}: проверьте ИИН и дату рождения (у ИИН, сформированных после 2013 года, они могут не совпадать)", &[&dotted(encoded)]),
        Problem::SexMismatch { .. } => "Указанный ИИН соответствует другому полу: проверьте ИИН и пол".into(),
        Problem::GivenNameMissing => "Имя не указано: оставьте его пустым, только если в паспорте нет имени".into(),
        Problem::TransliterationMismatch { ref expected } => fill("Сверьте написание латиницей с паспортом: по ICAO Doc 9303, которым пользуются паспорта, указанное кириллицей пишется «{}»", &[&expected]),
        Problem::UnknownField { ref key } => fill("Поле «{}» не входит в заявление и не учтено", &[key]),
        Problem::NotAnObject => "Заявление должно быть объектом с полями".into(),
        Problem::Iin(_) => String::new(),
    }
}

#[cfg(feature = "form")]
pub(super) fn date_parts(field: Option<Field>, error: crate::form::DatePartsError) -> String {
    use crate::form::{DatePart, DatePartsError};
    // Three boxes of no known date field: the date itself.
    let title = field.map_or("Дата", |f| label(f).0);
    match error {
        DatePartsError::Missing(DatePart::Day) => fill("«{}»: укажите день", &[&title]),
        DatePartsError::Missing(DatePart::Month) => fill("«{}»: укажите месяц", &[&title]),
        DatePartsError::Missing(DatePart::Year) => fill("«{}»: укажите год", &[&title]),
        DatePartsError::Invalid(DatePart::Day) => fill("«{}»: день — число от 1 до 31", &[&title]),
        DatePartsError::Invalid(DatePart::Month) => {
            fill("«{}»: месяц — число от 1 до 12 или его название", &[&title])
        }
        DatePartsError::Invalid(DatePart::Year) => fill("«{}»: год — 4 цифры", &[&title]),
        DatePartsError::NotReal => fill("«{}»: укажите существующую дату", &[&title]),
    }
}

#[cfg(feature = "mrz")]
pub(super) fn mrz(error: &crate::mrz::MrzError) -> String {
    use crate::mrz::{Checked, MrzError};
    let what = |f: Checked| match f {
        Checked::DocumentNumber => "номера документа",
        Checked::BirthDate => "даты рождения",
        Checked::ExpiryDate => "даты окончания срока действия",
        Checked::OptionalData => "личного номера",
        Checked::Composite => "всей зоны",
    };
    match *error {
        MrzError::Empty => "Отсканируйте машиночитаемую зону паспорта или удостоверения личности или введите её строки".into(),
        MrzError::Shape { lines, length } => fill("Машиночитаемая зона состоит из 2 строк по 44 символа (паспорт), 2 по 36 или 3 по 30 (удостоверение личности): в этом тексте строк: {}, в одной из них {} символов. Отсканируйте ещё раз", &[&lines, &length]),
        MrzError::InvalidCharacter { line, position, character } => fill("В машиночитаемой зоне только латинские заглавные буквы, цифры и <: в строке {} на месте {} стоит {}", &[&line, &position, &show(u32::from(character), "«", "»")]),
        MrzError::CheckDigit { field, .. } => fill("Машиночитаемая зона считана с ошибкой: не сходится контрольная цифра {}. Отсканируйте паспорт ещё раз или введите данные вручную", &[&what(field)]),
        MrzError::InvalidDate { field } => fill("Машиночитаемая зона считана с ошибкой: такой {} не существует. Отсканируйте паспорт ещё раз или введите данные вручную", &[&what(field)]),
        MrzError::NotAnIdentityDocument => "Это машиночитаемая зона визы: отсканируйте паспорт или удостоверение личности".into(),
    }
}

#[cfg(feature = "documents")]
/// The words of a document's own problems (the others are the form's and the IIN's).
pub(super) fn document(error: &crate::documents::DocumentError) -> Option<&'static str> {
    use crate::documents::DocumentError;
    match error {
        DocumentError::IssueDate => Some("Дата выдачи должна быть существующей датой (ГГГГ-ММ-ДД)"),
        DocumentError::ReasonRequired => Some("Укажите причину отказа"),
        DocumentError::Iin(_) | DocumentError::Field(_) => None,
    }
}
