//! Templates partly rendered once per build: whatever a template prints
//! from the site alone is the same on every page, so it is worked out
//! before the first page and kept as text.
//!
//! A page's context is the base context (site settings, language, root,
//! years, menu, taxonomies: the same for every page) plus the page's own
//! keys, which never shadow base keys (see `scratch`). So an expression
//! that reads only base keys, literals, and pure functions and filters has
//! the same value on every page. In the default theme that is most of
//! `base.html` (the header's titles, the low-vision panel, the footer)
//! and every `t(key=…)`: 13 % of a 10 000-event build's CPU went to
//! printing them again for each page.
//!
//! Folding works on Tera's parsed templates (`Template::ast` and the block
//! bodies pages render from, `blocks_definitions`), which Tera exposes but
//! does not document. Every folded piece is rendered by Tera itself, in a
//! template made of just that piece, so escaping, filters and whitespace
//! stay Tera's; a piece whose rendering fails is left as it was, and the
//! page that needs it reports the error as before.

use std::collections::{HashMap, HashSet};

use tera::ast::{Expr, ExprVal, Node};
use tera::{Context, Template, Tera};

/// Functions whose result depends on their arguments alone. Anything else
/// (`now`, `get_random`, `card`, a theme's own) is left for each page.
const PURE_FUNCTIONS: [&str; 3] = ["t", "count", "range"];

/// The name the pieces are rendered under.
const PIECE: &str = "__letopis_fold__";

/// Folds every template of `tera`: the parts that read only `base`'s keys
/// become text.
pub fn fold(tera: &mut Tera, base: &Context) {
    let base_keys: Vec<String> = match base.clone().into_json() {
        tera::Value::Object(map) => map.into_iter().map(|(k, _)| k).collect(),
        _ => Vec::new(),
    };
    let constants = constant_names(tera, &base_keys);
    let names: Vec<String> = tera.templates.keys().cloned().collect();
    // Included templates fold first, so an include of one that became
    // all text becomes text too; two rounds cover partials that include
    // partials, a third is rarely needed.
    for _ in 0..3 {
        for name in &names {
            let Some(mut tpl) = tera.templates.remove(name) else {
                continue;
            };
            let mut folder = Folder {
                tera,
                base,
                constants: &constants,
                macros: &tpl.macros,
            };
            let ast = std::mem::take(&mut tpl.ast);
            let ast = folder.nodes(ast);
            let mut defs = std::mem::take(&mut tpl.blocks_definitions);
            for chain in defs.values_mut() {
                for (_, block) in chain.iter_mut() {
                    block.body = folder.nodes(std::mem::take(&mut block.body));
                }
            }
            let mut blocks = std::mem::take(&mut tpl.blocks);
            for block in blocks.values_mut() {
                block.body = folder.nodes(std::mem::take(&mut block.body));
            }
            tpl.ast = ast;
            tpl.blocks_definitions = defs;
            tpl.blocks = blocks;
            tera.templates.insert(name.clone(), tpl);
        }
    }
}

/// The base keys no template ever rebinds: a loop variable, a `set` or a
/// macro argument of the same name would mean a different value in some
/// places (an included template sees its includer's loop variables).
fn constant_names(tera: &Tera, base_keys: &[String]) -> HashSet<String> {
    let mut bound = HashSet::new();
    for tpl in tera.templates.values() {
        bound_names(&tpl.ast, &mut bound);
        for m in tpl.macros.values() {
            bound.extend(m.args.keys().cloned());
            bound_names(&m.body, &mut bound);
        }
    }
    base_keys
        .iter()
        .filter(|k| !bound.contains(*k))
        .cloned()
        .collect()
}

fn bound_names(nodes: &[Node], out: &mut HashSet<String>) {
    for node in nodes {
        match node {
            Node::Set(_, set) => {
                out.insert(set.key.clone());
            }
            Node::Forloop(_, fl, _) => {
                out.extend(fl.key.iter().cloned());
                out.insert(fl.value.clone());
                bound_names(&fl.body, out);
                bound_names(fl.empty_body.as_deref().unwrap_or_default(), out);
            }
            Node::If(i, _) => {
                for (_, _, body) in &i.conditions {
                    bound_names(body, out);
                }
                if let Some((_, body)) = &i.otherwise {
                    bound_names(body, out);
                }
            }
            Node::Block(_, b, _) => bound_names(&b.body, out),
            Node::FilterSection(_, f, _) => bound_names(&f.body, out),
            Node::MacroDefinition(_, m, _) => {
                out.extend(m.args.keys().cloned());
                bound_names(&m.body, out);
            }
            _ => {}
        }
    }
}

