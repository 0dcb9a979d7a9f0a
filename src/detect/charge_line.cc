// Charge-line patterns.
#include "detect/charge_line.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace notelint::detect {

namespace {

// Whether `line` holds only CPT codes (with modifiers and units) and list
// separators: two or more codes, a code with units ("97597 x1"), or one code
// alone on the note's last line. "97110: 23 min" and "97110 Ther ex" are not.
bool BareCodes(std::string_view line, const RE2& code_re, bool last_line) {
  re2::StringPiece cap[5];
  size_t p = 0, covered = 0;
  int codes = 0;
  bool units = false;
  std::string rest;
  while (p < line.size() && code_re.Match(line, p, line.size(), RE2::UNANCHORED, cap, 5)) {
    size_t b = static_cast<size_t>(cap[0].data() - line.data());
    size_t e = b + cap[0].size();
    rest.append(line.substr(covered, b - covered));
    covered = e;
    p = e;
    ++codes;
    units |= cap[3].size() > 0;
    if (cap[1].empty() || (cap[1][0] != '9' && cap[1][0] != '1')) return false;
  }
  rest.append(line.substr(covered));
  for (char c : rest)
    if (!(c == ' ' || c == '\t' || c == ',' || c == ';' || c == '/' || c == '|' || c == '&' || c == '+')) return false;
  return codes >= 2 || (codes == 1 && (units || last_line));
}

}  // namespace

