//! The officers' pages as markup: every page's frame (the masthead, the language switch,
//! signing out), the sign-in and password forms, an application's page, and the words a value
//! or an action is shown with. Handlers (in the parent module) decide what to show; these only
//! draw it.

use kz_iin::fields::{Kind, Options, FIELDS};
use kz_iin::form::Application;
use kz_iin::messages::{fill_in as fill, issue_message, staff_text, StaffText};
use kz_iin::Lang;
use maud::{html, Markup};

use crate::clock::utc_date;
use crate::events::{Counts, Failed};
use crate::http::language;
use crate::officers::{DecisionKind, Detail, HolderSource, Page, Status};
use crate::staff::Officer;

/// A time as the pages show it: `2026-12-03 14:05 UTC`.
pub(super) fn when(ms: i64) -> String {
    let minutes = ms.rem_euclid(86_400_000) / 60_000;
    format!(
        "{} {:02}:{:02} UTC",
        utc_date(ms).to_iso(),
        minutes / 60,
        minutes % 60
    )
}

/// A page: the header (who is signed in, the language switch, signing out), then `main`.
pub(super) fn page(
    lang: Lang,
    title: &str,
    officer: Option<&Officer>,
    path: &str,
    main: Markup,
) -> Markup {
    let t = |k| staff_text(lang, k);
    let title = format!("{title} — {}", t(StaffText::Title));
    let head = crate::http::frame::head(
        &title,
        Some("/www/favicon.svg"),
        html! { link rel="stylesheet" href="/www/staff.css"; },
    );
    let body = html! {
                header.masthead {
                    p.brand { (t(StaffText::Title)) }
                    (language::switch(lang, path))
                    @if let Some(officer) = officer {
                        p.who { (fill(t(StaffText::SignedInAs), &[&officer.login])) " · " (officer.institution.as_deref().unwrap_or(t(StaffText::AllInstitutions))) " · " a href="/staff/password" { (t(StaffText::ChangePassword)) } @if officer.institution.is_none() { " · " a href="/staff/events" { (t(StaffText::Events)) } } }
                        form method="post" action="/staff/logout" {
                            input type="hidden" name="csrf" value=(officer.csrf);
                            button.secondary type="submit" { (t(StaffText::SignOut)) }
                        }
                    }
                }
                main id="main" { (main) }
    };
    crate::http::frame::document(lang, head, body)
}

/// An error summary, GOV.UK style, at the top of a form.
pub(super) fn summary(lang: Lang, messages: &[String]) -> Markup {
    html! {
        @if !messages.is_empty() {
            div.summary role="alert" tabindex="-1" {
                h2 { (staff_text(lang, StaffText::Problem)) }
                ul { @for m in messages { li { (m) } } }
            }
        }
    }
}

pub(super) fn sign_in_page(lang: Lang, errors: &[String], login: &str) -> Markup {
    let t = |k| staff_text(lang, k);
    page(
        lang,
        t(StaffText::SignInTitle),
        None,
        "/staff/login",
        html! {
            h1 { (t(StaffText::SignInTitle)) }
            (summary(lang, errors))
            form method="post" action="/staff/login" {
                p.field {
                    label for="login" { (t(StaffText::Login)) }
                    input #login name="login" type="text" autocomplete="username" spellcheck="false" autocapitalize="none" value=(login) required;
                }
                p.field {
                    label for="password" { (t(StaffText::Password)) }
                    input #password name="password" type="password" autocomplete="current-password" required;
                }
                p.field {
                    label for="code" { (t(StaffText::Code)) }
                    input #code name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" spellcheck="false" required;
                }
                button type="submit" { (t(StaffText::SignIn)) }
            }
        },
    )
}

pub(super) fn password_page(
    lang: Lang,
    officer: &Officer,
    errors: &[String],
    done: bool,
) -> Markup {
    let t = |k| staff_text(lang, k);
    page(
        lang,
        t(StaffText::ChangePassword),
        Some(officer),
        "/staff/password",
        html! {
            h1 { (t(StaffText::ChangePassword)) }
            (summary(lang, errors))
            @if done {
                p.notice role="status" { (t(StaffText::PasswordChanged)) }
            }
            form method="post" action="/staff/password" {
                input type="hidden" name="csrf" value=(officer.csrf);
                p.field {
                    label for="current" { (t(StaffText::CurrentPassword)) }
                    input #current name="current" type="password" autocomplete="current-password" required;
                }
                p.field {
                    label for="new" { (t(StaffText::NewPassword)) }
                    input #new name="new" type="password" autocomplete="new-password" minlength="12" required;
                }
                button type="submit" { (t(StaffText::ChangePassword)) }
            }
        },
    )
}

