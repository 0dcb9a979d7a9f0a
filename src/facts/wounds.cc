// Wound assembly: which site mentions are wound sites, their written location
// and side, which measurements belong to which wound, and what was done to each.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <map>
#include <string_view>

#include "facts/note_facts.h"

namespace notelint::facts {
namespace {

using detect::Analysis;
using detect::Mention;

struct SiteHit {
  const Mention* m = nullptr;
  int32_t loc_begin = 0;  // start of the written location
  std::string location;   // without the side
  std::string quals;      // the qualifier words only ("plantar 1st")
  std::optional<std::string> laterality;
  int wound = -1;
};

bool IsWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

const Mention* MentionEndingAt(const std::vector<Mention>& ms, int32_t end) {
  for (const Mention& m : ms)
    if (m.end == end) return &m;
  return nullptr;
}

bool IsOrdinal(std::string_view w) {
  static const RE2 re(R"(\d(st|nd|rd|th)?|first|second|third|fourth|fifth|great|big|little)");
  return RE2::FullMatch(w, re);
}

// Walks left from the site over qualifiers, ordinals, sides and "of the".
SiteHit Expand(const Analysis& a, const Mention& m) {
  SiteHit hit;
  hit.m = &m;
  const std::string& s = a.norm.text;
  const auto& quals = a.Of("site_qualifiers");
  const auto& sides = a.Of("laterality");
  int32_t line_begin = a.seg.lines[a.seg.LineAt(m.begin)].begin;
  int32_t start = m.begin;
  int32_t committed = m.begin;
  while (true) {
    int32_t e = start;
    while (e > line_begin && s[e - 1] == ' ') --e;
    if (e > line_begin && s[e - 1] == '.') --e;                                           // "Lt. heel"
    if (e > line_begin && s[e - 1] == '-' && e - 1 > line_begin && s[e - 2] != ' ') --e;  // "left-sided"
    if (e == start && start != m.begin) break;
    int32_t b = e;
    while (b > line_begin && (IsWordChar(s[b - 1]) || s[b - 1] == '#')) --b;
    if (b == e) break;
    std::string_view w = a.Text(b, e);
    if (const Mention* side = MentionEndingAt(sides, e)) {
      if (!hit.laterality) hit.laterality = side->key();
      start = side->begin;
      committed = start;
      continue;
    }
    if (const Mention* q = MentionEndingAt(quals, e)) {
      start = q->begin;
      committed = start;
      continue;
    }
    bool bare_number = !w.empty() && w.back() >= '0' && w.back() <= '9';
    if (IsOrdinal(w) && (!bare_number || start == m.begin)) {
      start = b;
      committed = start;
      continue;
    }
    if (w == "of" || w == "the" || w == "aspect") {  // "dorsum of the left foot"
      start = b;
      continue;
    }
    break;
  }
  hit.loc_begin = committed;
  // The written location without side words.
  std::string loc;
  int32_t p = committed;
  for (const Mention& side : sides) {
    if (side.begin >= committed && side.end <= m.begin) {
      loc.append(s, p, side.begin - p);
      p = side.end;
    }
  }
  hit.quals = s.substr(p, std::max<int32_t>(0, m.begin - p));
  loc.append(s, p, m.end - p);
  // collapse spaces
  std::string clean;
  for (char c : loc) {
    if (c == '\t' || c == '\n') c = ' ';
    if (c == ' ' && (clean.empty() || clean.back() == ' ')) continue;
    clean.push_back(c);
  }
  while (!clean.empty() && (clean.back() == ' ' || clean.back() == '-')) clean.pop_back();
  // "r. plantar heel" leaves ". plantar heel" without its side
  while (!clean.empty() && (clean.front() == '-' || clean.front() == ' ' || clean.front() == '.')) clean.erase(0, 1);
  hit.location = clean;
  // Abbreviations that carry the side: LLE, RLE, BLE, LUE, RUE.
  std::string_view written = a.Text(m.begin, m.end);
  if (!hit.laterality && written.size() == 3 && written[2] == 'e' && (written[1] == 'l' || written[1] == 'u')) {
    if (written[0] == 'l') hit.laterality = "left";
    if (written[0] == 'r') hit.laterality = "right";
    if (written[0] == 'b') hit.laterality = "bilateral";
  }
  // "Location: Buttock Laterality: Left"
  if (!hit.laterality) {
    const auto& ln = a.seg.lines[a.seg.LineAt(m.begin)];
    std::string_view line = a.Text(ln.begin, ln.end);
    size_t lab = line.find("laterality");
    if (lab == std::string_view::npos) lab = line.find("side:");
    if (lab != std::string_view::npos)
      for (const Mention& side : sides)
        if (side.begin >= ln.begin + static_cast<int32_t>(lab) && side.end <= ln.end && side.end - side.begin > 1) {
          hit.laterality = side.key();
          break;
        }
  }
  return hit;
}

bool LineHas(const std::vector<Mention>& ms, int32_t b, int32_t e) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.begin >= b && m.end <= e; });
}

