// Facts as JSON: unknown or absent facts are null or [], never guessed.
#include "report/facts_json.h"

#include <cmath>

namespace notelint::report {
namespace {

using nlohmann::json;

json Num(double v) {
  if (v < 0) return nullptr;
  return std::round(v * 1000.0) / 1000.0;
}

json Keys(const std::vector<facts::Located>& list) {
  json out = json::array();
  for (const auto& l : list) out.push_back(l.key);
  return out;
}

}  // namespace

json CodesToJson(const std::vector<CodeSpec>& codes) {
  json out = json::array();
  for (const CodeSpec& c : codes) out.push_back({{"code", c.code}, {"units", c.units}, {"modifiers", c.modifiers}});
  return out;
}

json FactsToJson(const facts::NoteFacts& f) {
  json j;
  json wounds = json::array();
  for (const auto& w : f.wounds) {
    json wj;
    wj["location"] = w.location.empty() ? json(nullptr) : json(w.location);
    wj["laterality"] = w.laterality ? json(*w.laterality) : json(nullptr);
    wj["specific"] = w.specific;
    wj["length_cm"] = Num(w.length_cm);
    wj["width_cm"] = Num(w.width_cm);
    wj["depth_cm"] = Num(w.depth_cm);
    wj["area_cm2"] = Num(w.area_cm2);
    wj["treated"] = w.treated;
    wj["removal_depth"] = w.removal_depth ? json(*w.removal_depth) : json(nullptr);
    wounds.push_back(wj);
  }
  j["wounds"] = wounds;
  j["total_area_cm2"] = f.total_area_cm2 ? Num(*f.total_area_cm2) : json(nullptr);
  j["tissue_seen"] = Keys(f.tissue_seen);
  j["tissue_removed"] = Keys(f.tissue_removed);
  j["removal_depth"] = f.removal_depth ? json(*f.removal_depth) : json(nullptr);
  j["instruments"] = Keys(f.instruments);
  j["methods"] = Keys(f.methods);
  const auto& t = f.therapy;
  json by_code = json::object();
  for (const auto& [code, m] : t.by_code) by_code[code] = m;
  j["minutes"] = {{"total", t.total_minutes ? json(*t.total_minutes) : json(nullptr)},
                  {"timed", t.timed_minutes ? json(*t.timed_minutes) : json(nullptr)},
                  {"by_code", by_code}};
  j["necessity"] = Keys(f.necessity);
  return j;
}

}  // namespace notelint::report
