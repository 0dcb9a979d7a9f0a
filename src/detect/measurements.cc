// Measurement patterns (RE2, compiled once) and unit conversion.
#include "detect/measurements.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "detect/number_match.h"

namespace notelint::detect {
namespace {

constexpr const char* kNum = R"((\d+(?:\.\d+)?|\.\d+))";
constexpr const char* kUnit = R"((?:\s*(cm|mm|in\b|inch(?:es)?|"))?)";
// A dimension's name after its number: "3.2 cm (L)" (wound-software exports),
// "9 cm long x 6.5 cm wide", "9L x 6.5W x 1.5D cm".
constexpr const char* kTag = R"((?:\s*\((?:l|w|d)\)|\s*(?:long|wide|deep|length|width|depth|l|w|d)\b)?)";

const RE2& DimsPattern() {
  // A depth may be written as a bound: "x <0.1 cm", "x less than 0.1".
  static const RE2 re(std::string(R"((?:^|[^\w.#/-]))") + kNum + kUnit + kTag + R"(\s*(?:x|by|\*)\s*)" + kNum + kUnit +
                      kTag + R"((?:\s*(?:x|by|\*)\s*(?:<\s*|less than\s+)?)" + kNum + kUnit + kTag + R"()?)");
  return re;
}

const RE2& LabeledPattern() {
  // L 3.2 W 2.1 D 0.4 | length 3.2 cm, width 2.1 cm | Length (cm): 5.0 Width (cm): 3.5 Depth (cm): 1.2
  static const std::string lab = R"(\s*(?:\((cm|mm)\))?\s*[:=]?\s*)";
  // The letter may be glued to its number: "L3.2 W2.1 D0.4".
  static const RE2 re(std::string(R"(\b(?:length|len|l))") + lab + kNum + kUnit + R"([\s,;x/|]*\b(?:width|wid|w))" +
                      lab + kNum + kUnit + R"((?:[\s,;x/|]*\b(?:depth|d))" + lab + R"((?:<\s*|less than\s+)?)" + kNum +
                      kUnit + R"()?)");
  return re;
}

const RE2& AreaPattern() {
  static const RE2 re(
      std::string(R"((?:^|[^\w.])(\d+(?:\.\d+)?|\.\d+)\s*)") +
      R"((sq\.?\s*cm|sq\.?\s*centimet(?:er|re)s?|cm2|cm\^2|square\s+cm|square\s+centimet(?:er|re)s?|sq\.?\s*mm|mm2|sq\.?\s*in(?:ch(?:es)?)?\b))");
  return re;
}

const RE2& NotSizeAfter() {
  static const RE2 re(
      R"(^\s*(?:min|minutes|mins|reps?|sets?|sec|seconds|s\b|lbs?|#|ft|feet|/|days?|wks?|weeks?|times|hrs?|hours?|daily|per))");
  return re;
}

// `[^\w.#/-]`, the guard DimsPattern puts before its first number.
bool DimsGuard(char c) { return !IsRe2WordChar(c) && c != '.' && c != '#' && c != '/' && c != '-'; }

// What must follow the first number [d, end) of a "3.2 x 2.1": spaces, maybe a
// unit, spaces, then "x", "by" or "*".
bool DimsShape(std::string_view t, size_t, size_t end) {
  auto times = [&](size_t k) { return k < t.size() && (t[k] == 'x' || t[k] == '*' || t.substr(k).starts_with("by")); };
  auto tagged = [&](size_t k) {  // times(k), or after a "(l)" / "long" / "l" tag
    if (times(k)) return true;
    std::string_view r = t.substr(std::min(k, t.size()));
    if (r.size() >= 3 && r[0] == '(' && (r[1] == 'l' || r[1] == 'w' || r[1] == 'd') && r[2] == ')')
      return times(SkipSpace(t, k + 3));
    if (r.empty() || (r[0] != 'l' && r[0] != 'w' && r[0] != 'd')) return false;
    for (std::string_view w : {"long", "wide", "deep", "length", "width", "depth", "l", "w", "d"})
      if (r.starts_with(w) && (r.size() == w.size() || !IsRe2WordChar(r[w.size()])))
        return times(SkipSpace(t, k + w.size()));
    return false;
  };
  size_t i = SkipSpace(t, end);
  if (tagged(i)) return true;
  for (std::string_view unit : {"cm", "mm", "in", "inch", "inches", "\""})
    if (t.substr(i).starts_with(unit) && tagged(SkipSpace(t, i + unit.size()))) return true;
  return false;
}

