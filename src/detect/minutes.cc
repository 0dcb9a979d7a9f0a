// Minute and clock-range patterns.
#include "detect/minutes.h"

#include <re2/re2.h>

#include <string>

#include "detect/number_match.h"

namespace notelint::detect {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }

// `[^\w.:/]`, the guard both patterns put before their number.
bool MinuteGuard(char c) { return !IsRe2WordChar(c) && c != '.' && c != ':' && c != '/'; }

// What must follow a clock time ("0905", "9:05") for a range: its digits and
// colon, spaces, then "-", "to", "until" or an en dash.
bool RangeShape(std::string_view t, size_t d, size_t) {
  size_t i = d;
  while (i < t.size() && (Digit(t[i]) || t[i] == ':')) ++i;
  i = SkipSpace(t, i);
  std::string_view rest = t.substr(i);
  return rest.starts_with("-") || rest.starts_with("to") || rest.starts_with("until") ||
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

}  // namespace

std::vector<MinuteMention> FindMinuteAmounts(std::string_view text) {
  static const RE2 amount(R"((?:^|[^\w.:/])(\d{1,3})\s*(?:-\s*)?(?:min(?:ute)?s?\b|mins?\.|'(?:[^'\w]|$)|m\b))");
  static const RE2 range(
      R"((?:^|[^\w.:/])([01]?\d|2[0-3]):?([0-5]\d)\s*(?:-|to|until|–)\s*([01]?\d|2[0-3]):?([0-5]\d)(?:\s*(?:am|pm))?\b)");
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
    if (to < from) to += 12 * 60;  // 11:50 to 12:20 or pm wrap
    if (to <= from || to - from > 240) continue;
    m.minutes = to - from;
    m.kind = MinuteKind::kClockRange;
    out.push_back(m);
  }
  pos = 0;
  while (pos < text.size() && NextNumberMatch(amount, text, pos, cap, 2, false, MinuteGuard, AmountShape)) {
    for (int ci = 0; ci < 2; ++ci) g[ci] = std::string_view(cap[ci].data(), cap[ci].size());
    MinuteMention m;
    m.begin = static_cast<int32_t>(g[1].data() - text.data());
    m.end = static_cast<int32_t>(g[0].data() - text.data() + g[0].size());
    pos = static_cast<size_t>(m.end);
    bool inside_range = false;
    for (const MinuteMention& r : out)
      if (r.kind == MinuteKind::kClockRange && m.begin < r.end && r.begin < m.end) inside_range = true;
    if (inside_range) continue;
    m.minutes = std::stoi(std::string(g[1]));
    m.kind = MinuteKind::kService;
    out.push_back(m);
  }
  return out;
}

}  // namespace notelint::detect
