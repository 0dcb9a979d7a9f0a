// Minute and clock-range patterns.
#include "detect/minutes.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "detect/number_match.h"

namespace notelint::detect {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }

// `[^\w.:/]`, the guard both patterns put before their number.
bool MinuteGuard(char c) { return !IsRe2WordChar(c) && c != '.' && c != ':' && c != '/'; }

// Number words for dictated minutes: ones and teens, then tens.
constexpr std::string_view kOnes[] = {"",         "one",     "two",     "three",     "four",     "five",    "six",
                                      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                                      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view kTens[] = {"",      "",      "twenty",  "thirty", "forty",
                                      "fifty", "sixty", "seventy", "eighty", "ninety"};

// "fifteen minutes", "twenty-five min": a number of one or two words before a
// minute word, 1 to 99. Returns 0 when the words before `end` are no number.
int NumberWordsBefore(std::string_view t, size_t end, size_t* begin) {
  auto word_before = [&](size_t e, size_t* b) {
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '-')) --e;
    size_t s = e;
    while (s > 0 && t[s - 1] >= 'a' && t[s - 1] <= 'z') --s;
    *b = s;
    return t.substr(s, e - s);
  };
  size_t b1;
  std::string_view w1 = word_before(end, &b1);
  int ones = 0, tens = 0;
  for (int i = 1; i < 20; ++i)
    if (w1 == kOnes[i]) ones = i;
  for (int i = 2; i < 10; ++i)
    if (w1 == kTens[i]) tens = i;
  if (!ones && !tens) return 0;
  *begin = b1;
  if (ones && ones < 10) {  // "twenty five"
    size_t b2;
    std::string_view w2 = word_before(b1, &b2);
    for (int i = 2; i < 10; ++i)
      if (w2 == kTens[i]) {
        *begin = b2;
        return i * 10 + ones;
      }
  }
  return ones ? ones : tens * 10;
}

// What must follow a clock time ("0905", "9:05") for a range: its digits and
// colon, spaces, then "-", "/", "to", "until" or an en dash.
bool RangeShape(std::string_view t, size_t d, size_t) {
  size_t i = d;
  while (i < t.size() && (Digit(t[i]) || t[i] == ':')) ++i;
  i = SkipSpace(t, i);
  std::string_view rest = t.substr(i);
  return rest.starts_with("-") || rest.starts_with("/") || rest.starts_with("to") || rest.starts_with("until") ||
         rest.starts_with("\xe2\x80\x93");
}

// What must follow an amount: one to three digits, spaces, maybe "-", then "m" or "'".
bool AmountShape(std::string_view t, size_t d, size_t) {
  size_t i = d;
  while (i < t.size() && Digit(t[i])) ++i;
  if (i - d > 3) return false;
  i = SkipSpace(t, i);
  if (i < t.size() && t[i] == '-') i = SkipSpace(t, i + 1);
  return i < t.size() && (t[i] == 'm' || t[i] == '\'');
}

int ToClock(std::string_view h, std::string_view m) {
  return std::stoi(std::string(h)) * 60 + std::stoi(std::string(m));
}

bool Letter(char c) { return c >= 'a' && c <= 'z'; }

// The word at `i` (letters), or empty.
std::string_view WordAt(std::string_view t, size_t i) {
  size_t e = i;
  while (e < t.size() && Letter(t[e])) ++e;
  return t.substr(i, e - i);
}

size_t Blanks(std::string_view t, size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  return i;
}

// "thirty-eight", "forty five", "twelve" at `i`: 1 to 99, or 0 when no number word starts there.
int NumberWordsAt(std::string_view t, size_t i, size_t* end) {
  std::string_view w = WordAt(t, i);
  for (int k = 1; k < 20; ++k)
    if (w == kOnes[k]) {
      *end = i + w.size();
      return k;
    }
  for (int k = 2; k < 10; ++k)
    if (w == kTens[k]) {
      *end = i + w.size();
      size_t j = *end;
      if (j < t.size() && (t[j] == '-' || t[j] == ' ')) {
        std::string_view u = WordAt(t, j + 1);
        for (int o = 1; o < 10; ++o)
          if (u == kOnes[o]) {
            *end = j + 1 + u.size();
            return k * 10 + o;
          }
      }
      return k * 10;
    }
  return 0;
}

