//! The core's modules depend on each other in one direction only: each module of `src/` may
//! use the modules of the layers below its own, never one of its own layer or above. So the
//! graph has no cycle, rules never import words (`form` sits below `messages`), and nothing in
//! the core imports the WebAssembly boundary. docs/architecture.md draws the same layers.
//!
//! Read from the source: every `crate::module` a module's code names (doc comments and unit
//! tests left out), `super::` and `self::` staying inside it.

use std::collections::BTreeMap;
use std::path::Path;

/// The layers, lowest first; a module may use only modules of lower layers.
const LAYERS: &[&[&str]] = &[
    // Plain building blocks with no knowledge of IINs or forms.
    &["prelude"],
    &["unicode_digits", "i18n", "date", "case", "html"],
    // The shapes of words (one text in three languages; a language's number messages), and the
    // catalogues packed into them (generated from locales/*.toml). Data only: no rule.
    &["words"],
    &["catalogue"],
    // The IIN/BIN rules.
    &["error"],
    &["digits"],
    &["checksum"],
    &["iin"],
    &["bin", "batch"],
    // The application's facts: its fields (one table) and reference data.
    &["fields", "data"],
    &["translit"],
    // Rules: the form's validation, the passport zone reader, the documents' seal. No words.
    &["form", "mrz", "seal"],
    // The printed documents: the appendices' own words around an application's values.
    &["documents"],
    // Words: every message, label and text in kk, ru and en, for every problem above.
    &["messages"],
    // The application form's markup, for a page that works before (or without) script.
    &["markup"],
    // The WebAssembly boundary, which converts and decides nothing.
    &["wasm"],
];

fn layer_of(module: &str) -> usize {
    LAYERS
        .iter()
        .position(|layer| layer.contains(&module))
        .unwrap_or_else(|| panic!("src/{module}: add the module to a layer of tests/architecture.rs and docs/architecture.md"))
}

/// The top-level module a file of `src/` belongs to (`form/text.rs` → `form`), `None` for lib.rs.
fn module_of(path: &Path, src: &Path) -> Option<String> {
    let rel = path.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?.to_string();
    let name = first.trim_end_matches(".rs").to_string();
    (name != "lib").then_some(name)
}

/// The code of a file without its doc comments and its unit tests.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .filter(|l| {
            let t = l.trim_start();
            !t.starts_with("///") && !t.starts_with("//!") && !t.starts_with("//")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file's code names as `crate::name` (or inside `use crate::{a, b::c}`).
