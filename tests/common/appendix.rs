#![allow(dead_code)]
//! The seed's appendices as tests read them: the labels of the certificate (appendix 2) and the
//! refusal (appendix 3) verbatim, and a document's text. Shared by the core's tests
//! (tests/documents.rs) and the service's (server/tests/officers.rs).

/// Seed 000, the consular order with its appendices.
pub const SEED: &str = include_str!("../seeds/000_de31256ef39f5168.txt");

/// The lines of an appendix of the seed, from its title to the line before `until`.
pub fn appendix_lines(from: &str, until: &str) -> Vec<String> {
    let start = SEED.find(from).unwrap();
    let end = start + SEED[start..].find(until).unwrap();
    SEED[start..end]
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// The markup's text, white space collapsed (tags become spaces).
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every label of appendix 2, the registration certificate (20 lines, Kazakh and Russian).
pub fn certificate_labels() -> Vec<String> {
    appendix_lines("Тіркеу куәлігі", "Қазақстан Республикасы\nішкі істер министрі\n2024 жылғы 19 наурыздағы\n№ 246,\nҚазақстан Республикасының\nЦифрлық даму, инновациялар\nжәне аэроғарыш өнеркәсібі\nминистрі 2024 жылғы 19\nнаурыздағы № 166/НҚ мен\nҚазақстан Республикасы\nСыртқы істер министрінің\nміндетін атқарушы\n2024 жылғы 19 наурыздағы\n№ 11-1-4/113\n\"Қазақстан Республикасының\nшет елдердегі мекемелері\nарқылы шетел азаматтарына\nжеке сәйкестендіру нөмірлерін\nқалыптастыру\" мемлекеттік\nқызметін көрсету жөніндегі\nпилоттық жобаны іске\nасыру алгоритміне\n3-қосымша")
}
