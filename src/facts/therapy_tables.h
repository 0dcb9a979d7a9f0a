// Flowsheet tables of therapy services: pipe tables with a minutes column or
// Start / End clock columns, their rows' minutes by service, total rows left to
// the total labels.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "detect/mentions.h"
#include "lexicon/codebook.h"

namespace notelint::facts {

// Adds each table row's minutes to `table_minutes` (by code) or `untimed`;
// `any` becomes true when a row had minutes. Returns the indices of the lines
// read as table lines (sorted), which prose reading leaves alone.
std::vector<int> ReadTables(const detect::Analysis& a, const lexicon::CodeBook& book,
                            std::map<std::string, int>& table_minutes, int& untimed, bool& any);

}  // namespace notelint::facts
