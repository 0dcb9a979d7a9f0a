// RuleTester tables for the debridement, service, area and NPWT rules
// (rules.md, "Debridement", "Area and units", "Negative-pressure wound therapy",
// service.not-documented for wound codes). Every note here was written for these tests.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "rule_tester.h"

using notelint::Severity;
using notelint::testing::FindingsOf;
using notelint::testing::FirstSeverity;
using notelint::testing::Invalid;
using notelint::testing::Lint;
using notelint::testing::RunRuleTests;
using notelint::testing::Valid;

namespace {

// Selective debridement documented in full.
const char* kSelGood = R"(Wound clinic visit 11/21.
Left lateral malleolus venous ulcer 3.2 x 2.1 x 0.3 cm.
Bed 60% granulation, 40% adherent slough; moderate serous drainage; periwound intact.
Slough and fibrin removed with #3 curette to the level of the dermis.
Post-debridement 3.3 x 2.2 x 0.3 cm. Foam dressing applied.)";

// Only cleansing and a dressing change.
// Selective debridement written with two misspellings (rules.md reading 25).
const char* kMisspelledSel = R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough, moderate serous drainage.
Sluogh removed with currette to the level of the dermis. Post 2.1 x 1.8 x 0.2 cm.)";

// Enzymatic (non-selective) care only: nothing removed, no instrument.
const char* kEnzymaticOnly = R"(Sacrum pressure injury 4.0 x 3.0 x 0.5 cm, 50% slough.
Collagenase applied, covered with moist gauze.)";

const char* kDressingOnly = R"(Wound clinic visit 11/21.
Right heel ulcer 2.5 x 2.0 x 0.2 cm, 30% slough, moderate serous drainage.
Wound cleansed with normal saline.
Dressing changed to silver alginate and bordered foam.)";

// Excisional debridement to subcutaneous tissue.
const char* kSurgGood = R"(Procedure: excisional debridement, left heel.
Left heel ulcer 4.0 x 3.0 x 0.8 cm with necrotic subcutaneous tissue.
Necrotic subcutaneous tissue excised with #15 blade and forceps.
Deepest level removed: subcutaneous tissue.
Post-debridement 4.2 x 3.1 x 1.0 cm. Hemostasis with pressure.)";

// NPWT documented in full.
const char* kNpwtGood = R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
Bed 100% granulation; moderate serosanguineous drainage; periwound intact.
VAC dressing changed: black foam, durable pump at -125 mmHg continuous, good seal.)";

}  // namespace

TEST_CASE("debridement.dressing-only") {
  RunRuleTests("debridement.dressing-only",
               {
                   Valid{kSelGood, "97597"},
                   // a sentence dated the day of service is today's
                   Valid{R"(DOS: 04/12/2026
Left heel ulcer 2.4 x 2.0 x 0.2 cm, 30% slough, scant serous drainage.
On 04/12 slough was removed with a #3 curette to the level of the dermis. Post unchanged.)",
                         "97597"},
                   // a bare act still documents a debridement (reading 4)
                   Valid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm, 30% slough.
Sharp debridement performed. Wound cleansed, foam dressing applied.)",
                         "97597"},
                   // non-selective technique is a debridement for 97602
                   Valid{R"(Sacrum pressure injury 4.0 x 3.0 x 0.5 cm, 50% yellow slough.
Collagenase applied to the wound bed, covered with moist gauze, dressing changed daily.)",
                         "97602"},
                   // dressing care only, but NPWT is what is billed
                   Valid{kDressingOnly, "97605"},
                   // dressing care only, no debridement code billed
                   Valid{kDressingOnly, "97110"},
                   // a ticked box documents its text (reading 24)
                   Valid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough, moderate serous drainage.
