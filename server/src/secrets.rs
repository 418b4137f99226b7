//! Secrets made and compared: random tokens from the operating system's generator, and equality
//! in a time that does not depend on where two secrets differ. Below every module that makes or
//! checks one (sessions, tokens, keys, second factors, access codes).

/// Random bytes as hex: tokens, passwords, keys.
///
/// # Example
/// ```
/// let token = kz_iin_server::secrets::random_hex(16);
/// assert!(token.len() == 32 && token.bytes().all(|b| b.is_ascii_hexdigit()));
/// assert_ne!(token, kz_iin_server::secrets::random_hex(16));
/// ```
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    // The operating system's generator; without it no secret can be made at all.
    getrandom::fill(&mut buf).expect("the operating system's random generator");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether two secrets are equal, in a time that does not depend on where they differ.
///
/// # Example
/// ```
/// use kz_iin_server::secrets::same_secret;
/// assert!(same_secret("a1b2", "a1b2"));
/// assert!(!same_secret("a1b2", "a1b3") && !same_secret("a1b2", "a1b"));
/// ```
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
