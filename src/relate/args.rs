//! Korean argument structure for the rules: words with their particles and clause ends,
//! mentions with their effective role, apposition chains (`강석훈 한국산업은행 회장은`),
//! coordinated lists (`삼성전자·SK하이닉스 등 … 기업과`), datelines and bylines.

use std::cell::OnceCell;
use std::ops::Range;

use crate::document::EntityType;
use crate::resolve::Resolved;
use crate::text::segment::{guess_particle, hangul_run_at, particle_chain, role_after, Segments};
use crate::text::{Role, Script};

/// One eojeol with what the rules need to know about it.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The sentence the word is in.
    pub(crate) sentence: usize,
    /// The role of the particle ending the word (guessed for plain words, exact after a
    /// mention).
    pub(crate) role: Role,
    /// Where the particle starts (`end` when none).
    pub(crate) stem_end: usize,
    /// The word ends a clause (`…해`, `…했고`, `후`, a comma).
    pub(crate) clause_end: bool,
    /// The first mention that starts in this word.
    pub(crate) mention: Option<usize>,
    /// Some mention overlaps this word.
    pub(crate) has_mention: bool,
}

/// What the rules know about one mention.
#[derive(Debug, Clone)]
pub(crate) struct MentionInfo {
    pub(crate) word: usize,
    pub(crate) sentence: usize,
    /// The role of the particle right after the mention.
    pub(crate) own_role: Role,
    /// The apposition chain it belongs to.
    pub(crate) chain: usize,
    /// Inside a dateline (`[서울=뉴시스]`) or byline (`윤정민 기자 =`): not an argument.
    pub(crate) framing: bool,
    /// A parenthesized restatement (`최고경영자(CEO)`, `66억 달러(약 9조2380억원)`).
    pub(crate) parenthetical: bool,
    /// Inside a note in parentheses after a name (`고영근(高永根, 1852년~1923년)은`): about the
    /// name, so a date there is no date of an event.
    pub(crate) in_name_note: bool,
}

/// Mentions in apposition: `[person] [org] [title]`, `[country] [city]`.
#[derive(Debug, Clone)]
pub(crate) struct Chain {
    pub(crate) members: Vec<usize>,
    /// The mention that stands for the chain (the person; else the last place; else the
    /// organization; else the first member).
    pub(crate) head: usize,
    /// The role of the particle after the chain, or of its list.
    pub(crate) role: Role,
    /// The coordinated list the chain is in.
    pub(crate) list: usize,
    /// The word after the chain.
    pub(crate) next_word: Option<usize>,
}

/// The analysis of one document for the relate stage.
pub(crate) struct Analysis<'a> {
    pub(crate) text: &'a str,
    pub(crate) resolved: &'a Resolved,
    pub(crate) words: Vec<Word>,
    /// Word index range of each sentence.
    pub(crate) sentence_words: Vec<Range<usize>>,
    pub(crate) paragraph_of: &'a [u32],
    pub(crate) mentions: Vec<MentionInfo>,
    pub(crate) chains: Vec<Chain>,
    /// Per sentence: mention index range.
    pub(crate) sentence_mentions: Vec<Range<usize>>,
    /// Per sentence: the news agency of its dateline, if any.
    pub(crate) dateline_org: Vec<Option<usize>>,
    /// Per sentence: it has a double quotation mark (most have none, and skip the search for
    /// a quoted clause).
    pub(crate) quoted_sentence: Vec<bool>,
    /// Per sentence: the last EVENT mention of the sentences before it.
    pub(crate) earlier_event: Vec<Option<usize>>,
    /// Events the report names when it says they were held (`2018년 KBO 리그 시상식이 …
    /// 개최되었다`, `…궐기대회를 열고`): byte spans, in text order. Found on first use: only
    /// an event phrase of one generic noun asks for them.
    held_events: OnceCell<Vec<(usize, usize)>>,
}

/// Quotation marks around a name.
const QUOTES: &[char] = &['\'', '"', '‘', '’', '“', '”', '「', '」', '《', '》'];
/// How long a byline (`홍길동 기자 =`) before its ` =` is at most, in characters.
const BYLINE_CHARS: usize = 24;
/// How many of the events held before a trigger it looks back over.
const HELD_LOOKBACK: usize = 16;
/// Verbs that say an event was held.
const HELD_VERBS: &[&str] = &[
    "열렸",
    "열린다",
    "열리",
    "열고",
    "열었",
    "개최",
    "진행됐",
    "진행되었",
    "진행된다",
    "개막",
    "거행",
    "가졌",
    "갖고",
    "가진다",
    "치렀",
    "치러",
    "치른다",
];
/// What `행사` and `자리` may stand for: a name ending in an event noun (not `입장을 가졌다`).
const EVENT_HEADS: &[&str] = &[
    "식",
    "회",
    "대회",
    "행사",
    "포럼",
    "세미나",
    "콘퍼런스",
    "컨퍼런스",
    "축제",
    "집회",
    "회담",
    "박람회",
    "콘서트",
    "공연",
    "만찬",
    "오찬",
    "조찬",
    "파티",
    "경기",
    "서밋",
    "엑스포",
    "페스티벌",
    "쇼",
    "회견",
    "면담",
    "회동",
    "모임",
    "심포지엄",
    "워크숍",
];
/// Words before a generic event noun that point back to the event stated before.
const DEICTICS: &[&str] = &[
    "이날",
    "이번",
    "이",
    "그",
    "해당",
    "당일",
    "열린",
    "이날의",
    "오늘",
];

/// Adnominal endings of a `…하다` verb and of its passive `…되다`: `개최하는`, `주최한`,
/// `주관했던`, `마련할`, `구성된`, `신설되는`.
const RELATIVE_VERB_ENDINGS: &[&str] = &[
    "하는", "한", "하던", "했던", "할", "된", "되는", "되던", "됐던",
];

/// Whether a word is the adnominal form of a `…하다` verb or of its passive `…되다`
/// (`개최하는`, `주최한`, `마련한`, `구성된`, `신설된`):
/// a verbal noun of two syllables or more before the ending, so that `방한`, `권한`, `제한`
/// (one syllable before `한`) stay nouns.
pub(crate) fn is_relative_verb(word: &str) -> bool {
    RELATIVE_VERB_ENDINGS
        .iter()
        .filter_map(|e| word.strip_suffix(e))
        .any(|stem| stem.chars().count() >= 2 && stem.chars().all(|c| Script::of(c).is_word()))
}

/// How many words a relative clause's object phrase may take between its subject and its
/// relative verb (`B가 이번 투자를 결정한`).
const RELATIVE_OBJECT_WORDS: usize = 3;

/// Nouns after a relative verb that make a time clause, not a noun modified (`…한 뒤`).
const TIME_HEADS: &[&str] = &[
    "뒤",
    "후",
    "이후",
    "직후",
    "다음",
    "때",
    "끝에",
    "이래",
    "가운데",
];

/// The longest note in parentheses (bytes) between a name and its particle.
const NOTE_AFTER_NAME: usize = 64;

/// First-person pronouns: in a quotation they are the speaker.
const FIRST_PERSON: &[&str] = &["저", "제", "나", "내", "우리", "저희", "본인"];

/// Personal pronouns that stand as a clause's own subject (`그가`, `그녀가`).
const SUBJECT_PRONOUNS: &[&str] = &["그", "그녀", "그들", "이들", "자신"];

