// Detector: runs the text stage and every lexicon matcher over one note and
// returns its mentions with context (the "detect" stage's single entry point).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_text.h"
#include "detect/charge_line.h"
#include "detect/context.h"
#include "detect/masks.h"
#include "detect/measurements.h"
#include "detect/minutes.h"
#include "lexicon/lexicon_scanner.h"
#include "lexicon/lexicon_set.h"
#include "lexicon/spelling.h"
#include "lexicon/templates.h"
#include "text/normalized_text.h"
#include "text/segmenter.h"

namespace notelint::detect {

struct Mention {
  const lexicon::Entry* entry = nullptr;  // key and flags
  int32_t begin = 0, end = 0;             // normalized bytes
  int sentence = 0;
  Context ctx;
  const std::string& key() const { return entry->key; }
};

// Everything the detect stage knows about one note. Owns the texts it points into.
struct Analysis {
  explicit Analysis(std::string original) : src(std::move(original)) {}

  SourceText src;
  text::NormalizedText norm;
  text::Segmentation seg;
  MaskSet masks;
  TriggerIndex triggers;
  std::vector<Range> historical;  // copied-forward blocks
  std::vector<Range> planned;     // planned steps of plan fields (plan_clauses.h)
  std::vector<Range> plan_today;  // clauses of plan fields that say "today"
  std::vector<Range> aborted;     // acts attempted and stopped (aborted_attempts.h)
  // Mentions by lexicon category, in the order of `categories` (the Detector's
  // category names and their hashed index; Of() finds one by name).
  std::vector<std::vector<Mention>> mentions;
  const std::vector<std::string>* categories = nullptr;
  const lexicon::FlatIndex* category_index = nullptr;
  std::vector<Measurement> measurements;
  std::vector<ChargeLine> charge_lines;  // today's only
  std::vector<MinuteMention> minutes;
  // Template phrases found in the same scan (when the Detector was given them);
  // PhraseMatch::id indexes TemplateSet::templates().
  bool templates_scanned = false;
  std::vector<lexicon::PhraseMatch> template_matches;

  const std::vector<Mention>& Of(std::string_view category) const;
  bool InHistorical(int32_t pos) const;
  bool InPlanned(int32_t pos) const;
  std::string_view Text(int32_t b, int32_t e) const { return norm.View(b, e); }
  const text::Sentence& SentenceOf(int32_t pos) const { return seg.sentences[seg.SentenceAt(pos)]; }
};

// Built once from the loaded lexicons (which must outlive it); Analyze is thread-safe.
class Detector {
 public:
  // With `templates`, their phrases are found in the same token pass as the
  // lexicon categories (Analysis::template_matches); both must outlive it.
  explicit Detector(const lexicon::LexiconSet& lexicons, const lexicon::TemplateSet* templates = nullptr);
  // Precondition: `original` is valid UTF-8.
  std::unique_ptr<Analysis> Analyze(std::string original) const;
  // Context of normalized range [b, e) of an analysed note (for `notelint context`).
  Context ContextOf(const Analysis& a, int32_t b, int32_t e) const;

 private:
  void MarkHistoricalSections(Analysis& a) const;

  const lexicon::LexiconSet& lexicons_;
  lexicon::Speller speller_;
  ContextEngine context_;
  std::unique_ptr<lexicon::LexiconScanner> scanner_;  // null: scan category by category
  bool scan_templates_ = false;                       // the scanner's last category is the templates
  std::vector<std::string> category_names_;           // LexiconSet order
  lexicon::FlatIndex category_index_;                 // name hash -> index
  // Per category, per entry: flagged [ignore], a longer phrase that only keeps
  // a shorter one from matching ("heel strike", "arrived ambulating").
  std::vector<std::vector<bool>> ignored_;
};

}  // namespace notelint::detect
