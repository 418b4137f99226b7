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
pub const SERVICE_TEXTS: [(&str, Words); 25] = [
    ("not_json", words!["Өтініш JSON түрінде (Content-Type: application/json) жіберілуі керек", "Заявление нужно отправить в формате JSON (Content-Type: application/json)", "Send the application as JSON (Content-Type: application/json)"]),
    ("invalid_json", words!["Өтініш оқылмады: JSON қате жазылған", "Заявление не прочитано: JSON записан с ошибкой", "The application could not be read: its JSON is not well formed"]),
    ("too_large", words!["Өтініш тым үлкен: оны тексеріп, қайта жіберіңіз", "Заявление слишком большое: проверьте его и отправьте снова", "The application is too large: check it and send it again"]),
    ("idempotency_key_missing", words!["Сұрауда Idempotency-Key тақырыбы жоқ: әр өтінішті өз кілтімен жіберіңіз, қайталағанда да сол кілтпен", "В запросе нет заголовка Idempotency-Key: отправляйте каждое заявление со своим ключом, при повторе — с тем же", "The request has no Idempotency-Key header: send each application with a key of its own, the same on every retry"]),
    ("idempotency_key_invalid", words!["Idempotency-Key 1-ден 128-ге дейін көрінетін ASCII таңбадан тұруы керек", "Idempotency-Key должен состоять из 1–128 видимых символов ASCII", "The Idempotency-Key must be 1 to 128 visible ASCII characters"]),
    ("idempotency_key_reused", words!["Бұл Idempotency-Key басқа өтінішпен бұрын жіберілген: жаңа өтінішке жаңа кілт керек", "Этот Idempotency-Key уже использован для другого заявления: для нового заявления нужен новый ключ", "This Idempotency-Key was used for another application: a new application needs a new key"]),
    ("unavailable", words!["Қызмет уақытша қолжетімсіз: өтінішіңіз сақталмады, біраз уақыттан кейін қайталаңыз", "Сервис временно недоступен: заявление не сохранено, повторите попытку позже", "The service is unavailable for a moment: your application was not kept, try again shortly"]),
    ("not_form", words!["Өтінішті беттегі форма арқылы жіберіңіз", "Отправьте заявление через форму на странице", "Send the application with the form on the page"]),
    ("invalid_form", words!["Форма оқылмады: бетті жаңартып, қайта толтырыңыз", "Форма не прочитана: обновите страницу и заполните её снова", "The form could not be read: reload the page and fill it in again"]),
    ("already_sent", words!["Бұл өтініш жіберілген: жаңа өтініш үшін жаңа форманы ашыңыз", "Это заявление уже отправлено: для нового заявления откройте новую форму", "This application was already sent: for a new application, open a new form"]),
    ("not_found", words!["Мұндай бет жоқ", "Такой страницы нет", "There is no such page"]),
    ("unauthorized", words!["Жалғастыру үшін жүйеге кіріңіз", "Войдите, чтобы продолжить", "Sign in to continue"]),
    ("csrf", words!["Бет ескірген: оны жаңартып, қайталап көріңіз", "Страница устарела: обновите её и повторите", "This page has expired: reload it and try again"]),
    ("scope", words!["Бұл токен тек оқи алады: шешім қабылдау үшін decide аясы бар токен керек", "Этот токен может только читать: для решений нужен токен с областью decide", "This token may only read: deciding needs a token with the decide scope"]),
    ("no_such_application", words!["Мұндай нөмір мен коды бар өтініш жоқ: екеуін де тексеріңіз", "Заявления с таким номером и кодом нет: проверьте оба", "There is no application with this number and code: check both"]),
    ("wrong_credentials", words!["Логин немесе құпиясөз қате", "Неверный логин или пароль", "The login or the password is wrong"]),
    ("too_many_attempts", words!["Сәтсіз әрекеттер тым көп: бірнеше минуттан кейін қайталаңыз", "Слишком много неудачных попыток: повторите через несколько минут", "Too many failed attempts: try again in a few minutes"]),
    ("rate_limited", words!["Сұраулар тым көп: біраз күтіп, қайталаңыз", "Слишком много запросов: подождите немного и повторите", "Too many requests: wait a moment and try again"]),
    ("busy", words!["Қазір кірушілер тым көп: бірнеше секундтан кейін қайталаңыз", "Сейчас слишком много попыток входа: повторите через несколько секунд", "Too many sign-ins at this moment: try again in a few seconds"]),
    ("bad_request", words!["Сұрау оқылмады: сілтемені немесе оның параметрлерін тексеріңіз", "Запрос не прочитан: проверьте ссылку и её параметры", "The request could not be read: check the link and its parameters"]),
    ("iin_taken", words!["Бұл ЖСН басқа адамға тіркелген", "Этот ИИН уже записан за другим лицом", "This IIN is already recorded for another person"]),
    ("person_has_iin", words!["Бұл адамға басқа ЖСН тіркелген: ЖСН бір рет беріледі және өзгермейді", "Этому лицу уже записан другой ИИН: ИИН присваивается один раз и не меняется", "This person already holds another recorded IIN: an IIN is given once and never changes"]),
    ("already_decided", words!["Бұл өтініш бойынша шешім қабылданған: шешім түпкілікті", "По этому заявлению уже принято решение: оно окончательное", "This application has already been decided: a decision is final"]),
    ("erased", words!["Бұл өтініштің дербес деректері жойылған", "Персональные данные этого заявления удалены", "The personal data of this application was erased"]),
    ("not_decided", words!["Бұл өтініш бойынша әлі шешім жоқ: құжат әзір емес", "По этому заявлению ещё нет решения: документа нет", "This application has not been decided yet: there is no document"]),
];
