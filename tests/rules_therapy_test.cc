// RuleTester tables for the timed therapy rules (rules.md, "Timed therapy
// codes", readings 8-17). Every note here was written for these tests.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "rule_tester.h"

using notelint::Severity;
using notelint::testing::FindingsOf;
using notelint::testing::Invalid;
using notelint::testing::Lint;
using notelint::testing::RunRuleTests;
using notelint::testing::Valid;

namespace {

// Ther ex with minutes, parameters, skill, goal and both totals.
const char* kTherexGood = R"(Dx: L TKA, 5 weeks post-op.
Ther ex (97110) 25 min: quad sets 2 x 15, SLR 3 x 10 with 2 lb, heel slides 2 x 15.
Verbal cues to avoid hip hike during SLR; progressed SLR to 2 lb.
Goal: climb 12 stairs at home with one rail.
Total timed code minutes: 25. Total treatment time: 30 min.)";

// Two timed codes, 24 + 23 minutes (codebook worked example 1).
const char* k24and23 = R"(Dx: R ankle sprain, 6 weeks.
Neuromuscular re-ed (97112) 24 min: single-leg stance on foam 3 x 30 sec, tandem walk 4 laps, tactile cues at hip.
Ther ex (97110) 23 min: calf raises 3 x 15, banded ankle eversion red band 3 x 12.
Goal: return to recreational soccer without giving way.
Total timed code minutes: 47. Total treatment time: 52 min.)";

// Two timed codes, 33 + 7 minutes (codebook worked example 2).
const char* k33and7 = R"(Dx: cervical strain.
Ther ex (97110) 33 min: chin tucks 3 x 10, rows green band 3 x 12, wall angels 2 x 10.
Manual therapy (97140) 7 min: STM to upper trapezius.
Verbal cues for scapular retraction; progressed rows to green band.
Goal: work at computer 2 hours without neck pain.
Total timed code minutes: 40. Total treatment time: 45 min.)";

// Two timed codes with equal minutes, 20 + 20.
const char* k20and20 = R"(Dx: L hip OA.
Ther ex (97110) 20 min: bridges 2 x 15, clamshells red band 2 x 12, sidelying abduction 2 x 10.
Gait training (97116) 20 min: 300 ft with SPC, verbal cues for heel strike, reduced Trendelenburg.
Goal: walk in the grocery store without a cane.
Total timed code minutes: 40. Total treatment time: 40 min.)";

// Services timed by clock ranges, session by time in and out.
const char* kClockRanges = R"(0905-0928 TE: bridges 2 x 15, clamshells 2 x 10, verbal cues for pelvic control.
0928-0943 Gait training 300 ft with SPC, cues for heel strike.
Goal: walk in the community without device.
Time in 0900, time out 0945.)";

// Self-care training documented in full.
const char* kSelfcareGood = R"(Dx: R THA, posterior precautions.
Self-care training (97535) 25 min: LB dressing with reacher and sock aid, min A to SBA.
Tub transfer bench training with verbal cues for hip precautions.
Teach-back: patient restated all 3 hip precautions; return demonstration of sock aid.
Goal: dress independently at home.
Total timed code minutes: 25. Total treatment time: 25 min.)";

}  // namespace

TEST_CASE("time.minutes-missing") {
  RunRuleTests(
      "time.minutes-missing",
      {
          Valid{kTherexGood, "97110x2"},
          // a total alone is a documented minute count
          Valid{R"(Ther ex: quad sets 2 x 15, SLR 3 x 10, heel slides 2 x 15. Verbal cues for quad set.
Total treatment time: 30 min.)",
                "97110x2"},
          // untimed minutes only: units-exceed speaks (reading 15)
          Valid{R"(Hot pack 15 min to lumbar spine.
Ther ex: bridges 2 x 15, pelvic tilts 2 x 10, verbal cues for breathing.)",
                "97110"},
          // no minutes, but no timed code billed
          Valid{R"(Group ther ex class: 4 patients, seated marching and arm raises 2 x 10, cues for pacing.)", "97150"},
          Valid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, slough removed with #3 curette to dermis.)", "97597"},
      },
      {
          // no minutes: points at the charge line
          Invalid{R"(Dx: L TKA.
Ther ex: quad sets 2 x 15, SLR 3 x 10 with 2 lb, heel slides 2 x 15.
Verbal cues for terminal knee extension.
Goal: walk 500 ft without device.
Billed: 97110 x2)",
                  "", 5, 1},
          // minutes only in the copied-forward block
          Invalid{R"(PRIOR VISIT 11/14:
Ther ex 30 min, total treatment time 35 min.

Ther ex: quad sets 2 x 15, SLR 3 x 10, verbal cues for control.)",
                  "97110"},
      });
}

TEST_CASE("formerly a gap: time.minutes-missing") {
  // rules.md reading 1: planned mentions are not documentation of today's
  // service. "30 min" reads as hypothetical, but the therapy facts skip only
  // historical and negated minutes, so planned minutes count as documented.
  RunRuleTests("time.minutes-missing", {},
               {
                   Invalid{R"(Ther ex: quad sets 2 x 15, SLR 3 x 10, verbal cues for control.
Plan: increase ther ex to 30 min next session.)",
                           "97110"},
               });
}

