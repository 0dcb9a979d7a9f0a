// Linter: runs the enabled rules over one note's facts and returns its findings
// with spans in the original text. The core entry point front ends call.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/finding.h"
#include "rules/registry.h"

namespace notelint::rules {

struct LintConfig {
  std::set<std::string> disabled;
  std::set<std::string> enabled;             // re-enables a rule disabled earlier
  std::map<std::string, Severity> severity;  // overrides by rule id
  TimedRule timed_rule = TimedRule::kCms;
};

class Linter {
 public:
  Linter(const Registry& registry, const lexicon::CodeBook& book, const lexicon::TemplateSet& templates,
         LintConfig config);

  std::vector<Finding> Run(const detect::Analysis& analysis, const facts::NoteFacts& facts) const;
  bool Enabled(const std::string& id) const;
  Severity SeverityOf(const Rule& rule, Severity reported) const;
  const LintConfig& config() const { return config_; }

 private:
  const Registry& registry_;
  const lexicon::CodeBook& book_;
  const lexicon::TemplateSet& templates_;
  LintConfig config_;
};

// Whether the facts' billed codes make the note supported, given its findings.
bool Supported(const facts::NoteFacts& facts, const std::vector<Finding>& findings);

}  // namespace notelint::rules
