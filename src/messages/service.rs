//! What the service says when a request cannot be taken at all (before the core's rules see an
//! application): the HTTP layer of the server decides which, by its stable code; the words are
//! here, with every other word, in kk, ru and en.
//!
//! ```
//! use kz_iin::{messages::service_text, Lang};
//! assert_eq!(service_text(Lang::En, "idempotency_key_missing"), Some("The request has no Idempotency-Key header: send each application with a key of its own, the same on every retry"));
//! assert_eq!(service_text(Lang::En, "no_such_code"), None);
//! ```

use crate::fields::Words;

/// `(code, words)`: each problem a service may answer with before validation.
pub const SERVICE_TEXTS: [(&str, Words); 8] = [
    ("not_json", words!["Өтініш JSON түрінде (Content-Type: application/json) жіберілуі керек", "Заявление нужно отправить в формате JSON (Content-Type: application/json)", "Send the application as JSON (Content-Type: application/json)"]),
    ("invalid_json", words!["Өтініш оқылмады: JSON қате жазылған", "Заявление не прочитано: JSON записан с ошибкой", "The application could not be read: its JSON is not well formed"]),
    ("too_large", words!["Өтініш тым үлкен: оны тексеріп, қайта жіберіңіз", "Заявление слишком большое: проверьте его и отправьте снова", "The application is too large: check it and send it again"]),
    ("idempotency_key_missing", words!["Сұрауда Idempotency-Key тақырыбы жоқ: әр өтінішті өз кілтімен жіберіңіз, қайталағанда да сол кілтпен", "В запросе нет заголовка Idempotency-Key: отправляйте каждое заявление со своим ключом, при повторе — с тем же", "The request has no Idempotency-Key header: send each application with a key of its own, the same on every retry"]),
    ("idempotency_key_invalid", words!["Idempotency-Key 1-ден 128-ге дейін көрінетін ASCII таңбадан тұруы керек", "Idempotency-Key должен состоять из 1–128 видимых символов ASCII", "The Idempotency-Key must be 1 to 128 visible ASCII characters"]),
    ("idempotency_key_reused", words!["Бұл Idempotency-Key басқа өтінішпен бұрын жіберілген: жаңа өтінішке жаңа кілт керек", "Этот Idempotency-Key уже использован для другого заявления: для нового заявления нужен новый ключ", "This Idempotency-Key was used for another application: a new application needs a new key"]),
    ("unavailable", words!["Қызмет уақытша қолжетімсіз: өтінішіңіз сақталмады, біраз уақыттан кейін қайталаңыз", "Сервис временно недоступен: заявление не сохранено, повторите попытку позже", "The service is unavailable for a moment: your application was not kept, try again shortly"]),
    ("not_found", words!["Мұндай бет жоқ", "Такой страницы нет", "There is no such page"]),
];
