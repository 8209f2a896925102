//! The follow-up matrix (issue 17): a form for entries (every field labelled, errors next to the
//! field), the list, Export CSV / JSON (a download from a Blob URL: nothing leaves the device),
//! Import of several files, and the regional summary. Entries live in memory only; the engine
//! (`ruta_engine::matrix`) validates, writes, reads and summarises them.

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::data::COUNTRIES;
use ruta_engine::matrix::{self, AreaKind, Draft, Entry, EntryKind, Field, FieldError, ImportError};
use ruta_engine::{msg, tr, tr_args, Arg};
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The entries, kept while the app runs (not stored: leaving the app forgets them).
    static ENTRIES: std::cell::RefCell<Vec<Entry>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Offer `text` as a file download (a Blob URL; no network).
fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let global = js_sys::global();
    let blob_ctor: js_sys::Function = js_sys::Reflect::get(&global, &"Blob".into())?.dyn_into()?;
    let parts = js_sys::Array::of1(&text.into());
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"type".into(), &mime.into())?;
    let blob = js_sys::Reflect::construct(&blob_ctor, &js_sys::Array::of2(&parts, &opts))?;
    let url_obj = js_sys::Reflect::get(&global, &"URL".into())?;
    let create: js_sys::Function = js_sys::Reflect::get(&url_obj, &"createObjectURL".into())?.dyn_into()?;
    let href = create.call1(&url_obj, &blob)?.as_string().unwrap_or_default();
    let a = document().create_element("a")?;
    a.set_attribute("href", &href)?;
    a.set_attribute("download", name)?;
    a.set_attribute("hidden", "")?;
    document().body().ok_or(JsValue::NULL)?.append_child(&a)?;
    a.clone().dyn_into::<web_sys::HtmlElement>()?.click();
    a.remove();
    let revoke: js_sys::Function = js_sys::Reflect::get(&url_obj, &"revokeObjectURL".into())?.dyn_into()?;
    let href2: JsValue = href.into();
    set_timeout(move || { let _ = revoke.call1(&url_obj, &href2); }, std::time::Duration::from_secs(5));
    Ok(())
}