[x] Slough removed with curette to dermis
[x] Dressing changed)",
                         "97597"},
               },
               {
                   // points at the first cleansing / dressing sentence
                   Invalid{kDressingOnly, "97597", 3, 1},
                   // an act too painful to do, and an attempt stopped, were not done
                   Invalid{R"(Left heel ulcer 2.0 x 1.5 x 0.2 cm, 30% slough, scant serous drainage.
Wound too painful to debride today. Cleansed with saline, foam dressing applied.)",
                           "97597"},
                   Invalid{R"(Left heel ulcer 2.0 x 1.5 x 0.2 cm, 30% slough, scant serous drainage.
Sharp debridement was attempted but stopped due to bleeding. Foam dressing applied.)",
                           "97597"},
                   Invalid{R"(Left lateral malleolus ulcer 3.0 x 2.0 x 0.2 cm.
Wound care performed per orders; dressing changed.)",
                           "11042", 2, 1},
                   // debridement only planned
                   Invalid{R"(Right heel ulcer 2.0 x 2.0 x 0.1 cm, 60% slough.
Will debride next visit. Wound cleansed and dressed with foam.)",
                           "97597", 2, 26},
                   // an attempt written as stopped, across the sentence break
                   Invalid{R"(Right heel ulcer 2.4 x 2.0 x 0.2 cm, 50% slough.
Attempted sharp debridement of the slough with a #3 curette; aborted due to pain, no tissue removed.
Wound cleansed with saline, foam dressing applied.)",
                           "97597"},
                   // the act ruled out today
                   Invalid{R"(Right heel ulcer 2.4 x 2.0 x 0.2 cm, 50% slough.
Sharp debridement contraindicated today (INR 3.9 on warfarin); PCP notified.
Wound cleansed with saline, foam dressing applied.)",
                           "97597"},
                   // a debridement field valued N/A (a label of six words)
                   Invalid{R"(Right heel ulcer 2.4 x 2.0 x 0.2 cm, 50% slough.
Sharp debridement of slough with curette: N/A
Wound cleansed with saline, foam dressing applied.)",
                           "97597"},
                   // debridement deferred
                   Invalid{R"(Left heel ulcer 2.2 x 1.8 x 0.2 cm.
Debridement deferred due to pain.
Wound cleansed with saline, alginate dressing applied.)",
                           "97597", 3, 1},
                   // debridement only in the copied-forward block
                   Invalid{R"(PRIOR VISIT 11/14:
Sacrum slough removed with curette to dermis.

Sacrum pressure injury 3.0 x 2.5 x 0.4 cm, 20% slough.
Wound cleansed, dressing changed to foam.)",
                           "97597", 5, 1},
                   // debridement dated to another visit than the date of service
                   Invalid{R"(Wound clinic DOS 04/12/2026
Left heel ulcer 2.4 x 2.0 x 0.2 cm, 30% slough, scant serous drainage.
On 04/05 slough was removed with a #3 curette to the level of the dermis.
Today the wound was cleansed with saline and a foam dressing applied.)",
                           "97597", 4, 1},
                   // ... under a heading written with a dash
                   Invalid{R"(Previous visit -
Left heel slough removed with #3 curette to the level of the dermis.

Left heel ulcer 2.4 x 2.0 x 0.2 cm, 30% slough, scant serous drainage.
Wound cleansed with saline, foam dressing applied.)",
                           "97597", 5, 1},
                   // an unticked box documents nothing (reading 24)
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough, moderate serous drainage.
[ ] Sharp debridement with curette
[x] Dressing changed)",
                           "97597", 3, 1},
                   // historical mentions of the act
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough, s/p debridement 11/2.
Wound cleansed, foam dressing applied.)",
                           "97597", 2, 1},
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough, moderate serous drainage.
Wound was debrided last week. Wound cleansed, foam dressing applied.)",
                           "97597", 2, 31},
               });
}

TEST_CASE("formerly a gap: debridement.dressing-only") {
  // rules.md reading 1: a section copied forward from an earlier visit
  // ("PRIOR VISIT 11/14: ...") is historical as a whole. Written inline on one
  // line, only the first 8 words fall in the historical trigger's scope, so the
  // earlier removal counts as today's debridement and the dressing-only visit
  // reads as supported.
  RunRuleTests(
      "debridement.dressing-only", {},
      {
          Invalid{R"(PRIOR VISIT 11/14: sacrum 3.2 x 2.6 x 0.4 cm, 30% slough, slough removed with #3 curette to dermis.

Sacrum pressure injury 3.0 x 2.5 x 0.4 cm, 20% slough.
Wound cleansed, dressing changed to foam.)",
                  "97597", 4, 1},
      });
}

TEST_CASE("debridement.tissue-removed-missing") {
  RunRuleTests("debridement.tissue-removed-missing",
               {
                   Valid{kSelGood, "97597"},
                   Valid{kSurgGood, "11042"},
                   Valid{R"(Left heel ulcer 2.5 x 2.0 x 0.3 cm, black eschar 80%.
Debrided of eschar with #15 blade to the level of the dermis. Post 2.6 x 2.1 x 0.3 cm.)",
                         "97597"},
                   Valid{R"(Right plantar first metatarsal head ulcer 1.0 x 0.8 x 0.2 cm.
Hyperkeratotic callus removed with #15 blade. Post 1.2 x 1.0 x 0.2 cm.)",
                         "97597"},
                   // common misspellings read as the word (reading 25)
                   Valid{kMisspelledSel, "97597"},
                   // an export's label over ticked boxes on the lines below
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 0.3 cm, 40% slough.
Procedure: selective debridement
Instruments used:
 [x] Curette
 [ ] Scalpel
Tissue removed:
 [x] Slough
 [ ] Eschar
Deepest level removed:
 [x] Dermis
 [ ] Subcutaneous
Post-debridement: 3.1 x 2.6 x 0.3 cm.)",
                         "97597"},
                   // nothing removed, but 97602 is not a rule code (NONSEL)
                   Valid{kEnzymaticOnly, "97602"},
                   // nothing removed, therapy billed
                   Valid{kDressingOnly, "97110"},
               },
               {
                   // tissue seen in the bed is not tissue removed: points at the procedure
                   Invalid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm.
Wound bed 40% slough, 60% granulation.
Sharp debridement performed with #3 curette. Post 2.6 x 2.0 x 0.2 cm.)",
                           "97597", 3, 1},
                   // dressing only: the element rules fire too (reading 3)
                   Invalid{kDressingOnly, "97597", 3, 1},
                   // the removal is denied
                   Invalid{R"(Left lateral malleolus ulcer 3.0 x 2.0 x 0.2 cm, 30% slough.
Sharp debridement with curette attempted; no slough removed due to pain.)",
                           "97597", 2, 1},
                   // the export's tissue boxes all unticked
                   Invalid{R"(Left heel ulcer 3.0 x 2.5 x 0.3 cm, 40% slough.
Procedure: selective debridement with curette
Tissue removed:
 [ ] Slough
 [ ] Eschar
Post-debridement: 3.1 x 2.6 x 0.3 cm.)",
                           "97597"},
                   // removal in the copied-forward block only
                   Invalid{R"(PRIOR VISIT 11/14:
Eschar removed with #15 blade.

Left heel ulcer 2.4 x 2.0 x 0.2 cm.
Sharp debridement performed with #15 blade to the level of the dermis.)",
                           "97597", 5, 1},
                   // surgical: only viable tissue reached
                   Invalid{R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm.
Excisional debridement with #15 blade down to bleeding granulation tissue.)",
                           "11042", 2, 1},
               });
}

