//! The check digit (digit 12) shared by IINs and BINs.
//!
//! From the rules of 003_2fa9aad470411f5b.txt (MVD Order No. 521 of 29 June 2023, and Government
//! Decree No. 565 of 2003 before it): `a12 = (a1*b1 + ... + a11*b11) mod 11` with weights
//! 1..11; if that gives 10, the weights 3,4,5,6,7,8,9,10,11,1,2 are used instead; a result of
//! 0 to 9 is the check digit. When the second cycle gives 10 as well, no number is formed from
//! those 11 digits: they are *unissuable*, and every 12-digit string that starts with them is
//! invalid. (Some libraries map that case to 0 or never compare the digit; see
//! `tests/vectors/README.md`.)

use crate::error::ParseError;

const FIRST_CYCLE: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_CYCLE: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

fn weighted_mod11(digits: &[u8; 11], weights: &[u32; 11]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum::<u32>()
        % 11
}

/// The check digit for 11 digit values (each 0 to 9), or `None` when the digits are unissuable.
///
/// # Example
/// ```
/// use kz_iin::check_digit;
/// // first cycle: 9*1+9*2+0*3+1*4+4*5+0*6+0*7+0*8+4*9+6*10+5*11 = 202 = 18*11 + 4
/// assert_eq!(check_digit(&[9, 9, 0, 1, 4, 0, 0, 0, 4, 6, 5]), Some(4));
/// // first cycle gives 10, the second gives 7
/// assert_eq!(check_digit(&[8, 3, 0, 7, 1, 7, 3, 5, 0, 8, 6]), Some(7));
/// // both cycles give 10: no number starts with these digits
/// assert_eq!(check_digit(&[0, 0, 0, 8, 1, 3, 1, 5, 9, 8, 9]), None);
/// ```
pub fn check_digit(digits: &[u8; 11]) -> Option<u8> {
    match weighted_mod11(digits, &FIRST_CYCLE) {
        10 => match weighted_mod11(digits, &SECOND_CYCLE) {
            10 => None,
            d => Some(d as u8),
        },
        d => Some(d as u8),
    }
}

/// Checks digit 12 of 12 digit values against digits 1 to 11.
pub(crate) fn verify(digits: &[u8; 12]) -> Result<(), ParseError> {
    let (base, check) = digits.split_at(11);
    let base: &[u8; 11] = base.try_into().unwrap_or(&[0; 11]);
    match check_digit(base) {
        None => Err(ParseError::Unissuable),
        Some(expected) if expected == check[0] => Ok(()),
        Some(expected) => Err(ParseError::Checksum {
            expected,
            found: check[0],
        }),
    }
}

/// Forms the 12 ASCII digits of a number from its base; shared by [`crate::form`] and the
/// boundary.
pub(crate) fn form12(base: &str) -> Result<[u8; 12], ParseError> {
    let digits: [u8; 11] = crate::digits::read(base)?;
    let check = check_digit(&digits).ok_or(ParseError::Unissuable)?;
    let mut all = [b'0' + check; 12];
    for (a, d) in all.iter_mut().zip(digits) {
        *a = b'0' + d;
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_distinguishes_checksum_from_unissuable() {
        assert_eq!(verify(&[9, 9, 0, 1, 4, 0, 0, 0, 4, 6, 5, 4]), Ok(()));
        assert_eq!(
            verify(&[9, 9, 0, 1, 4, 0, 0, 0, 4, 6, 5, 0]),
            Err(ParseError::Checksum {
                expected: 4,
                found: 0
            })
        );
        assert_eq!(
            verify(&[0, 0, 0, 8, 1, 3, 1, 5, 9, 8, 9, 0]),
            Err(ParseError::Unissuable)
        );
    }
}
