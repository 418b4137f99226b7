//! The service's settings: flags or environment variables, each listed by `kz-iin-server --help`.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// kz-iin-server: the consular IIN service behind the kz-iin form.
///
/// # Example
/// ```
/// use clap::Parser;
/// let cli = kz_iin_server::config::Cli::parse_from(["kz-iin-server", "migrate", "--database-url", "sqlite://x.db"]);
/// assert!(matches!(cli.command, Some(kz_iin_server::config::Command::Migrate)));
/// assert_eq!(cli.settings.database_url, "sqlite://x.db");
/// ```
#[derive(Debug, Parser)]
#[command(
    name = "kz-iin-server",
    version,
    about,
    long_about = "kz-iin-server: the consular IIN service behind the kz-iin form. It serves the portal demo, the kiosk page and the package, receives applications (POST /api/applications), re-checks each with the kz-iin core, and keeps it once per Idempotency-Key, on SQLite by default or PostgreSQL."
)]
pub struct Cli {
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The settings of the service.
    #[command(flatten)]
    pub settings: Settings,
}

/// The commands (see [`Cli`] for an example).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the pages and the API (the default).
    Serve,
    /// Create or update the database's tables, then stop.
    Migrate,
    /// Officers' accounts.
    Staff {
        /// What to do.
        #[command(subcommand)]
        action: StaffCommand,
    },
    /// Machine clients' bearer tokens (a case system, the register's adapter): the officers'
    /// JSON API for one institution, without a session.
    Token {
        /// What to do.
        #[command(subcommand)]
        action: TokenCommand,
    },
    /// The public keys that verify the service's documents.
    Keys {
        /// What to do (default: list them).
        #[command(subcommand)]
        action: Option<KeysCommand>,
    },
    /// Events for the host's systems (WEBHOOK_URL).
    Events {
        /// What to do.
        #[command(subcommand)]
        action: EventsCommand,
    },
    /// Erase the personal data that retention says is due now, then stop (the service also does
    /// it every hour).
    Retention,
    /// Copy the SQLite database, consistently, while the service keeps serving (SQLite's
    /// `VACUUM INTO`): the copy is a database to start on. On PostgreSQL, use pg_dump.
    Backup {
        /// The new file to write (it must not exist).
        #[arg(long)]
        to: PathBuf,
    },
}

/// What `kz-iin-server staff` does.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add an officer; the password is read from standard input (one line, at least 12
    /// characters), never from the command line.
    Add {
        /// The institution the officer belongs to (an id such as deu, usa, tur-istanbul).
        #[arg(long, required_unless_present = "all", conflicts_with = "all")]
        institution: Option<String>,
        /// An administrator, who sees every institution.
        #[arg(long)]
        all: bool,
        /// The officer's login (a-z, 0-9, '.', '_', '-').
        #[arg(long)]
        login: String,
        /// Also draw the second factor's otpauth:// URI as a QR code in the terminal.
        #[arg(long)]
        qr: bool,
    },
    /// Turn an officer off: their sessions end and they cannot sign in.
    Disable {
        /// The officer's login.
        #[arg(long)]
        login: String,
    },
    /// Turn an officer back on.
    Enable {
        /// The officer's login.
        #[arg(long)]
        login: String,
    },
    /// Reset an officer's password and second factor (a forgotten password, a lost phone): the
    /// new password from standard input, the new otpauth:// URI printed once; their sessions end.
    Password {
        /// The officer's login.
        #[arg(long)]
        login: String,
        /// Also draw the new second factor as a QR code in the terminal.
        #[arg(long)]
        qr: bool,
    },
}

/// What `kz-iin-server keys` does.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Print them as /.well-known/kz-iin/keys.json serves them (a JWK set), the one the service
    /// signs with first; nothing is changed (the default).
    List,
    /// Retire a key that leaked: keys.json no longer lists it, so the documents it signed no
    /// longer verify. Not the key the service signs with now.
    Retire {
        /// The key's id (its `kid`).
        kid: String,
    },
}

/// What `kz-iin-server events` does.
#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Send the events given up on again (once the receiver is mended), with another day of
    /// retries.
    Retry,
    /// How many events wait and how many were given up on.
    Status,
}

/// What `kz-iin-server token` does.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Make a token and print it once (it is kept only as a hash): `Authorization: Bearer
    /// <token>` on /api/staff/… reads (scope read) or also decides (scope decide) the
    /// institution's applications.
    Add {
        /// The institution the token reaches (an id such as deu, usa, tur-istanbul).
        #[arg(long)]
        institution: String,
        /// read: the queue, applications, documents, audit; decide: also certify and refuse.
        #[arg(long, value_parser = ["read", "decide"])]
        scope: String,
    },
    /// Revoke a token, by its id (or its whole text): from then on it answers 401.
    Revoke {
        /// The token's id, as `token add` and `token list` print it.
        id: String,
    },
    /// List the tokens (ids, institutions, scopes, when made and revoked; never a secret).
    List,
}