pub(super) fn status_word(lang: Lang, status: Status) -> &'static str {
    staff_text(
        lang,
        match status {
            Status::Received => StaffText::StatusReceived,
            Status::Certified => StaffText::StatusCertified,
            Status::Refused => StaffText::StatusRefused,
        },
    )
}

/// An answer as the officer reads it: dates `dd.mm.yyyy`, choices by their names.
pub(super) fn shown(
    lang: Lang,
    kind: Kind,
    app: &Application,
    spec: &kz_iin::fields::FieldSpec,
) -> String {
    let not_given = staff_text(lang, StaffText::NotGiven).to_string();
    if spec.field.is_boolean() {
        return if app.flag(spec.field) == Some(true) {
            staff_text(lang, StaffText::Yes).into()
        } else {
            not_given
        };
    }
    let Some(value) = app.text(spec.field) else {
        return not_given;
    };
    match kind {
        Kind::Date => value.split('-').rev().collect::<Vec<_>>().join("."),
        Kind::Choice(Options::Institutions) => {
            kz_iin::data::institution(value).map_or(value.to_string(), |i| i.name(lang).to_string())
        }
        Kind::Choice(Options::Countries) => {
            kz_iin::data::country(value).map_or(value.to_string(), |c| c.name(lang).to_string())
        }
        Kind::Choice(Options::Fixed(choices)) => choices
            .iter()
            .find(|c| c.value == value)
            .map_or(value.to_string(), |c| c.label.get(lang).to_string()),
        _ => value.to_string(),
    }
}

/// Sticky values of the decision forms, after a refusal of one.
#[derive(Default)]
pub(super) struct Entered {
    pub(super) iin: String,
    pub(super) same_holder: bool,
    pub(super) issue_date: String,
    pub(super) reason: String,
    pub(super) standard_kk: String,
    pub(super) standard_ru: String,
}

pub(super) fn detail_page(
    lang: Lang,
    officer: &Officer,
    d: &Detail,
    errors: &[String],
    entered: &Entered,
    today: &str,
    audit: &[crate::audit::Entry],
) -> Markup {
    let t = |k| staff_text(lang, k);
    let path = format!("/staff/applications/{}", d.id);
    let main = html! {
        p { a href="/staff/applications" { (t(StaffText::Back)) } }
        h1 { (t(StaffText::Receipt)) ": " (d.receipt) }
        dl.meta {
            dt { (t(StaffText::Institution)) } dd { (kz_iin::data::institution(&d.institution).map_or(d.institution.clone(), |i| i.name(lang).to_string())) }
            dt { (t(StaffText::ReceivedAt)) } dd { (when(d.received_at)) }
            dt { (t(StaffText::Status)) } dd.status { (status_word(lang, d.status)) }
        }
        (summary(lang, errors))
        @if let Some(at) = d.erased_at {
            p.notice { (fill(t(StaffText::Erased), &[&when(at)])) }
        }
        @if let Some(holder) = &d.holder {
            (holder_note(lang, holder))
        }
        (warnings_and_answers(lang, d))
        h2 { (t(StaffText::Decision)) }
        @if let Some(decision) = &d.decision {
            (decided(lang, &path, d, decision))
        } @else if d.application.is_some() {
            p { (t(StaffText::DecisionFinal)) }
            (decision_forms(lang, officer, d, entered, today, &path))
        }
        (audit_table(lang, audit))
    };
    page(lang, &d.receipt, Some(officer), &path, main)
}

/// What the register knows of the applicant: an IIN recorded for them before.
fn holder_note(lang: Lang, holder: &crate::officers::Holder) -> Markup {
    let t = |k| staff_text(lang, k);
    html! {
        p.notice.holder role="note" data-source=(match holder.source { HolderSource::Document => "document", HolderSource::Declared => "declared" }) {
            @match (&holder.iin, holder.source) {
                (Some(iin), HolderSource::Document) => { (fill(t(StaffText::HolderDocument), &[&format!("{iin} ({})", holder.receipt.as_deref().unwrap_or(""))])) },
                (Some(iin), HolderSource::Declared) => { (fill(t(StaffText::HolderDeclared), &[&format!("{iin} ({})", holder.receipt.as_deref().unwrap_or(""))])) },
                (None, _) => { (t(StaffText::HolderErased)) },
            }
        }
    }
}

