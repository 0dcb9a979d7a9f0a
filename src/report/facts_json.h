// FactsToJson: a note's facts in the JSON shape of cli.md ("facts").
#pragma once

#include <nlohmann/json.hpp>

#include "facts/note_facts.h"

namespace notelint::report {

nlohmann::json FactsToJson(const facts::NoteFacts& f);
// The "codes" array of a note record.
nlohmann::json CodesToJson(const std::vector<CodeSpec>& codes);

}  // namespace notelint::report
