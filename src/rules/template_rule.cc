// template.vague-phrase: phrases from templates/ that stand in for specifics.
// Warning when the note lacks what the phrase stands in for, else info.
#include <algorithm>

#include "rules/registry.h"

namespace notelint::rules {
namespace {

// Whether the note documents an element a template phrase can stand in for.
bool Documents(const facts::NoteFacts& f, const std::string& element) {
  const auto& t = f.therapy;
  if (element == "debridement-act") return f.debridement_act;
  if (element == "tissue-removed") return !f.tissue_removed.empty();
  if (element == "instrument") return !f.instruments.empty();
  if (element == "removal-depth") return f.removal_depth.has_value();
  if (element == "wound-size")
    return std::any_of(f.wounds.begin(), f.wounds.end(), [](const auto& w) { return w.area_cm2 >= 0; });
  if (element == "wound-assessment") return f.bed + f.drainage + f.periwound + f.odor + f.infection >= 2;
  if (element == "necessity") return !f.necessity.empty();
  if (element == "npwt-act") return f.npwt_act;
  if (element == "npwt-settings") return f.npwt_pressure && f.npwt_mode;
  if (element == "exercise-parameters") return t.exercise_params;
  if (element == "skill") return t.skill;
  if (element == "goal") return t.goal;
  if (element == "minutes") return t.any_minutes;
  if (element == "gait-deviation") return t.gait_detail;
  if (element == "adl-training") return t.adl;
  if (element == "capacity") return t.capacity;
  return true;  // unknown element: do not claim it is missing
}

void Check(const RuleContext& ctx, Emitter& em) {
  const auto& a = ctx.analysis;
  const auto& f = ctx.facts;
  std::vector<lexicon::PhraseMatch> found;
  if (a.templates_scanned)
    found = a.template_matches;  // found with the lexicons in one pass
  else
    ctx.templates.matcher().FindAll(a.norm.text, found);
  for (const auto& m : found) {
    if (a.masks.Covers(m.begin, m.end) || a.InHistorical(m.begin)) continue;
    const lexicon::Template& t = ctx.templates.templates()[m.id];
    std::string code;
    if (!f.billed.empty() && !t.codes.empty()) {
      for (const std::string& g : t.codes) {
        code = FirstBilled(ctx, g);
        if (!code.empty()) break;
      }
      if (code.empty()) continue;  // judged against codes not billed here
    }
    bool lacks = std::any_of(t.lacks.begin(), t.lacks.end(), [&](const std::string& e) { return !Documents(f, e); });
    std::string phrase(a.Text(m.begin, m.end));
    std::string msg = "'" + phrase + "'" + (code.empty() ? "" : " does not support " + code + ": it") + " " + t.shows +
                      "; " + t.instead;
    em.ReportWith(lacks ? Severity::kWarning : Severity::kInfo, code, msg, m.begin, m.end);
  }
}

}  // namespace

void RegisterTemplateRule(Registry& r) {
  r.Add(Rule{"template.vague-phrase", Severity::kWarning, "any",
             "a template phrase stands in for the specifics a payer needs",
             "Phrases such as 'wound cleaned', 'dressing changed', 'debridement completed, tolerated well', "
             "'patient tolerated treatment well', 'continue per plan of care' or 'exercises per flowsheet' say "
             "that something happened without what, how, how much or why. The finding is a warning when the note "
             "lacks the element the phrase stands in for, else info. The phrase list, with what each fails to show "
             "and what to write instead, is templates/*.txt.",
             Check});
}

}  // namespace notelint::rules