/// Where the service keeps its data, where it listens, and its limits.
///
/// # Example
/// ```
/// use clap::Parser;
/// let cli = kz_iin_server::config::Cli::parse_from(["kz-iin-server"]);
/// assert_eq!((cli.settings.port, cli.settings.database_url.as_str()), (8080, "sqlite://data/kz-iin.db"));
/// ```
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Where applications are kept: sqlite://PATH (a file, created and migrated on first start)
    /// or postgres://USER:PASSWORD@HOST:PORT/DB (several servers behind a load balancer share it)
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/kz-iin.db",
        global = true,
        hide_env_values = true
    )]
    pub database_url: String,
    /// The TCP port to listen on
    #[arg(long, env = "PORT", default_value_t = 8080, global = true)]
    pub port: u16,
    /// The address to listen on (127.0.0.1: this machine only, behind a TLS proxy)
    #[arg(long, env = "HOST", default_value = "127.0.0.1", global = true)]
    pub host: IpAddr,
    /// The folder holding www/ (the pages) and dist/ (the package, as `npm run build` makes it)
    #[arg(long, env = "STATIC_ROOT", default_value = ".", global = true)]
    pub static_root: PathBuf,
    /// The largest request body accepted, in bytes (an application is a few kilobytes)
    #[arg(long, env = "BODY_LIMIT", default_value_t = 64 * 1024, global = true)]
    pub body_limit: usize,
    /// Seconds a request may take before the service gives up on it
    #[arg(long, env = "REQUEST_TIMEOUT", default_value_t = 30, global = true)]
    pub request_timeout: u64,
    /// Connections to the database (PostgreSQL; SQLite writes through one and reads through up to 8)
    #[arg(
        long,
        env = "DATABASE_CONNECTIONS",
        default_value_t = 16,
        global = true
    )]
    pub database_connections: u32,
    /// Days the personal data of a decided application is kept after its decision
    #[arg(long, env = "RETENTION_DAYS", default_value_t = 30, global = true)]
    pub retention_days: u32,
    /// Days the personal data of an application never decided is kept after its receipt
    #[arg(
        long,
        env = "UNDECIDED_RETENTION_DAYS",
        default_value_t = 180,
        global = true
    )]
    pub undecided_retention_days: u32,
    /// Minutes of inactivity after which an officer's session ends
    #[arg(
        long,
        env = "SESSION_IDLE_MINUTES",
        default_value_t = 30,
        global = true
    )]
    pub session_idle_minutes: u32,
    /// Hours after signing in at which an officer's session ends, however busy
    #[arg(long, env = "SESSION_MAX_HOURS", default_value_t = 12, global = true)]
    pub session_max_hours: u32,
    /// Requests to the anonymous routes that change state (sending an application, signing in)
    /// per minute from one client address; 0: no limit
    #[arg(
        long,
        env = "RATE_LIMIT_PER_MINUTE",
        default_value_t = 120,
        global = true
    )]
    pub rate_limit_per_minute: u32,
    /// The same requests per minute from all clients together (what one process takes); 0: no
    /// limit
    #[arg(
        long,
        env = "RATE_LIMIT_GLOBAL_PER_MINUTE",
        default_value_t = 6000,
        global = true
    )]
    pub rate_limit_global_per_minute: u32,
    /// The host name the officers' side answers on (for instance staff.consulate.example): when
    /// set, /staff and /api/staff answer 404 on any other Host, so that no public page shares
    /// an origin with an officer's session
    #[arg(long, env = "STAFF_HOST", global = true)]
    pub staff_host: Option<String>,
    /// Connections open at once; past it, new ones wait to be accepted
    #[arg(long, env = "MAX_CONNECTIONS", default_value_t = 1024, global = true)]
    pub max_connections: usize,
    /// Connections open at once from one client address (an IPv6 client: its /64); past it, a
    /// new one is closed at once. Not applied behind TRUST_PROXY, where every connection comes
    /// from the proxy (which should limit its clients itself)
    #[arg(
        long,
        env = "MAX_CONNECTIONS_PER_ADDRESS",
        default_value_t = 64,
        global = true
    )]
    pub max_connections_per_address: usize,
    /// Seconds a client has to send a request's headers (a slow client holds a connection no
    /// longer)
    #[arg(long, env = "HEADER_TIMEOUT", default_value_t = 10, global = true)]
    pub header_timeout: u64,
    /// Where GET /metrics (Prometheus's text format) listens, apart from the service: an
    /// address of the host's network, such as 127.0.0.1:9464 (none when unset)
    #[arg(long, env = "METRICS_ADDR", global = true)]
    pub metrics_addr: Option<std::net::SocketAddr>,
    /// The logs' format on standard error: text (for people) or json (one object a line, for
    /// a log collector); neither holds personal data
    #[arg(long, env = "LOG_FORMAT", default_value = "text", value_parser = ["text", "json"], global = true)]
    pub log_format: String,
    /// Where events go (application.received, .certified, .refused; Standard Webhooks): an
    /// http(s) URL of the host's case system; none when unset (no event is kept then)
    #[arg(long, env = "WEBHOOK_URL", global = true, hide_env_values = true)]
    pub webhook_url: Option<String>,
    /// The secret events are signed with: whsec_ and base64 of at least 24 random bytes, as
    /// the receiver's Standard Webhooks library takes it
    #[arg(long, env = "WEBHOOK_SECRET", global = true, hide_env_values = true)]
    pub webhook_secret: Option<String>,
    /// Behind a proxy: take the client's address from X-Forwarded-For (throttling sign-ins)
    #[arg(long, env = "TRUST_PROXY", default_value_t = false, global = true)]
    pub trust_proxy: bool,
    /// The key of the register's hashes, 64 hex digits, kept apart from the data (without it,
    /// one is made on first start and kept in the database)
    #[arg(long, env = "REGISTER_KEY", global = true, hide_env_values = true)]
    pub register_key: Option<String>,
    /// The key that signs the certificates and refusal notices (Ed25519: PKCS#8 PEM, or 64 hex
    /// digits of its seed), from the host's secret store; without it, one is made on first start
    /// and kept in the database. `kz-iin-server keys` prints the public keys.
    #[arg(long, env = "SIGNING_KEY", global = true, hide_env_values = true)]
    pub signing_key: Option<String>,
    /// The service's public URL, as people reach it (`https://iin.example.kz`): the signed
    /// documents' issuer and the origin of their verification link (default: http://HOST:PORT)
    #[arg(long, env = "PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// On a database without officers, create one for this institution and print its login and
    /// a random password once (npm start gives the demo's, deu)
    #[arg(long, env = "DEMO_OFFICER", global = true)]
    pub demo_officer: Option<String>,
}

