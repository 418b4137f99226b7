//! `kz-iin-server [serve|migrate|staff|retention]`: see `kz-iin-server --help`.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use kz_iin_server::clock::{Clock, SystemClock};
use kz_iin_server::config::{
    Cli, Command, EventsCommand, KeysCommand, Settings, StaffCommand, TokenCommand,
};
use kz_iin_server::store::Store;
use kz_iin_server::{events, retention, signing, staff, tokens};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if cli.settings.log_format == "json" {
        logs.json().init();
    } else {
        logs.with_ansi(std::io::stderr().is_terminal()).init();
    }
    let outcome = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&cli.settings).await,
        Command::Migrate => Store::connect(&cli.settings.database_url, 1)
            .await
            .map(|_| ())
            .map_err(Into::into),
        Command::Staff { action } => staff_command(&cli.settings, action).await,
        Command::Token { action } => token_command(&cli.settings, action).await,
        Command::Events { action } => events_command(&cli.settings, action).await,
        Command::Keys { action } => keys_command(&cli.settings, action).await,
        Command::Retention => run_retention(&cli.settings).await,
        Command::Backup { to } => backup(&cli.settings, &to).await,
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kz-iin-server: {e}");
            ExitCode::FAILURE
        }
    }
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

async fn serve(settings: &Settings) -> Result<(), Failure> {
    let (listener, app) = kz_iin_server::start(settings, Arc::new(SystemClock)).await?;
    let address = listener.local_addr()?;
    // The URL on standard output, for people and for scripts that start the service.
    println!("kz-iin-server: http://{address}/www/");
    // SIGTERM (a service manager stopping it) or Ctrl+C: no new connection is taken, what is
    // in flight is finished (each request already waits for its commit), then exit 0.
    let shutdown = async {
        let terminate = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut term) => {
                    term.recv().await;
                }
                Err(_) => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            () = terminate => {}
        }
        tracing::info!("stopping: no new connections; finishing the requests in flight");
    };
    let connections = kz_iin_server::Connections::from_settings(settings);
    kz_iin_server::serve_with(listener, app, shutdown, connections).await?;
    Ok(())
}