/// The files chosen in an `<input type=file>`: (name, bytes) each.
async fn read_files(input: JsValue) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![];
    let Ok(files) = js_sys::Reflect::get(&input, &"files".into()) else { return out };
    let n = js_sys::Reflect::get(&files, &"length".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
    for i in 0..n.min(50) {
        let Ok(file) = js_sys::Reflect::get(&files, &JsValue::from(i)) else { continue };
        let name = js_sys::Reflect::get(&file, &"name".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let size = js_sys::Reflect::get(&file, &"size".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        if size > matrix::MAX_FILE_BYTES as f64 {
            // Not read at all: the engine reports it as too big from its length alone.
            out.push((name, vec![0; matrix::MAX_FILE_BYTES + 1]));
            continue;
        }
        let bytes = async {
            let f: js_sys::Function = js_sys::Reflect::get(&file, &"arrayBuffer".into()).ok()?.dyn_into().ok()?;
            let p: js_sys::Promise = f.call0(&file).ok()?.dyn_into().ok()?;
            let buf = wasm_bindgen_futures::JsFuture::from(p).await.ok()?;
            Some(js_sys::Uint8Array::new(&buf).to_vec())
        }
        .await
        .unwrap_or_default();
        out.push((name, bytes));
    }
    out
}

fn import_error_line(lang: &str, e: &ImportError) -> String {
    let mut parts = vec![e.file.clone()];
    if let Some(r) = e.row {
        parts.push(tr_args(lang, msg::MATRIX_ROW, &[("row", Arg::Num(r as i64))]));
    }
    if let Some(f) = e.field {
        parts.push(tr(lang, &format!("matrix-field-{}", f.id())));
    }
    let mut problem = tr(lang, &format!("matrix-problem-{}", e.problem.id()));
    if !e.detail.is_empty() {
        problem.push_str(&format!(" ({})", e.detail));
    }
    parts.push(problem);
    parts.join(" · ")
}

/// Its messages come in the later language pack (src/parts/later.rs).
#[component]
pub fn MatrixPage() -> impl IntoView {
    crate::parts::later::when_ready(matrix_page)
}

fn matrix_page() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let entries = RwSignal::new(ENTRIES.with(|e| e.borrow().clone()));
    Effect::new(move |_| {
        let v = entries.get();
        ENTRIES.with(|e| *e.borrow_mut() = v);
    });
    let draft = RwSignal::new(Draft::default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let status = RwSignal::new(String::new());
    let import_errors = RwSignal::new(Vec::<String>::new());

    let label = |f: Field| ctx.t(&format!("matrix-field-{}", f.id()));
    let problem_of = move |f: Field| errors.with(|es| es.iter().find(|e| e.field == f).map(|e| tr(lang, &format!("matrix-problem-{}", e.problem.id()))));
    let err_id = |f: Field| format!("mx-{}-err", f.id());
    let invalid = move |f: Field| move || errors.with(|es| es.iter().any(|e| e.field == f)).to_string();
    let err_view = move |f: Field| {
        let id = err_id(f);
        view! { <p class="field-error" id=id>{move || problem_of(f)}</p> }
    };
    let set = move |f: Field| move |ev: leptos::ev::Event| draft.update(|d| d.set(f, event_target_value(&ev)));
    let value = move |f: Field| move || draft.with(|d| d.get(f).to_owned());

    let choose = ctx.t(msg::MATRIX_CHOOSE);
    let countries = COUNTRIES.iter().map(|c| view! { <option value=*c>{ctx.t(&format!("country-{c}"))}</option> }).collect_view();
    let area_groups = [AreaKind::Principle, AreaKind::Approach, AreaKind::Phase]
        .into_iter()
        .map(|k| {
            let opts = matrix::areas()
                .into_iter()
                .filter(|a| a.kind == k)
                .map(|a| view! { <option value=a.id>{format!("{} — {}", a.id, ctx.t(&a.message()))}</option> })
                .collect_view();
            let name = ctx.t(match k {
                AreaKind::Principle => "matrix-area-principle",
                AreaKind::Approach => "matrix-area-approach",
                AreaKind::Phase => "matrix-area-phase",
            });
            view! { <optgroup label=name>{opts}</optgroup> }
        })
        .collect_view();
    let kinds = EntryKind::ALL.iter().map(|k| view! { <option value=k.id()>{ctx.t(&format!("matrix-kind-{}", k.id()))}</option> }).collect_view();

    let added_msg = ctx.t(msg::MATRIX_ADDED);
    let fix_msg = ctx.t(msg::MATRIX_FIX);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match matrix::validate(&draft.get_untracked()) {
            Ok(e) => {
                entries.update(|v| v.push(e));
                draft.set(Draft::default());
                errors.set(vec![]);
                status.set(added_msg.clone());
            }
            Err(es) => {
                let first = es.first().map(|e| e.field);
                errors.set(es);
                status.set(fix_msg.clone());
                if let Some(f) = first {
                    if let Some(el) = document().get_element_by_id(&format!("mx-{}", f.id())) {
                        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                            let _ = h.focus();
                        }
                    }
                }
            }
        }
    };

    let export_csv = move |_| {
        let _ = download("ruta-follow-up-matrix.csv", "text/csv;charset=utf-8", &matrix::to_csv(&entries.get_untracked()));
    };
    let export_json = move |_| {
        let _ = download("ruta-follow-up-matrix.json", "application/json", &matrix::to_json(&entries.get_untracked()));
    };
    let on_import = move |ev: leptos::ev::Event| {
        let Some(target) = ev.target() else { return };
        let input: JsValue = target.into();
        leptos::task::spawn_local(async move {
            let files = read_files(input.clone()).await;
            let _ = js_sys::Reflect::set(&input, &"value".into(), &"".into());
            let r = matrix::import(&entries.get_untracked(), &files);
            entries.set(r.entries);
            status.set(tr_args(lang, msg::MATRIX_IMPORTED, &[("added", Arg::Num(r.added as i64)), ("files", Arg::Num(r.files_read.len() as i64))]));
            import_errors.set(r.errors.iter().map(|e| import_error_line(lang, e)).collect());
        });
    };

    let list = move || {
        let v = entries.get();
        if v.is_empty() {
            return view! { <p class="fine">{tr(lang, msg::MATRIX_NONE)}</p> }.into_any();
        }
        let items = v
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let meta = format!(
                    "{} · {} · {} · {}",
                    tr(lang, &format!("country-{}", e.country)),
                    tr(lang, &e.area.message()),
                    tr(lang, &format!("matrix-kind-{}", e.kind.id())),
                    e.date
                );
                view! {
                    <li class="entry">
                        <strong>{e.title.clone()}</strong>
                        <span class="fine">{meta}</span>
                        <span class="fine">{e.institution.clone()}</span>
                        <button type="button" class="secondary" on:click=move |_| entries.update(|v| { if i < v.len() { v.remove(i); } })>{tr(lang, msg::MATRIX_REMOVE)}</button>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="entries">{items}</ol> }.into_any()
    };

    let summary = move || {
        let v = entries.get();
        (!v.is_empty()).then(|| {
            let s = matrix::summary(&v);
            let areas = matrix::areas();
            let by_area = s
                .countries
                .iter()
                .map(|c| {
                    let cells = areas.iter().filter(|a| s.area_count(c, **a) > 0).map(|a| format!("{} ({})", a.id, s.area_count(c, *a))).collect::<Vec<_>>().join(", ");
                    view! { <li data-country=*c><strong>{tr(lang, &format!("country-{c}"))}</strong> ": " {cells}</li> }
                })
                .collect_view();
            let by_kind = s
                .countries
                .iter()
                .map(|c| {
                    let cells = EntryKind::ALL
                        .iter()
                        .filter(|k| s.kind_count(c, **k) > 0)
                        .map(|k| format!("{} ({})", tr(lang, &format!("matrix-kind-{}", k.id())), s.kind_count(c, *k)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! { <li data-country=*c><strong>{tr(lang, &format!("country-{c}"))}</strong> ": " {cells}</li> }
                })
                .collect_view();
            let empty = s.empty_areas.iter().map(|a| view! { <li data-area=a.id>{format!("{} — {}", a.id, tr(lang, &a.message()))}</li> }).collect_view();
            view! {
                <section class="matrix-summary" aria-labelledby="mx-sum-h">
                    <h2 id="mx-sum-h">{tr(lang, msg::MATRIX_SUMMARY)}</h2>
                    <h3>{tr(lang, msg::MATRIX_BY_AREA)}</h3>
                    <ul class="by-area">{by_area}</ul>
                    <h3>{tr(lang, msg::MATRIX_BY_KIND)}</h3>
                    <ul class="by-kind">{by_kind}</ul>
                    <h3>{tr(lang, msg::MATRIX_EMPTY_AREAS)}</h3>
                    <ul class="empty-areas">{empty}</ul>
                </section>
            }
        })
    };

    let text_field = move |f: Field, multiline: bool| {
        let id = format!("mx-{}", f.id());
        let described = err_id(f);
        let input = if multiline {
            view! { <textarea id=id.clone() rows="4" aria-describedby=described.clone() aria-invalid=invalid(f) prop:value=value(f) on:input=set(f)></textarea> }.into_any()
        } else {
            view! { <input id=id.clone() type="text" aria-describedby=described.clone() aria-invalid=invalid(f) prop:value=value(f) on:input=set(f)/> }.into_any()
        };
        view! { <div class="field"><label for=id>{label(f)}</label>{input}{err_view(f)}</div> }
    };
    let select_field = move |f: Field, options: AnyView| {
        let id = format!("mx-{}", f.id());
        view! {
            <div class="field">
                <label for=id.clone()>{label(f)}</label>
                <select id=id aria-describedby=err_id(f) aria-invalid=invalid(f) prop:value=value(f) on:change=set(f)>
                    <option value="">{choose.clone()}</option>
                    {options}
                </select>
                {err_view(f)}
            </div>
        }
    };

    view! {
        <h1>{ctx.t(msg::MATRIX_TITLE)}</h1>
        <p class="lead">{ctx.t(msg::MATRIX_INTRO)}</p>
        <form class="matrix-form" novalidate on:submit=add>
            {select_field(Field::Country, countries.into_any())}
            {select_field(Field::Area, area_groups.into_any())}
            {select_field(Field::Kind, kinds.into_any())}
            {text_field(Field::Title, false)}
            {text_field(Field::Description, true)}
            {text_field(Field::Date, false)}
            {text_field(Field::Institution, false)}
            {text_field(Field::Link, false)}
            <button type="submit" class="primary">{ctx.t(msg::MATRIX_ADD)}</button>
        </form>
        <p class="matrix-status" role="status">{move || status.get()}</p>
        <div class="import-errors" role="alert">
            {move || {
                let es = import_errors.get();
                (!es.is_empty()).then(|| view! {
                    <p>{tr(lang, msg::MATRIX_IMPORT_FAILED)}</p>
                    <ul>{es.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                })
            }}
        </div>
        <section class="matrix-list" aria-labelledby="mx-list-h">
            <h2 id="mx-list-h">{move || tr_args(lang, msg::MATRIX_ENTRIES, &[("count", Arg::Num(entries.with(|v| v.len()) as i64))])}</h2>
            {list}
            <div class="matrix-io">
                <button type="button" class="secondary export-csv" on:click=export_csv>{ctx.t(msg::MATRIX_EXPORT_CSV)}</button>
                <button type="button" class="secondary export-json" on:click=export_json>{ctx.t(msg::MATRIX_EXPORT_JSON)}</button>
                <label for="mx-import">{ctx.t(msg::MATRIX_IMPORT)}</label>
                <input id="mx-import" type="file" multiple accept=".csv,.json,text/csv,application/json" on:change=on_import/>
            </div>
        </section>
        {summary}
    }
}
