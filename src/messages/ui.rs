//! The application widget's own words, other than the fields' (which are in
//! [`crate::fields`]): its title, buttons, the review and sending steps, the MRZ panel, the
//! kiosk's inactivity warning. One table, each entry in the three languages; `{}` marks where a
//! value goes. The package's JavaScript uses a copy generated from it
//! (`www/src/elements/application/texts.js`, written by `cargo run --example codegen` and kept in
//! step by `tests/generated.rs`), and a server renders the same form with it.
//!
//! ```
//! use kz_iin::{messages::ui_text, Lang};
//! assert_eq!(ui_text(Lang::Ru, "continue"), Some("Продолжить"));
//! assert_eq!(ui_text(Lang::En, "idle.text"), Some("For your privacy, this form will be cleared in {} seconds."));
//! ```

use crate::fields::Words;

/// The widget's words: `(key, [kk, ru, en])`; a key with a dot belongs to a group (`mrz.hint`).
pub const UI_TEXTS: [(&str, Words); 48] = [
    ("title", words!["Жеке сәйкестендіру нөмірін (ЖСН) беру туралы өтініш", "Заявление о присвоении индивидуального идентификационного номера (ИИН)", "Application for an individual identification number (IIN)"]),
    ("problem", words!["Өтініште қателер бар", "В заявлении есть ошибки", "There is a problem"]),
    ("errorPrefix", words!["Қате:", "Ошибка:", "Error:"]),
    ("warningPrefix", words!["Тексеріңіз:", "Проверьте:", "Check:"]),
    ("optional", words!["(міндетті емес)", "(необязательно)", "(optional)"]),
    ("select", words!["Таңдаңыз", "Выберите", "Select"]),
    ("day", words!["Күні", "День", "Day"]),
    ("month", words!["Айы", "Месяц", "Month"]),
    ("year", words!["Жылы", "Год", "Year"]),
    ("continue", words!["Жалғастыру", "Продолжить", "Continue"]),
    ("reviewTitle", words!["Өтінішті жібермес бұрын жауаптарыңызды тексеріңіз", "Проверьте ответы перед отправкой заявления", "Check your answers before sending your application"]),
    ("reviewLead", words!["Өтініштің заңдық күші бар: барлық жауаптың дұрыс екеніне көз жеткізіңіз.", "Заявление имеет юридическую силу: убедитесь, что все ответы верны.", "This application is a legal declaration: make sure every answer is right."]),
    ("change", words!["Өзгерту", "Изменить", "Change"]),
    ("back", words!["Формаға оралу", "Вернуться к форме", "Back to the form"]),
    ("send", words!["Өтінішті жіберу", "Отправить заявление", "Send application"]),
    ("notGiven", words!["Көрсетілмеген", "Не указано", "Not given"]),
    ("yes", words!["Иә", "Да", "Yes"]),
    ("sending", words!["Өтініш жіберілуде…", "Заявление отправляется…", "Sending your application…"]),
    ("mrz.legend", words!["Төлқұжаттың машинамен оқылатын аймағы", "Машиночитаемая зона паспорта", "Passport machine-readable zone"]),
    ("mrz.label", words!["Машинамен оқылатын аймақ (фотосуреті бар беттің төменгі жағындағы < белгілері бар жолдар)", "Машиночитаемая зона (строки со знаками < внизу страницы с фотографией)", "Machine-readable zone (the lines with < signs at the bottom of the photo page)"]),
    ("mrz.hint", words!["Төлқұжаттың немесе жеке куәліктің фотосуреті бар бетін оқу құрылғысына қойыңыз немесе оның 2 не 3 жолын осында енгізіңіз. Толтырылғанның бәрін тексеріп, түзетуге болады.", "Положите страницу паспорта или удостоверения личности с фотографией на считыватель или введите здесь её 2 или 3 строки. Всё заполненное можно проверить и исправить.", "Put the photo page of your passport or identity card on the reader, or type its 2 or 3 lines here. You can check and change everything it fills in."]),
    ("mrz.fill", words!["Өтінішті осы бойынша толтыру", "Заполнить заявление по ней", "Fill in the form from it"]),
    ("mrz.filled", words!["Құжатыңыз бойынша толтырылды: {}. Әрқайсысын құжатпен салыстырып, қатесін түзетіңіз.", "Заполнено по вашему документу: {}. Сверьте каждое поле с документом и исправьте неверное.", "Filled in from your document: {}. Check each against your document and correct anything that is wrong."]),
    ("mrz.truncated", words!["Аттарыңыз аймақты толық алады, сондықтан қысқартылуы мүмкін: оларды фотосуреті бар бетпен салыстырыңыз.", "Имена занимают всю зону и могли быть сокращены: сверьте их со страницей с фотографией.", "Your names fill the whole zone and may be cut short there: compare them with the photo page."]),
    ("mrz.unavailable", words!["Төлқұжатты оқу құралы жүктелмеді: құрылғы желіге қосылмаған болуы мүмкін. Деректерді формаға қолмен енгізіңіз немесе қайталап көріңіз.", "Не удалось загрузить чтение паспорта: возможно, устройство не в сети. Введите данные в форму вручную или попробуйте ещё раз.", "The passport reader could not be loaded: this device may be offline. Type your details into the form, or try again."]),
    ("suggest.lead", words!["Ұсынылатын жазылуы:", "Предлагаемое написание:", "Suggested spelling:"]),
    ("suggest.use", words!["«{}» қою", "Вставить «{}»", "Use “{}”"]),
    ("idle.title", words!["Сіз әлі осындасыз ба?", "Вы ещё здесь?", "Are you still there?"]),
    ("idle.text", words!["Деректеріңізді қорғау үшін өтініш {} секундтан кейін тазартылады.", "Для защиты ваших данных заявление будет очищено через {} с.", "For your privacy, this form will be cleared in {} seconds."]),
    ("idle.continue", words!["Жалғастыру", "Продолжить", "Continue"]),
    ("idle.restart", words!["Қазір тазарту", "Очистить сейчас", "Clear the form now"]),
    ("kioskDone", words!["Бірнеше секундтан кейін экран келесі адам үшін тазартылады.", "Через несколько секунд экран будет очищен для следующего посетителя.", "This screen will be cleared for the next person in a few seconds."]),
    ("sendFailed.offline", words!["Өтініш жіберілмеді: құрылғы желіге қосылмаған. Жауаптарыңыз экранда сақталды: байланыс қалпына келгенде қайталаңыз.", "Заявление не отправлено: устройство не подключено к сети. Ваши ответы сохранены на экране: повторите, когда связь восстановится.", "Your application was not sent: this device is offline. Your answers are kept on this screen: try again when the connection is back."]),
    ("sendFailed.network", words!["Өтініш жіберілмеді: сервермен байланыс жоқ. Жауаптарыңыз сақталды, қайталап көріңіз.", "Заявление не отправлено: нет связи с сервером. Ваши ответы сохранены, попробуйте еще раз.", "Your application was not sent: the server could not be reached. Your answers are kept: try again."]),
    ("sendFailed.timeout", words!["Өтініш жіберілмеді: сервер уақытында жауап бермеді. Жауаптарыңыз сақталды, қайталап көріңіз.", "Заявление не отправлено: сервер не ответил вовремя. Ваши ответы сохранены, попробуйте еще раз.", "Your application was not sent: the server did not answer in time. Your answers are kept: try again."]),
    ("sendFailed.status", words!["Өтініш жіберілмеді: сервер қатемен жауап берді ({}). Жауаптарыңыз сақталды, қайталап көріңіз.", "Заявление не отправлено: сервер ответил ошибкой ({}). Ваши ответы сохранены, попробуйте еще раз.", "Your application was not sent: the server answered with an error ({}). Your answers are kept: try again."]),
    ("retry", words!["Қайталау", "Повторить", "Try again"]),
    ("doneTitle", words!["Өтініш жіберілді", "Заявление отправлено", "Application sent"]),
    ("doneText", words!["Өтінішіңіз қабылданды. Мекемеге жеке басыңызды куәландыратын құжатты алып келіңіз.", "Ваше заявление принято. Возьмите с собой документ, удостоверяющий личность.", "Your application has been received. Bring your identity document to the institution."]),
    ("receipt", words!["Өтінішіңіздің нөмірі (оны қабылдау терезесінде айтыңыз):", "Номер вашего заявления (назовите его в окне приёма):", "Your application number (say it at the window):"]),
    ("sent.accessCode", words!["Мәртебені тексеру коды:", "Код для проверки статуса:", "Code to check its status:"]),
    ("sent.keepThese", words!["Нөмір мен кодты сақтаңыз.", "Сохраните номер и код.", "Keep the number and the code."]),
    ("sent.statusLink", words!["Өтінішімнің мәртебесі", "Статус моего заявления", "Where is my application?"]),
    ("sent.qrLabel", words!["Мәртебе бетінің сілтемесі бар QR-код", "QR-код со ссылкой на страницу статуса", "QR code of the link to the status page"]),
    ("draft.keep", words!["Жауаптарымды осы құрылғыда 7 күн сақтау", "Сохранить ответы на этом устройстве на 7 дней", "Keep my answers on this device for 7 days"]),
    ("draft.restored", words!["{} сақталған жауаптар қалпына келтірілді.", "Ответы от {} восстановлены.", "Your answers of {} are back."]),
    ("draft.startAgain", words!["Қайта бастау", "Начать заново", "Start again"]),
    ("newApplication", words!["Жаңа өтініш", "Новое заявление", "Start a new application"]),
];