TEST_CASE("debridement.instrument-missing") {
  RunRuleTests("debridement.instrument-missing",
               {
                   Valid{kSelGood, "97597"},
                   Valid{kSurgGood, "11042"},
                   Valid{R"(Sacrum pressure injury 4.0 x 3.5 x 0.5 cm.
Slough removed with scissors and forceps to the level of the dermis. Post 4.1 x 3.5 x 0.5 cm.)",
                         "97597"},
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 0.3 cm.
Fibrin and biofilm removed with high-pressure waterjet to the level of the dermis. Post 3.1 x 2.6 x 0.3 cm.)",
                         "97597"},
                   Valid{kMisspelledSel, "97597"},
                   // no instrument, but only non-selective debridement billed
                   Valid{kEnzymaticOnly, "97602"},
               },
               {
                   // points at the procedure sentence
                   Invalid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm.
Bed 40% slough; moderate serous drainage.
Slough removed to the level of the dermis. Post 2.6 x 2.0 x 0.2 cm.)",
                           "97597", 3, 1},
                   // the instrument is only planned
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm.
Loose slough removed to the level of the dermis.
Will use curette next visit if slough persists.)",
                           "97597", 2, 1},
                   // the instrument is in the copied-forward block only
                   Invalid{R"(PRIOR VISIT 11/14:
Debrided with #3 curette.

Left heel ulcer 2.0 x 1.8 x 0.2 cm.
Slough removed to the level of the dermis. Post 2.1 x 1.8 x 0.2 cm.)",
                           "97597", 5, 1},
                   Invalid{R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm.
Necrotic subcutaneous tissue excised, deepest level removed: subcutaneous tissue.)",
                           "11042", 2, 1},
               });
}

TEST_CASE("debridement.depth-missing") {
  RunRuleTests("debridement.depth-missing",
               {
                   // healthy dermis reached is debridement into the dermis
                   Valid{R"(Left heel DFU 2.3 x 1.9 x 0.4 cm, hyperkeratotic rim, scant serous drainage.
Hyperkeratotic rim debrided with tissue nippers to healthy dermis. Post 2.5 x 2.0 x 0.4 cm.)",
                         "97597"},
                   // a level named as such ("dermis level") after the base reached
                   Valid{R"(Left heel DFU 2.3 x 1.9 x 0.4 cm, 40% slough, callused periwound, scant serous drainage.
Debrided with 4 mm curette: slough and callus removed down to bleeding granulation, dermis level. Post 2.5 x 2.0 x 0.4 cm.)",
                         "97597"},
                   Valid{kSelGood, "97597"},
                   // only a non-selective method under 97597: method-mismatch speaks (reading 19)
                   Valid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 60% slough.
Collagenase applied to the wound bed, foam dressing.)",
                         "97597"},
                   // mobile shorthand: "to derm"
                   Valid{R"(lt heel ulcer 2.0x1.8x0.2cm 40% slough
curetted slough w #3 curette to derm, pinpoint bldg. post 2.1x1.9x0.2)",
                         "97597"},
                   Valid{kSurgGood, "11042"},
                   Valid{R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm.
Necrotic tissue excised with #15 blade down to subcutaneous tissue. Post 4.2 x 3.1 x 1.0 cm.)",
                         "11042"},
                   // "SQ" for subcutaneous, after "to" (not the "sq" of "sq cm")
                   Valid{R"(Right buttock wound 3.0 x 2.5 x 0.6 cm, 6 sq cm of necrotic tissue.
Necrotic tissue excised with #10 blade, debrided to SQ. Post 3.1 x 2.6 x 0.7 cm.)",
                         "11042"},
                   // no debridement today: the rule qualifies a service that was not done
                   Valid{kDressingOnly, "97597"},
                   // no depth, but not a debridement code
                   Valid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm.
