// Generated from the Rust core (locales/*.toml [ui], UI_TEXTS, draft.*) by `cargo run --example codegen`;
// tests/generated.rs keeps it in step. Do not edit.
export default {
  kk: {
    keep: "Жауаптарымды осы құрылғыда 7 күн сақтау",
    restored: "{} сақталған жауаптар қалпына келтірілді.",
    startAgain: "Қайта бастау",
  },
  ru: {
    keep: "Сохранить ответы на этом устройстве на 7 дней",
    restored: "Ответы от {} восстановлены.",
    startAgain: "Начать заново",
  },
  en: {
    keep: "Keep my answers on this device for 7 days",
    restored: "Your answers of {} are back.",
    startAgain: "Start again",
  },
}
