// Line, heading and sentence splitting tuned for clinical notes, where line
// breaks carry structure and periods often end abbreviations.
#include "text/segmenter.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

namespace notelint::text {
namespace {

bool IsAlpha(char c) { return c >= 'a' && c <= 'z'; }

// Words after which a period does not end a sentence.
bool IsAbbreviation(std::string_view word) {
  static constexpr std::string_view kAbbr[] = {
      "pt",   "dr", "approx", "vs",  "etc",   "e.g",   "i.e", "no",  "sq", "mr", "mrs", "ms", "st", "fig",
      "appt", "yo", "y.o",    "s.p", "b.i.d", "t.i.d", "q.d", "p.o", "ca", "hx", "dx",  "tx", "rx", "wt"};
  return std::find(std::begin(kAbbr), std::end(kAbbr), word) != std::end(kAbbr);
}

// Original text of a normalized range has letters and none in lower case.
bool IsAllCaps(const SourceText& src, const NormalizedText& norm, int32_t b, int32_t e) {
  if (e <= b) return false;
  Span sp = norm.OrigSpan(b, e);
  int32_t ob = src.ByteOfCp(sp.start), oe = src.ByteOfCp(sp.end);
  int letters = 0;
  for (int32_t i = ob; i < oe; ++i) {
    unsigned char c = static_cast<unsigned char>(src.bytes()[i]);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 4;
}

bool StartsUpper(const SourceText& src, const NormalizedText& norm, int32_t b) {
  Span sp = norm.OrigSpan(b, b + 1);
  char c = src.bytes()[src.ByteOfCp(sp.start)];
  return c >= 'A' && c <= 'Z';
}

// Length of a "Label:" prefix at the start of the line (label of at most six
// words, no digits-only label such as a clock time), or -1.
int32_t LabelEnd(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '-' || line[i] == '*' || line[i] == '>' ||
                             line[i] == '#' || line[i] == '|'))
    ++i;
  if (i >= line.size() || !IsAlpha(line[i])) return -1;
  int words = 1;
  for (size_t j = i; j < line.size() && j < i + 48; ++j) {
    char c = line[j];
    if (c == '|') return static_cast<int32_t>(j + 1);  // "Site | Left heel": an exported table's label cell
    // "Previous note -" alone on its line: a heading written with a dash
    if (c == '-' && line[j - 1] == ' ' && line.find_first_not_of(" \t-", j) == std::string_view::npos)
      return static_cast<int32_t>(j + 1);
    if (c == ':') {
      // "9:05" is a time, not a label
      if (j + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[j + 1])) && j > 0 &&
          std::isdigit(static_cast<unsigned char>(line[j - 1])))
        return -1;
      return static_cast<int32_t>(j + 1);
    }
    if (c == ' ') {
      if (j > i && line[j - 1] != ' ') ++words;
      if (words > 6) return -1;
      continue;
    }
    if (c == '\t' || c == '.' || c == ',' || c == ';') return -1;
  }
  return -1;
}

bool IsHeadingLine(const SourceText& src, const NormalizedText& norm, const Line& ln) {
  std::string_view t = norm.View(ln.begin, ln.end);
  size_t i = t.find_first_not_of(" \t");
  if (i == std::string_view::npos) return false;
  t.remove_prefix(i);
  if (ln.label_end >= 0) return true;
  if (t.starts_with(">>>") || t.starts_with("<<<") || t.starts_with("===") || t.starts_with("---") ||
      (t.starts_with("[") && !t.starts_with("[ ]") && !t.starts_with("[x]")))
    return true;
  if (t.starts_with("wound #") || t.starts_with("wound ")) {
    size_t k = t.find_first_of("0123456789");
    if (k != std::string_view::npos && k <= 8) return true;
  }
  if (t.size() <= 80 && IsAllCaps(src, norm, ln.begin, ln.end)) return true;
  // Dictated heading: "Procedure, ..." (one to three words then a comma).
  size_t comma = t.find(',');
  if (comma != std::string_view::npos && comma > 2 && comma < 32 &&
      std::count(t.begin(), t.begin() + comma, ' ') <= 2 &&
      std::all_of(t.begin(), t.begin() + comma, [](char c) { return IsAlpha(c) || c == ' '; }) &&
      StartsUpper(src, norm, ln.begin + static_cast<int32_t>(i)) && comma + 1 < t.size() &&
      IsAllCaps(src, norm, ln.begin + static_cast<int32_t>(i), ln.begin + static_cast<int32_t>(i + comma)))
    return true;
  return false;
}

