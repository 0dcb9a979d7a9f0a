// The detect stage: normalize, segment, mask, find triggers, then every lexicon
// category, measurements, charge lines and minutes, each with its context.
#include "detect/mentions.h"

#include <algorithm>

#include "detect/aborted_attempts.h"
#include "detect/dated_sentences.h"
#include "detect/plan_clauses.h"
#include "text/normalizer.h"

namespace notelint::detect {
namespace {

// Lexicon categories whose words a misspelling is read as (rules.md reading 25).
const std::vector<std::string> kSpellingTargets = {"tissue",  "depth", "instruments", "methods",  "procedures",
                                                   "removal", "sites", "wound_words", "services", "therapy_content"};

}  // namespace

const std::vector<Mention>& Analysis::Of(std::string_view category) const {
  static const std::vector<Mention> kNone;
  if (!category_index) return kNone;
  int32_t i = category_index->Find(lexicon::HashToken(category));
  if (i < 0 || static_cast<size_t>(i) >= mentions.size() || (*categories)[i] != category) return kNone;
  return mentions[i];
}

bool Analysis::InHistorical(int32_t pos) const {
  return std::any_of(historical.begin(), historical.end(),
                     [&](const Range& r) { return pos >= r.begin && pos < r.end; });
}

bool Analysis::InPlanned(int32_t pos) const {
  return std::any_of(planned.begin(), planned.end(), [&](const Range& r) { return pos >= r.begin && pos < r.end; });
}

Detector::Detector(const lexicon::LexiconSet& lexicons, const lexicon::TemplateSet* templates)
    : lexicons_(lexicons),
      speller_(lexicon::Speller::Build(lexicons, kSpellingTargets)),
      context_(lexicons.Get("context")) {
  speller_.LoadDictionary("/usr/share/dict/words");
  for (const auto& [name, cat] : lexicons.categories()) {
    category_index_.Insert(lexicon::HashToken(name), static_cast<int32_t>(category_names_.size()));
    category_names_.push_back(name);
    std::vector<bool>& ignored = ignored_.emplace_back();
    for (const lexicon::Entry& e : cat.entries) ignored.push_back(e.HasFlag("ignore"));
  }
  std::vector<std::pair<std::string, int>> extra;
  if (templates) extra = templates->Phrases();
  auto scanner = lexicon::LexiconScanner::Build(lexicons, templates ? &extra : nullptr);
  if (scanner.ok()) {
    scanner_ = std::move(scanner.value());
    scan_templates_ = templates != nullptr;
  }
}

Context Detector::ContextOf(const Analysis& a, int32_t b, int32_t e) const {
  Context ctx;
  if (!a.seg.sentences.empty()) {
    text::Sentence s = a.seg.sentences[a.seg.SentenceAt(b)];
    // "Plan: STM ... today x 10 min": a plan-field clause that says today is
    // read on its own, without the field's label (which reads as a plan).
    for (const Range& r : a.plan_today)
      if (b >= r.begin && e <= r.end && r.begin > s.begin) s.begin = r.begin;
    ctx = context_.Classify(a.norm.text, a.triggers, s, b, e);
  }
  if (a.InHistorical(b)) ctx.historical = true;
  if (a.InPlanned(b)) ctx.hypothetical = true;
  for (const Range& r : a.aborted)
    if (b >= r.begin && b < r.end) ctx.negated = true;
  return ctx;
}

void Detector::MarkHistoricalSections(Analysis& a) const {
  auto marker_in = [&](const text::Line& ln, std::string_view key) {
    return std::any_of(a.triggers.markers.begin(), a.triggers.markers.end(), [&](const TriggerIndex::Marker& m) {
      return m.begin >= ln.begin && m.end <= ln.end && *m.key == key;
    });
  };
  const auto& lines = a.seg.lines;
  // A field labelled as an earlier visit ("PRIOR VISIT 11/14: 4 x 3 cm, slough
  // removed"): the label holds a historical trigger. With text after the label
  // only that line is historical; a bare label heads a block.
  auto historical_label = [&](const text::Line& ln) {
    if (ln.label_end < 0) return false;
    return std::any_of(a.triggers.triggers.begin(), a.triggers.triggers.end(), [&](const Trigger& t) {
      return (t.kind == TriggerKind::kPreHistorical || t.kind == TriggerKind::kPostHistorical) && t.begin >= ln.begin &&
             t.begin < ln.label_end;
    });
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    bool label = historical_label(lines[i]);
    if (label && a.norm.text.find_first_not_of(" \t", lines[i].label_end) < static_cast<size_t>(lines[i].end)) {
      a.historical.push_back(Range{lines[i].begin, lines[i].end});
      continue;
    }
    if (!label && (!lines[i].heading || !marker_in(lines[i], "historical-heading"))) continue;
    Range r{lines[i].begin, lines[i].end};
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      const text::Line& ln = lines[j];
      if (ln.blank) break;
      if (ln.heading && marker_in(ln, "current-heading")) break;
      r.end = ln.end;
      if (marker_in(ln, "historical-end")) {
        ++j;
        break;
      }
    }
    a.historical.push_back(r);
    i = j - 1;
  }
  // "On 02/26 slough was removed ..." in a note of 03/05: another visit.
  for (const DatedRange& r : DatedOtherVisitSentences(a.norm.text, a.seg))
    a.historical.push_back(Range{r.begin, r.end});
}

