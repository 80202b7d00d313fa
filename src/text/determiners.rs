//! `한` written apart before a title: the surname 한 (`한 총리는`), the determiner "a" (`청와대
//! 한 행정관`, `미래한국당의 한 당선인은`) or the adnominal form of 하다, "who did" (`발언을 한
//! 목사`, `…나타냈다고 한 장관은`). Name discovery and coreference both ask which.

/// Is the `한` at byte `at` of `text` the determiner or the verb, by the word before it: a
/// possessive (`…의 한`), an object (`…을 한`, `…를 한`), a quotation (`…다고 한`, `…라고 한`),
/// or an organization or a place (`named_before`: the caller's mentions say whether one ends
/// right before: `청와대 한 행정관`, `경찰 한 관계자`)? A surname follows none of these: it
/// starts its phrase (`이 때문에 한 교수는`, `한 총리는`).
pub(crate) fn han_is_no_surname(text: &str, at: usize, named_before: bool) -> bool {
    let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let word = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    // a particle or an ending needs a word before it (`의`, `을` alone are other words)
    let glued = |ending: &str| word.len() > ending.len() && word.ends_with(ending);
    named_before
        || GROUP_NOUNS.contains(&word)
        || ["의", "을", "를", "다고", "라고", "냐고", "자고"]
            .iter()
            .any(|ending| glued(ending))
}

/// Nouns of a body whose members news names as `X 한 …` ("one of X"): `여당 한 의원`,
/// `검찰 한 간부`. (A name of one is a mention, and the caller's `named_before`.)
const GROUP_NOUNS: [&str; 16] = [
    "여당",
    "야당",
    "여권",
    "야권",
    "정부",
    "당국",
    "검찰",
    "경찰",
    "업계",
    "학계",
    "재계",
    "정치권",
    "현지",
    "구단",
    "대학",
    "병원",
];

#[cfg(test)]
mod tests {
    use super::han_is_no_surname;

    fn at_han(text: &str) -> usize {
        text.find(" 한 ").map_or(0, |i| i + 1)
    }

    #[test]
    fn the_determiner_and_the_verb() {
        for text in [
            "민생당의 한 당선인은 반대했다.",
            "막말을 한 목사에 대해 징계했다.",
            "협력을 약속했다고 한 장관은 설명했다.",
            "회담을 열자고 한 의원이 말했다.",
        ] {
            assert!(han_is_no_surname(text, at_han(text), false), "{text}");
        }
        let text = "경찰청 한 관계자는 말했다.";
        assert!(han_is_no_surname(text, at_han(text), true));
        let text = "여당 한 의원은 말했다.";
        assert!(han_is_no_surname(text, at_han(text), false));
    }

    #[test]
    fn the_surname() {
        for text in [
            "이 때문에 한 교수는 반대했다.",
            "논란이 커지자 한 최고위원은 글을 지웠다.",
        ] {
            assert!(!han_is_no_surname(text, at_han(text), false), "{text}");
        }
        assert!(!han_is_no_surname("한 총리는 말했다.", 0, false));
    }
}