// A site named as anatomy next to the wound, not as a wound: "gluteal muscle",
// "over 5th metatarsal base", "exposing calcaneus".
bool IsAnatomyReference(const Analysis& a, const Mention& m) {
  const auto& depth = a.Of("depth");
  for (const Mention& d : depth)
    if (d.begin >= m.end && d.begin <= m.end + 2) return true;
  // "to R thigh wound": a wound word right after names the site a wound's
  std::string_view after = a.Text(m.end, std::min<int32_t>(m.end + 12, static_cast<int32_t>(a.norm.text.size())));
  for (std::string_view ww : {" wound", " ulcer", " incision", " lesion", " pressure injury", " pressure ulcer"})
    if (after.starts_with(ww)) return false;
  int32_t b = std::max<int32_t>(0, m.begin - 24);
  std::string_view before = a.Text(b, m.begin);
  for (std::string_view w : {" over ", " overlying ", " into ", " exposing ", " from the ", " to the ", " to ",
                             " near ", " proximal to ", " distal to ", " above ", " below "}) {
    size_t p = before.rfind(w);
    if (p == std::string_view::npos || before.size() - (p + w.size()) > 14) continue;
    // "wound to left leg", "laceration to the scalp": the wound's own site;
    // "NPWT applied to sacrum", "vac change to R thigh": the treated site
    std::string_view head = before.substr(0, p);
    bool wound_to = false;
    for (std::string_view ww :
         {"wound",     "wounds",   "ulcer",  "injury",      "laceration", "lesion",   "abrasion", "tear",
          "burn",      "incision", "trauma", "applied",     "placed",     "change",   "changed",  "dressing",
          "dressings", "vac",      "npwt",   "debridement", "care",       "treatment"})
      if (head.ends_with(ww) && (w == " to " || w == " to the ")) wound_to = true;
    for (std::string_view ww : {"wound", "wounds", "ulcer", "injury", "laceration", "lesion", "abrasion", "tear",
                                "burn", "incision", "trauma"})
      if (head.ends_with(ww)) wound_to = true;
    if (!wound_to) return true;
  }
  return false;
}

// Where today's debridement, NPWT or wound care is named, in text order.
std::vector<int32_t> TreatmentWords(const Analysis& a) {
  std::vector<int32_t> out;
  for (const Mention& p : a.Of("procedures"))
    if (p.ctx.current() && (p.key() == "debridement" || p.key() == "npwt" || p.key() == "wound-care"))
      out.push_back(p.begin);
  return out;
}

bool IsWoundSite(const Analysis& a, const Mention& m, const std::vector<int32_t>& treatment_words) {
  const auto& ln = a.seg.lines[a.seg.LineAt(m.begin)];
  if (LineHas(a.Of("wound_words"), ln.begin, ln.end)) return true;
  // "Procedure: excisional debridement, right lateral thigh": what is debrided,
  // or under negative pressure, is a wound.
  auto t = std::lower_bound(treatment_words.begin(), treatment_words.end(), ln.begin);
  if (t != treatment_words.end() && *t < ln.end) return true;
  for (const auto& ms : a.measurements)
    if (ms.begin >= ln.begin && ms.end <= ln.end && ms.ctx.current()) return true;
  if (ln.label_end >= 0) {
    if (m.begin < ln.label_end) return true;
    std::string_view label = a.Text(ln.begin, ln.label_end);
    for (std::string_view w : {"site", "location", "wound", "area"})
      if (label.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The number of a "wound #2", "wound 2" or "#2" just before `pos` (within `window` bytes), or 0.
int WoundNumberBefore(const Analysis& a, int32_t pos, int window) {
  static const RE2 re(R"((?:wound\s*#?\s*|#)(\d{1,2})\b[^#\d]*$)");
  int32_t b = std::max<int32_t>(a.seg.lines[a.seg.LineAt(pos)].begin, pos - window);
  std::string_view before = a.Text(b, pos);
  if (before.find('#') == std::string_view::npos && before.find("wound") == std::string_view::npos) return 0;
  int n = 0;
  if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), re, &n)) return n;
  return 0;
}

