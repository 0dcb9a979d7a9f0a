// Therapy facts: minutes attributed to the service they belong to (by a code or
// the service's words on the same line, or a flowsheet table's CPT and Min
// columns), totals, and what the services look like (lexicon categories
// services, therapy_content, skill, goal, capacity, untimed, minutes_labels).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <tuple>

#include "detect/minutes.h"
#include "facts/note_facts.h"
#include "facts/therapy_labels.h"
#include "facts/therapy_tables.h"

namespace notelint::facts {
namespace {

using detect::Analysis;
using detect::Mention;

// "twenty-three minutes of therapeutic exercise", "15 min for gait training":
// the service the minutes are "of" or "for", within three words after them.
const Label* MinutesOf(const Analysis& a, const std::vector<Label>& labels, int32_t end) {
  std::string_view text = a.norm.text;
  size_t i = static_cast<size_t>(end);
  while (i < text.size() && text[i] == ' ') ++i;
  std::string_view rest = text.substr(i);
  size_t skip = rest.starts_with("of ") ? 3 : rest.starts_with("for ") ? 4 : rest.starts_with("on ") ? 3 : 0;
  if (!skip) return nullptr;
  for (const Label& l : labels) {
    if (l.begin < static_cast<int32_t>(i + skip) || l.code.empty()) continue;
    std::string_view gap = a.Text(static_cast<int32_t>(i + skip), l.begin);
    int words = 0;
    bool in = false;
    for (char c : gap) {
      if (c == ',' || c == ';' || c == '.' || c == ':') return nullptr;
      bool w = c >= 'a' && c <= 'z';
      if (w && !in) ++words;
      in = w;
    }
    return words <= 3 ? &l : nullptr;
  }
  return nullptr;
}

// The duration right after a total label: "Total treatment time: 57", "Total
// time 1 hr 10 min", "| Total timed |      | 38 min |" (cell bars and padding
// between them); "Total timed code minutes: ___" has none.
std::optional<int> NumberAfter(const Analysis& a, int32_t pos) {
  static const RE2 re(R"(^\s*(?:\(\s*min(?:utes)?\s*\)\s*)?(?:[:=-]|was|of|is)?(?:\s*\|)*)");
  std::string_view text = a.norm.text;
  std::string_view rest = text.substr(pos, std::min<size_t>(200, text.size() - pos));
  re2::StringPiece m;
  if (!re.Match(re2::StringPiece(rest.data(), rest.size()), 0, rest.size(), RE2::ANCHOR_START, &m, 1))
    return std::nullopt;
  size_t at = static_cast<size_t>(pos) + m.size();
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
  auto d = detect::ReadDuration(text, at);
  if (!d) return std::nullopt;
  return d->minutes;
}

std::optional<int> ClockAfter(const Analysis& a, int32_t pos) {
  static const RE2 re(R"(^\s*[:=-]?\s*([01]?\d|2[0-3]):?([0-5]\d)\b)");
  std::string_view rest = a.Text(pos, std::min<int32_t>(pos + 16, static_cast<int32_t>(a.norm.text.size())));
  re2::StringPiece g[3];
  re2::StringPiece in(rest.data(), rest.size());
  if (!re.Match(in, 0, rest.size(), RE2::ANCHOR_START, g, 3)) return std::nullopt;
  return std::stoi(std::string(g[1].data(), g[1].size())) * 60 + std::stoi(std::string(g[2].data(), g[2].size()));
}

// A line correcting what was written before it: "ADDENDUM: correction - ther
// ex was 20 min, not 30 min", "Total treatment time corrected to 20 min".
bool SaysCorrection(std::string_view line) {
  return line.find("correction") != std::string_view::npos || line.find("corrected") != std::string_view::npos ||
         line.find("should read") != std::string_view::npos;
}

// Whether the duration right after a label is written with a unit ("40 min",
// "40'", "1 hr"), not as a bare number.
bool UnitAfter(const Analysis& a, int32_t pos) {
  static const RE2 re(R"(^\s*[:=-]?\s*\d{1,3}\s*(?:min|mins|minutes|m\b|'|hr|hrs|hour|hours|h\b))");
  std::string_view rest = a.Text(pos, std::min<int32_t>(pos + 24, static_cast<int32_t>(a.norm.text.size())));
  return RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), re);
}