Slough removed with #3 curette. Post 2.6 x 2.0 x 0.2 cm.)",
                         "97110"},
               },
               {
                   // points at the procedure sentence
                   Invalid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm.
Bed 40% slough; moderate serous drainage.
Slough removed with #3 curette. Post 2.6 x 2.0 x 0.2 cm.)",
                           "97597", 3, 1},
                   Invalid{R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm.
Necrotic tissue excised with #15 blade and forceps. Post 4.2 x 3.1 x 1.0 cm.)",
                           "11042", 2, 1},
                   // a depth mentioned only as where the wound reaches, not removed
                   Invalid{R"(Sacrum pressure injury 5.0 x 4.0 x 2.0 cm, exposed subcutaneous fat at base.
Slough removed with forceps and scissors. Post 5.1 x 4.0 x 2.0 cm.)",
                           "97597"},
               });
  // SEL: info, SURG: error.
  CHECK(FirstSeverity(R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm.
Slough removed with #3 curette. Post 2.6 x 2.0 x 0.2 cm.)",
                      "97597", "debridement.depth-missing") == Severity::kInfo);
  CHECK(FirstSeverity(R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm.
Necrotic tissue excised with #15 blade and forceps. Post 4.2 x 3.1 x 1.0 cm.)",
                      "11042", "debridement.depth-missing") == Severity::kError);
}

TEST_CASE("debridement.depth-code-mismatch") {
  RunRuleTests("debridement.depth-code-mismatch",
               {
                   Valid{kSelGood, "97597"},
                   Valid{kSurgGood, "11042"},
                   // fascia ranks with muscle
                   Valid{R"(Right ischium stage 4 pressure injury 6.0 x 5.0 x 3.0 cm.
Necrotic fascia excised with #10 blade and Metzenbaum scissors; deepest level removed: fascia.
Post 6.2 x 5.1 x 3.2 cm.)",
                         "11043"},
                   // ... also said further on in its clause; tissue "and underlying" is removed with the rest
                   Valid{R"(Left calf ulcer 4.0 x 3.0 x 0.8 cm, 70% necrotic slough, moderate serous drainage.
The slough and underlying devitalized subcutaneous tissue were excised with a #10 scalpel down to the fascia. The fascia was healthy and glistening and was left intact. Post 4.2 x 3.1 x 1.0 cm.)",
                         "11042"},
                   // the level reached but said to be kept is not removed
                   Valid{R"(Left thigh dehisced incision 5.0 x 3.0 x 1.2 cm, 50% necrotic subcutaneous tissue.
Necrotic fat and slough excised with #10 blade down to the fascia; fascia left intact. Post 5.2 x 3.1 x 1.3 cm.)",
                         "11042"},
                   // a scalpel and anesthesia do not make it surgical (codebook)
                   Valid{R"(Right heel ulcer 3.0 x 2.0 x 0.3 cm, 40% slough, moderate serous drainage.
Lidocaine 4% topical applied. Slough removed with #15 scalpel to the level of the dermis. Post unchanged.)",
                         "97597"},
                   // the wound reaches muscle, but only biofilm is removed (codebook example)
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 1.5 cm, muscle visible at the base.
Biofilm removed with #3 curette to the level of the dermis. Post 3.0 x 2.6 x 1.5 cm.)",
                         "97597"},
                   // a deeper debridement only planned
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 0.3 cm.
Slough removed with #3 curette to the level of the dermis. Post 3.1 x 2.5 x 0.3 cm.
Will need excisional debridement to subcutaneous tissue in the OR next week.)",
                         "97597"},
                   // a deeper debridement in the copied-forward block
                   Valid{R"(PRIOR VISIT 11/14:
Necrotic subcutaneous tissue excised with #15 blade.

Left heel ulcer 3.0 x 2.5 x 0.3 cm, 20% slough.
Slough removed with #3 curette to the level of the dermis. Post 3.1 x 2.5 x 0.3 cm.)",
                         "97597"},
                   // subcutaneous removed, no SEL or SURG code billed
                   Valid{kSurgGood, "97605"},
               },
               {
                   // subcutaneous under 97597: points at the depth's sentence
                   Invalid{R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm.
Necrotic tissue excised with #15 blade.
Deepest level removed: subcutaneous tissue. Post 4.2 x 3.1 x 1.0 cm.)",
                           "97597", 3, 1},
                   // 11043 billed, only subcutaneous documented
                   Invalid{kSurgGood, "11043", 3, 1},
                   // 11042 billed, bone removed
                   Invalid{R"(Left hallux ulcer 2.0 x 1.5 x 1.2 cm with exposed bone.
Necrotic bone removed with rongeur; deepest level removed: bone. Post 2.1 x 1.6 x 1.3 cm.)",
                           "11042", 2, 1},
                   // 11042 billed, only dermis removed
                   Invalid{kSelGood, "11042", 4, 1},
               });
}

TEST_CASE("debridement.method-mismatch") {
  RunRuleTests("debridement.method-mismatch",
               {
                   Valid{kSelGood, "97597"},
                   Valid{R"(Sacrum pressure injury 4.0 x 3.0 x 0.5 cm, 50% yellow slough.
Collagenase applied to the wound bed, covered with moist gauze.)",
                         "97602"},
                   // both methods documented: the selective one supports 97597
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 0.3 cm, 50% slough.
Slough removed with #3 curette to the level of the dermis. Collagenase applied after.)",
                         "97597"},
                   // sharp debridement only planned under 97602
                   Valid{R"(Right heel ulcer 3.0 x 2.0 x 0.3 cm, 60% slough.
Wet-to-moist saline gauze dressing applied.
Will consider sharp debridement with curette if slough persists.)",
                         "97602"},
                   // only non-selective methods, but 11042 billed (not a rule code)
                   Valid{R"(Right heel ulcer 3.0 x 2.0 x 0.3 cm, 60% slough.
Collagenase applied.)",
                         "11042"},
               },
               {
                   // enzymatic only under 97597: points at the procedure sentence
                   Invalid{R"(Sacrum pressure injury 4.0 x 3.0 x 0.5 cm, 50% yellow slough.
Collagenase applied to the wound bed, covered with moist gauze.)",
                           "97597", 2, 1},
                   Invalid{R"(Right heel ulcer 3.0 x 2.0 x 0.3 cm, 60% slough.
Wet-to-moist saline gauze dressing applied.)",
                           "97597", 2, 1},
                   // sharp only under 97602
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis.)",
                           "97602", 2, 1},
               });
}

