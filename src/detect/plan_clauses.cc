// Plan fields split into clauses; a clause opening with a planning verb, or
// stating a frequency of care, is planned.
#include "detect/plan_clauses.h"

#include <algorithm>

namespace notelint::detect {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// First byte of [b, e) after spaces, bullets and a list number ("- ", "2. ", "b) ").
int32_t ClauseStart(std::string_view text, int32_t b, int32_t e) {
  auto skip = [&](auto pred) {
    while (b < e && pred(text[b])) ++b;
  };
  skip([](char c) { return IsSpace(c) || c == '-' || c == '*' || c == '>' || c == '#'; });
  int32_t p = b;
  while (p < e && text[p] >= '0' && text[p] <= '9') ++p;
  if (p == b && p < e && text[p] >= 'a' && text[p] <= 'z' && p + 1 < e && text[p + 1] == ')') ++p;
  if (p > b && p < e && (text[p] == '.' || text[p] == ')')) {
    b = p + 1;
    skip(IsSpace);
  }
  return b;
}

bool SaysToday(std::string_view clause) {
  for (size_t i = clause.find("today"); i != std::string_view::npos; i = clause.find("today", i + 1)) {
    bool left = i == 0 || !(clause[i - 1] >= 'a' && clause[i - 1] <= 'z');
    size_t j = i + 5;
    bool right = j >= clause.size() || !(clause[j] >= 'a' && clause[j] <= 'z') || clause[j] == '\'';
    if (left && right) return true;
  }
  return false;
}

// A frequency or length of care: "2x/wk", "3 x week", "2-3x per week",
// "x 4 wks", "for 6 weeks", "weekly", "BIW": the clause says what is to come.
bool SaysFrequency(std::string_view c) {
  auto word_at = [&](size_t i, std::string_view w) {
    return c.substr(i).starts_with(w) &&
           (i + w.size() >= c.size() || !(c[i + w.size()] >= 'a' && c[i + w.size()] <= 'z'));
  };
  auto period_at = [&](size_t i) {
    for (std::string_view w : {"wk", "wks", "week", "weeks", "mo", "month", "months", "day", "days"})
      if (word_at(i, w)) return true;
    return false;
  };
  auto skip = [&](size_t i) {
    while (i < c.size() && (c[i] == ' ' || c[i] == '\t')) ++i;
    return i;
  };
  for (size_t i = 0; i < c.size(); ++i) {
    bool word_start = i == 0 || !(c[i - 1] >= 'a' && c[i - 1] <= 'z');
    if (word_start && (word_at(i, "weekly") || word_at(i, "biw") || word_at(i, "tiw") || word_at(i, "twice a week") ||
                       word_at(i, "once a week")))
      return true;
    if (!(c[i] >= '0' && c[i] <= '9') || (i > 0 && c[i - 1] >= '0' && c[i - 1] <= '9')) continue;
    size_t j = i;
    while (j < c.size() && ((c[j] >= '0' && c[j] <= '9') || c[j] == '-')) ++j;
    j = skip(j);
    // "2x/wk", "3 x week", "2 times per week", "2x a week"
    if (j < c.size() && (c[j] == 'x' || word_at(j, "times"))) {
      size_t k = skip(j + (c[j] == 'x' ? 1 : 5));
      if (k < c.size() && c[k] == '/')
        k = skip(k + 1);
      else if (word_at(k, "per"))
        k = skip(k + 3);
      else if (word_at(k, "a"))
        k = skip(k + 1);
      if (period_at(k)) return true;
    }
    // "x 4 wks", "for 6 weeks"
    size_t before = i;
    while (before > 0 && (c[before - 1] == ' ' || c[before - 1] == '\t')) --before;
    bool lead = (before >= 1 && c[before - 1] == 'x') || (before >= 3 && c.substr(before - 3, 3) == "for");
    if (lead && period_at(j)) return true;
  }
  return false;
}

}  // namespace

std::vector<Range> PlannedClauses(std::string_view text, const text::Segmentation& seg, const lexicon::Category& cat,
                                  const std::vector<lexicon::PhraseMatch>& found, std::vector<Range>* today) {
  std::vector<Range> out;
  if (found.empty()) return out;
  auto match_at = [&](int32_t b, std::string_view key) -> const lexicon::PhraseMatch* {
    auto it = std::lower_bound(found.begin(), found.end(), b,
                               [](const lexicon::PhraseMatch& m, int32_t p) { return m.begin < p; });
    if (it == found.end() || it->begin != b || cat.entries[it->id].key != key) return nullptr;
    return &*it;
  };
  // Whether [b, e) is a label of kind `key` and nothing else (a trailing ':' allowed).
  auto is_label = [&](int32_t b, int32_t e, std::string_view key) {
    b = ClauseStart(text, b, e);
    while (e > b && (IsSpace(text[e - 1]) || text[e - 1] == ':' || text[e - 1] == '|')) --e;
    const lexicon::PhraseMatch* m = match_at(b, key);
    return m && m->end == e;
  };
  // Clauses of [b, e); those opening with a planning verb are planned, all of
  // them in a goal field.
  bool goal = false;
  auto read_clauses = [&](int32_t b, int32_t e) {
    if (goal) {
      out.push_back(Range{ClauseStart(text, b, e), e});
      return;
    }
    for (int32_t c = b; c < e;) {
      int32_t stop = c;
      while (stop < e && text[stop] != ',' && text[stop] != ';' &&
             !(text[stop] == '.' && (stop + 1 == e || IsSpace(text[stop + 1]))))
        ++stop;
      int32_t start = ClauseStart(text, c, stop);
      std::string_view clause = text.substr(start, stop - start);
      if (SaysToday(clause)) {
        if (today) today->push_back(Range{start, stop});
      } else if (match_at(start, "verb") || SaysFrequency(clause)) {
        out.push_back(Range{start, stop});
      }
      c = stop + 1;
    }
  };
  const auto& lines = seg.lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    const text::Line& ln = lines[i];
    if (ln.blank) continue;
    bool labelled = false, heading = false;
    for (std::string_view key : {"label", "goal"}) {
      labelled = ln.label_end >= 0 && is_label(ln.begin, ln.label_end, key);
      heading = !labelled && ln.heading && is_label(ln.begin, ln.end, key);
      goal = key == "goal";
      if (labelled || heading) break;
    }
    if (!labelled && !heading) continue;
    int32_t value = labelled ? ln.label_end : ln.end;
    if (text.find_first_not_of(" \t", value) < static_cast<size_t>(ln.end)) {
      read_clauses(value, ln.end);
      continue;
    }
    // A bare label heads the lines below it.
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      const text::Line& next = lines[j];
      if (next.blank || next.heading) break;
      read_clauses(next.begin, next.end);
    }
    i = j - 1;
  }
  return out;
}

}  // namespace notelint::detect
