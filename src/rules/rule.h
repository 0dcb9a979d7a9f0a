// Rule: one check = metadata (id, severity, codes, summary, long help) plus one
// function over a note's facts. RuleContext is what every check may read.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "facts/note_facts.h"
#include "lexicon/codebook.h"
#include "lexicon/templates.h"

namespace notelint::rules {

enum class TimedRule { kCms, kAma };

struct RuleContext {
  const detect::Analysis& analysis;
  const facts::NoteFacts& facts;
  const lexicon::CodeBook& book;
  const lexicon::TemplateSet& templates;
  TimedRule timed_rule = TimedRule::kCms;
};

// A finding before its span is mapped to the original text.
struct RawFinding {
  std::string rule;
  Severity severity;
  std::string code;
  std::string message;
  std::string help;
  int32_t begin = -1, end = -1;  // normalized bytes; -1: line 1 column 1
};

class Emitter {
 public:
  Emitter(std::string_view rule, Severity severity, std::string_view help, std::vector<RawFinding>& out)
      : rule_(rule), severity_(severity), help_(help), out_(out) {}
  // Reports at normalized range [begin, end) (begin < 0: the note's start).
  void Report(std::string_view code, std::string message, int32_t begin = -1, int32_t end = -1);
  void ReportWith(Severity severity, std::string_view code, std::string message, int32_t begin = -1, int32_t end = -1);
  Severity severity() const { return severity_; }

 private:
  std::string_view rule_;
  Severity severity_;
  std::string_view help_;
  std::vector<RawFinding>& out_;
};

struct Rule {
  std::string id;
  Severity severity;
  std::string codes;                                        // which codes it runs for, as documented ("SEL, SURG")
  std::string summary;                                      // one line
  std::string help;                                         // long help for `notelint explain`
  std::function<void(const RuleContext&, Emitter&)> check;  // empty for rules the app reports
};

// Span helpers shared by rules: the sentence around a normalized position.
struct Where {
  int32_t begin = -1, end = -1;
};
Where SentenceAt(const detect::Analysis& a, int32_t pos);
// First billed code in a group, or "".
std::string FirstBilled(const RuleContext& ctx, std::string_view group);
// Codes billed in a group, joined with "/".
std::string BilledList(const RuleContext& ctx, std::string_view group);

}  // namespace notelint::rules