/// How many words before and after a trigger its arguments are looked for in.
pub(crate) const REACH: usize = 64;

/// Word endings that close a clause: a connective verb form or a postposition of time.
const CLAUSE_ENDINGS: &[&str] = &[
    "하고",
    // `이사회를 열고 …`, `간담회를 갖고 …`, `협약을 맺고 …`: the event verbs of news.
    "열고",
    "열어",
    "갖고",
    "맺고",
    "했고",
    "었고",
    "았고",
    "였고",
    "하며",
    "했으며",
    "으며",
    "면서",
    "지만",
    "는데",
    "해",
    "하여",
    "해서",
    "했는데",
    "했지만",
    "한편",
    "나서",
    "했다",
    "밝혔다",
];
const CLAUSE_WORDS: &[&str] = &[
    "후",
    "뒤",
    "이후",
    "다음",
    "한편",
    "하지만",
    "그러나",
    "또",
    "채",
];
/// Postpositions spelled like a connective `-해` that do not end a clause (`A를 비롯해 B 등이
/// 참석했다` is one clause: `비롯해` lists, it states nothing).
const NOT_CLAUSE_ENDS: &[&str] = &[
    "비롯해",
    "비롯하여",
    "대해",
    "위해",
    "통해",
    "의해",
    "관해",
    "향해",
    "인해",
    "올해",
    "지난해",
    "작년해",
];

/// The last syllables of every clause ending and clause word: a word ending in none of them
/// is no clause end, and most words are turned away by this test alone (a slice of chars,
/// not a `str` searched for each word's char).
const CLAUSE_END_SYLLABLES: [char; 16] = [
    '고', '며', '서', '만', '데', '해', '여', '편', '다', '후', '뒤', '음', '또', '나', '채', '어',
];

impl<'a> Analysis<'a> {
    pub(crate) fn new(text: &'a str, seg: &'a Segments, resolved: &'a Resolved) -> Self {
        let mut words = Vec::with_capacity(seg.eojeols.len());
        let mut sentence_words = vec![0..0; seg.sentences.len()];
        let mut s = 0usize;
        for e in &seg.eojeols {
            while s < seg.sentences.len() && seg.sentences[s].end <= e.start {
                s += 1;
            }
            let sentence = s.min(seg.sentences.len().saturating_sub(1));
            let idx = words.len();
            if sentence < sentence_words.len() {
                let r = &mut sentence_words[sentence];
                if r.start == r.end {
                    *r = idx..idx + 1;
                } else {
                    r.end = idx + 1;
                }
            }
            let w = &text[e.start..e.end];
            let (role, stem_end) = match guess_particle(w) {
                Some(p) => {
                    let trimmed = w.trim_end_matches(|c: char| !Script::of(c).is_word());
                    (p.role, e.start + trimmed.len() - p.len)
                }
                None => (Role::Bare, e.end),
            };
            let bare = w.trim_end_matches(['.', '"', '\'', ')', '…', '?', '!']);
            let may_end = bare
                .chars()
                .next_back()
                .is_some_and(|c| CLAUSE_END_SYLLABLES.contains(&c));
            let clause_end = w.ends_with(',')
                || (may_end
                    && (CLAUSE_WORDS.contains(&bare)
                        || (CLAUSE_ENDINGS.iter().any(|c| bare.ends_with(c))
                            && !NOT_CLAUSE_ENDS.iter().any(|n| bare.ends_with(n)))));
            words.push(Word {
                start: e.start,
                end: e.end,
                sentence,
                role,
                stem_end,
                clause_end,
                mention: None,
                has_mention: false,
            });
        }

        // Mentions: their word, sentence and own particle.
        let ms = &resolved.mentions;
        let mut mentions = Vec::with_capacity(ms.len());
        let mut wi = 0usize;
        for (i, m) in ms.iter().enumerate() {
            while wi + 1 < words.len() && words[wi].end <= m.start {
                wi += 1;
            }
            let word = wi;
            let sentence = words.get(word).map_or(0, |w| w.sentence);
            // Every word the mention covers knows it (`지난 7일` covers `7일` too).
            let mut k = word;
            while k + 1 < words.len() && words[k + 1].start < m.end {
                k += 1;
                words[k].has_mention = true;
                if words[k].mention.is_none() {
                    words[k].mention = Some(i);
                }
            }
            if let Some(w) = words.get_mut(word) {
                w.has_mention = true;
                if w.mention.is_none() {
                    w.mention = Some(i);
                }
                // A word that holds a mention is no clause end because of how the mention
                // is spelled (`올해`, `지난해`), nor because a list goes on after it and a
                // note on it (`김민수(25·서울시청), 이준호(22)로 구성된`).
                if w.clause_end && (m.end + 1 >= w.end || noted_list_item(&text[m.end..w.end])) {
                    w.clause_end = false;
                }
            }
            let (own_role, _) = role_after(text, m.end);
            mentions.push(MentionInfo {
                word,
                sentence,
                own_role,
                chain: usize::MAX,
                framing: false,
                parenthetical: false,
                in_name_note: false,
            });
        }
        // Fix each word's role to the particle after its last mention when it ends there; a
        // mention of several words fixes its last word's (`G20 정상회의 참석차`: `정상회의` is
        // no `정상회` + `의`).
        for (i, m) in ms.iter().enumerate() {
            let last_word = words.len().saturating_sub(1);
            let mut k = mentions[i].word.min(last_word);
            while k < last_word && words[k + 1].start < m.end {
                k += 1;
            }
            // A word inside a name of several words ends in no particle, however it is
            // spelled (`아이오와 주`: no `아이오` + `와`).
            for inner in &mut words[mentions[i].word.min(k)..k] {
                inner.role = Role::Bare;
                inner.stem_end = inner.end;
            }
            let Some(w) = words.get_mut(k) else {
                continue;
            };
            if m.end <= w.end && (m.start >= w.start || k > mentions[i].word) {
                let (role, len) = role_after(text, m.end);
                if m.end + len == w.end
                    || text[m.end + len..w.end]
                        .chars()
                        .all(|c| !Script::of(c).is_word())
                {
                    w.role = role;
                    w.stem_end = m.end;
                }
            }
        }

        let mut sentence_mentions = vec![0..0; seg.sentences.len()];
        for (i, mi) in mentions.iter().enumerate() {
            if let Some(r) = sentence_mentions.get_mut(mi.sentence) {
                if r.start == r.end {
                    *r = i..i + 1;
                } else {
                    r.end = i + 1;
                }
            }
        }

        let mut analysis = Analysis {
            text,
            resolved,
            words,
            sentence_words,
            paragraph_of: &seg.paragraph_of,
            mentions,
            chains: Vec::new(),
            sentence_mentions,
            dateline_org: vec![None; seg.sentences.len()],
            quoted_sentence: seg
                .sentences
                .iter()
                .map(|r| text[r.clone()].contains(['“', '"']))
                .collect(),
            earlier_event: Vec::with_capacity(seg.sentences.len()),
            held_events: OnceCell::new(),
        };
        let mut last_event = None;
        for r in &analysis.sentence_mentions {
            analysis.earlier_event.push(last_event);
            if let Some(m) = r
                .clone()
                .rev()
                .find(|&m| resolved.mentions[m].kind == EntityType::Event)
            {
                last_event = Some(m);
            }
        }
        analysis.mark_framing(seg);
        analysis.build_chains();
        analysis
    }

