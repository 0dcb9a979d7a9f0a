// NPWT rules: settings (pressure and mode) and device class against the code.
#include "rules/registry.h"

namespace notelint::rules {
namespace {

void SettingsMissing(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  std::string code = FirstBilled(ctx, "NPWT");
  if (code.empty() || !f.npwt_act || (f.npwt_pressure && f.npwt_mode)) return;
  std::string missing = !f.npwt_pressure && !f.npwt_mode ? "pressure setting and mode"
                        : !f.npwt_pressure               ? "pressure setting"
                                                         : "mode (continuous or intermittent)";
  Where w = SentenceAt(ctx.analysis, f.npwt_at);
  em.Report(code, code + " billed but the NPWT " + missing + " is not documented; write e.g. '-125 mmHg continuous'",
            w.begin, w.end);
}

void DeviceMismatch(const RuleContext& ctx, Emitter& em) {
  const auto& f = ctx.facts;
  if (!f.npwt_act) return;
  Where w = SentenceAt(ctx.analysis, f.npwt_at);
  for (const CodeSpec& c : f.billed) {
    const auto* info = ctx.book.Find(c.code);
    if (!info || info->kind != "npwt") continue;
    if (info->npwt_class == "durable" && f.npwt_disposable && !f.npwt_durable)
      em.Report(c.code,
                c.code +
                    " is NPWT with durable equipment but the note documents a disposable device; bill "
                    "97607/97608 or document the durable pump",
                w.begin, w.end);
    if (info->npwt_class == "disposable" && f.npwt_durable && !f.npwt_disposable)
      em.Report(c.code,
                c.code +
                    " is NPWT with a disposable system but the note documents a durable/rental pump; "
                    "bill 97605/97606 or document the disposable device",
                w.begin, w.end);
  }
}

}  // namespace

void RegisterNpwtRules(Registry& r) {
  r.Add(Rule{"npwt.settings-missing", Severity::kWarning, "NPWT",
             "the pressure setting or the mode (continuous/intermittent) is not documented",
             "An NPWT note states the pressure (e.g. -125 mmHg) and the mode (continuous or intermittent), the "
             "device, the dressing or filler and the change frequency.",
             SettingsMissing});
  r.Add(Rule{"npwt.device-mismatch", Severity::kWarning, "NPWT",
             "a disposable device billed as durable equipment (97605/97606), or a durable pump as disposable",
             "97605/97606 are NPWT with durable medical equipment (a rental pump); 97607/97608 with a disposable, "
             "single-use system. Bill the class of the device documented.",
             DeviceMismatch});
}

}  // namespace notelint::rules
