// RuleTester tables for the wound documentation rules (rules.md, "Wound
// documentation"): site, vagueness, side, size, depth, assessment, necessity.
// Every note here was written for these tests.
#include <doctest/doctest.h>

#include "rule_tester.h"

using notelint::testing::Invalid;
using notelint::testing::RunRuleTests;
using notelint::testing::Valid;

// A complete selective-debridement note; the cases below take one element away.
// (kept as a reference for what "silent" looks like for every wound rule)
static const char* kCompleteSel = R"(Wound clinic visit 11/21.
Left lateral malleolus venous ulcer measures 3.2 x 2.1 x 0.3 cm.
Wound bed 60% red granulation, 40% adherent yellow slough; moderate serous drainage.
Periwound skin intact with mild hemosiderin staining. No odor, no signs of infection.
Adherent slough impairing granulation; no progress in 3 weeks of compression.
Slough and fibrin removed with #3 curette to the level of the dermis.
Post-debridement 3.3 x 2.2 x 0.3 cm. Foam dressing and compression wrap applied.)";

TEST_CASE("wound.location-missing") {
  RunRuleTests(
      "wound.location-missing",
      {
          Valid{kCompleteSel, "97597"},
          // the site named in a debridement line is the wound's
          Valid{R"(Procedure: excisional debridement, left lateral thigh.
Wound 5.0 x 3.0 x 1.2 cm, 50% necrotic subcutaneous tissue, moderate serous drainage.
Necrotic fat excised with #10 blade; deepest level removed: subcutaneous. Post 5.2 x 3.1 x 1.3 cm.)",
                "11042"},
          // the treated site after "applied to", and a site before "wound" after "to"
          Valid{R"(NPWT applied to sacrum, wound 6.0 x 4.0 x 2.0 cm, 100% granulation, scant serous drainage.
Pump at 125 mmHg continuous; necessity: deep wound with moderate exudate.)",
                "97605"},
          Valid{R"(NPWT at negative 125 mmHg continuous to R lateral thigh wound 6.0 x 4.0 x 2.0 cm, 100% granulation.
Foam changed; necessity: deep wound with moderate exudate.)",
                "97605"},
          // specific midline site given as a label
          Valid{R"(Location: sacrum, stage 3 pressure injury.
Measures 4.0 x 3.1 x 0.6 cm with 30% slough, 70% granulation.
Moderate serosanguineous drainage; periwound intact, no odor.
Slough removed with forceps and scissors to the level of the dermis.
Post-debridement 4.1 x 3.2 x 0.6 cm.)",
                "97597"},
          // an exported table: "Site | ..." is a label cell like "Site:"
          Valid{R"(| Site | Right lateral malleolus |
| Size | 3.0 cm x 2.0 cm x 0.2 cm |
| Bed | 50% slough, 50% granulation |
| Drainage | scant serous | Periwound | intact |
Slough removed with #3 curette to the level of the dermis. Post-debridement unchanged.)",
                "97597"},
          // a generic site still names a location: location-vague speaks, not this rule
          Valid{R"(Right leg venous ulcer 5.0 x 3.0 x 0.2 cm.
Bed 50% fibrin, 50% granulation; heavy serous drainage; periwound macerated.
Fibrin removed with #3 curette to dermis. Post 5.1 x 3.0 x 0.2 cm.)",
                "97597"},
          // same note without a site, but only a therapy code is billed
          Valid{R"(Ulcer measures 2.5 x 1.8 x 0.2 cm with 50% slough.
Scant serous drainage, periwound intact.
Slough removed with #3 curette to the level of the dermis.
Ther ex: ankle pumps 2 x 20, heel slides 2 x 15, 12 min.)",
                "97110"},
          // debridement only planned, but today's site is there
          Valid{R"(Right heel pressure injury 2.0 x 2.0 x 0.1 cm, dry stable eschar.
No drainage, no erythema, periwound intact.
Will debride next visit if eschar softens. Heel offloaded, skin prep applied.)",
                "97597"},
      },
      {
          // no site anywhere: points at the procedure sentence
          Invalid{R"(Wound clinic follow-up.
Wound measures 2.5 x 1.8 x 0.2 cm with 50% yellow slough, scant serous drainage.
Periwound intact, no signs of infection.
Selective debridement of slough with #3 curette to the level of the dermis.
Post-debridement 2.6 x 1.9 x 0.2 cm.)",
                  "97597", 4, 1},
          // the site appears only in a copied-forward block from an earlier visit
          Invalid{R"(PRIOR VISIT 11/14:
Right heel ulcer 3.0 x 2.0 cm, debrided with curette.

Today: ulcer 2.8 x 1.9 x 0.3 cm, 30% slough, moderate serosanguineous drainage.
Slough removed with curette to the level of the dermis. Post 2.9 x 2.0 x 0.3 cm.)",
                  "97597", 5, 1},
          // NPWT without a site
          Invalid{R"(NPWT dressing change.
Wound 6.0 x 4.0 x 1.5 cm, 80% beefy red granulation, moderate serosanguineous drainage.
Black foam placed, VAC resumed at -125 mmHg continuous, good seal.)",
                  "97605", 1, 1},
          // surgical code, site missing
          Invalid{R"(Op note: excisional debridement.
Necrotic subcutaneous tissue excised with #15 blade, deepest level removed: subcutaneous tissue.
Wound 4.0 x 3.0 x 1.0 cm after debridement. Hemostasis with pressure.)",
                  "11042"},
      });
}

