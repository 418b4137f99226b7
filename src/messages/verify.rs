//! The words of verifying a document (`/verify`, `verifyDocument`), in kk, ru and en: the page,
//! the verdicts and the facts a genuine document's token holds. One table, like the status
//! page's (`status.rs`).
//!
//! ```
//! use kz_iin::{messages::verify_text, Lang};
//! assert_eq!(verify_text(Lang::Ru, "check"), "Проверить");
//! ```

use crate::fields::Words;

/// `(key, words)` of verifying a document.
pub const VERIFY_TEXTS: [(&str, Words); 30] = [
    ("title", words!["Құжатты тексеру", "Проверка документа", "Check a document"]),
    ("lead", words!["Тіркеу куәлігінің немесе бас тарту туралы хабарламаның QR-кодын телефон камерасымен сканерлеңіз немесе оның мәтінін төменге қойыңыз. Тексеру осы құрылғыда жүреді: ештеңе жіберілмейді.", "Отсканируйте QR-код регистрационного свидетельства или уведомления об отказе камерой телефона или вставьте его текст ниже. Проверка идёт на этом устройстве: ничего не отправляется.", "Scan the QR code of a registration certificate or a refusal notice with a phone's camera, or paste its text below. The check runs on this device: nothing is sent."]),
    ("text", words!["QR-кодтың мәтіні немесе нөмір", "Текст QR-кода или номер", "The QR code's text, or a number"]),
    ("check", words!["Тексеру", "Проверить", "Check"]),
    ("needsScript", words!["Тексеру үшін JavaScript қажет.", "Для проверки нужен JavaScript.", "Checking needs JavaScript."]),
    ("noKeys", words!["Қызметтің кілттері жүктелмеді: желіге қосылып, бетті қайта ашыңыз.", "Ключи службы не загружены: подключитесь к сети и откройте страницу снова.", "The service's keys could not be loaded: connect to the network and open this page again."]),
    ("genuine", words!["Түпнұсқа: құжатқа қызмет қол қойған және ол өзгертілмеген. Төмендегі деректерді басылған құжатпен және төлқұжатпен салыстырыңыз.", "Подлинный: документ подписан службой и не изменён. Сверьте данные ниже с напечатанным документом и паспортом.", "Genuine: the service signed this document and it has not been changed. Compare the details below with the printed document and the passport."]),
    ("altered", words!["Өзгертілген: бұл мәтін қызмет қол қойған құжатқа сәйкес келмейді. Құжатқа сенбеңіз.", "Изменён: этот текст не совпадает с документом, подписанным службой. Не доверяйте документу.", "Altered: this text does not match a document the service signed. Do not trust the document."]),
    ("unknown_key", words!["Белгісіз кілтпен қол қойылған: ол қызмет кілттерінің тізімінде жоқ. Құжатқа сенбеңіз.", "Подписан неизвестным ключом: его нет в списке ключей службы. Не доверяйте документу.", "Signed by a key this service does not know: it is not in the service's list of keys. Do not trust the document."]),
    ("only_a_number", words!["Бұл тек нөмір: ол ештеңені дәлелдемейді. Құжаттағы QR-кодты сканерлеңіз.", "Это только номер: он ничего не доказывает. Отсканируйте QR-код документа.", "This is only a number: it proves nothing. Scan the document's QR code."]),
    ("not_a_document", words!["Бұл осы қызметтің құжаты емес.", "Это не документ этой службы.", "This is not a document of this service."]),
    ("kind", words!["Құжат", "Документ", "Document"]),
    ("certificate", words!["Тіркеу куәлігі", "Регистрационное свидетельство", "Registration certificate"]),
    ("refusal", words!["ЖСН қалыптастырудан бас тарту туралы хабарлама", "Уведомление об отказе в формировании ИИН", "Notice of refusal to form an IIN"]),
    ("iin", words!["ЖСН", "ИИН", "IIN"]),
    ("receipt", words!["Өтініш нөмірі", "Номер заявления", "Application number"]),
    ("nameLatin", words!["Аты-жөні (латын әріптерімен)", "ФИО (латиницей)", "Name (Latin letters)"]),
    ("nameCyrillic", words!["Аты-жөні (кириллицамен)", "ФИО (кириллицей)", "Name (Cyrillic letters)"]),
    ("birthDate", words!["Туған күні", "Дата рождения", "Date of birth"]),
    ("sex", words!["Жынысы", "Пол", "Sex"]),
    ("male", words!["Ер", "Мужской", "Male"]),
    ("female", words!["Әйел", "Женский", "Female"]),
    ("citizenship", words!["Азаматтығы", "Гражданство", "Citizenship"]),
    ("institution", words!["Шетелдегі мекеме", "Загранучреждение", "Institution abroad"]),
    ("date", words!["Берілген күні", "Дата выдачи", "Date of issue"]),
    ("issuer", words!["Қол қойған қызмет", "Подписавшая служба", "Signed by the service at"]),
    ("key", words!["Кілт", "Ключ", "Key"]),
    ("result", words!["Тексеру нәтижесі", "Результат проверки", "Result of the check"]),
    ("again", words!["Басқа құжатты тексеру", "Проверить другой документ", "Check another document"]),
    ("keysLink", words!["Қызметтің ашық кілттері", "Открытые ключи службы", "The service's public keys"]),
];
