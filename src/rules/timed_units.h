// Timed-code arithmetic of codebook.md: CMS total-minutes units and allocation,
// and the AMA per-code ladder.
#pragma once

#include <map>
#include <string>

namespace notelint::rules {

// Units for T timed minutes: floor((T + 7) / 15); 0-7 -> 0, 8-22 -> 1, 23-37 -> 2 ...
int UnitsForMinutes(int minutes);

// CMS allocation of UnitsForMinutes(total) across codes by their minutes: each code
// gets floor(m / 15), the rest go one by one to the codes with most leftover minutes.
std::map<std::string, int> CmsAllocation(const std::map<std::string, int>& minutes_by_code);

// AMA: each code's own minutes on the same ladder.
std::map<std::string, int> AmaUnits(const std::map<std::string, int>& minutes_by_code);

}  // namespace notelint::rules