// Today's documentation: not negated, not planned, not from an earlier visit.
bool AnyCurrent(const Analysis& a, std::string_view category, std::string_view key = {}) {
  for (const Mention& m : a.Of(category))
    if (m.ctx.current() && (key.empty() || m.key() == key)) return true;
  return false;
}

// Goals are written in the future tense ("pt will walk 300 ft"): only negated or
// earlier-visit goal language does not count.
bool AnyGoal(const Analysis& a) {
  for (const Mention& m : a.Of("goal"))
    if (!m.ctx.negated && !m.ctx.historical) {
      // "goals to be set at re-evaluation": a goal not yet written
      const auto& s = a.SentenceOf(m.begin);
      std::string_view sent = a.Text(s.begin, s.end);
      if (sent.find("to be set") != std::string_view::npos ||
          sent.find("to be established") != std::string_view::npos ||
          sent.find("will be set") != std::string_view::npos || sent.find("to be determined") != std::string_view::npos)
        continue;
      return true;
    }
  return false;
}

// The number of words (runs of letters and digits) in [b, e).
int WordCount(const Analysis& a, int32_t b, int32_t e) {
  int n = 0;
  bool in = false;
  for (int32_t i = b; i < e; ++i) {
    char c = a.norm.text[i];
    bool w = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

// The mention is all its sentence says (apart from a "O:" style label) and no
// line below it carries on the block.
bool IsBareLabel(const Analysis& a, const Mention& m) {
  const auto& sent = a.SentenceOf(m.begin);
  auto words = [&](int32_t b, int32_t e) { return WordCount(a, b, e); };
  const auto& ln = a.seg.lines[a.seg.LineAt(m.begin)];
  int32_t from = sent.begin;
  if (ln.label_end > from && ln.label_end <= m.begin) from = ln.label_end;
  int other = words(from, m.begin) + words(m.end, sent.end);
  if (other >= 2) return false;
  // A heading over specifics: the next line is indented or a bullet.
  int li = a.seg.LineAt(m.begin);
  if (li + 1 < static_cast<int>(a.seg.lines.size())) {
    const auto& next = a.seg.lines[li + 1];
    char c = next.end > next.begin ? a.norm.text[next.begin] : '\0';
    if (c == ' ' || c == '\t' || c == '-' || c == '*' || c == '|') return false;
    if (m.end >= ln.end - 1 && a.norm.text[ln.end - 1] == ':') return false;
  }
  return true;
}

}  // namespace

void AssembleTherapy(const Analysis& a, const lexicon::CodeBook& book, NoteFacts& f) {
  TherapyFacts& t = f.therapy;
  // Totals from their labels.
  std::optional<int> time_in, time_out;
  std::optional<std::tuple<int, int32_t, int32_t>> session;  // minutes and span of a time-in-out range
  std::vector<std::pair<int32_t, int32_t>> total_spans;
  for (const Mention& m : a.Of("minutes_labels")) {
    if (m.ctx.historical) continue;
    std::string_view k = m.key();
    // A bare "Total: 40 min" / "tot 40'" opening a line is the session's total;
    // it needs a unit ("Total: 3 sets" is none) and is no table row.
    if (k == "bare-total") {
      const auto& bl = a.seg.lines[a.seg.LineAt(m.begin)];
      std::string_view lead = a.Text(bl.begin, m.begin);
      if (lead.find_first_not_of(" \t-*>") != std::string_view::npos || !UnitAfter(a, m.end)) continue;
      // "total 25 min timed, 30 min tx": the timed total, then the session's
      static const RE2 timed_after(R"(^\s*[:=-]?\s*\d{1,3}\s*(?:min|mins|minutes|')?\s*timed\b)");
      std::string_view rest = a.Text(m.end, std::min<int32_t>(m.end + 24, static_cast<int32_t>(a.norm.text.size())));
      k = RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), timed_after) ? "timed-total"
                                                                                     : "treatment-total";
      if (k == "timed-total" && !t.treatment_total_stated) {
        static const RE2 tx_after(R"([,;/]\s*(\d{1,3})\s*(?:min|mins|minutes|')\s*(?:tx|treatment|total|session)\b)");
        std::string_view line = a.Text(m.end, bl.end);
        int n = 0;
        if (RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), tx_after, &n)) {
          t.total_minutes = n;
          t.treatment_total_stated = true;
          t.any_minutes = true;
        }
      }
    }
    if (k == "timed-total" || k == "treatment-total") {
      auto n = NumberAfter(a, m.end);
      if (!n) {  // the number inside the label: "Treatment 25 min total"
        std::string_view label = a.Text(m.begin, m.end);
        size_t d = label.find_first_of("0123456789");
        if (d != std::string_view::npos)
          if (auto dur = detect::ReadDuration(a.norm.text, static_cast<size_t>(m.begin) + d)) n = dur->minutes;
      }
      if (!n) continue;
      // An addendum's "Corrected totals:" replaces the totals stated before it.
      const auto& tl = a.seg.lines[a.seg.LineAt(m.begin)];
      std::string_view before = a.Text(std::max(tl.begin, m.begin - 40), m.begin);
      if (before.find("corrected") != std::string_view::npos || before.find("amended") != std::string_view::npos ||
          before.find("revised") != std::string_view::npos ||
          ((k == "timed-total" ? t.timed_total_stated : t.treatment_total_stated) &&
           SaysCorrection(a.Text(tl.begin, tl.end)))) {
        if (k == "timed-total") t.timed_total_stated = false;
        if (k == "treatment-total") t.treatment_total_stated = false;
      }
      if (k == "timed-total" && !t.timed_total_stated) {
        t.timed_minutes = *n;
        t.timed_total_stated = true;
      } else if (k == "treatment-total" && !t.treatment_total_stated) {
        t.total_minutes = *n;
        t.treatment_total_stated = true;
      }
      total_spans.emplace_back(m.begin, m.end + 24);
      t.any_minutes = true;
    } else if (k == "time-in-out" && !session) {
      // "Time in/out: 0800/0845", "Session 0800-0845": the clock range right
      // after the label is the session, not a service's minutes (unless a time
      // in and a time out are written apart: then "Group session 0900-0930" is
      // the group's).
      for (const auto& mm : a.minutes) {
        if (mm.kind != detect::MinuteKind::kClockRange || mm.begin < m.end) continue;
        std::string_view gap = a.Text(m.end, mm.begin);
        if (gap.size() <= 4 && gap.find_first_not_of(" \t:=") == std::string_view::npos)
          session = std::make_tuple(mm.minutes, m.begin, mm.end);
        break;
      }
    } else if (k == "time-in" && !time_in) {
      time_in = ClockAfter(a, m.end);
    } else if (k == "time-out" && !time_out) {
      time_out = ClockAfter(a, m.end);
    }
  }
  if (!t.treatment_total_stated && time_in && time_out && *time_out > *time_in) {
    t.total_minutes = *time_out - *time_in;
    t.treatment_total_stated = true;
    t.any_minutes = true;
  } else if (!t.treatment_total_stated && session) {
    auto [minutes, b, e] = *session;
    t.total_minutes = minutes;
    t.treatment_total_stated = true;
    t.any_minutes = true;
    total_spans.emplace_back(b, e);
  }
  std::map<std::string, int> table;
  bool table_any = false;
  const std::vector<int> table_lines = ReadTables(a, book, table, t.untimed_minutes, table_any);
  t.any_minutes |= table_any;
  // Service minutes on labelled lines. An exercise's own duration inside its
  // parameters ("bike 8 min L2", an exercise-params match around the minutes)
  // is a dose, not the service's time: it counts only when nothing else gives
  // that service's minutes.
  std::vector<std::pair<int32_t, int32_t>> doses;
  for (const Mention& m : a.Of("therapy_content"))
    if (m.key() == "exercise-params") doses.emplace_back(m.begin, m.end);
  std::map<std::string, int> labelled, dosed;
  // A timed service's minutes on a line of their own beside a group's minutes
  // on another ("Ther ex 0900-0925 ..." then "Group 0930-1010 (3 pts)"): the
  // one-on-one time was separate from the group.
  std::vector<std::pair<int32_t, int32_t>> group_spans;
  for (const Mention& g : a.Of("skill"))
    if (g.ctx.current() && g.key() == "group") group_spans.emplace_back(g.begin, g.end);
  auto group_on = [&](int32_t b, int32_t e) {
    return std::any_of(group_spans.begin(), group_spans.end(),
                       [&](const auto& g) { return g.first >= b && g.second <= e; });
  };
  bool timed_apart = false, group_timed = false;
  for (const auto& mm : a.minutes) {
    if (!mm.ctx.current()) continue;
    bool in_total = std::any_of(total_spans.begin(), total_spans.end(),
                                [&](const auto& s) { return mm.begin >= s.first && mm.begin < s.second; });
    if (in_total) continue;
    const auto& ln = a.seg.lines[a.seg.LineAt(mm.begin)];
    if (std::binary_search(table_lines.begin(), table_lines.end(), a.seg.LineAt(mm.begin))) continue;  // read above
    // The sentence says the minutes are untimed ("hot pack 10 min, untimed").
    const auto& sent = a.SentenceOf(mm.begin);
    std::string_view clause = a.Text(sent.begin, sent.end);
    // Labels in the minute's own sentence first, else anywhere on its line.
    auto labels = LabelsOnLine(a, book, sent.begin, sent.end);
    const Label* l = MinutesOf(a, labels, mm.end);
    if (!l) l = Attribute(labels, mm.begin);
    const bool own_sentence = l != nullptr;
    // A label in another sentence of the line names these minutes only when
    // their sentence says little else ("Gait trng w/ RW 300 ft. 15 min."), not
    // "Reports morning stiffness lasting about 30 minutes" after "stairs".
    if (!l && WordCount(a, sent.begin, mm.begin) + WordCount(a, mm.end, sent.end) <= 3) {
      labels = LabelsOnLine(a, book, ln.begin, ln.end);
      l = Attribute(labels, mm.begin);
    }
    bool group_line = group_on(ln.begin, ln.end);
    if (LineSays(clause, "untimed") || LineSays(clause, "not billed") || (l && l->code == "untimed")) {
      t.untimed_minutes += mm.minutes;
      t.any_minutes = true;
      group_timed |= group_line;
      continue;
    }
    if (!l) continue;
    timed_apart |= own_sentence && !group_line;
    t.any_minutes = true;
    // "4 x 1 min", "3x2'": a duration per set.
    bool per_set = false;
    {
      std::string_view lead = a.Text(std::max(ln.begin, mm.begin - 8), mm.begin);
      auto trim = [&] {
        while (!lead.empty() && (lead.back() == ' ' || lead.back() == '\t')) lead.remove_suffix(1);
      };
      trim();
      if (!lead.empty() && lead.back() == 'x') {
        lead.remove_suffix(1);
        trim();
        size_t digits = 0;
        while (digits < lead.size() && lead[lead.size() - 1 - digits] >= '0' && lead[lead.size() - 1 - digits] <= '9')
          ++digits;
        char before = digits < lead.size() ? lead[lead.size() - 1 - digits] : ' ';
        bool word_before = (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '.';
        per_set = (digits == 1 || digits == 2) && !word_before;  // a set count, not "97035 x 18 min"
      }
    }
    if (per_set) continue;  // not even a fallback: "4 x 1 min" is no service's time
    bool dose = std::any_of(doses.begin(), doses.end(),
                            [&](const auto& d) { return d.first < mm.begin && mm.end <= d.second; });
    auto& into = dose ? dosed : labelled;
    // A correction replaces the minutes written before it.
    if (!into.count(l->code) || SaysCorrection(a.Text(ln.begin, ln.end))) into[l->code] = mm.minutes;
  }
  // A table row states a service's minutes first, then a labelled line, then a dose.
  t.by_code = table;
  // An exercise's own duration stands in for its service's minutes only when
  // no total is stated ("bike 10 min" under "Total timed 30 min" is a dose).
  const bool total_stated = t.timed_total_stated || t.treatment_total_stated;
  for (const auto* more : {&labelled, &dosed}) {
    if (more == &dosed && total_stated) continue;
    for (const auto& [code, m] : *more)
      if (!t.by_code.count(code)) t.by_code[code] = m;
  }
  // One timed code billed, its minutes not written apart: the stated timed total is its.
  {
    std::vector<std::string> timed_billed;
    for (const CodeSpec& c : f.billed)
      if (IsTimed(book, c.code) && std::find(timed_billed.begin(), timed_billed.end(), c.code) == timed_billed.end())
        timed_billed.push_back(c.code);
    bool other_timed = std::any_of(t.by_code.begin(), t.by_code.end(), [&](const auto& bc) {
      return IsTimed(book, bc.first) && bc.first != (timed_billed.empty() ? "" : timed_billed[0]);
    });
    if (timed_billed.size() == 1 && t.timed_total_stated && t.timed_minutes && !t.by_code.count(timed_billed[0]) &&
        !other_timed)
      t.by_code[timed_billed[0]] = *t.timed_minutes;
  }
  for (const auto& [code, m] : t.by_code) (void)m, t.any_timed_minutes = true;
  // Timed total: stated, else the sum when every billed timed service has minutes.
  if (!t.timed_minutes && !t.by_code.empty()) {
    bool every = true;
    for (const CodeSpec& c : f.billed)
      if (IsTimed(book, c.code) && !t.by_code.count(c.code)) every = false;
    if (every) {
      int sum = 0;
      for (const auto& [code, m] : t.by_code) sum += m;
      t.timed_minutes = sum;
    }
  }
  if (t.timed_minutes) t.any_timed_minutes = true;

  // What the services look like. A bare label ("O: Ther ex.") documents nothing;
  // a label with anything after it, or over specifics, does.
  for (const Mention& m : a.Of("services")) {
    if (!m.ctx.current() || IsBareLabel(a, m)) continue;
    const std::string& k = m.key();
    if (std::find(t.services_documented.begin(), t.services_documented.end(), k) == t.services_documented.end())
      t.services_documented.push_back(k);
    if (!t.service_at.count(k)) t.service_at[k] = m.begin;
  }
  auto documents = [&](const std::string& code, std::string_view content_key) {
    if (!AnyCurrent(a, "therapy_content", content_key)) return;
    if (std::find(t.services_documented.begin(), t.services_documented.end(), code) == t.services_documented.end())
      t.services_documented.push_back(code);
  };
  documents("97110", "exercise");
  documents("97116", "gait-detail");
  documents("97140", "manual-detail");
  documents("97530", "functional-task");
  documents("97535", "adl");
  documents("97112", "balance-detail");
  if (AnyCurrent(a, "skill", "group") &&
      std::find(t.services_documented.begin(), t.services_documented.end(), "97150") == t.services_documented.end())
    t.services_documented.push_back("97150");
  // Exercise parameters, not a service's own minutes ("TE x 38 min") or units on a charge line.
  for (const Mention& m : a.Of("therapy_content")) {
    if (m.key() != "exercise-params" || !m.ctx.current()) continue;
    bool charge = std::any_of(a.charge_lines.begin(), a.charge_lines.end(),
                              [&](const auto& cl) { return m.begin >= cl.begin && m.begin < cl.end; });
    bool service_total = std::any_of(a.Of("services").begin(), a.Of("services").end(),
                                     [&](const Mention& s) { return s.end <= m.begin && m.begin - s.end <= 3; });
    // Parameters belong to an exercise named in the same sentence or line, or
    // to a line of a block headed by an exercise service ("Ther ex:" then bullets).
    const auto& ln = a.seg.lines[a.seg.LineAt(m.begin)];
    const auto& sent = a.SentenceOf(m.begin);
    auto in = [&](const Mention& x, int32_t b, int32_t e) { return x.begin >= b && x.end <= e; };
    bool with_exercise = false;
    for (const Mention& x : a.Of("therapy_content"))
      if ((x.key() == "exercise" || x.key() == "balance-detail") && x.ctx.current() &&
          (in(x, sent.begin, sent.end) || in(x, ln.begin, ln.end)))
        with_exercise = true;
    if (!with_exercise) {
      // ... or to the exercise service labelling their line ("Therapeutic
      // exercise 10 min: AAROM pulleys 3x10", a flowsheet row) or heading
      // their section.
      const auto& sec = a.seg.sections[sent.section];
      const auto& head = a.seg.lines[sec.first_line];
      for (const Mention& x : a.Of("services"))
        if ((in(x, head.begin, head.end) || (in(x, ln.begin, ln.end) && x.end <= m.begin && x.ctx.current())) &&
            (x.key() == "97110" || x.key() == "97112" || x.key() == "97530"))
          with_exercise = true;
    }
    if (!charge && !service_total && with_exercise) t.exercise_params = true;
  }
  t.gait_detail = AnyCurrent(a, "therapy_content", "gait-detail");
  t.adl = AnyCurrent(a, "therapy_content", "adl");
  t.skill = AnyCurrent(a, "skill", "skill");
  t.group = AnyCurrent(a, "skill", "group");
  t.one_on_one = AnyCurrent(a, "skill", "one-on-one") || (t.group && group_timed && timed_apart);
  t.goal = AnyGoal(a);
  t.capacity = AnyCurrent(a, "capacity", "capacity");
}

}  // namespace notelint::facts
