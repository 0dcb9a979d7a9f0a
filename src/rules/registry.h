// Registry: every rule notelint knows, in catalog order. Built once; read-only after.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace notelint::rules {

class Registry {
 public:
  // All built-in rules (rules.md ids).
  static const Registry& Builtin();

  const std::vector<Rule>& rules() const { return rules_; }
  const Rule* Find(std::string_view id) const;
  void Add(Rule rule) { rules_.push_back(std::move(rule)); }

 private:
  std::vector<Rule> rules_;
};

// Each rule family registers itself (one file per family).
void RegisterInputRules(Registry& r);
void RegisterCodeRules(Registry& r);
void RegisterWoundRules(Registry& r);
void RegisterDebridementRules(Registry& r);
void RegisterAreaRules(Registry& r);
void RegisterNpwtRules(Registry& r);
void RegisterTherapyRules(Registry& r);
void RegisterServiceRule(Registry& r);

// Whether a more specific therapy rule reports the missing service of `code`
// (selfcare.adl-missing, group.one-on-one-conflict), so service.not-documented yields.
bool TherapyGapHasOwnRule(const RuleContext& ctx, const std::string& code);
void RegisterTemplateRule(Registry& r);

}  // namespace notelint::rules