// The one to three digits glued between an "x" and `unit` ("23" of "TE x23min",
// "20" of "NMR x20'"), as their first index, or npos (with a space, "x 2" is a count).
size_t DigitsAfterX(std::string_view t, size_t unit) {
  size_t d = unit;
  while (d > 0 && Digit(t[d - 1]) && unit - d < 4) --d;
  if (d == unit || unit - d > 3 || d < 1 || t[d - 1] != 'x' || (d >= 2 && IsRe2WordChar(t[d - 2])))
    return std::string_view::npos;
  return d;
}

void AddAmount(std::vector<MinuteMention>& out, size_t b, size_t e, int minutes) {
  MinuteMention m;
  m.begin = static_cast<int32_t>(b);
  m.end = static_cast<int32_t>(e);
  m.minutes = minutes;
  m.kind = MinuteKind::kService;
  out.push_back(m);
}

}  // namespace

std::optional<Duration> ReadDuration(std::string_view t, size_t pos) {
  size_t i = Blanks(t, pos);
  if (i < t.size() && Letter(t[i])) {  // dictated: "thirty-eight minutes", "one hour"
    size_t e = 0;
    int n = NumberWordsAt(t, i, &e);
    if (n <= 0) return std::nullopt;
    size_t u = Blanks(t, e);
    std::string_view unit = WordAt(t, u);
    if (unit == "hour" || unit == "hours" || unit == "hr" || unit == "hrs")
      return Duration{n * 60, u + unit.size(), true};
    if (unit == "minutes" || unit == "minute" || unit == "min" || unit == "mins")
      return Duration{n, u + unit.size(), false};
    // without a unit only where the sentence goes on to another clause or ends
    if (!unit.empty() && unit != "and") return std::nullopt;
    return Duration{n, e, false};
  }
  size_t d = i;
  while (d < t.size() && Digit(t[d])) ++d;
  if (d == i || d - i > 3 || (d < t.size() && (Letter(t[d]) || t[d] == '_'))) {
    // "1hr" glued is still an hour amount; any other glued letter is not a duration
    if (d == i || d - i > 3 || !(WordAt(t, d) == "h" || WordAt(t, d) == "hr" || WordAt(t, d) == "hrs"))
      return std::nullopt;
  }
  int whole = std::stoi(std::string(t.substr(i, d - i)));
  int tenths = 0;  // a decimal part, in hundredths
  size_t e = d;
  if (e + 1 < t.size() && t[e] == '.' && Digit(t[e + 1])) {
    size_t f = e + 1;
    while (f < t.size() && Digit(t[f]) && f - e <= 2) ++f;
    if (f < t.size() && Digit(t[f])) return std::nullopt;
    std::string frac(t.substr(e + 1, f - e - 1));
    tenths = std::stoi(frac) * (frac.size() == 1 ? 10 : 1);
    e = f;
  }
  size_t u = Blanks(t, e);
  std::string_view unit = WordAt(t, u);
  if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") {
    Duration out{whole * 60 + (tenths * 60 + 50) / 100, u + unit.size(), true};
    // "1 hr 10 min", "1 hour and 5 minutes", "1h10m"
    size_t m = Blanks(t, out.end);
    if (WordAt(t, m) == "and") m = Blanks(t, m + 3);
    size_t md = m;
    while (md < t.size() && Digit(t[md]) && md - m < 3) ++md;
    if (md > m && md - m <= 2) {
      std::string_view mu = WordAt(t, Blanks(t, md));
      if (mu == "m" || mu == "min" || mu == "mins" || mu == "minute" || mu == "minutes") {
        out.minutes += std::stoi(std::string(t.substr(m, md - m)));
        out.end = Blanks(t, md) + mu.size();
      }
    }
    return out;
  }
  if (tenths) return std::nullopt;  // "1.5" without an hour unit is no minute count
  return Duration{whole, d, false};
}

// A prime after a number is also feet: "amb 150' x2 w/ SPC", "walked 80'".
// Read as feet after a walking word, or from 100 up (no single service line
// runs 100 minutes).
bool IsFeet(std::string_view text, size_t number_begin, int value) {
  if (value >= 100) return true;
  size_t w = number_begin;
  while (w > 0 && (text[w - 1] == ' ' || text[w - 1] == '\t' || text[w - 1] == 'x')) --w;
  size_t b = w;
  while (b > 0 && Letter(text[b - 1])) --b;
  std::string_view word = text.substr(b, w - b);
  for (std::string_view walk : {"amb", "ambulated", "ambulates", "ambulating", "ambulation", "walked", "walks",
                                "walking", "propelled", "propels", "propelling", "distance"})
    if (word == walk) return true;
  return false;
}