std::unique_ptr<Analysis> Detector::Analyze(std::string original) const {
  auto a = std::make_unique<Analysis>(std::move(original));
  a->norm = speller_.Correct(text::Normalize(a->src));
  a->seg = text::Segment(a->src, a->norm);
  a->masks = FindMasks(a->src, a->norm, a->seg);
  // Every category in one pass (or one scan each when the scanner is absent).
  lexicon::CategoryMatches all;
  if (scanner_) {
    scanner_->Scan(a->norm.text, all);
  } else {
    for (const auto& [name, cat] : lexicons_.categories()) {
      all.emplace_back();
      cat.FindAll(a->norm.text, all.back());
    }
  }
  if (scan_templates_ && all.size() > lexicons_.categories().size()) {
    a->template_matches = std::move(all.back());
    a->templates_scanned = true;
  }
  size_t index = 0;
  for (const auto& [name, cat] : lexicons_.categories()) {
    if (name == "context") {
      a->triggers = context_.Index(cat, all[index]);
      a->aborted = AbortedAttempts(a->seg, a->triggers);
    }
    if (name == "plan_clauses") a->planned = PlannedClauses(a->norm.text, a->seg, cat, all[index], &a->plan_today);
    ++index;
  }
  MarkHistoricalSections(*a);

  index = 0;
  a->mentions.resize(category_names_.size());
  a->categories = &category_names_;
  a->category_index = &category_index_;
  for (const auto& [name, cat] : lexicons_.categories()) {
    std::vector<Mention>& out = a->mentions[index];
    const std::vector<lexicon::PhraseMatch>& found = all[index++];
    if (name == "context") continue;
    const std::vector<bool>& ignored = ignored_[index - 1];
    for (const auto& m : found) {
      if (ignored[m.id] || a->masks.Covers(m.begin, m.end)) continue;
      Mention men;
      men.entry = &cat.entries[m.id];
      men.begin = m.begin;
      men.end = m.end;
      men.sentence = a->seg.SentenceAt(m.begin);
      men.ctx = ContextOf(*a, m.begin, m.end);
      out.push_back(men);
    }
  }
  for (Measurement& m : FindMeasurements(a->norm.text)) {
    if (a->masks.Covers(m.begin, m.end)) continue;
    m.ctx = ContextOf(*a, m.begin, m.end);
    m.sentence = a->seg.SentenceAt(m.begin);
    a->measurements.push_back(m);
  }
  for (ChargeLine& cl : FindChargeLines(a->norm.text))
    if (!a->InHistorical(cl.begin)) a->charge_lines.push_back(cl);
  for (MinuteMention& m : FindMinuteAmounts(a->norm.text)) {
    if (a->masks.Covers(m.begin, m.end)) continue;
    m.ctx = ContextOf(*a, m.begin, m.end);
    m.sentence = a->seg.SentenceAt(m.begin);
    a->minutes.push_back(m);
  }
  return a;
}

}  // namespace notelint::detect
