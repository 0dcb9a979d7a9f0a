// Speller: reads common misspellings of lexicon words as the word (rules.md reading 25).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_set.h"
#include "lexicon/token_hash.h"
#include "text/normalized_text.h"

namespace notelint::lexicon {

// A token is corrected to a lexicon word of six letters or more when it is one
// edit away (insertion, deletion, substitution, adjacent swap), is not itself
// a lexicon word, and exactly one such word exists. A bare plural or past
// ending ("sloughs", "debrided") is not a misspelling. Immutable; thread-safe.
class Speller {
 public:
  // Corrections go to words of the `targets` categories; a word of any category
  // is never corrected.
  static Speller Build(const LexiconSet& lexicons, const std::vector<std::string>& targets);
  static Speller FromWords(const std::vector<std::string>& targets, const std::vector<std::string>& known = {});

  std::optional<std::string> Suggest(std::string_view token) const;
  // English words (one per line, e.g. /usr/share/dict/words) are never read as
  // misspellings ("charges" is not "changes"). Missing file: Ok, no guard.
  void LoadDictionary(const std::string& path);
  // Copy of `in` with misspelled tokens replaced; offsets still map to the original.
  text::NormalizedText Correct(text::NormalizedText in) const;
  size_t size() const { return count_; }

 private:
  const std::string* Lookup(std::string_view token, uint64_t hash) const;  // the uncached Suggest
  // Words by first letter and length: a misspelling keeps its first letter, so
  // only same-letter words within one of its length are compared (no hashing).
  std::vector<std::string> buckets_[26][32];
  size_t count_ = 0;
  // Hashes of English words and lexicon words: never misspellings. A 64-bit
  // hash collision would only leave one typo uncorrected.
  FlatIndex never_;
  // Identifies this content in each thread's memo of recent answers (Suggest).
  uint64_t generation_ = 0;
};

}  // namespace notelint::lexicon