// "Vomiting? No." : a question answered in one word stays one sentence with
// its answer, so that the answer reads on the question.
bool IsShortAnswer(std::string_view rest) {
  size_t b = rest.find_first_not_of(" \t");
  if (b == std::string_view::npos) return false;
  size_t e = b;
  while (e < rest.size() && rest[e] >= 'a' && rest[e] <= 'z') ++e;
  std::string_view word = rest.substr(b, e - b);
  if (word != "no" && word != "none" && word != "denies" && word != "negative" && word != "neg" && word != "yes")
    return false;
  size_t after = rest.find_first_not_of(" \t", e);
  return after == std::string_view::npos || rest[after] == '.' || rest[after] == ';' || rest[after] == ',';
}

void SplitSentences(const NormalizedText& norm, const Line& ln, int line_index, int section,
                    std::vector<Sentence>& out) {
  const std::string& s = norm.text;
  int32_t start = ln.begin;
  for (int32_t i = ln.begin; i < ln.end; ++i) {
    char c = s[i];
    // '.', ';', '!', '?' in one test: all four are below 64.
    constexpr uint64_t kEnders = 1ULL << '.' | 1ULL << ';' | 1ULL << '!' | 1ULL << '?';
    if (static_cast<unsigned char>(c) >= 64 || !(kEnders >> c & 1)) continue;
    bool at_end = i + 1 >= ln.end;
    if (!at_end && s[i + 1] != ' ' && s[i + 1] != '\t') continue;
    if (c == '?' && IsShortAnswer(std::string_view(s).substr(i + 1, ln.end - i - 1))) continue;
    if (c == '.') {
      int32_t w = i;
      while (w > ln.begin && (IsAlpha(s[w - 1]) || s[w - 1] == '.')) --w;
      if (IsAbbreviation(std::string_view(s).substr(w, i - w))) continue;
    }
    if (i + 1 > start) out.push_back(Sentence{start, i + 1, line_index, section});
    start = i + 1;
  }
  if (ln.end > start) out.push_back(Sentence{start, ln.end, line_index, section});
}

}  // namespace

int Segmentation::LineAt(int32_t pos) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), pos, [](int32_t p, const Line& l) { return p < l.begin; });
  return std::max(0, static_cast<int>(it - lines.begin()) - 1);
}

int Segmentation::SentenceAt(int32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](int32_t p, const Sentence& s) { return p < s.begin; });
  return std::max(0, static_cast<int>(it - sentences.begin()) - 1);
}

Segmentation Segment(const SourceText& src, const NormalizedText& norm) {
  Segmentation seg;
  const std::string& s = norm.text;
  int32_t b = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (b <= n) {
    const void* nl = b < n ? std::memchr(s.data() + b, '\n', n - b) : nullptr;
    int32_t e = nl ? static_cast<int32_t>(static_cast<const char*>(nl) - s.data()) : n;
    Line ln{b, e, false, false, -1};
    ln.blank = s.find_first_not_of(" \t", b) >= static_cast<size_t>(e);
    if (!ln.blank) {
      int32_t le = LabelEnd(norm.View(b, e));
      if (le >= 0) ln.label_end = b + le;
      ln.heading = IsHeadingLine(src, norm, ln);
    }
    seg.lines.push_back(ln);
    if (e >= n) break;
    b = e + 1;
  }
  for (size_t li = 0; li < seg.lines.size(); ++li) {
    const Line& ln = seg.lines[li];
    if (li == 0 || ln.heading) {
      if (!seg.sections.empty()) {
        seg.sections.back().end = seg.lines[li - 1].end;
        seg.sections.back().last_line = static_cast<int>(li) - 1;
      }
      seg.sections.push_back(Section{ln.begin, ln.end, static_cast<int>(li), static_cast<int>(li)});
    }
    if (!ln.blank)
      SplitSentences(norm, ln, static_cast<int>(li), static_cast<int>(seg.sections.size()) - 1, seg.sentences);
  }
  if (!seg.sections.empty()) {
    seg.sections.back().end = seg.lines.back().end;
    seg.sections.back().last_line = static_cast<int>(seg.lines.size()) - 1;
  }
  return seg;
}

}  // namespace notelint::text
