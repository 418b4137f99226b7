//! Native speed of the IIN core, for `npm run bench` (scripts/bench.js reads criterion's
//! estimates): single numbers through `Iin::parse`, a large newline-separated buffer through
//! `batch::check_lines`, and a plain read of the same buffer (the machine's limit).
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kz_iin::{batch, Iin};

/// How many numbers the buffer holds (about 13 MB).
const LINES: usize = 1_000_000;

/// Deterministic mixed numbers: about 90% valid, the rest with a wrong check digit.
pub fn numbers(count: usize) -> Vec<[u8; 12]> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let base = format!("{:011}", state % 100_000_000_000);
        let Ok(iin) = kz_iin::form(&base) else {
            continue;
        };
        let mut digits: [u8; 12] = iin.as_str().as_bytes().try_into().unwrap();
        if state % 10 == 0 {
            digits[11] = b'0' + (digits[11] - b'0' + 1) % 10;
        }
        out.push(digits);
    }
    out
}

fn buffer(numbers: &[[u8; 12]]) -> Vec<u8> {
    let mut text = Vec::with_capacity(numbers.len() * 13);
    for n in numbers {
        text.extend_from_slice(n);
        text.push(b'\n');
    }
    text
}

fn single(c: &mut Criterion) {
    let list: Vec<String> = numbers(1024)
        .iter()
        .map(|n| String::from_utf8(n.to_vec()).unwrap())
        .collect();
    let mut group = c.benchmark_group("single");
    group.throughput(Throughput::Elements(list.len() as u64));
    group.bench_function("Iin::parse", |b| {
        b.iter(|| {
            list.iter()
                .filter(|s| Iin::parse(black_box(s)).is_ok())
                .count()
        })
    });
    group.finish();
}

fn bulk(c: &mut Criterion) {
    let text = buffer(&numbers(LINES));
    let mut out = Vec::with_capacity(LINES);
    let mut group = c.benchmark_group("buffer");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(30);
    group.bench_function("check_lines", |b| {
        b.iter(|| {
            out.clear();
            batch::check_lines(black_box(&text), &mut out);
            out.len()
        })
    });
    // The physical limit: every byte of the same buffer read once, eight at a time.
    group.bench_function("memory_read", |b| {
        b.iter(|| {
            black_box(&text)
                .chunks_exact(8)
                .map(|w| u64::from_le_bytes(w.try_into().unwrap()))
                .fold(0u64, u64::wrapping_add)
        })
    });
    group.finish();
}

criterion_group!(benches, single, bulk);
criterion_main!(benches);
