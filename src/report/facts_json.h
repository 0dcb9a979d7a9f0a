// A note's facts and codes in the JSON shape of cli.md ("facts", "codes"),
// appended straight to a buffer as compact text (no document tree per note).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "facts/note_facts.h"

namespace notelint::report {

// Compact, keys in sorted order (as nlohmann prints its objects), unknown or
// absent facts null or [], invalid UTF-8 replaced.
void AppendFactsJson(std::string& out, const facts::NoteFacts& f);
void AppendCodesJson(std::string& out, const std::vector<CodeSpec>& codes);

// One JSON string value: plain ASCII is copied, anything else is escaped by
// nlohmann's serializer (invalid UTF-8 replaced).
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace notelint::report
