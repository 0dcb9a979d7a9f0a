// Reporters: one function per output format; each consumes plain NoteResults.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "report/note_result.h"
#include "rules/registry.h"

namespace notelint::report {

struct TextOptions {
  bool color = false;
  bool quiet = false;  // only the summary line per note
};

// Streaming formats: called once per note, in input order.
void WriteText(std::ostream& out, const NoteResult& r, const TextOptions& opt);
void WriteJsonl(std::ostream& out, const NoteResult& r);
void WriteGithub(std::ostream& out, const NoteResult& r);

// Whole-run formats.
void WriteJson(std::ostream& out, const std::vector<NoteResult>& results);
void WriteSarif(std::ostream& out, const std::vector<NoteResult>& results, const rules::Registry& registry,
                const char* version);

nlohmann::json NoteToJson(const NoteResult& r);

}  // namespace notelint::report