impl Settings {
    /// The service's public URL without a trailing slash: PUBLIC_URL, else `http://HOST:PORT`.
    ///
    /// # Example
    /// ```
    /// use clap::Parser;
    /// let cli = kz_iin_server::config::Cli::parse_from(["kz-iin-server", "--public-url", "https://iin.example.kz/"]);
    /// assert_eq!(cli.settings.public_url(), "https://iin.example.kz");
    /// let cli = kz_iin_server::config::Cli::parse_from(["kz-iin-server", "--port", "9000"]);
    /// assert_eq!(cli.settings.public_url(), "http://127.0.0.1:9000");
    /// ```
    pub fn public_url(&self) -> String {
        match self.public_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => url.trim_end_matches('/').to_string(),
            _ => format!("http://{}", std::net::SocketAddr::new(self.host, self.port)),
        }
    }

    /// PUBLIC_URL checked: an absolute `http(s)://host[:port]` origin, nothing after it (every
    /// document prints it, and a printed page cannot be mended). Unset, it is the address bound,
    /// which will not do when that is every interface (`HOST=0.0.0.0`).
    ///
    /// # Example
    /// ```
    /// use clap::Parser;
    /// let cli = |args: &[&str]| kz_iin_server::config::Cli::parse_from([&["kz-iin-server"], args].concat()).settings;
    /// assert!(cli(&["--public-url", "https://iin.example.kz"]).checked_public_url().is_ok());
    /// assert!(cli(&["--public-url", "https://iin.example.kz/verify?x"]).checked_public_url().is_err());
    /// assert!(cli(&["--public-url", "iin.example.kz"]).checked_public_url().is_err());
    /// assert!(cli(&["--host", "0.0.0.0"]).checked_public_url().is_err());
    /// assert!(cli(&[]).checked_public_url().is_ok());
    /// ```
    pub fn checked_public_url(&self) -> Result<(), String> {
        let Some(url) = self
            .public_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
        else {
            return if self.host.is_unspecified() {
                Err("PUBLIC_URL is not set and HOST is every interface: set PUBLIC_URL to the URL people reach the service at (https://iin.example.kz); the signed documents print it".into())
            } else {
                Ok(())
            };
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        let valid = rest.is_some_and(|r| {
            let host = r.trim_end_matches('/');
            !host.is_empty() && !host.contains(['/', '?', '#', '@', ' ']) && host.is_ascii()
        });
        if valid {
            Ok(())
        } else {
            Err(format!("PUBLIC_URL must be an origin, http(s)://host[:port] and nothing after it, not {url:?}"))
        }
    }
}