double Factor(std::string_view unit) {
  if (unit == "mm") return 0.1;
  if (unit.starts_with("in") || unit == "\"") return 2.54;
  return 1.0;
}

double AreaFactor(std::string_view unit) {
  if (unit.find("mm") != std::string_view::npos) return 0.01;
  if (unit.find("in") != std::string_view::npos && unit.find("cent") == std::string_view::npos) return 6.4516;
  return 1.0;
}

double ToDouble(std::string_view s) { return std::stod(std::string(s)); }

MeasureStage StageBefore(std::string_view text, int32_t begin) {
  // words since the line start (at most 60 bytes back)
  int32_t b = begin;
  while (b > 0 && text[b - 1] != '\n' && begin - b < 60) --b;
  std::string_view before = text.substr(b, begin - b);
  auto has = [&](std::string_view w) { return before.find(w) != std::string_view::npos; };
  size_t post = std::string_view::npos;
  size_t pre = std::string_view::npos;
  for (std::string_view w : {"post", "after", "following"}) {
    size_t p = before.rfind(w);
    if (p != std::string_view::npos && (post == std::string_view::npos || p > post)) post = p;
  }
  for (std::string_view w : {"pre", "before", "initial", "prior to"}) {
    size_t p = before.rfind(w);
    if (p != std::string_view::npos && (pre == std::string_view::npos || p > pre)) pre = p;
  }
  if (has("area debrided") || has("debrided area") || has("debridement area") || has("area of debridement"))
    return MeasureStage::kDebridedArea;
  if (post != std::string_view::npos && (pre == std::string_view::npos || post > pre)) return MeasureStage::kPost;
  if (pre != std::string_view::npos) return MeasureStage::kPre;
  return MeasureStage::kUnknown;
}

// Cheap literal checks that tell when a pattern cannot match, so its RE2 pass
// is skipped (each pattern needs the literal named here).
bool Has(std::string_view text, std::string_view lit) { return text.find(lit) != std::string_view::npos; }
bool MayHaveLabeled(std::string_view text) {  // "wid..." or a lone "w"
  if (Has(text, "wid")) return true;
  auto word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; };
  auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  for (size_t i = text.find('w'); i != std::string_view::npos; i = text.find('w', i + 1))
    if ((i == 0 || !word(text[i - 1])) && (i + 1 == text.size() || !letter(text[i + 1]))) return true;
  return false;
}
bool MayHaveArea(std::string_view text) { return Has(text, "sq") || Has(text, "m2") || Has(text, "m^2"); }

bool Overlaps(const std::vector<Measurement>& ms, int32_t b, int32_t e) {
  return std::any_of(ms.begin(), ms.end(), [&](const Measurement& m) { return m.begin < e && b < m.end; });
}

// The cells of a table row "| a | b |", trimmed, as [begin, end) offsets into text.
std::vector<std::pair<size_t, size_t>> Cells(std::string_view text, size_t b, size_t e) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t p = text.find('|', b);
  while (p < e) {
    size_t q = text.find('|', p + 1);
    if (q == std::string_view::npos || q > e) q = e;
    size_t cb = p + 1, ce = q;
    while (cb < ce && (text[cb] == ' ' || text[cb] == '\t')) ++cb;
    while (ce > cb && (text[ce - 1] == ' ' || text[ce - 1] == '\t' || text[ce - 1] == '\r')) --ce;
    if (q < e || cb < ce) out.emplace_back(cb, ce);
    p = q;
  }
  return out;
}

// Which dimension a header cell names ('l', 'w', 'd' or 0), and its unit factor.
char DimensionOf(std::string_view cell, double& factor) {
  factor = 1.0;
  for (std::string_view unit : {"(cm)", "(mm)", " cm", " mm"})
    if (cell.ends_with(unit)) {
      if (unit.find("mm") != std::string_view::npos) factor = 0.1;
      cell.remove_suffix(unit.size());
      while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    }
  if (cell == "l" || cell == "length" || cell == "len") return 'l';
  if (cell == "w" || cell == "width" || cell == "wid") return 'w';
  if (cell == "d" || cell == "depth") return 'd';
  return 0;
}

bool ParseNumber(std::string_view cell, double& v) {
  if (cell.empty() || cell.size() > 8) return false;
  bool digit = false, dot = false;
  for (char c : cell) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (c == '.' && !dot)
      dot = true;
    else
      return false;
  }
  if (!digit) return false;
  v = ToDouble(cell);
  return true;
}

