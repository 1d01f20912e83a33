//! Numbered and bulleted lists into text: «1.», «2.», «а)», «•».

use std::collections::HashMap;

/// One level of a list's numbering.
#[derive(Debug, Clone)]
pub struct Level {
    pub bullet: bool,
    /// Word's `lvlText`: `%1.` is the first level's number and a dot.
    pub text: String,
    pub start: u32,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            bullet: false,
            text: String::new(),
            start: 1,
        }
    }
}

/// The running numbers of each list, by list id and level.
#[derive(Debug, Default)]
pub struct Counters(HashMap<String, Vec<u32>>);

impl Counters {
    /// The marker of the next item of list `id` at `level`: «3.», «1.2.» or «—».
    pub fn next(&mut self, id: &str, level: usize, levels: &[Level]) -> String {
        let level = level.min(8);
        let this = levels.get(level).cloned().unwrap_or_default();
        if this.bullet {
            return "—".to_string();
        }
        let counts = self.0.entry(id.to_string()).or_default();
        counts.resize(level + 1, 0);
        counts[level] = if counts[level] == 0 {
            this.start
        } else {
            counts[level] + 1
        };
        let mut text = if this.text.is_empty() {
            format!("%{}.", level + 1)
        } else {
            this.text.clone()
        };
        for (i, n) in counts.iter().enumerate() {
            text = text.replace(&format!("%{}", i + 1), &n.to_string());
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_count_per_list_and_level() {
        let levels = [
            Level {
                bullet: false,
                text: "%1.".into(),
                start: 1,
            },
            Level {
                bullet: false,
                text: "%1.%2.".into(),
                start: 1,
            },
            Level {
                bullet: true,
                text: "".into(),
                start: 1,
            },
        ];
        let mut c = Counters::default();
        let got: Vec<String> = [0, 0, 1, 1, 0, 2]
            .iter()
            .map(|&l| c.next("5", l, &levels))
            .collect();
        assert_eq!(got, ["1.", "2.", "2.1.", "2.2.", "3.", "—"]);
        assert_eq!(c.next("6", 0, &levels), "1.");
    }
}
