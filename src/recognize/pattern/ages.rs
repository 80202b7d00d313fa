//! People before an age note: news writes a person's age in parentheses right after the name,
//! alone or with a short note (`앤드루 모리스(43)와`, `타렉 사피에딘(27·벨기에)`, `밥
//! 딜런(75)을`, `미셸 랭(48, 프랑스)`), and a given name alone before an age and an honorific
//! (`민서(51)씨`, `지현(40) 씨`). The age says a person stands there, so a foreign name needs
//! only lean foreign, as beside a title. (A full Korean name before an age is read in
//! [`people`](super::people).)

use super::foreign::{
    is_common_given_name, is_foreign_name, is_foreign_name_in_context, is_single_foreign_name,
    transliteration_score,
};
use super::people::{is_role, HONORIFICS};
use super::scan::Run;
use super::shape::{is_likely_name, is_stop_word};
use super::{covered, person};
use crate::document::{EntityType, Source};
use crate::recognize::Candidate;

/// The oldest age a note gives.
const MAX_AGE: u32 = 110;

/// Does an age note start at byte `open` (a `(`): one to three digits of an age, an optional
/// `세`, then `)`, `·` or `,` (`(43)`, `(27·벨기에)`, `(48, 프랑스)`, `(17세)`)? Returns the
/// byte after the closing `)` when the note closes at once, else the byte after the digits.
fn age_note(text: &str, open: usize) -> Option<(usize, bool)> {
    let r = text[open..].strip_prefix('(')?;
    let digits = r.chars().take_while(char::is_ascii_digit).count();
    if !(1..=3).contains(&digits) || r.starts_with('0') {
        return None;
    }
    let age: u32 = r[..digits].parse().ok()?;
    if age > MAX_AGE {
        return None;
    }
    let after = &r[digits..];
    let after = after.strip_prefix('세').unwrap_or(after);
    let at = text.len() - after.len();
    match after.chars().next()? {
        ')' => Some((at + 1, true)),
        // a note after the age; a digit after the comma is a list of numbers (`(7, 8월)`)
        '·' => Some((at, false)),
        ',' if after[1..].starts_with(' ')
            && !after[2..].starts_with(|c: char| c.is_ascii_digit()) =>
        {
            Some((at, false))
        }
        _ => None,
    }
}

/// Does a note of a person's country open at byte `open` (`로건 피츠(영국)`, `마테오
/// 리나르디(이탈리아)에`, `에밀 바스케스(스페인)를`): `(`, a place of `taken` (in text order),
/// then `)`, `·` or `,`? Sports news writes a foreign player's country so, as it writes an age.
fn country_note(text: &str, open: usize, taken: &[Candidate]) -> bool {
    if !text[open..].starts_with('(') {
        return false;
    }
    let at = open + 1;
    let k = taken.partition_point(|c| c.start < at);
    taken.get(k).is_some_and(|c| {
        c.start == at
            && c.kind == EntityType::Location
            && text[c.end..].starts_with([')', '·', ','])
    })
}

/// Is an honorific (`씨`, `군`, `양`) a word of its own at byte `at`, maybe after a space?
fn honorific_at(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let mut chars = rest.chars();
    chars.next().is_some_and(|h| HONORIFICS[..3].contains(&h))
        && chars
            .next()
            .is_none_or(|c| !('가'..='힣').contains(&c) || "는은이가를을의와과도에".contains(c))
}

/// Words that join one role noun to the next (`방송인 겸 헬스 트레이너`): the words after one
/// are a role, not a name.
const JOINERS: [&str; 2] = ["겸", "및"];

/// The least transliteration score each word of a foreign name of two or three words before
/// an age needs, unless a common given name starts it (`밥 딜런(75)`).
const WORD_FLOOR: f32 = 0.5;

