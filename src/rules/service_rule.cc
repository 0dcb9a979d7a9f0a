// service.not-documented: the billed code's core service is not documented as
// performed today, and no more specific rule explains the gap.
#include <algorithm>

#include "rules/registry.h"

namespace notelint::rules {
namespace {

void Check(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  for (const CodeSpec& c : f.billed) {
    const auto* info = ctx.book.Find(c.code);
    if (!info) continue;
    std::string what;
    if (info->family == "SEL" || info->family == "SURG" || info->family == "NONSEL") {
      if (f.debridement_act || f.wound_care_only_signals) continue;  // dressing-only says it
      what = "no debridement";
    } else if (info->family == "NPWT") {
      if (f.npwt_act) continue;
      what = "no negative-pressure wound therapy";
    } else if (info->family == "TIMED" || info->family == "GROUP") {
      const auto& docs = f.therapy.services_documented;
      if (std::find(docs.begin(), docs.end(), c.code) != docs.end()) continue;
      if (!TherapyGapHasOwnRule(ctx, c.code))
        what = "no " + info->description + " service";
      else
        continue;
    } else {
      continue;
    }
    Where w = SentenceAt(ctx.analysis, f.charge_line_at);
    em.Report(c.code,
              c.code + " billed but " + what +
                  " is documented as done today; describe the service performed "
                  "(or do not bill it)",
              w.begin, w.end);
  }
}

}  // namespace

void RegisterServiceRule(Registry& r) {
  r.Add(Rule{"service.not-documented", Severity::kError, "any known code",
             "the billed code's core service is not documented as performed today",
             "Each code pays for a service: debridement for 97597-97602 and 11042-11047, negative-pressure therapy "
             "for 97605-97608, exercise for 97110, gait training for 97116, manual therapy for 97140, self-care "
             "training for 97535 ... A planned, deferred, negated or earlier-visit service does not count. When a "
             "more specific rule explains the gap (dressing-only, method-mismatch, selfcare.adl-missing, "
             "group.one-on-one-conflict) only that one fires.",
             Check});
}

}  // namespace notelint::rules
