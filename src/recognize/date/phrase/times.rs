//! Times of day: `오전 10시`, `오후 3시 30분`, `15:20`, `정오`, `밤 12시`.

use super::*;

/// A time of day at `i`: `오전 10시`, `오후 3시 30분`, `오후 3시 반`, `15:20`, `06:01:00`,
/// `정오`; a bare `3시` or `3시 30분` only right after a date (`attached`), or with minutes.
pub(super) fn time_at(text: &str, i: usize, attached: bool) -> Option<(Time, usize)> {
    const NOON: &[(&str, u32)] = &[("정오", 12), ("자정", 0)];
    if let Some((h, end)) = one_of(text, i, NOON) {
        let t = Time {
            hour: h,
            minute: 0,
            second: 0,
            grain: Grain::Hour,
        };
        return date_tail_ok(text, end).then_some((t, end));
    }
    #[derive(Clone, Copy)]
    enum Half {
        Am,
        Pm,
        Noon,
    }
    const PARTS: &[(&str, Half)] = &[
        ("오전", Half::Am),
        ("새벽", Half::Am),
        ("아침", Half::Am),
        ("오후", Half::Pm),
        ("저녁", Half::Pm),
        ("밤", Half::Pm),
        ("낮", Half::Noon),
    ];
    let (part, q) = match one_of(text, i, PARTS) {
        Some((p, e)) => (Some(p), sp(text, e)),
        None => (None, i),
    };
    let (mut t, end) = clock(text, q).or_else(|| hour_minute(text, q))?;
    // A bare hour is a time only right after a date, or before a particle of time (`9시에
    // 개최했다`, `7시까지`, `10시께`): `3시` alone may be a direction (`3시 방향`) or a name.
    // Not the second hour of `오후 3∼4시`, whose half of the day is written before the first.
    if part.is_none()
        && !attached
        && t.grain == Grain::Hour
        && (!before_time_particle(text, end) || after_hour_range_connector(text, i))
    {
        return None;
    }
    match part {
        Some(Half::Am) if t.hour == 12 => t.hour = 0,
        Some(Half::Pm) if t.hour < 12 => t.hour += 12,
        // `27일 밤 12시`: the midnight that ends the 27th (24:00, the 28th at 00:00).
        Some(Half::Pm) if t.hour == 12 && text.get(i..).is_some_and(|r| r.starts_with('밤')) => {
            t.hour = 24
        }
        Some(Half::Noon) if t.hour < 6 => t.hour += 12,
        _ => {}
    }
    // 24:00 is the end of the day written before it (`밤 12시`, `27일 24시`), nothing later.
    let midnight = t.hour == 24 && t.minute == 0 && t.second == 0 && (attached || part.is_some());
    if t.hour > 23 && !midnight {
        return None;
    }
    date_tail_ok(text, end).then_some((t, end))
}

/// The particles that make a bare hour a time of day: `에`, `부터`, `까지`, `께`, `쯤`, `경`
/// (with nothing glued after but other particles: `9시에는`, `7시까지의`).
fn before_time_particle(text: &str, end: usize) -> bool {
    const TIME_PARTICLES: [&str; 6] = ["에", "부터", "까지", "께", "쯤", "경"];
    let rest = text.get(end..).unwrap_or("");
    TIME_PARTICLES.iter().any(|p| {
        rest.strip_prefix(p).is_some_and(|after| {
            let glued = after
                .char_indices()
                .find(|&(_, c)| !is_hangul(c))
                .map_or(after.len(), |(k, _)| k);
            glued == 0 || particle_chain(&after[..glued]).is_some_and(|c| c.len == glued)
        })
    })
}

/// Whether a range connector right after a digit ends before byte `i` (`3∼|4시`).
fn after_hour_range_connector(text: &str, i: usize) -> bool {
    let mut before = text[..i].chars().rev();
    before.next().is_some_and(|c| "~∼〜-–".contains(c))
        && before.next().is_some_and(|c| c.is_ascii_digit())
}

/// `15:20`, `06:01:00`.
pub(super) fn clock(text: &str, i: usize) -> Option<(Time, usize)> {
    let bytes = text.as_bytes();
    let (h, e, n) = number::digit_run(text, i)?;
    if n > 2 || h > 24 || bytes.get(e) != Some(&b':') {
        return None;
    }
    let (m, e2, n2) = number::digit_run(text, e + 1)?;
    if n2 != 2 || m > 59 {
        return None;
    }
    let mut t = Time {
        hour: h as u32,
        minute: m as u32,
        second: 0,
        grain: Grain::Minute,
    };
    let mut end = e2;
    if bytes.get(e2) == Some(&b':') {
        let (sec, e3, n3) = number::digit_run(text, e2 + 1)?;
        if n3 != 2 || sec > 59 {
            return None;
        }
        t.second = sec as u32;
        t.grain = Grain::Second;
        end = e3;
    }
    if matches!(bytes.get(end), Some(b':' | b'0'..=b'9')) {
        return None;
    }
    Some((t, end))
}

/// `3시`, `3시 30분`, `3시30분 15초`, `3시 반`.
pub(super) fn hour_minute(text: &str, i: usize) -> Option<(Time, usize)> {
    let (h, mut end) = num_unit(text, i, 2, "시")?;
    if h > 24 {
        return None;
    }
    let mut t = Time {
        hour: h as u32,
        minute: 0,
        second: 0,
        grain: Grain::Hour,
    };
    let q = sp(text, end);
    if let Some((m, e)) = num_unit(text, q, 2, "분").filter(|&(m, _)| m < 60) {
        t.minute = m as u32;
        t.grain = Grain::Minute;
        end = e;
        let q = sp(text, end);
        if let Some((s, e)) = num_unit(text, q, 2, "초").filter(|&(s, _)| s < 60) {
            t.second = s as u32;
            t.grain = Grain::Second;
            end = e;
        }
    } else if let Some(e) = lit(text, q, "반") {
        if date_tail_ok(text, e) {
            t.minute = 30;
            t.grain = Grain::Minute;
            end = e;
        }
    }
    Some((t, end))
}
