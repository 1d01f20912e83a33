//! Photos found in a report: the names they are saved under in a bundle.

/// `photo-<n>` with the extension of the part it comes from
/// (`media/image1.png`, `Pictures/10000000.jpg`), lower-case; none if it has
/// an odd one.
pub fn name(n: usize, part: &str) -> String {
    let ext = part
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .filter(|e| {
            matches!(
                e.as_str(),
                "png" | "jpg" | "jpeg" | "gif" | "webp" | "bmp" | "emf" | "wmf"
            )
        })
        .unwrap_or_else(|| "bin".to_string());
    format!("photo-{n}.{ext}")
}