/// The core's warnings on the stored application, and every answer (nothing once erased).
fn warnings_and_answers(lang: Lang, d: &Detail) -> Markup {
    let t = |k| staff_text(lang, k);
    let report = d.report();
    html! {
        @if let Some(report) = &report {
            h2 { (t(StaffText::Warnings)) }
            @if report.warnings.is_empty() {
                p { (t(StaffText::NoWarnings)) }
            } @else {
                ul.warnings { @for w in &report.warnings { li { (issue_message(lang, w)) } } }
            }
        }
        @if let Some(app) = &d.application {
            h2 { (t(StaffText::Answers)) }
            dl.answers {
                @for spec in &FIELDS {
                    div {
                        dt { (spec.label.get(lang)) }
                        dd { (shown(lang, spec.kind, app, spec)) }
                    }
                }
            }
        }
    }
}

/// The decision taken, by whom and when, and its document on either paper.
fn decided(lang: Lang, path: &str, d: &Detail, decision: &crate::officers::Decision) -> Markup {
    let t = |k| staff_text(lang, k);
    html! {
        p.decided {
            @if decision.kind == DecisionKind::Certificate {
                (fill(t(StaffText::DecidedCertificate), &[decision.iin.as_deref().unwrap_or("—"), &decision.issue_date]))
            } @else {
                (fill(t(StaffText::DecidedRefusal), &[decision.reason.as_deref().unwrap_or("—")]))
            }
        }
        p { (fill(t(StaffText::DecidedBy), &[&decision.decided_by, &when(decision.decided_at)])) }
        @if d.application.is_some() {
            p.documents {
                (t(StaffText::Document)) ": "
                a href={ (path) "/document?paper=A4" } target="_blank" { "A4" } " · "
                a href={ (path) "/document?paper=A5" } target="_blank" { "A5" }
            }
        }
    }
}

/// The two decisions' forms, with what was typed kept after a refusal of one.
fn decision_forms(
    lang: Lang,
    officer: &Officer,
    d: &Detail,
    entered: &Entered,
    today: &str,
    path: &str,
) -> Markup {
    let t = |k| staff_text(lang, k);
    html! {
        div.decisions {
            form.decision method="post" action={ (path) "/certificate" } {
                h3 { (t(StaffText::Certificate)) }
                input type="hidden" name="csrf" value=(officer.csrf);
                p.field {
                    label for="iin" { (t(StaffText::Iin)) }
                    input #iin name="iin" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" value=(entered.iin);
                }
                p.field {
                    label for="certificate-date" { (t(StaffText::IssueDate)) }
                    input #certificate-date name="issueDate" type="text" inputmode="numeric" autocomplete="off" value=(if entered.issue_date.is_empty() { today } else { &entered.issue_date });
                }
                // Only where the applicant declares a previous IIN: confirming that they
                // hold it is a decision of its own, written to the audit.
                @if d.application.as_ref().is_some_and(|a| a.previous_iin.is_some()) {
                    p.field.checkbox {
                        input #same-holder name="sameHolder" type="checkbox" value="true" checked[entered.same_holder];
                        label for="same-holder" { (t(StaffText::SameHolder)) }
                    }
                }
                button type="submit" { (t(StaffText::Certificate)) }
            }
            form.decision method="post" action={ (path) "/refusal" } {
                h3 { (t(StaffText::Refusal)) }
                input type="hidden" name="csrf" value=(officer.csrf);
                p.field {
                    label for="reason" { (t(StaffText::Reason)) }
                    textarea #reason name="reason" rows="3" { (entered.reason) }
                }
                p.field {
                    label for="standard-kk" { (t(StaffText::StandardKk)) }
                    input #standard-kk name="standardKk" type="text" lang="kk" value=(entered.standard_kk);
                }
                p.field {
                    label for="standard-ru" { (t(StaffText::StandardRu)) }
                    input #standard-ru name="standardRu" type="text" lang="ru" value=(entered.standard_ru);
                }
                p.field {
                    label for="refusal-date" { (t(StaffText::IssueDate)) }
                    input #refusal-date name="issueDate" type="text" inputmode="numeric" autocomplete="off" value=(if entered.issue_date.is_empty() { today } else { &entered.issue_date });
                }
                button.warning type="submit" { (t(StaffText::Refusal)) }
            }
        }
    }
}

/// The application's audit trail, oldest first.
fn audit_table(lang: Lang, audit: &[crate::audit::Entry]) -> Markup {
    let t = |k| staff_text(lang, k);
    html! {
        h2 { (t(StaffText::Audit)) }
        table.audit {
            thead { tr { th scope="col" { (t(StaffText::AuditAt)) } th scope="col" { (t(StaffText::AuditOfficer)) } th scope="col" { (t(StaffText::AuditAction)) } } }
            tbody {
                @for e in audit {
                    tr { td { (when(e.at)) } td { (e.login) } td { (action_word(lang, e.action)) } }
                }
            }
        }
    }
}