TEST_CASE("debridement.technique-missing") {
  RunRuleTests("debridement.technique-missing",
               {
                   Valid{R"(Sacrum pressure injury 4.0 x 3.0 x 0.5 cm, 50% slough.
Collagenase applied to the wound bed, covered with moist gauze.)",
                         "97602"},
                   Valid{R"(Right heel ulcer 3.0 x 2.0 x 0.3 cm, 60% slough.
Wet-to-moist saline gauze dressing applied.)",
                         "97602"},
                   Valid{R"(Left shin ulcer 3.0 x 2.0 x 0.2 cm, 40% fibrin.
Autolytic debridement with hydrogel under transparent film.)",
                         "97602"},
                   // no non-selective technique, but 97597 billed
                   Valid{kSelGood, "97597"},
               },
               {
                   // a bare act without a technique: points at the procedure sentence
                   Invalid{R"(Sacrum pressure injury 4.0 x 3.0 x 0.5 cm, 50% slough.
Non-selective debridement performed.)",
                           "97602", 2, 1},
                   // dressing care only
                   Invalid{kDressingOnly, "97602", 3, 1},
                   // the technique is only planned
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 50% slough.
Wound cleansed with saline, foam dressing applied.
Start collagenase next visit once approved.)",
                           "97602", 2, 1},
                   // the technique is negated
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 50% slough.
No collagenase applied today, pharmacy out of stock.
Wound cleansed, foam dressing applied.)",
                           "97602"},
               });
}

TEST_CASE("debridement.post-measure-missing") {
  RunRuleTests("debridement.post-measure-missing",
               {
                   Valid{kSelGood, "97597"},
                   // "unchanged" after the stage words
                   Valid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis.
After debridement size unchanged.)",
                         "97597"},
                   // a flowsheet row's first cell numbers its wound for "#1" and "#2" below
                   Valid{R"(| Wound | Location | L (cm) | W (cm) | D (cm) |
|---|---|---|---|---|
| 1 | Right lateral malleolus | 4.0 | 3.5 | 0.3 |
| 2 | Right medial malleolus | 3.0 | 2.5 | 0.2 |
Bed 50% slough, scant serous drainage, periwound intact, no odor.
Slough removed from wounds 1 and 2 with #3 curette to the level of the dermis.
Post-debridement: #1 4.1 x 3.5 x 0.3 cm, #2 3.1 x 2.5 x 0.2 cm.)",
                         "97597,97598"},
                   Valid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis.
Post-debridement: unchanged.)",
                         "97597"},
                   Valid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis. Area debrided 5.0 sq cm.)",
                         "97597"},
                   // no measurement at all: nothing to repeat (reading 5)
                   Valid{R"(Right heel ulcer, 40% slough.
Slough removed with #3 curette to the level of the dermis.)",
                         "97597"},
                   // no debridement today
                   Valid{kDressingOnly, "97597"},
                   // measured once, non-selective code
                   Valid{R"(Sacrum pressure injury 4.0 x 3.0 x 0.5 cm, 50% slough.
Collagenase applied.)",
                         "97602"},
               },
               {
                   // measured once: points at the procedure sentence
                   Invalid{R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm.
Bed 40% slough; moderate serous drainage.
Slough removed with #3 curette to the level of the dermis.)",
                           "97597", 3, 1},
                   Invalid{R"(Left heel ulcer measured 4.0 x 3.0 x 0.8 cm before excision.
Necrotic subcutaneous tissue excised with #15 blade; deepest level removed: subcutaneous.)",
                           "11042", 2, 1},
                   // the post measurement belongs to the copied-forward block
                   Invalid{R"(PRIOR VISIT 11/14:
Post-debridement 2.8 x 2.1 x 0.2 cm.

Right heel ulcer 2.5 x 2.0 x 0.2 cm.
Slough removed with #3 curette to the level of the dermis.)",
                           "97597", 5, 1},
               });
}

