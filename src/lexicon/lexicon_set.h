// LexiconSet: every lexicons/*.txt category, loaded and compiled once at start-up.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lexicon/lexicon_file.h"
#include "lexicon/phrase_matcher.h"

namespace notelint::lexicon {

// A category's entries and its compiled matcher; PhraseMatch::id indexes `entries`.
struct Category {
  std::string name;
  std::vector<Entry> entries;
  PhraseMatcher matcher;

  // Matches in `text`, each mapped to its entry.
  void FindAll(std::string_view text, std::vector<PhraseMatch>& out) const { matcher.FindAll(text, out); }
  const Entry& entry(const PhraseMatch& m) const { return entries[m.id]; }
};

class LexiconSet {
 public:
  // Loads every *.txt in each directory; a later directory's entries are merged
  // over the earlier ones (same key in the same category: phrases added).
  static Result<LexiconSet> Load(const std::vector<std::string>& dirs);
  // Builds from already parsed files (tests).
  static Result<LexiconSet> FromFiles(std::vector<LexiconFile> files);

  // Never null: an unknown category is empty.
  const Category& Get(std::string_view name) const;
  const std::map<std::string, Category, std::less<>>& categories() const { return categories_; }

 private:
  std::map<std::string, Category, std::less<>> categories_;
};

}  // namespace notelint::lexicon