std::vector<MinuteMention> FindMinuteAmounts(std::string_view text) {
  static const RE2 amount(R"((?:^|[^\w.:/])(\d{1,3})\s*(?:-\s*)?(?:min(?:ute)?s?\b|mins?\.|'(?:[^'\w]|$)|m\b))");
  static const RE2 range(
      R"((?:^|[^\w.:/])([01]?\d|2[0-3]):?([0-5]\d)\s*(?:-|/|to|until|–)\s*([01]?\d|2[0-3]):?([0-5]\d)(?:\s*(?:am|pm))?\b)");
  std::vector<MinuteMention> out;
  re2::StringPiece cap[10];
  std::string_view g[10];
  size_t pos = 0;
  while (pos < text.size() && NextNumberMatch(range, text, pos, cap, 5, false, MinuteGuard, RangeShape)) {
    for (int ci = 0; ci < 5; ++ci) g[ci] = std::string_view(cap[ci].data(), cap[ci].size());
    MinuteMention m;
    m.begin = static_cast<int32_t>(g[1].data() - text.data());
    m.end = static_cast<int32_t>(g[0].data() - text.data() + g[0].size());
    pos = static_cast<size_t>(m.end);
    // "0905-0935" needs four digits a side, "9:05" a colon: "3-10" is not a clock range.
    std::string_view whole = text.substr(m.begin, m.end - m.begin);
    bool colon = whole.find(':') != std::string_view::npos;
    if (!colon && (g[1].size() + g[2].size() != 4 || g[3].size() + g[4].size() != 4)) continue;
    int from = ToClock(g[1], g[2]), to = ToClock(g[3], g[4]);
    if (to < from && from < 13 * 60) to += 12 * 60;  // 11:50 to 12:20 or pm wrap (not from a 24-hour "2114")
    if (to <= from || to - from > 240) continue;
    m.minutes = to - from;
    m.kind = MinuteKind::kClockRange;
    out.push_back(m);
  }
  // Hours: "gait training 1 hour", "1 hr 10 min", "1.5 hrs" (at most three
  // hours, a session; not a frequency such as "q2h" or "every 4 hours").
  const size_t ranges = out.size();
  for (size_t p = text.find('h'); p != std::string_view::npos; p = text.find('h', p + 1)) {
    if (p == 0 || (p >= 1 && Letter(text[p - 1]))) continue;
    size_t d = p;
    while (d > 0 && (text[d - 1] == ' ' || text[d - 1] == '\t')) --d;
    size_t b = d;
    while (b > 0 && (Digit(text[b - 1]) || text[b - 1] == '.')) --b;
    if (b == d || !Digit(text[b]) ||
        (b > 0 && (IsRe2WordChar(text[b - 1]) || text[b - 1] == '/' || text[b - 1] == ':')))
      continue;
    auto dur = ReadDuration(text, b);
    if (!dur || !dur->hours || dur->minutes <= 0 || dur->minutes > 180) continue;
    size_t w = b;
    while (w > 0 && text[w - 1] == ' ') --w;
    size_t ws = w;
    while (ws > 0 && Letter(text[ws - 1])) --ws;
    std::string_view before = text.substr(ws, w - ws);
    if (before == "every" || before == "per" || before == "q" || before == "x" || before == "last" || before == "past")
      continue;
    bool inside_range = false;
    for (size_t k = 0; k < ranges; ++k)
      if (static_cast<int32_t>(b) < out[k].end && out[k].begin < static_cast<int32_t>(dur->end)) inside_range = true;
    if (inside_range) continue;
    AddAmount(out, b, dur->end, dur->minutes);
    p = dur->end;
  }
  const size_t hours_end = out.size();
  pos = 0;
  while (pos < text.size() && NextNumberMatch(amount, text, pos, cap, 2, false, MinuteGuard, AmountShape)) {
    for (int ci = 0; ci < 2; ++ci) g[ci] = std::string_view(cap[ci].data(), cap[ci].size());
    MinuteMention m;
    m.begin = static_cast<int32_t>(g[1].data() - text.data());
    m.end = static_cast<int32_t>(g[0].data() - text.data() + g[0].size());
    pos = static_cast<size_t>(m.end);
    bool inside_range = false;
    for (size_t k = 0; k < hours_end; ++k)
      if (m.begin < out[k].end && out[k].begin < m.end) inside_range = true;  // a clock range or "1 hr 10 min"
    if (inside_range) continue;
    m.minutes = std::stoi(std::string(g[1]));
    if (g[0].back() == '\'' || (g[0].size() >= 2 && g[0][g[0].size() - 2] == '\'')) {
      if (IsFeet(text, static_cast<size_t>(m.begin), m.minutes)) continue;
    }
    m.kind = MinuteKind::kService;
    out.push_back(m);
  }
  const size_t found = out.size();
  // "TE x23min": the minutes glued to an "x" (with a space, "x 2" is a count).
  for (size_t p = text.find("min"); p != std::string_view::npos; p = text.find("min", p + 3)) {
    size_t d = DigitsAfterX(text, p);
    if (d == std::string_view::npos) continue;
    size_t e = p + 3;
    while (e < text.size() && (text[e] == 'u' || text[e] == 't' || text[e] == 'e' || text[e] == 's')) ++e;
    if (e < text.size() && IsRe2WordChar(text[e])) continue;  // "x2mins" yes, "x2minimal" no
    AddAmount(out, d, e, std::stoi(std::string(text.substr(d, p - d))));
  }
  // The label first: "[x] Ther ex 97110   minutes: 24", "Min: 24", "mins 24". A
  // bare "min" needs its ':' or '=' ("min 2 reps"); a number followed by a word
  // ("minutes 3 sets") is no amount; after a total's words ("total minutes:
  // 45", "timed mins 38") the totals read it.
  for (size_t p = text.find("min"); p != std::string_view::npos; p = text.find("min", p + 3)) {
    if (p > 0 && IsRe2WordChar(text[p - 1])) continue;
    size_t w = p + 3;
    if (text.substr(w).starts_with("utes"))
      w += 4;
    else if (w < text.size() && text[w] == 's')
      ++w;
    if (w < text.size() && IsRe2WordChar(text[w])) continue;
    size_t b = p;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    size_t db = b;
    while (db > 0 && Digit(text[db - 1])) --db;
    if (b > db && b - db <= 3) continue;  // "25 minutes": the amount itself (not "97110 minutes: 24")
    size_t pb = b;
    while (pb > 0 && text[pb - 1] >= 'a' && text[pb - 1] <= 'z') --pb;
    std::string_view before = text.substr(pb, b - pb);
    if (before == "total" || before == "timed" || before == "treatment" || before == "tx" || before == "code" ||
        before == "billable" || before == "session" || before == "tot")
      continue;
    size_t i = Blanks(text, w);  // spaces and tabs on the same line
    bool sep = i < text.size() && (text[i] == ':' || text[i] == '=');
    if (sep) i = Blanks(text, i + 1);
    if (!sep && w == p + 3) continue;  // bare "min"
    size_t d = i;
    while (d < text.size() && Digit(text[d]) && d - i < 4) ++d;
    if (d == i || d - i > 3 || (d < text.size() && (IsRe2WordChar(text[d]) || text[d] == ':' || text[d] == '.')))
      continue;
    size_t after = Blanks(text, d);
    if (after < text.size() && after == d + 1 && text[after] >= 'a' && text[after] <= 'z') continue;  // "24 reps"
    bool overlaps = std::any_of(out.begin(), out.end(), [&](const MinuteMention& o) {
      return o.begin < static_cast<int32_t>(d) && static_cast<int32_t>(i) < o.end;
    });
    if (!overlaps) AddAmount(out, p, d, std::stoi(std::string(text.substr(i, d - i))));
  }
  // "NMR x20'": a prime glued to the "x" form (with a space, "x 2'" would be the
  // amount pattern's own, which needs no "x").
  for (size_t p = text.find('\''); p != std::string_view::npos; p = text.find('\'', p + 1)) {
    size_t d = DigitsAfterX(text, p);
    if (d == std::string_view::npos) continue;
    if (p + 1 < text.size() && IsRe2WordChar(text[p + 1])) continue;  // "x2's"
    bool seen = std::any_of(out.begin(), out.end(), [&](const MinuteMention& o) {
      return o.begin <= static_cast<int32_t>(d) && static_cast<int32_t>(p) < o.end;
    });
    if (!seen) AddAmount(out, d, p + 1, std::stoi(std::string(text.substr(d, p - d))));
  }
  // Dictated numbers: "gait training for fifteen minutes".
  for (size_t p = text.find("minute"); p != std::string_view::npos; p = text.find("minute", p + 6)) {
    if (p > 0 && text[p - 1] != ' ') continue;
    size_t b = 0;
    int n = NumberWordsBefore(text, p, &b);
    if (n <= 0) continue;
    AddAmount(out, b, p + (text.substr(p).starts_with("minutes") ? 7 : 6), n);
  }
  if (out.size() > found)
    std::stable_sort(out.begin(), out.end(),
                     [](const MinuteMention& x, const MinuteMention& y) { return x.begin < y.begin; });
  return out;
}

}  // namespace notelint::detect
