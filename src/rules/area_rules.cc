// units.area-mismatch: billed units against the documented area, per ladder
// (97597/97598, 11042/11045, 11043/11046, 11044/11047) and per NPWT class.
#include <cmath>
#include <cstdio>

#include "rules/registry.h"

namespace notelint::rules {
namespace {

std::string Fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Which ladder a debrided wound belongs to, by the depth removed from it.
std::string LadderForDepth(const std::optional<std::string>& depth) {
  if (!depth) return "";
  int rank = facts::DepthRank(*depth);
  if (rank <= 1) return "sel";
  if (*depth == "subcutaneous") return "surg-subcutaneous";
  if (*depth == "bone") return "surg-bone";
  return "surg-muscle";
}

void CheckLadders(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  if (!f.debridement_act) return;
  // Ladders billed.
  std::vector<std::string> ladders;
  for (const CodeSpec& c : f.billed) {
    const auto* info = ctx.book.Find(c.code);
    if (info && !info->ladder.empty() && std::find(ladders.begin(), ladders.end(), info->ladder) == ladders.end())
      ladders.push_back(info->ladder);
  }
  for (const std::string& ladder : ladders) {
    double area = 0;
    bool any = false;
    for (const auto& w : f.wounds) {
      if (!w.debrided || w.area_cm2 < 0) continue;
      std::string own = LadderForDepth(w.removal_depth);
      if (own.empty()) own = LadderForDepth(f.removal_depth);
      // A wound of unknown depth counts for the only ladder billed.
      if (own.empty() ? ladders.size() != 1 : own != ladder) continue;
      area += w.area_cm2;
      any = true;
    }
    if (f.stated_total_area && ladders.size() == 1) {
      area = *f.stated_total_area;
      any = true;
    }
    if (!any) continue;  // no wound of its own: depth or service rules have said it
    int needed_addons = area > 20.0 + 1e-9 ? static_cast<int>(std::ceil((area - 20.0) / 20.0 - 1e-9)) : 0;
    std::string primary, addon;
    int billed_primary = 0, billed_addon = 0;
    for (const CodeSpec& c : f.billed) {
      const auto* info = ctx.book.Find(c.code);
      if (!info || info->ladder != ladder) continue;
      if (info->role == "addon") {
        addon = c.code;
        billed_addon += c.units;
      } else {
        primary = c.code;
        billed_primary += c.units;
      }
    }
    for (const auto& info : ctx.book.codes()) {
      if (info.ladder != ladder) continue;
      if (info.role == "addon" && addon.empty()) addon = info.code;
      if (info.role == "primary" && primary.empty()) primary = info.code;
    }
    int needed = 1 + needed_addons, billed = billed_primary + billed_addon;
    if (billed == needed && billed_primary <= 1) continue;
    std::string arithmetic = Fmt(area) + " sq cm supports " + primary + " x1" +
                             (needed_addons ? " + " + addon + " x" + std::to_string(needed_addons) : "") +
                             " (first 20 sq cm, then one add-on per further 20 or part)";
    int32_t at = f.charge_line_at;
    if (billed > needed || billed_primary > 1)
      em.ReportWith(Severity::kError, billed_addon > needed_addons ? addon : primary,
                    "billed units exceed the documented area: " + arithmetic + "; " + std::to_string(billed) +
                        " units are billed",
                    at, at + 1);
    else
      em.ReportWith(Severity::kWarning, billed_addon ? addon : primary,
                    "billed units are fewer than the documented area supports: " + arithmetic + "; " +
                        std::to_string(billed) + " billed",
                    at, at + 1);
  }
}

void CheckNpwt(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  if (!f.npwt_act) return;
  double area = 0;
  bool any = false;
  for (const auto& w : f.wounds)
    if (w.npwt && w.area_cm2 >= 0) {
      area += w.area_cm2;
      any = true;
    }
  if (!any) return;
  for (const CodeSpec& c : f.billed) {
    const auto* info = ctx.book.Find(c.code);
    if (!info || info->kind != "npwt") continue;
    bool large = area > 50.0 + 1e-9;
    std::string want;
    for (const auto& o : ctx.book.codes())
      if (o.kind == "npwt" && o.npwt_class == info->npwt_class && (o.npwt_size == "large") == large) want = o.code;
    if (want == c.code || want.empty()) continue;
    std::string msg = c.code + " is for a total area " + (info->npwt_size == "large" ? "over 50" : "of 50 or less") +
                      " sq cm but the documented area is " + Fmt(area) + " sq cm; bill " + want;
    if (info->npwt_size == "large")
      em.ReportWith(Severity::kError, c.code, msg, f.charge_line_at, f.charge_line_at + 1);
    else
      em.ReportWith(Severity::kWarning, c.code, msg, f.charge_line_at, f.charge_line_at + 1);
  }
}

}  // namespace

void RegisterAreaRules(Registry& r) {
  r.Add(Rule{"units.area-mismatch", Severity::kError, "SEL, SURG, NPWT",
             "billed units or code choice do not match the documented total surface area",
             "97597 x1 covers the first 20 sq cm of the total area debrided, 97598 x1 each further 20 sq cm or part "
             "of it; the same ladder holds for 11042/11045, 11043/11046 and 11044/11047, each counting only the "
             "wounds debrided to its depth. NPWT: 97605/97607 for 50 sq cm or less, 97606/97608 above. Billing "
             "more than the area supports is an error; less is a warning (lost revenue).",
             [](const RuleContext& ctx, Emitter& em) {
               CheckLadders(ctx, em);
               CheckNpwt(ctx, em);
             }});
}

}  // namespace notelint::rules
