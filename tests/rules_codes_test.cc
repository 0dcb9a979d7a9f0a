// RuleTester tables for the code rules (codes.none, codes.unknown,
// codes.addon-without-primary, codes.pair-conflict), template.vague-phrase and
// input.invalid. Every note here was written for these tests.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "rule_tester.h"

using notelint::Severity;
using notelint::testing::FindingsOf;
using notelint::testing::FirstSeverity;
using notelint::testing::Invalid;
using notelint::testing::Lint;
using notelint::testing::RunRuleTests;
using notelint::testing::Valid;

namespace {

const char* kSelNote = R"(Left lateral malleolus venous ulcer 3.2 x 2.1 x 0.3 cm.
Bed 60% granulation, 40% adherent slough; moderate serous drainage; periwound intact.
Slough and fibrin removed with #3 curette to the level of the dermis.
Post-debridement 3.3 x 2.2 x 0.3 cm.)";

const char* kPtNote = R"(Dx: R TKA, 4 weeks post-op.
Ther ex 25 min: quad sets 2 x 15, SLR 3 x 10 with 2 lb, heel slides 2 x 15.
Verbal cues to avoid hip hike during SLR; progressed SLR to 2 lb.
Goal: climb 12 stairs at home with one rail.
Total timed 25 min; total treatment time 25 min.)";

}  // namespace

TEST_CASE("codes.none") {
  RunRuleTests("codes.none",
               {
                   Valid{kSelNote, "97597"},
                   Valid{std::string(kSelNote) + "\nCPT: 97597", ""},
                   Valid{std::string(kPtNote) + "\nBilled: 97110 x2", ""},
                   Valid{std::string(kPtNote) + "\nUnits billed: 97110 x 2 | 97530 x 1", ""},
                   Valid{R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm and left lateral malleolus ulcer 2.0 x 2.0 x 0.5 cm.
Necrotic subcutaneous tissue excised with #15 blade from the heel; deepest level removed: subcutaneous.
Charges - 11042 / 11045-XS)",
                         ""},
                   // a charge label opening a field in the middle of a line
                   Valid{std::string(kSelNote) + "\nDx L97.422  CPT 97597", ""},
                   // a line of nothing but codes is a charge line
                   Valid{std::string(kPtNote) + "\n97110 x2, 97530", ""},
                   Valid{std::string(kSelNote) + "\n97597", ""},
               },
               {
                   // no codes anywhere: the note's start
                   Invalid{kSelNote, "", 1, 1},
                   // a code in prose or a heading is not a charge (reading 12)
                   Invalid{R"(THERAPEUTIC EXERCISE (97110)
Quad sets 2 x 15, SLR 3 x 10 with 2 lb, 25 min.
Verbal cues for terminal knee extension.)",
                           "", 1, 1},
                   // a code heading over its minutes, or one code alone mid-note, is no charge line
                   Invalid{R"(97110: 25 min
Quad sets 2 x 15, SLR 3 x 10 with 2 lb, verbal cues for terminal knee extension.)",
                           "", 1, 1},
                   Invalid{R"(97110
Quad sets 2 x 15, SLR 3 x 10 with 2 lb, 25 min, verbal cues for terminal knee extension.)",
                           "", 1, 1},
                   // the only charge line is in a copied-forward block
                   Invalid{R"(PRIOR VISIT 11/14:
Left heel slough removed with curette.
CPT: 97597

Left heel ulcer 2.0 x 1.8 x 0.2 cm, 100% granulation, foam dressing applied.)",
                           "", 1, 1},
               });
}

TEST_CASE("codes.unknown") {
  RunRuleTests("codes.unknown",
               {
                   Valid{kSelNote, "97597"},
                   Valid{kSelNote, "97597,97598"},
                   Valid{kPtNote, "97110x2"},
                   Valid{R"(Left lower leg venous ulcer 5.0 x 4.0 x 0.2 cm, moderate serous drainage.
Four-layer compression wrap applied ankle to knee.
CPT: 29581)",
                         ""},
                   // no code at all is codes.none, not unknown
                   Valid{kSelNote, ""},
               },
               {
                   // transposed digits
                   Invalid{kSelNote, "97579"},
                   // points at the charge line
                   Invalid{std::string(kPtNote) + "\nCPT: 97110, 97111", "", 6, 1},
                   Invalid{R"(Left heel ulcer 2.0 x 1.8 x 0.2 cm, 20% slough.
Wound assessed, foam dressing applied.
Billed: 99213)",
                           "", 3, 1},
                   // a HCPCS level II code on the charge line is read, not dropped
                   Invalid{std::string(kPtNote) + "\nBilled: 97110 x2, G0283", "", 6, 1},
               });
}