TEST_CASE("service.not-documented (wound codes)") {
  RunRuleTests("service.not-documented",
               {
                   Valid{kSelGood, "97597"},
                   Valid{kNpwtGood, "97605"},
                   // a bare act documents the service (reading 4)
                   Valid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm.
Sharp debridement performed.)",
                         "97597"},
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed.)",
                         "97605"},
                   // dressing care only: dressing-only speaks instead (reading 22)
                   Valid{kDressingOnly, "97597"},
                   // sharp debridement under 97602: method-mismatch speaks instead
                   Valid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis.)",
                         "97602"},
                   // today's procedure written under "P:" (no planning verb opens it)
                   Valid{R"(A: Left heel ulcer 2.0 x 1.8 x 0.2 cm, 40% slough.
P: Selective debridement of slough with #3 curette to the dermis, bleeding controlled with pressure. Foam applied. RTC 1 wk.)",
                         "97597"},
               },
               {
                   // assessment only, debridement planned: points at the charge line
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 60% slough.
Moderate serous drainage, periwound intact.
Plan: sharp debridement next visit.
CPT: 97597)",
                           "", 4, 1},
                   // a plan step: "start" opens the clause of the plan field
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 60% slough, moderate serous drainage.
P: continue offloading, start sharp debridement of slough with curette once perfusion is cleared.
CPT: 97597)",
                           ""},
                   // NPWT only planned
                   Invalid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm, 100% granulation.
VAC to be applied next visit once supplies arrive.
Charges: 97605)",
                           "", 3, 1},
                   // debridement in the copied-forward block only
                   Invalid{R"(PRIOR VISIT 11/14:
Necrotic tissue excised with #15 blade to subcutaneous.

Left heel ulcer 4.0 x 3.0 x 0.8 cm, 100% granulation.
Billed: 11042)",
                           "", 5, 1},
                   // NPWT held today
                   Invalid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
NPWT held today due to bleeding.)",
                           "97607"},
               });
}

TEST_CASE("units.area-mismatch") {
  const char* area_20_0 = R"(Left lateral malleolus ulcer 5.0 x 4.0 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis.
Post-debridement unchanged.)";
  const char* area_20_1 = R"(Left lateral malleolus ulcer 6.7 x 3.0 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis.
Post-debridement unchanged.)";
  const char* mm_20_1 = R"(Right heel ulcer 67 x 30 x 2 mm, 40% slough.
Slough removed with #3 curette to the level of the dermis.
Post-debridement unchanged.)";
  const char* mm_20_0 = R"(Right heel ulcer 50 x 40 x 2 mm, 40% slough.
Slough removed with #3 curette to the level of the dermis.
Post-debridement unchanged.)";
  const char* area_45 = R"(Sacrum pressure injury 9.0 x 5.0 x 0.5 cm, 50% slough.
Slough removed with scissors and forceps to the level of the dermis.
Post-debridement unchanged.)";
  const char* two_surg = R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm; left lateral malleolus ulcer 4.0 x 3.0 x 0.6 cm.
Necrotic subcutaneous tissue excised from both wounds with #15 blade; deepest level removed: subcutaneous.
Post-debridement unchanged.)";  // 24 sq cm at subcutaneous depth
  const char* inches_25_8 = R"(Right heel ulcer 2.5 x 1.6 x 0.1 in, 40% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post unchanged.)";
  const char* pre_post = R"(Right heel ulcer pre 5.0 x 4.0 x 0.2 cm, 40% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post-debridement 5.2 x 4.1 x 0.2 cm.)";
  const char* two_depths =
      R"(Wound #1 left heel ulcer 4.0 x 3.0 x 0.8 cm, 50% necrotic tissue, moderate serous drainage.
