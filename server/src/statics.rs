//! The pages and the package's files: `www/` (the portal demo, the kiosk page and its service
//! worker) and `dist/` (the package as npm ships it), read once at start.
//!
//! Every file has a strong ETag (its SHA-256), answered with 304 when a client has it already,
//! and is sent compressed (brotli or gzip, as the client accepts), compressed once per file and
//! encoding and then kept. Two URL spaces:
//! - `/www/…` and `/dist/…`: `Cache-Control: no-cache` (a client revalidates; 304 is cheap);
//! - `/assets/BUILD/…`: the same files under the id of this set of files (a digest of them all),
//!   `Cache-Control: immutable` for a year, since such a URL can never name other content. The
//!   pages are served with their scripts, styles and preloads pointing there, so a returning
//!   visitor loads them from cache without a request; relative imports inside the modules stay
//!   within the same build.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// The folders served, under the static root.
pub const FOLDERS: [&str; 2] = ["www", "dist"];

/// One file, with its compressed forms (made by [`Statics::compress_all`] at start).
#[derive(Debug)]
struct File {
    bytes: Vec<u8>,
    etag: String,
    content_type: &'static str,
    gzip: OnceLock<Arc<Vec<u8>>>,
    brotli: OnceLock<Arc<Vec<u8>>>,
}

/// Compressed forms by content and coding, for the whole process: a service started again in
/// the same process (the tests start many) compresses no file twice, nor two starts at once.
fn compressed(etag: &str, coding: &str, make: impl FnOnce() -> Vec<u8>) -> Arc<Vec<u8>> {
    type Once = Arc<OnceLock<Arc<Vec<u8>>>>;
    static CACHE: OnceLock<Mutex<HashMap<(String, String), Once>>> = OnceLock::new();
    let once: Once = CACHE
        .get_or_init(Default::default)
        .lock()
        .map(|mut cache| {
            cache
                .entry((etag.to_string(), coding.to_string()))
                .or_default()
                .clone()
        })
        .unwrap_or_default();
    once.get_or_init(|| Arc::new(make())).clone()
}

/// A file's immutable URL in build `build`: `/assets/BUILD/KEY`.
fn asset_url(build: &str, key: &str) -> String {
    format!("/assets/{build}/{key}")
}

