//! The only module that talks to the browser: the URL hash, history, navigator.languages,
//! `<html lang>` and the quick exit. Everything else is plain data from `ruta-engine`.

use ruta_engine::state::{self, Problem, State};

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

/// The current `location.hash` (empty when there is none).
pub fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

pub fn read_state() -> (State, Vec<Problem>) {
    state::parse(&hash())
}

/// The browser's language preferences, most wanted first.
pub fn navigator_languages() -> Vec<String> {
    let nav = window().navigator();
    let list: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

pub fn set_document_lang(code: &str) {
    if let Some(el) = window().document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
        let _ = el.set_attribute("dir", "ltr");
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = window().document() {
        d.set_title(title);
    }
}

/// Where the quick exit goes: `<meta name="ruta-exit-url">` if the page sets one.
fn exit_url() -> String {
    window()
        .document()
        .and_then(|d| d.query_selector("meta[name=ruta-exit-url]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .unwrap_or_else(|| "https://www.google.com/".into())
}

/// Leave at once. boot.js's `rutaQuickExit` wipes the page and any remembered answers and
/// replaces this history entry with a neutral page (so Back does not return here).
pub fn quick_exit() {
    use wasm_bindgen::JsCast;
    let w = window();
    if let Ok(f) = js_sys::Reflect::get(&w, &"rutaQuickExit".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&w);
            return;
        }
    }
    remember_clear();
    let _ = w.location().replace(&exit_url());
}

pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Call `obj.name(arg)` through JS reflection (no extra web-sys features for a few DOM calls).
fn call1(obj: &wasm_bindgen::JsValue, name: &str, arg: &wasm_bindgen::JsValue) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let f = js_sys::Reflect::get(obj, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    f.call1(obj, arg).ok()
}

fn options(pairs: &[(&str, wasm_bindgen::JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), v);
    }
    o
}

/// A new screen in the widget: bring Ruta's own top into view on the host page (only when it
/// is scrolled out of sight, so the host's content above stays put otherwise) and put focus on
/// the screen's h1 — the one inside this widget, never the host page's — without a second scroll.
/// Never `window.scrollTo`: the page is the host's.
pub fn widget_screen_shown(root: &web_sys::Element) {
    let rect = call1(root, "getBoundingClientRect", &wasm_bindgen::JsValue::UNDEFINED);
    let top = rect.and_then(|r| js_sys::Reflect::get(&r, &"top".into()).ok()).and_then(|t| t.as_f64()).unwrap_or(0.0);
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if top < 0.0 || top > height {
        let o = options(&[("block", "start".into()), ("behavior", "instant".into())]);
        call1(root, "scrollIntoView", &o);
    }
    if let Ok(Some(h1)) = root.query_selector("main h1") {
        focus_without_scroll(&h1);
    }
}

/// Focus a heading without letting the browser scroll to it (which would centre it in the
/// viewport — of the host page too, from inside an iframe): the scrolling is done on purpose.
fn focus_without_scroll(h1: &web_sys::Element) {
    let _ = h1.set_attribute("tabindex", "-1");
    call1(h1, "focus", &options(&[("preventScroll", true.into())]));
}

/// A new screen in an iframe: focus its h1 (without the browser's own scroll, which would centre
/// it on the host page) and tell the host page, whose frame-host.js brings the frame's top into
/// view. Only to the origin declared in `host=`, like every message of the frame (boot.js).
pub fn frame_screen_shown() {
    let w = window();
    if let Some(h1) = w.document().and_then(|d| d.query_selector("main h1").ok().flatten()) {
        focus_without_scroll(&h1);
    }
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let search = w.location().search().unwrap_or_default();
    let host = web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("host"));
    // An http(s) address; postMessage itself reduces it to its origin (never "*").
    let Some(origin) = host.filter(|h| h.starts_with("https://") || h.starts_with("http://")) else { return };
    let _ = parent.post_message(&options(&[("type", "ruta-screen".into())]), &origin);
}

/// GET a same-origin file as bytes (a locale pack). Any failure is an error value, not a panic.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let url = &format!("{}{url}", asset_base());
    let resp = JsFuture::from(window().fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "not a response".to_string())?;
    if !resp.ok() {
        return Err(format!("{url}: HTTP {}", resp.status()));
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Remove the static "loading" note of index.html once the app is mounted, and tell boot.js
/// (from now on only a crash of the wasm brings back its recovery screen).
pub fn remove_boot_note() {
    call_boot("rutaMounted", None);
    if let Some(el) = window().document().and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}

/// Call a function boot.js put on `window`, if it is there. Returns whether it was.
fn call_boot(name: &str, arg: Option<&str>) -> bool {
    use wasm_bindgen::JsCast;
    let w = window();
    let Some(f) = js_sys::Reflect::get(&w, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else { return false };
    match arg {
        Some(a) => f.call1(&w, &a.into()).is_ok(),
        None => f.call0(&w).is_ok(),
    }
}

/// Nothing could be loaded (not even the default language's messages): boot.js shows its
/// recovery screen in her language (what happened, retry, quick exit, emergency numbers).
/// Without boot.js (never expected), say so in the static note in both fallback languages.
pub fn boot_failed() {
    if call_boot("rutaBootFailed", Some("pack")) {
        return;
    }
    if let Some(el) = window().document().and_then(|d| d.get_element_by_id("boot")) {
        el.set_text_content(Some("No se pudo cargar Ruta. Recarga la página. · Ruta could not load. Please reload the page."));
        let _ = el.set_attribute("role", "alert");
    }
}

/// Has boot.js already seen a waiting new version (before the app mounted)?
pub fn update_waiting() -> bool {
    js_sys::Reflect::get(&window(), &"rutaApplyUpdate".into()).map(|f| f.is_function()).unwrap_or(false)
}

/// Take the waiting version now: boot.js tells the service worker, then reloads once it controls.
pub fn apply_update() {
    use wasm_bindgen::JsCast;
    let w = window();
    let _ = js_sys::Reflect::set(&w, &"rutaUpdateRequested".into(), &true.into());
    if let Ok(f) = js_sys::Reflect::get(&w, &"rutaApplyUpdate".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&w);
        }
    }
}

