// Unit tests of the report stage: the facts and codes written straight to a
// buffer are the same bytes as the document tree printed by nlohmann.
#include <doctest/doctest.h>

#include "report/facts_json.h"

using namespace notelint;

TEST_CASE("facts appended as text equal the printed facts document") {
  facts::NoteFacts f;
  CHECK(([&] {
          std::string s;
          report::AppendFactsJson(s, f);
          return s;
        }()) == report::FactsToJson(f).dump());

  facts::Wound w;
  w.location = "right \"lateral\" malleolus \xC3\xA9";  // a quote and a non-ASCII letter
  w.laterality = "right";
  w.specific = true;
  w.length_cm = 3.2;
  w.width_cm = 2.1;
  w.depth_cm = 0.35;
  w.area_cm2 = 3.2 * 2.1;  // 6.720000000000001 before rounding
  w.treated = true;
  f.wounds.push_back(w);
  facts::Wound bare;  // unknown sizes and site
  f.wounds.push_back(bare);
  f.total_area_cm2 = 1.0 / 3.0;
  f.tissue_seen = {{"slough", 0, 6}, {"granulation", 10, 21}};
  f.tissue_removed = {{"slough", 0, 6}};
  f.removal_depth = "subcutaneous";
  f.instruments = {{"curette", 30, 37}};
  f.therapy.by_code = {{"97110", 17}, {"97112", 23}};
  f.therapy.total_minutes = 40;
  std::string s;
  report::AppendFactsJson(s, f);
  CHECK(s == report::FactsToJson(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));

  std::vector<CodeSpec> codes(2);
  codes[0].code = "97597";
  codes[1].code = "97110";
  codes[1].units = 2;
  codes[1].modifiers = {"GP", "59"};
  std::string c;
  report::AppendCodesJson(c, codes);
  CHECK(c == report::CodesToJson(codes).dump());
}
