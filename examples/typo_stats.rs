//! Prints what the check digit catches (the book's "What a valid check digit does not prove", docs/src/portal/rules.md).
//! Run: cargo run --release --example typo_stats [SAMPLES]

#[path = "../tests/common/typos.rs"]
mod typos;

fn main() {
    let samples = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let s = typos::measure(samples, 2026);
    println!("{samples} random valid numbers (seed 2026)");
    println!(
        "unissuable bases: {:.2}% of random 11-digit bases",
        typos::pct(s.unissuable)
    );
    println!("| position | single-digit typos undetected |");
    println!("|---:|---:|");
    for (i, p) in s.substitution.iter().enumerate() {
        println!("| {} | {:.2}% |", i + 1, typos::pct(*p));
    }
    println!(
        "all positions: {:.2}% of single-digit typos undetected",
        typos::pct(typos::total(&s.substitution))
    );
    println!(
        "adjacent transpositions: {:.2}% undetected (worst pair: {})",
        typos::pct(typos::total(&s.transposition)),
        s.transposition
            .iter()
            .enumerate()
            .max_by(|a, b| typos::pct(*a.1).total_cmp(&typos::pct(*b.1)))
            .map(|(i, p)| format!("{}-{}, {:.2}%", i + 1, i + 2, typos::pct(*p)))
            .unwrap_or_default()
    );
}
