// Labels on a line and the attribution of minute amounts to them.
#include "facts/therapy_labels.h"

#include <re2/re2.h>

#include <algorithm>

namespace notelint::facts {

using detect::Analysis;
using detect::Mention;

bool IsTimed(const lexicon::CodeBook& book, const std::string& code) { return book.InGroup(code, "TIMED"); }

// Labels on a line: literal 5-digit codes, service words, untimed words.
std::vector<Label> LabelsOnLine(const Analysis& a, const lexicon::CodeBook& book, int32_t lb, int32_t le) {
  std::vector<Label> out;
  std::string_view line = a.Text(lb, le);
  static const RE2 code_re(R"((?:^|[^\d])(9\d{4})(?:[^\d]|$))");
  re2::StringPiece in(line.data(), line.size()), m;
  size_t pos = 0;
  while (pos < line.size() && code_re.Match(in, pos, line.size(), RE2::UNANCHORED, nullptr, 0)) {
    re2::StringPiece g[2];
    code_re.Match(in, pos, line.size(), RE2::UNANCHORED, g, 2);
    int32_t b = lb + static_cast<int32_t>(g[1].data() - line.data());
    std::string code(g[1].data(), g[1].size());
    const auto* info = book.Find(code);
    out.push_back(Label{b, b + 5, info ? (IsTimed(book, code) ? code : "untimed") : "", true});
    pos = static_cast<size_t>(g[1].data() - line.data()) + 5;
  }
  for (const Mention& s : a.Of("services")) {
    // A planned service names no minutes of today ("Plan: gait 2x/wk, 15 min each").
    if (s.begin < lb || s.end > le || s.ctx.historical || s.ctx.hypothetical) continue;
    const std::string& k = s.key();
    std::string code = IsTimed(book, k) ? k : "untimed";
    out.push_back(Label{s.begin, s.end, code});
  }
  for (const Mention& s : a.Of("untimed"))
    if (s.begin >= lb && s.end <= le && !s.ctx.historical) out.push_back(Label{s.begin, s.end, "untimed"});
  std::sort(out.begin(), out.end(), [](const Label& x, const Label& y) { return x.begin < y.begin; });
  return out;
}

// The label a minute amount belongs to: the nearest before it on its line, else
// the nearest after it (clock range first, label after: "0905-0943  TE").
const Label* Attribute(const std::vector<Label>& labels, int32_t pos) {
  // A CPT code written on the line names the service outright: "group (97150)".
  for (const Label& l : labels)
    if (l.literal && !l.code.empty()) return &l;
  const Label* best = nullptr;
  for (const Label& l : labels)
    if (l.end <= pos && !l.code.empty()) best = &l;
  if (best) return best;
  for (const Label& l : labels)
    if (l.begin >= pos && !l.code.empty()) return &l;
  return nullptr;
}

}  // namespace notelint::facts
