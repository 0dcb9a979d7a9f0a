// Finding unticked boxes and unfilled fields.
#include "detect/masks.h"

#include <algorithm>
#include <string_view>

namespace notelint::detect {
namespace {

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

bool OrigUpper(const SourceText& src, const text::NormalizedText& norm, int32_t pos) {
  int32_t cp = norm.to_orig[pos];
  char c = src.bytes()[src.ByteOfCp(cp)];
  return c >= 'A' && c <= 'Z';
}

// Start of the "Label:" in front of position `colon` (at most three words,
// stopping after a word written with a capital in the original).
int32_t LabelStart(const SourceText& src, const text::NormalizedText& norm, int32_t line_begin, int32_t colon) {
  const std::string& s = norm.text;
  int32_t p = colon;
  int words = 0;
  while (p > line_begin && words < 3) {
    int32_t e = p;
    while (e > line_begin && !IsLetter(s[e - 1]) && s[e - 1] != '*' && s[e - 1] != '}' && s[e - 1] != '_') --e;
    if (e > line_begin && (s[e - 1] == '*' || s[e - 1] == '}' || s[e - 1] == '_')) break;
    int32_t b = e;
    while (b > line_begin && (IsLetter(s[b - 1]) || s[b - 1] == '-' || s[b - 1] == '(' || s[b - 1] == ')')) --b;
    if (b == e) break;
    p = b;
    ++words;
    if (OrigUpper(src, norm, b)) break;
  }
  return p;
}

}  // namespace

void MaskSet::Finish() {
  std::sort(ranges_.begin(), ranges_.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
  std::vector<Range> merged;
  for (const Range& r : ranges_) {
    if (!merged.empty() && r.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, r.end);
    else
      merged.push_back(r);
  }
  ranges_ = std::move(merged);
}

bool MaskSet::Covers(int32_t b, int32_t e) const {
  auto it = std::upper_bound(ranges_.begin(), ranges_.end(), b, [](int32_t p, const Range& r) { return p < r.begin; });
  if (it != ranges_.begin() && std::prev(it)->end > b) return true;
  return it != ranges_.end() && it->begin < e;
}

MaskSet FindMasks(const SourceText& src, const text::NormalizedText& norm, const text::Segmentation& seg) {
  MaskSet masks;
  const std::string& s = norm.text;
  for (const text::Line& ln : seg.lines) {
    if (ln.blank) continue;
    std::string_view line = norm.View(ln.begin, ln.end);
    // Unticked boxes.
    for (size_t i = 0; i + 2 < line.size(); ++i) {
      if (line[i + 1] != ' ') continue;
      bool box = (line[i] == '[' || line[i] == '(') && line[i + 1] == ' ' && (line[i + 2] == ']' || line[i + 2] == ')');
      if (!box) continue;
      size_t j = i + 3;
      while (j < line.size() && line[j] != '[' && !(line[j] == '(' && j + 2 < line.size() && line[j + 2] == ')')) ++j;
      masks.Add(ln.begin + static_cast<int32_t>(i), ln.begin + static_cast<int32_t>(j));
      i = j - 1;
    }
    // Unfilled fields.
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c != '*' && c != '{' && c != '_') continue;  // cheap first look
      size_t len = 0;
      if (line.compare(i, 3, "***") == 0)
        len = 3;
      else if (line.compare(i, 7, "{blank}") == 0)
        len = 7;
      else if (line.compare(i, 3, "___") == 0)
        len = 3;
      if (!len) continue;
      size_t end = i + len;
      while (end < line.size() && (line[end] == '*' || line[end] == '_')) ++end;
      int32_t abs = ln.begin + static_cast<int32_t>(i);
      int32_t b = abs;
      // the label before it: "Tissue removed: ***"
      int32_t k = abs;
      while (k > ln.begin && (s[k - 1] == ' ' || s[k - 1] == '\t')) --k;
      if (k > ln.begin && s[k - 1] == ':') b = LabelStart(src, norm, ln.begin, k - 1);
      masks.Add(b, ln.begin + static_cast<int32_t>(end));
      i = end - 1;
    }
  }
  masks.Finish();
  return masks;
}

}  // namespace notelint::detect
