//! The officers' second factor: a time-based one-time code (TOTP, RFC 6238: HMAC-SHA-1, six
//! digits, 30-second steps, as every authenticator app reads an `otpauth://` URI), by totp-rs.
//! A code is taken for the step before, the step of and the step after the server's time (a
//! phone's clock a little off), and only for a step later than the last one accepted for the
//! officer: a code seen once, replayed in the same window, opens nothing.

use totp_rs::{Algorithm, Secret, TOTP};

/// The name authenticator apps show beside the officer's login.
pub const ISSUER: &str = "kz-iin";

/// A new secret: 160 random bits (RFC 4226's recommendation), base32 as apps take it.
///
/// # Example
/// ```
/// let secret = kz_iin_server::second_factor::new_secret();
/// assert_eq!(secret.len(), 32);
/// assert!(secret.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)));
/// ```
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    // The operating system's generator; without it no secret can be made at all.
    getrandom::fill(&mut bytes).expect("the operating system's random generator");
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

fn totp(secret: &str, login: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret.to_string()).to_bytes().ok()?;
    // A login has no ':' (a-z, 0-9, '.', '_', '-'), which the URI's label forbids.
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some(ISSUER.to_string()),
        login.to_string(),
    )
    .ok()
}

/// The `otpauth://` URI of a secret, for an authenticator app (typed, or read from a QR code).
///
/// # Example
/// ```
/// use kz_iin_server::second_factor::{new_secret, uri};
/// let u = uri(&new_secret(), "anna");
/// assert!(u.starts_with("otpauth://totp/kz-iin:anna?secret="), "{u}");
/// ```
pub fn uri(secret: &str, login: &str) -> String {
    totp(secret, login).map_or_else(String::new, |t| t.get_url())
}

/// The code of a secret at `now_ms` (what the officer's app shows then).
///
/// # Example
/// ```
/// use kz_iin_server::second_factor::{code_at, new_secret, step_of};
/// let secret = new_secret();
/// let code = code_at(&secret, 1_796_299_200_000);
/// assert_eq!(step_of(&secret, "anna", &code, 1_796_299_200_000), Some(1_796_299_200 / 30));
/// assert_eq!(step_of(&secret, "anna", &code, 1_796_299_200_000 + 120_000), None, "two minutes later");
/// ```
pub fn code_at(secret: &str, now_ms: i64) -> String {
    totp(secret, "x").map_or_else(String::new, |t| {
        t.generate(u64::try_from(now_ms / 1000).unwrap_or(0))
    })
}

/// The 30-second step that `code` is for, when it is one of the steps around `now_ms`; `None`
/// for a wrong code (or anything that is not six digits).
pub fn step_of(secret: &str, login: &str, code: &str, now_ms: i64) -> Option<i64> {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let totp = totp(secret, login)?;
    let now = now_ms.max(0) / 1000 / 30;
    (now - 1..=now + 1).find(|step| {
        let at = u64::try_from(*step * 30).unwrap_or(0);
        crate::secrets::same_secret(&totp.generate(at), code)
    })
}

/// A QR code of `text` drawn with block characters, for a terminal (`staff add --qr`).
///
/// # Example
/// ```
/// let drawn = kz_iin_server::second_factor::terminal_qr("otpauth://totp/kz-iin:anna?secret=X");
/// assert!(drawn.lines().count() > 10);
/// ```
pub fn terminal_qr(text: &str) -> String {
    use qrcode::render::unicode::Dense1x2;
    qrcode::QrCode::new(text.as_bytes()).map_or_else(
        |_| String::new(),
        |qr| {
            qr.render::<Dense1x2>()
                .dark_color(Dense1x2::Light)
                .light_color(Dense1x2::Dark)
                .build()
        },
    )
}