TEST_CASE("time.code-minutes-missing") {
  RunRuleTests(
      "time.code-minutes-missing",
      {
          Valid{k24and23, "97112x2,97110"},
          Valid{k33and7, "97110x2,97140"},
          // one timed code: its minutes are the total
          Valid{R"(Ther ex: quad sets 2 x 15, SLR 3 x 10, verbal cues for control.
Total timed code minutes: 25. Total treatment time: 25 min.)",
                "97110x2"},
          // a line of its own after the service's sentence: "15 min." names its minutes
          Valid{R"(Ther ex (97110) 23 min: bridges 2 x 15, clamshells red band 2 x 10, cues for pelvic control.
Gait training with SPC 300 ft, cues for step length. 15 min.
Total timed code minutes: 38. Total treatment time: 40 min.)",
                "97110x2,97116"},
          // no minutes at all: minutes-missing speaks (reading 5)
          Valid{R"(Ther ex: quad sets 2 x 15, SLR 3 x 10.
Neuromuscular re-ed: single-leg stance 3 x 30 sec, verbal cues for trunk control.)",
                "97110,97112"},
      },
      {
          // 97112 has no minutes of its own: points at its service sentence
          Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, clamshells red band 2 x 10.
Neuromuscular re-ed: single-leg stance on foam 3 x 30 sec, tandem walking with CGA.
Verbal cues for trunk control.
Total timed code minutes: 38. Total treatment time: 40 min.)",
                  "97110x2,97112", 2, 1},
          // 97112's minutes are the earlier visit's
          Invalid{R"(PRIOR VISIT 11/14:
NMR 15 min, single-leg stance.

Ther ex (97110) 25 min: bridges 2 x 15, clamshells red band 2 x 10.
Neuromuscular re-ed: single-leg stance on foam 3 x 30 sec, verbal cues for trunk control.
Total timed code minutes: 38. Total treatment time: 40 min.)",
                  "97110x2,97112", 5, 1},
          // a duration per set ("4 x 1 min") is no service's time
          Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, clamshells red band 2 x 10, cues for pelvic control.
Neuro re-ed: mirror feedback for midline posture 4 x 1 min, SLS on foam 3 x 30 sec, CGA.
Total treatment time: 40 min.)",
                  "97110x2,97112", 2, 1},
          // a symptom's duration in another sentence of a service's line is no service time
          Invalid{R"(S: climbs stairs one at a time with the rail. Reports morning stiffness lasting about 40 minutes.
O: Ther ex (97110) 25 min: bridges 2 x 15, clamshells red band 2 x 10, cues for pelvic control.
Gait training: 200 ft with SPC, cues for step length.
Total treatment time: 40 min.)",
                  "97110x2,97116"},
          // a lump of minutes for two services
          Invalid{R"(Ther ex and gait training 38 min: bridges 2 x 15, 300 ft with RW.
Verbal cues for heel strike.
Total treatment time: 40 min.)",
                  "97110x2,97116"},
      });
}

TEST_CASE("plan fields: a planned step's minutes are not today's") {
  // "add gait trng 15 min" carries no "next session" of its own: the plan
  // field's verb makes it a plan (lexicons/plan_clauses.txt).
  const char* kPlannedAdd = R"(S: knee pain 3/10 at rest.
O: TE 12 min: SLR 2 x 10 with 2 lb, bridges 2 x 15, cues for quad set.
A: ROM improving, goal: walk to the mailbox without a cane.
P: increase TE to 30 min next session, add gait trng 15 min)";
  RunRuleTests("time.units-exceed-minutes", {}, {Invalid{kPlannedAdd, "97110x2,97116"}});
  RunRuleTests("service.not-documented", {}, {Invalid{kPlannedAdd, "97110x2,97116"}});
  // a bulleted plan under a bare heading
  RunRuleTests("time.code-minutes-missing", {},
               {Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, SLR 2 x 10 with 2 lb, cues for pelvic control.
Plan:
- add gait training 15 min with RW
- progress to step-ups next visit
Total timed code minutes: 25. Total treatment time: 30 min.)",
                        "97110,97116"}});
  // a frequency of care makes a plan-field clause a plan, and the minutes after it are the plan's
  RunRuleTests("service.not-documented", {},
               {Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, SLR 2 x 10 with 2 lb, cues for pelvic control.
P: gait training 2x/wk x 4 wks, 15 min each.
Total timed code minutes: 25. Total treatment time: 25 min.)",
                        "97110,97116"}});
  // "today" keeps a plan-field step today's; a past tense reports what was done
  RunRuleTests("time.code-minutes-missing",
               {Valid{R"(Ther ex (97110) 25 min: bridges 2 x 15, SLR 2 x 10 with 2 lb, cues for pelvic control.
P: start gait training today 10 min with RW, cues for step length.
Total timed code minutes: 35. Total treatment time: 40 min.)",
                      "97110x2,97116"},
                Valid{R"(Ther ex (97110) 25 min: bridges 2 x 15, SLR 2 x 10 with 2 lb, cues for pelvic control.
P: added gait training 10 min with RW, cues for step length.
Total timed code minutes: 35. Total treatment time: 40 min.)",
                      "97110x2,97116"},
                // the label "Plan:" reads as a plan, but its clause says today
                Valid{R"(O: TE 15 min: chin tucks 2 x 10, scapular retraction red band 2 x 15, cues to relax shoulders.
Plan: STM to R upper trap today x 10 min prior to TE; progress TE to prone Y/T next week.
Total treatment time: 25 min)",
                      "97140,97110"}},
               {});
}

TEST_CASE("flowsheet tables: Time and Start / End columns, total rows, rows without a header") {
  // a "Time" column with "25 min" cells, and total rows inside the table
  const char* kTimeColumn = R"(Dx: R TKA, 4 weeks post-op.
| Service | CPT | Time |
|---|---|---|
| Therapeutic exercise | 97110 | 25 min |
| Gait training | 97116 | 13 min |
| Total timed | | 38 min |
| Total treatment | | 45 min |
TE: quad sets 2 x 15, SLR 3 x 10 with 2 lb, cues for quad control. Gait 200 ft with RW, cues for heel strike.
Goal: walk 300 ft in the community.)";
  RunRuleTests("time.minutes-missing", {Valid{kTimeColumn, "97110x2,97116"}}, {});
  RunRuleTests("time.total-missing", {Valid{kTimeColumn, "97110x2,97116"}}, {});
  RunRuleTests("time.code-minutes-missing", {Valid{kTimeColumn, "97110x2,97116"}}, {});
  // the total rows are totals, not a service's minutes: 38 timed minutes allow 2 units, not 3
  RunRuleTests("time.units-exceed-minutes", {Valid{kTimeColumn, "97110x2,97116"}},
               {Invalid{kTimeColumn, "97110x3,97116"}});
  // Start and End clock columns
  RunRuleTests("time.code-minutes-missing",
               {Valid{R"(| Service | CPT | Start | End |
| Ther ex | 97110 | 13:00 | 13:25 |
| Gait | 97116 | 1325 | 1338 |
TE: quad sets 2 x 15, SLR 3 x 10 with 2 lb, cues. Gait 200 ft with RW, cues for heel strike.
Goal: walk 300 ft in the community.
Total treatment time: 40 min.)",
                      "97110x2,97116"}},
               {});
  // a pipe row with no header is read like prose
  RunRuleTests("time.minutes-missing",
               {Valid{R"(TE: quad sets 2 x 15, SLR 3 x 10 with 2 lb, cues for quad control.
| Ther ex | 97110 | 25 min |
Goal: walk 300 ft in the community.)",
                      "97110x2"}},
               {});
}