// Exported flowsheet tables: a header row naming L, W and D columns
// ("| Location | L (cm) | W (cm) | D (cm) |"), then one row per wound.
void FindTableSizes(std::string_view text, std::vector<Measurement>& out) {
  int col_l = -1, col_w = -1, col_d = -1;
  double factor = 1.0;
  for (size_t line = 0; line < text.size();) {
    size_t eol = text.find('\n', line);
    size_t next = eol == std::string_view::npos ? text.size() : eol + 1;
    size_t end = eol == std::string_view::npos ? text.size() : eol;
    size_t lead = text.find_first_not_of(" \t", line);
    size_t b = line;
    line = next;
    if (lead >= end || text[lead] != '|') {
      col_l = col_w = col_d = -1;  // the table ended
      continue;
    }
    auto cells = Cells(text, b, end);
    int l = -1, w = -1, d = -1;
    double f = 1.0;
    for (size_t i = 0; i < cells.size(); ++i) {
      double cf;
      char dim = DimensionOf(text.substr(cells[i].first, cells[i].second - cells[i].first), cf);
      if (dim == 'l' && l < 0) l = static_cast<int>(i), f = cf;
      if (dim == 'w' && w < 0) w = static_cast<int>(i);
      if (dim == 'd' && d < 0) d = static_cast<int>(i);
    }
    if (l >= 0 && w >= 0) {  // a header row
      col_l = l, col_w = w, col_d = d, factor = f;
      continue;
    }
    if (col_l < 0 || static_cast<int>(cells.size()) <= std::max(col_l, col_w)) continue;
    auto cell = [&](int i) { return text.substr(cells[i].first, cells[i].second - cells[i].first); };
    double lv, wv, dv;
    if (!ParseNumber(cell(col_l), lv) || !ParseNumber(cell(col_w), wv)) continue;
    Measurement m;
    m.begin = static_cast<int32_t>(cells[col_l].first);
    m.end = static_cast<int32_t>(cells[col_w].second);
    m.length_cm = lv * factor;
    m.width_cm = wv * factor;
    if (col_d >= 0 && col_d < static_cast<int>(cells.size()) && ParseNumber(cell(col_d), dv)) {
      m.depth_cm = dv * factor;
      m.end = std::max(m.end, static_cast<int32_t>(cells[col_d].second));
    }
    m.area_cm2 = m.length_cm * m.width_cm;
    m.stage = StageBefore(text, m.begin);
    if (!Overlaps(out, m.begin, m.end)) out.push_back(m);
  }
}

}  // namespace