Necrotic subcutaneous tissue excised with #15 blade; deepest level removed: subcutaneous tissue.
Wound #2 left lateral malleolus ulcer 5.0 x 5.0 x 0.2 cm, 60% slough, periwound macerated.
Slough removed with #3 curette to the level of the dermis.
Post-debridement measurements unchanged for both wounds.)";
  RunRuleTests("units.area-mismatch",
               {
                   // 20.0 sq cm: the primary alone, no add-on
                   Valid{area_20_0, "97597"},
                   // 20.1 sq cm: one add-on
                   Valid{area_20_1, "97597,97598"},
                   // millimetres are converted
                   Valid{mm_20_1, "97597,97598"},
                   Valid{mm_20_0, "97597"},
                   // 45 sq cm: two add-ons
                   Valid{area_45, "97597,97598x2"},
                   // two wounds at the same depth sum: 24 sq cm
                   Valid{two_surg, "11042,11045"},
                   // a stated area debrided wins over the measurements
                   Valid{R"(Left shin ulcer 6.0 x 5.0 x 0.2 cm, 30% fibrin.
Fibrin removed with #3 curette to the level of the dermis. Area debrided: 18 sq cm.)",
                         "97597"},
                   // no size: wound.size-missing speaks (reading 5)
                   Valid{R"(Left heel ulcer, 40% slough.
Slough removed with #3 curette to the level of the dermis.)",
                         "97597,97598x3"},
                   // NPWT: exactly 50 sq cm is the small code
                   Valid{R"(Right thigh dehisced incision 10.0 x 5.0 x 1.5 cm.
VAC changed: black foam, -125 mmHg continuous.)",
                         "97605"},
                   Valid{R"(Right thigh dehisced incision 10.0 x 5.1 x 1.5 cm.
VAC changed: black foam, -125 mmHg continuous.)",
                         "97606"},
                   // 11043 billed but only subcutaneous removed: no wound of its own (reading 19)
                   Valid{kSurgGood, "11043,11046"},
                   // inches are converted: 6.35 x 4.06 cm = 25.8 sq cm
                   Valid{inches_25_8, "97597,97598"},
                   // a stated area in cm², 20.1
                   Valid{R"(Right heel ulcer, area 20.1 cm², 40% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post unchanged.)",
                         "97597,97598"},
                   // the size after debridement counts (reading 20): 5.2 x 4.1 = 21.3 sq cm
                   Valid{pre_post, "97597,97598"},
                   // wounds named by number take what is done to them: 15 + 8 = 23 sq cm
                   Valid{R"(Wound #1: left heel ulcer 5.0 x 3.0 x 0.2 cm, 40% slough, scant serous drainage.
Wound #2: left lateral malleolus ulcer 4.0 x 2.0 x 0.2 cm, 30% slough, periwound intact.
Wound #1 and Wound #2 debrided with #3 curette, slough removed to the level of the dermis.
Post-debridement measurements unchanged.)",
                         "97597,97598"},
                   // a procedure paragraph headed by a wound's number belongs to that wound:
                   // only wound #1 (12 sq cm) is debrided, the 30 sq cm wound #2 is assessed only
                   Valid{R"(Wound #1: sacrum 4.0 x 3.0 x 0.5 cm, 50% slough.
Wound #2: right heel 6.0 x 5.0 x 0.1 cm, 100% granulation, assessed only.
Procedure Wound #1: slough removed with forceps and scissors to the level of the dermis.
Post-debridement 4.1 x 3.0 x 0.5 cm.)",
                         "97597"},
                   // ... also over an area stated before debridement (18 sq cm; after: 5.0 x 4.4 = 22)
                   Valid{R"(Left shin ulcer 4.5 x 4.0 x 0.2 cm (18.0 sq cm), 30% fibrin, scant serous drainage.
Fibrin removed with #3 curette to the level of the dermis.
Post-debridement: 5.0 cm (L) x 4.4 cm (W) x 0.2 cm (D).)",
                         "97597,97598"},
                   // each ladder counts only its own wounds (reading 7): 12 sq cm to subcutaneous, 25 to dermis
                   Valid{two_depths, "11042,97597-XS,97598"},
                   // a wound only dressed is not under NPWT: 24 sq cm, not 54
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm, 100% granulation, stalled for 4 weeks.
VAC changed: black foam, durable pump at -125 mmHg continuous.
Left heel ulcer 6.0 x 5.0 x 0.2 cm, dry, foam dressing applied.)",
                         "97605"},
                   // NPWT put on wound 1 by name stays wound 1's when a later line names none: 42, not 52
                   Valid{R"(Wound #1: sacrum stage 4, 7.0 x 6.0 x 3.0 cm, 90% granulation, moderate serous drainage.
Wound #1: NPWT changed, black foam x1, drape, 125 mmHg continuous, seal good.
Wound #2: right heel stage 2, 5.0 x 2.0 x 0.1 cm, pink, scant drainage. Cleansed, silicone foam applied.
Necessity: deep wound with moderate exudate, NPWT to promote granulation.)",
                         "97605"},
               },
               {
                   // 20.0 sq cm with an add-on: over
                   // "both heels" under a "bilat heels" heading: the two sided wounds, 6 + 4 = 10 sq cm
                   Invalid{R"(bilat heel wounds f/u
lt heel 3.0x2.0x0.2cm, rt heel 2.0x2.0x0.1cm, both 50% slough, sm serous drainage, periwound intact
sharp selective debridement both heels w/ curette, slough removed to dermis. post sizes unchanged)",
                           "97597,97598", 1, 1},
                   Invalid{area_20_0, "97597,97598"},
                   // 20.1 sq cm without the add-on: under
                   Invalid{area_20_1, "97597"},
                   Invalid{mm_20_1, "97597"},
                   Invalid{mm_20_0, "97597,97598"},
                   // 45 sq cm: 97598 x3 is one too many, x1 one too few
                   Invalid{area_45, "97597,97598x3"},
                   Invalid{area_45, "97597,97598"},
                   // the primary twice
                   Invalid{area_45, "97597x2,97598"},
                   Invalid{two_surg, "11042"},
                   Invalid{two_depths, "11042,97597-XS"},
                   Invalid{inches_25_8, "97597"},
                   Invalid{pre_post, "97597"},
                   Invalid{two_depths, "11042,11045,97597-XS,97598"},
                   // NPWT class by area
                   Invalid{R"(Right thigh dehisced incision 8.0 x 5.0 x 1.5 cm.
VAC changed: black foam, -125 mmHg continuous.)",
                           "97606"},
                   Invalid{R"(Right thigh dehisced incision 12.0 x 5.0 x 1.5 cm.
VAC changed: black foam, -125 mmHg continuous.)",
                           "97605"},
                   // points at the charge line of the note
                   Invalid{R"(Left lateral malleolus ulcer 5.0 x 4.0 x 0.2 cm, 40% slough.
Slough removed with #3 curette to the level of the dermis.
Post-debridement unchanged.
CPT: 97597, 97598)",
                           "", 4, 1},
               });
  // Over is an error, under a warning.
  CHECK(FirstSeverity(area_20_0, "97597,97598", "units.area-mismatch") == Severity::kError);
  CHECK(FirstSeverity(area_20_1, "97597", "units.area-mismatch") == Severity::kWarning);
  CHECK(FirstSeverity(area_45, "97597,97598x3", "units.area-mismatch") == Severity::kError);
  CHECK(FirstSeverity(area_45, "97597,97598", "units.area-mismatch") == Severity::kWarning);
}