    /// Noun phrases that are the subject, topic or object of a verb of holding later in their
    /// sentence (`열렸다`, `개최되었다`, `진행됐다`, `열고`, `개막했다`).
    fn find_held_events(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for range in &self.sentence_words {
            let held_at = range.clone().rev().find(|&w| {
                let word = &self.words[w];
                let text = &self.text[word.start..word.end];
                HELD_VERBS.iter().any(|v| text.starts_with(v))
            });
            let Some(held_at) = held_at else { continue };
            for w in range.start..held_at {
                let word = &self.words[w];
                if !matches!(word.role, Role::Subject | Role::Topic | Role::Object) {
                    continue;
                }
                let mut start = w;
                while start > range.start && start + 6 > w {
                    let prev = &self.words[start - 1];
                    let prev_text = &self.text[prev.start..prev.end];
                    let joins = matches!(prev.role, Role::Bare | Role::Compound | Role::Possessor)
                        && !prev.clause_end
                        && !prev_text.ends_with(',')
                        && !self.is_day_or_month(start - 1);
                    if !joins {
                        break;
                    }
                    start -= 1;
                }
                // A quoted name reaches back to its opening quote (`'의료제도 바로세우기
                // 전국의사궐기대회'를`), whatever its words end with, and no further: the words
                // before the quote are not the name's (`3일 '2025 미래경제 포럼'을 개최했다`).
                let stem = &self.text[word.start..word.stem_end];
                if stem.ends_with(QUOTES) {
                    if let Some(open) = (range.start.max(w.saturating_sub(8))..=w)
                        .rev()
                        .find(|&o| self.text[self.words[o].start..].starts_with(QUOTES))
                    {
                        start = open;
                    }
                }
                let text = &self.text[self.words[start].start..word.stem_end];
                let trimmed = text.trim_matches(QUOTES);
                let from =
                    self.words[start].start + (text.len() - text.trim_start_matches(QUOTES).len());
                if !trimmed.is_empty() {
                    out.push((from, from + trimmed.len()));
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Whether word `w` is a day or a month (`3일`, `이날`, `지난 3월`): when an event was
    /// held, no part of its name, while a year or a holiday may be (`2018년 KBO 리그 시상식`,
    /// `광복절 경축식`).
    fn is_day_or_month(&self, w: usize) -> bool {
        let word = &self.words[w];
        let Some(m) = word.mention else { return false };
        if self.resolved.mentions[m].kind != EntityType::Date {
            return false;
        }
        let text = &self.text[word.start..word.stem_end];
        text.ends_with('일')
            || text.ends_with('월')
            || ["이날", "오늘", "어제", "내일", "당일", "전날"].contains(&text)
    }

    /// The first entity of canonical name `name`, for names a trigger implies (`방한` →
    /// 한국): a few triggers ask, so no index is built for every document.
    pub(crate) fn entity_named(&self, name: &str) -> Option<usize> {
        self.resolved
            .entities
            .iter()
            .position(|c| c.canonical == name)
    }

    /// The held events that end before byte `before`, the nearest first, at most
    /// [`HELD_LOOKBACK`] of them (a report names its event a few sentences before, and a trigger
    /// costs the same in a document of any length).
    fn held_before(&self, before: usize) -> impl Iterator<Item = &(usize, usize)> {
        let held = self.held_events.get_or_init(|| self.find_held_events());
        let n = held.partition_point(|&(s, _)| s < before);
        held[n.saturating_sub(HELD_LOOKBACK)..n]
            .iter()
            .rev()
            .filter(move |&&(_, e)| e <= before)
    }

    /// The last event the report said was held before byte `before` whose name ends in an
    /// event noun (`…대회가 열렸다. … X가 출전했다`).
    pub(crate) fn last_held_event(&self, before: usize) -> Option<(usize, usize)> {
        self.held_before(before)
            .find(|&&(s, e)| {
                let name = &self.text[s..e];
                name.contains(' ') && EVENT_HEADS.iter().any(|h| name.ends_with(h))
            })
            .copied()
    }

    /// `이날 시상식에는`, `집회에`: an event phrase that is one generic noun (with a deictic
    /// before it) stands for the event the report named before and said was held, when that
    /// name ends with the same noun (`2018년 KBO 리그 시상식이 … 개최되었다. … 시상식에서는`).
    pub(crate) fn named_event(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let phrase = self.text[start..end].trim_matches(|c: char| !Script::of(c).is_word());
        let mut words = phrase.split(' ').filter(|w| !w.is_empty());
        let mut noun = words.next()?;
        while DEICTICS.contains(&noun) {
            noun = words.next()?;
        }
        // One generic noun of two to five syllables (`식` alone is too vague to name anything).
        if words.next().is_some() || !(2..=5).contains(&noun.chars().count()) {
            return None;
        }
        // The main event (`본대회`, `본행사`) is the event itself, not a part of it.
        if let Some(rest) = noun.strip_prefix('본').filter(|r| r.chars().count() >= 2) {
            noun = rest;
        }
        // `행사`, `자리` stand for any event; `집회` also for a rally named `…대회`.
        let any = ["행사", "자리"].contains(&noun);
        let heads: &[&str] = if noun == "집회" {
            &["집회", "대회"]
        } else {
            &[noun]
        };
        let held = |proper: bool| {
            self.held_before(start)
                .filter(|&&(s, e)| e - s > noun.len())
                .find(|&&(s, e)| {
                    let name = &self.text[s..e];
                    let heads = if any { EVENT_HEADS } else { heads };
                    (!proper || name.contains(' ')) && heads.iter().any(|h| name.ends_with(h))
                })
                .copied()
        };
        // A name of several words (`7·2 전국노동자대회`) before a one-word compound of the noun
        // (`사전대회를 열고 본대회로 집결했다`): the report's event, not a part of it.
        held(true).or_else(|| held(false))
    }

    fn kind(&self, m: usize) -> EntityType {
        self.resolved.mentions[m].kind
    }

    /// The text between two mentions.
    fn gap(&self, a: usize, b: usize) -> &str {
        let ms = &self.resolved.mentions;
        if ms[a].end <= ms[b].start {
            &self.text[ms[a].end..ms[b].start]
        } else {
            ""
        }
    }

    /// Datelines `[서울=뉴시스]` and bylines `윤정민 기자 =` frame a sentence; their
    /// mentions are no arguments of its events.
    fn mark_framing(&mut self, seg: &Segments) {
        let ms = &self.resolved.mentions;
        for (si, sent) in seg.sentences.iter().enumerate() {
            let s = &self.text[sent.clone()];
            let mut frame_end = sent.start;
            if s.starts_with('[') {
                if let Some(close) = s.find(']') {
                    let inside = &s[..close];
                    frame_end = sent.start + close + 1;
                    if let Some(eq) = inside.find('=') {
                        let agency_start = sent.start + eq + 1;
                        for i in self.sentence_mentions[si].clone() {
                            if ms[i].start >= agency_start
                                && ms[i].end <= frame_end
                                && ms[i].kind == EntityType::Org
                            {
                                self.dateline_org[si] = Some(i);
                            }
                        }
                    }
                }
            }
            // A byline: `NAME 기자 =` right after the dateline, in its first
            // BYLINE_CHARS characters (so in their bytes, four at most each).
            let mut window_end = sent.end.min(frame_end + 4 * BYLINE_CHARS + 2);
            while !self.text.is_char_boundary(window_end) {
                window_end -= 1;
            }
            if let Some(eq) = self.text[frame_end..window_end].find(" =") {
                let before = &self.text[frame_end..frame_end + eq];
                if before.chars().count() <= BYLINE_CHARS && !before.contains(['.', ',']) {
                    frame_end += eq + 2;
                }
            }
            for i in self.sentence_mentions[si].clone() {
                if ms[i].end <= frame_end {
                    self.mentions[i].framing = true;
                }
            }
        }
    }

    /// Builds apposition chains, then links chains into coordinated lists.
    fn build_chains(&mut self) {
        let ms = &self.resolved.mentions;
        let n = ms.len();
        let mut chains: Vec<Chain> = Vec::new();
        // The kinds of the chain's members so far.
        let mut kinds: Vec<EntityType> = Vec::new();
        let mut i = 0;
        while i < n {
            let mut members = vec![i];
            kinds.clear();
            kinds.push(self.kind(i));
            let mut j = i;
            while j + 1 < n && self.mentions[j + 1].sentence == self.mentions[i].sentence {
                let next = j + 1;
                let gap = self.gap(j, next);
                // A note on a person before the rest of the apposition: an age, or a spelling
                // no dictionary lists (`존 스미스(74) 전 리버풀 감독`).
                // After a parenthesized restatement (`시진핑(習近平) 중국 국가주석`) the
                // apposition goes on past its closing parenthesis.
                let gap = match gap.strip_prefix(')') {
                    Some(rest) if self.mentions[j].parenthetical => rest,
                    _ => gap,
                };
                // A name in quotes before the rest of its apposition (`'하성용' 전
                // 성동조선해양 사장이`).
                let gap = match closing_quote(self.text, ms[j].start, ms[j].end) {
                    Some(q) if self.kind(j) == EntityType::Person && gap.len() > q => &gap[q..],
                    _ => gap,
                };
                let gap = match gap.strip_prefix('(').and_then(|g| g.split_once(')')) {
                    Some((note, rest))
                        if self.kind(j) == EntityType::Person
                            && !note.is_empty()
                            && note.len() <= NOTE_AFTER_NAME
                            && !note.contains('(')
                            && rest.starts_with(' ') =>
                    {
                        rest
                    }
                    _ => gap,
                };
                let close_after = self.text[ms[next].end..].starts_with(')');
                let paren = gap == "(" && close_after;
                // `오바마 미국 제44대 대통령`, `반기문 전 유엔 사무총장`: title markers may stand
                // before a title, or before the place or organization of a title.
                // A title written onto its organization (`대한양궁협회장이`: the title `장`
                // right after `대한양궁협회`) joins it as a spaced one does.
                let spaced = gap == " "
                    || (self.titled(next) && title_markers_only(gap))
                    || (self.kind(next) == EntityType::Title && glued_marker(gap))
                    || (gap.is_empty()
                        && self.kind(j) == EntityType::Org
                        && self.kind(next) == EntityType::Title);
                let apposition = spaced
                    && self.mentions[j].own_role == Role::Bare
                    && (appositive(&kinds, self.kind(next))
                        || self.person_place_before_title(&kinds, j, next)
                        || self.second_title(&kinds, j, next, gap));
                if paren {
                    self.mentions[next].parenthetical = true;
                    members.push(next);
                    kinds.push(self.kind(next));
                    j = next;
                } else if apposition {
                    members.push(next);
                    kinds.push(self.kind(next));
                    j = next;
                } else {
                    break;
                }
            }
            let last = *members.last().unwrap_or(&i);
            let mut end = ms[last].end;
            if self.mentions[last].parenthetical && self.text[end..].starts_with(')') {
                end += 1;
            }
            // A note in parentheses right after the chain (`고영근(高永根, 1852년~1923년)은`,
            // `삼성전자(005930)는`) stands between the name and its particle.
            if let Some(close) = self.text[end..]
                .strip_prefix('(')
                .and_then(|rest| rest.find(')').filter(|&c| c <= NOTE_AFTER_NAME))
                .filter(|&c| !self.text[end + 1..end + 1 + c].contains('('))
            {
                let note_end = end + close + 2;
                let inside = ms[last + 1..].partition_point(|m| m.start < note_end);
                for info in &mut self.mentions[last + 1..last + 1 + inside] {
                    info.in_name_note = true;
                }
                end = note_end;
            }
            // A name in quotes takes the particle after the closing quote (`합병법인
            // '다음카카오'는 … 출범을 선언했다`).
            if let Some(q) = closing_quote(self.text, ms[members[0]].start, end) {
                end += q;
            } else if self.kind(last) == EntityType::Title {
                // So does a title ending a quoted phrase (`'제1대 문교부 장관'을 지냈다`).
                end += quoted_phrase_end(self.text, ms[members[0]].start, end).unwrap_or(0);
            } else {
                // And a name after a quote whose opening was cut off with the sentence's
                // start (`유원건설’은 … 설립됐다`, a sentence taken out of its article).
                end += unpaired_closing_quote(self.text, ms[members[0]].start, end).unwrap_or(0);
            }
            let (role, _) = role_after(self.text, end);
            let role = if role == Role::Bare && counts_after(self.text, end) {
                // `6만여 명(경찰 추산 5만)이 모였다`: the body that counted the crowd owns the
                // count, it is no member of it.
                Role::Possessor
            } else if role == Role::Bare && self.is_headline_topic(members[0], end) {
                Role::Topic
            } else if role == Role::Bare && self.kind(last) == EntityType::Person {
                // `이 여사 일행은`, `김 의원 측은`: the person acts with their party or side.
                role_after_honorific(self.text, end)
                    .or_else(|| role_after_noun(self.text, end, PARTY_NOUNS))
                    .unwrap_or(role)
            } else if role == Role::Bare && self.kind(last) == EntityType::Title {
                // `김무성 대표 측은`: so does a person named with a title.
                role_after_noun(self.text, end, PARTY_NOUNS).unwrap_or(role)
            } else if role == Role::Bare
                && matches!(self.kind(last), EntityType::Location | EntityType::Org)
            {
                // `일본 정부가 10억 엔을 출자해`, `북한 당국은`: the country or body acts
                // through its government.
                role_after_noun(self.text, end, &["정부", "당국", "측"]).unwrap_or(role)
            } else if role == Role::Compound {
                // `카카오측은`, `청와대측이`, `부회장측은`: the side glued to a name takes its
                // particle, as `청와대 측은` does.
                glued_side(self.text, end).unwrap_or(role)
            } else if role == Role::Possessor && self.text[end..].starts_with("의 경우") {
                // `경찰의 경우 … 안보수사처를 신설하여`: "as for X" frames its sentence as a
                // topic does.
                Role::Topic
            } else {
                role
            };
            let head = chain_head(&members, |m| self.kind(m));
            let next_word = self.word_after(end);
            let chain = chains.len();
            for &m in &members {
                self.mentions[m].chain = chain;
            }
            chains.push(Chain {
                members,
                head,
                role,
                list: chain,
                next_word,
            });
            i = j + 1;
        }
        // Coordinated lists: chains of one head type joined by `·`, `,`, `과/와`, `및`.
        let joiner = |a: &Chain, b: &Chain| -> Option<&str> {
            let (la, hb) = (*a.members.last().unwrap_or(&a.head), b.members[0]);
            if self.mentions[la].sentence != self.mentions[hb].sentence
                || self.kind(a.head) != self.kind(b.head)
            {
                return None;
            }
            let gap = self.gap(la, hb).trim();
            let gap = gap.strip_prefix(')').unwrap_or(gap).trim();
            // A note in parentheses after the name is read past (`김제덕(17·경북일고), 안산`,
            // `김연아(24)와 이상화(25)는`).
            let gap = match gap.strip_prefix('(').and_then(|g| g.split_once(')')) {
                Some((note, after)) if !note.contains('(') => after.trim(),
                _ => gap,
            };
            // An honorific after a person is read past (`배우 김상경 씨, 정상훈 씨`).
            let gap = match gap.strip_prefix('씨') {
                Some(rest) if self.kind(a.head) == EntityType::Person => rest.trim(),
                _ => gap,
            };
            matches!(
                gap,
                "·" | ","
                    | "과"
                    | "와"
                    | "하고"
                    | "및"
                    | "과,"
                    | "와,"
                    | "/"
                    | "、"
                    | "그리고"
                    | "과 함께"
            )
            .then_some(gap)
        };
        for c in 1..chains.len() {
            let (a, b) = (&chains[c - 1], &chains[c]);
            let Some(gap) = joiner(a, b) else { continue };
            // A topic heads no list, except a sentence's first name read as a headline's topic
            // (`카카오, 신한은행과 MOU`) that has its title and starts a list of three or more
            // (`이어 A 위원장, B 위원장, C 의장의 발언이 있었다`; not `이우연, 주동식 주필, …`).
            let list_goes_on = gap == ","
                && a.members.len() > 1
                && chains.get(c + 1).is_some_and(|n| joiner(b, n).is_some())
                && {
                    // and ends in a particle of its own (else the headline reading stands).
                    let mut last = c;
                    while last + 1 < chains.len()
                        && joiner(&chains[last], &chains[last + 1]).is_some()
                    {
                        last += 1;
                    }
                    chains[last].role != Role::Bare
                };
            let joined = a.role != Role::Topic || list_goes_on;
            if joined {
                let list = chains[c - 1].list;
                chains[c].list = list;
            }
        }
        // A list takes the role of its last chain; a bare list followed by `등` takes the
        // role of the phrase it heads (`… 등 국내 주요 반도체 기업과`).
        let mut c = 0;
        while c < chains.len() {
            let list = chains[c].list;
            let mut last = c;
            while last + 1 < chains.len() && chains[last + 1].list == list {
                last += 1;
            }
            let mut role = chains[last].role;
            if role == Role::Bare {
                role = self.role_after_deung(&chains[last]).unwrap_or(role);
            }
            for ch in &mut chains[c..=last] {
                ch.role = role;
            }
            c = last + 1;
        }
        self.chains = chains;
    }

    /// Whether mention `m` is a title, or a place or organization right before one.
    fn titled(&self, m: usize) -> bool {
        let ms = &self.resolved.mentions;
        match self.kind(m) {
            EntityType::Title => true,
            EntityType::Org | EntityType::Location => ms.get(m + 1).is_some_and(|t| {
                t.kind == EntityType::Title
                    && t.start >= ms[m].end
                    && &self.text[ms[m].end..t.start] == " "
            }),
            _ => false,
        }
    }

    /// `올라프 숄츠 독일 총리`: a place after a person joins the chain only when a title follows
    /// it (the place is the office's country or city), never a bare `문재인 평양`.
    /// `황교안 대통령 권한대행 국무총리는`, `현오석 경제부총리 겸 기획재정부 장관은`: a person's
    /// second title, after an acting title or `겸`. Not any title after a title (`박근혜
    /// 대통령 대변인은` is the president's spokesperson).
    fn second_title(&self, kinds: &[EntityType], j: usize, next: usize, gap: &str) -> bool {
        use EntityType::*;
        let ms = &self.resolved.mentions;
        let n = kinds.len();
        if !kinds.contains(&Person) {
            return false;
        }
        match (kinds[n - 1], self.kind(next)) {
            (Title, Title) => gap == " 겸 " || self.text[ms[j].start..ms[j].end].ends_with("대행"),
            // `경제부총리 겸 기획재정부 장관`: the organization of the second title.
            (Title, Org | Location) => gap == " 겸 " && self.titled(next),
            (Org | Location, Title) => n >= 2 && kinds[n - 2] == Title && gap == " ",
            _ => false,
        }
    }

    fn person_place_before_title(&self, kinds: &[EntityType], j: usize, next: usize) -> bool {
        let ms = &self.resolved.mentions;
        // A person, or a person and its parenthesized restatement (`시진핑(習近平)`).
        !kinds.is_empty()
            && kinds.iter().all(|&k| k == EntityType::Person)
            && self.kind(next) == EntityType::Location
            && self.mentions[next].own_role == Role::Bare
            && ms.get(next + 1).is_some_and(|after| {
                after.kind == EntityType::Title
                    && self.mentions[next + 1].sentence == self.mentions[j].sentence
                    && after.start >= ms[next].end
                    && {
                        let gap = &self.text[ms[next].end..after.start];
                        gap == " " || title_markers_only(gap)
                    }
            })
    }

    /// A headline's `오픈AI, 산은과 MOU…`: the first name of a sentence, followed by a comma,
    /// is its topic — not after a topic, subject or goal of its own (`선수들은 김제덕,
    /// 안산이었다`: a list in the predicate; `행사에는 김정재, 윤종필 의원이`: a list sharing a
    /// title).
    fn is_headline_topic(&self, first: usize, end: usize) -> bool {
        let m = &self.mentions[first];
        if !self.text[end..].starts_with(',') || m.framing {
            return false;
        }
        let sr = &self.sentence_mentions[m.sentence];
        let before = self.sentence_words[m.sentence].start;
        // So does a goal, often topicalized (`행사에는 A, B 의원이`, `영상에는 A, B 의원이`):
        // the comma after the name lists, it sets off no headline's topic.
        let topic_before = || {
            self.words[before..m.word.min(self.words.len())]
                .iter()
                .any(|w| matches!(w.role, Role::Topic | Role::Subject | Role::Goal))
        };
        ((sr.start == first && !topic_before())
            || (self
                .words
                .get(before)
                .is_some_and(|w| w.start == self.resolved.mentions[first].start)))
            && !self.names_source(first)
    }

    /// Whether the list that mention `first` starts names the sources of a report (`AP, AFP,
    /// 로이터 통신 등에 따르면 …`): its first word with a particle ends in `에` before `따르면`
    /// (or `의하면`), a phrase of its own, no topic. Looks at the few words of a list only.
    fn names_source(&self, first: usize) -> bool {
        let m = &self.mentions[first];
        let mut words = self.words[m.word.min(self.words.len())..]
            .iter()
            .take(SOURCE_LIST_WORDS)
            .take_while(|w| w.sentence == m.sentence);
        let Some(marked) = words.find(|w| w.role != Role::Bare) else {
            return false;
        };
        let text = &self.text[marked.start..marked.end];
        text.ends_with('에')
            && words.next().is_some_and(|n| {
                let next = &self.text[n.start..n.end];
                next.starts_with("따르") || next.starts_with("의하")
            })
    }

    /// `A·B 등 … 기업과`, `볼슈노프 외 2명이`: a list closed by `등` or `외` takes the role
    /// of the phrase it heads.
    fn role_after_deung(&self, chain: &Chain) -> Option<Role> {
        let w = chain.next_word?;
        let word = &self.words[w];
        let text = &self.text[word.start..word.end];
        let rest = match text.strip_prefix('등') {
            Some(rest) => rest,
            None if text == "외" => "",
            None => return None,
        };
        if !rest.is_empty() {
            return Some(word.role);
        }
        let sentence = word.sentence;
        // A bare name inside the phrase is no end of it (`A, B 등 민주노총 산하 조직은`).
        for next in self.words.iter().skip(w + 1).take(5) {
            if next.sentence != sentence || (next.has_mention && next.role != Role::Bare) {
                return None;
            }
            if next.role != Role::Bare {
                return Some(next.role);
            }
        }
        None
    }

    /// The index of the word that starts at or after byte `pos` (skipping the rest of the
    /// word `pos` is in).
    fn word_after(&self, pos: usize) -> Option<usize> {
        let i = self.words.partition_point(|w| w.end <= pos);
        let i = if self.words.get(i).is_some_and(|w| w.start < pos) {
            i + 1
        } else {
            i
        };
        (i < self.words.len()).then_some(i)
    }

    /// The words of sentence `si` that a trigger at word `t` reaches: the sentence, cut to
    /// [`REACH`] words on either side of the trigger so that a sentence of any length costs
    /// the same per trigger (news sentences are far shorter).
    pub(crate) fn reach(&self, si: usize, t: usize) -> Range<usize> {
        let sr = self.sentence_words[si].clone();
        sr.start.max(t.saturating_sub(REACH))..sr.end.min(t + REACH + 1).max(t + 1)
    }

    /// The mentions of sentence `si` within the reach of a trigger at word `t`.
    pub(crate) fn mentions_near(&self, si: usize, t: usize) -> Range<usize> {
        let words = self.reach(si, t);
        let range = self.sentence_mentions[si].clone();
        let in_range = &self.mentions[range.clone()];
        let lo = in_range.partition_point(|m| m.word < words.start);
        let hi = in_range.partition_point(|m| m.word < words.end);
        range.start + lo..range.start + hi
    }

    /// The clause of word `t`: the word range between the clause ends around it.
    pub(crate) fn clause_of(&self, t: usize) -> Range<usize> {
        let sentence = self.words[t].sentence;
        let sr = self.reach(sentence, t);
        let mut start = t;
        while start > sr.start && !self.words[start - 1].clause_end {
            start -= 1;
        }
        let mut end = t;
        while end + 1 < sr.end && !self.words[end].clause_end {
            end += 1;
        }
        start..end + 1
    }

    /// In a reported clause (`A는 B가 …했다고 밝혔다`, `… 것이라고 전했다`, `…했다는`), the word of
    /// its own subject B, the entity subject nearest before trigger `t` and after the reporter's
    /// topic, or the second of two topics (`A는 B와 C는 …`): the reporter A is no argument of
    /// the reported verb. `None` when no quotative ending
    /// follows the trigger in its sentence, or the reported clause has no subject of its own
    /// (`A는 …했다고 밝혔다`: A did it).
    pub(crate) fn reported_subject(&self, si: usize, t: usize) -> Option<usize> {
        let words = self.reach(si, t);
        let quoted = (t..words.end).any(|w| {
            let word = &self.words[w];
            let text = self.text[word.start..word.end]
                .trim_end_matches(|c: char| !Script::of(c).is_word());
            ["다고", "라고", "다는", "라는"]
                .iter()
                .any(|q| text.ends_with(q))
        });
        if !quoted {
            return None;
        }
        // The nearest subject after the last topic; or, of two topics (`A는 B와 C는 …`), the
        // second.
        let mut subject = None;
        let mut topic: Option<(usize, usize)> = None;
        let mut topics = 0;
        for m in self.mentions_near(si, t) {
            let info = &self.mentions[m];
            if info.word >= t || info.framing {
                break;
            }
            match self.role_of(m) {
                Role::Subject => subject = Some(info.word),
                Role::Topic => {
                    subject = None;
                    let list = self.chains.get(info.chain).map_or(usize::MAX, |c| c.list);
                    if topic.is_none_or(|(_, l)| l != list) {
                        topics += 1;
                        let first = self.list_chains(m).next().map_or(m, |c| c.members[0]);
                        topic = Some((self.mentions[first].word, list));
                    }
                }
                _ => {}
            }
        }
        subject.or(topic.filter(|_| topics >= 2).map(|(w, _)| w))
    }

    /// `노무현재단이 개최하는 심포지엄에 참석했다`: the word of the relative verb right after a
    /// subject chain (`개최하는`, `주최한`), when that verb stands before word `t`. Such a subject
    /// is the agent of the relative clause, which modifies a noun after it, not of the verb at
    /// `t`. `None` for any other chain.
    pub(crate) fn relative_clause_verb(&self, chain: usize, t: usize) -> Option<usize> {
        let c = self.chains.get(chain)?;
        if c.role != Role::Subject {
            return None;
        }
        let nw = c.next_word.filter(|&nw| nw < t)?;
        let word = &self.words[nw];
        if word.has_mention || word.sentence != self.words[t].sentence {
            return None;
        }
        if is_relative_verb(&self.text[word.start..word.end]) {
            return Some(nw);
        }
        // `B가 이번 투자를 결정한 배경으로 …`: the relative verb after the clause's own
        // object (and the bare words before it). Not a time clause (`공장을 준공한 뒤`), whose
        // subject often acts in the main clause too.
        let mut w = nw;
        while w < t && w < nw + RELATIVE_OBJECT_WORDS {
            let word = &self.words[w];
            if word.has_mention
                || word.clause_end
                || !matches!(word.role, Role::Object | Role::Bare)
            {
                return None;
            }
            if word.role == Role::Object {
                let v = w + 1;
                let verb = self.words.get(v).filter(|x| v < t && !x.has_mention)?;
                if !is_relative_verb(&self.text[verb.start..verb.end]) {
                    return None;
                }
                let head = self.words.get(v + 1)?;
                let head = &self.text[head.start..head.end];
                return (!TIME_HEADS.iter().any(|h| head.starts_with(h))).then_some(v);
            }
            w += 1;
        }
        None
    }

    /// `인천시가 "… 신도가 광화문 집회에 참가했다가 …"고 설명했다`: the word where a quotation
    /// opens before trigger `t`, when the quoted clause has a subject or topic of its own that is
    /// no first-person pronoun (`"제가 참석했다"` is the speaker's own act). The speaker outside
    /// the quotation is then no argument of the quoted verb. `None` otherwise.
    pub(crate) fn quoted_clause_start(&self, si: usize, t: usize) -> Option<usize> {
        if !self.quoted_sentence.get(si).copied().unwrap_or(false) {
            return None;
        }
        let words = self.reach(si, t);
        // The last opening quotation mark before the trigger that no closing one follows; a
        // quotation that closes in the trigger's own word, after the verb (`참석했다”고`),
        // still holds it.
        let mut open = None;
        for w in words.start..t {
            let word = &self.words[w];
            for c in self.text[word.start..word.end].chars() {
                match c {
                    '“' => open = Some(w),
                    '”' => open = None,
                    '"' => open = if open.is_some() { None } else { Some(w) },
                    _ => {}
                }
            }
        }
        let q = open.filter(|&q| q < t)?;
        (q..t)
            .any(|w| {
                let word = &self.words[w];
                matches!(word.role, Role::Subject | Role::Topic) && {
                    let stem = self.text[word.start..word.stem_end]
                        .trim_start_matches(|c: char| !Script::of(c).is_word());
                    !FIRST_PERSON.contains(&stem)
                }
            })
            .then_some(q)
    }

    /// Whether a subject mention of another list stands after mention `m` and before trigger
    /// word `t` in the trigger's clause, and is no subject of a relative clause (`한국노총이 주최한
    /// 기념식에`).
    pub(crate) fn clause_subject_between(&self, si: usize, m: usize, t: usize) -> bool {
        let Some(chain) = self.chains.get(self.mentions[m].chain) else {
            return false;
        };
        // Only a topic marked as one (`외무상은`), not a bare name read as a headline's topic
        // before a list (`이재용 삼성전자 회장, 구광모 LG그룹 회장 등이`).
        let last = *chain.members.last().unwrap_or(&m);
        if self.mentions[last].own_role != Role::Topic {
            return false;
        }
        let clause = self.clause_of(t);
        // `교도통신은 그가 … 방한할 당시`: a personal pronoun as the clause's subject is its
        // agent as a name would be.
        let from = self.mentions[last].word + 1;
        if (from.max(clause.start)..t).any(|w| {
            let word = &self.words[w];
            // (Not the subject of a relative clause: `그녀가 참석한 기념식에`.)
            let relative = self.words.get(w + 1).is_some_and(|n| {
                w + 1 < t && !n.has_mention && is_relative_verb(&self.text[n.start..n.end])
            });
            word.role == Role::Subject
                && !word.has_mention
                && !relative
                && SUBJECT_PRONOUNS.contains(&&self.text[word.start..word.stem_end])
        }) {
            return true;
        }
        let list = Some(chain.list);
        self.mentions_near(si, t).any(|o| {
            let info = &self.mentions[o];
            o > m
                && info.word < t
                && clause.contains(&info.word)
                && self.role_of(o) == Role::Subject
                && self.chains.get(info.chain).map(|c| c.list) != list
                && self.relative_clause_verb(info.chain, t).is_none()
        })
    }

    /// Whether a quotation opens in `text[from..to]` of sentence `si` and is still open at
    /// `to`. Only sentences with a quotation mark are read.
    pub(crate) fn quote_opens_between(&self, si: usize, from: usize, to: usize) -> bool {
        if from >= to || !self.quoted_sentence.get(si).copied().unwrap_or(false) {
            return false;
        }
        let mut open = false;
        for c in self.text[from..to].chars() {
            match c {
                '“' => open = true,
                '”' => open = false,
                '"' => open = !open,
                _ => {}
            }
        }
        open
    }

    /// The effective role of a mention: its chain's (or list's).
    pub(crate) fn role_of(&self, m: usize) -> Role {
        self.chains
            .get(self.mentions[m].chain)
            .map_or(self.mentions[m].own_role, |c| c.role)
    }

    /// Mentions of the chain of `m` and the other chains of its list. A list is a run of
    /// consecutive chains that starts at the chain its `list` names, so this is linear in the
    /// list's length, not in the document's.
    pub(crate) fn list_heads(&self, m: usize) -> Vec<usize> {
        self.list_chains(m).map(|c| c.head).collect()
    }

    /// The chains of the list of mention `m` (its own chain alone when in no list).
    pub(crate) fn list_chains(&self, m: usize) -> impl Iterator<Item = &Chain> {
        let (first, list) = match self.chains.get(self.mentions[m].chain) {
            Some(chain) => (chain.list, chain.list),
            None => (self.chains.len(), usize::MAX),
        };
        self.chains[first.min(self.chains.len())..]
            .iter()
            .take_while(move |c| c.list == list)
    }
}

/// The length of the closing quote right after a phrase whose quote opens at most a few
/// words before `start` (`'제1대 문교부 장관'을`: the title ends the quoted phrase).
fn quoted_phrase_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let close = text[end..].chars().next()?;
    let open = match close {
        '\'' => '\'',
        '’' => '‘',
        '"' => '"',
        '”' => '“',
        _ => return None,
    };
    let before = &text[..start];
    let from = before
        .char_indices()
        .rev()
        .take(16)
        .find(|&(_, c)| c == open || c == close || matches!(c, '.' | '\n'))?;
    // A straight quote opens after a space (or nothing), and closes after a word.
    let opens = open != close
        || text[..from.0]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '(');
    (from.1 == open && opens).then(|| close.len_utf8())
}

/// The length of the closing quote right after a quoted name that spans `start..end` (`'X'는`),
/// when the name opens with a quote too.
fn closing_quote(text: &str, start: usize, end: usize) -> Option<usize> {
    let open = text[..start].chars().next_back()?;
    let close = text[end..].chars().next()?;
    let pair = matches!(
        (open, close),
        ('\'', '\'') | ('‘', '’') | ('"', '"') | ('“', '”') | ('「', '」') | ('『', '』')
    );
    pair.then(|| close.len_utf8())
}

/// Does a count of the body ending at `end` follow it (`경찰 추산`, `경찰추산`, `주최 측 집계`)?
fn counts_after(text: &str, end: usize) -> bool {
    let rest = text[end..].strip_prefix(' ').unwrap_or(&text[end..]);
    let rest = rest.strip_prefix("측 ").unwrap_or(rest);
    ["추산", "집계"].iter().any(|n| rest.starts_with(n))
}

/// What follows a name in its word when the name is a list item with a note in parentheses
/// (`(25·서울시청),`): the comma lists, it ends no clause.
fn noted_list_item(rest: &str) -> bool {
    rest.strip_prefix('(')
        .and_then(|r| r.strip_suffix("),"))
        .is_some_and(|note| {
            !note.is_empty() && note.len() <= NOTE_AFTER_NAME && !note.contains(['(', ')'])
        })
}

/// The length of a closing quote right after a name that starts its sentence with no
/// opening quote before it (`한빛건설'은`, `한빛재단」은`; curly quotes are straight once
/// normalized): the text lost the opening with the sentence's start, and the particle after
/// the quote is the name's. A quote glued to the name's last letter and followed by a
/// particle closes; one that opens stands after a space.
fn unpaired_closing_quote(text: &str, start: usize, end: usize) -> Option<usize> {
    let close = text[end..].chars().next()?;
    if !matches!(close, '\'' | '"' | '」' | '』') {
        return None;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let starts_sentence = before.is_empty() || before.ends_with(['.', '\n', '?', '!']);
    let after = end + close.len_utf8();
    let particle = role_after(text, after).1 > 0;
    (starts_sentence && particle).then(|| close.len_utf8())
}

/// The nouns after a person's name for the party or side that acts with them (`이 여사 일행은`,
/// `김 의원 측은`: KLUE WikiTree sentences write a visit or an attendance so).
const PARTY_NOUNS: &[&str] = &["일행", "측"];

/// `일본 정부가`, `청와대 측은`: a name followed by one of `nouns` as a word of its own takes
/// the particle of that noun.
fn role_after_noun(text: &str, end: usize, nouns: &[&str]) -> Option<Role> {
    let rest = text[end..].strip_prefix(' ')?;
    let after = nouns.iter().find_map(|n| rest.strip_prefix(n))?;
    match role_after(text, text.len() - after.len()) {
        (Role::Bare, _) => None,
        (role, _) => Some(role),
    }
}

/// `카카오측은`: the particle of the side noun `측` written onto a name (none for `측` alone or
/// another word starting so: `측근이`, `측면에서`).
fn glued_side(text: &str, end: usize) -> Option<Role> {
    let rest = hangul_run_at(text, end).strip_prefix("측")?;
    particle_chain(rest).map(|p| p.role)
}

/// `박시후(38) 씨가`, `강백호 선수는`, `김정숙 여사는`: a person's name followed by an
/// honorific noun (and an age in parentheses before it) takes the particle of that noun.
fn role_after_honorific(text: &str, end: usize) -> Option<Role> {
    let mut rest = &text[end..];
    if let Some((age, after)) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        if !age.is_empty() && age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit()) {
            rest = after;
        }
    }
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let after = ["씨", "선수", "여사"]
        .iter()
        .find_map(|h| rest.strip_prefix(h))?;
    // `수치 여사측이`, `김영희 씨 일행은`: the honorific's side or party.
    let after = ["측", " 측", " 일행"]
        .iter()
        .find_map(|n| after.strip_prefix(n))
        .unwrap_or(after);
    match role_after(text, text.len() - after.len()) {
        (Role::Bare, _) if !after.is_empty() && !after.starts_with([' ', ',', '.']) => None,
        (role, _) => Some(role),
    }
}

/// May a mention of type `next` continue an apposition chain of these types?
fn appositive(chain: &[EntityType], next: EntityType) -> bool {
    use EntityType::*;
    let has = |t| chain.contains(&t);
    let last = *chain.last().unwrap_or(&next);
    match next {
        // `미국 대통령 버락 오바마`, `엔비디아 CEO 젠슨 황`, `삼성전자 이재용`.
        Person => !has(Person) && (last == Title || (last == Org && !has(Location))),
        Org => !has(Org) && matches!(last, Person | Location) && !has(Title),
        // `숄츠 독일 총리`, `미국 대통령`, `산은 회장`.
        Title => !has(Title) && (matches!(last, Person | Org) || (last == Location && !has(Org))),
        Location => chain.iter().all(|&t| t == Location),
        _ => false,
    }
}

/// Words that may stand between a name and its title: `전`, `현`, `신임`, `초대`, `제44대`
/// (written as the gap words of rule packs, `#` standing for digits).
const TITLE_MARKERS: &[&str] = &[
    "제#대",
    "#대",
    "전",
    "현",
    "前",
    "現",
    "신임",
    "초대",
    "차기",
    "당시",
    "겸",
    "임시",
    "대행",
    "주한",
    "주미",
    "주중",
    "주일",
    "주러",
    "주유엔",
];

/// Units no dictionary lists, by their head, that stand between a name and its title
/// (`김정은 국방위원회 제1위원장이`, `A 경제학과 교수는`): the position pack's gap words of the
/// same kind.
const UNIT_HEADS: &[&str] = &[
    "*위원회",
    "*대책위",
    "*비대위",
    "*인수위",
    "*총국",
    "*사업부",
    "*사업본부",
    "*본부",
    "*사무국",
    "*사무처",
    "*협의회",
    "*연합회",
    "*추진단",
    "*조사단",
    "*학과",
    "*대학원",
];

/// `김 전회장은`, `이 前대표가`: a marker of former or present office written onto the title
/// that follows it, one space after the name.
fn glued_marker(gap: &str) -> bool {
    gap.strip_prefix(' ')
        .is_some_and(|m| ["전", "前", "현", "現"].contains(&m))
}

/// The gap holds only title markers (` 제44대 `, ` 전 `) and units named by their head
/// (` 국방위원회 `) between spaces.
fn title_markers_only(gap: &str) -> bool {
    gap.len() > 2
        && gap.starts_with(' ')
        && gap.ends_with(' ')
        && gap.split(' ').filter(|w| !w.is_empty()).all(|w| {
            TITLE_MARKERS
                .iter()
                .chain(UNIT_HEADS)
                .any(|m| super::gap_word_matches(m, w))
        })
}

fn chain_head(members: &[usize], kind: impl Fn(usize) -> EntityType) -> usize {
    if let Some(&p) = members.iter().find(|&&m| kind(m) == EntityType::Person) {
        return p;
    }
    if members.iter().all(|&m| kind(m) == EntityType::Location) {
        return *members.last().unwrap_or(&members[0]);
    }
    if let Some(&o) = members.iter().find(|&&m| kind(m) == EntityType::Org) {
        return o;
    }
    members[0]
}

/// How many words a list of report sources may take up to its `…에 따르면` (`AP, AFP, 로이터
/// 통신 등에`).
const SOURCE_LIST_WORDS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-syllable filter before the clause lists must pass every word of them.
    #[test]
    fn every_clause_ending_ends_in_a_filtered_syllable() {
        for word in CLAUSE_ENDINGS.iter().chain(CLAUSE_WORDS) {
            let last = word.chars().next_back().unwrap();
            assert!(CLAUSE_END_SYLLABLES.contains(&last), "{word}");
        }
    }

