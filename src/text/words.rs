//! Where words start: the positions every recognizer asks at.

use super::{is_boundary, Script};

/// Every word start of `text`, with its first character: a letter or digit after a space,
/// punctuation or a change of script (see [`is_boundary`]). Runs of Hangul syllables, most of
/// Korean text, are stepped over three bytes at a time without decoding.
pub(crate) fn word_starts(text: &str) -> WordStarts<'_> {
    WordStarts {
        text,
        pos: 0,
        prev: Script::Space,
    }
}

/// The iterator of [`word_starts`]: a named type whose `next` may be inlined into each stage
/// that walks word starts (a closure's body would stay in this module's code unit).
pub(crate) struct WordStarts<'a> {
    text: &'a str,
    pos: usize,
    prev: Script,
}

impl Iterator for WordStarts<'_> {
    type Item = (usize, char);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, char)> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            if self.prev == Script::Hangul {
                self.pos = bytes.len() - skip_syllables(&bytes[self.pos..]).len();
                if self.pos >= bytes.len() {
                    break;
                }
            }
            let (c, script) = char_and_script(self.text, self.pos);
            let here = self.pos;
            self.pos += c.len_utf8();
            let starts = is_boundary(self.prev, script) && script.is_word();
            self.prev = script;
            if starts {
                return Some((here, c));
            }
        }
        None
    }
}

/// `b` past its leading hangul syllables. Their UTF-8 form runs from `EA B0 80` to
/// `ED 9E A3`, so the first two bytes decide but at the very end of the range; the loop runs
/// on slices, so it carries no index arithmetic.
#[inline(always)]
pub(crate) fn skip_syllables(mut b: &[u8]) -> &[u8] {
    while let [b0, b1, b2, rest @ ..] = b {
        let head = u16::from_be_bytes([*b0, *b1]);
        if !((0xEAB0..0xED9E).contains(&head) || (head == 0xED9E && *b2 <= 0xA3)) {
            break;
        }
        b = rest;
    }
    b
}

/// The character at byte `i` of `text` (a char boundary) and its script, decoding Hangul
/// syllables and ASCII without the general `char` machinery.
#[inline]
fn char_and_script(text: &str, i: usize) -> (char, Script) {
    let b = text.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        let c = b0 as char;
        return (c, Script::of(c));
    }
    if (0xEA..=0xED).contains(&b0) && i + 2 < b.len() {
        let cp = (u32::from(b0 & 0x0F) << 12)
            | (u32::from(b[i + 1] & 0x3F) << 6)
            | u32::from(b[i + 2] & 0x3F);
        if (0xAC00..=0xD7A3).contains(&cp) {
            if let Some(c) = char::from_u32(cp) {
                return (c, Script::Hangul);
            }
        }
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, Script::of(c))
}
