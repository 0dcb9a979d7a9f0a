// Sentences dated to another visit than the note's date of service.
#include "detect/dated_sentences.h"

#include <optional>
#include <utility>

namespace notelint::detect {
namespace {

using MonthDay = std::pair<int, int>;

bool Digit(char c) { return c >= '0' && c <= '9'; }

// A date "m/d", "m/d/yy", "m/d/yyyy" (or with '-') starting at i; its end in `end`.
std::optional<MonthDay> DateAt(std::string_view t, size_t i, size_t* end = nullptr) {
  if (i > 0 && (Digit(t[i - 1]) || t[i - 1] == '/' || t[i - 1] == '.')) return std::nullopt;
  auto number = [&](size_t& k, size_t max_digits, int& v) {
    size_t b = k;
    v = 0;
    while (k < t.size() && Digit(t[k]) && k - b < max_digits) v = v * 10 + (t[k++] - '0');
    return k > b;
  };
  size_t k = i;
  int m, d, y;
  if (!number(k, 2, m) || k >= t.size() || (t[k] != '/' && t[k] != '-')) return std::nullopt;
  char sep = t[k++];
  if (!number(k, 2, d)) return std::nullopt;
  if (k < t.size() && t[k] == sep) {
    size_t y0 = ++k;
    if (!number(k, 4, y) || (k - y0 != 2 && k - y0 != 4)) return std::nullopt;
  }
  if (k < t.size() && (Digit(t[k]) || t[k] == '/')) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  if (end) *end = k;
  return MonthDay{m, d};
}

std::optional<MonthDay> DateOfService(std::string_view t, const text::Segmentation& seg) {
  for (std::string_view label : {"date of service", "service date", "visit date", "dos"}) {
    for (size_t p = t.find(label); p != std::string_view::npos; p = t.find(label, p + 1)) {
      if (p > 0 && (t[p - 1] >= 'a' && t[p - 1] <= 'z')) continue;
      size_t k = p + label.size();
      while (k < t.size() && (t[k] == ' ' || t[k] == ':' || t[k] == '#' || t[k] == '\t')) ++k;
      if (auto md = DateAt(t, k)) return md;
    }
  }
  int seen = 0;
  for (const auto& ln : seg.lines) {
    if (ln.blank) continue;
    if (++seen > 2) break;
    for (int32_t i = ln.begin; i < ln.end; ++i)
      if (Digit(t[i]))
        if (auto md = DateAt(t, static_cast<size_t>(i))) return md;
  }
  return std::nullopt;
}

}  // namespace

std::vector<DatedRange> DatedOtherVisitSentences(std::string_view t, const text::Segmentation& seg) {
  std::vector<DatedRange> out;
  if (t.find('/') == std::string_view::npos) return out;
  // Sentences that open with a date first (few notes have one), then the
  // date of service they are compared with.
  std::vector<std::pair<DatedRange, MonthDay>> opening;
  for (const auto& s : seg.sentences) {
    size_t i = static_cast<size_t>(s.begin);
    while (i < static_cast<size_t>(s.end) && (t[i] == ' ' || t[i] == '\t' || t[i] == '-' || t[i] == '*' || t[i] == '>'))
      ++i;
    if (i >= static_cast<size_t>(s.end)) continue;
    std::optional<MonthDay> md;
    size_t end = 0;
    if (t[i] == 'o' && t.substr(i).starts_with("on ")) {
      md = DateAt(t, i + 3, &end);
    } else if (Digit(t[i])) {
      if (auto first = DateAt(t, i, &end)) {  // "02/26: slough removed", "02/26 - debrided"
        size_t k = end;
        while (k < t.size() && t[k] == ' ') ++k;
        if (k < t.size() && (t[k] == ':' || t[k] == '-' || t[k] == ',')) md = first;
      }
    }
    if (md) opening.push_back({DatedRange{s.begin, s.end}, *md});
  }
  if (opening.empty()) return out;
  auto dos = DateOfService(t, seg);
  if (!dos) return out;
  for (const auto& [range, md] : opening)
    if (md != *dos) out.push_back(range);
  return out;
}

}  // namespace notelint::detect
