//! The service's own pages for applicants, in kk, ru and en: the status page ("Where is my
//! application?"), the access code on the confirmation without script, and what the form
//! without script says it cannot do. One table, like the officers' (`staff.rs`); `{}` marks
//! where a value goes. Only the service renders these: the widget's words are `ui.rs`'s.
//!
//! ```
//! use kz_iin::{messages::status_text, Lang};
//! assert_eq!(status_text(Lang::En, "check"), "Check");
//! ```

use crate::fields::Words;

/// `(key, words)` of the status page.
pub const STATUS_TEXTS: [(&str, Words); 22] = [
    ("title", words!["Өтінішім қайда?", "Где моё заявление?", "Where is my application?"]),
    ("lead", words!["Өтініш нөмірін және жіберген кезде көрсетілген кіру кодын енгізіңіз.", "Введите номер заявления и код доступа, показанный при отправке.", "Enter your application number and the access code shown when you sent it."]),
    ("receipt", words!["Өтініш нөмірі", "Номер заявления", "Application number"]),
    ("receiptHint", words!["Мысалы, DEU-2026-000123", "Например, DEU-2026-000123", "For example, DEU-2026-000123"]),
    ("accessCode", words!["Кіру коды", "Код доступа", "Access code"]),
    ("accessCodeHint", words!["12 таңба, мысалы 7KQM-2XWA-PD9R", "12 знаков, например 7KQM-2XWA-PD9R", "12 characters, for example 7KQM-2XWA-PD9R"]),
    ("check", words!["Тексеру", "Проверить", "Check"]),
    ("notFound", words!["Мұндай нөмір мен коды бар өтініш жоқ: екеуін де тексеріңіз", "Заявления с таким номером и кодом нет: проверьте оба", "There is no application with this number and code: check both"]),
    ("status", words!["Мәртебесі", "Статус", "Status"]),
    ("received", words!["Қаралуда", "На рассмотрении", "Being considered"]),
    ("certified", words!["ЖСН тіркелді", "ИИН зарегистрирован", "IIN registered"]),
    ("refused", words!["Бас тартылды", "Отказано", "Refused"]),
    ("receivedAt", words!["Қабылданған күні", "Дата приёма", "Received"]),
    ("decidedAt", words!["Шешім күні", "Дата решения", "Decided"]),
    ("keepThese", words!["Осы нөмір мен кодты сақтаңыз (суретке түсіріңіз немесе жазып алыңыз): олар бойынша өтінішіңіздің мәртебесін тексеруге болады.", "Сохраните этот номер и код (сфотографируйте или запишите): по ним можно проверить статус заявления.", "Keep this number and code (take a photo or write them down): with them you can check where your application stands."]),
    ("statusLink", words!["Өтінішімнің мәртебесі", "Статус моего заявления", "Where is my application?"]),
    ("qrLabel", words!["Мәртебе бетінің сілтемесі бар QR-код", "QR-код со ссылкой на страницу статуса", "QR code of the link to the status page"]),
    ("draftNeedsScript", words!["Жауаптарды құрылғыда сақтау үшін JavaScript қажет.", "Чтобы сохранять ответы на устройстве, нужен JavaScript.", "Keeping your answers on this device needs JavaScript."]),
    ("next.received", words!["Өтінішіңізді {} қарап жатыр. Кейінірек қайта тексеріңіз.", "Ваше заявление рассматривает {}. Проверьте позже.", "{} is considering your application. Check again later."]),
    ("next.certified", words!["ЖСН-ыңыз тіркелді. Тіркеу туралы куәлікті {} мекемесінен төлқұжатыңызбен келіп алыңыз.", "Ваш ИИН зарегистрирован. Получите свидетельство о регистрации в {}, предъявив паспорт.", "Your IIN has been registered. Collect the registration certificate at {}, with your passport."]),
    ("next.refused", words!["{} өтініштен бас тартты: {}", "{} отказало в заявлении: {}", "{} refused the application: {}"]),
    ("next.refusedErased", words!["{} өтініштен бас тартты. Себебін мекемеден сұраңыз.", "{} отказало в заявлении. О причине спросите в загранучреждении.", "{} refused the application. Ask the institution for the reason."]),
];