TEST_CASE("flowsheet grids aligned with spaces or tabs") {
  // columns aligned with spaces, a right-aligned Min column
  RunRuleTests("time.code-minutes-missing",
               {Valid{R"(Service                 CPT     Min   Units
Ther ex                 97110   25    2
Gait training           97116    8    1

TE: quad sets 2 x 15, SLR 3 x 10 with 2 lb, cues for quad control. Gait 200 ft with RW, cues for heel strike.
Goal: walk 300 ft in the community.
Total timed code minutes: 33. Total treatment time: 38 min.)",
                      "97110x2,97116"}},
               {});
  // tabs, the Min column before the code, an empty cell in a row
  RunRuleTests("time.units-exceed-minutes",
               {Valid{"Service\tMin\tCPT\nTher ex\t18\t97110\nManual therapy\t\t12\t97140\n"
                      "TE: bridges 2 x 15, clams red band 2 x 12, cues for pelvic control. STM to upper trapezius.\n"
                      "Goal: lift a laundry basket without back pain.\n"
                      "Total timed code minutes: 30. Total treatment time: 35 min.",
                      "97110,97140"}},
               {Invalid{"Service\tMin\tCPT\nTher ex\t18\t97110\nManual therapy\t\t12\t97140\n"
                        "TE: bridges 2 x 15, clams red band 2 x 12, cues for pelvic control. STM to upper trapezius.\n"
                        "Goal: lift a laundry basket without back pain.\n"
                        "Total timed code minutes: 30. Total treatment time: 35 min.",
                        "97110x2,97140"}});
  // two spaces after a label are no grid: the lines stay prose
  RunRuleTests("time.code-minutes-missing",
               {Valid{R"(Time in  0800
TE  15 min: bridges 2 x 15, cues for pelvic control
Gait  10 min: 200 ft with RW, cues for heel strike
Goal: walk 300 ft in the community.)",
                      "97110,97116"}},
               {});
}

TEST_CASE("totals in hours and in padded table cells") {
  // "1 hr" is 60 minutes, not 1: four units are allowed
  RunRuleTests("time.units-exceed-minutes",
               {Valid{R"(Ther ex (97110) 30 min: bridges 2 x 15, SLR 3 x 10 with 2 lb, cues for pelvic control.
Ther activity (97530) 30 min: floor transfers with CGA, lifting 10 lb box from floor with cues for hip hinge.
Goal: return to work lifting 30 lb.
Total timed code time: 1 hr. Total treatment time: 1 hr 10 min.)",
                      "97110x2,97530x2"}},
               {});
  // a total row whose empty cell is padded wide: 38, not its first digit
  RunRuleTests("time.units-exceed-minutes",
               {Valid{R"(| Service | CPT | Min |
| Ther ex | 97110 | 23 |
| Manual | 97140 | 15 |
| Total timed |                          | 38 |
TE: rows green band 3 x 12, chin tucks 2 x 10, cues for posture. STM to upper trapezius.
Goal: work at a computer 2 hours without neck pain.
Total treatment time: 45 min.)",
                      "97110x2,97140"}},
               {});
}

TEST_CASE("dictation: minutes 'of' a service, totals in words") {
  // one run-on sentence: the minutes go to the service they are "of", not to
  // a service word earlier in the sentence ("arrived ambulating")
  const char* kDictated =
      "Patient arrived ambulating with a cane and was seen for twenty-three minutes of therapeutic exercise "
      "including bridges two sets of fifteen and side-lying hip abduction with a two pound cuff weight with verbal "
      "cues to keep the pelvis level, then fifteen minutes of neuromuscular re-education with single leg stance on "
      "foam and tandem walking with tactile cues, to meet her goal of walking in the community without a fall, "
      "total timed minutes thirty-eight and total treatment time thirty-eight minutes.";
  RunRuleTests("time.units-exceed-minutes", {Valid{kDictated, "97110x2,97112"}}, {});
  RunRuleTests("time.allocation-mismatch", {Valid{kDictated, "97110x2,97112"}}, {});
  RunRuleTests("time.total-missing", {Valid{kDictated, "97110x2,97112"}}, {});
  // the total's number inside its label
  RunRuleTests("time.total-missing",
               {Valid{R"(Ther ex: bridges 2 x 15, clams red band 2 x 12, cues for pelvic control.
Treatment 25 min total (all ther ex). Total timed minutes 25.
Goal: climb 12 stairs with one rail.)",
                      "97110x2"}},
               {});
}

TEST_CASE("time in and out written apart win over a service's session range") {
  auto r = Lint(R"(Time in 0900, time out 0945.
Group session 0900-0930: balance class, 4 pts, 1 PT.
0930-0945 Ther ex (97110): bridges 2 x 15, clams red band 2 x 12, cues for pelvic control.
Goal: walk in the community without a fall.)",
                "97150,97110");
  auto facts = nlohmann::json::parse(r.facts_json);
  CHECK(facts["minutes"]["total"] == 45);
  CHECK(facts["minutes"]["by_code"]["97110"] == 15);
}