TEST_CASE("codes.addon-without-primary") {
  RunRuleTests("codes.addon-without-primary",
               {
                   Valid{kSelNote, "97597"},
                   Valid{kSelNote, "97597,97598"},
                   Valid{kSelNote, "11042,11045"},
                   Valid{kSelNote, "11043,11046x2"},
                   Valid{kSelNote, "11044,11047"},
                   Valid{std::string(kSelNote) + "\nCPT: 97597, 97598 x2", ""},
               },
               {
                   Invalid{kSelNote, "97598"},
                   Invalid{kSelNote, "11045"},
                   // another ladder's primary does not count
                   Invalid{kSelNote, "11042,11047"},
                   // points at the charge line
                   Invalid{std::string(kSelNote) + "\nCharges: 11046", "", 5, 1},
                   // the primary was billed at the earlier visit only
                   Invalid{R"(PRIOR VISIT 11/14:
Left shin slough removed with curette, 4.0 x 3.0 cm.
CPT: 97597

Left shin ulcer 6.0 x 4.0 x 0.2 cm, 30% fibrin.
Fibrin removed with #3 curette to the level of the dermis. Post unchanged.
CPT: 97598)",
                           "", 7, 1},
               });
}

TEST_CASE("codes.pair-conflict") {
  RunRuleTests("codes.pair-conflict",
               {
                   Valid{kSelNote, "97597,97598"},
                   Valid{kSelNote, "11042,11045"},
                   Valid{kPtNote, "97110,97112"},
                   Valid{kPtNote, "97140,97110"},
                   // the surgical code was the earlier visit's charge
                   Valid{R"(PRIOR VISIT 11/14:
Left heel necrotic subcutaneous tissue excised with #15 blade.
CPT: 11042

Left heel ulcer 3.0 x 2.5 x 0.3 cm, 30% slough, moderate serous drainage.
Slough removed with #3 curette to the level of the dermis. Post 3.1 x 2.5 x 0.3 cm.
CPT: 97597)",
                         ""},
                   Valid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed: black foam, durable pump at -125 mmHg continuous.)",
                         "97605"},
               },
               {
                   // bundled pair without a modifier: warning
                   Invalid{kSelNote, "97597,11042"},
                   // with a distinct-service modifier on either code: info
                   Invalid{kSelNote, "97597,11042-XS"},
                   Invalid{kSelNote, "97597-59,11042"},
                   Invalid{kPtNote, "97530-59,97116"},
                   // never together: error whatever the modifiers
                   Invalid{R"(Right thigh dehisced incision 6.0 x 4.0 x 1.5 cm.
VAC changed: black foam, durable pump at -125 mmHg continuous.)",
                           "97605,97607-59"},
                   // points at the charge line
                   Invalid{std::string(kPtNote) + "\nBilled: 97140 x1, 97530 x1", "", 6, 1},
                   Invalid{R"(Left heel ulcer 4.0 x 3.0 x 0.8 cm and left lateral malleolus ulcer 2.0 x 2.0 x 0.2 cm.
Necrotic subcutaneous tissue excised from the heel with #15 blade; deepest level removed: subcutaneous.
Slough removed from the malleolus with #3 curette to the level of the dermis.
Charges - 11042 / 97597)",
                           "", 4, 1},
               });
  CHECK(FirstSeverity(kSelNote, "97597,11042", "codes.pair-conflict") == Severity::kWarning);
  CHECK(FirstSeverity(kSelNote, "97597,11042-XS", "codes.pair-conflict") == Severity::kInfo);
  CHECK(FirstSeverity(kSelNote, "97597-XS,11042", "codes.pair-conflict") == Severity::kInfo);
  CHECK(FirstSeverity(kPtNote, "97140,97530", "codes.pair-conflict") == Severity::kWarning);
  CHECK(FirstSeverity(kPtNote, "97140-59,97530", "codes.pair-conflict") == Severity::kInfo);
  CHECK(FirstSeverity(kSelNote, "97605,97607", "codes.pair-conflict") == Severity::kError);
  CHECK(FirstSeverity(kSelNote, "97605-XS,97607-59", "codes.pair-conflict") == Severity::kError);
  // an info-level pair-conflict keeps the note supported (reading 10)
  auto r = Lint(kSelNote, "97597,11042-XS");
  for (const auto& f : r.findings)
    if (f.rule == "codes.pair-conflict") CHECK(f.severity != Severity::kError);
}

TEST_CASE("template.vague-phrase") {
  const char* dressing_only = R"(Right heel ulcer 2.5 x 2.0 x 0.2 cm, 30% slough, moderate serous drainage.
Wound cleaned with saline, foam dressing applied.)";
  const char* full_sel_with_phrase = R"(Left lateral malleolus venous ulcer 3.2 x 2.1 x 0.3 cm.