TEST_CASE("npwt.settings-missing") {
  RunRuleTests("npwt.settings-missing",
               {
                   Valid{kNpwtGood, "97605"},
                   // the pressure after "suction at" or "set to", without its unit
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 2.0 cm, 100% granulation.
VAC changed, suction at 125 continuous, seal intact.)",
                         "97605"},
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 2.0 cm, 100% granulation.
Wound vac dressing changed, set to 150 cont.)",
                         "97605"},
                   // the mode right after the setting, abbreviated; the unit dictated
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 2.0 cm, 100% granulation.
NPWT foam changed. Setting: 125 mmHg cont.)",
                         "97605"},
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 2.0 cm, 100% granulation.
VAC dressing changed, pump at 125 mmHg (cont).)",
                         "97605"},
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 2.0 cm, 100% granulation.
Wound vac changed and set to 125 millimeters of mercury continuous.)",
                         "97605"},
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 0.5 cm, 100% granulation.
Disposable NPWT unit replaced, -125 mmHg intermittent, seal intact.)",
                         "97607"},
                   // NPWT not done today: nothing to qualify (reading 19)
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
NPWT on hold today due to bleeding; moist gauze applied.)",
                         "97605"},
                   // no settings, but NPWT not billed
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed, good seal.)",
                         "97597"},
               },
               {
                   // neither pressure nor mode: points at the NPWT sentence
                   Invalid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
Bed 100% granulation; moderate serosanguineous drainage.
VAC changed, black foam, good seal.)",
                           "97605", 3, 1},
                   // pressure without mode
                   Invalid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed, black foam, -125 mmHg, good seal.)",
                           "97605", 2, 1},
                   // mode without pressure
                   Invalid{R"(Left heel ulcer 3.0 x 2.5 x 0.5 cm.
Disposable NPWT unit replaced, continuous mode, seal intact.)",
                           "97607", 2, 1},
                   // settings only in the copied-forward block
                   Invalid{R"(PRIOR VISIT 11/14:
VAC at -125 mmHg continuous.

Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed, black foam, good seal.)",
                           "97605", 5, 1},
               });
}

TEST_CASE("formerly a gap: npwt.settings-missing") {
  // Pressure and mode are both documented. Written without a minus sign, the
  // pressure pattern "125 mmHg <mode>" takes the mode word into its own match,
  // so the mode is not found and the rule reports it missing.
  RunRuleTests("npwt.settings-missing",
               {
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 0.5 cm, 100% granulation.
Disposable NPWT unit replaced, 125 mmHg intermittent, seal intact.)",
                         "97607"},
               },
               {});
}

TEST_CASE("npwt.device-mismatch") {
  RunRuleTests("npwt.device-mismatch",
               {
                   Valid{kNpwtGood, "97605"},
                   Valid{R"(Left heel ulcer 3.0 x 2.5 x 0.5 cm, 100% granulation.
Disposable single-use NPWT unit replaced at -125 mmHg continuous.)",
                         "97607"},
                   // no device class said: nothing to contradict
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed, black foam, -125 mmHg continuous.)",
                         "97607"},
                   // a switch to a disposable unit only planned
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed on the durable pump, -125 mmHg continuous.
Plan to transition to a disposable NPWT unit next week.)",
                         "97605"},
                   // NPWT not done today
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
Disposable NPWT discontinued last week; wound cleansed, foam dressing applied.)",
                         "97605"},
               },
               {
                   // disposable device under a durable code: points at the NPWT sentence
                   Invalid{R"(Left heel ulcer 3.0 x 2.5 x 0.5 cm, 100% granulation.
Disposable single-use NPWT unit replaced at -125 mmHg continuous.)",
                           "97605", 2, 1},
                   // rental pump under a disposable code
                   Invalid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed on the DME rental pump, -125 mmHg continuous.)",
                           "97607", 2, 1},
                   Invalid{kNpwtGood, "97608"},
               });
}

TEST_CASE("a stated total area debrided is the one treated wound's area (reading 20)") {
  auto r = notelint::testing::Lint(R"(Right ischial pressure injury 6.0 x 5.0 x 2.5 cm, necrotic fascia at the base.
Excisional debridement of necrotic fascia with scalpel and scissors to the level of muscle. Total area debrided 30 sq cm.
Post-debridement: 6.2 x 5.1 x 2.8 cm.)",
                                   "11043x1,11046x1");
  auto facts = nlohmann::json::parse(r.facts_json);
  REQUIRE(facts["wounds"].size() == 1);
  CHECK(facts["wounds"][0]["area_cm2"] == 30.0);
  CHECK(facts["total_area_cm2"] == 30.0);
}

TEST_CASE("a removal verb right after a tissue governs it") {
  auto r = Lint(R"(Wound 1 left heel 2.0 x 2.0 x 0.2 cm; wound 2 left lateral malleolus 1.5 x 1.0 x 0.1 cm.
Callus and slough removed from wound 1 and fibrin removed from wound 2 with #3 curette to the level of the dermis.)",
                "97597");
  auto facts = nlohmann::json::parse(r.facts_json);
  CHECK(facts["tissue_removed"] == nlohmann::json::array({"callus", "slough", "fibrin"}));
}