/// Can `words` (two or three) right before an age note be a foreign name? They read foreign by
/// spelling alone, or a common given name starts them and the rest leans foreign (`카를로스
/// 추비야(38)`); each word scores [`WORD_FLOOR`] at least (unless a given name starts them),
/// every word but a one-syllable given name has two syllables or more, and no word reads as a
/// Korean name or a surname and 모 (`톱모델 이현이(31)`, `조타수 오모(58)`): a Korean name
/// before an age is read apart.
fn foreign_before_age(words: &[&str]) -> bool {
    let given = is_common_given_name(words[0]);
    words.iter().enumerate().all(|(k, w)| {
        let n = w.chars().count();
        (n >= 2 || (k == 0 && given))
            && !is_likely_name(w, 0.0)
            && !(n == 2 && w.ends_with('모'))
            && (given || transliteration_score(w) >= WORD_FLOOR)
    }) && (is_foreign_name(words) || (given && is_foreign_name_in_context(words)))
}

/// Does a word start at byte `at`: after a space, an opening bracket or quote, or at the text's
/// start (`교수)와 벵트 …`: the `와` ends a word)?
fn opens_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "([‘“'\"·,".contains(c))
}

/// People right before an age note, among the words `runs` of `text`; `taken` holds every
/// candidate found so far, in text order: a span it covers is left alone, but a person of
/// `out[from..]` found as the name's last word only grows to the whole name.
pub(super) fn people_before_ages(
    text: &str,
    runs: &[Run],
    taken: &[Candidate],
    out: &mut Vec<Candidate>,
    from: usize,
) {
    for (i, run) in runs.iter().enumerate() {
        if !run.hangul || !text[run.end..].starts_with('(') {
            continue;
        }
        let note = age_note(text, run.end);
        let country = note.is_none() && country_note(text, run.end, taken);
        let Some((after, closed)) = note.or(country.then_some((run.end, false))) else {
            continue;
        };
        // the words of the name, back from the one glued to the note: each after one space
        let mut head = i;
        while head > 0
            && i - head < 2
            && runs[head - 1].hangul
            && runs[head - 1].end + 1 == runs[head].start
            && &text[runs[head - 1].end..runs[head].start] == " "
        {
            head -= 1;
        }
        let found = (head..=i).find_map(|s| {
            let words: Vec<&str> = runs[s..=i].iter().map(|r| &text[r.start..r.end]).collect();
            // a role or kin noun first is no word of the name (`컨설턴트 타미코 볼튼(43)`)
            if words.iter().any(|w| is_role(w) || is_stop_word(w)) {
                return None;
            }
            // before a country alone, a name of two or three words whose words no dictionary
            // holds (a club is named by its city: `파리 생제르맹(프랑스)`)
            if country
                && (words.len() == 1 || runs[s..=i].iter().any(|r| covered(taken, r.start, r.end)))
            {
                return None;
            }
            let foreign = if words.len() == 1 {
                is_single_foreign_name(words[0])
            } else {
                opens_word(text, runs[s].start)
                    && !(s > 0 && JOINERS.contains(&&text[runs[s - 1].start..runs[s - 1].end]))
                    && foreign_before_age(&words)
            };
            // a given name alone before the age and an honorific (`민서(51)씨`)
            let given = words.len() == 1
                && closed
                && words[0].chars().count() == 2
                && honorific_at(text, after);
            (foreign || given).then_some((runs[s].start, run.end))
        });
        let Some((s, e)) = found else {
            continue;
        };
        // a person found before as the last word only (`앤드루 [모리스](43)`) is the whole name
        if let Some(c) = out[from..]
            .iter_mut()
            .rev()
            .find(|c| c.kind == EntityType::Person && c.source == Source::Pattern && c.end == e)
        {
            c.start = c.start.min(s);
        } else if !covered(taken, s, e) {
            out.push(person(s, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_notes() {
        let t = "모리스(43)와";
        assert_eq!(
            age_note(t, "모리스".len()),
            Some((t.len() - "와".len(), true))
        );
        assert!(age_note("사피(27·벨기에)", "사피".len()).is_some_and(|(_, c)| !c));
        assert!(age_note("랭(48, 프랑스)", "랭".len()).is_some());
        // a list of numbers, a count, a year: no age
        assert!(age_note("더블헤더(7, 8월)", "더블헤더".len()).is_none());
        assert!(age_note("농장(4,300마리)", "농장".len()).is_none());
        assert!(age_note("발전소(2019)", "발전소".len()).is_none());
        assert!(age_note("발전소(150)", "발전소".len()).is_none());
    }
}
