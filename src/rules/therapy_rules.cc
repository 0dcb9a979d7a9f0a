// Timed therapy rules (TIMED, PT): minutes against billed units under the CMS or
// AMA convention, totals, and what each service must show (rules.md readings 8-17).
#include <algorithm>
#include <numeric>

#include "rules/registry.h"
#include "rules/timed_units.h"

namespace notelint::rules {
namespace {

const facts::TherapyFacts& T(const RuleContext& ctx) { return ctx.facts.therapy; }

std::vector<const CodeSpec*> TimedBilled(const RuleContext& ctx) {
  std::vector<const CodeSpec*> out;
  for (const CodeSpec& c : ctx.facts.billed)
    if (ctx.book.InGroup(c.code, "TIMED")) out.push_back(&c);
  return out;
}

int BilledUnits(const std::vector<const CodeSpec*>& codes) {
  int n = 0;
  for (const CodeSpec* c : codes) n += c->units;
  return n;
}

Where ChargeAnchor(const RuleContext& ctx) { return SentenceAt(ctx.analysis, ctx.facts.charge_line_at); }

Where ServiceAnchor(const RuleContext& ctx, const std::string& code) {
  auto it = T(ctx).service_at.find(code);
  if (it != T(ctx).service_at.end()) return SentenceAt(ctx.analysis, it->second);
  return ChargeAnchor(ctx);
}

// Minutes of every billed timed code, when all are known.
std::optional<std::map<std::string, int>> AllCodeMinutes(const RuleContext& ctx) {
  std::map<std::string, int> out;
  for (const CodeSpec* c : TimedBilled(ctx)) {
    auto it = T(ctx).by_code.find(c->code);
    if (it == T(ctx).by_code.end()) return std::nullopt;
    out[c->code] = it->second;
  }
  return out;
}

void MinutesMissing(const RuleContext& ctx, Emitter& em) {
  auto timed = TimedBilled(ctx);
  if (timed.empty() || T(ctx).any_minutes) return;
  Where w = ChargeAnchor(ctx);
  em.Report(timed.front()->code,
            timed.front()->code +
                " is a timed code (15-minute units) but no treatment minutes "
                "are documented; write each service's minutes and the totals, e.g. 'Ther ex 23 min; "
                "total timed 38 min; total treatment 45 min'",
            w.begin, w.end);
}

void CodeMinutesMissing(const RuleContext& ctx, Emitter& em) {
  auto timed = TimedBilled(ctx);
  if (timed.size() < 2 || !T(ctx).any_minutes) return;
  for (const CodeSpec* c : timed) {
    if (T(ctx).by_code.count(c->code)) continue;
    Where w = ServiceAnchor(ctx, c->code);
    em.Report(c->code,
              "the minutes of " + c->code +
                  " cannot be told apart from the other timed codes; write its own "
                  "minutes, e.g. '" +
                  c->code + ": 15 min'",
              w.begin, w.end);
  }
}

// Largest units CMS can give `code` in any valid allocation (ties allow either).
int CmsMaxUnits(const std::map<std::string, int>& mins, const std::string& code) {
  int total = 0;
  for (const auto& [c, m] : mins) total += m;
  int units = UnitsForMinutes(total);
  int base_sum = 0;
  for (const auto& [c, m] : mins) base_sum += m / 15;
  int extra = units - base_sum;
  int mine = mins.at(code);
  if (extra <= 0 || mine % 15 == 0) return mine / 15 + (extra > 0 && mine % 15 ? 1 : 0);
  // codes with strictly more leftover take units first
  int ahead = 0;
  for (const auto& [c, m] : mins)
    if (c != code && m % 15 > mine % 15) ++ahead;
  return mine / 15 + (ahead < extra ? 1 : 0);
}

void UnitsExceed(const RuleContext& ctx, Emitter& em) {
  auto timed = TimedBilled(ctx);
  const auto& t = T(ctx);
  if (timed.empty() || !t.any_minutes) return;
  int billed = BilledUnits(timed);
  Where w = ChargeAnchor(ctx);
  const std::string& first = timed.front()->code;
  if (ctx.timed_rule == TimedRule::kAma) {
    auto all = AllCodeMinutes(ctx);
    if (all) {
      for (const CodeSpec* c : timed) {
        int m = all->at(c->code), allowed = UnitsForMinutes(m);
        if (c->units > allowed)
          em.Report(c->code,
                    std::to_string(m) + " minutes of " + c->code + " support " + std::to_string(allowed) + " unit" +
                        (allowed == 1 ? "" : "s") + " under the AMA per-code rule; " + std::to_string(c->units) +
                        " are billed",
                    w.begin, w.end);
      }
      return;
    }
  }
  int minutes = t.timed_minutes.value_or(0);
  if (!t.timed_minutes) {
    for (const auto& [c, m] : t.by_code) minutes += m;
  }
  // Timed minutes not known (no timed total, some service without its own),
  // but a total treatment time stated: the timed minutes are at most that total
  // less the untimed minutes documented (reading 14; reading 15 is the case
  // where every minute belongs to an untimed service).
  std::string at_most;
  if (!t.timed_minutes && t.total_minutes) {
    int bound = std::max(0, *t.total_minutes - t.untimed_minutes);
    if (bound > minutes) {
      minutes = bound;
      at_most = "at most ";
    }
  }
  int allowed = UnitsForMinutes(minutes);
  if (billed > allowed) {
    em.Report(first,
              at_most + std::to_string(minutes) + " timed minutes support " + std::to_string(allowed) + " unit" +
                  (allowed == 1 ? "" : "s") + " under the " + (ctx.timed_rule == TimedRule::kCms ? "CMS" : "AMA") +
                  " rule (8-22 min = 1, 23-37 = 2, then +1 per 15); " + std::to_string(billed) + " are billed",
              w.begin, w.end);
    return;
  }
  if (ctx.timed_rule != TimedRule::kCms) return;
  auto all = AllCodeMinutes(ctx);
  if (!all) return;
  for (const CodeSpec* c : timed) {
    int max_units = CmsMaxUnits(*all, c->code);
    if (c->units > max_units)
      em.Report(c->code,
                std::to_string(all->at(c->code)) + " minutes of " + c->code + " earn at most " +
                    std::to_string(max_units) + " unit" + (max_units == 1 ? "" : "s") + " in the CMS allocation; " +
                    std::to_string(c->units) + " are billed",
                w.begin, w.end);
  }
}

void AllocationMismatch(const RuleContext& ctx, Emitter& em) {
  if (ctx.timed_rule != TimedRule::kCms) return;
  auto timed = TimedBilled(ctx);
  auto all = AllCodeMinutes(ctx);
  if (timed.size() < 2 || !all) return;
  int total = 0;
  for (const auto& [c, m] : *all) total += m;
  if (T(ctx).timed_minutes) total = std::max(total, 0);
  int allowed = UnitsForMinutes(total);
  if (BilledUnits(timed) > allowed) return;  // units-exceed says it
  auto alloc = CmsAllocation(*all);
  bool differs = false;
  for (const CodeSpec* c : timed) {
    int max_units = CmsMaxUnits(*all, c->code);
    int min_units = all->at(c->code) / 15;
    if (c->units > max_units || c->units < min_units) differs = true;
  }
  if (BilledUnits(timed) != allowed) {
    // fewer units than allowed: still a split question only if a code is over its share
  }
  if (!differs) return;
  std::string split;
  for (const auto& [code, u] : alloc) split += (split.empty() ? "" : ", ") + code + " x" + std::to_string(u);
  Where w = ChargeAnchor(ctx);
  em.Report(timed.front()->code,
            "the CMS allocation of " + std::to_string(total) + " timed minutes is " + split +
                " (whole 15-minute blocks first, then the largest remainders); the billed split "
                "differs",
            w.begin, w.end);
}

void TotalMissing(const RuleContext& ctx, Emitter& em) {
  if (ctx.timed_rule != TimedRule::kCms) return;
  auto timed = TimedBilled(ctx);
  const auto& t = T(ctx);
  if (timed.empty() || (t.timed_minutes && t.treatment_total_stated)) return;
  std::string missing = !t.timed_minutes && !t.treatment_total_stated
                            ? "total timed-code minutes and total treatment time"
                        : !t.timed_minutes ? "total timed-code minutes"
                                           : "total treatment time";
  Where w = ChargeAnchor(ctx);
  em.Report(timed.front()->code,
            "Medicare treatment notes state both totals; " + missing +
                " is missing: write e.g. 'Total timed code minutes: 38; total treatment time: 45 min'",
            w.begin, w.end);
}

void TherexParameters(const RuleContext& ctx, Emitter& em) {
  if (!ctx.facts.Billed("97110") || T(ctx).exercise_params) return;
  Where w = ServiceAnchor(ctx, "97110");
  em.Report("97110",
            "97110 billed but no exercise is documented with parameters; write e.g. 'bridges 3 x 15, "
            "clamshells red band 2 x 10'",
            w.begin, w.end);
}

void SkillMissing(const RuleContext& ctx, Emitter& em) {
  std::string code = FirstBilled(ctx, "PT");
  if (code.empty() || T(ctx).skill) return;
  Where w = ServiceAnchor(ctx, code);
  em.Report(code,
            code +
                " billed but nothing shows skilled care; document cues (verbal/tactile), progression or "
                "modification, assessment of response, or assist levels",
            w.begin, w.end);
}

void GoalMissing(const RuleContext& ctx, Emitter& em) {
  std::string code;
  for (const char* c : {"97110", "97112", "97116", "97140", "97530", "97535"})
    if (ctx.facts.Billed(c)) {
      code = c;
      break;
    }
  if (code.empty() || T(ctx).goal) return;
  Where w = ServiceAnchor(ctx, code);
  em.Report(code,
            code +
                " billed but the service is not tied to a functional goal; write e.g. 'to climb 12 stairs "
                "at home with one rail'",
            w.begin, w.end);
}

void AdlMissing(const RuleContext& ctx, Emitter& em) {
  if (!ctx.facts.Billed("97535") || T(ctx).adl) return;
  Where w = ServiceAnchor(ctx, "97535");
  em.Report("97535",
            "97535 billed but no ADL/IADL, compensatory, safety or adaptive-equipment training is documented; "
            "write e.g. 'LB dressing with reacher and sock aid, min A -> SBA'",
            w.begin, w.end);
}

void CapacityMissing(const RuleContext& ctx, Emitter& em) {
  if (!ctx.facts.Billed("97535") || T(ctx).capacity) return;
  Where w = ServiceAnchor(ctx, "97535");
  em.Report("97535",
            "97535 billed; nothing shows the patient's or caregiver's capacity to learn; write e.g. "
            "'teach-back: restated all 3 hip precautions; return demonstration of sock aid'",
            w.begin, w.end);
}

bool GroupConflict(const RuleContext& ctx, std::string* code, std::string* msg) {
  const auto& t = T(ctx);
  bool group_billed = ctx.facts.Billed("97150");
  auto timed = TimedBilled(ctx);
  // One-on-one treatment billed as group: no group documented, or a group that
  // turned into one-on-one with no one-on-one code billed for it.
  if (group_billed && t.one_on_one && (!t.group || timed.empty())) {
    *code = "97150";
    *msg =
        "97150 is group therapy (2 or more patients, no one-on-one) but the note documents one-on-one treatment; "
        "bill the timed codes of the services given, or document the group";
    return true;
  }
  // One-on-one codes billed for a session that was only a group, whether or
  // not 97150 is billed beside them.
  if (!timed.empty() && t.group && !t.one_on_one) {
    *code = timed.front()->code;
    *msg = timed.front()->code +
           " is one-on-one time but the note documents only a group session; bill 97150 "
           "or document the one-on-one time";
    return true;
  }
  return false;
}

void GroupCheck(const RuleContext& ctx, Emitter& em) {
  std::string code, msg;
  if (!GroupConflict(ctx, &code, &msg)) return;
  Where w = ChargeAnchor(ctx);
  em.Report(code, msg, w.begin, w.end);
}

}  // namespace

bool TherapyGapHasOwnRule(const RuleContext& ctx, const std::string& code) {
  std::string gc, msg;
  if (GroupConflict(ctx, &gc, &msg)) return true;
  if (code == "97535" && !T(ctx).adl) return true;
  return false;
}

void RegisterTherapyRules(Registry& r) {
  r.Add(Rule{"time.minutes-missing", Severity::kError, "TIMED",
             "a timed code is billed and no treatment minutes are documented",
             "Timed codes are paid in 15-minute units; without minutes nothing supports any unit. Write each "
             "service's minutes, the total timed-code minutes and the total treatment time.",
             MinutesMissing});
  r.Add(
      Rule{"time.code-minutes-missing", Severity::kWarning, "TIMED",
           "two or more timed codes are billed and the minutes of one cannot be attributed to it",
           "With several timed codes, write each one's minutes ('TE 23 min, NMR 15 min') so the split of units can be "
           "checked.",
           CodeMinutesMissing});
  r.Add(
      Rule{"time.units-exceed-minutes", Severity::kError, "TIMED",
           "billed timed units exceed what the documented minutes support",
           "CMS (8-minute rule): total timed minutes 8-22 = 1 unit, 23-37 = 2, 38-52 = 3, then +1 per 15; when every "
           "code's minutes are known, no code may take more units than its allocation. AMA (--timed-rule ama): the "
           "same ladder applied to each code's own minutes. Untimed minutes (group, hot pack, evaluation, rest) never "
           "count.",
           UnitsExceed});
  r.Add(
      Rule{"time.allocation-mismatch", Severity::kWarning, "TIMED, cms",
           "the total of billed units is allowed but their split across codes differs from the CMS allocation",
           "CMS allocation: each code gets its whole 15-minute blocks, then the remaining units go one by one to the "
           "codes with the most leftover minutes (ties: either). Example: 97112 24 + 97110 23 min = 3 units: 97112 x2, "
           "97110 x1.",
           AllocationMismatch});
  r.Add(Rule{"time.total-missing", Severity::kWarning, "TIMED, cms",
             "total timed-code minutes and total treatment time are not both stated",
             "A Medicare treatment note states the total timed-code minutes and the total treatment time (timed plus "
             "untimed), e.g. 'Total timed code minutes: 38; total treatment time: 45 min'.",
             TotalMissing});
  r.Add(Rule{"therex.parameters-missing", Severity::kWarning, "97110",
             "no specific exercise with parameters (sets, reps, resistance, duration, distance)",
             "97110 names the exercises and their dose: 'SLR 3 x 10 with 2#', 'bridges 2 x 15', 'NuStep L4 x 8 min'. "
             "'Ther ex per flowsheet' shows nothing.",
             TherexParameters});
  r.Add(Rule{"skill.missing", Severity::kWarning, "PT", "nothing shows skilled care",
             "Skilled therapy shows the therapist's judgment: verbal or tactile cues, progression or modification, "
             "assessment of the response, assist levels, clinical reasoning.",
             SkillMissing});
  r.Add(Rule{"goal.missing", Severity::kWarning, "97110, 97112, 97116, 97140, 97530, 97535",
             "the service is not tied to a functional goal or outcome",
             "Tie the service to function: 'to climb 12 stairs at home', 'to dress independently', 'to return to work "
             "lifting 40 lb'.",
             GoalMissing});
  r.Add(Rule{"selfcare.adl-missing", Severity::kError, "97535",
             "no ADL/IADL, compensatory, safety or adaptive-equipment training is documented",
             "97535 pays for self-care and home-management training: dressing, bathing, toileting, meal preparation, "
             "safety, adaptive equipment. Name the activity and the training given.",
             AdlMissing});
  r.Add(Rule{"selfcare.capacity-missing", Severity::kInfo, "97535",
             "nothing shows the patient's or caregiver's capacity to learn",
             "Show that the training took: teach-back, return demonstration, verbalized understanding.",
             CapacityMissing});
  r.Add(
      Rule{"group.one-on-one-conflict", Severity::kError, "97150 and one-on-one TIMED codes",
           "97150 billed for one-on-one treatment, or one-on-one codes billed for a group session",
           "97150 is for 2 or more patients treated together with no one-on-one; one-on-one time is billed with timed "
           "codes. A session that was one-on-one (others cancelled) is not group therapy.",
           GroupCheck});
}

}  // namespace notelint::rules