TEST_CASE("a late-entry addendum adds a service and corrects the totals") {
  const char* kAddendum =
      R"(Ther ex 97110 x 15 min: sit-to-stand 3 x 8, step-ups 4 in 2 x 10, cues for eccentric control.
Goal: independent transfers and 10 stairs at home.
Total timed 15 min, total tx time 15 min.

Late entry addendum for today's visit: therapeutic activities 97530 15 min were omitted from the above: car transfer training x4 with CGA, cues for sequencing.
Corrected totals: total timed 30 min, total treatment time 30 min.)";
  RunRuleTests("time.units-exceed-minutes", {Valid{kAddendum, "97110,97530"}}, {});
  RunRuleTests("time.code-minutes-missing", {Valid{kAddendum, "97110,97530"}}, {});
}

TEST_CASE("minutes written label first") {
  // a checkbox export: "minutes: 24" after the code
  RunRuleTests("time.code-minutes-missing",
               {Valid{R"([x] Ther ex 97110   minutes: 24
    SLR 2 x 10 with 2 lb, bridges 2 x 15, cues for quad control.
[x] Gait training 97116   minutes: 14
    200 ft with RW, cues for heel strike.
Goal: walk 300 ft in the community.
Total timed code minutes: 38. Total treatment time: 40 min.)",
                      "97110x2,97116"}},
               {});
}

TEST_CASE("an exercise's own duration is a dose, not the service's minutes") {
  // "bike 8 min" inside the exercise list: the service's minutes are the
  // table row's, or the "(total 25 min)" of the same line
  RunRuleTests(
      "time.units-exceed-minutes",
      {Valid{R"(| Service | CPT | Min |
| Ther ex | 97110 | 30 |
| Gait | 97116 | 10 |

Ther ex: recumbent bike 8 min level 2, heel slides 2 x 15, SLR 2 x 10 with 2 lb, cues for quad set.
Gait: 300 ft with RW, cues for step length.
Goal: walk in the community without a device.
Total timed code minutes: 40. Total treatment time: 45 min.)",
             "97110x2,97116"},
       Valid{R"(Ther ex: NuStep 6 min L4, bridges 2 x 15, clams 2 x 12 red band (total 25 min). Cues for pelvic control.
Goal: climb 12 stairs with one rail.
Total timed code minutes: 25. Total treatment time: 30 min.)",
             "97110x2"}},
      // the dose is all there is, and no total is stated: it counts (and is too short for two units)
      {Invalid{R"(Ther ex: NuStep 9 min L4, bridges 2 x 15, clams 2 x 12 red band. Cues for pelvic control.
Goal: climb 12 stairs with one rail.)",
               "97110x2"}});
  // with a total treatment time stated the dose is no service's time: at most 30 timed minutes
  RunRuleTests("time.units-exceed-minutes",
               {Valid{R"(Ther ex: NuStep 9 min L4, bridges 2 x 15, clams 2 x 12 red band. Cues for pelvic control.
Goal: climb 12 stairs with one rail.
Total treatment time: 30 min.)",
                      "97110x2"}},
               {});
}

TEST_CASE("time.units-exceed-minutes") {
  RunRuleTests("time.units-exceed-minutes",
               {
                   // codebook worked examples under CMS
                   Valid{k24and23, "97112x2,97110"},
                   Valid{k33and7, "97110x2,97140"},
                   // AMA: 97140's 7 minutes earn nothing, 97110 x2 is right
                   Valid{.note = k33and7, .codes = "97110x2", .timed_rule = "ama"},
                   // 8 minutes earn one unit
                   Valid{R"(Manual therapy (97140) 8 min: grade III PA glides L4-L5, reassessed flexion after.
Goal: sit through a 1-hour meeting.
Total timed code minutes: 8. Total treatment time: 20 min.)",
                         "97140"},
                   // equal leftovers: either code may take the unit (reading 16)
                   Valid{k20and20, "97110x2,97116"},
                   Valid{k20and20, "97110,97116x2"},
                   // fewer units than allowed is not this rule
                   Valid{k24and23, "97112,97110"},
                   // AMA on 24 + 23: each code's own minutes support 2
                   Valid{.note = k24and23, .codes = "97112x2,97110x2", .timed_rule = "ama"},
                   // clock ranges of single services are their minutes: 23 + 15 = 38, 3 units
                   Valid{kClockRanges, "97110x2,97116"},
                   // no minutes: minutes-missing speaks (reading 5)
                   Valid{R"(Ther ex: quad sets 2 x 15, SLR 3 x 10, verbal cues for control.)", "97110x3"},
               },
               {
                   // 20 minutes support one unit: points at the charge line
                   Invalid{R"(Ther ex (97110) 20 min: bridges 2 x 15, clamshells 2 x 10.
Verbal cues for pelvic control.
Total timed code minutes: 20. Total treatment time: 25 min.
Billed: 97110 x2)",
                           "", 4, 1},
                   // a single service under 8 minutes earns nothing
                   Invalid{R"(Manual therapy (97140) 7 min: STM to lumbar paraspinals.
Total timed code minutes: 7. Total treatment time: 20 min.)",
                           "97140"},
                   // untimed minutes only: zero timed minutes (reading 15)
                   Invalid{R"(Hot pack 15 min to lumbar spine; unattended e-stim 15 min.
Ther ex: bridges 2 x 15, pelvic tilts 2 x 10, verbal cues for breathing.)",
                           "97110"},
                   // CMS: the total is right but 97140 takes more than its allocation (reading 8)
                   Invalid{k33and7, "97110,97140x2"},
                   // AMA: 97140's own 7 minutes earn nothing
                   Invalid{.note = k33and7, .codes = "97110x2,97140", .timed_rule = "ama"},
                   Invalid{.note = k33and7, .codes = "97110x3", .timed_rule = "ama"},
                   // untimed minutes never count (reading 9): 20 timed minutes, 1 unit
                   Invalid{R"(Ther ex (97110) 20 min: bridges 2 x 15, clamshells 2 x 10, verbal cues for pelvic control.
Moist hot pack 10 min to lumbar spine.
Goal: lift grandchild from crib.
Total timed code minutes: 20. Total treatment time: 30 min.)",
                           "97110x2"},
                   // the earlier visit's minutes do not count
                   Invalid{R"(PRIOR VISIT 11/14:
Ther ex 45 min, total treatment time 50 min.

Ther ex (97110) 10 min: bridges 2 x 15, verbal cues for pelvic control.
Total timed code minutes: 10. Total treatment time: 15 min.)",
                           "97110x3"},
               });
}

