// The 8-minute rule and its allocation.
#include "rules/timed_units.h"

#include <algorithm>
#include <vector>

namespace notelint::rules {

int UnitsForMinutes(int minutes) { return minutes < 8 ? 0 : (minutes + 7) / 15; }

std::map<std::string, int> CmsAllocation(const std::map<std::string, int>& by_code) {
  int total = 0;
  for (const auto& [code, m] : by_code) total += m;
  int units = UnitsForMinutes(total);
  std::map<std::string, int> out;
  std::vector<std::pair<int, std::string>> leftover;
  int given = 0;
  for (const auto& [code, m] : by_code) {
    out[code] = m / 15;
    given += m / 15;
    leftover.emplace_back(m % 15, code);
  }
  std::stable_sort(leftover.begin(), leftover.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [rest, code] : leftover) {
    if (given >= units) break;
    if (rest == 0) continue;
    ++out[code];
    ++given;
  }
  return out;
}

std::map<std::string, int> AmaUnits(const std::map<std::string, int>& by_code) {
  std::map<std::string, int> out;
  for (const auto& [code, m] : by_code) out[code] = UnitsForMinutes(m);
  return out;
}

}  // namespace notelint::rules