bool Compatible(const std::optional<std::string>& x, const std::optional<std::string>& y) {
  return !x || !y || *x == *y;
}

// Words of a written location ("medial malleolus" -> {medial, malleolus}).
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + " ") {
    if (IsWordChar(c))
      cur.push_back(c);
    else if (!cur.empty())
      out.push_back(cur), cur.clear();
  }
  return out;
}

// Same place written with more or fewer qualifiers: one set of qualifier words
// holds the other (the site words themselves may differ: "sacrum", "sacral").
bool SamePlace(const std::string& a, const std::string& b) {
  auto x = Words(a), y = Words(b);

  auto subset = [](const std::vector<std::string>& p, const std::vector<std::string>& q) {
    return std::all_of(p.begin(), p.end(),
                       [&](const std::string& w) { return std::find(q.begin(), q.end(), w) != q.end(); });
  };
  return subset(x, y) || subset(y, x);
}

// Site `inner` lies within site `outer` ("interphalangeal joint" [in:hallux],
// "metatarsal head" [in:plantar-foot]: spaces of a key written as hyphens).
bool Within(const lexicon::Entry& inner, const std::string& outer) {
  std::string flag = "in:" + outer;
  std::replace(flag.begin(), flag.end(), ' ', '-');
  return inner.HasFlag(flag);
}

