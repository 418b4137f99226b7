//! `kz-iin-server [serve|migrate]`: see `kz-iin-server --help`.

use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use kz_iin_server::clock::SystemClock;
use kz_iin_server::config::{Cli, Command};
use kz_iin_server::store::Store;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let settings = cli.settings;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Migrate => match Store::connect(&settings.database_url, 1).await {
            Ok(_) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("kz-iin-server: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Serve => {
            let (listener, app) = match kz_iin_server::start(&settings, Arc::new(SystemClock)).await
            {
                Ok(started) => started,
                Err(e) => {
                    eprintln!("kz-iin-server: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let address = listener
                .local_addr()
                .map(|a| a.to_string())
                .unwrap_or_default();
            // The URL on standard output, for people and for scripts that start the service.
            println!("kz-iin-server: http://{address}/www/");
            let shutdown = async {
                let _ = tokio::signal::ctrl_c().await;
            };
            match axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("kz-iin-server: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
