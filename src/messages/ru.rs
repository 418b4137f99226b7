//! Русские сообщения и подписи полей.

#[cfg(feature = "form")]
use super::{dotted, Verb};
use super::{fill, num, show, NumberParams, Subject};
use crate::error::Code;
#[cfg(feature = "form")]
use crate::form::{Field, Problem, Script};
use crate::prelude::*;

#[cfg(feature = "form")]
/// (подпись поля в форме, как поле называется в сообщении «Введите …»).
pub(super) fn label(field: Field) -> (&'static str, &'static str) {
    match field {
        Field::Institution => (
            "Загранучреждение Республики Казахстан",
            "загранучреждение (посольство или консульство)",
        ),
        Field::AddresseePosition => ("Должность руководителя", "должность руководителя"),
        Field::AddresseeName => (
            "Фамилия и инициалы руководителя",
            "фамилию и инициалы руководителя",
        ),
        Field::Purpose => ("Цель: ИИН необходим для", "цель получения ИИН"),
        Field::GivenNameLatin => (
            "Имя в латинской транскрипции",
            "имя в латинской транскрипции",
        ),
        Field::GivenNameCyrillic => (
            "Имя в кириллической транскрипции",
            "имя в кириллической транскрипции",
        ),
        Field::SurnameLatin => (
            "Фамилия в латинской транскрипции",
            "фамилию в латинской транскрипции",
        ),
        Field::SurnameCyrillic => (
            "Фамилия в кириллической транскрипции",
            "фамилию в кириллической транскрипции",
        ),
        Field::PatronymicLatin => (
            "Отчество (при его наличии) в латинской транскрипции",
            "отчество в латинской транскрипции",
        ),
        Field::PatronymicCyrillic => (
            "Отчество (при его наличии) в кириллической транскрипции",
            "отчество в кириллической транскрипции",
        ),
        Field::BirthDate => ("Дата рождения", "дату рождения"),
        Field::Sex => ("Пол", "пол"),
        Field::Citizenship => ("Гражданство", "гражданство"),
        Field::Nationality => ("Национальность", "национальность"),
        Field::ArrivalCountry => ("Страна прибытия", "страну прибытия"),
        Field::DocumentType => (
            "Вид документа, удостоверяющего личность",
            "вид документа, удостоверяющего личность",
        ),
        Field::DocumentNumber => (
            "Номер документа, удостоверяющего личность",
            "номер документа, удостоверяющего личность",
        ),
        Field::DocumentIssueDate => (
            "Дата выдачи документа, удостоверяющего личность",
            "дату выдачи документа",
        ),
        Field::DocumentExpiryDate => (
            "Срок действия документа, удостоверяющего личность",
            "срок действия документа",
        ),
        Field::DocumentIssuingCountry => (
            "Страна выдачи документа, удостоверяющего личность",
            "страну выдачи документа",
        ),
        Field::BirthCountry => ("Место рождения: страна", "страну рождения"),
        Field::BirthRegion => ("Место рождения: область", "область рождения"),
        Field::BirthDistrict => ("Место рождения: район", "район рождения"),
        Field::BirthAddress => ("Место рождения: адрес", "адрес места рождения"),
        Field::PreviousIin => (
            "Ранее присвоенный ИИН (при наличии)",
            "ранее присвоенный ИИН",
        ),
        Field::ConsentPersonalData => (
            "Согласие на сбор и обработку персональных данных",
            "согласие на сбор и обработку персональных данных",
        ),
        Field::ConsentProtectedSecrets => (
            "Согласие на использование сведений, составляющих охраняемую законом тайну",
            "согласие на использование сведений, составляющих охраняемую законом тайну",
        ),
    }
}

pub(super) fn number(p: &NumberParams) -> String {
    let name = match p.subject {
        Subject::Iin | Subject::Base => "ИИН",
        Subject::Bin => "БИН",
    };
    match p.code {
        Code::Empty if p.subject == Subject::Base => "Введите первые 11 цифр ИИН".into(),
        Code::Empty => fill("Введите {}", &[name]),
        Code::Length => {
            let need = match p.subject {
                Subject::Base => "Нужно 11 цифр".into(),
                _ => fill("{} должен состоять из 12 цифр", &[name]),
            };
            match p.found {
                Some(n) => fill("{}, а введено: {}", &[&need, &num(n)]),
                None => fill("{}, а введено намного больше", &[&need]),
            }
        }
        Code::InvalidCharacter => fill(
            "{} может содержать только цифры: уберите символ {} (позиция {})",
            &[name, &show(p.character, "«", "»"), &num(p.position)],
        ),
        Code::Checksum => fill(
            "{} указан с ошибкой: контрольный разряд не совпадает. Проверьте каждую цифру",
            &[name],
        ),
        Code::Unissuable => fill(
            "{} не может начинаться с этих 11 цифр. Проверьте каждую цифру",
            &[name],
        ),
        Code::NotAString => fill("{} нужно передать в виде текста", &[name]),
        Code::Valid => String::new(),
    }
}