/// The password for `staff add`: one line of standard input, typed without echo at a terminal.
fn read_password() -> Result<String, Failure> {
    let password = if std::io::stdin().is_terminal() {
        rpassword::prompt_password("Password (at least 12 characters): ")?
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    Ok(password)
}

async fn staff_command(settings: &Settings, action: StaffCommand) -> Result<(), Failure> {
    let store = Store::connect(&settings.database_url, 2).await?;
    match action {
        StaffCommand::Add {
            institution,
            all,
            login,
            qr,
        } => {
            let password = read_password()?;
            let institution = if all { None } else { institution };
            let enrolment = staff::add(
                &store,
                &login,
                institution.as_deref(),
                &password,
                SystemClock.now_ms(),
            )
            .await?;
            println!(
                "kz-iin-server: officer {login} added ({})",
                institution.as_deref().unwrap_or("every institution")
            );
            print_enrolment(&enrolment, qr);
        }
        StaffCommand::Enable { login } => {
            if !staff::enable(&store, &login).await? {
                return Err(format!("no officer {login}").into());
            }
            println!("kz-iin-server: officer {login} turned on");
        }
        StaffCommand::Password { login, qr } => {
            let password = read_password()?;
            let enrolment = staff::reset(&store, &login, &password).await?;
            println!("kz-iin-server: officer {login}: new password and second factor; their sessions ended");
            print_enrolment(&enrolment, qr);
        }
        StaffCommand::Disable { login } => {
            if !staff::disable(&store, &login).await? {
                return Err(format!("no officer {login}").into());
            }
            println!("kz-iin-server: officer {login} turned off; their sessions ended");
        }
    }
    Ok(())
}

async fn token_command(settings: &Settings, action: TokenCommand) -> Result<(), Failure> {
    let store = Store::connect(&settings.database_url, 2).await?;
    match action {
        TokenCommand::Add { institution, scope } => {
            let scope = tokens::Scope::parse(&scope).ok_or("the scope is read or decide")?;
            let made = tokens::add(&store, &institution, scope, SystemClock.now_ms()).await?;
            // Once, on standard output, never logged: only its hash is kept.
            println!(
                "kz-iin-server: token {} for {institution} ({}), shown once:",
                made.id,
                scope.code()
            );
            println!("{}", made.secret);
        }
        TokenCommand::Revoke { id } => {
            if !tokens::revoke(&store, &id, SystemClock.now_ms()).await? {
                return Err(format!("no token {id} that is not revoked already").into());
            }
            println!("kz-iin-server: token {id} revoked");
        }
        TokenCommand::List => {
            for t in tokens::list(&store).await? {
                let revoked = t
                    .revoked_at
                    .map_or(String::new(), |at| format!(" revoked {}", iso(at)));
                println!(
                    "{} {} {} made {}{revoked}",
                    t.id,
                    t.institution,
                    t.scope,
                    iso(t.created_at)
                );
            }
        }
    }
    Ok(())
}

async fn events_command(settings: &Settings, action: EventsCommand) -> Result<(), Failure> {
    let store = Store::connect(&settings.database_url, 2).await?;
    match action {
        EventsCommand::Retry => {
            let n = events::retry_failed(&store, SystemClock.now_ms()).await?;
            println!("kz-iin-server: {n} events will be sent again");
        }
        EventsCommand::Status => {
            let counts = events::counts(&store).await?;
            println!(
                "kz-iin-server: {} events waiting, {} given up on",
                counts.waiting, counts.failed
            );
        }
    }
    Ok(())
}

/// The public keys, as keys.json serves them (the current key first; nothing made or changed),
/// or one retired.
async fn keys_command(settings: &Settings, action: Option<KeysCommand>) -> Result<(), Failure> {
    let store = Store::connect(&settings.database_url, 2).await?;
    let current = signing::current(&store, settings.signing_key.as_deref()).await?;
    match action.unwrap_or(KeysCommand::List) {
        KeysCommand::List => {
            let all = signing::public_keys(&store).await?;
            match current.as_ref().or(all.first()) {
                Some(first) => println!("{}", signing::jwk_set(first, &all)),
                None => println!("{{\"keys\":[]}}"),
            }
        }
        KeysCommand::Retire { kid } => {
            if signing::retire(&store, &kid, current.as_ref(), SystemClock.now_ms()).await? {
                println!("kz-iin-server: key {kid} retired: keys.json no longer lists it");
            } else {
                return Err(format!("no key in use has the id {kid}").into());
            }
        }
    }
    Ok(())
}

/// A time in ms since 1970 as an ISO 8601 date and time, UTC.
fn iso(ms: i64) -> String {
    kz_iin_server::clock::iso_utc(ms)
}

/// The second factor, once, on standard output (never logged): the URI for an authenticator app
/// and, with `--qr`, the same as a QR code to scan from the terminal.
fn print_enrolment(enrolment: &staff::Enrolment, qr: bool) {
    println!(
        "kz-iin-server: second factor (shown once; add it to the officer's authenticator app): {}",
        enrolment.uri
    );
    if qr {
        println!(
            "{}",
            kz_iin_server::second_factor::terminal_qr(&enrolment.uri)
        );
    }
}

async fn backup(settings: &Settings, to: &std::path::Path) -> Result<(), Failure> {
    let store = Store::connect(&settings.database_url, 2).await?;
    store.backup(to).await?;
    println!("kz-iin-server: database copied to {}", to.display());
    Ok(())
}

async fn run_retention(settings: &Settings) -> Result<(), Failure> {
    let store = Store::connect(&settings.database_url, 2).await?;
    let policy = retention::Policy {
        decided_days: settings.retention_days,
        undecided_days: settings.undecided_retention_days,
    };
    let erased = retention::run(&store, policy, SystemClock.now_ms()).await?;
    println!(
        "kz-iin-server: erased {} decided and {} undecided applications' personal data",
        erased.decided, erased.undecided
    );
    if erased.failed > 0 {
        return Err(format!(
            "retention could not erase {} applications' personal data (their ids are in the log above)",
            erased.failed
        )
        .into());
    }
    Ok(())
}
