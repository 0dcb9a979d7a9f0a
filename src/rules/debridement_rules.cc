// Debridement rules (SEL, NONSEL, SURG): dressing-only notes, tissue removed,
// instrument, depth of removal and its code, method and technique, post size.
#include <algorithm>

#include "rules/registry.h"

namespace notelint::rules {
namespace {

Where ProcedureAnchor(const RuleContext& ctx) {
  const auto& f = ctx.facts;
  int32_t pos = f.debridement_at >= 0 ? f.debridement_at : f.wound_care_at >= 0 ? f.wound_care_at : f.charge_line_at;
  return SentenceAt(ctx.analysis, pos);
}

std::string DebridementCode(const RuleContext& ctx, bool sel, bool nonsel, bool surg) {
  for (const CodeSpec& c : ctx.facts.billed) {
    if ((sel && ctx.book.InGroup(c.code, "SEL")) || (nonsel && ctx.book.InGroup(c.code, "NONSEL")) ||
        (surg && ctx.book.InGroup(c.code, "SURG")))
      return c.code;
  }
  return "";
}

void DressingOnly(const RuleContext& ctx, Emitter& em) {
  std::string code = DebridementCode(ctx, true, true, true);
  const auto& f = ctx.facts;
  if (code.empty() || f.debridement_act || !f.wound_care_only_signals) return;
  Where w = SentenceAt(ctx.analysis, f.wound_care_at);
  em.Report(code,
            code +
                " billed but the note documents only cleansing / dressing care, no debridement; describe "
                "the debridement (tissue removed, instrument, depth) or do not bill it",
            w.begin, w.end);
}

void TissueRemovedMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = DebridementCode(ctx, true, false, true);
  if (code.empty() || !ctx.facts.tissue_removed.empty()) return;
  Where w = ProcedureAnchor(ctx);
  em.Report(code, code + " billed but no tissue is documented as removed; name it, e.g. 'slough and fibrin removed'",
            w.begin, w.end);
}

void InstrumentMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = DebridementCode(ctx, true, false, true);
  const auto& f = ctx.facts;
  if (code.empty() || !f.instruments.empty() || f.HasKey(f.methods, "waterjet")) return;
  Where w = ProcedureAnchor(ctx);
  em.Report(code, code + " billed but no instrument is documented; name it, e.g. 'with #3 curette' or 'with #15 blade'",
            w.begin, w.end);
}

// Reading 19: only non-selective methods documented are not the selective or
// surgical service done today, so the rules that qualify it stay silent.
bool OnlyNonSelective(const facts::NoteFacts& f) { return f.nonselective_method && !f.selective_method; }

void DepthMissing(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  if (!f.debridement_act || f.removal_depth || OnlyNonSelective(f)) return;
  std::string surg = DebridementCode(ctx, false, false, true);
  std::string sel = DebridementCode(ctx, true, false, false);
  Where w = ProcedureAnchor(ctx);
  if (!surg.empty())
    em.ReportWith(Severity::kError, surg,
                  surg +
                      " billed but the deepest tissue level removed is not stated; write "
                      "e.g. 'deepest level removed: subcutaneous tissue'",
                  w.begin, w.end);
  else if (!sel.empty())
    em.ReportWith(Severity::kInfo, sel,
                  sel +
                      " billed; state the deepest level removed, e.g. 'to the level of the "
                      "dermis'",
                  w.begin, w.end);
}

// The code family a removal depth belongs to.
std::string FamilyForDepth(const std::string& depth) {
  int rank = facts::DepthRank(depth);
  if (rank <= 1) return "SEL";
  if (depth == "subcutaneous") return "subcutaneous";
  if (depth == "bone") return "bone";
  return "muscle";  // fascia ranks with muscle
}

void DepthCodeMismatch(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  if (!f.debridement_act || !f.removal_depth) return;
  // Depths removed today: per debrided wound, else the note's.
  std::vector<std::string> depths;
  for (const auto& w : f.wounds)
    if (w.debrided && w.removal_depth) depths.push_back(*w.removal_depth);
  if (depths.empty()) depths.push_back(*f.removal_depth);
  Where w = SentenceAt(ctx.analysis, f.removal_depth_at);
  for (const CodeSpec& c : f.billed) {
    const auto* info = ctx.book.Find(c.code);
    if (!info) continue;
    std::string want = info->family == "SEL" ? "SEL" : info->family == "SURG" ? info->depth : "";
    if (want.empty()) continue;
    bool fits =
        std::any_of(depths.begin(), depths.end(), [&](const std::string& d) { return FamilyForDepth(d) == want; });
    if (fits) continue;
    std::string deepest = *f.removal_depth;
    if (want == "SEL")
      em.Report(c.code,
                c.code + " is selective debridement (epidermis/dermis) but " + deepest +
                    " tissue was removed; that is surgical debridement (11042 and up)",
                w.begin, w.end);
    else
      em.Report(c.code,
                c.code + " pays for removal of " + want + " tissue but the deepest level documented is " + deepest +
                    "; bill the code of the documented depth",
                w.begin, w.end);
  }
}

