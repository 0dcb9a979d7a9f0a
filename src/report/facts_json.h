// FactsToJson: a note's facts in the JSON shape of cli.md ("facts"), as a
// document tree or appended straight to a buffer as compact text (the batch
// path: no tree per note).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "facts/note_facts.h"

namespace notelint::report {

nlohmann::json FactsToJson(const facts::NoteFacts& f);
// The "codes" array of a note record.
nlohmann::json CodesToJson(const std::vector<CodeSpec>& codes);

// The same documents as FactsToJson(f).dump() and CodesToJson(c).dump()
// (compact, keys sorted, invalid UTF-8 replaced), appended to `out`.
void AppendFactsJson(std::string& out, const facts::NoteFacts& f);
void AppendCodesJson(std::string& out, const std::vector<CodeSpec>& codes);

// One JSON string value: plain ASCII is copied, anything else is escaped by
// nlohmann's serializer (invalid UTF-8 replaced).
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace notelint::report