TEST_CASE("wound.location-vague") {
  RunRuleTests("wound.location-vague",
               {
                   Valid{kCompleteSel, "97597"},
                   Valid{R"(Sacrum stage 4 pressure injury 5.5 x 4.0 x 2.1 cm.
Bed 40% slough; moderate purulent drainage; periwound erythema 1 cm.
Slough removed with scissors and forceps to the level of the dermis.
Post 5.6 x 4.0 x 2.1 cm.)",
                         "97597"},
                   // a generic heading over a specific site is fine
                   Valid{R"(Right leg: ulcer at the right medial malleolus 4.0 x 2.5 x 0.2 cm.
Bed 70% granulation, 30% slough; moderate serous drainage; periwound dry.
Slough removed with #3 curette to dermis. Post 4.0 x 2.6 x 0.2 cm.)",
                         "97597"},
                   Valid{R"(Right plantar first metatarsal head diabetic foot ulcer 1.2 x 1.0 x 0.3 cm.
Callus rim; bed granular; scant serous drainage; no signs of infection.
Callus and slough removed with #15 blade to the level of the dermis. Post 1.4 x 1.1 x 0.3 cm.)",
                         "97597"},
                   // generic site, but no wound code billed
                   Valid{R"(Left leg wound 3.0 x 2.0 x 0.2 cm, dressing intact.
Gait training 25 min with RW, verbal cues for step length.)",
                         "97116"},
               },
               {
                   // the finding points at the generic site as written (with its side)
                   Invalid{R"(Wound clinic visit.
Location: left leg, venous ulcer 4.0 x 3.0 x 0.2 cm.
Bed 50% slough; moderate serous drainage; periwound macerated.
Slough removed with #3 curette to the level of the dermis. Post 4.1 x 3.0 x 0.2 cm.)",
                           "97597", 2, 11},
                   // "LE" written with its side is a lower extremity, vague
                   Invalid{R"(Wound: LEFT LE venous ulcer 4.0 x 3.0 x 0.2 cm, 50% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post 4.1 x 3.0 x 0.2 cm.)",
                           "97597", 1, 8},
                   // a generic site with a side is still vague (reading 6)
                   Invalid{R"(Left lower leg ulcer 3.0 x 2.0 x 0.3 cm, 40% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post unchanged.)",
                           "97597", 1, 1},
                   Invalid{R"(Diabetic foot ulcer, right foot, 1.5 x 1.5 x 0.4 cm.
Bed 20% slough, 80% granulation; scant drainage; callused periwound.
Slough and callus removed with #15 blade to the level of the dermis. Post 1.7 x 1.6 x 0.4 cm.)",
                           "97597"},
                   Invalid{R"(Lower extremity wound, lateral aspect, 6.0 x 4.0 x 0.5 cm.
Necrotic subcutaneous tissue excised with scalpel; deepest level removed: subcutaneous.
Moderate purulent drainage, periwound erythema. Post 6.2 x 4.1 x 0.6 cm.)",
                           "11042"},
                   // the specific site is only in the earlier visit's copied block
                   Invalid{R"(PRIOR VISIT 11/14:
Right lateral malleolus ulcer 3.0 x 2.0 cm.

Today: right leg ulcer 2.8 x 1.9 x 0.2 cm, 30% fibrin, scant serous drainage.
Fibrin removed with curette to the level of the dermis. Post 2.9 x 2.0 x 0.2 cm.)",
                           "97597", 4, 8},
               });
}