void MethodMismatch(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  std::string sel = DebridementCode(ctx, true, false, false);
  std::string nonsel = DebridementCode(ctx, false, true, false);
  Where w = ProcedureAnchor(ctx);
  if (!sel.empty() && f.nonselective_method && !f.selective_method)
    em.Report(sel,
              sel +
                  " is selective (sharp or waterjet) debridement but only non-selective methods are documented; "
                  "bill 97602 or document the sharp debridement",
              w.begin, w.end);
  if (!nonsel.empty() && f.selective_method && !f.nonselective_method)
    em.Report(nonsel,
              nonsel +
                  " is non-selective debridement but only sharp selective debridement is documented; "
                  "bill 97597 or document the non-selective technique",
              w.begin, w.end);
}

void TechniqueMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = DebridementCode(ctx, false, true, false);
  if (code.empty() || ctx.facts.nonselective_method) return;
  Where w = ProcedureAnchor(ctx);
  em.Report(code,
            code +
                " billed but no non-selective technique is named; write e.g. 'collagenase applied', "
                "'wet-to-moist dressing', 'monofilament pad abrasion'",
            w.begin, w.end);
}

void PostMeasureMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = DebridementCode(ctx, true, false, true);
  const auto& f = ctx.facts;
  if (code.empty() || !f.debridement_act || OnlyNonSelective(f)) return;
  for (const auto& w : f.wounds) {
    if (w.measurement_count == 0 || w.post_measured) continue;
    if (!w.debrided && f.wounds.size() > 1) continue;
    Where at = ProcedureAnchor(ctx);
    em.Report(code,
              code +
                  " billed; the size after debridement is not documented; add it, e.g. 'post-debridement: "
                  "3.3 x 2.2 x 0.4 cm' or 'unchanged'",
              at.begin, at.end);
    return;
  }
}

}  // namespace

void RegisterDebridementRules(Registry& r) {
  r.Add(Rule{"debridement.dressing-only", Severity::kError, "SEL, NONSEL, SURG",
             "the note documents only cleansing / dressing change / 'wound care' and no debridement act",
             "Cleansing a wound and changing its dressing is not debridement and is not separately payable. Bill "
             "debridement only when tissue was removed, and then document what was removed, with what, to which "
             "level.",
             DressingOnly});
  r.Add(Rule{"debridement.tissue-removed-missing", Severity::kError, "SEL, SURG",
             "no type of tissue is documented as removed; tissue merely seen does not count",
             "Name what was removed: slough, fibrin, eschar, biofilm, necrotic or devitalized tissue, callus, "
             "debris. 'Wound bed 30% slough' describes the bed; 'slough removed with curette' documents the "
             "debridement.",
             TissueRemovedMissing});
  r.Add(Rule{"debridement.instrument-missing", Severity::kError, "SEL, SURG",
             "no instrument or selective method is named",
             "Selective and surgical debridement are defined by the instrument: scalpel or blade, curette, "
             "scissors, forceps, nippers, rongeur, or a high-pressure waterjet. Write 'with #3 curette'.",
             InstrumentMissing});
  r.Add(Rule{"debridement.depth-missing", Severity::kInfo, "SEL: info, SURG: error",
             "the deepest tissue level removed is not stated",
             "The deepest level removed picks the code: epidermis/dermis 97597, subcutaneous 11042, muscle or "
             "fascia 11043, bone 11044. Write 'deepest level removed: subcutaneous tissue'.",
             DepthMissing});
  r.Add(Rule{"debridement.depth-code-mismatch", Severity::kError, "SEL, SURG",
             "the documented removal depth belongs to another code",
             "Removing subcutaneous tissue or deeper is surgical debridement (11042-11047), not 97597; a surgical "
             "code pays only for its own depth (11042 subcutaneous, 11043 muscle/fascia, 11044 bone). The tissue "
             "removed decides, not the tissue visible.",
             DepthCodeMismatch});
  r.Add(Rule{"debridement.method-mismatch", Severity::kError, "SEL, NONSEL",
             "97597/97598 with only non-selective methods, or 97602 with only sharp selective debridement",
             "97597/97598 pay for selective debridement with sharp instruments or waterjet; enzymatic, "
             "wet-to-moist, autolytic, abrasion and larval debridement are non-selective (97602). Bill the code "
             "of the method documented.",
             MethodMismatch});
  r.Add(Rule{"debridement.technique-missing", Severity::kError, "NONSEL", "no non-selective technique is named",
             "97602 needs the technique: enzymatic (collagenase), wet-to-moist dressings, autolytic, abrasion, "
             "larval therapy.",
             TechniqueMissing});
  r.Add(Rule{"debridement.post-measure-missing", Severity::kInfo, "SEL, SURG",
             "measurements are documented only once: nothing states the size after debridement",
             "Measure again after debridement (or write 'unchanged'): the area debrided is what the area ladder "
             "counts.",
             PostMeasureMissing});
}

}  // namespace notelint::rules