pub(super) fn action_word(lang: Lang, action: crate::audit::Action) -> &'static str {
    use crate::audit::Action;
    // Exhaustive: a new action without its words does not compile.
    let key = match action {
        Action::SignIn => StaffText::ActionSignIn,
        Action::SignInFailed => StaffText::ActionSignInFailed,
        Action::SignOut => StaffText::ActionSignOut,
        Action::PasswordChanged => StaffText::ActionPasswordChanged,
        Action::Queue => StaffText::ActionQueue,
        Action::View => StaffText::ActionView,
        Action::Document => StaffText::ActionDocument,
        Action::Certificate => StaffText::ActionCertificate,
        Action::Refusal => StaffText::ActionRefusal,
        Action::SameHolder => StaffText::ActionSameHolder,
        Action::Trail => StaffText::ActionTrail,
    };
    staff_text(lang, key)
}

/// The queue: its filters, a page of lines (newest first), and the links around it.
#[allow(clippy::too_many_arguments)]
pub(super) fn queue(
    lang: Lang,
    officer: &Officer,
    status: Option<Status>,
    receipt: Option<&str>,
    page_data: &Page,
    shown: u32,
    previous: Option<&str>,
    next: Option<&str>,
) -> Markup {
    let t = |k| staff_text(lang, k);
    html! {
        h1 { (t(StaffText::Queue)) }
        form.filters method="get" action="/staff/applications" {
            p.field {
                label for="status" { (t(StaffText::Status)) }
                select #status name="status" {
                    option value="" { (t(StaffText::StatusAll)) }
                    @for s in [Status::Received, Status::Certified, Status::Refused] {
                        option value=(s.as_str()) selected[status == Some(s)] { (status_word(lang, s)) }
                    }
                }
            }
            p.field {
                label for="receipt" { (t(StaffText::Receipt)) }
                input #receipt name="receipt" type="text" spellcheck="false" autocapitalize="characters" value=(receipt.unwrap_or(""));
            }
            button type="submit" { (t(StaffText::Show)) }
        }
        @if page_data.items.is_empty() {
            p { (t(StaffText::None)) }
        } @else {
            table.queue {
                thead { tr {
                    th scope="col" { (t(StaffText::Receipt)) }
                    th scope="col" { (t(StaffText::ReceivedAt)) }
                    th scope="col" { (t(StaffText::Applicant)) }
                    th scope="col" { (t(StaffText::Status)) }
                    @if officer.institution.is_none() { th scope="col" { (t(StaffText::Institution)) } }
                } }
                tbody {
                    @for line in &page_data.items {
                        tr {
                            td { a href={ "/staff/applications/" (line.id) } { (line.receipt) } }
                            td { (when(line.received_at)) }
                            td { (line.surname.as_deref().unwrap_or("—")) " " (line.given_name.as_deref().unwrap_or("")) }
                            td { (status_word(lang, line.status)) }
                            @if officer.institution.is_none() { td { (line.institution) } }
                        }
                    }
                }
            }
        }
        nav.pages aria-label=(t(StaffText::Queue)) {
            @if let Some(previous) = &previous { a href=(previous) { (t(StaffText::Previous)) } }
            span { (fill(t(StaffText::Page), &[&shown.to_string()])) }
            @if let Some(next) = &next { a href=(next) { (t(StaffText::Next)) } }
        }
    }
}

/// The administrators' view of the events: how many wait, and those given up on.
pub(super) fn events(lang: Lang, counts: &Counts, failed: &[Failed]) -> Markup {
    let t = |k| staff_text(lang, k);
    html! {
        h1 { (t(StaffText::Events)) }
        @if counts.waiting == 0 && counts.failed == 0 {
            p { (t(StaffText::EventsNone)) }
        } @else {
            p { (fill(t(StaffText::EventsWaiting), &[&counts.waiting.to_string()])) }
            p { strong { (fill(t(StaffText::EventsFailed), &[&counts.failed.to_string()])) } }
        }
        @if !failed.is_empty() {
            p { (t(StaffText::EventsRetry)) }
            table.queue {
                thead { tr {
                    th scope="col" { (t(StaffText::Event)) }
                    th scope="col" { (t(StaffText::ReceivedAt)) }
                    th scope="col" { (t(StaffText::Attempts)) }
                    th scope="col" { (t(StaffText::LastError)) }
                } }
                tbody {
                    @for e in failed {
                        tr {
                            td { a href={ "/staff/applications/" (e.application) } { (e.kind) } br; small { (e.id) } }
                            td { (when(e.created_at)) }
                            td { (e.attempts) }
                            td { (e.last_error.as_deref().unwrap_or("—")) }
                        }
                    }
                }
            }
        }
    }
}
