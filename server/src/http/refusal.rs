//! Why a request is refused, once for the API and the pages: [`Refusal`] is the status, the
//! core's service code (or a document's issue) and the language, an error that handlers return
//! with `?` and that answers as the JSON problem (`IntoResponse`), or as the words a page shows.
//! The mappings from the service's errors (a sign-in, a decision, the store) live here and
//! nowhere else. [`ClientLang`] and [`JsonBody`] are the extractors that answer with it.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kz_iin::documents::DocumentError;
use kz_iin::messages::{document_message, service_text, ServiceText};
use kz_iin::Lang;
use serde::de::DeserializeOwned;

use super::problem::json;
use super::{language, AppState};
use crate::officers::Refused;
use crate::staff::SignInError;
use crate::store::StoreError;

/// A refused request (see the module's documentation): a handler returning
/// `Result<Response, Refusal>` says `Err(Refusal::new(StatusCode::NOT_FOUND, ServiceText::NotFound, lang))`
/// or `.map_err(|e| Refusal::of_decision(e, lang))?`.
#[derive(Debug)]
pub(crate) struct Refusal {
    status: StatusCode,
    why: Why,
    lang: Lang,
    /// Seconds to wait before trying again (`Retry-After`).
    wait: Option<&'static str>,
    /// A header the answer carries besides (`WWW-Authenticate`).
    challenge: Option<&'static str>,
}

/// What a refusal says: one of the service's codes, or a document's issue (its code, its field
/// and its words, the core's).
#[derive(Debug)]
enum Why {
    Service(ServiceText),
    Document {
        code: &'static str,
        field: String,
        words: String,
    },
}

impl Refusal {
    /// A refusal with one of the core's service codes.
    pub fn new(status: StatusCode, code: ServiceText, lang: Lang) -> Refusal {
        Refusal {
            status,
            why: Why::Service(code),
            lang,
            wait: None,
            challenge: None,
        }
    }

    /// With `Retry-After: seconds`.
    pub fn wait(mut self, seconds: &'static str) -> Refusal {
        self.wait = Some(seconds);
        self
    }

    /// With `WWW-Authenticate: Bearer` (a token that opens nothing).
    pub fn bearer(mut self) -> Refusal {
        self.challenge = Some("Bearer");
        self
    }