struct Folder<'a> {
    tera: &'a mut Tera,
    base: &'a Context,
    constants: &'a HashSet<String>,
    macros: &'a HashMap<String, tera::ast::MacroDefinition>,
}

impl Folder<'_> {
    /// `nodes` with every constant piece rendered.
    fn nodes(&mut self, nodes: Vec<Node>) -> Vec<Node> {
        let mut out: Vec<Node> = Vec::with_capacity(nodes.len());
        for node in nodes {
            let folded = self.node(node);
            for n in folded {
                match (out.last_mut(), n) {
                    (Some(Node::Text(prev)), Node::Text(t)) => prev.push_str(&t),
                    (_, n) => out.push(n),
                }
            }
        }
        out
    }

    fn node(&mut self, node: Node) -> Vec<Node> {
        if !matches!(node, Node::Text(_)) && self.constant(&node, &mut Vec::new(), false) {
            if let Some(text) = self.render(node.clone()) {
                return vec![Node::Text(text)];
            }
            return vec![node];
        }
        match node {
            Node::If(mut i, ws) => {
                for (_, _, body) in i.conditions.iter_mut() {
                    *body = self.nodes(std::mem::take(body));
                }
                if let Some((_, body)) = i.otherwise.as_mut() {
                    *body = self.nodes(std::mem::take(body));
                }
                self.settle_if(i, ws)
            }
            Node::Forloop(ws, mut fl, ws2) => {
                fl.body = self.nodes(std::mem::take(&mut fl.body));
                fl.empty_body = fl.empty_body.take().map(|b| self.nodes(b));
                vec![Node::Forloop(ws, fl, ws2)]
            }
            Node::Block(ws, mut b, ws2) => {
                b.body = self.nodes(std::mem::take(&mut b.body));
                vec![Node::Block(ws, b, ws2)]
            }
            Node::FilterSection(ws, mut f, ws2) => {
                f.body = self.nodes(std::mem::take(&mut f.body));
                vec![Node::FilterSection(ws, f, ws2)]
            }
            other => vec![other],
        }
    }

    /// An `if` whose leading conditions are constant: the branch they
    /// choose, or the `if` without the branches they rule out.
    fn settle_if(&mut self, mut i: tera::ast::If, ws: tera::ast::WS) -> Vec<Node> {
        while let Some((_, cond, _)) = i.conditions.first() {
            if !self.constant_expr(cond, &[]) {
                break;
            }
            match self.truth(cond.clone()) {
                Some(true) => return i.conditions.swap_remove(0).2,
                Some(false) => {
                    i.conditions.remove(0);
                }
                None => break,
            }
        }
        if i.conditions.is_empty() {
            return i.otherwise.map(|(_, body)| body).unwrap_or_default();
        }
        vec![Node::If(i, ws)]
    }

    /// Whether `cond` holds, as Tera's `if` sees it.
    fn truth(&mut self, cond: Expr) -> Option<bool> {
        let probe = Node::If(
            tera::ast::If {
                conditions: vec![(Default::default(), cond, vec![Node::Text("1".into())])],
                otherwise: None,
            },
            Default::default(),
        );
        self.render(probe).map(|s| s == "1")
    }

    /// `node` rendered on its own with the base context.
    fn render(&mut self, node: Node) -> Option<String> {
        let mut piece = Template::new(PIECE, None, "").ok()?;
        piece.ast = vec![node];
        piece.macros = self.macros.clone();
        self.tera.templates.insert(PIECE.to_string(), piece);
        let html = self.tera.render(PIECE, self.base).ok();
        self.tera.templates.remove(PIECE);
        html
    }

    /// Whether `node` prints the same on every page. `bound` holds the
    /// loop variables of enclosing loops inside the piece.
    fn constant(&self, node: &Node, bound: &mut Vec<String>, in_loop: bool) -> bool {
        match node {
            Node::Text(_) | Node::Comment(..) | Node::Raw(..) => true,
            Node::VariableBlock(_, e) => self.constant_expr(e, bound),
            Node::If(i, _) => {
                i.conditions.iter().all(|(_, c, body)| {
                    self.constant_expr(c, bound) && self.all_constant(body, bound, in_loop)
                }) && i
                    .otherwise
                    .as_ref()
                    .is_none_or(|(_, body)| self.all_constant(body, bound, in_loop))
            }
            Node::Forloop(_, fl, _) => {
                if !self.constant_expr(&fl.container, bound) {
                    return false;
                }
                let depth = bound.len();
                bound.extend(fl.key.iter().cloned());
                bound.push(fl.value.clone());
                bound.push("loop".into());
                let ok = self.all_constant(&fl.body, bound, true)
                    && fl
                        .empty_body
                        .as_ref()
                        .is_none_or(|b| self.all_constant(b, bound, true));
                bound.truncate(depth);
                ok
            }
            Node::FilterSection(_, f, _) => {
                f.filter.args.values().all(|a| self.constant_expr(a, bound))
                    && self.all_constant(&f.body, bound, in_loop)
            }
            Node::Include(_, names, _) => names.first().is_some_and(|name| {
                self.tera.templates.get(name).is_some_and(|t| {
                    t.macros.is_empty()
                        && t.imported_macro_files.is_empty()
                        && t.ast.iter().all(|n| matches!(n, Node::Text(_)))
                })
            }),
            Node::Break(_) | Node::Continue(_) => in_loop,
            _ => false,
        }
    }

    fn all_constant(&self, nodes: &[Node], bound: &mut Vec<String>, in_loop: bool) -> bool {
        nodes.iter().all(|n| self.constant(n, bound, in_loop))
    }

    fn constant_expr(&self, e: &Expr, bound: &[String]) -> bool {
        e.filters
            .iter()
            .all(|f| f.args.values().all(|a| self.constant_expr(a, bound)))
            && self.constant_val(&e.val, bound)
    }

    fn constant_val(&self, v: &ExprVal, bound: &[String]) -> bool {
        match v {
            ExprVal::String(_) | ExprVal::Int(_) | ExprVal::Float(_) | ExprVal::Bool(_) => true,
            ExprVal::Ident(name) => self.constant_ident(name, bound),
            ExprVal::Math(m) => {
                self.constant_expr(&m.lhs, bound) && self.constant_expr(&m.rhs, bound)
            }
            ExprVal::Logic(l) => {
                self.constant_expr(&l.lhs, bound) && self.constant_expr(&l.rhs, bound)
            }
            ExprVal::In(i) => {
                self.constant_expr(&i.lhs, bound) && self.constant_expr(&i.rhs, bound)
            }
            ExprVal::Test(t) => {
                self.constant_ident(&t.ident, bound)
                    && t.args.iter().all(|a| self.constant_expr(a, bound))
            }
            ExprVal::FunctionCall(f) => {
                PURE_FUNCTIONS.contains(&f.name.as_str())
                    && f.args.values().all(|a| self.constant_expr(a, bound))
            }
            ExprVal::Array(items) => items.iter().all(|a| self.constant_expr(a, bound)),
            ExprVal::StringConcat(c) => c.values.iter().all(|v| self.constant_val(v, bound)),
            ExprVal::MacroCall(_) => false,
        }
    }

    /// `site.organisation.name`, `years[0].url`, `y.url` (in a loop over
    /// `years` inside the piece): its root is a constant name or a loop
    /// variable of the piece, and any subscript is a literal or constant.
    fn constant_ident(&self, name: &str, bound: &[String]) -> bool {
        let root_end = name.find(['.', '[']).unwrap_or(name.len());
        let root = &name[..root_end];
        if !(self.constants.contains(root) || bound.iter().any(|b| b == root)) {
            return false;
        }
        let mut rest = &name[root_end..];
        while let Some(open) = rest.find('[') {
            let Some(close) = rest[open..].find(']') else {
                return false;
            };
            let inner = rest[open + 1..open + close].trim();
            let literal = inner.starts_with(['"', '\'', '`'])
                || (!inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()));
            if !literal && !self.constant_ident(inner, bound) {
                return false;
            }
            rest = &rest[open + close + 1..];
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The templates, compiled twice: as they are and folded for `base`.
    fn both(sources: &[(&str, &str)], base: &Context) -> (Tera, Tera) {
        let make = || {
            let mut tera = Tera::default();
            tera.autoescape_on(vec![""]);
            tera.set_escape_fn(crate::escape::escape);
            tera.add_raw_templates(sources.to_vec()).unwrap();
            tera.register_function("t", |args: &HashMap<String, tera::Value>| {
                match args.get("key").and_then(tera::Value::as_str) {
                    Some("known") => Ok("Главная".into()),
                    _ => Err(tera::Error::msg("unknown key")),
                }
            });
            tera.register_function("dynamic", |_: &HashMap<String, tera::Value>| {
                Ok("changes".into())
            });
            tera
        };
        let mut folded = make();
        fold(&mut folded, base);
        (make(), folded)
    }

    fn base() -> Context {
        let mut base = Context::new();
        base.insert(
            "site",
            &serde_json::json!({"title": "Летопись <ЦБС>", "org": {"name": ""}}),
        );
        base.insert("years", &[2024, 2023]);
        base.insert("root", "/");
        base
    }

    /// Renders every template of both with each page's keys added to the
    /// base: same text, or both an error.
    fn same_pages(sources: &[(&str, &str)], pages: &[serde_json::Value]) -> Tera {
        let base = base();
        let (plain, folded) = both(sources, &base);
        for (name, _) in sources {
            for page in pages {
                let mut ctx = base.clone();
                ctx.extend(Context::from_value(page.clone()).unwrap());
                let a = plain.render(name, &ctx).map_err(|e| format!("{e:?}"));
                let b = folded.render(name, &ctx).map_err(|e| format!("{e:?}"));
                assert_eq!(a.is_ok(), b.is_ok(), "{name} with {page}: {a:?} / {b:?}");
                if let (Ok(a), Ok(b)) = (a, b) {
                    assert_eq!(a, b, "{name} with {page}");
                }
            }
        }
        folded
    }

    fn texts(tera: &Tera, name: &str) -> Vec<String> {
        tera.templates[name]
            .ast
            .iter()
            .filter_map(|n| match n {
                Node::Text(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn site_values_become_text_and_page_values_stay() {
        let folded = same_pages(
            &[(
                "page",
                "<title>{{ page.title }} — {{ site.title }}</title>\
                 {% for y in years %}<a href=\"{{ root }}{{ y }}/\">{{ y }}</a>{% if not loop.last %}, {% endif %}{% endfor %}\
                 {{ t(key=\"known\") | upper }}{% if site.org.name %}{{ site.org.name }}{% else %}—{% endif %}",
            )],
            &[serde_json::json!({"page": {"title": "Квиз"}})],
        );
        let ast = &folded.templates["page"].ast;
        assert_eq!(ast.len(), 3, "text, the page title, text: {ast:?}");
        assert_eq!(
            texts(&folded, "page")[1],
            " — Летопись &lt;ЦБС&gt;</title><a href=\"/2024/\">2024</a>, \
             <a href=\"/2023/\">2023</a>ГЛАВНАЯ—"
        );
    }

    #[test]
    fn conditions_on_the_site_choose_their_branch_and_page_conditions_stay() {
        same_pages(
            &[(
                "p",
                "{% if site.missing %}A{% elif page.x %}B{{ site.title }}{% elif root %}C{% else %}D{% endif %}\
                 {% if root == '/' %}E{% endif %}{% if page.x or root %}F{% endif %}",
            )],
            &[serde_json::json!({"page": {"x": 1}}), serde_json::json!({"page": {"x": 0}})],
        );
    }

    #[test]
    fn a_base_key_bound_anywhere_is_never_folded() {
        // An included template sees its includer's loop variables, so a
        // loop over `site` in one template makes `site` page-dependent in
        // all of them.
        let folded = same_pages(
            &[
                (
                    "list",
                    "{% for site in page.sites %}{% include \"part\" %}{% endfor %}",
                ),
                ("part", "[{{ site.title }}]"),
                ("set", "{% set root = page.root %}{{ root }}"),
            ],
            &[
                serde_json::json!({"page": {"sites": [{"title": "А"}, {"title": "Б"}], "root": "/x/"}}),
            ],
        );
        assert!(texts(&folded, "part")
            .iter()
            .all(|t| !t.contains("Летопись")));
    }

    #[test]
    fn constant_includes_and_blocks_fold_and_overrides_still_apply() {
        let folded = same_pages(
            &[
                ("base", "<h1>{{ site.title }}</h1>{% include \"footer\" %}{% block main %}{{ site.title }}{% endblock main %}"),
                ("footer", "<footer>{{ t(key=\"known\") }}</footer>"),
                ("child", "{% extends \"base\" %}{% block main %}{{ super() }}|{{ page.body }}|{{ root }}{% endblock main %}"),
                ("plain", "{% extends \"base\" %}"),
            ],
            &[serde_json::json!({"page": {"body": "текст"}})],
        );
        assert_eq!(texts(&folded, "footer"), ["<footer>Главная</footer>"]);
        assert!(texts(&folded, "base")[0].contains("<footer>Главная</footer>"));
    }

    #[test]
    fn impure_functions_errors_and_macros_are_left_to_each_page() {
        let folded = same_pages(
            &[
                ("a", "{{ dynamic() }}{{ t(key=\"nope\") }}"),
                ("b", "{% import \"m\" as m %}{{ m::hi(who=site.title) }}"),
                ("m", "{% macro hi(who) %}Привет, {{ who }}{% endmacro hi %}"),
            ],
            &[serde_json::json!({})],
        );
        assert!(texts(&folded, "a").is_empty());
    }
}
