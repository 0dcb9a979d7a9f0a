// ContextEngine: ConText/NegEx-style reading of whether a mention is negated,
// hypothetical/planned or historical, from the trigger lexicon (lexicons/context.txt).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_set.h"
#include "text/segmenter.h"

namespace notelint::detect {

struct Context {
  bool negated = false;
  bool hypothetical = false;
  bool historical = false;
  // Documentation of today's service or finding.
  bool current() const { return !negated && !hypothetical && !historical; }
};

enum class TriggerKind {
  kPreNegation,
  kPostNegation,
  kPreHypothetical,
  kPostHypothetical,
  kPreHistorical,
  kPostHistorical,
  kTermination,
  kPseudo,
  kOther
};

struct Trigger {
  int32_t begin = 0, end = 0;  // normalized bytes
  TriggerKind kind = TriggerKind::kOther;
  // A phrase trigger ("s/p", "hx of", a line-opening "Negative"): reads on the
  // phrase it opens, up to a comma, colon or parenthesis (a comma list of
  // short findings runs on).
  bool phrase = false;
  // Reads both ways: back over its sentence like a post-trigger and on the
  // phrase it opens ("Tylenol prn", "prn fever").
  bool both = false;
};

// The triggers of one note, found once (pseudo triggers already applied).
struct TriggerIndex {
  std::vector<Trigger> triggers;  // sorted by begin
  // Other keys of the context lexicon (historical-heading, historical-end,
  // current-heading): where they matched, with their key.
  struct Marker {
    int32_t begin, end;
    const std::string* key;
  };
  std::vector<Marker> markers;
};

// Immutable after construction; thread-safe.
class ContextEngine {
 public:
  // `triggers` is the "context" category; a scope reaches at most `max_words` words.
  explicit ContextEngine(const lexicon::Category& triggers, int max_words = 8);

  TriggerIndex Index(std::string_view text) const;
  // The same from matches of the context category already found.
  TriggerIndex Index(const lexicon::Category& cat, const std::vector<lexicon::PhraseMatch>& found) const;

  // Context of normalized range [begin, end) inside sentence `s`.
  Context Classify(std::string_view text, const TriggerIndex& index, const text::Sentence& s, int32_t begin,
                   int32_t end) const;

 private:
  const lexicon::Category& cat_;
  int max_words_;
};

}  // namespace notelint::detect
