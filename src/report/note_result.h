// NoteResult: the plain data a reporter prints for one note (findings, facts, verdict).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/code_spec.h"
#include "base/finding.h"
#include "base/source_text.h"

namespace notelint::report {

struct NoteResult {
  std::string id;               // file name or JSONL id
  std::vector<CodeSpec> codes;  // billed codes
  bool supported = true;
  std::vector<Finding> findings;
  std::string facts_json = "{}";             // compact JSON text of the facts ("null" for an unreadable note)
  std::shared_ptr<const SourceText> source;  // for carets and line/column; may be null
};

struct Summary {
  int notes = 0, errors = 0, warnings = 0, infos = 0, unsupported = 0;
  void Add(const NoteResult& r);
};

}  // namespace notelint::report
