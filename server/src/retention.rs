//! Retention: the personal data of a decided application is erased a set number of days after
//! its decision, that of an undecided one after a longer period. What remains is anonymous (the
//! institution, the receipt, the dates, the status and the kind of decision) and serves
//! statistics; the register keeps only keyed hashes, so an IIN stays unique after erasure.

use serde::Serialize;

use crate::store::{Store, StoreError};

fn failed(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError(format!("{what}: {e}"))
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// How long personal data is kept.
///
/// # Example
/// ```
/// let p = kz_iin_server::retention::Policy { decided_days: 30, undecided_days: 180 };
/// assert!(p.undecided_days > p.decided_days);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Days after the decision.
    pub decided_days: u32,
    /// Days after receipt, for an application never decided.
    pub undecided_days: u32,
}

/// What one run erased.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Erased {
    /// Decided applications.
    pub decided: u64,
    /// Undecided ones.
    pub undecided: u64,
}

/// Erases what the policy says is due at `now`: the application's value, its idempotency key
/// and body hash (nothing left to link it to a person or a request), and the decision's IIN
/// and reasons. One transaction per run.
pub async fn run(store: &Store, policy: Policy, now: i64) -> Result<Erased, StoreError> {
    let decided_before = now - i64::from(policy.decided_days) * DAY_MS;
    let undecided_before = now - i64::from(policy.undecided_days) * DAY_MS;
    let mut tx = store.writer().begin().await.map_err(failed("beginning"))?;
    sqlx::query(
        "UPDATE decisions SET iin = NULL, reason = NULL, standard_kk = NULL, standard_ru = NULL \
         WHERE decided_at <= $1 AND (iin IS NOT NULL OR reason IS NOT NULL OR standard_kk IS NOT NULL OR standard_ru IS NOT NULL)",
    )
    .bind(decided_before)
    .execute(&mut *tx)
    .await
    .map_err(failed("erasing decisions"))?;
    let erase = "UPDATE applications SET value = NULL, idempotency_key = 'erased:' || id, body_sha256 = '', erased_at = $1 \
                 WHERE erased_at IS NULL AND ";
    let decided = sqlx::query(&format!(
        "{erase} status <> 'received' AND decided_at <= $2"
    ))
    .bind(now)
    .bind(decided_before)
    .execute(&mut *tx)
    .await
    .map_err(failed("erasing decided applications"))?
    .rows_affected();
    let undecided = sqlx::query(&format!(
        "{erase} status = 'received' AND received_at <= $2"
    ))
    .bind(now)
    .bind(undecided_before)
    .execute(&mut *tx)
    .await
    .map_err(failed("erasing undecided applications"))?
    .rows_affected();
    // Sessions unused for a day serve no one.
    sqlx::query("DELETE FROM sessions WHERE seen_at <= $1")
        .bind(now - DAY_MS)
        .execute(&mut *tx)
        .await
        .map_err(failed("forgetting old sessions"))?;
    tx.commit().await.map_err(failed("committing erasure"))?;
    Ok(Erased { decided, undecided })
}
