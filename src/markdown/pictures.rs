//! Photos placed in a text (`![Дети у стенда](IMG_2034.JPG)`): the model
//! finds which of a bundle's photos a body shows and with what alt, and
//! the renderer puts the photo's resized copies where the image was, as
//! the gallery shows them (`srcset`, lazy loading, width and height).

use pulldown_cmark::{Event as MdEvent, Parser, Tag, TagEnd};

/// An image of a text: where it points and its alt text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextImage {
    pub dest: String,
    pub alt: String,
}

/// Every image of `text`, in order.
pub fn images(text: &str) -> Vec<TextImage> {
    let mut found = Vec::new();
    let mut current: Option<TextImage> = None;
    for ev in Parser::new(text) {
        match ev {
            MdEvent::Start(Tag::Image { dest_url, .. }) => {
                current = Some(TextImage {
                    dest: dest_url.to_string(),
                    alt: String::new(),
                });
            }
            MdEvent::Text(t) | MdEvent::Code(t) => {
                if let Some(image) = &mut current {
                    image.alt.push_str(&t);
                }
            }
            MdEvent::End(TagEnd::Image) => found.extend(current.take()),
            _ => {}
        }
    }
    found
}

/// The file name an image's `dest` names in its own bundle folder, if it
/// names one there (`photo.jpg`, `./photo.jpg`), not a path elsewhere or
/// an address.
pub fn bundle_name(dest: &str) -> Option<&str> {
    let name = dest.strip_prefix("./").unwrap_or(dest);
    let name = name.split(['#', '?']).next().unwrap_or(name);
    let local = !name.is_empty() && !name.contains(['/', '\\', ':']);
    local.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_found_with_their_alt() {
        let found = images("Текст ![Дети у *стенда*](IMG_2034.JPG) и ![](./b.png).\n");
        assert_eq!(
            found,
            [
                TextImage {
                    dest: "IMG_2034.JPG".into(),
                    alt: "Дети у стенда".into()
                },
                TextImage {
                    dest: "./b.png".into(),
                    alt: String::new()
                }
            ]
        );
    }

    #[test]
    fn only_names_in_the_bundle_folder_are_bundle_names() {
        assert_eq!(bundle_name("./a.jpg"), Some("a.jpg"));
        assert_eq!(bundle_name("a.jpg#x"), Some("a.jpg"));
        assert_eq!(bundle_name("../other/a.jpg"), None);
        assert_eq!(bundle_name("https://example.org/a.jpg"), None);
        assert_eq!(bundle_name("/static/a.jpg"), None);
    }
}
