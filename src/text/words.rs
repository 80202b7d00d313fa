//! Where words start: the positions every recognizer asks at.

use super::{is_boundary, Script};

/// Every word start of `text`, with its first character: a letter or digit after a space,
/// punctuation or a change of script (see [`is_boundary`]). Runs of Hangul syllables, most of
/// Korean text, are stepped over three bytes at a time without decoding.
pub(crate) fn word_starts(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0usize;
    let mut prev = Script::Space;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            if prev == Script::Hangul {
                pos = bytes.len() - skip_syllables(&bytes[pos..]).len();
                if pos >= bytes.len() {
                    break;
                }
            }
            let (c, script) = char_and_script(text, pos);
            let here = pos;
            pos += c.len_utf8();
            let starts = is_boundary(prev, script) && script.is_word();
            prev = script;
            if starts {
                return Some((here, c));
            }
        }
        None
    })
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