#[cfg(feature = "form")]
pub(super) fn issue(field: Option<Field>, key: &str, problem: &Problem) -> String {
    let Some(field) = field else {
        return match problem {
            Problem::UnknownField => format!("Поле «{key}» не входит в заявление и не учтено"),
            _ => "Заявление должно быть объектом с полями".into(),
        };
    };
    let (title, what) = label(field);
    match *problem {
        Problem::Required if field.is_boolean() => format!("Дайте {what}"),
        Problem::Required => match super::verb(field) {
            Verb::Enter => format!("Введите {what}"),
            Verb::Select => format!("Выберите {what}"),
        },
        Problem::InvalidType if field.is_boolean() => format!("«{title}»: значение должно быть true или false"),
        Problem::InvalidType => format!("«{title}»: значение должно быть текстом"),
        Problem::TooLong { max } => format!("«{title}»: не более {max} символов"),
        Problem::InvalidCharacter { position, character } => format!(
            "«{title}» не может содержать символ {} (позиция {position})",
            show(u32::from(character), "«", "»")
        ),
        Problem::WrongScript { position, character, expected } => {
            let c = show(u32::from(character), "«", "»");
            match (expected, field) {
                (_, Field::DocumentNumber) => format!("«{title}»: только латинские буквы и цифры, а {c} (позиция {position}) — буква кириллицы"),
                (Script::Latin, _) => format!("«{title}» нужно написать латиницей: {c} (позиция {position}) — буква кириллицы"),
                (Script::Cyrillic, _) => format!("«{title}» нужно написать кириллицей: {c} (позиция {position}) — латинская буква"),
            }
        }
        Problem::InvalidDate => format!("«{title}»: укажите существующую дату"),
        Problem::DateInFuture => format!("«{title}»: дата не может быть позже сегодняшнего дня"),
        Problem::DateTooOld { earliest } => format!("«{title}»: дата должна быть не раньше {}", dotted(earliest)),
        Problem::IssuedBeforeBirth => "Дата выдачи документа не может быть раньше даты рождения".into(),
        Problem::ExpiryBeforeIssue => "Срок действия документа должен заканчиваться позже даты его выдачи".into(),
        Problem::DocumentExpired => "Срок действия документа, удостоверяющего личность, истёк: в день подачи заявления документ должен быть действителен".into(),
        Problem::UnknownValue => format!("Выберите {what} из списка"),
        Problem::CitizenshipKaz => "Услуга предназначена для иностранных граждан и лиц без гражданства: гражданам Казахстана ИИН присваивается в Казахстане".into(),
        Problem::ConsentRequired => format!("Дайте {what}"),
        Problem::BirthDateMismatch { encoded } => format!(
            "Указанный ИИН содержит дату рождения {}: проверьте ИИН и дату рождения (у ИИН, сформированных после 2013 года, они могут не совпадать)",
            dotted(encoded)
        ),
        Problem::SexMismatch { .. } => "Указанный ИИН соответствует другому полу: проверьте ИИН и пол".into(),
        Problem::GivenNameMissing => "Имя не указано: оставьте его пустым, только если в паспорте нет имени".into(),
        Problem::TransliterationMismatch { ref expected } => format!("Сверьте написание латиницей с паспортом: по ICAO Doc 9303, которым пользуются паспорта, указанное кириллицей пишется «{expected}»"),
        Problem::UnknownField => format!("Поле «{key}» не входит в заявление и не учтено"),
        Problem::NotAnObject => "Заявление должно быть объектом с полями".into(),
        Problem::Iin(_) => String::new(),
    }
}

#[cfg(feature = "form")]
pub(super) fn date_parts(field: Field, error: crate::form::DatePartsError) -> String {
    use crate::form::{DatePart, DatePartsError};
    let title = label(field).0;
    match error {
        DatePartsError::Missing(DatePart::Day) => format!("«{title}»: укажите день"),
        DatePartsError::Missing(DatePart::Month) => format!("«{title}»: укажите месяц"),
        DatePartsError::Missing(DatePart::Year) => format!("«{title}»: укажите год"),
        DatePartsError::Invalid(DatePart::Day) => format!("«{title}»: день — число от 1 до 31"),
        DatePartsError::Invalid(DatePart::Month) => {
            format!("«{title}»: месяц — число от 1 до 12 или его название")
        }
        DatePartsError::Invalid(DatePart::Year) => format!("«{title}»: год — 4 цифры"),
        DatePartsError::NotReal => format!("«{title}»: укажите существующую дату"),
    }
}

#[cfg(feature = "form")]
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
        MrzError::Shape { lines, length } => format!("Машиночитаемая зона состоит из 2 строк по 44 символа (паспорт), 2 по 36 или 3 по 30 (удостоверение личности): в этом тексте строк: {lines}, в одной из них {length} символов. Отсканируйте ещё раз"),
        MrzError::InvalidCharacter { line, position, character } => format!("В машиночитаемой зоне только латинские заглавные буквы, цифры и <: в строке {line} на месте {position} стоит {}", show(u32::from(character), "«", "»")),
        MrzError::CheckDigit { field, .. } => format!("Машиночитаемая зона считана с ошибкой: не сходится контрольная цифра {}. Отсканируйте паспорт ещё раз или введите данные вручную", what(field)),
        MrzError::InvalidDate { field } => format!("Машиночитаемая зона считана с ошибкой: такой {} не существует. Отсканируйте паспорт ещё раз или введите данные вручную", what(field)),
        MrzError::NotAnIdentityDocument => "Это машиночитаемая зона визы: отсканируйте паспорт или удостоверение личности".into(),
    }
}
