// Wound documentation rules (WOUND codes): site, side, size, depth, assessment
// and medical necessity.
#include <algorithm>

#include "rules/registry.h"

namespace notelint::rules {
namespace {

// Where a finding about a missing wound element points: the procedure sentence,
// else the first wound mention, else the charge line.
Where Anchor(const RuleContext& ctx) {
  const auto& f = ctx.facts;
  int32_t pos = f.debridement_at >= 0  ? f.debridement_at
                : f.npwt_at >= 0       ? f.npwt_at
                : f.wound_care_at >= 0 ? f.wound_care_at
                : !f.wounds.empty()    ? f.wounds.front().first_mention
                                       : f.charge_line_at;
  return SentenceAt(ctx.analysis, pos);
}

void LocationMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "WOUND");
  if (code.empty()) return;
  bool any =
      std::any_of(ctx.facts.wounds.begin(), ctx.facts.wounds.end(), [](const auto& w) { return !w.location.empty(); });
  if (any) return;
  Where w = Anchor(ctx);
  em.Report(code,
            code + " billed but no anatomic site of the wound is documented; name it, e.g. 'left lateral malleolus'",
            w.begin, w.end);
}

void LocationVague(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "WOUND");
  if (code.empty()) return;
  const facts::Wound* generic = nullptr;
  for (const auto& w : ctx.facts.wounds) {
    if (w.location.empty()) continue;
    if (w.specific) return;
    if (!generic) generic = &w;
  }
  if (!generic) return;
  em.Report(code,
            code + " billed but the wound site is only '" + generic->location +
                "'; name the part, e.g. 'left lateral malleolus' or 'right plantar first metatarsal head'",
            generic->first_mention, generic->first_mention + 1);
}

void LateralityMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "WOUND");
  if (code.empty()) return;
  for (const auto& w : ctx.facts.wounds) {
    if (!w.paired || w.laterality) continue;
    int32_t e = w.first_mention + static_cast<int32_t>(w.location.size());
    em.Report(code, code + " billed but the site '" + w.location + "' has no side; write left, right or bilateral",
              w.first_mention, e);
  }
}

void SizeMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "WOUND");
  if (code.empty()) return;
  bool sized =
      std::any_of(ctx.facts.wounds.begin(), ctx.facts.wounds.end(), [](const auto& w) { return w.area_cm2 >= 0; });
  if (sized) return;
  Where w = Anchor(ctx);
  em.Report(code,
            code +
                " billed but no wound measurements are documented; write length x width x depth in cm, "
                "e.g. '3.2 x 2.1 x 0.4 cm'",
            w.begin, w.end);
}

void DepthMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "WOUND");
  if (code.empty()) return;
  for (const auto& w : ctx.facts.wounds) {
    if (w.length_cm < 0 || w.width_cm < 0 || w.depth_cm >= 0) continue;
    em.Report(code,
              code + " billed; the wound" + (w.location.empty() ? std::string() : " at " + w.location) +
                  " has length and width but no depth; add it, e.g. 'x 0.3 cm'",
              w.first_mention, w.first_mention + 1);
    return;
  }
}

void AssessmentIncomplete(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "WOUND");
  if (code.empty()) return;
  const auto& f = ctx.facts;
  int n = f.bed + f.drainage + f.periwound + f.odor + f.infection;
  if (n >= 2) return;
  std::string missing;
  auto add = [&](bool have, const char* what) {
    if (!have) missing += std::string(missing.empty() ? "" : ", ") + what;
  };
  add(f.bed, "wound bed tissue");
  add(f.drainage, "drainage");
  add(f.periwound, "periwound skin");
  add(f.odor, "odor");
  add(f.infection, "signs of infection");
  Where w = Anchor(ctx);
  em.Report(code, code + " billed but the wound assessment is thin; document " + missing, w.begin, w.end);
}

void NecessityMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "WOUND");
  if (code.empty() || !ctx.facts.necessity.empty()) return;
  Where w = Anchor(ctx);
  em.Report(code,
            code +
                " billed but no medical necessity is documented; say why, e.g. 'adherent slough impairing "
                "granulation, no progress in 3 weeks'",
            w.begin, w.end);
}

}  // namespace

void RegisterWoundRules(Registry& r) {
  r.Add(Rule{"wound.location-missing", Severity::kError, "WOUND", "no anatomic site of a wound is documented",
             "Every wound procedure needs the wound's site. Name the anatomic part and side: 'left lateral "
             "malleolus', 'sacrum', 'right plantar first metatarsal head'.",
             LocationMissing});
  r.Add(Rule{"wound.location-vague", Severity::kWarning, "WOUND",
             "sites are only generic ('leg wound', 'foot ulcer') with no specific site",
             "A region ('leg', 'foot', 'lower extremity', 'back') does not identify a wound for the payer or the "
             "next clinician. Name the part: heel, malleolus, shin, plantar first metatarsal head, sacrum.",
             LocationVague});
  r.Add(Rule{"wound.laterality-missing", Severity::kWarning, "WOUND",
             "a site on a paired body part has no left/right/bilateral",
             "Limbs and their parts, heel, hip, ischium, trochanter, breast and buttock come in pairs: write left, "
             "right or bilateral. Midline sites (sacrum, coccyx, occiput, spine, perineum) need no side.",
             LateralityMissing});
  r.Add(Rule{"wound.size-missing", Severity::kError, "WOUND", "no measurements for a wound treated today",
             "Area-based codes are paid by the measured area, and every wound visit needs the size. Write "
             "length x width x depth in cm ('3.2 x 2.1 x 0.4 cm') or the area ('6.7 sq cm').",
             SizeMissing});
  r.Add(Rule{"wound.depth-missing", Severity::kInfo, "WOUND", "length and width are given but no depth",
             "Depth tracks healing and supports the depth of debridement. Add it: '3.2 x 2.1 x 0.4 cm'.",
             DepthMissing});
  r.Add(Rule{"wound.assessment-incomplete", Severity::kWarning, "WOUND",
             "fewer than two of: wound bed, drainage, periwound, odor, signs of infection",
             "A wound visit documents the bed tissue (e.g. '60% granulation, 40% slough'), drainage amount and "
             "type, periwound skin, odor and signs of infection (present or absent).",
             AssessmentIncomplete});
  r.Add(Rule{"necessity.missing", Severity::kError, "WOUND", "no medical-necessity rationale",
             "Say why the service is needed today: nonviable or necrotic tissue present, infection or its risk, "
             "stalled or delayed healing, failure of prior conservative care, or the need to prepare the bed.",
             NecessityMissing});
}

}  // namespace notelint::rules
