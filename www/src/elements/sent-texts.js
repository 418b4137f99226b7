// Generated from the Rust core (locales/*.toml [ui], UI_TEXTS, sent.*) by `cargo run --example codegen`;
// tests/generated.rs keeps it in step. Do not edit.
export default {
  kk: {
    accessCode: "Мәртебені тексеру коды:",
    keepThese: "Нөмір мен кодты сақтаңыз.",
    statusLink: "Өтінішімнің мәртебесі",
    qrLabel: "Мәртебе бетінің сілтемесі бар QR-код",
  },
  ru: {
    accessCode: "Код для проверки статуса:",
    keepThese: "Сохраните номер и код.",
    statusLink: "Статус моего заявления",
    qrLabel: "QR-код со ссылкой на страницу статуса",
  },
  en: {
    accessCode: "Code to check its status:",
    keepThese: "Keep the number and the code.",
    statusLink: "Where is my application?",
    qrLabel: "QR code of the link to the status page",
  },
}