TEST_CASE("time.allocation-mismatch") {
  const char* three_codes = R"(Dx: L shoulder impingement.
Ther ex (97110) 38 min: rows 3 x 12, ER yellow band 3 x 10, scaption 2 x 10 with 1 lb.
Neuromuscular re-ed (97112) 10 min: rhythmic stabilization, tactile cues at scapula.
Manual therapy (97140) 6 min: posterior glides GH joint.
Goal: reach overhead shelf to put away dishes.
Total timed code minutes: 54. Total treatment time: 60 min.)";
  RunRuleTests("time.allocation-mismatch",
               {
                   Valid{k24and23, "97112x2,97110"},
                   Valid{k33and7, "97110x2,97140"},
                   Valid{three_codes, "97110x3,97112"},
                   // equal leftovers: both splits are allowed (reading 16)
                   Valid{k20and20, "97110x2,97116"},
                   Valid{k20and20, "97110,97116x2"},
                   // AMA: the rule is CMS only
                   Valid{.note = k24and23, .codes = "97112,97110x2", .timed_rule = "ama"},
                   // the total itself is too high: only units-exceed (reading 8)
                   Valid{k24and23, "97112x3,97110x2"},
                   // fewer units than allowed, no code over its share
                   Valid{k24and23, "97112,97110"},
                   // single code
                   Valid{kTherexGood, "97110x2"},
               },
               {
                   // the split of example 1 reversed: points at the charge line
                   Invalid{std::string(k24and23) + "\nBilled: 97112 x1, 97110 x2", "", 6, 1},
                   Invalid{k24and23, "97112,97110x2"},
                   Invalid{k33and7, "97110,97140x2"},
                   Invalid{three_codes, "97110x2,97112,97140"},
               });
}

TEST_CASE("time.total-missing") {
  RunRuleTests("time.total-missing",
               {
                   Valid{kTherexGood, "97110x2"},
                   // time in and out as one pair, and a session's clock range
                   Valid{R"(Ther ex 97110 23 min: bridges 2 x 15, clams RTB 2 x 10, cues for pelvic control.
Gait trng 97116 15 min: 300 ft with SPC, cues for step length. Total timed 38 min.
Time in/out: 0800/0845)",
                         "97110,97116"},
                   Valid{R"(Session 1300-1345.
Ther ex 97110 23 min: bridges 2 x 15, clams RTB 2 x 10, cues for pelvic control.
Gait trng 97116 15 min: 300 ft with SPC, cues for step length. Total timed 38 min.)",
                         "97110,97116"},
                   // "tot" for total
                   Valid{R"(TE 97110 20 min: bridges 2 x 15, clams RTB 2 x 10, cues for pelvic control.
Gait trng 97116 10 min: 150 ft with RW, cues for step length.
tot timed 30 min, tot tx 35 min)",
                         "97110,97116"},
                   Valid{k24and23, "97112x2,97110"},
                   // a bare total opening a line, with a unit, is the session's total
                   Valid{R"(TE 97110 20 min: bridges 2 x 15, clams RTB 2 x 10, cues for pelvic control.
Gait trng 97116 10 min: 150 ft with RW, cues for step length.
Total: 30 min)",
                         "97110,97116"},
                   // time in and out state the total treatment time; the per-code minutes the timed total
                   Valid{R"(Time in: 09:00  Time out: 09:45
Ther ex (97110) 23 min: bridges 2 x 15, clamshells red band 2 x 10, verbal cues for pelvic control.
Gait training (97116) 15 min: 300 ft with SPC, cues for step length.
Hot pack 7 min, not billed.)",
                         "97110x2,97116"},
                   Valid{kClockRanges, "97110x2,97116"},
                   // "Total time 30'" with the timed total as the sum of the services
                   Valid{R"(Ther ex (97110) 20 min: bridges 2 x 15, clamshells 2 x 10, verbal cues for pelvic control.
Moist hot pack 10 min to lumbar spine.
Total time 30')",
                         "97110"},
                   // AMA: the rule is CMS only
                   Valid{.note = R"(Ther ex (97110) 25 min: quad sets 2 x 15, SLR 3 x 10.)",
                         .codes = "97110x2",
                         .timed_rule = "ama"},
                   // not a timed code
                   Valid{R"(Group ther ex class: 4 patients, seated marching 2 x 10, cues for pacing.)", "97150"},
               },
               {
                   // per-code minutes but no total treatment time: points at the charge line
                   Invalid{R"(Ther ex (97110) 25 min: quad sets 2 x 15, SLR 3 x 10 with 2 lb.
Verbal cues for terminal knee extension.
Billed: 97110 x2)",
                           "", 3, 1},
                   // no minutes at all
                   Invalid{R"(Ther ex: quad sets 2 x 15, SLR 3 x 10 with 2 lb, verbal cues.)", "97110"},
                   // totals only in the copied-forward block
                   Invalid{R"(PRIOR VISIT 11/14:
Total timed code minutes: 30. Total treatment time: 35 min.

Ther ex (97110) 25 min: quad sets 2 x 15, SLR 3 x 10, verbal cues.)",
                           "97110x2"},
                   // "Total:" over a count is no time
                   Invalid{R"(TE 97110 20 min: bridges 2 x 15, clams RTB 2 x 10, cues for pelvic control.
Gait trng 97116 10 min: 150 ft with RW, cues for step length.
Total: 3 sets of stairs)",
                           "97110,97116"},
                   // total treatment time, but 97112's minutes are unknown: no timed total
                   Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, clamshells 2 x 10.