std::vector<Measurement> FindMeasurements(std::string_view text) {
  std::vector<Measurement> out;
  re2::StringPiece cap[10];
  std::string_view g[10];
  // Labeled L/W/D first: it would otherwise be half-read.
  if (MayHaveLabeled(text)) {
    size_t pos = 0;
    while (pos < text.size() && LabeledPattern().Match(text, pos, text.size(), RE2::UNANCHORED, cap, 10)) {
      for (int ci = 0; ci < 10; ++ci) g[ci] = std::string_view(cap[ci].data(), cap[ci].size());
      Measurement m;
      m.begin = static_cast<int32_t>(g[0].data() - text.data());
      m.end = m.begin + static_cast<int32_t>(g[0].size());
      auto unit_of = [&](int label_group, int after_group, std::string_view fallback) {
        if (!g[after_group].empty()) return g[after_group];
        if (!g[label_group].empty()) return g[label_group];
        return fallback;
      };
      // groups: 1 lab unit, 2 num, 3 unit, 4 lab unit, 5 num, 6 unit, 7 lab unit, 8 num, 9 unit
      std::string_view last_unit = !g[9].empty() ? g[9] : (!g[7].empty() ? g[7] : (!g[6].empty() ? g[6] : g[3]));
      if (last_unit.empty()) last_unit = g[4].empty() ? g[1] : g[4];
      if (last_unit.empty()) last_unit = "cm";
      m.length_cm = ToDouble(g[2]) * Factor(unit_of(1, 3, last_unit));
      m.width_cm = ToDouble(g[5]) * Factor(unit_of(4, 6, last_unit));
      if (!g[8].empty()) m.depth_cm = ToDouble(g[8]) * Factor(unit_of(7, 9, last_unit));
      m.area_cm2 = m.length_cm * m.width_cm;
      m.stage = StageBefore(text, m.begin);
      out.push_back(m);
      pos = static_cast<size_t>(m.end);
    }
  }
  {
    size_t pos = 0;
    while (pos < text.size() && NextNumberMatch(DimsPattern(), text, pos, cap, 1, true, DimsGuard, DimsShape)) {
      // Most matches are sets x reps ("3 x 15"): no decimal point and no unit
      // letter, so dropped below. Tell them from the bounds alone; read the
      // groups (the costly part of a match) only for the rest.
      std::string_view whole(cap[0].data(), cap[0].size());
      if (whole.find_first_of(".cmi\"") == std::string_view::npos) {
        pos = static_cast<size_t>(whole.data() - text.data() + whole.size());
        continue;
      }
      size_t whole_begin = static_cast<size_t>(whole.data() - text.data());
      DimsPattern().Match(text, whole_begin, whole_begin + whole.size(), RE2::ANCHOR_BOTH, cap, 10);
      for (int ci = 0; ci < 10; ++ci) g[ci] = std::string_view(cap[ci].data(), cap[ci].size());
      int32_t b = static_cast<int32_t>(g[1].data() - text.data());
      int32_t e = static_cast<int32_t>(g[0].data() - text.data() + g[0].size());
      pos = static_cast<size_t>(e);
      // groups: 1 num, 2 unit, 3 num, 4 unit, 5 num, 6 unit
      bool any_unit = !g[2].empty() || !g[4].empty() || !g[6].empty();
      bool any_decimal = g[1].find('.') != std::string_view::npos || g[3].find('.') != std::string_view::npos ||
                         g[5].find('.') != std::string_view::npos;
      // '"' is inches only with decimals: '3 x 30"' is sets x seconds.
      bool only_quote =
          (g[2] == "\"" || g[2].empty()) && (g[4] == "\"" || g[4].empty()) && (g[6] == "\"" || g[6].empty());
      if (any_unit && only_quote && !any_decimal) continue;
      if (!any_unit && (!any_decimal || RE2::PartialMatch(text.substr(e, 12), NotSizeAfter()))) continue;
      if (Overlaps(out, b, e)) continue;
      std::string_view last_unit = !g[6].empty() ? g[6] : (!g[4].empty() ? g[4] : g[2]);
      if (last_unit.empty()) last_unit = "cm";
      Measurement m;
      m.begin = b;
      m.end = e;
      m.length_cm = ToDouble(g[1]) * Factor(g[2].empty() ? last_unit : g[2]);
      m.width_cm = ToDouble(g[3]) * Factor(g[4].empty() ? last_unit : g[4]);
      if (!g[5].empty()) m.depth_cm = ToDouble(g[5]) * Factor(g[6].empty() ? last_unit : g[6]);
      m.area_cm2 = m.length_cm * m.width_cm;
      m.stage = StageBefore(text, m.begin);
      out.push_back(m);
    }
  }
  if (MayHaveArea(text)) {
    size_t pos = 0;
    while (pos < text.size() && AreaPattern().Match(text, pos, text.size(), RE2::UNANCHORED, cap, 3)) {
      for (int ci = 0; ci < 3; ++ci) g[ci] = std::string_view(cap[ci].data(), cap[ci].size());
      int32_t b = static_cast<int32_t>(g[1].data() - text.data());
      int32_t e = static_cast<int32_t>(g[0].data() - text.data() + g[0].size());
      pos = static_cast<size_t>(e);
      if (Overlaps(out, b, e)) continue;
      Measurement m;
      m.begin = b;
      m.end = e;
      m.area_cm2 = ToDouble(g[1]) * AreaFactor(g[2]);
      m.stated_area = true;
      m.stage = StageBefore(text, m.begin);
      out.push_back(m);
    }
  }
  if (Has(text, "depth")) {
    // "depth 0.3 cm" written apart from length and width
    static const RE2 depth_re(
        R"(\bdepth\s*(?:of\s*)?(?:\((?:cm|mm)\))?\s*[:=]?\s*(?:<\s*|less than\s+)?(\d+(?:\.\d+)?|\.\d+)\s*(cm|mm)?\b)");
    size_t pos = 0;
    while (pos < text.size() && depth_re.Match(text, pos, text.size(), RE2::UNANCHORED, cap, 3)) {
      int32_t b = static_cast<int32_t>(cap[0].data() - text.data());
      int32_t e = b + static_cast<int32_t>(cap[0].size());
      pos = static_cast<size_t>(e);
      if (Overlaps(out, b, e)) continue;
      Measurement m;
      m.begin = b;
      m.end = e;
      m.depth_cm = ToDouble(std::string_view(cap[1].data(), cap[1].size())) *
                   (cap[2].size() == 2 && cap[2][0] == 'm' ? 0.1 : 1.0);
      m.stage = StageBefore(text, m.begin);
      out.push_back(m);
    }
  }
  if (text.find('|') != std::string_view::npos) FindTableSizes(text, out);
  std::sort(out.begin(), out.end(), [](const Measurement& a, const Measurement& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace notelint::detect
