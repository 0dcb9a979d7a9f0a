// Rules about combinations of billed codes: add-ons without their primary, and
// pairs that payers bundle (codebook.md "Code pairs").
#include <algorithm>

#include "rules/registry.h"

namespace notelint::rules {
namespace {

bool HasDistinctModifier(const CodeSpec& c) {
  for (const char* m : {"59", "XE", "XS", "XP", "XU"})
    if (c.HasModifier(m)) return true;
  return false;
}

const CodeSpec* BilledIn(const RuleContext& ctx, const std::vector<std::string>& groups, const CodeSpec* not_this) {
  for (const CodeSpec& c : ctx.facts.billed) {
    if (&c == not_this) continue;
    for (const std::string& g : groups)
      if (ctx.book.InGroup(c.code, g)) return &c;
  }
  return nullptr;
}

void CheckAddons(const RuleContext& ctx, Emitter& em) {
  for (const CodeSpec& c : ctx.facts.billed) {
    const auto* info = ctx.book.Find(c.code);
    if (!info || info->role != "addon" || ctx.facts.Billed(info->primary)) continue;
    em.Report(c.code,
              "add-on " + c.code + " is billed without its primary " + info->primary + "; bill " + info->primary +
                  " for the first 20 sq cm and " + c.code + " for each further 20",
              ctx.facts.charge_line_at, ctx.facts.charge_line_at + 1);
  }
}

void CheckPairs(const RuleContext& ctx, Emitter& em) {
  for (const auto& pair : ctx.book.pairs()) {
    for (const CodeSpec& a : ctx.facts.billed) {
      bool in_a = std::any_of(pair.a.begin(), pair.a.end(), [&](const auto& g) { return ctx.book.InGroup(a.code, g); });
      if (!in_a) continue;
      const CodeSpec* b = BilledIn(ctx, pair.b, &a);
      if (!b) continue;
      // Report each pair once, on the first code of A.
      bool modifier = false;
      for (const CodeSpec& x : ctx.facts.billed) {
        bool in_pair =
            std::any_of(pair.a.begin(), pair.a.end(), [&](const auto& g) { return ctx.book.InGroup(x.code, g); }) ||
            std::any_of(pair.b.begin(), pair.b.end(), [&](const auto& g) { return ctx.book.InGroup(x.code, g); });
        if (in_pair && HasDistinctModifier(x)) modifier = true;
      }
      std::string both = a.code + " and " + b->code;
      if (!pair.modifier_allowed) {
        em.ReportWith(Severity::kError, a.code,
                      both + " are never billed together (" + pair.note + "); bill one of them",
                      ctx.facts.charge_line_at, ctx.facts.charge_line_at + 1);
      } else if (modifier) {
        em.ReportWith(Severity::kInfo, a.code,
                      both + " are bundled; the distinct-service modifier needs documented separation (" + pair.note +
                          "): name the different wound, site or time block",
                      ctx.facts.charge_line_at, ctx.facts.charge_line_at + 1);
      } else {
        em.ReportWith(Severity::kWarning, a.code,
                      both +
                          " are bundled by payers and billed without a distinct-service modifier (59, XS, XE, XP, "
                          "XU); " +
                          pair.note,
                      ctx.facts.charge_line_at, ctx.facts.charge_line_at + 1);
      }
      break;
    }
  }
}

}  // namespace

void RegisterCodeRules(Registry& r) {
  r.Add(Rule{"codes.addon-without-primary", Severity::kError, "97598, 11045, 11046, 11047",
             "an add-on code is billed without its primary (97597, 11042, 11043, 11044)",
             "Add-on codes pay for each further 20 sq cm after the first, which the primary code pays for. "
             "Billed alone they are denied. Bill the primary (97597 for 97598, 11042 for 11045, 11043 for 11046, "
             "11044 for 11047) with one unit for the first 20 sq cm.",
             CheckAddons});
  r.Add(Rule{"codes.pair-conflict", Severity::kWarning, "pairs in codebook.md",
             "two codes that payers bundle are billed together without a distinct-service modifier",
             "Payers bundle some pairs (NCCI edits): selective and surgical debridement of the same wound, "
             "durable and disposable NPWT, manual therapy and therapeutic activities in the same time block, "
             "group and one-on-one therapy at the same time. Without a distinct-service modifier (59, XE, XS, XP, "
             "XU) this is a warning; with one it becomes info asking the note to show the separation (a different "
             "wound, site or time block). A pair the code book marks as never billed together is an error.",
             CheckPairs});
}

}  // namespace notelint::rules