Neuromuscular re-ed: single-leg stance on foam 3 x 30 sec, verbal cues.
Total treatment time: 45 min.)",
                           "97110x2,97112"},
               });
}

TEST_CASE("therex.parameters-missing") {
  RunRuleTests(
      "therex.parameters-missing",
      {
          Valid{kTherexGood, "97110x2"},
          // a label heading over specifics (reading 4)
          Valid{R"(Ther ex: bridges 2x15, clams red band 2x10, 20 min. Verbal cues for pelvic control.)", "97110"},
          // band colours written short
          Valid{R"(Ther ex 20 min: clams RTB, rows GTB, TKE BTB. Verbal cues for scapular control.)", "97110"},
          Valid{R"(Ther ex (97110) 15 min: recumbent bike level 3 for 10 minutes, then hamstring stretch 3 x 30 sec.)",
                "97110"},
          // no parameters, but 97110 is not billed
          Valid{R"(Neuromuscular re-ed (97112) 15 min: balance activities, verbal cues for trunk control.)", "97112"},
      },
      {
          // a template label only: points at the service sentence
          Invalid{R"(Dx: L TKA.
Ther ex 25 min per flowsheet.
Goal: walk to the mailbox without device.)",
                  "97110x2", 2, 1},
          // exercises named without any dose
          Invalid{R"(Ther ex (97110) 23 min: bridges, clamshells, SLR, heel slides.
Verbal cues for form.)",
                  "97110x2", 1, 1},
          // the dose is in the copied-forward block only
          Invalid{R"(PRIOR VISIT 11/14:
SLR 3 x 10 with 2 lb, bridges 2 x 15.

Ther ex (97110) 23 min: same program, verbal cues for form.)",
                  "97110x2", 4, 1},
          // the dose is only planned
          Invalid{R"(Ther ex (97110) 23 min: hip and knee strengthening, verbal cues for form.
Will add SLR 3 x 10 with 2 lb next session.)",
                  "97110x2", 1, 1},
      });
}

TEST_CASE("formerly a gap: therex.parameters-missing") {
  // The note names no exercise at all; the only number with a unit is the
  // distance in the goal. Parameters are matched anywhere in the note, not tied
  // to an exercise, so "walk 500 ft" in the goal satisfies the rule.
  RunRuleTests("therex.parameters-missing", {},
               {
                   Invalid{R"(Dx: L TKA.
Ther ex 25 min per flowsheet.
Goal: walk 500 ft without device.)",
                           "97110x2", 2, 1},
               });
}

TEST_CASE("skill.missing") {
  RunRuleTests(
      "skill.missing",
      {
          Valid{kTherexGood, "97110x2"},
          Valid{R"(Ther ex (97110) 20 min: bridges 2 x 15, clamshells 2 x 10.
Tactile cues at the glutes for activation.)",
                "97110"},
          Valid{R"(Gait training (97116) 23 min: 300 ft with RW, min assist for balance on turns.)", "97116x2"},
          Valid{R"(Ther ex (97110) 20 min: SLR 3 x 10, progressed from 1 lb to 2 lb ankle weight.)", "97110"},
          // no skill, wound code billed
          Valid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, slough removed with #3 curette to dermis.)", "97597"},
      },
      {
          // points at the service sentence
          Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, clamshells 2 x 10, SLR 3 x 10.
Patient tolerated treatment well.)",
                  "97110x2", 1, 1},
          // cues negated
          Invalid{R"(Ther ex (97110) 20 min: bridges 2 x 15, clamshells 2 x 10.
No cues needed, independent with the program.)",
                  "97110"},
          // the skilled content is in the copied-forward block only
          Invalid{R"(PRIOR VISIT 11/14:
Verbal cues for pelvic control, progressed to red band.

Ther ex (97110) 20 min: bridges 2 x 15, clamshells red band 2 x 10.)",
                  "97110", 4, 1},
          Invalid{R"(Group ther ex class 45 min: 5 patients, seated marching 2 x 10, arm raises 2 x 10.)", "97150"},
      });
}

TEST_CASE("formerly a gap: skill.missing") {
  // rules.md reading 1: the cues and the progression are only planned (they
  // read as hypothetical), but skill mentions count unless historical or negated.
  RunRuleTests("skill.missing", {},
               {
                   Invalid{R"(Ther ex (97110) 20 min: bridges 2 x 15, clamshells 2 x 10.
Plan: progression to green band and verbal cues for pelvic control next session.
Goal: walk in the community without device.
Total timed code minutes: 20. Total treatment time: 20 min.)",
                           "97110", 1, 1},
               });
}

TEST_CASE("goal.missing") {
  RunRuleTests(
      "goal.missing",
      {
          Valid{kTherexGood, "97110x2"},
          Valid{R"(Therapeutic activities (97530) 23 min: lifting 20 lb box floor to waist 3 x 5, cues for hip hinge.
To return to work lifting 40 lb.)",
                "97530x2"},
          Valid{kSelfcareGood, "97535x2"},
          // no goal, but massage is not a goal-rule code
          Valid{R"(Massage (97124) 15 min: effleurage and petrissage to bilateral upper trapezius.)", "97124"},
      },
      {
          // points at the service sentence
          Invalid{R"(Dx: L TKA.
Ther ex (97110) 25 min: quad sets 2 x 15, SLR 3 x 10 with 2 lb.
Verbal cues to avoid hip hike.)",
                  "97110x2", 2, 1},
          // the goal is in the copied-forward block only
          Invalid{R"(PRIOR VISIT 11/14:
Goal: climb 12 stairs at home.

Ther ex (97110) 25 min: quad sets 2 x 15, SLR 3 x 10, verbal cues.)",
                  "97110x2", 4, 1},
      });
}

