//! What the service's benchmark examples (`load`, `scale`) share: a fresh database of each kind,
//! the service's settings without its per-client limits (64 clients from one address are the
//! load, not an attack), and a valid application for today. Not an example of its own.

use clap::Parser;
use kz_iin_server::config::{Cli, Settings};
use serde_json::{json, Value};

/// A new database for a run named `tag`: a SQLite file in a temporary folder, or a database on
/// the cluster KZ_IIN_TEST_POSTGRES names. Its URL and the folder (removed by the caller).
pub async fn database(kind: &str, tag: &str) -> (String, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("kz-iin-{tag}-{}", std::process::id()));
    let url = match kind {
        "sqlite" => format!("sqlite://{}/{tag}.db", dir.display()),
        _ => {
            let admin = std::env::var("KZ_IIN_TEST_POSTGRES")
                .expect("KZ_IIN_TEST_POSTGRES (run through scripts/with-postgres.sh)");
            let name = format!("kz_iin_{tag}_{}", std::process::id());
            let pool = sqlx::PgPool::connect(&admin).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await
                .unwrap();
            format!("{}/{name}", admin.rsplit_once('/').unwrap().0)
        }
    };
    (url, dir)
}

/// The defaults of `kz-iin-server --help` on `url`, any port, no static files, no limit per
/// client.
pub fn settings(url: &str, dir: &std::path::Path) -> Settings {
    let mut settings = Cli::parse_from(["kz-iin-server"]).settings;
    settings.database_url = url.to_string();
    settings.port = 0;
    settings.static_root = dir.join("no-static-files");
    settings.rate_limit_per_minute = 0;
    settings.rate_limit_global_per_minute = 0;
    settings.max_connections_per_address = 100_000;
    settings
}

/// The shared vectors' base application, its document valid in the year of `now_ms`.
pub fn application(now_ms: i64) -> Value {
    let vectors: Value =
        serde_json::from_str(include_str!("../../../tests/vectors/applications.json")).unwrap();
    let mut data = vectors["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "base")
        .unwrap()["data"]
        .clone();
    let year = kz_iin_server::clock::utc_date(now_ms).year();
    data["documentIssueDate"] = json!(format!("{}-01-10", year - 1));
    data["documentExpiryDate"] = json!(format!("{}-01-09", year + 5));
    data
}
