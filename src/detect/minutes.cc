// Minute and clock-range patterns.
#include "detect/minutes.h"

#include <re2/re2.h>

#include <string>

namespace notelint::detect {
namespace {

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
  while (pos < text.size() && range.Match(text, pos, text.size(), RE2::UNANCHORED, cap, 5)) {
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
  while (pos < text.size() && amount.Match(text, pos, text.size(), RE2::UNANCHORED, cap, 2)) {
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
