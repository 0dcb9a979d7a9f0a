// Debridement, NPWT, necessity and assessment facts: tissue seen vs removed
// (a removal verb governs the tissue), deepest level removed, instruments and
// methods, and whether each service is documented as done today.
#include <algorithm>
#include <string_view>

#include "facts/note_facts.h"

namespace notelint::facts {
namespace {

using detect::Analysis;
using detect::Mention;

bool IsSelective(std::string_view m) { return m == "sharp-selective" || m == "waterjet"; }
bool IsNonSelective(std::string_view m) {
  return m == "enzymatic" || m == "wet-to-moist" || m == "autolytic" || m == "abrasion" || m == "larval" ||
         m == "mechanical";
}
bool IsSharp(std::string_view i) {
  return i == "scalpel" || i == "curette" || i == "scissors" || i == "forceps" || i == "nippers" || i == "rongeur";
}

void AddUnique(std::vector<Located>& list, const std::string& key, int32_t b, int32_t e) {
  if (std::none_of(list.begin(), list.end(), [&](const Located& l) { return l.key == key; }))
    list.push_back(Located{key, b, e});
}

// The words just before `pos` in its sentence say the tissue is where the removal
// stopped or what it was taken from ("down to bleeding granulation", "from the muscle").
enum class Lead { kNone, kReached, kFrom, kViableBase };
Lead LeadBefore(const Analysis& a, int32_t sentence_begin, int32_t pos) {
  int32_t b = std::max(sentence_begin, pos - 40);
  std::string_view before = a.Text(b, pos);
  // Only the last few words matter.
  size_t cut = before.size();
  int words = 0;
  while (cut > 0 && words < 5) {
    --cut;
    if (before[cut] == ' ' && cut + 1 < before.size() && before[cut + 1] != ' ') ++words;
  }
  before = before.substr(cut);
  auto word = [&](std::string_view w) {
    size_t p = before.find(w);
    while (p != std::string_view::npos) {
      bool left_ok = p == 0 || before[p - 1] == ' ' || before[p - 1] == ',';
      bool right_ok = p + w.size() >= before.size() || before[p + w.size()] == ' ';
      if (left_ok && right_ok) return true;
      p = before.find(w, p + 1);
    }
    return false;
  };
  // "the slough and underlying devitalized subcutaneous tissue were excised":
  // the underlying tissue is removed along with the rest.
  bool with_rest =
      before.find("and underlying") != std::string_view::npos || before.find("& underlying") != std::string_view::npos;
  for (std::string_view w : {"from", "off", "over", "overlying", "exposing", "revealing", "exposed", "leaving",
                             "expose", "reveal", "underlying", "base of"})
    if (word(w) && !(w == "underlying" && with_rest)) return Lead::kFrom;
  // "down to healthy bleeding muscle": the viable base the removal stopped at.
  for (std::string_view w : {"bleeding", "healthy", "viable", "intact", "clean"})
    if (word(w)) return Lead::kViableBase;
  for (std::string_view w : {"to", "until", "into", "level", "reaching", "through"})
    if (word(w)) return Lead::kReached;
  return Lead::kNone;
}

bool SentenceHas(const std::vector<Mention>& ms, int sentence, bool current_only) {
  return std::any_of(ms.begin(), ms.end(),
                     [&](const Mention& m) { return m.sentence == sentence && (!current_only || m.ctx.current()); });
}

bool SentenceSays(const Analysis& a, int sentence, std::string_view what) {
  const auto& s = a.seg.sentences[sentence];
  return a.Text(s.begin, s.end).find(what) != std::string_view::npos;
}

// Whether the words right after the depth mention `m` say the level was kept:
// "fascia intact", "fascia left intact", "periosteum preserved", "tendon was
// not violated", "the fascia was healthy and glistening and was left intact"
// (within the clause: no comma, period or semicolon between).
bool KeptAfter(const Analysis& a, const Mention& m) {
  std::string_view after = a.Text(m.end, std::min<int32_t>(m.end + 48, static_cast<int32_t>(a.norm.text.size())));
  size_t stop = after.find_first_of(",.;:\n");
  if (stop != std::string_view::npos) after = after.substr(0, stop);
  auto word_at = [&](size_t i, std::string_view w) {
    return after.substr(i).starts_with(w) && (i == 0 || after[i - 1] == ' ') &&
           (i + w.size() == after.size() || !(after[i + w.size()] >= 'a' && after[i + w.size()] <= 'z'));
  };
  for (size_t i = 0; i < after.size(); ++i)
    for (std::string_view w : {"intact", "preserved", "spared", "not violated", "not entered", "not breached",
                               "not penetrated", "not debrided", "not removed", "uninvolved"})
      if (word_at(i, w)) return true;
  return false;
}

// For each line, the sentence of the bare label it is a list item under, or -1:
// "Tissue removed:" over " [x] Slough" / " [x] Biofilm" reads as "Tissue
// removed: slough, biofilm" (items are checkbox, bullet, numbered or indented
// lines, up to a blank line or a line that is none of these).
std::vector<int> ListHeadings(const Analysis& a) {
  const auto& lines = a.seg.lines;
  std::vector<int> head(lines.size(), -1);
  auto item = [&](const text::Line& ln) {
    if (ln.blank || ln.end <= ln.begin) return false;
    char c = a.norm.text[ln.begin];
    if (c == ' ' || c == '\t' || c == '[' || c == '-' || c == '*' || c == '(') return true;
    std::string_view t = a.Text(ln.begin, ln.end);
    return t.starts_with("\xe2\x98") || t.starts_with("\xe2\x80\xa2") ||  // ballot boxes, bullet
           (c >= '0' && c <= '9' && t.size() > 1 && (t[1] == '.' || t[1] == ')'));
  };
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const text::Line& ln = lines[i];
    if (ln.label_end < 0 || a.norm.text.find_first_not_of(" \t", ln.label_end) < static_cast<size_t>(ln.end)) continue;
    int sentence = a.seg.SentenceAt(ln.begin);
    size_t j = i + 1;
    for (; j < lines.size() && item(lines[j]); ++j) head[j] = sentence;
    i = j - 1;
  }
  return head;
}

}  // namespace