Bed 60% granulation, 40% adherent slough; moderate serous drainage; periwound intact.
Adherent slough impairing granulation for 3 weeks.
Slough and fibrin removed with #3 curette to the level of the dermis.
Post-debridement 3.3 x 2.2 x 0.3 cm. Dressing changed to foam.)";
  RunRuleTests("template.vague-phrase",
               {
                   Valid{kSelNote, "97597"},
                   Valid{kPtNote, "97110x2"},
                   // an unticked box documents nothing (reading 24)
                   Valid{R"(Ther ex 20 min: bridges 2 x 15, clamshells red band 2 x 10.
Verbal cues for pelvic control; progressed to red band.
[ ] Patient tolerated treatment well
Goal: stand from low chair without hands.)",
                         "97110"},
                   // the phrase is in the copied-forward block
                   Valid{R"(PRIOR VISIT 11/14:
Wound cleaned, dressing changed.

Left heel ulcer 2.0 x 1.8 x 0.2 cm, 30% slough, scant serous drainage.
Slough removed with #3 curette to the level of the dermis. Post 2.1 x 1.8 x 0.2 cm.)",
                         "97597"},
                   // a wound phrase judged against codes that are not billed
                   Valid{R"(Left heel ulcer dressing clean and intact; wound cleaned by nursing this morning.
Gait training 23 min, 150 ft with RW, verbal cues for heel strike and step length.
Goal: community ambulation 500 ft.)",
                         "97116x2"},
               },
               {
                   // the finding points at the phrase itself
                   Invalid{dressing_only, "97597", 2, 1},
                   // without codes too (reading 23)
                   Invalid{R"(Ther ex 20 min: bridges 2 x 15, clamshells 2 x 10.
Patient tolerated treatment well.)",
                           "", 2, 1},
                   // columns count code points, not bytes
                   Invalid{R"(Ther ex 25 min: heel slides 2 x 15, quad sets 2 x 10.
Knee flexion 0–110°, continue per plan of care.)",
                           "97110x2", 2, 22},
                   // a bare distance and device, in a word no misspelling reader may change
                   Invalid{R"(Gait training 25 min: ambulated 150 ft with RW x2.
Goal: return home ambulating household distances.)",
                           "97116x2", 1, 23},
                   // a ticked box counts as written
                   Invalid{R"(Ther ex 20 min: bridges 2 x 15, clamshells red band 2 x 10.
[x] Patient tolerated treatment well)",
                           "97110", 2, 5},
                   Invalid{full_sel_with_phrase, "97597", 5, 38},
                   Invalid{R"(Ther ex 30 min: exercises per flowsheet.
Verbal cues for form.)",
                           "97110x2", 1, 17},
               });
  // warning when the note lacks what the phrase stands in for, else info
  CHECK(FirstSeverity(dressing_only, "97597", "template.vague-phrase") == Severity::kWarning);
  CHECK(FirstSeverity(full_sel_with_phrase, "97597", "template.vague-phrase") == Severity::kInfo);
}

TEST_CASE("input.invalid") {
  using notelint::testing::Lint;
  SUBCASE("invalid UTF-8 byte") {
    auto r = Lint("Left heel ulcer 2.0 x 1.5 cm\xff slough removed with curette.\n", "97597");
    auto found = FindingsOf(r, "input.invalid");
    REQUIRE(found.size() == 1);
    CHECK(found.front().severity == Severity::kError);
    CHECK(!found.front().message.empty());
    CHECK_FALSE(r.supported);
  }
  SUBCASE("Windows-1252 superscript two") {
    auto r = Lint("Right heel ulcer, area 6.5 cm\xb2, slough removed with curette.\n", "97597");
    CHECK(FindingsOf(r, "input.invalid").size() == 1);
    CHECK_FALSE(r.supported);
  }
  SUBCASE("embedded NUL") {
    const char raw[] = "Ther ex 20 min: bridges 2 x 15\0 clamshells 2 x 10.\n";
    std::string text(raw, sizeof raw - 1);
    REQUIRE(text.find('\0') != std::string::npos);
    auto r = Lint(text, "97110");
    auto found = FindingsOf(r, "input.invalid");
    REQUIRE(found.size() == 1);
    CHECK(found.front().severity == Severity::kError);
    CHECK_FALSE(r.supported);
  }
  SUBCASE("no codes given: still reported") {
    auto r = Lint(std::string("Sacrum\xc3 pressure injury.\n"), "");
    CHECK(FindingsOf(r, "input.invalid").size() == 1);
  }
  SUBCASE("valid UTF-8 with non-ASCII text is read") {
    auto r = Lint("Left heel ulcer 3.0 × 2.0 cm, area 6 cm², slough removed with curette – tolerated.\n", "97597");
    CHECK(FindingsOf(r, "input.invalid").empty());
    auto r2 = Lint(kPtNote, "97110x2");
    CHECK(FindingsOf(r2, "input.invalid").empty());
  }
}