    #[test]
    fn a_count_follows_the_body_that_made_it() {
        let text = "6만여 명(경찰 추산 5만)이 모였다.";
        assert!(counts_after(
            text,
            text.find("경찰").unwrap() + "경찰".len()
        ));
        let text = "경찰추산 1만 명이 참가했다.";
        assert!(counts_after(text, "경찰".len()));
        let text = "경찰 수사가 시작됐다.";
        assert!(!counts_after(text, "경찰".len()));
    }

    #[test]
    fn a_comma_after_a_noted_name_lists() {
        assert!(noted_list_item("(25·서울시청),"));
        assert!(noted_list_item("(54),"));
        assert!(!noted_list_item(","));
        assert!(!noted_list_item("(54)"));
        assert!(!noted_list_item("(54)에게,"));
    }

    #[test]
    fn a_quote_cut_off_before_the_name_still_closes_it() {
        let text = "한빛건설'은 2005년 설립됐다.";
        let end = "한빛건설".len();
        assert_eq!(unpaired_closing_quote(text, 0, end), Some(1));
        let text = "한빛재단\"이 2005년 설립됐다.";
        assert_eq!(unpaired_closing_quote(text, 0, "한빛재단".len()), Some(1));
        let text = "지난해 문을 열었다. 한빛재단」은 서울에 있다.";
        let start = text.find("한빛재단").unwrap();
        let end = start + "한빛재단".len();
        assert_eq!(
            unpaired_closing_quote(text, start, end),
            Some('」'.len_utf8())
        );
    }

    #[test]
    fn a_quote_inside_a_sentence_or_without_a_particle_is_left_alone() {
        // The opening quote may stand words before (a quoted phrase, not the name's own).
        let text = "그는 한빛건설'은 크다고 말했다.";
        let start = text.find("한빛건설").unwrap();
        let end = start + "한빛건설".len();
        assert_eq!(unpaired_closing_quote(text, start, end), None);
        // No particle after the quote.
        let text = "한빛건설' 2005년 설립.";
        assert_eq!(unpaired_closing_quote(text, 0, "한빛건설".len()), None);
    }
}
