//! A stable hash for names that must not change between builds: the
//! copies of a photo, the version of the search index.

/// FNV-1a, 64 bits: stable across builds, platforms and Rust versions,
/// unlike `DefaultHasher`. Not for anything an attacker controls the
/// collisions of; a changed name only means a re-download.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_more(0xcbf2_9ce4_8422_2325, bytes)
}

/// Continues a hash made by [`fnv1a`] with more bytes.
pub fn fnv1a_more(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// [`fnv1a`] as a `Hasher`, for maps of many short keys (the search
/// index's words), where it is several times faster than the default
/// SipHash. Keys are the site's own text, not an attacker's.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(fnv1a(b""))
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a_more(self.0, bytes);
    }
}

/// A `HashMap` hashed with [`Fnv`].
pub type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_more(fnv1a(b"a"), b"b"), fnv1a(b"ab"));
    }
}