TEST_CASE("wound.laterality-missing") {
  RunRuleTests("wound.laterality-missing",
               {
                   Valid{kCompleteSel, "97597"},
                   // a site in parentheses names the same wound more closely, with the side outside
                   Valid{R"(Right lateral hip (trochanter) wound 5.0 x 4.0 x 3.0 cm, 100% granulation.
Stalled for 4 weeks despite moist dressings.
NPWT dressing changed, -125 mmHg continuous, good seal.)",
                         "97605"},
                   // a part after a comma names the same wound, with the side written before
                   Valid{R"(Site: left great toe, dorsal IPJ. Neuropathic ulcer 0.8 x 0.6 x 0.2 cm.
Bed 30% slough, callus rim; scant serous drainage.
Callus and slough removed with #15 blade to the level of the dermis. Post 1.0 x 0.8 x 0.2 cm.)",
                         "97597"},
                   Valid{R"(Location: Rt ankle, medial malleolus - venous ulcer 4.1 x 2.2 x 0.2 cm, 50% fibrin.
Fibrin removed with #4 curette to dermis; post-debridement 4.2 x 2.3 x 0.2 cm.)",
                         "97597"},
                   // a region, then the part in it, then the joint of the part: one sided wound
                   Valid{R"(Right dorsal foot, 2nd toe MTP area, 2.0 x 1.8 x 0.2 cm, 50% slough, small serous drainage.
Slough removed with #3 curette to the level of the dermis. Post 2.1 x 1.8 x 0.2 cm.)",
                         "97597"},
                   // midline sites need no side
                   Valid{R"(Sacrum stage 3 pressure injury 3.0 x 2.5 x 0.5 cm.
Bed 60% granulation, 40% slough; moderate serous drainage; periwound blanchable erythema.
Slough removed with forceps and scissors to the level of the dermis. Post 3.1 x 2.6 x 0.5 cm.)",
                         "97597"},
                   Valid{R"(Coccyx pressure injury 1.5 x 1.0 x 0.2 cm with 50% slough.
Scant drainage, periwound intact, no odor.
Slough removed with #3 curette to dermis. Post 1.6 x 1.0 x 0.2 cm.)",
                         "97597"},
                   // abbreviated side
                   Valid{R"(R heel ulcer 3cm x 2cm x 0.3cm, 40% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post unchanged.)",
                         "97597"},
                   // side written in a separate field on the same line
                   Valid{R"(Location: heel   Laterality: right
Measures 2.0 x 1.5 x 0.3 cm, 40% slough, scant serous drainage, periwound callused.
Slough removed with #3 curette to the level of the dermis. Post 2.1 x 1.6 x 0.3 cm.)",
                         "97597"},
                   // a heel without side, but only therapy is billed
                   Valid{R"(Heel ulcer 2.0 x 1.5 x 0.3 cm, dressing clean, dry and intact.
Ther ex: heel slides 2 x 15, quad sets 2 x 10, 15 min. Verbal cues for form.)",
                         "97110"},
               },
               {
                   // points at the site as written
                   Invalid{R"(Wound clinic visit.
Heel pressure injury, stage 3, 2.0 x 1.5 x 0.4 cm.
Bed 50% slough; moderate serous drainage; periwound macerated.
Slough removed with #3 curette to the level of the dermis. Post 2.1 x 1.6 x 0.4 cm.)",
                           "97597", 2, 1},
                   Invalid{R"(Venous ulcer, lateral malleolus, 3.0 x 2.2 x 0.2 cm.
Bed 30% fibrin; heavy serous drainage; periwound hemosiderin staining.
Fibrin removed with curette to dermis. Post 3.1 x 2.2 x 0.2 cm.)",
                           "97597", 1, 15},
                   // a generic site of another numbered wound does not join a sided wound
                   Invalid{R"(Wound #1: L plantar heel DFU 2.0 x 2.0 x 0.3 cm, 20% slough.
Wound #2: leg, skin tear 1.0 x 0.5 x 0.1 cm.
Slough removed from wound #1 with curette to dermis; post 2.1 x 2.0 x 0.3 cm. Wound #2 cleansed, dressed.)",
                           "97597", 2, 11},
                   // buttocks come in pairs (reading 6)
                   Invalid{R"(Buttock pressure injury 3.0 x 2.0 x 0.3 cm, 40% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post 3.1 x 2.0 x 0.3 cm.)",
                           "97597", 1, 1},
                   Invalid{R"(Stage 4 pressure injury.
Location: ischium
Size 5.0 x 4.0 x 2.5 cm; bed 30% slough, 70% granulation; moderate purulent drainage.
Nonviable subcutaneous tissue excised with #10 blade; deepest level removed: subcutaneous. Post 5.2 x 4.1 x 2.6 cm.)",
                           "11042", 2, 11},
               });
}