TEST_CASE("formerly a gap: goal.missing") {
  // No functional goal is stated: goals are only to be set later (the mention
  // reads as hypothetical). The goal lexicon's bare word "goals" counts
  // whatever its context, so the rule stays silent.
  RunRuleTests("goal.missing", {},
               {
                   Invalid{R"(Gait training (97116) 23 min: 300 ft with RW, verbal cues for step length.
Goals to be set at re-evaluation next week.)",
                           "97116x2", 1, 1},
               });
}

TEST_CASE("selfcare.adl-missing") {
  RunRuleTests("selfcare.adl-missing",
               {
                   Valid{kSelfcareGood, "97535x2"},
                   Valid{R"(Self-care training (97535) 15 min: toilet transfers with grab bar and raised seat, min A.
Patient demonstrated safe sequence by return demonstration.)",
                         "97535"},
                   // no ADL training, but 97535 is not billed
                   Valid{kTherexGood, "97110x2"},
               },
               {
                   // only exercise under 97535: points at the charge line (no 97535 service sentence)
                   Invalid{R"(Ther ex 25 min: quad sets 2 x 15, SLR 3 x 10, verbal cues.
Goal: dress independently at home.
Billed: 97535 x2)",
                           "", 3, 1},
                   // ADL training in the copied-forward block only
                   Invalid{R"(PRIOR VISIT 11/14:
LB dressing with sock aid, min A.

Ther ex 20 min: ankle pumps 2 x 20, glute sets 2 x 10.)",
                           "97535"},
                   // ADLs named only in a goal field: a target, not today's training
                   Invalid{R"(Self-care training 16 min: as tolerated.
Ther ex 20 min: ankle pumps 2 x 20, glute sets 2 x 10.
Functional goal: don and doff shoes and socks independently with AE.
Total timed code minutes: 36. Total treatment time: 40 min.)",
                           "97535,97110x2"},
               });
}

TEST_CASE("goal fields name targets, not services given") {
  RunRuleTests("service.not-documented", {Valid{kTherexGood, "97110x2"}},
               {Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, clams red band 2 x 12, cues for pelvic control.
Goals:
- manual therapy and ther ex to return to work lifting 30 lb
Total timed code minutes: 25. Total treatment time: 30 min.)",
                        "97110,97140"},
                Invalid{R"(Ther ex (97110) 25 min: bridges 2 x 15, clams red band 2 x 12, cues for pelvic control.
STG: gait training to ambulate 500 ft with SPC in 2 wks.
Total timed code minutes: 25. Total treatment time: 30 min.)",
                        "97110,97116"},
                // a goal in prose ("toward goal of ...") is a target too
                Invalid{R"(Ther ex (97110) 25 min: step-ups 4 in 2 x 10, wall squats 2 x 12, cues for knee alignment.
A: quad control improving, working toward goal of stairs reciprocally with one rail.
Total timed code minutes: 25. Total treatment time: 30 min.)",
                        "97110,97116"}});
}

TEST_CASE("totals written number first or abbreviated, and corrected in an addendum") {
  const char* kTe25 =
      "Ther ex: SLR 3 x 10 with 2 lb, TKE green band 3 x 15, VC for quad activation, 25 min\nGoal: stairs for work\n";
  for (const char* total : {"total 25 min timed, 30 min tx", "TTT 30 min / timed 25 min",
                            "30 min total tx time\ntimed 25", "Total treatment time 30 min, timed 25 min."})
    RunRuleTests("time.total-missing", {Valid{std::string(kTe25) + total, "97110x2"}}, {});
  // a signed correction replaces the minutes written before it
  RunRuleTests("time.units-exceed-minutes", {},
               {Invalid{R"(Ther ex 30 min: bridges 3 x 15, wall squats 3 x 10; verbal cues for knee alignment.
Goal: return to jogging.
Total timed 30 min. Total treatment time 30 min.

ADDENDUM 03/11: correction - ther ex was 20 min, not 30 min. Total timed 20 min, total treatment time 20 min.)",
                        "97110x2"}});
}

TEST_CASE("an exercise's duration under a stated total, and a total treatment time alone") {
  // one timed code: the stated timed total is its minutes, not the bike's 10
  RunRuleTests("time.units-exceed-minutes",
               {Valid{R"(Ther ex: recumbent bike 10 min level 3, leg press 3 x 10 60 lb, step-ups 3 x 10; verbal cues.
Goal: climb stairs at home.
Total timed 30 min. Total treatment time 30 min.)",
                      "97110x2"},
                // only a total treatment time: timed minutes unknown, at most 30 (reading 14)
                Valid{R"(Ther ex: bridges 3 x 10, clamshells red band 3 x 15; verbal cues for pelvic control.
Goal: return to work.
Total treatment time 30 min.)",
                      "97110x2"}},
               {Invalid{R"(Ther ex: bridges 3 x 10, clamshells red band 3 x 15; verbal cues for pelvic control.
Goal: return to work.
Hot pack 10 min, untimed.
Total treatment time 30 min.)",
                        "97110x2"}});
}

TEST_CASE("exercise parameters under the service labelling their row") {
  // a tab-separated flowsheet row: the exercise name is no lexicon word, the service labels the row
  RunRuleTests("therex.parameters-missing",
               {Valid{"Service\tCPT\tMin\tDetails\nTherapeutic exercise\t97110\t10\tR shoulder flexion 3x10, "
                      "verbal cues\nGoal: comb hair independently.\nTotal timed 10 min. Total treatment time 10 min.",
                      "97110"}},
               {});
}

TEST_CASE("a measured change after the service is assessment of its response") {
  for (const char* change : {"cervical rotation R improved 45->60 deg after", "pain decreased from 5/10 to 2/10 after",
                             "rotation improved from 45 to 60 degrees after STM"})
    RunRuleTests("skill.missing",
                 {Valid{std::string("STM R upper trap 12 min; ") + change +
                            ".\nGoal: shoulder check while driving.\nTotal timed 12 min. Total treatment time 12 min.",
                        "97140"}},
                 {});
}

