//! The batch check on arbitrary bytes: one result per line, never a panic.
#![no_main]

use kz_iin::batch::{check_lines, count_lines};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut out = Vec::new();
    check_lines(data, &mut out);
    assert_eq!(out.len(), count_lines(data));
    assert!(out.iter().all(|&c| c <= 6));
});
