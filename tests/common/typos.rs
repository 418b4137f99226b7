#![allow(dead_code)]
//! What the check digit catches: single-digit substitutions and adjacent transpositions of valid
//! numbers, measured on a seeded random sample (so the figures are reproducible).
//! Shared by tests/properties.rs (assertions) and examples/typo_stats.rs (the book's table).

use kz_iin::check_digit;

/// Counts of undetected errors among all errors tried.
#[derive(Debug, Default, Clone)]
pub struct TypoStats {
    /// Per position 1..=12: (substitutions that stayed valid, substitutions tried).
    pub substitution: [(u64, u64); 12],
    /// Per pair (i, i+1), i = 1..=11: (swaps that stayed valid, swaps of unequal digits tried).
    pub transposition: [(u64, u64); 11],
    /// Random bases that were unissuable, and bases drawn.
    pub unissuable: (u64, u64),
}

/// SplitMix64: tiny, seedable, good enough to draw digits.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn digits11(&mut self) -> [u8; 11] {
        let mut d = [0u8; 11];
        for x in d.iter_mut() {
            *x = (self.next() % 10) as u8;
        }
        d
    }
}

fn valid(n: &[u8; 12]) -> bool {
    let base: [u8; 11] = n[..11].try_into().unwrap();
    check_digit(&base) == Some(n[11])
}

/// Measures `samples` random valid numbers (unissuable bases are drawn again and counted).
pub fn measure(samples: u64, seed: u64) -> TypoStats {
    let mut rng = Rng(seed);
    let mut s = TypoStats::default();
    let mut done = 0;
    while done < samples {
        let base = rng.digits11();
        s.unissuable.1 += 1;
        let Some(c) = check_digit(&base) else {
            s.unissuable.0 += 1;
            continue;
        };
        done += 1;
        let mut n = [0u8; 12];
        n[..11].copy_from_slice(&base);
        n[11] = c;
        for pos in 0..12 {
            for other in 0..10u8 {
                if other == n[pos] {
                    continue;
                }
                let mut m = n;
                m[pos] = other;
                s.substitution[pos].1 += 1;
                s.substitution[pos].0 += u64::from(valid(&m));
            }
        }
        for pos in 0..11 {
            if n[pos] == n[pos + 1] {
                continue;
            }
            let mut m = n;
            m.swap(pos, pos + 1);
            s.transposition[pos].1 += 1;
            s.transposition[pos].0 += u64::from(valid(&m));
        }
    }
    s
}

/// Undetected share, in percent.
pub fn pct((bad, all): (u64, u64)) -> f64 {
    100.0 * bad as f64 / all.max(1) as f64
}

/// Sums a list of (undetected, tried) pairs.
pub fn total(pairs: &[(u64, u64)]) -> (u64, u64) {
    pairs.iter().fold((0, 0), |(a, b), (x, y)| (a + x, b + y))
}