TEST_CASE("wound.size-missing") {
  RunRuleTests("wound.size-missing",
               {
                   Valid{kCompleteSel, "97597"},
                   // a stated area is a size
                   Valid{R"(Right heel ulcer, area 6.5 sq cm, depth 0.3 cm.
Bed 50% slough; moderate serous drainage; periwound intact.
Slough removed with #3 curette to the level of the dermis; area unchanged after debridement.)",
                         "97597"},
                   // millimetres
                   Valid{R"(Left hallux ulcer 12 x 9 x 2 mm, callus rim, scant drainage.
Callus and slough removed with #15 blade to the level of the dermis. Post 14 x 10 x 2 mm.)",
                         "97597"},
                   // labelled length / width / depth
                   Valid{R"(Wound #1 left heel. L 3.2 W 2.1 D 0.4 cm.
Bed 70% granulation 30% slough; scant serous drainage; no odor.
Slough removed with curette to the level of the dermis. Post-debridement unchanged.)",
                         "97597"},
                   // the history names the wound's cause; the size after it is today's
                   Valid{R"(Left groin wound s/p fem-pop bypass, partial dehiscence: 4.0 x 2.0 x 1.0 cm.
Bed 60% granulation 40% slough; moderate serous drainage; periwound intact.
Slough removed with curette to the level of the subcutaneous tissue. Post 4.2 x 2.1 x 1.0 cm.)",
                         "11042"},
                   // words naming the dimensions
                   Valid{R"(Right heel ulcer 3.0 cm long x 2.0 cm wide x 0.2 cm deep, bed 40% slough.
Slough removed with #3 curette to the level of the dermis. Post unchanged.)",
                         "97597"},
                   // "drainage: none" negates the drainage, not the size
                   Valid{R"(Right heel ulcer 2.0 x 1.8 x 0.2 cm, bed 40% slough, drainage: none.
Slough removed with #3 curette to the level of the dermis. Post unchanged.)",
                         "97597"},
                   // no size, but no wound code billed
                   Valid{R"(Right heel ulcer dressing intact, will measure next wound visit.
Gait training 20 min with RW, verbal cues for heel strike.)",
                         "97116"},
               },
               {
                   // no measurements: points at the procedure sentence
                   Invalid{R"(Wound clinic visit.
Right heel ulcer with 40% yellow slough, moderate serous drainage.
Periwound intact, no odor.
Slough removed with #3 curette to the level of the dermis.)",
                           "97597", 4, 1},
                   // measurements only in a copied-forward block
                   Invalid{R"(PRIOR VISIT 11/14:
Left lateral malleolus 3.0 x 2.0 x 0.2 cm.

Left lateral malleolus ulcer, 30% fibrin, moderate serous drainage.
Fibrin removed with #3 curette to dermis.)",
                           "97597", 5, 1},
                   // measuring is only planned
                   Invalid{R"(Sacrum stage 3 pressure injury, bed 40% slough, scant drainage.
Slough removed with forceps and scissors to the level of the dermis.
Will measure next visit when the tape measure is available.)",
                           "97597", 2, 1},
                   // NPWT without a size
                   Invalid{R"(Right thigh dehisced incision.
VAC changed: black foam, -125 mmHg continuous, good seal.
Bed 100% granulation, moderate serosanguineous drainage.)",
                           "97605"},
               });
}

