//! The XML of DOCX and ODT as a flat stream of opening tags, closing tags
//! and text, read by quick-xml. Entities and character references come
//! resolved.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// An opening tag: its local name (`p` for `w:p` and `text:p`) and
/// attributes by their qualified names.
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    attrs: Vec<(String, String)>,
}

impl Tag {
    pub fn attr(&self, qname: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == qname)
            .map(|(_, v)| v.as_str())
    }

    /// A whole-number attribute, if it is one.
    pub fn number(&self, qname: &str) -> Option<usize> {
        self.attr(qname)?.trim().parse().ok()
    }
}

pub enum Node<'a> {
    Open(&'a Tag),
    /// The local name of the element that closes (also right after the
    /// `Open` of an empty element).
    Close(&'a str),
    Text(&'a str),
}

/// Calls `f` with each node of `xml`; the error says what is malformed.
pub fn walk(xml: &str, mut f: impl FnMut(Node)) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => f(Node::Open(&tag(&e)?)),
            Event::Empty(e) => {
                let t = tag(&e)?;
                f(Node::Open(&t));
                f(Node::Close(&t.name));
            }
            Event::End(e) => {
                let name = e.local_name().as_ref().to_string();
                f(Node::Close(&name));
            }
            Event::Text(t) => f(Node::Text(&t.xml10_content())),
            Event::CData(t) => f(Node::Text(&t.xml10_content())),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&r)
                        .unwrap_or_default()
                        .to_string(),
                };
                f(Node::Text(&resolved));
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

fn tag(e: &BytesStart) -> Result<Tag, String> {
    let name = e.local_name().as_ref().to_string();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|e| e.to_string())?;
        let key = a.key.as_ref().to_string();
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| e.to_string())?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Tag { name, attrs })
}