TEST_CASE("a service refused or too much for the patient was not given") {
  RunRuleTests("service.not-documented", {},
               {Invalid{R"(Ther ex 25 min: bridges 2 x 15, clams RTB 2 x 10, cues for pelvic control.
Pt too dizzy for gait training today.
Total timed code minutes: 25. Total treatment time: 25 min.)",
                        "97110,97116"},
                Invalid{R"(Ther ex 25 min: bridges 2 x 15, clams RTB 2 x 10, cues for pelvic control.
Gait training: pt refused.
Total timed code minutes: 25. Total treatment time: 25 min.)",
                        "97110,97116"}});
}

TEST_CASE("how the patient came or lives is not a service given") {
  RunRuleTests("service.not-documented",
               {Valid{R"(Pt arrived ambulating with SPC.
Gait training 15 min: 300 ft with SPC, cues for heel strike and step length.
Ther ex 10 min: heel raises 2 x 15, cues for tempo.
Total timed code minutes: 25. Total treatment time: 25 min.)",
                      "97116,97110"}},
               {Invalid{R"(S: arrived to clinic ambulating with rollator; ambulates household distances only.
O: Ther ex 25 min: sit to stand 3 x 8, seated marches 2 x 20, cues for pacing.
Total timed code minutes: 25. Total treatment time: 25 min.)",
                        "97110,97116"}});
}

TEST_CASE("formerly a gap: selfcare.adl-missing") {
  // rules.md reading 1: the ADL training is only planned (reads as
  // hypothetical), but therapy content counts unless historical or negated.
  RunRuleTests("selfcare.adl-missing", {},
               {
                   Invalid{R"(Self-care training (97535) 15 min: patient arrived late, discussed schedule changes.
Will begin LB dressing training with reacher next session.
Goal: dress independently at home.
Total timed code minutes: 15. Total treatment time: 15 min.)",
                           "97535", 1, 1},
               });
}

TEST_CASE("selfcare.capacity-missing") {
  RunRuleTests("selfcare.capacity-missing",
               {
                   Valid{kSelfcareGood, "97535x2"},
                   Valid{R"(Self-care training (97535) 15 min: toilet transfers with grab bar, min A to SBA.
Patient verbalized understanding of the safe sequence.)",
                         "97535"},
                   Valid{R"(Self-care training (97535) 15 min: shower chair transfers, min A.
☒ Return demonstration)",
                         "97535"},
                   // no capacity shown, but 97535 is not billed
                   Valid{kTherexGood, "97110x2"},
               },
               {
                   // points at the service sentence
                   Invalid{R"(Self-care training (97535) 25 min: LB dressing with reacher and sock aid, min A to SBA.
Goal: dress independently at home.)",
                           "97535x2", 1, 1},
                   // an unticked box documents nothing
                   Invalid{R"(Self-care training (97535) 15 min: shower chair transfers, min A.
☐ Return demonstration)",
                           "97535"},
                   // no ADL training and no capacity: both element rules fire (reading 13)
                   Invalid{R"(Ther ex 25 min: quad sets 2 x 15, SLR 3 x 10, verbal cues.
Billed: 97535 x2)",
                           ""},
               });
}

TEST_CASE("formerly a gap: selfcare.capacity-missing") {
  // rules.md reading 1: the teach-back is only planned (reads as
  // hypothetical), but capacity mentions count unless historical or negated.
  RunRuleTests("selfcare.capacity-missing", {},
               {
                   Invalid{R"(Self-care training (97535) 15 min: tub bench transfers, min A, verbal cues for sequence.
Will assess teach-back of precautions next session.)",
                           "97535", 1, 1},
               });
}

TEST_CASE("group.one-on-one-conflict") {
  RunRuleTests(
      "group.one-on-one-conflict",
      {
          Valid{R"(Group ther ex class 45 min: 4 patients, seated marching 2 x 10, arm raises 2 x 10.
Cues for pacing and breathing.)",
                "97150"},
          Valid{kTherexGood, "97110x2"},
          // separate blocks: one-on-one ther ex, then the group class
          Valid{R"(Ther ex (97110) 23 min one-on-one: bridges 2 x 15, clamshells red band 2 x 10, verbal cues.
Then joined group balance class 30 min with 3 other patients.)",
                "97110x2,97150-59"},
          // separate blocks with their own times, without the word "one-on-one"
          Valid{R"(Ther ex 0900-0925 (25 min): sit to stand 3 x 8, lateral step-ups 2 x 10, cues for knee alignment.
Group 0930-1010 (40 min, 3 pts): seated balance circuit, reaching, cues for pacing.
Total timed 25 min. Total treatment time 65 min.)",
                "97110-59x2,97150"},
          // one-on-one time negated
          Valid{R"(Group ther ex class 45 min: 4 patients, seated marching 2 x 10, arm raises 2 x 10.
No one-on-one time provided. Cues for pacing and breathing.)",
                "97150"},
          // the group was an earlier visit's
          Valid{R"(PRIOR VISIT 11/14:
Group balance class, 4 patients.

Ther ex (97110) 23 min: bridges 2 x 15, verbal cues for pelvic control.)",
                "97110x2"},
      },
      {
          // group billed, treatment one-on-one: points at the charge line
          Invalid{R"(Other group members cancelled; patient treated one-on-one.
Ther ex 30 min: bridges 2 x 15, clamshells red band 2 x 10, verbal cues.
Billed: 97150)",
                  "", 3, 1},
          // one-on-one code billed, only a group session documented
          Invalid{R"(Group ther ex class 45 min: 4 patients, seated marching 2 x 10, arm raises 2 x 10.
Cues for pacing and breathing.)",
                  "97110x3"},
          // ... also with 97150 billed beside it
          Invalid{R"(Balance group 45 min with 3 other patients: tandem stance, foam pad, cues for hip strategy.
No one-on-one time today.)",
                  "97150,97110x2"},
          // a timed service's minutes inside the group's own line are group time
          Invalid{R"(Group 0930-1010 (40 min, 3 pts): ther ex 25 min seated marching 2 x 20, cues for pacing.
Total treatment time 40 min.)",
                  "97110x2,97150"},
      });
}