void AssembleDebridement(const Analysis& a, NoteFacts& f) {
  const auto& removal = a.Of("removal");
  const auto& procedures = a.Of("procedures");
  // Sentences where tissue is taken away today; a list item also reads its heading.
  const std::vector<int> heading = ListHeadings(a);
  auto head_of = [&](const Mention& m) { return heading[a.seg.LineAt(m.begin)]; };
  auto removal_sentence = [&](int s) { return SentenceHas(removal, s, true); };
  auto removal_for = [&](const Mention& m) {
    int h = head_of(m);
    return removal_sentence(m.sentence) || (h >= 0 && removal_sentence(h));
  };
  auto says_for = [&](const Mention& m, std::string_view what) {
    int h = head_of(m);
    return SentenceSays(a, m.sentence, what) || (h >= 0 && SentenceSays(a, h, what));
  };

  for (const Mention& m : a.Of("tissue")) {
    if (!m.ctx.current()) continue;
    const auto& s = a.seg.sentences[m.sentence];
    bool viable = m.entry->HasFlag("viable");
    // "... from wound 1 and fibrin removed from wound 2": a removal verb right
    // after the tissue governs it, whatever the words before say.
    bool verb_after = std::any_of(removal.begin(), removal.end(), [&](const Mention& r) {
      if (r.begin < m.end || r.begin > m.end + 12 || !r.ctx.current()) return false;
      std::string_view gap = a.Text(m.end, r.begin);
      return gap == " " || gap == " was " || gap == " were " || gap == " is " || gap == " are ";
    });
    bool removed = !viable && removal_for(m) && (verb_after || LeadBefore(a, s.begin, m.begin) == Lead::kNone);
    if (removed)
      AddUnique(f.tissue_removed, m.key(), m.begin, m.end);
    else
      AddUnique(f.tissue_seen, m.key(), m.begin, m.end);
  }
  // Removed tissue was also in the wound bed: keep "seen" a superset only for tissue
  // described outside removal sentences, as the reader would.

  // Deepest level removed. "Excised down to the fascia; fascia left intact":
  // a level said to be kept in the same or the next sentence was reached, not
  // removed.
  const auto& depths = a.Of("depth");
  auto kept = [&](const Mention& m) {
    return std::any_of(depths.begin(), depths.end(), [&](const Mention& k) {
      return k.key() == m.key() && k.begin >= m.begin && k.sentence <= m.sentence + 1 && KeptAfter(a, k);
    });
  };
  int best = -1;
  for (const Mention& m : depths) {
    if (!m.ctx.current() || kept(m)) continue;
    const auto& s = a.seg.sentences[m.sentence];
    // "..., dermis level": the level named as such in a removal sentence.
    std::string_view after = a.Text(m.end, std::min<int32_t>(m.end + 7, static_cast<int32_t>(a.norm.text.size())));
    bool level_named = (after.starts_with(" level") || after.starts_with("-level")) && removal_for(m);
    bool labelled = level_named || says_for(m, "deepest") || says_for(m, "depth of debridement") ||
                    says_for(m, "level of debridement") || says_for(m, "debrided to");
    Lead lead = LeadBefore(a, s.begin, m.begin);
    // A viable base reached ("to healthy bleeding muscle") was not removed;
    // reaching healthy dermis or subcutaneous tissue is debridement into it.
    bool base_kept =
        lead == Lead::kFrom || (lead == Lead::kViableBase && DepthRank(m.key()) > DepthRank("subcutaneous"));
    bool counts = labelled || (removal_for(m) && !base_kept);
    if (!counts) continue;
    f.removal_depths.push_back(Located{m.key(), m.begin, m.end});
    int rank = DepthRank(m.key());
    if (rank > best) {
      best = rank;
      f.removal_depth = m.key();
      f.removal_depth_at = m.begin;
    }
  }

  // Instruments used for the procedure.
  for (const Mention& m : a.Of("instruments")) {
    if (!m.ctx.current()) continue;
    int h = head_of(m);
    bool procedural = removal_for(m) || SentenceHas(procedures, m.sentence, true) || says_for(m, "instrument") ||
                      SentenceHas(a.Of("methods"), m.sentence, true) ||
                      (h >= 0 && (SentenceHas(procedures, h, true) || SentenceHas(a.Of("methods"), h, true)));
    if (!procedural) continue;
    AddUnique(f.instruments, m.key(), m.begin, m.end);
    if (IsSharp(m.key()) && removal_for(m)) AddUnique(f.methods, "sharp-selective", m.begin, m.end);
    if (m.key() == "waterjet") AddUnique(f.methods, "waterjet", m.begin, m.end);
  }
  for (const Mention& m : a.Of("methods"))
    if (m.ctx.current()) AddUnique(f.methods, m.key(), m.begin, m.end);
  for (const Located& m : f.methods) {
    f.selective_method |= IsSelective(m.key);
    f.nonselective_method |= IsNonSelective(m.key);
  }

  // Services documented today.
  for (const Mention& m : procedures) {
    if (!m.ctx.current()) continue;
    const std::string& k = m.key();
    if (k == "debridement" && !f.debridement_act) {
      f.debridement_act = true;
      f.debridement_at = m.begin;
    } else if ((k == "cleansing" || k == "dressing" || k == "wound-care") && !f.wound_care_only_signals) {
      f.wound_care_only_signals = true;
      f.wound_care_at = m.begin;
    } else if (k == "npwt" && !f.npwt_act) {
      f.npwt_act = true;
      f.npwt_at = m.begin;
    }
  }
  if (!f.tissue_removed.empty() && !f.debridement_act) {
    f.debridement_act = true;
    f.debridement_at = f.tissue_removed.front().begin;
  }
  if (!f.debridement_act)
    for (const Located& m : f.methods)
      if (IsSelective(m.key) || IsNonSelective(m.key)) {
        f.debridement_act = true;
        f.debridement_at = m.begin;
        break;
      }
  if (f.HasKey(f.methods, "npwt") && !f.npwt_act) {
    f.npwt_act = true;
    for (const Located& m : f.methods)
      if (m.key == "npwt") f.npwt_at = m.begin;
  }

  for (const Mention& m : a.Of("npwt")) {
    if (!m.ctx.current()) continue;
    const std::string& k = m.key();
    if (k == "pressure") {
      f.npwt_pressure = true;
      // "125 mmHg intermittent" is read as one setting: the mode is in it, or
      // right after it ("Setting: 125 mmHg cont.", "at 125 mmHg (cont)").
      std::string_view t = a.Text(m.begin, std::max(m.end, std::min(a.SentenceOf(m.begin).end, m.end + 12)));
      for (std::string_view mode : {"contin", "constant", "cont", "intermittent", "dynamic", "variable"})
        if (t.find(mode) != std::string_view::npos) f.npwt_mode = true;
    } else if (k == "continuous" || k == "intermittent")
      f.npwt_mode = true;
    else if (k == "durable")
      f.npwt_durable = true;
    else if (k == "disposable")
      f.npwt_disposable = true;
  }

  // Necessity: stated reasons, or nonviable tissue seen in the bed today.
  for (const Mention& m : a.Of("necessity"))
    if (m.ctx.current()) AddUnique(f.necessity, m.key(), m.begin, m.end);
  for (const Located& t : f.tissue_seen)
    if (t.key != "granulation" && t.key != "epithelial" && t.key != "exudate")
      AddUnique(f.necessity, "nonviable tissue", t.begin, t.end);
  for (const Located& t : f.tissue_removed)
    if (t.key != "exudate" && t.key != "debris") AddUnique(f.necessity, "nonviable tissue", t.begin, t.end);

  // Assessment elements: documented present or absent, but today's.
  for (const Mention& m : a.Of("assessment")) {
    if (m.ctx.historical || m.ctx.hypothetical) continue;
    const std::string& k = m.key();
    if (k == "bed")
      f.bed = true;
    else if (k == "drainage")
      f.drainage = true;
    else if (k == "periwound")
      f.periwound = true;
    else if (k == "odor")
      f.odor = true;
    else if (k == "infection")
      f.infection = true;
  }
  if (!f.tissue_seen.empty()) f.bed = true;
}

}  // namespace notelint::facts