fn uses(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a, b::c, d}`: the first segment of each item.
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.push(name);
                }
            }
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.push(name);
        }
    }
    found
}

/// lib.rs's re-exports (`pub use iin::{Birth, Iin, Sex};`): item name → the module defining it,
/// so that `crate::Iin` counts as a use of `iin`.
fn reexports() -> BTreeMap<String, String> {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let mut map = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = rest.split_once("::") else {
            continue;
        };
        for item in items
            .trim_matches(|c| c == '{' || c == '}' || c == ';')
            .split(',')
        {
            map.insert(item.trim().to_string(), module.to_string());
        }
    }
    map
}

/// Every `.rs` file below `src`, with the top-level module it belongs to (lib.rs has none) and
/// its code (doc comments and unit tests left out).
fn module_files(src: &Path) -> Vec<(String, String, String)> {
    let mut files = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let Some(module) = module_of(&path, src) else {
                continue;
            };
            let text = std::fs::read_to_string(&path).unwrap();
            let file = path.strip_prefix(src).unwrap().display().to_string();
            files.push((module, file, code(&text)));
        }
    }
    files
}

fn graph() -> BTreeMap<String, Vec<(String, String)>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let reexports = reexports();
    let modules: Vec<String> = std::fs::read_dir(&src)
        .unwrap()
        .filter_map(|e| module_of(&e.unwrap().path(), &src))
        .collect();
    let mut graph: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (module, file, code) in module_files(&src) {
        let edges = graph.entry(module.clone()).or_default();
        for name in uses(&code) {
            // A module, or an item lib.rs re-exports from one; anything else (a macro) is none.
            let used = if modules.contains(&name) {
                name
            } else if let Some(module) = reexports.get(&name) {
                module.clone()
            } else {
                continue;
            };
            if used != module {
                edges.push((used, file.clone()));
            }
        }
    }
    graph
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let graph = graph();
    assert!(graph.contains_key("form") && graph.contains_key("messages"));
    let mut wrong = Vec::new();
    for (module, edges) in &graph {
        let layer = layer_of(module);
        for (used, file) in edges {
            if layer_of(used) >= layer {
                wrong.push(format!("src/{file}: {module} uses {used}"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "dependencies against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_of_the_source_finds_the_dependencies_it_must() {
    // The checker checks something: rules and words are where the layers say, and a use
    // written in each of the forms the source uses is found.
    let graph = graph();
    let of = |m: &str| -> Vec<&str> { graph[m].iter().map(|(u, _)| u.as_str()).collect() };
    assert!(of("messages").contains(&"form"));
    assert!(of("form").contains(&"fields"));
    assert!(
        !of("form").contains(&"messages"),
        "rules never import words"
    );
    assert!(!of("mrz").contains(&"messages"));
    assert_eq!(
        uses("use crate::{a, b::c};\nlet x = crate::d::e(); crate::f()"),
        ["a", "b", "d", "f"]
    );
    assert_eq!(reexports()["Iin"], "iin");
    assert!(uses(&code("/// see [`crate::form`]\nfn f() {}")).is_empty());
}

/// The service's layers (`server/src/`), lowest first, by the same rule as the core's. `store`
/// and `events` are one layer whose two modules use each other: the store writes an application's
/// events in the transaction that keeps it, and the events are delivered from the store.
const SERVER_LAYERS: &[&[&str]] = &[
    // Building blocks: time, settings, a request's body read, the static files, secrets.
    &["clock", "config", "intake", "statics", "secrets"],
    // The database, and the events it writes with what they announce.
    &["store", "events"],
    // What officers did; their second factor.
    &["audit", "second_factor"],
    // Officers' accounts, sign-in and sessions.
    &["staff"],
    // The register's keyed hashes, the documents' signing keys, the portals' tokens, retention,
    // the metrics.
    &["register", "signing", "tokens", "retention", "telemetry"],
    // The officers' work: the queue, an application, a decision, a document.
    &["officers"],
    // An applicant's status.
    &["status"],
    // HTTP: routes, extractors, refusals, pages. Above everything it serves.
    &["http"],
];

/// Modules of one layer that may use each other (see [`SERVER_LAYERS`]).
const SERVER_TOGETHER: &[(&str, &str)] = &[("store", "events"), ("events", "store")];

fn server_graph() -> BTreeMap<String, Vec<(String, String)>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("server/src");
    let mut graph: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    // lib.rs and main.rs put everything together: above every layer.
    for (module, file, code) in module_files(&src)
        .into_iter()
        .filter(|(m, _, _)| m != "main")
    {
        let edges = graph.entry(module.clone()).or_default();
        for used in uses(&code) {
            if used != module {
                edges.push((used, file.clone()));
            }
        }
    }
    graph
}

#[test]
fn every_module_of_the_service_uses_only_the_layers_below_it() {
    let graph = server_graph();
    let layer = |module: &str| {
        SERVER_LAYERS
            .iter()
            .position(|layer| layer.contains(&module))
            .unwrap_or_else(|| panic!("server/src/{module}: add the module to a layer of SERVER_LAYERS in tests/architecture.rs and to docs/src/contributing/architecture.md"))
    };
    // Every module of the service is in a layer, and the reader finds what it must.
    assert!(graph.len() >= 18, "{:?}", graph.keys());
    let of = |m: &str| -> Vec<&str> { graph[m].iter().map(|(u, _)| u.as_str()).collect() };
    assert!(of("http").contains(&"officers") && of("officers").contains(&"store"));
    let mut wrong = Vec::new();
    for (module, edges) in &graph {
        for (used, file) in edges {
            let together = SERVER_TOGETHER.contains(&(module.as_str(), used.as_str()));
            if layer(used) >= layer(module) && !together {
                wrong.push(format!("server/src/{file}: {module} uses {used}"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "dependencies against the service's layers:\n{}",
        wrong.join("\n")
    );
}