    /// The store failed: nothing was done; try again in a moment.
    pub fn unavailable(error: &StoreError, lang: Lang) -> Refusal {
        tracing::error!(%error, "the store failed");
        Refusal::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ServiceText::Unavailable,
            lang,
        )
        .wait("2")
    }

    /// A sign-in that failed: the same for a login that exists and one that does not.
    pub fn of_sign_in(e: &SignInError, lang: Lang) -> Refusal {
        let reason = match e {
            SignInError::Wrong => "wrong",
            SignInError::Throttled => "throttled",
            SignInError::Busy => "busy",
            SignInError::Store(_) => "unavailable",
        };
        metrics::counter!("kz_iin_sign_in_failures_total", "reason" => reason).increment(1);
        match e {
            SignInError::Wrong => Refusal::new(
                StatusCode::UNAUTHORIZED,
                ServiceText::WrongCredentials,
                lang,
            ),
            SignInError::Throttled => Refusal::new(
                StatusCode::TOO_MANY_REQUESTS,
                ServiceText::TooManyAttempts,
                lang,
            )
            .wait("900"),
            SignInError::Busy => {
                Refusal::new(StatusCode::SERVICE_UNAVAILABLE, ServiceText::Busy, lang).wait("5")
            }
            SignInError::Store(e) => {
                tracing::error!(error = %e, "the store failed");
                Refusal::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    ServiceText::Unavailable,
                    lang,
                )
                .wait("2")
            }
        }
    }

    /// A decision (or a document) not made: every case, by the decision's own error.
    pub fn of_decision(e: Refused, lang: Lang) -> Refusal {
        let conflict = |code| Refusal::new(StatusCode::CONFLICT, code, lang);
        match e {
            Refused::NotFound => Refusal::new(StatusCode::NOT_FOUND, ServiceText::NotFound, lang),
            Refused::AlreadyDecided => conflict(ServiceText::AlreadyDecided),
            Refused::Erased => conflict(ServiceText::Erased),
            Refused::NotDecided => conflict(ServiceText::NotDecided),
            Refused::IinTaken => conflict(ServiceText::IinTaken),
            Refused::PersonHasIin => conflict(ServiceText::PersonHasIin),
            Refused::Invalid(e) => Refusal::invalid(&e, lang),
            Refused::Store(e) => Refusal::unavailable(&e, lang),
        }
    }

    /// 422 with the core's code and words for a document it refuses.
    fn invalid(e: &DocumentError, lang: Lang) -> Refusal {
        Refusal {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            why: Why::Document {
                code: e.code(),
                field: e.field().to_string(),
                words: document_message(lang, e),
            },
            lang,
            wait: None,
            challenge: None,
        }
    }

    /// Its status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Its service code (a document's issue has none of the service's).
    pub fn code(&self) -> Option<ServiceText> {
        match self.why {
            Why::Service(code) => Some(code),
            Why::Document { .. } => None,
        }
    }

    /// Its words, as a page shows them.
    pub fn message(&self) -> String {
        match &self.why {
            Why::Service(code) => service_text(self.lang, *code).to_string(),
            Why::Document { words, .. } => words.clone(),
        }
    }

    /// `response` with this refusal's headers (`Retry-After`, `WWW-Authenticate`): a page that
    /// words the refusal carries them as the JSON does.
    pub fn with_headers(&self, mut response: Response) -> Response {
        let h = response.headers_mut();
        if let Some(seconds) = self.wait {
            h.insert(header::RETRY_AFTER, HeaderValue::from_static(seconds));
        }
        if let Some(scheme) = self.challenge {
            h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static(scheme));
        }
        response
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        #[derive(serde::Serialize)]
        struct Issue<'a> {
            field: Option<&'a str>,
            code: &'a str,
            message: &'a str,
        }
        #[derive(serde::Serialize)]
        struct Problem<'a> {
            errors: [Issue<'a>; 1],
        }
        let message = self.message();
        let (field, code) = match &self.why {
            Why::Service(code) => (None, code.key()),
            Why::Document { code, field, .. } => (Some(field.as_str()), *code),
        };
        let body = json(
            self.status,
            &Problem {
                errors: [Issue {
                    field,
                    code,
                    message: &message,
                }],
            },
        );
        self.with_headers(body)
    }
}

/// The language of the answer, from Accept-Language (never refuses).
pub(crate) struct ClientLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for ClientLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientLang(language::of(&parts.headers)))
    }
}

/// A JSON body of type `T`, or the worded refusal: not JSON (415), over `BODY_LIMIT` (413),
/// unreadable or of the wrong shape (400).
pub(crate) struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for JsonBody<T> {
    type Rejection = Refusal;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Refusal> {
        let lang = language::of(request.headers());
        let JsonBytes(bytes) = JsonBytes::from_request(request, state).await?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|_| Refusal::new(StatusCode::BAD_REQUEST, ServiceText::InvalidJson, lang))
    }
}

/// The bytes of a JSON body, or the worded refusal: not JSON (415), over `BODY_LIMIT` (413).
pub(crate) struct JsonBytes(pub Bytes);

impl FromRequest<AppState> for JsonBytes {
    type Rejection = Refusal;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Refusal> {
        let lang = language::of(request.headers());
        if !super::content_type_is(request.headers(), "application/json") {
            return Err(Refusal::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ServiceText::NotJson,
                lang,
            ));
        }
        axum::body::to_bytes(request.into_body(), state.body_limit)
            .await
            .map(JsonBytes)
            .map_err(|_| Refusal::new(StatusCode::PAYLOAD_TOO_LARGE, ServiceText::TooLarge, lang))
    }
}