/// The static files, by path (`www/index.html`).
#[derive(Debug, Default)]
pub struct Statics {
    files: HashMap<String, File>,
    build: String,
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Whether compressing the type is worth it (images other than SVG are compressed already).
fn compressible(content_type: &str) -> bool {
    !content_type.starts_with("image/png") && !content_type.starts_with("image/x-icon")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

impl Statics {
    /// Reads `www/` and `dist/` under `root` (a folder missing is served as empty).
    pub fn load(root: &Path) -> std::io::Result<Statics> {
        let mut paths = Vec::new();
        for folder in FOLDERS {
            let dir = root.join(folder);
            if dir.is_dir() {
                walk(&dir, &mut paths)?;
            }
        }
        paths.sort();
        let mut build = Sha256::new();
        let mut files = HashMap::new();
        for path in paths {
            let Ok(relative) = path.strip_prefix(root) else {
                continue;
            };
            let key = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let bytes = std::fs::read(&path)?;
            build.update(key.as_bytes());
            build.update(Sha256::digest(&bytes));
            files.insert(key.clone(), File::new(&key, bytes));
        }
        let build = hex(&build.finalize())[..16].to_string();
        // The pages, with their files pointing into this build's immutable URLs.
        for (key, file) in files.iter_mut() {
            if key.starts_with("www/") && key.ends_with(".html") {
                let text = String::from_utf8_lossy(&file.bytes);
                *file = File::new(key, rewrite_page(&text, &build).into_bytes());
            }
        }
        Ok(Statics { files, build })
    }

    /// Makes every compressible file's brotli and gzip forms now, so that no request waits for
    /// one (brotli at its best quality takes a while on a large module). Run at start, off the
    /// async threads.
    pub fn compress_all(&self) {
        for file in self.files.values() {
            if compressible(file.content_type) {
                let _ = file.brotli();
                let _ = file.gzip();
            }
        }
    }

    /// The id of this set of files (what `/assets/BUILD/` names).
    pub fn build(&self) -> &str {
        &self.build
    }

    /// A file's immutable URL in this build: `/assets/BUILD/KEY` (`www/apply.js`, say).
    pub fn asset_url(&self, key: &str) -> String {
        asset_url(&self.build, key)
    }

    /// How many files there are.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// A file's text (`dist/elements/application.css`), if it is there and UTF-8.
    pub fn text(&self, key: &str) -> Option<&str> {
        std::str::from_utf8(&self.files.get(key)?.bytes).ok()
    }

    /// What a module needs before it runs: the modules it imports statically, theirs in turn,
    /// and the WebAssembly their glue fetches (`new URL("x.wasm", import.meta.url)`), as keys
    /// of the files (`dist/elements.js` first). A dynamic `import()` is loaded later, on
    /// demand: it is left out. Read from the minified files, whose imports are `from"./x.js"`
    /// and `import"./x.js"`.
    pub fn module_graph(&self, entry: &str) -> Vec<String> {
        let mut found = vec![entry.to_string()];
        let mut i = 0;
        while let Some(key) = found.get(i).cloned() {
            i += 1;
            if !key.ends_with(".js") {
                continue;
            }
            let Some(text) = self.text(&key) else {
                continue;
            };
            let dir = key.rsplit_once('/').map_or("", |(d, _)| d);
            for specifier in static_imports(text) {
                if let Some(resolved) = resolve(dir, specifier) {
                    if self.files.contains_key(&resolved) && !found.contains(&resolved) {
                        found.push(resolved);
                    }
                }
            }
        }
        found
    }

    /// The answer for a GET of `path` (the URL's path, still percent-encoded), or `None` when
    /// no file has that name.
    pub fn serve(&self, path: &str, headers: &HeaderMap) -> Option<Response> {
        let (file, immutable) = self.find(path)?;
        Some(file.response(headers, immutable))
    }

    /// Whether answering `path` would compress it first (the start's compression has not
    /// reached it yet): work to run off the async threads.
    pub fn would_compress(&self, path: &str) -> bool {
        self.find(path).is_some_and(|(file, _)| {
            compressible(file.content_type)
                && (file.brotli.get().is_none() || file.gzip.get().is_none())
        })
    }

    /// The file of a request's path, and whether its URL is immutable (`/assets/BUILD/…`).
    fn find(&self, path: &str) -> Option<(&File, bool)> {
        let decoded = percent_decode(path)?;
        let (immutable, key) = match decoded.strip_prefix("/assets/") {
            Some(rest) => {
                let (build, key) = rest.split_once('/')?;
                if build != self.build {
                    return None;
                }
                (true, key.to_string())
            }
            None => (false, decoded.trim_start_matches('/').to_string()),
        };
        let key = if key.ends_with('/') || key == "www" {
            format!("{}/index.html", key.trim_end_matches('/'))
        } else {
            key
        };
        // Keys are exact paths of files read at start: `..`, `.`, `//` or a backslash name none.
        Some((self.files.get(&key)?, immutable))
    }
}

impl File {
    fn new(key: &str, bytes: Vec<u8>) -> File {
        File {
            etag: format!("\"{}\"", &hex(&Sha256::digest(&bytes))[..32]),
            content_type: content_type(key),
            bytes,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        }
    }

    fn response(&self, headers: &HeaderMap, immutable: bool) -> Response {
        let accepts = |coding: &str| {
            headers
                .get_all(header::ACCEPT_ENCODING)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .any(|c| {
                    let mut parts = c.split(';');
                    parts.next().is_some_and(|name| name.trim() == coding)
                        && !parts.any(|p| p.trim() == "q=0")
                })
        };
        let (body, encoding, tag): (&[u8], Option<&str>, String) =
            if compressible(self.content_type) && accepts("br") {
                (self.brotli(), Some("br"), self.tagged("br"))
            } else if compressible(self.content_type) && accepts("gzip") {
                (self.gzip(), Some("gzip"), self.tagged("gz"))
            } else {
                (&self.bytes, None, self.etag.clone())
            };
        let cache = if immutable {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        let matches = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
        let mut response = if matches {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            (StatusCode::OK, body.to_vec()).into_response()
        };
        let h = response.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&tag) {
            h.insert(header::ETAG, v);
        }
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if !matches {
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(self.content_type),
            );
            if let Some(e) = encoding {
                h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(e));
            }
        }
        response
    }

    /// An ETag per representation: a compressed body is other bytes than the file.
    fn tagged(&self, coding: &str) -> String {
        format!("{}-{coding}\"", self.etag.trim_end_matches('"'))
    }

    fn gzip(&self) -> &[u8] {
        self.gzip.get_or_init(|| {
            compressed(&self.etag, "gzip", || {
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                let _ = encoder.write_all(&self.bytes);
                encoder.finish().unwrap_or_default()
            })
        })
    }

    fn brotli(&self) -> &[u8] {
        self.brotli.get_or_init(|| {
            compressed(&self.etag, "br", || {
                let mut out = Vec::new();
                let params = brotli::enc::BrotliEncoderParams {
                    quality: 11,
                    ..Default::default()
                };
                let _ = brotli::BrotliCompress(&mut &self.bytes[..], &mut out, &params);
                out
            })
        })
    }
}