// Treatment mentions (normalized positions) of today's visit.
std::vector<std::pair<int32_t, std::string>> Treatments(const Analysis& a, const NoteFacts& f) {
  std::vector<std::pair<int32_t, std::string>> out;
  for (const Mention& m : a.Of("procedures"))
    if (m.ctx.current()) out.emplace_back(m.begin, m.key());
  for (const Mention& m : a.Of("removal"))
    if (m.ctx.current()) out.emplace_back(m.begin, "debridement");
  for (const Located& l : f.tissue_removed) out.emplace_back(l.begin, "debridement");
  for (const Located& l : f.methods) {
    if (l.key == "npwt")
      out.emplace_back(l.begin, "npwt");
    else if (l.key != "whirlpool")
      out.emplace_back(l.begin, "debridement");
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "Wound #2", "wound 2:", "wounds #1 and #2": where a note names a wound by
// its number, with the number. A bare "#2" is left out (it is also a blade or
// a curette size), and so is "wound 2" before anything but a colon or a dash
// ("wound 2 x 3 cm" is a size).
std::vector<std::pair<int32_t, int>> WoundRefs(std::string_view t) {
  std::vector<std::pair<int32_t, int>> out;
  auto digits = [&](size_t i) {
    size_t j = i;
    while (j < t.size() && j - i < 3 && t[j] >= '0' && t[j] <= '9') ++j;
    return j;
  };
  auto space = [&](size_t i) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
    return i;
  };
  for (size_t p = t.find("wound"); p != std::string_view::npos; p = t.find("wound", p + 5)) {
    if (p > 0 && IsWordChar(t[p - 1])) continue;
    size_t i = p + 5;
    if (i < t.size() && t[i] == 's') ++i;
    bool first = true;
    for (;;) {
      i = space(i);
      bool hash = i < t.size() && t[i] == '#';
      if (hash) i = space(i + 1);
      size_t e = digits(i);
      if (e == i || e - i > 2 || (e < t.size() && (IsWordChar(t[e]) || t[e] == '.'))) break;
      size_t after = space(e);
      bool labelled = after >= t.size() || t[after] == ':' || t[after] == '-' || t[after] == '\n' || t[after] == ')' ||
                      t[after] == ',' || t[after] == '&' || t.substr(after).starts_with("and ");
      if (!hash && !labelled && first) break;  // after "and" / "," the list says it is a wound number
      out.emplace_back(static_cast<int32_t>(first ? p : i), std::stoi(std::string(t.substr(i, e - i))));
      first = false;
      // "wounds #1, #2 and #3", "wound #1 and wound #2"
      size_t k = after;
      if (k < t.size() && (t[k] == ',' || t[k] == '&' || t[k] == '+'))
        k = space(k + 1);
      else if (t.substr(k).starts_with("and "))
        k = space(k + 4);
      else
        break;
      if (t.substr(k).starts_with("wound")) k += t.substr(k).starts_with("wounds") ? 6 : 5;
      i = k;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The wound number of a flowsheet row the position lies in ("| 2 | Left heel
// | ..."): a first cell of one or two digits. 0 when there is none.
int TableRowNumber(const Analysis& a, int32_t pos) {
  const auto& ln = a.seg.lines[a.seg.LineAt(pos)];
  std::string_view row = a.Text(ln.begin, pos);
  size_t bar = row.find_first_not_of(" \t");
  if (bar == std::string_view::npos || row[bar] != '|') return 0;
  size_t b = row.find_first_not_of(" \t", bar + 1), e = b;
  while (e < row.size() && e - b < 3 && row[e] >= '0' && row[e] <= '9') ++e;
  if (b == std::string_view::npos || e == b || e - b > 2) return 0;
  size_t close = row.find_first_not_of(" \t", e);
  if (close == std::string_view::npos || row[close] != '|') return 0;
  return std::stoi(std::string(row.substr(b, e - b)));
}

// Whether `gap`, the text between two sites on one line, makes the second a
// closer naming of the first: an opening parenthesis ("right lateral hip
// (trochanter)", "right lower extremity (venous leg ulcer)"), closed after the
// second, or a comma before a part of the first ("right hallux, plantar IPJ").
enum class Closer { kNo, kParenthesized, kPartAfterComma };
Closer CloserNaming(const Analysis& a, const SiteHit& prev, const SiteHit& h) {
  const auto& ln = a.seg.lines[a.seg.LineAt(prev.m->end)];
  if (h.loc_begin < prev.m->end || h.m->end > ln.end) return Closer::kNo;
  std::string_view gap = a.Text(prev.m->end, h.loc_begin);
  size_t first = gap.find_first_not_of(" \t");
  // "2nd toe MTP": one site right after another that it lies within
  if (first == std::string_view::npos)
    return !gap.empty() && (Within(*h.m->entry, prev.m->key()) || Within(*prev.m->entry, h.m->key()))
               ? Closer::kPartAfterComma
               : Closer::kNo;
  if (gap[first] == ',' && gap.find_first_not_of(" \t", first + 1) == std::string_view::npos &&
      (Within(*h.m->entry, prev.m->key()) || Within(*prev.m->entry, h.m->key())))
    return Closer::kPartAfterComma;
  std::string_view after = a.Text(h.m->end, ln.end);
  size_t close = after.find(')');
  bool inside = gap[first] == '(' && gap.find_first_of("),;.") == std::string_view::npos &&
                Words(std::string(gap)).size() <= 2 && close != std::string_view::npos &&
                after.substr(0, close).find('(') == std::string_view::npos;
  return inside ? Closer::kParenthesized : Closer::kNo;
}

// A site named again more closely right after another names the same wound,
// not a second one (CloserNaming): of the two, the specific one stays (the
// generic one when both or neither are; the part when one lies within the
// other), with the side written with either.
void MergeCloserNamings(const Analysis& a, std::vector<SiteHit>& hits) {
  std::vector<SiteHit> out;
  for (SiteHit& h : hits) {
    if (!out.empty()) {
      SiteHit& prev = out.back();
      Closer closer = CloserNaming(a, prev, h);
      if (closer != Closer::kNo && Compatible(prev.laterality, h.laterality)) {
        bool prefer_inner = closer == Closer::kPartAfterComma
                                ? Within(*h.m->entry, prev.m->key())
                                : h.m->entry->HasFlag("specific") && !prev.m->entry->HasFlag("specific");
        if (prefer_inner) {
          if (!h.laterality) h.laterality = prev.laterality;
          if (closer == Closer::kPartAfterComma)
            h.location = prev.location +
                         (a.Text(prev.m->end, h.loc_begin).find(',') != std::string_view::npos ? ", " : " ") +
                         h.location;
          prev = h;
        } else if (!prev.laterality) {
          prev.laterality = h.laterality;
        }
        continue;
      }
    }
    out.push_back(h);
  }
  hits = std::move(out);
}

}  // namespace

void AssembleWounds(const Analysis& a, NoteFacts& f) {
  // Strong hits name a wound site; weak ones (anatomy next to a wound, sites in
  // lines without wound words) may only join a wound named elsewhere.
  std::vector<SiteHit> hits, weak;
  const std::vector<int32_t> treatment_words = TreatmentWords(a);
  for (const Mention& m : a.Of("sites")) {
    if (!m.ctx.current()) continue;
    if (!IsAnatomyReference(a, m) && IsWoundSite(a, m, treatment_words))
      hits.push_back(Expand(a, m));
    else
      weak.push_back(Expand(a, m));
  }
  MergeCloserNamings(a, hits);
  // Specific sites make wounds; a generic site joins a compatible specific wound
  // (not one of another number: "Wound #1 - leg", "Wound #2 - buttock").
  std::vector<std::string> wound_cores;  // written location without the side
  auto make_wound = [&](SiteHit& h) {
    Wound w;
    w.site_key = h.m->key();
    w.location = h.laterality ? *h.laterality + " " + h.location : h.location;
    w.laterality = h.laterality;
    w.specific = h.m->entry->HasFlag("specific");
    w.paired = h.m->entry->HasFlag("paired");
    w.midline = h.m->entry->HasFlag("midline");
    w.first_mention = h.loc_begin;
    f.wounds.push_back(w);
    return static_cast<int>(f.wounds.size()) - 1;
  };
  std::vector<int> wound_numbers;  // per wound: its "Wound #n", 0 if none
  for (int pass = 0; pass < 2; ++pass) {
    for (SiteHit& h : hits) {
      bool specific = h.m->entry->HasFlag("specific");
      if ((pass == 0) != specific) continue;
      int number = WoundNumberBefore(a, h.loc_begin, 14);
      int found = -1;
      int32_t join_distance = INT32_MAX;
      for (size_t i = 0; i < f.wounds.size(); ++i) {
        Wound& w = f.wounds[i];
        bool same_site = w.site_key == h.m->key() && SamePlace(wound_cores[i], h.quals) &&
                         (!number || !wound_numbers[i] || number == wound_numbers[i]);
        bool joins = pass == 1 && w.specific && (!number || !wound_numbers[i] || number == wound_numbers[i]);
        if (!Compatible(w.laterality, h.laterality)) continue;
        if (same_site) {
          found = static_cast<int>(i);
          break;
        }
        // A generic mention joins the compatible wound mentioned nearest to it.
        if (joins) {
          int32_t d = INT32_MAX;
          for (int32_t p : w.mentions) d = std::min(d, std::abs(p - h.m->begin));
          if (found < 0 || d < join_distance) {
            found = static_cast<int>(i);
            join_distance = d;
          }
        }
      }
      if (found < 0) {
        found = make_wound(h);
        wound_numbers.push_back(number);
        wound_cores.push_back(h.quals);
      }
      // A fuller written location of the same site wins ("malleolus" -> "medial malleolus").
      if (f.wounds[found].site_key == h.m->key() && Words(h.quals).size() > Words(wound_cores[found]).size()) {
        wound_cores[found] = h.quals;
        const auto& lat = f.wounds[found].laterality ? f.wounds[found].laterality : h.laterality;
        f.wounds[found].location = lat ? *lat + " " + h.location : h.location;
      }
      if (number && !wound_numbers[found]) wound_numbers[found] = number;
      Wound& w = f.wounds[found];
      if (!w.laterality && h.laterality) {
        w.laterality = h.laterality;
        w.location = *h.laterality + " " + w.location;
      }
      w.first_mention = std::min(w.first_mention, h.loc_begin);
      w.mentions.push_back(h.m->begin);
      h.wound = found;
    }
  }
  // Wounds in the order the note names them (the second pass may have made one
  // named before the first pass's).
  {
    std::vector<int> order(f.wounds.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return f.wounds[x].first_mention < f.wounds[y].first_mention; });
    std::vector<int> new_index(order.size());
    for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int>(k);
    auto permute = [&](auto& v) {
      std::remove_reference_t<decltype(v)> sorted;
      for (int i : order) sorted.push_back(std::move(v[i]));
      v = std::move(sorted);
    };
    permute(f.wounds);
    permute(wound_cores);
    permute(wound_numbers);
    for (SiteHit& h : hits)
      if (h.wound >= 0) h.wound = new_index[h.wound];
  }
  for (SiteHit& h : weak) {
    for (size_t i = 0; i < f.wounds.size(); ++i) {
      Wound& w = f.wounds[i];
      if (w.site_key == h.m->key() && Compatible(w.laterality, h.laterality)) {
        h.wound = static_cast<int>(i);
        w.mentions.push_back(h.m->begin);
        hits.push_back(h);
        break;
      }
    }
  }
  std::sort(hits.begin(), hits.end(), [](const SiteHit& x, const SiteHit& y) { return x.m->begin < y.m->begin; });
  // "Wound #2 R heel", "#1 L lateral malleolus": the number names the wound later
  // ("Post: #1 6.0 x 4.5 cm, #2 ...").
  std::map<int, int> numbered;  // wound number -> wound index
  for (const SiteHit& h : hits) {
    int n = WoundNumberBefore(a, h.loc_begin, 14);
    if (n == 0) n = TableRowNumber(a, h.loc_begin);
    if (n > 0 && !numbered.count(n)) numbered[n] = h.wound;
  }
  // Measurements belong to the nearest wound mentioned before them, by its
  // site or by its number ("Procedure Wound #1: ...").
  std::vector<std::pair<int32_t, int>> marks;  // position -> wound
  for (const SiteHit& h : hits) marks.emplace_back(h.m->begin, h.wound);
  const auto refs = numbered.empty() ? std::vector<std::pair<int32_t, int>>{} : WoundRefs(a.norm.text);
  for (const auto& [pos, n] : refs)
    if (numbered.count(n) && a.InHistorical(pos) == false) marks.emplace_back(pos, numbered[n]);
  std::sort(marks.begin(), marks.end());
  auto owner = [&](int32_t pos) {
    int w = -1;
    for (const auto& [p, id] : marks)
      if (p <= pos) w = id;
    return w;
  };
  struct Sizes {
    const detect::Measurement* debrided_area = nullptr;
    const detect::Measurement* stated = nullptr;       // a stated area before or without a stage
    const detect::Measurement* post_stated = nullptr;  // a stated area after debridement
    const detect::Measurement* post = nullptr;
    const detect::Measurement* first = nullptr;
    double depth = -1;
  };
  std::vector<Sizes> sizes(f.wounds.size());
  bool total_debrided = false;  // the stated total is an area debrided
  for (const auto& ms : a.measurements) {
    if (!ms.ctx.current()) continue;
    if (!ms.has_size()) {
      // a depth written on its own belongs to the wound mentioned last
      int w = owner(ms.begin);
      if (w < 0 && f.wounds.size() == 1) w = 0;
      if (w >= 0 && ms.depth_cm >= 0) sizes[w].depth = ms.depth_cm;
      continue;
    }
    if (ms.stated_area) {
      // "Total area debrided: 20.0 sq cm" covers every wound of the note.
      int32_t lb = a.seg.lines[a.seg.LineAt(ms.begin)].begin;
      std::string_view before = a.Text(std::max(lb, ms.begin - 32), ms.begin);
      if (before.find("total") != std::string_view::npos) {
        f.stated_total_area = ms.area_cm2;
        total_debrided = ms.stage == detect::MeasureStage::kDebridedArea;
        continue;
      }
    }
    int w = -1;
    if (int n = WoundNumberBefore(a, ms.begin, 12); n > 0 && numbered.count(n)) w = numbered[n];
    if (w < 0) w = owner(ms.begin);
    if (w < 0) {
      const auto& ln = a.seg.lines[a.seg.LineAt(ms.begin)];
      for (const auto& [p, id] : marks)
        if (p >= ms.end && p < ln.end) {
          w = id;
          break;
        }
    }
    if (w < 0 && f.wounds.size() == 1) w = 0;
    if (w < 0 && f.wounds.empty()) {
      Wound unnamed;
      unnamed.first_mention = ms.begin;
      f.wounds.push_back(unnamed);
      sizes.emplace_back();
      marks.insert(marks.begin(), {0, 0});
      w = 0;
    }
    if (w < 0) continue;
    Sizes& sz = sizes[w];
    Wound& wd = f.wounds[w];
    ++wd.measurement_count;
    if (ms.stage == detect::MeasureStage::kDebridedArea)
      sz.debrided_area = &ms;
    else if (ms.stated_area && ms.stage == detect::MeasureStage::kPost)
      sz.post_stated = &ms;
    else if (ms.stated_area && !sz.stated)
      sz.stated = &ms;
    else if (ms.stage == detect::MeasureStage::kPost && !ms.stated_area)
      sz.post = &ms;
    else if (!ms.stated_area && !sz.first)
      sz.first = &ms;
    if (ms.stage == detect::MeasureStage::kPost || ms.stage == detect::MeasureStage::kDebridedArea)
      wd.post_measured = true;
    if (ms.depth_cm >= 0) sz.depth = ms.depth_cm;
  }
  static const RE2 unchanged(
      R"((?:post|after (?:the )?(?:debridement|procedure))[^.\n]{0,40}\b(?:unchanged|same|no change)|(?:unchanged|same size) (?:after|post))");
  const std::string& t = a.norm.text;
  // Literals the pattern needs (a "post" or an "after", and the word for unchanged) before its RE2 pass.
  bool all_unchanged = !f.wounds.empty() &&
                       (t.find("post") != std::string::npos || t.find("after") != std::string::npos) &&
                       (t.find("unchanged") != std::string::npos || t.find("same") != std::string::npos ||
                        t.find("no change") != std::string::npos) &&
                       RE2::PartialMatch(t, unchanged);
  for (size_t i = 0; i < f.wounds.size(); ++i) {
    Wound& w = f.wounds[i];
    const Sizes& sz = sizes[i];
    // Reading 20: a stated "area debrided", then the post-debridement
    // measurement, then the one before (a stated area before an L x W).
    const detect::Measurement* pick = sz.debrided_area ? sz.debrided_area
                                      : sz.post_stated ? sz.post_stated
                                      : sz.post        ? sz.post
                                      : sz.stated      ? sz.stated
                                                       : sz.first;
    const detect::Measurement* dims = sz.post ? sz.post : sz.first;
    if (dims) {
      w.length_cm = dims->length_cm;
      w.width_cm = dims->width_cm;
    }
    if (pick) w.area_cm2 = pick->area_cm2;
    w.depth_cm = sz.depth;
    if (all_unchanged && w.measurement_count > 0) w.post_measured = true;
    if (w.measurement_count >= 2) w.post_measured = true;
  }
  // What was done to each wound: a treatment belongs to the wound mentioned last
  // before it; one before any wound, or saying "both"/"all wounds", to every wound.
  auto treatments = Treatments(a, f);
  // The wounds a sentence names (by site or number), or none.
  auto named_in = [&](int32_t pos) {
    const auto& s = a.SentenceOf(pos);
    // Wounds named in the same sentence take the treatment.
    std::vector<int> named;
    for (const SiteHit& h : hits)
      if (h.m->begin >= s.begin && h.m->end <= s.end && std::find(named.begin(), named.end(), h.wound) == named.end())
        named.push_back(h.wound);
    if (int n = WoundNumberBefore(a, pos, 30); n > 0 && numbered.count(n)) named.push_back(numbered[n]);
    // "Wound #1 and Wound #2 debrided": every wound the sentence names by number
    for (auto it = std::lower_bound(refs.begin(), refs.end(), std::make_pair(s.begin, 0));
         it != refs.end() && it->first < s.end; ++it)
      if (numbered.count(it->second) && std::find(named.begin(), named.end(), numbered[it->second]) == named.end())
        named.push_back(numbered[it->second]);
    return named;
  };
  auto assign = [&](int32_t pos, auto&& fn) {
    int w = owner(pos);
    const auto& s = a.SentenceOf(pos);
    std::vector<int> named = named_in(pos);
    if (!named.empty()) {
      for (int i : named) fn(f.wounds[i]);
      return;
    }
    std::string_view sent = a.Text(s.begin, s.end);
    static const RE2 several(R"(\bwounds\s*#?\d+\s*(?:,|and|&|\+)\s*#?\d+)");
    bool all = sent.find("both") != std::string_view::npos || sent.find("all wounds") != std::string_view::npos ||
               sent.find("each wound") != std::string_view::npos ||
               (sent.find("wounds") != std::string_view::npos &&
                RE2::PartialMatch(re2::StringPiece(sent.data(), sent.size()), several));
    for (size_t i = 0; i < f.wounds.size(); ++i)
      if (w < 0 || all || f.wounds.size() == 1 || static_cast<int>(i) == w) fn(f.wounds[i]);
  };
  // NPWT named for a wound ("black foam x1 to wound 1") stays that wound's: a
  // later sentence naming none ("Necessity: ... NPWT to promote granulation")
  // does not put a second wound under negative pressure.
  std::vector<bool> npwt_named(f.wounds.size(), false);
  for (const auto& [pos, kind] : treatments)
    if (kind == "npwt")
      for (int i : named_in(pos)) npwt_named[i] = true;
  bool any_npwt_named = std::find(npwt_named.begin(), npwt_named.end(), true) != npwt_named.end();
  for (const auto& [pos, kind] : treatments) {
    if (kind == "npwt" && any_npwt_named && named_in(pos).empty()) continue;
    assign(pos, [&](Wound& w) {
      w.treated = true;
      if (kind == "debridement") w.debrided = true;
      if (kind == "npwt") w.npwt = true;
    });
  }
  for (const Located& d : f.removal_depths) {
    assign(d.begin, [&](Wound& w) {
      if (!w.removal_depth || DepthRank(d.key) > DepthRank(*w.removal_depth)) w.removal_depth = d.key;
    });
  }
  // "bilat heel wounds" over "lt heel 3 x 2 cm, rt heel 2 x 2 cm": a
  // bilateral mention without a size of its own stands for the two sided
  // wounds of its site; what was done to it was done to them.
  for (size_t i = 0; i < f.wounds.size();) {
    const Wound& b = f.wounds[i];
    std::vector<size_t> sided;
    bool left = false, right = false;
    if (b.laterality == "bilateral" && b.measurement_count == 0)
      for (size_t j = 0; j < f.wounds.size(); ++j)
        if (j != i && f.wounds[j].site_key == b.site_key &&
            (f.wounds[j].laterality == "left" || f.wounds[j].laterality == "right")) {
          sided.push_back(j);
          left |= f.wounds[j].laterality == "left";
          right |= f.wounds[j].laterality == "right";
        }
    if (!left || !right) {
      ++i;
      continue;
    }
    for (size_t j : sided) {
      Wound& w = f.wounds[j];
      w.treated |= b.treated;
      w.debrided |= b.debrided;
      w.npwt |= b.npwt;
      w.post_measured |= b.post_measured;
      if (b.removal_depth && (!w.removal_depth || DepthRank(*b.removal_depth) > DepthRank(*w.removal_depth)))
        w.removal_depth = b.removal_depth;
    }
    f.wounds.erase(f.wounds.begin() + static_cast<std::ptrdiff_t>(i));
  }
  // Reading 20: with one wound treated, a stated "total area debrided" is its area.
  if (f.stated_total_area && total_debrided &&
      std::count_if(f.wounds.begin(), f.wounds.end(), [](const Wound& w) { return w.treated; }) == 1)
    for (Wound& w : f.wounds)
      if (w.treated) w.area_cm2 = *f.stated_total_area;
  double total = 0;
  bool any = false;
  for (const Wound& w : f.wounds)
    if (w.treated && w.area_cm2 >= 0) {
      total += w.area_cm2;
      any = true;
    }
  if (any) f.total_area_cm2 = total;
  if (f.stated_total_area) f.total_area_cm2 = f.stated_total_area;
}

}  // namespace notelint::facts