TEST_CASE("wound.depth-missing") {
  RunRuleTests("wound.depth-missing",
               {
                   Valid{kCompleteSel, "97597"},
                   Valid{R"(Right heel ulcer: length 3.0 cm, width 2.0 cm, depth 0.2 cm.
Bed 40% slough; scant drainage; periwound intact.
Slough removed with #3 curette to the level of the dermis. Post unchanged.)",
                         "97597"},
                   // only an area, no length and width: nothing to add a depth to
                   Valid{R"(Right heel ulcer, area 6.0 sq cm.
Bed 40% slough; scant drainage; periwound intact.
Slough removed with #3 curette to the level of the dermis. Area unchanged after debridement.)",
                         "97597"},
                   // no measurements at all: size-missing speaks, not this rule
                   Valid{R"(Right heel ulcer with 40% slough, scant drainage, periwound intact.
Slough removed with #3 curette to the level of the dermis.)",
                         "97597"},
                   // no depth, but no wound code billed
                   Valid{R"(Left heel ulcer 3.0 x 2.0 cm, dressing intact.
Ther ex: ankle pumps 2 x 20, 10 min, verbal cues for full range.)",
                         "97110"},
               },
               {
                   // points at the wound's site
                   Invalid{R"(Site: right lateral malleolus. Measures 3.0 x 2.0 cm.
Bed 40% slough; moderate serous drainage; periwound intact.
Slough removed with #3 curette to the level of the dermis. Post 3.1 x 2.0 cm.)",
                           "97597", 1, 7},
                   Invalid{R"(Left hallux ulcer 12 x 9 mm, callus rim, scant drainage.
Callus removed with #15 blade to the level of the dermis. Post 14 x 10 mm.)",
                           "97597", 1, 1},
                   Invalid{R"(Left heel pressure injury 4.0 x 3.0 cm under NPWT.
Bed 90% granulation; moderate serosanguineous drainage.
VAC changed, -125 mmHg continuous, good seal.)",
                           "97605", 1, 1},
               });
}

TEST_CASE("formerly a gap: wound.depth-missing") {
  // rules.md: fires when "length and width are given but no depth". A depth
  // written after the two dimensions ("3.0 x 2.0 cm, depth 0.3 cm") is not read
  // as the wound's depth, so the rule fires although the depth is documented.
  RunRuleTests("wound.depth-missing",
               {
                   Valid{R"(Right heel ulcer 3.0 x 2.0 cm, depth 0.3 cm, 40% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post 3.1 x 2.0 cm, depth 0.3 cm.)",
                         "97597"},
               },
               {});
}

TEST_CASE("wound.assessment-incomplete") {
  RunRuleTests("wound.assessment-incomplete",
               {
                   Valid{kCompleteSel, "97597"},
                   // bed and drainage are two
                   Valid{R"(Right heel ulcer 2.0 x 1.5 x 0.2 cm, bed 50% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post 2.1 x 1.6 x 0.2 cm.)",
                         "97597"},
                   // findings documented as absent count
                   Valid{R"(Left lateral malleolus ulcer 2.0 x 1.5 x 0.2 cm.
No drainage, no odor, no signs of infection.
Fibrin removed with #3 curette to the level of the dermis. Post 2.0 x 1.5 x 0.2 cm.)",
                         "97597"},
                   // periwound and infection signs
                   Valid{R"(Sacrum pressure injury 3.0 x 2.0 x 0.4 cm.
Periwound skin intact; no erythema or induration, no signs of infection.
Slough removed with forceps to the level of the dermis. Post 3.1 x 2.0 x 0.4 cm.)",
                         "97597"},
                   // thin assessment, but only therapy billed
                   Valid{R"(Right heel ulcer 2.0 x 1.5 x 0.2 cm, dressing intact.
Ther ex: heel slides 2 x 15, 12 min, verbal cues for control.)",
                         "97110"},
               },
               {
                   // only the bed: points at the procedure sentence
                   Invalid{R"(Right heel ulcer 2.0 x 1.0 x 0.2 cm with 50% slough.
Slough removed with #3 curette to the level of the dermis.
Post 2.1 x 1.0 x 0.2 cm.)",
                           "97597", 2, 1},
                   // nothing at all
                   Invalid{R"(Sacrum pressure injury 3.0 x 2.0 x 0.4 cm.
Sharp debridement with scissors to the level of the dermis.
Post 3.1 x 2.0 x 0.4 cm.)",
                           "97597", 2, 1},
                   // the assessment is in the copied-forward block only
                   Invalid{R"(PRIOR VISIT 11/14:
Moderate serous drainage, periwound macerated, no odor.

Left heel ulcer 2.5 x 2.0 x 0.2 cm.
Eschar removed with #15 blade to the level of the dermis. Post 2.6 x 2.1 x 0.2 cm.)",
                           "97597", 5, 1},
                   // infection signs only as something to watch for
                   Invalid{R"(Right lateral malleolus ulcer 3.0 x 2.0 x 0.2 cm.
VAC changed at -125 mmHg continuous.
Monitor for signs of infection.)",
                           "97605", 2, 1},
               });
}

