// TemplateSet: the vague template phrases of templates/*.txt, with what each fails
// to show and what to write instead, compiled once into one matcher.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lexicon/phrase_matcher.h"

namespace notelint::lexicon {

struct Template {
  std::vector<std::string> phrases;
  std::vector<std::string> lacks;  // elements the phrase stands in for
  std::vector<std::string> codes;  // codes or families it is judged against ("" = any)
  std::string shows;               // what the phrase fails to show
  std::string instead;             // what to write instead
  std::string origin;              // file:line of the block
};

class TemplateSet {
 public:
  static Result<TemplateSet> Load(const std::vector<std::string>& dirs);
  static Result<TemplateSet> Parse(std::string_view text, std::string_view origin);
  Status Merge(TemplateSet other);  // appends and recompiles

  const std::vector<Template>& templates() const { return templates_; }
  // PhraseMatch::id indexes templates().
  const PhraseMatcher& matcher() const { return matcher_; }
  // Every (phrase, template index) pair, for a scanner that finds them with other words.
  std::vector<std::pair<std::string, int>> Phrases() const;

 private:
  Status Compile();
  std::vector<Template> templates_;
  PhraseMatcher matcher_;
};

}  // namespace notelint::lexicon
