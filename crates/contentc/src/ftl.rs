//! Fluent files are parsed here, at build time, with the reference parser (`fluent-syntax`), and
//! reduced to the small subset the app needs: text, `{ $variables }`, references to other
//! messages/terms and `{ $n -> [one] … *[other] … }` selectors (plural categories or exact keys).
//! Anything else (functions, attributes) is reported as an error rather than silently dropped.

use crate::{line_of, Diag};
use fluent_syntax::ast;
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Elem {
    Text(String),
    Var(String),
    /// A reference to another message (`msg`) or a term (`-term`).
    Ref(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Elem>)>,
        default: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub elems: Vec<Elem>,
}

impl Message {
    /// Every message/term this one refers to, recursively through selectors.
    pub fn refs(&self) -> Vec<&str> {
        fn walk<'a>(es: &'a [Elem], out: &mut Vec<&'a str>) {
            for e in es {
                match e {
                    Elem::Ref(r) => out.push(r),
                    Elem::Select { variants, .. } => variants.iter().for_each(|(_, v)| walk(v, out)),
                    _ => {}
                }
            }
        }
        let mut out = vec![];
        walk(&self.elems, &mut out);
        out
    }
}

/// Parse one `.ftl` file into (id, message, line) triples. Terms keep their leading `-`.
pub fn parse_file(path: &Path, src: &str, diags: &mut Vec<Diag>) -> Vec<(String, Message, usize)> {
    let res = match fluent_syntax::parser::parse(src) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                diags.push(Diag {
                    file: path.into(),
                    line: line_of(src, e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
                    entry: String::new(),
                    message: format!("Fluent syntax error: {}", e.kind),
                });
            }
            r
        }
    };
    let mut out = vec![];
    for entry in res.body {
        let (id, value, attrs) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let line = find_line(src, &id);
        let mut err = |message: String| {
            diags.push(Diag { file: path.into(), line, entry: format!("message \"{id}\""), message })
        };
        if !attrs.is_empty() {
            err("attributes (.name = …) are not supported; use a separate message".into());
        }
        let Some(value) = value else {
            err("has no text".into());
            continue;
        };
        match compile_pattern(&value) {
            Ok(elems) => out.push((id, Message { elems }, line)),
            Err(e) => err(e),
        }
    }
    out
}

fn find_line(src: &str, id: &str) -> usize {
    let mut pos = 0;
    for l in src.split_inclusive('\n') {
        let t = l.trim_start();
        if t.starts_with(id) && t[id.len()..].trim_start().starts_with('=') {
            return line_of(src, pos);
        }
        pos += l.len();
    }
    0
}

fn compile_pattern(p: &ast::Pattern<&str>) -> Result<Vec<Elem>, String> {
    let mut out = vec![];
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression } => compile_expr(expression, &mut out)?,
        }
    }
    Ok(out)
}

fn push_text(out: &mut Vec<Elem>, s: &str) {
    if let Some(Elem::Text(t)) = out.last_mut() {
        t.push_str(s);
    } else {
        out.push(Elem::Text(s.to_string()));
    }
}

fn compile_expr(e: &ast::Expression<&str>, out: &mut Vec<Elem>) -> Result<(), String> {
    match e {
        ast::Expression::Inline(i) => compile_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a selector must choose on a $variable".into());
            };
            let mut vs = vec![];
            let mut default = 0;
            for (i, v) in variants.iter().enumerate() {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                if v.default {
                    default = i;
                }
                vs.push((key, compile_pattern(&v.value)?));
            }
            out.push(Elem::Select { var: id.name.to_string(), variants: vs, default });
            Ok(())
        }
    }
}

fn compile_inline(i: &ast::InlineExpression<&str>, out: &mut Vec<Elem>) -> Result<(), String> {
    match i {
        ast::InlineExpression::StringLiteral { value } => push_text(out, &unescape(value)),
        ast::InlineExpression::NumberLiteral { value } => push_text(out, value),
        ast::InlineExpression::VariableReference { id } => out.push(Elem::Var(id.name.to_string())),
        ast::InlineExpression::MessageReference { id, attribute: None } => {
            out.push(Elem::Ref(id.name.to_string()))
        }
        ast::InlineExpression::TermReference { id, attribute: None, arguments: None } => {
            out.push(Elem::Ref(format!("-{}", id.name)))
        }
        ast::InlineExpression::Placeable { expression } => compile_expr(expression, out)?,
        ast::InlineExpression::FunctionReference { id, .. } => {
            return Err(format!("function {}() is not supported", id.name))
        }
        _ => return Err("attribute references and parametrized terms are not supported".into()),
    }
    Ok(())
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('u') => {
                let hex: String = it.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = it.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(o) => out.push(o),
            None => {}
        }
    }
    out
}