TEST_CASE("necessity.missing") {
  RunRuleTests("necessity.missing",
               {
                   Valid{kCompleteSel, "97597"},
                   // nonviable tissue in the bed is the reason
                   Valid{R"(Left heel ulcer 2.5 x 2.0 x 0.3 cm, 70% adherent slough.
Moderate serous drainage; periwound callused.
Slough removed with #3 curette to the level of the dermis. Post 2.6 x 2.1 x 0.3 cm.)",
                         "97597"},
                   // stalled healing on a clean bed
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm, 100% granulation.
Moderate serosanguineous drainage; periwound intact.
No improvement in 4 weeks of conservative care.
VAC changed: black foam, -125 mmHg continuous.)",
                         "97605"},
                   // preparing the bed for a graft
                   Valid{R"(Left shin wound 5.0 x 4.0 x 0.3 cm, 100% granulation, scant drainage.
NPWT continued at -125 mmHg continuous to prepare the wound bed for skin graft.)",
                         "97605"},
                   // no reason given, but a therapy code is billed
                   Valid{R"(Left shin wound 5.0 x 4.0 x 0.3 cm, 100% granulation, dressing intact.
Gait training 20 min, 150 ft with RW, verbal cues for step length.)",
                         "97116"},
               },
               {
                   // clean bed, no reason: points at the NPWT sentence
                   Invalid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
Bed 100% red granulation; moderate serosanguineous drainage; periwound intact.
VAC changed: black foam, -125 mmHg continuous, good seal.)",
                           "97605", 3, 1},
                   // only debris removed from a granular bed
                   Invalid{R"(Left lateral malleolus ulcer 2.0 x 1.5 x 0.2 cm.
Bed 100% granulation; scant serous drainage; periwound intact.
Debris removed with forceps. Post 2.0 x 1.5 x 0.2 cm.)",
                           "97597", 3, 1},
                   // the necrotic tissue was an earlier visit's finding
                   Invalid{R"(PRIOR VISIT 11/14:
Left heel with 60% necrotic eschar, debrided with #15 blade.

Left heel ulcer 2.0 x 1.8 x 0.2 cm, 100% granulation, scant drainage, periwound intact.
VAC changed: -125 mmHg continuous.)",
                           "97605", 5, 1},
                   // ... and in an exported table's cells
                   Invalid{R"(Site | Left thigh dehisced incision
Size | 6.0 x 4.0 x 1.5 cm
Bed | 100% red granulation
Infection | none
NPWT dressing changed, -125 mmHg continuous, good seal.)",
                           "97605", 5, 1},
                   // a field whose value denies the finding ("Infection: no signs of ...")
                   Invalid{R"(Sacral wound 7.0 x 5.0 x 2.0 cm, 100% beefy red granulation.
Infection: no signs of local or systemic infection.
NPWT dressing changed, -125 mmHg continuous, good seal.)",
                           "97605", 3, 1},
                   // slough only as a possibility
                   Invalid{R"(Right heel ulcer 1.5 x 1.5 x 0.2 cm, bed 100% granulation, scant drainage.
If slough recurs, will debride next visit.
Wound cleansed, foam dressing applied.)",
                           "97597"},
               });
}