std::vector<ChargeLine> FindChargeLines(std::string_view text) {
  static const RE2 line_re(
      R"((?m)^[ \t*>-]*(?:cpt(?:\s*codes?)?|billed(?:\s*codes?)?|billing|bill|charges?|charge\(s\)|codes?\s*billed|units?\s*billed|procedure\s*codes?|coding)\b[^\n:]{0,24}?(?:[:=-]|\s)\s*([^\n]*\d{5}[^\n]*)$)");
  // The same label opening a field in the middle of a line.
  static const RE2 field_re(
      R"((?m)(?:cpt(?:\s*codes?)?|billed(?:\s*codes?)?|billing|bill|charges?|charge\(s\)|codes?\s*billed|units?\s*billed|procedure\s*codes?|coding)\b[^\n:]{0,24}?(?:[:=-]|\s)\s*([^\n]*\d{5}[^\n]*)$)");
  static const RE2 code_re(
      R"((?:^|[^\da-z])(\d{5}|[a-z]\d{4}\b)((?:\s*-\s*[a-z0-9]{2})*)(?:\s*(?:x|\*)\s*(\d{1,2})\b)?(?:\s*\(([a-z]{2}|\d{2})\))?)");
  std::vector<ChargeLine> out;
  re2::StringPiece cap[10];
  std::string_view g[10];
  auto label_at = [](std::string_view h) {
    return h.starts_with("cpt") || h.starts_with("bill") || h.starts_with("charge") || h.starts_with("cod") ||
           h.starts_with("procedure") || h.starts_with("unit");
  };
  // Labels opening a field in the middle of a line: set off by a tab, two
  // spaces, ';' or '|' ("Dx E11.621, L97.422  CPT 97597"), found once per note.
  std::vector<size_t> fields;
  auto field_after = [&](size_t sep_end) {
    size_t k = sep_end;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k < text.size() && text[k] != '\n' && label_at(text.substr(k))) fields.push_back(k);
  };
  for (char sep : {'\t', ';', '|'})
    for (size_t k = text.find(sep); k != std::string_view::npos; k = text.find(sep, k + 1)) field_after(k + 1);
  for (size_t k = text.find("  "); k != std::string_view::npos; k = text.find("  ", k + 2)) field_after(k + 2);
  std::sort(fields.begin(), fields.end());
  fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
  // line_re reads one line, and its label comes first on the line (after
  // bullets): only lines that start with a label's first letters are tried.
  for (size_t line = 0; line < text.size();) {
    size_t eol = text.find('\n', line);
    size_t next = eol == std::string_view::npos ? text.size() : eol + 1;
    size_t lead = text.find_first_not_of(" \t*>-", line);
    std::string_view head = lead < next ? text.substr(lead, next - lead) : std::string_view();
    size_t from = line;
    const size_t line_start = line;
    line = next;
    std::string_view rest;
    ChargeLine cl;
    bool bare = false;
    auto digit = [&](size_t k) { return k < head.size() && head[k] >= '0' && head[k] <= '9'; };
    if (digit(0) && digit(1) && digit(2) && digit(3) && digit(4)) {
      // A line of nothing but codes: "97110 x2, 97140, 97116".
      while (!head.empty() && (head.back() == '\n' || head.back() == '\r' || head.back() == ' ')) head.remove_suffix(1);
      if (!BareCodes(head, code_re, text.find_first_not_of(" \t\r\n", next) == std::string_view::npos)) continue;
      rest = head;
      cl.begin = static_cast<int32_t>(lead);
      cl.end = cl.begin + static_cast<int32_t>(head.size());
      bare = true;
    }
    if (!bare) {
      // The label opens the line or a field of it (`fields`).
      if (!label_at(head)) {
        auto f = std::lower_bound(fields.begin(), fields.end(), lead);
        if (f == fields.end() || *f >= next) continue;
        from = *f;
      }
      // Both patterns need a five-digit code after the label: look before running them.
      bool code = false;
      for (size_t k = from, run = 0; k < next && !code; ++k) {
        run = text[k] >= '0' && text[k] <= '9' ? run + 1 : 0;
        code = run >= 5;
      }
      if (!code) continue;
      // The line alone as RE2's text: asked for groups, RE2 sizes its work by
      // the text it is given, not by the span searched.
      std::string_view piece = text.substr(from, next - from);
      bool ok = from == line_start ? line_re.Match(piece, 0, piece.size(), RE2::UNANCHORED, cap, 2)
                                   : field_re.Match(piece, 0, piece.size(), RE2::ANCHOR_START, cap, 2);
      if (!ok) continue;
      for (int ci = 0; ci < 2; ++ci) g[ci] = std::string_view(cap[ci].data(), cap[ci].size());
      cl.begin = static_cast<int32_t>(g[0].data() - text.data());
      cl.end = cl.begin + static_cast<int32_t>(g[0].size());
      rest = g[1];
    }
    re2::StringPiece ccap[5];
    std::string_view c[5];
    size_t p = 0;
    while (p < rest.size() && code_re.Match(rest, p, rest.size(), RE2::UNANCHORED, ccap, 5)) {
      for (int ci = 0; ci < 5; ++ci) c[ci] = std::string_view(ccap[ci].data(), ccap[ci].size());
      p = static_cast<size_t>(c[0].data() - rest.data() + c[0].size());
      CodeSpec spec;
      spec.code = std::string(c[1]);
      for (char& ch : spec.code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));  // HCPCS "G0283"
      size_t mods_end = static_cast<size_t>(c[2].data() - rest.data() + c[2].size());
      if (!c[2].empty() && mods_end < rest.size() && std::isdigit(static_cast<unsigned char>(rest[mods_end]))) {
        // "11042-11045": a range or list, not a modifier
        c[2] = {};
        c[3] = {};
        c[4] = {};
        p = static_cast<size_t>(c[1].data() - rest.data() + c[1].size());
      }
      char first = spec.code[0];
      // CPT ranges the code book covers, and HCPCS level II codes ("G0283"),
      // which the code rules name when the code book does not know them
      if (first != '9' && first != '1' && first != '2' && !(first >= 'A' && first <= 'V')) continue;
      std::string mods(c[2]);
      std::string cur;
      for (char ch : mods + "-") {
        if (ch == '-') {
          if (!cur.empty()) spec.modifiers.push_back(cur);
          cur.clear();
        } else if (ch != ' ') {
          cur.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
        }
      }
      if (!c[3].empty()) spec.units = std::stoi(std::string(c[3]));
      if (!c[4].empty()) {
        std::string m(c[4]);
        for (char& ch : m) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        spec.modifiers.push_back(m);
      }
      if (spec.units < 1) spec.units = 1;
      cl.codes.push_back(spec);
    }
    if (!cl.codes.empty()) out.push_back(cl);
  }
  return out;
}

}  // namespace notelint::detect