// ---- "Remember my answers on this phone" (off unless she ticks it) -------------------------

const REMEMBER_KEY: &str = "ruta-remember";

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn remember_get() -> Option<String> {
    local_storage()?.get_item(REMEMBER_KEY).ok().flatten()
}

pub fn remember_set(hash: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(REMEMBER_KEY, hash);
    }
}

pub fn remember_clear() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(REMEMBER_KEY);
    }
}

// ---- Kiosk ------------------------------------------------------------------------------------

/// Kiosk mode from the page address (`?kiosk`, `?kiosk&idle=120`) or a build option
/// (`<meta name="ruta-kiosk" content="idle=90">`). It lives outside the hash, so nothing a visitor
/// can tap turns it off. Returns the idle time in seconds.
pub fn kiosk_idle_secs() -> Option<u32> {
    let w = window();
    let search = w.location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    let meta = w.document().and_then(|d| d.query_selector("meta[name=ruta-kiosk]").ok().flatten()).and_then(|m| m.get_attribute("content"));
    let on = params.has("kiosk") || meta.is_some();
    if !on {
        return None;
    }
    let from_meta = meta.and_then(|m| m.strip_prefix("idle=").and_then(|v| v.parse().ok()));
    let idle = params.get("idle").and_then(|v| v.parse().ok()).or(from_meta).unwrap_or(90u32);
    Some(idle.clamp(10, 3600))
}

pub fn set_root_class(class: &str) {
    if let Some(el) = window().document().and_then(|d| d.document_element()) {
        let _ = el.class_list().add_1(class);
    }
}

/// Replace the hash without a new history entry (kiosk navigation, the wipe).
pub fn replace_hash(h: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(h));
    }
}

/// Drop focus and selection (the kiosk wipe).
pub fn reset_focus() {
    use wasm_bindgen::JsCast;
    if let Some(d) = window().document() {
        if let Some(el) = d.active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.blur();
        }
    }
    if let Ok(Some(sel)) = window().get_selection() {
        let _ = sel.remove_all_ranges();
    }
}

/// The link to this screen for another device: `<meta name="ruta-share-url">` if the kiosk's own
/// address is not reachable from phones, else this page's address; always without `?kiosk`.
pub fn share_url(hash: &str) -> String {
    let w = window();
    let base = w
        .document()
        .and_then(|d| d.query_selector("meta[name=ruta-share-url]").ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .unwrap_or_else(|| {
            let l = w.location();
            format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
        });
    format!("{base}{hash}")
}

// ---- Embedding ----------------------------------------------------------------------------------

/// Where Ruta's own files are: set by embed.js for the widget (Ruta's origin), else relative.
pub fn asset_base() -> String {
    js_sys::Reflect::get(&window(), &"__rutaBase".into()).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// Loaded by embed.js into a host page (the widget mounts only where the host asks).
pub fn is_widget_host() -> bool {
    js_sys::Reflect::get(&window(), &"__rutaWidget".into()).map(|v| v.is_truthy()).unwrap_or(false)
}

/// Running inside an iframe made from `index.html?embed…`.
pub fn is_frame() -> bool {
    let search = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search).map(|p| p.has("embed")).unwrap_or(false)
}

/// `?embed&lang=es&c=MX&who=woman&p=transit&s=violence` → the same state a hash link would give.
pub fn frame_state_from_query() -> (State, Vec<Problem>) {
    let search = window().location().search().unwrap_or_default();
    let q = search.trim_start_matches('?');
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let view = params.and_then(|p| p.get("view")).filter(|v| v == "results").unwrap_or_default();
    state::parse(&format!("#/{view}?{q}"))
}

/// The host's overlay that boot.js received from frame-host.js, if any.
pub fn frame_overlay() -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(&window(), &"__rutaOverlay".into()).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// JSON (already parsed by the browser) → the engine's tree, for validation.
pub fn to_json(v: &wasm_bindgen::JsValue) -> ruta_engine::overlay::Json {
    use ruta_engine::overlay::Json;
    use wasm_bindgen::JsCast;
    if v.is_null() || v.is_undefined() {
        Json::Null
    } else if let Some(b) = v.as_bool() {
        Json::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Json::Num(n)
    } else if let Some(s) = v.as_string() {
        Json::Str(s)
    } else if let Some(a) = v.dyn_ref::<js_sys::Array>() {
        Json::Arr(a.iter().map(|x| to_json(&x)).collect())
    } else if v.is_object() {
        let o: &js_sys::Object = v.unchecked_ref();
        Json::Obj(js_sys::Object::entries(o).iter().filter_map(|e| {
            let pair: js_sys::Array = e.unchecked_into();
            Some((pair.get(0).as_string()?, to_json(&pair.get(1))))
        }).collect())
    } else {
        Json::Null
    }
}

pub fn console_error(msg: &str) {
    web_sys::console::error_1(&msg.into());
}
