// PhraseMatcher: many lexicon phrases compiled once into one RE2 automaton.
#pragma once

#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/status.h"

namespace notelint::lexicon {

struct PhraseMatch {
  int32_t begin = 0, end = 0;  // byte offsets into the searched text
  int id = 0;                  // id given with the phrase at Compile time
};

// Compiles phrases written in the lexicon syntax (lexicons/FORMAT.md) into a
// single leftmost-longest RE2; a match is mapped back to the phrase that made
// it by a hash lookup (plain phrases) or by the few `*` / `/regex/` phrases.
// Immutable after Compile; FindAll is thread-safe.
class PhraseMatcher {
 public:
  PhraseMatcher();
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // `phrases` pairs a phrase with its id. Errors name `origin` and the phrase.
  static Result<PhraseMatcher> Compile(const std::vector<std::pair<std::string, int>>& phrases,
                                       std::string_view origin);

  // Appends every non-overlapping match in text[begin, end) to `out`, in order.
  void FindAll(std::string_view text, std::vector<PhraseMatch>& out) const;
  bool empty() const { return !combined_; }

  // The RE2 source a phrase compiles to (exposed for tests and for reuse).
  static std::string PhraseToRegex(std::string_view phrase);

 private:
  int Identify(std::string_view matched) const;

  // All phrases as one leftmost-longest RE2, compiled on first use.
  struct Combined {
    std::string source;
    mutable std::once_flag once;
    mutable std::unique_ptr<re2::RE2> re;
    const re2::RE2* Get() const;  // null if it does not compile
  };
  std::shared_ptr<Combined> combined_;
  std::unordered_map<std::string, int> literal_;       // compact form -> id
  std::vector<std::pair<std::string, int>> prefixes_;  // compact prefix of `*` phrases
  std::vector<int> regex_ids_;                         // id of each regex phrase, in Set order
  // All regex phrases, anchored at both ends, compiled on first use.
  struct LazySet {
    re2::RE2::Set set{MatcherOptions(), RE2::ANCHOR_BOTH};
    mutable std::once_flag once;
    mutable bool ok = false;
  };
  static re2::RE2::Options MatcherOptions();
  std::shared_ptr<LazySet> regex_set_;
};

// Phrase text with spaces and hyphens removed: the key used to identify matches.
std::string CompactPhrase(std::string_view s);

}  // namespace notelint::lexicon
