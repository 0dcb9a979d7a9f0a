// Unit tests of the report stage: facts and codes written straight to a buffer
// are canonical JSON (compact, keys sorted: what nlohmann prints after reading
// them back) with the values of the facts.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "report/facts_json.h"

using namespace notelint;
using nlohmann::json;

namespace {

std::string FactsText(const facts::NoteFacts& f) {
  std::string s;
  report::AppendFactsJson(s, f);
  return s;
}

}  // namespace

TEST_CASE("facts appended as text are canonical JSON with the facts' values") {
  facts::NoteFacts f;
  std::string empty = FactsText(f);
  CHECK(json::parse(empty).dump() == empty);
  CHECK(json::parse(empty)["wounds"] == json::array());
  CHECK(json::parse(empty)["total_area_cm2"].is_null());

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
  f.wounds.push_back(facts::Wound());  // unknown sizes and site
  f.total_area_cm2 = 1.0 / 3.0;
  f.tissue_seen = {{"slough", 0, 6}, {"granulation", 10, 21}};
  f.tissue_removed = {{"slough", 0, 6}};
  f.removal_depth = "subcutaneous";
  f.instruments = {{"curette", 30, 37}};
  f.therapy.by_code = {{"97110", 17}, {"97112", 23}};
  f.therapy.total_minutes = 40;
  std::string s = FactsText(f);
  json j = json::parse(s);
  CHECK(j.dump() == s);
  CHECK(s.find("\"area_cm2\":6.72,") != std::string::npos);
  CHECK(j["wounds"][0]["location"] == w.location);
  CHECK(j["wounds"][0]["depth_cm"] == 0.35);
  CHECK(j["wounds"][1]["location"].is_null());
  CHECK(j["wounds"][1]["length_cm"].is_null());
  CHECK(j["total_area_cm2"] == 0.333);
  CHECK(j["tissue_seen"] == json({"slough", "granulation"}));
  CHECK(j["removal_depth"] == "subcutaneous");
  CHECK(j["minutes"] == json({{"by_code", {{"97110", 17}, {"97112", 23}}}, {"timed", nullptr}, {"total", 40}}));
  CHECK(j["necessity"] == json::array());

  std::vector<CodeSpec> codes(2);
  codes[0].code = "97597";
  codes[1].code = "97110";
  codes[1].units = 2;
  codes[1].modifiers = {"GP", "59"};
  std::string c;
  report::AppendCodesJson(c, codes);
  CHECK(json::parse(c).dump() == c);
  CHECK(c == R"([{"code":"97597","modifiers":[],"units":1},{"code":"97110","modifiers":["GP","59"],"units":2}])");
}
