//! A stable hash for names that must not change between builds (the
//! copies of a photo, the version of the search index), and a fast one
//! for maps of words.

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

/// A `Hasher` for maps of many short keys (the search index's words):
/// eight bytes per step, the function rustc's own maps use ("FxHash"),
/// several times faster than the default SipHash and than FNV's byte per
/// step. Keys are the site's own text, not an attacker's. Not stable
/// across versions: never for names that are written out.
#[derive(Clone, Copy, Default)]
pub struct Words(u64);

const SEED: u64 = 0x517c_c1b7_2722_0a95;

impl Words {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl std::hash::Hasher for Words {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
}

/// A `HashMap` hashed with [`Words`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Words>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_more(fnv1a(b"a"), b"b"), fnv1a(b"ab"));
    }

    #[test]
    fn word_maps_tell_keys_apart() {
        let words = ["", "а", "аб", "абвгдеёжз", "абвгдеёжзи", "книга", "книги"];
        let map: WordMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map[w], i);
        }
    }
}
