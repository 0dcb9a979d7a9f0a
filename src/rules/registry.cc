// The built-in rule catalog.
#include "rules/registry.h"

namespace notelint::rules {

const Registry& Registry::Builtin() {
  static const Registry* registry = [] {
    auto* r = new Registry();
    RegisterInputRules(*r);
    RegisterCodeRules(*r);
    RegisterWoundRules(*r);
    RegisterDebridementRules(*r);
    RegisterServiceRule(*r);
    RegisterAreaRules(*r);
    RegisterNpwtRules(*r);
    RegisterTherapyRules(*r);
    RegisterTemplateRule(*r);
    return r;
  }();
  return *registry;
}

const Rule* Registry::Find(std::string_view id) const {
  for (const Rule& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace notelint::rules