/// A page's `<script src>` and `<link href>` pointing at this build's immutable URLs: `../dist/x`
/// (from `/www/`) becomes `/assets/BUILD/dist/x`, `demo.js` becomes `/assets/BUILD/www/demo.js`.
/// Links to other pages (`<a href>`) and absolute URLs are left as they are.
fn rewrite_page(html: &str, build: &str) -> String {
    let mut out = String::with_capacity(html.len() + 1024);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let lower = tag.to_ascii_lowercase();
        if lower.starts_with("<script") || lower.starts_with("<link") {
            out.push_str(&rewrite_attrs(tag, build));
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn rewrite_attrs(tag: &str, build: &str) -> String {
    let mut out = String::with_capacity(tag.len() + 64);
    let mut rest = tag;
    loop {
        let next = ["src=\"", "href=\""]
            .iter()
            .filter_map(|a| rest.find(a).map(|i| (i, a.len())))
            .min();
        let Some((i, len)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i + len]);
        rest = &rest[i + len..];
        let end = rest.find('"').unwrap_or(rest.len());
        let url = &rest[..end];
        let local =
            !url.is_empty() && !url.starts_with('/') && !url.starts_with('#') && !url.contains(':');
        if local {
            let resolved = match url.strip_prefix("../") {
                Some(up) => up.to_string(),
                None => format!("www/{}", url.trim_start_matches("./")),
            };
            out.push_str(&asset_url(build, &resolved));
        } else {
            out.push_str(url);
        }
        rest = &rest[end..];
    }
}

/// The relative specifiers a minified module imports statically, and the files its glue
/// fetches with `new URL("…", import.meta.url)`.
fn static_imports(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for marker in ["from\"", "import\"", "new URL(\""] {
        let mut rest = text;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len()..];
            let end = rest.find('"').unwrap_or(rest.len());
            let specifier = &rest[..end];
            let fetched = marker != "new URL(\"" || rest[end..].starts_with("\",import.meta.url)");
            if fetched
                && (specifier.starts_with("./")
                    || specifier.starts_with("../")
                    || marker == "new URL(\"")
            {
                out.push(specifier);
            }
        }
    }
    out
}

/// A relative specifier resolved against a module's folder (`dist/elements` + `../iin.js` is
/// `dist/iin.js`); `None` for one that leaves the root.
fn resolve(dir: &str, specifier: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for segment in specifier.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            name => parts.push(name),
        }
    }
    Some(parts.join("/"))
}

/// A URL path with its `%XX` escapes decoded, or `None` when it is not UTF-8 or holds a NUL.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hexit = |b: u8| (b as char).to_digit(16);
            match (hexit(bytes[i + 1]), hexit(bytes[i + 2])) {
                (Some(a), Some(b)) => {
                    out.push((a * 16 + b) as u8);
                    i += 3;
                    continue;
                }
                _ => return None,
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    let text = String::from_utf8(out).ok()?;
    (!text.contains('\0')).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_points_its_scripts_and_styles_at_the_build() {
        let page = r#"<link rel="icon" href="favicon.svg"><link rel="preload" href="../dist/pkg/form/kz_iin_bg.wasm" as="fetch"><script type="module" src="demo.js"></script><a href="kiosk.html">kiosk</a><link href="https://example.org/x.css">"#;
        let out = rewrite_page(page, "abc");
        assert!(out.contains(r#"href="/assets/abc/www/favicon.svg""#));
        assert!(out.contains(r#"href="/assets/abc/dist/pkg/form/kz_iin_bg.wasm""#));
        assert!(out.contains(r#"src="/assets/abc/www/demo.js""#));
        assert!(
            out.contains(r#"<a href="kiosk.html">"#),
            "links to pages stay"
        );
        assert!(out.contains(r#"href="https://example.org/x.css""#));
    }

    #[test]
    fn a_module_graph_follows_static_imports_and_the_glue_s_wasm() {
        let mut statics = Statics::default();
        for (key, text) in [
            (
                "dist/elements.js",
                r#"export{A}from"./elements/a.js";import"./side.js";"#,
            ),
            (
                "dist/elements/a.js",
                r#"import{x}from"../iin.js";const m=()=>import("../mrz.js");"#,
            ),
            ("dist/iin.js", r#"import i from"./pkg/iin/kz_iin.js";"#),
            (
                "dist/pkg/iin/kz_iin.js",
                r#"e=new URL("kz_iin_bg.wasm",import.meta.url)"#,
            ),
            ("dist/pkg/iin/kz_iin_bg.wasm", ""),
            ("dist/side.js", ""),
            ("dist/mrz.js", ""),
        ] {
            statics
                .files
                .insert(key.into(), File::new(key, text.as_bytes().to_vec()));
        }
        assert_eq!(
            statics.module_graph("dist/elements.js"),
            [
                "dist/elements.js",
                "dist/elements/a.js",
                "dist/side.js",
                "dist/iin.js",
                "dist/pkg/iin/kz_iin.js",
                "dist/pkg/iin/kz_iin_bg.wasm"
            ]
        );
        assert_eq!(resolve("dist", "../../x.js"), None);
    }

    #[test]
    fn escapes_are_decoded_and_bad_ones_refused() {
        assert_eq!(
            percent_decode("/www/a%20b.js").as_deref(),
            Some("/www/a b.js")
        );
        assert_eq!(
            percent_decode("/www/%2e%2e/Cargo.toml").as_deref(),
            Some("/www/../Cargo.toml")
        );
        assert_eq!(percent_decode("/www/%zz"), None);
        assert_eq!(percent_decode("/www/%00"), None);
        assert_eq!(percent_decode("/www/%"), Some("/www/%".into()));
    }
}
