// Finding: one diagnostic about a note, as plain data consumed by the reporters.
#pragma once

#include <string>

#include "base/severity.h"
#include "base/span.h"

namespace notelint {

struct Finding {
  std::string rule;  // e.g. "debridement.instrument-missing"
  Severity severity = Severity::kError;
  std::string code;     // billed code the finding is about, "" when none
  std::string message;  // one line: what is wrong, naming the code
  std::string help;     // what to write instead
  Span span;            // original-text code points; empty span = line 1 col 1
};

}  // namespace notelint
